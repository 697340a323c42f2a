// Problems found in a claims file, in words a data editor understands, built from valibot issues.
import type { BaseIssue } from 'valibot';
import type { Phrase } from '../i18n/phrases';

/** One problem: where (claim id, `claims[3]` or the file), which field, what was found and what was expected. */
export interface Problem {
  where: string;
  field: string;
  found: string;
  expected: string;
  /** In English, as `npm run check-claims` prints it. */
  message: string;
  /** The message as data, when the app can say it in the reader's language (i18n/phrases.ts). */
  say?: Phrase;
  /** `error`: the claim (or the file) was left out. `warning`: it was kept, but something needs a look. */
  severity: 'error' | 'warning';
}

const MAX_FOUND = 60;

/** The most problems kept for one claim, and for one file: a hostile file can produce tens of thousands. */
export const MAX_PROBLEMS_PER_CLAIM = 20;
export const MAX_PROBLEMS_PER_FILE = 500;

/**
 * At most `max` problems: the first `max - 1`, then one that counts the rest of `total` (by default the list's
 * length; more when the list was already cut). Never spreads the list: a spread of tens of thousands of items
 * overflows the call stack.
 */
export function capProblems(
  problems: readonly Problem[],
  max: number,
  where: string,
  total = problems.length,
): Problem[] {
  if (total <= max) return problems.slice();
  const kept = problems.slice(0, max - 1);
  const rest = total - kept.length;
  kept.push({
    where,
    field: '(more)',
    found: `${rest} more problems`,
    expected: 'fewer problems',
    message: `${rest} more problems are not listed; fix the ones above and check again`,
    severity: 'error',
  });
  return kept;
}

/** Appends every item of `more` to `into`, one by one: no spread, so any length is safe. */
export function appendAll<T>(into: T[], more: Iterable<T>): void {
  for (const x of more) into.push(x);
}

/** Cuts a string to `max` characters (not splitting surrogate pairs), marking the cut with "…". */
export function truncate(s: string, max = MAX_FOUND): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

// Characters JSON.stringify leaves as they are but a terminal or a page acts on: C1 controls, bidi marks,
// embeddings, overrides and isolates, line and paragraph separators.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with the invisible characters it keeps written as \uXXXX escapes too. */
export const quoteEscaped = (s: string): string =>
  JSON.stringify(s).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A short, safe description of any value: quoted and escaped strings, never raw markup or control characters. */
export function describeValue(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (typeof x === 'string') return truncate(quoteEscaped(x));
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return `a list of ${x.length}`;
  if (typeof x === 'object') {
    const type = (x as { type?: unknown }).type;
    if (typeof type === 'string') return truncate(`a ${quoteEscaped(type)} object`);
    const keys = Object.keys(x);
    return keys.length === 0
      ? 'an empty object'
      : truncate(`an object with ${keys.map((k) => quoteEscaped(k)).join(', ')}`);
  }
  return typeof x;
}

type PathItem = { key: unknown };

const PLAIN_KEY = /^[$A-Za-z_][$\w]{0,59}$/;

/** A path as data editors write it: `sources[0].url`, `shape.params.depthKm`. */
export function pathToField(path: readonly PathItem[] | undefined, prefix = ''): string {
  let out = prefix;
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    // A key from the data that is not a plain name (control characters, markup, spaces): quoted and escaped.
    else out += `[${describeValue(String(key))}]`;
  }
  return out === '' ? '(whole)' : out;
}

const OBJECT_TYPES = new Set(['strict_object', 'object', 'loose_object']);

/** Turns one valibot issue into a problem at `where`. */
function toProblem(issue: BaseIssue<unknown>, where: string, prefix: string): Problem {
  const field = pathToField(issue.path as PathItem[] | undefined, prefix);
  const found = describeValue(issue.input);
  const lastKey = issue.path?.[issue.path.length - 1]?.key;
  if (OBJECT_TYPES.has(issue.type) && issue.expected === 'never') {
    const name = describeValue(String(lastKey));
    return {
      where,
      field,
      found: `a field ${name}`,
      expected: 'no such field',
      message: `unknown field ${name} (a typo? see schema.json for the allowed fields)`,
      severity: 'error',
    };
  }
  if (OBJECT_TYPES.has(issue.type) && issue.input === undefined && lastKey !== undefined) {
    const name = describeValue(String(lastKey));
    return {
      where,
      field,
      found: 'nothing',
      expected: `a ${name} field`,
      message: `missing field ${name}`,
      severity: 'error',
    };
  }
  return {
    where,
    field,
    found,
    expected: issue.expected ?? 'a valid value',
    message: issue.message,
    severity: 'error',
  };
}

/** Problems for a list of valibot issues; `prefix` is the path of the validated value in the file. */
export function issuesToProblems(
  issues: readonly BaseIssue<unknown>[],
  where: string,
  prefix = '',
  max = MAX_PROBLEMS_PER_CLAIM,
): Problem[] {
  const problems = issues.slice(0, max).map((i) => toProblem(i, where, prefix));
  return capProblems(problems, max, where, issues.length);
}

/** Formats a problem on one line: `<file>: <where> › <field>: found …, expected … — message`. */
export const formatProblem = (file: string, p: Problem): string =>
  `${file}: ${p.where} › ${p.field}: found ${p.found}, expected ${p.expected} — ${p.message}${p.severity === 'warning' ? ' [warning]' : ''}`;
