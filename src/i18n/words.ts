// What the interface says in one language: its messages with {placeholders} filled, and dates and numbers in
// its locale. Models (card_model.ts, own_totals.ts) take one of these, so they stay pure and testable. Pure.
import type { Lang } from './langs';
import { formatDate, formatKm, formatNumber, formatPercent, formatStated } from './format';
import { en, fill, type MessageKey, type Messages, type Params } from './messages';

export interface Words {
  readonly lang: Lang;
  /** A message; number parameters are written in the language's digits and separators. */
  t(key: MessageKey, params?: Params): string;
  /** A date of the data ("2021-05-12", "2021-05", "2021"). */
  date(iso: string): string;
  /** A number with exactly `digits` decimals. */
  number(n: number, digits?: number): string;
  /** A number as the data states it (3.5 stays 3.5, 40 stays 40). */
  stated(n: number): string;
  /** A km or km² figure: 3 significant figures at most, never more than 2 decimals. */
  km(n: number): string;
  /** A whole percentage. */
  percent(pct: number): string;
}

export function wordsFor(lang: Lang, messages: Messages): Words {
  const stated = (n: number) => formatStated(lang, n);
  return {
    lang,
    t: (key, params) => fill(messages[key] ?? en[key], params, stated),
    date: (iso) => formatDate(lang, iso),
    number: (n, digits = 0) => formatNumber(lang, n, digits),
    stated,
    km: (n) => formatKm(lang, n),
    percent: (pct) => formatPercent(lang, pct),
  };
}

/** English: what the models say when no language is given (the tests, the command-line tools). */
export const ENGLISH: Words = wordsFor('en', en);
