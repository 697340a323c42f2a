// Dates and numbers in the reader's language: one place for every date, km² figure, depth and percentage the
// interface shows. Through Intl where the browser's Intl has the language; Chromium ships a trimmed ICU
// without Armenian, and with Azerbaijani's name but not its month names or separators, so for those the app
// writes dates and numbers itself, as full ICU writes them. Pure (formatters are cached).
import type { Lang } from './langs';

/** Each language's Intl locale: English writes the day first ("12 May 2021"); Azerbaijani in Latin script. */
const LOCALES: Record<Lang, string> = { en: 'en-GB', hy: 'hy-AM', az: 'az-Latn-AZ', ru: 'ru-RU' };

interface OwnFormat {
  /** A day: day, month (index 0–11), year. */
  day: (d: number, m: number, y: number) => string;
  month: (m: number, y: number) => string;
  group: string;
  decimal: string;
  /** Digits an integer part needs before it is grouped (Armenian leaves 4-digit numbers whole). */
  minGroup: number;
}

const HY_MONTHS =
  'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր';
const AZ_MONTHS = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr';
const month = (list: string, m: number) => list.split(' ')[m]!;

/**
 * Dates and numbers as full ICU writes them, for browsers whose Intl lacks the language. English and Russian
 * are in every Intl that has any data; should one lack them, English (en-GB) is used.
 */
export const OWN_FORMATS: Partial<Record<Lang, OwnFormat>> = {
  // "12 մայիսի, 2021 թ.": the month's genitive (-ի) after the day.
  hy: {
    day: (d, m, y) => `${d} ${month(HY_MONTHS, m)}ի, ${y} թ.`,
    month: (m, y) => `${y} թ\u2024 ${month(HY_MONTHS, m)}`,
    group: '\u00a0',
    decimal: ',',
    minGroup: 2,
  },
  az: {
    day: (d, m, y) => `${d} ${month(AZ_MONTHS, m)} ${y}`,
    month: (m, y) => `${month(AZ_MONTHS, m)} ${y}`,
    group: '.',
    decimal: ',',
    minGroup: 1,
  },
};

const MAY_2021 = new Date(Date.UTC(2021, 4, 12));
const usable = new Map<Lang, boolean>();

/**
 * True when this runtime's Intl writes the language's dates and numbers. Chromium's trimmed ICU lists
 * Azerbaijani as supported yet writes "2021 M05 12" and "1,234.5"; it has no Armenian at all.
 */
export function intlHas(lang: Lang): boolean {
  let ok = usable.get(lang);
  if (ok === undefined) {
    const locale = LOCALES[lang];
    const may = (l: string) =>
      new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(MAY_2021);
    ok =
      Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
      (lang === 'en' || (may(locale) !== may('en') && !/^M\d+$/.test(may(locale)))) &&
      new Intl.NumberFormat(locale).format(1.5) === `1${lang === 'en' ? '.' : ','}5`;
    usable.set(lang, ok);
  }
  return ok;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  // (Called with 'en' for a language this Intl lacks: English then, as a whole.)
  const key = `${lang}:${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    // English keeps its short month names; the others' short forms are abbreviations readers rarely use.
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      ...(withDay ? { day: 'numeric' } : {}),
      month: lang === 'en' ? 'short' : 'long',
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
export function formatDate(lang: Lang, iso: string, intl = intlHas(lang)): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Not a calendar day (2021-02-30 would roll over into March): shown as written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  const withDay = m[3] !== undefined;
  const own = OWN_FORMATS[lang];
  if (intl || !own) return dateFormat(intl ? lang : 'en', withDay).format(date);
  return withDay ? own.day(day, month - 1, year) : own.month(month - 1, year);
}

/** A number in the reader's language with exactly `digits` decimals (grouping as the language groups). */
export function formatNumber(lang: Lang, n: number, digits = 0, intl = intlHas(lang)): string {
  const own = OWN_FORMATS[lang];
  if (!intl && own) {
    const [int, frac] = Math.abs(n).toFixed(digits).split('.') as [string, string | undefined];
    const grouped =
      int.length >= 4 + own.minGroup - 1 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, own.group) : int;
    return `${n < 0 ? '-' : ''}${grouped}${frac ? own.decimal + frac : ''}`;
  }
  const locale = LOCALES[intl ? lang : 'en'];
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
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

/** A whole percentage ("43%"; "43 %" in Russian). */
export function formatPercent(lang: Lang, pct: number): string {
  const whole = formatNumber(lang, Math.round(pct), 0);
  return lang === 'ru' ? `${whole}\u00a0%` : `${whole}%`;
}
