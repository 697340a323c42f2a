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

/**
 * Quotation marks as each language sets them: « » in Armenian, Azerbaijani and Russian (Azerbaijani also
 * writes “ ”; the catalogue's own Azerbaijani texts use « »), “ ” in English. The marks follow the reader's
 * language (the sentence they stand in), whatever the quoted words' language.
 */
const QUOTE_MARKS: Record<Lang, readonly [string, string]> = {
  en: ['“', '”'],
  hy: ['«', '»'],
  az: ['«', '»'],
  ru: ['«', '»'],
};

/** `text` between the quotation marks of `lang`. */
export const quoted = (lang: Lang, text: string): string => {
  const [open, close] = QUOTE_MARKS[lang];
  return `${open}${text}${close}`;
};

/** The opening and closing quotation marks of `lang`. */
export const quoteMarks = (lang: Lang): readonly [string, string] => QUOTE_MARKS[lang];
