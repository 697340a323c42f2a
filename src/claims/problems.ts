// Problems found in a claims file, in words a data editor understands, built from valibot issues.
import type { BaseIssue } from 'valibot';
import { phrase, type Phrase, type PhraseKey } from '../i18n/phrases';
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

/** The schema's checks by valibot's issue type, in general words: the field names what. */
const ISSUE_KEYS: Record<string, PhraseKey> = {
  string: 'prTypeText',
  number: 'prTypeNumber',
  boolean: 'prTypeBoolean',
  array: 'prTypeList',
  tuple: 'prTypeList',
  strict_tuple: 'prTypeList',
  strict_object: 'prTypeObject',
  object: 'prTypeObject',
  loose_object: 'prTypeObject',
  regex: 'prBadForm',
  finite: 'prNotFinite',
  non_empty: 'prBadForm',
};

/** A valibot issue as a phrase: the schema's rule, or its kind of check, with what it expected. */
function issuePhrase(issue: BaseIssue<unknown>): Phrase {
  const own = SCHEMA_PHRASES.get(issue.message);
  if (own) return own;
  const requirement = (issue as { requirement?: unknown }).requirement;
  const expected = truncate(String(issue.expected ?? ''), 120);
  if (issue.type === 'max_length' && typeof requirement === 'number')
    return phrase('prTooLong', { max: requirement });
  if (issue.type === 'min_length' && typeof requirement === 'number')
    return phrase('prTooShort', { min: requirement });
  if (['min_value', 'max_value', 'gt_value', 'lt_value'].includes(issue.type))
    return phrase('prOutOfRange', { expected });
  if (['picklist', 'literal', 'variant', 'union'].includes(issue.type))
    return phrase('prNotOneOf', { expected });
  const key = ISSUE_KEYS[issue.type];
  return key ? phrase(key, {} as never) : phrase('prBadValue', {});
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
    say: issuePhrase(issue),
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
