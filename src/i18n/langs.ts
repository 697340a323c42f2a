// The interface's languages. Azerbaijani is written in the Latin script. Pure.

export const LANGS = ['en', 'hy', 'az', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the switch in the header. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  hy: 'Հայերեն',
  az: 'Azərbaycanca',
  ru: 'Русский',
};

/** The primary subtag of a language tag, lower-cased: "ru" for "ru-RU", "az" for "az_Latn". */
export const baseLang = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0]!;

/** The first of the reader's languages (navigator.languages) the interface speaks; English otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = baseLang(tag);
    const lang = LANGS.find((l) => l === base);
    if (lang) return lang;
  }
  return 'en';
}
