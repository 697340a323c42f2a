// Problems found in a claims file, in words a data editor understands, built from valibot issues.
import type { BaseIssue } from 'valibot';

/** One problem: where (claim id, `claims[3]` or the file), which field, what was found and what was expected. */
export interface Problem {
  where: string;
  field: string;
  found: string;
  expected: string;
  message: string;
  /** `error`: the claim (or the file) was left out. `warning`: it was kept, but something needs a look. */
  severity: 'error' | 'warning';
}

const MAX_FOUND = 60;

/** Cuts a string to `max` characters (not splitting surrogate pairs), marking the cut with "…". */
export function truncate(s: string, max = MAX_FOUND): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** A short, safe description of any value: quoted and escaped strings, never raw markup or control characters. */
export function describeValue(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (typeof x === 'string') return truncate(JSON.stringify(x));
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return `a list of ${x.length}`;
  if (typeof x === 'object') {
    const type = (x as { type?: unknown }).type;
    if (typeof type === 'string') return truncate(`a ${JSON.stringify(type)} object`);
    const keys = Object.keys(x);
    return keys.length === 0
      ? 'an empty object'
      : truncate(`an object with ${keys.map((k) => JSON.stringify(k)).join(', ')}`);
  }
  return typeof x;
}

type PathItem = { key: unknown };

/** A path as data editors write it: `sources[0].url`, `shape.params.depthKm`. */
export function pathToField(path: readonly PathItem[] | undefined, prefix = ''): string {
  let out = prefix;
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
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
    return {
      where,
      field,
      found: `a field "${String(lastKey)}"`,
      expected: 'no such field',
      message: `unknown field "${String(lastKey)}" (a typo? see schema.json for the allowed fields)`,
      severity: 'error',
    };
  }
  if (OBJECT_TYPES.has(issue.type) && issue.input === undefined && lastKey !== undefined) {
    return {
      where,
      field,
      found: 'nothing',
      expected: `a "${String(lastKey)}" field`,
      message: `missing field "${String(lastKey)}"`,
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
): Problem[] {
  return issues.map((i) => toProblem(i, where, prefix));
}

/** Formats a problem on one line: `<file>: <where> › <field>: found …, expected … — message`. */
export const formatProblem = (file: string, p: Problem): string =>
  `${file}: ${p.where} › ${p.field}: found ${p.found}, expected ${p.expected} — ${p.message}${p.severity === 'warning' ? ' [warning]' : ''}`;
