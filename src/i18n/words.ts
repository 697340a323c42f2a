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
  /**
   * A phrase (phrases.ts) in this language; empty until its sayer (say_phrase.ts, loaded with English's
   * details) is given.
   */
  say(phrase: unknown): string;
}

/** Says a phrase in a language (say_phrase.ts). */
export type Sayer = (phrase: unknown, w: Words) => string;

export function wordsFor(lang: Lang, messages: Messages, sayer?: Sayer): Words {
  const stated = (n: number) => formatStated(lang, n);
  const words: Words = {
    lang,
    // A key missing here (English's details before they are loaded) says nothing rather than its key.
    t: (key, params) => fill(messages[key] ?? (en as Partial<Messages>)[key] ?? '', params, stated),
    date: (iso) => formatDate(lang, iso),
    number: (n, digits = 0) => formatNumber(lang, n, digits),
    stated,
    km: (n) => formatKm(lang, n),
    percent: (pct) => formatPercent(lang, pct),
    say: (p) => (sayer ? sayer(p, words) : ''),
  };
  return words;
}

/**
 * English without its details (details.ts): what the page's models say when no language is given. The tools
 * and tests use EN_ALL (english.ts).
 */
export const ENGLISH: Words = wordsFor('en', en as unknown as Messages);
