// Problems found in a claims file, in words a data editor understands, built from valibot issues.
import type { BaseIssue } from 'valibot';
import { phrase, type Phrase, type PhraseKey } from '../i18n/phrases';
import type { Found } from '../i18n/phrase_args';
import { sayPhrase } from '../i18n/say_phrase';
import { EN_ALL } from '../i18n/english';
import { quoteEscaped, truncate } from './quote';
import { appendAll, problemMessage, type Problem } from './problem_text';

export { appendAll, problemMessage, quoteEscaped, truncate, type Problem };

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
  kept.push(
    problemOf(
      where,
      '(more)',
      `${rest} more problems`,
      'fewer problems',
      phrase('prMoreProblems', { n: rest }),
    ),
  );
  return kept;
}

/** A problem whose message is a phrase: in English as `message` (the checker prints it), as data in `say`. */
export const problemOf = (
  where: string,
  field: string,
  found: string,
  expected: string,
  say: Phrase,
  severity: Problem['severity'] = 'error',
): Problem => ({ where, field, found, expected, message: sayPhrase(say, EN_ALL), say, severity });

/** A problem with its English message filled in (one the page's shared code made, from its phrase). */
export const inEnglish = (p: Problem): Problem =>
  p.message || !p.say ? p : { ...p, message: sayPhrase(p.say, EN_ALL) };

/**
 * The schema's own messages, by their English text: a rule of the schema (schema/rule.ts) words its message
 * through `schemaMessage`, so that a problem from it can be said in the reader's language.
 */
const SCHEMA_PHRASES = new Map<string, Phrase>();

/** A schema rule's message in English, remembered with its phrase. */
export function schemaMessage(say: Phrase): string {
  const text = sayPhrase(say, EN_ALL);
  // (A rule with a position in its words adds one a claim: bounded, against a file of endless crossings.)
  if (SCHEMA_PHRASES.size < 10_000) SCHEMA_PHRASES.set(text, say);
  return text;
}

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

/** A value found in a file as data (said in the reader's words: say_phrase.ts), as describeValue describes it. */
export function foundOf(x: unknown): Found {
  if (x === undefined) return { nothing: true };
  if (x === null || typeof x === 'boolean') return { value: x };
  // A string is kept as far as a message shows it (say_phrase.ts quotes and escapes it, and cuts it short).
  if (typeof x === 'string') return { value: Array.from(x).slice(0, 100).join('') };
  if (typeof x === 'number') return Number.isFinite(x) ? { value: x } : { value: String(x) };
  if (Array.isArray(x)) return { list: x.length };
  if (typeof x === 'object') {
    const type = (x as { type?: unknown }).type;
    if (typeof type === 'string') return { type: Array.from(type).slice(0, 100).join('') };
    return {
      keys: Object.keys(x)
        .slice(0, 9)
        .map((k) => Array.from(k).slice(0, 60).join('')),
    };
  }
  return { value: typeof x };
}

/** The phrases that say which form a pattern of the schema wants, by the pattern's source (formPattern). */
type FormKey = 'prIdForm' | 'prDateForm' | 'prLangForm' | 'prEmptyText';
const FORM_KEYS = new Map<string, FormKey>();

/** A pattern of the schema, remembered with the phrase that says what form it wants. */
export function formPattern(pattern: RegExp, key: FormKey): RegExp {
  FORM_KEYS.set(pattern.source, key);
  return pattern;
}

/** The schema's checks of a type, by valibot's issue type: the field must be … */
const TYPE_KEYS: Record<string, PhraseKey> = {
  string: 'prExpectText',
  number: 'prExpectNumber',
  boolean: 'prExpectBoolean',
  array: 'prExpectList',
  tuple: 'prExpectList',
  strict_tuple: 'prExpectPosition',
  strict_object: 'prExpectObject',
  object: 'prExpectObject',
  loose_object: 'prExpectObject',
  finite: 'prExpectFinite',
};

/** Valibot's list of allowed values (`("a" | "b")`) as the data writes them: `"a", "b"` (ASCII, <= 200). */
function allowedOf(expected: string | null): string {
  const list = (expected ?? '')
    .replace(/^\((.*)\)$/s, '$1')
    .split(' | ')
    .join(', ');
  const ascii = list.replace(/[^\x20-\x7e]/g, '?');
  return ascii.length <= 200 ? ascii || '?' : `${ascii.slice(0, 197)}...`;
}

/** A length valibot checked: of a string (characters, as valibot counts them) or a list (items). */
const lengthOf = (x: unknown): number | null => (typeof x === 'string' || Array.isArray(x) ? x.length : null);

/**
 * A valibot issue as a phrase: the schema's rule, or what the check expected (a string, a number, at most N
 * characters, one of the allowed values, …) with the field and what was found there.
 */
function issuePhrase(issue: BaseIssue<unknown>, field: string): Phrase {
  const own = SCHEMA_PHRASES.get(issue.message);
  if (own) return own;
  const found = foundOf(issue.input);
  const requirement = (issue as { requirement?: unknown }).requirement;
  const n = typeof requirement === 'number' ? requirement : null;
  const length = lengthOf(issue.input);
  const chars = typeof issue.input === 'string';
  switch (issue.type) {
    case 'max_length':
      if (n !== null && length !== null)
        return phrase(chars ? 'prAtMostChars' : 'prAtMostItems', { field, max: n, length });
      break;
    case 'min_length':
      if (n !== null && length !== null)
        return phrase(chars ? 'prAtLeastChars' : 'prAtLeastItems', { field, min: n, length });
      break;
    case 'max_value':
      if (n !== null) return phrase('prAtMostValue', { field, max: n, found });
      break;
    case 'min_value':
      if (n !== null) return phrase('prAtLeastValue', { field, min: n, found });
      break;
    case 'gt_value':
      if (n !== null) return phrase('prMoreThan', { field, min: n, found });
      break;
    case 'lt_value':
      if (n !== null) return phrase('prLessThan', { field, max: n, found });
      break;
    case 'picklist':
    case 'literal':
    case 'variant':
      return phrase('prOneOf', { field, allowed: allowedOf(issue.expected), found });
    case 'union':
      // The schema's one union: a distance in km, or its narrow and wide readings (schema/shape.ts: kmRange).
      return phrase('prNumberOrRange', { field, found });
    case 'regex': {
      const key = requirement instanceof RegExp ? FORM_KEYS.get(requirement.source) : undefined;
      if (key === 'prEmptyText') return phrase(key, { field });
      return phrase(key ?? 'prFormAt', { field, found });
    }
    case 'non_empty':
      return phrase('prEmptyText', { field });
  }
  const key = TYPE_KEYS[issue.type];
  return key ? phrase(key as 'prExpectText', { field, found }) : phrase('prBadValue', {});
}

/** Turns one valibot issue into a problem at `where`. */
function toProblem(issue: BaseIssue<unknown>, where: string, prefix: string): Problem {
  const field = pathToField(issue.path as PathItem[] | undefined, prefix);
  const found = describeValue(issue.input);
  const lastKey = issue.path?.[issue.path.length - 1]?.key;
  if (OBJECT_TYPES.has(issue.type) && issue.expected === 'never') {
    const name = describeValue(String(lastKey));
    return problemOf(
      where,
      field,
      `a field ${name}`,
      'no such field',
      phrase('prUnknownField', { name: truncate(String(lastKey), 200) }),
    );
  }
  if (OBJECT_TYPES.has(issue.type) && issue.input === undefined && lastKey !== undefined) {
    const name = describeValue(String(lastKey));
    return problemOf(
      where,
      field,
      'nothing',
      `a ${name} field`,
      phrase('prMissingField', { name: truncate(String(lastKey), 200) }),
    );
  }
  return {
    where,
    field,
    found,
    expected: issue.expected ?? 'a valid value',
    message: issue.message,
    say: issuePhrase(issue, field),
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
