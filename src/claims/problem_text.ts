// A checker's problem as the page shows it, without the checker's code or the English details: what a problem
// is, how the page makes one, and its message in the reader's language. Pure.
import type { Phrase } from '../i18n/phrases';
import type { Words } from '../i18n/words';

/** One problem: where (claim id, `claims[3]` or the file), which field, what was found and what was expected. */
export interface Problem {
  where: string;
  field: string;
  found: string;
  expected: string;
  /** In English, as `npm run check-claims` prints it (empty for a problem the page made: `say` holds it). */
  message: string;
  /** The message as data, when the app can say it in the reader's language (i18n/phrases.ts). */
  say?: Phrase;
  /** `error`: the claim (or the file) was left out. `warning`: it was kept, but something needs a look. */
  severity: 'error' | 'warning';
}

/**
 * A problem made in the page (or in code the page shares), its message only as a phrase: the English words are
 * a chunk the first view does not load. The checker fills in `message` (problems.ts: inEnglish).
 */
export const saidProblem = (
  where: string,
  field: string,
  found: string,
  expected: string,
  say: Phrase,
  severity: Problem['severity'] = 'error',
): Problem => ({ where, field, found, expected, message: '', say, severity });

/**
 * A problem's message for a reader: English readers get the checker's own words (for the schema's rules, more
 * precise than the phrase), the others its phrase in their language. A problem without a phrase (listed in a
 * file from outside) keeps its text.
 */
export const problemMessage = (p: Problem, w: Words): string =>
  (w.lang === 'en' && p.message) || p.say === undefined ? p.message : w.say(p.say) || p.message;

/** Appends every item of `more` to `into`, one by one: no spread, so any length is safe. */
export function appendAll<T>(into: T[], more: Iterable<T>): void {
  for (const x of more) into.push(x);
}
