// Dates and numbers in the reader's language, through Intl: one place for every date, km² figure, depth and
// percentage the interface shows. Pure (formatters are cached by locale and options).
import type { Lang } from './langs';

/** Each language's Intl locale: English writes the day first ("12 May 2021"); Azerbaijani in Latin script. */
const LOCALES: Record<Lang, string> = { en: 'en-GB', hy: 'hy-AM', az: 'az-Latn-AZ', ru: 'ru-RU' };

/** The locale Intl is given for a language: its own where this browser's Intl has it, English otherwise. */
export function intlLocale(lang: Lang): string {
  const wanted = LOCALES[lang] ?? LOCALES.en;
  return Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : LOCALES.en;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    // English keeps its short month names; the others' short forms are abbreviations readers rarely use.
    const month = lang === 'en' ? 'short' : 'long';
    f = new Intl.DateTimeFormat(intlLocale(lang), {
      ...(withDay ? { day: 'numeric' } : {}),
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A date of the data ("2021-05-12", "2021-05" or "2021") in the reader's language, read as a calendar day (UTC).
 * Anything else is shown as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Not a calendar day (2021-02-30 would roll over into March): shown as written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  return dateFormat(lang, m[3] !== undefined).format(date);
}

/** A number in the reader's language with exactly `digits` decimals (grouping as the language groups). */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** Decimals for a km or km² figure: 3 significant figures at most, never more than 2 decimals. */
export const kmDigits = (n: number): number => (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);

/** A km or km² figure for readers ("63.8", "3.50", "120"), in the reader's language. */
export const formatKm = (lang: Lang, n: number): string => formatNumber(lang, n, kmDigits(n));

/** A stated number as the data gives it (3.5 stays 3.5, 40 stays 40), in the reader's language. */
export function formatStated(lang: Lang, n: number): string {
  const decimals = Number.isInteger(n) ? 0 : Math.min(6, String(n).split('.')[1]?.length ?? 0);
  return formatNumber(lang, n, decimals);
}

/** A whole percentage ("43%", "43 %" in Russian). */
export function formatPercent(lang: Lang, pct: number): string {
  const key = `${lang}:%`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 0 });
    numberFormats.set(key, f);
  }
  return f.format(pct / 100);
}
