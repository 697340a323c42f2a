// Says a phrase (phrases.ts) in a language: each argument checked against its kind (phrase_args.ts) and written
// in the reader's digits and words, then the message filled. The page loads this with English's details
// (details.ts), when a view first needs it; the claims code and the tools import it directly. Pure.
import { PHRASE_ARGS, type ArgKind, type Phrase, type PhraseKey } from './phrase_args';
import type { MessageKey } from './messages';
import { lakeNameIn } from './phrases';
import type { Words } from './words';
import { quoteEscaped, truncate } from '../claims/quote';

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPos = (x: unknown): x is number[] => Array.isArray(x) && x.length === 2 && x.every(isNum);
const MAX_POSITIONS = 100;
const MAX_TEXT = 200;
/** Printable ASCII only: ids, field paths, recipe names, valibot's `expected` ("ARM" | "AZE", <=180). */
const CODE = /^[\x20-\x7e]{1,200}$/;
/**
 * A field's path as the checker writes it: any letters (a key that is not a plain name is quoted and escaped
 * there), but no control or invisible character (a phrase from a file could hold one).
 */
const FIELD = /^[\x20-\uffff]{1,1000}$/;
const INVISIBLE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const MAX_FIELD = 200;
/** Most keys of an object a found value names. */
const MAX_KEYS = 8;

/** What the claims worker was doing, by name. */
const TASKS: Record<string, MessageKey> = { claims: 'wtClaims', file: 'wtFile', derive: 'wtDerive' };

const own = (x: object, key: string): unknown =>
  Object.hasOwn(x, key) ? (x as Record<string, unknown>)[key] : undefined;

/** A value found in a file (phrase_args.ts: Found) in the reader's words, or null when it is not one. */
function sayFound(x: unknown, w: Words): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  if (own(x, 'nothing') === true) return w.t('fvNothing');
  if (Object.hasOwn(x, 'value')) {
    const v = own(x, 'value');
    if (typeof v === 'string') return truncate(quoteEscaped(v));
    if (isNum(v) || typeof v === 'boolean' || v === null) return String(v);
    return null;
  }
  const list = own(x, 'list');
  if (list !== undefined)
    return isNum(list) && list >= 0 ? w.t('fvList', { n: String(Math.round(list)) }) : null;
  const keys = own(x, 'keys');
  if (keys !== undefined) {
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) return null;
    if (keys.length === 0) return w.t('fvEmptyObject');
    const named = (keys as string[]).slice(0, MAX_KEYS).map((k) => truncate(quoteEscaped(k), 40));
    return w.t('fvObject', { keys: truncate(named.join(', ') + (keys.length > MAX_KEYS ? ', …' : ''), 160) });
  }
  const type = own(x, 'type');
  return typeof type === 'string' ? w.t('fvTyped', { type: truncate(quoteEscaped(type)) }) : null;
}

/** One argument written in the reader's language, or null when it is not of its kind. */
function sayArg(kind: ArgKind, x: unknown, w: Words): string | null {
  // To 5 decimals (about 1 m), as the data writes it: [46.23167, 39.59806], [2.35, 48.85].
  const pos = (p: number[]) =>
    w.t('phPosition', { lng: w.stated(Number(p[0]!.toFixed(5))), lat: w.stated(Number(p[1]!.toFixed(5))) });
  // As the data states it, to 10 m at most: 3.5 stays 3.5, 0.371 is 0.37.
  const num = (n: number) => w.stated(Number(n.toFixed(2)));
  switch (kind) {
    case 'num':
      return isNum(x) ? num(x) : null;
    case 'count':
      // Whole digits, not grouped: the checker's counts and limits read as in the files ("5000 positions").
      return isNum(x) ? String(Math.round(x)) : null;
    case 'kmReadings': {
      if (isNum(x)) return w.t('km', { n: num(x) });
      if (typeof x !== 'object' || x === null) return null;
      const { narrow, wide } = x as Record<string, unknown>;
      if (!isNum(narrow) || !isNum(wide)) return null;
      if (narrow === wide) return w.t('km', { n: num(narrow) });
      return w.t('phKmRange', { narrow: num(narrow), wide: num(wide), main: num((narrow + wide) / 2) });
    }
    case 'position':
      return isPos(x) ? pos(x) : null;
    case 'positions':
      return Array.isArray(x) && x.length <= MAX_POSITIONS && x.every(isPos) ? x.map(pos).join(', ') : null;
    case 'side':
      return x === 'ARM' ? w.t('sideOfArmenia') : x === 'AZE' ? w.t('sideOfAzerbaijan') : null;
    case 'lake':
      return typeof x === 'string' && CODE.test(x) ? lakeNameIn(x, w) : null;
    case 'code':
      return typeof x === 'string' && CODE.test(x) ? x : null;
    case 'text':
      return typeof x === 'string' ? truncate(quoteEscaped(x), MAX_TEXT) : null;
    case 'task':
      return typeof x === 'string' && Object.hasOwn(TASKS, x) ? w.t(TASKS[x]!) : null;
    case 'field':
      return typeof x === 'string' && FIELD.test(x) && !INVISIBLE.test(x) ? truncate(x, MAX_FIELD) : null;
    case 'found':
      return sayFound(x, w);
  }
}

/** True for a phrase key (an own key of the table: never `toString` or `__proto__` from a file). */
const isPhraseKey = (k: unknown): k is PhraseKey => typeof k === 'string' && Object.hasOwn(PHRASE_ARGS, k);

/**
 * A phrase in the reader's language. A phrase read from a file that is not one (an unknown key, an argument
 * missing or of the wrong kind, plain text) is said as such, never shown as it came.
 */
export function sayPhrase(p: unknown, w: Words): string {
  if (typeof p !== 'object' || p === null || !isPhraseKey((p as { key?: unknown }).key))
    return w.t('phUnreadable');
  const key = (p as Phrase).key;
  const params: Record<string, string> = { refLine: w.t('phRefLine') };
  for (const [name, kind] of Object.entries(PHRASE_ARGS[key]) as [string, ArgKind][]) {
    const said = sayArg(kind, (p as unknown as Record<string, unknown>)[name], w);
    if (said === null) return w.t('phUnreadable');
    params[name] = said;
  }
  return w.t(key, params);
}
