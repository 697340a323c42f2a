// Validation rules that say what they expected (valibot's `check` leaves `expected` empty).
import * as v from 'valibot';
import { schemaMessage } from '../problems';
import { phrase } from '../../i18n/phrases';

/** A rule on the whole value: fails with `message`, and `expected` in words. */
export const rule = <T>(ok: (x: T) => boolean, expected: string, message: string) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (dataset.typed && !ok(dataset.value)) addIssue({ message, expected });
  });

/** A rule on an object that is reported at one of its fields (`key`), found there or missing. */
export const ruleAt = <T extends Record<string, unknown>>(
  key: keyof T & string,
  ok: (x: T) => boolean,
  expected: string,
  message: string,
) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || ok(dataset.value)) return;
    const value = dataset.value[key];
    addIssue({
      message,
      expected,
      input: value,
      path: [{ type: 'object', origin: 'value', input: dataset.value, key, value }],
    });
  });

/** True when no two items of the list have the same key. */
export const hasNoDuplicates = <T>(list: readonly T[], key: (x: T) => string = String): boolean =>
  new Set(list.map(key)).size === list.length;

/** A rule that a list names each item once: a repeated entry is a mistake, and would show twice in a card. */
export const noDuplicates = <T>(what: string, key?: (x: T) => string) =>
  rule<T[]>(
    (list) => hasNoDuplicates(list, key),
    `each ${what} once`,
    schemaMessage(phrase('prListedTwice', {})),
  );
