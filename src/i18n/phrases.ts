// Sentences the claims code writes (a recipe's assumptions and notes, why a shape could not be drawn, a
// checker's problem) as data: a message key of the catalogue and the numbers, positions and ids it needs, never
// words. `npm run derive` stores them so in claim-shapes.json; a card says them in the reader's language, the
// command-line checker in English, both through `sayPhrase`. Every key's arguments and their kinds are listed
// here, so a phrase read from a file (data from outside) is checked before it is said. Pure.
import type { MessageKey } from './messages';
import { ENGLISH, type Words } from './words';
import { quoteEscaped, truncate } from '../claims/quote';

/**
 * How an argument is written: `num` a number such as a distance (the reader's digits, at most 2 decimals), `count` a whole number (not grouped), `kmReadings` a
 * distance or a `{ narrow, wide }` range ("2–9 km (main shape: 5.5 km)"), `position` `[lng, lat]`, `positions`
 * a list of them, `side` ARM/AZE (as "Armenia's"), `lake` a lake id (by its name), `code` a name the data
 * gives (a recipe, a field), `text` words from outside the app's catalogue (shown quoted, cut short).
 */
export type ArgKind =
  'num' | 'count' | 'kmReadings' | 'position' | 'positions' | 'side' | 'lake' | 'code' | 'text';

/** Every phrase key with its arguments' kinds. */
export const PHRASE_ARGS = {
  phGivenAsIs: {},
  phGivenRewound: {},
  phBandStretch: { length: 'kmReadings', center: 'position' },
  phBandDepth: { side: 'side', depth: 'kmReadings' },
  phBandReadings: { depthNarrow: 'num', lengthNarrow: 'num', depthWide: 'num', lengthWide: 'num' },
  phBandLake: { lake: 'lake', side: 'side' },
  phBandCentre: { km: 'num' },
  phBandSimplified: { from: 'count', to: 'count', km: 'num' },
  phBandLineEnds: { got: 'num', wide: 'num' },
  phBandBreak: { km: 'num' },
  bridgeNote: { lake: 'lake', km: 'num', n: 'count' },
  phPositions: { points: 'positions' },
  phPositionRadius: { radius: 'kmReadings' },
  phPositionRadii: { radius: 'kmReadings' },
  phAltRuns: { n: 'count', from: 'position', to: 'position', snap: 'num' },
  phAltBeyond: {},
  phAltArea: {},
  phJoined: { from: 'position', fromM: 'count', to: 'position', toM: 'count' },
  phShareClaimed: {},
  phShareReference: {},
  phSharePart: { lake: 'lake', side: 'side' },
  phSampled: { m: 'count', usual: 'count', short: 'count' },
  errCentreFar: { center: 'position', km: 'num', max: 'num' },
  errCentreNoLine: { center: 'position', max: 'num' },
  errNoGround: { side: 'side' },
  errBandEmpty: { side: 'side' },
  errRefEmpty: {},
  errStartFar: { km: 'num', max: 'num' },
  errEndFar: { km: 'num', max: 'num' },
  errDifferentPieces: {},
  errNoLake: { lake: 'code', known: 'code' },
  errRecipe: { recipe: 'code', reason: 'text' },
  errNotDrawn: { s: 'num' },
  prMoreProblems: { n: 'count' },
  prUnknownField: { name: 'text' },
  prMissingField: { name: 'text' },
  prTypeText: {},
  prTypeNumber: {},
  prTypeBoolean: {},
  prTypeList: {},
  prTypeObject: {},
  prBadForm: {},
  prNotFinite: {},
  prTooLong: { max: 'count' },
  prTooShort: { min: 'count' },
  prOutOfRange: { expected: 'code' },
  prNotOneOf: { expected: 'code' },
  prBadValue: {},
  prNoSuchDate: {},
  prNotHttpUrl: {},
  prNeedsTranslation: {},
  prOwnLanguage: {},
  prEmptyRange: {},
  prMinOverMax: {},
  prShareRange: {},
  prPeriodOrder: {},
  prRingOpen: {},
  prShapePositions: { max: 'count' },
  prRingsCross: { at: 'position' },
  prReadingsOrder: {},
  prListedTwice: {},
  prNotJson: { reason: 'text' },
  prNotJsonAt: { line: 'count', column: 'count', reason: 'text' },
  prNotText: {},
  prFileTooLarge: { max: 'count' },
  prNotObject: {},
  prDuplicateId: { first: 'count', id: 'code', index: 'count' },
  prBidi: {},
  prSelfReference: {},
  prNoSuchClaim: { id: 'code' },
  prTooManyPositions: { n: 'count', max: 'count' },
  prOutsideRegion: { at: 'position', w: 'num', e: 'num', s: 'num', n: 'num' },
  prOutsideRegionMore: {
    at: 'position',
    w: 'num',
    e: 'num',
    s: 'num',
    n: 'num',
    more: 'count',
    count: 'count',
  },
  prFileBudget: { max: 'count' },
  prMalformed: {},
  prSecondId: {},
  prIdUsed: { id: 'code' },
  prLocalTooLarge: { size: 'count' },
  errLoad: { url: 'code', status: 'count' },
  errLoadClaims: { name: 'code', status: 'count' },
  errPrecomputedUnreadable: {},
  errPrecomputedNoList: {},
  errImageEncode: {},
} as const satisfies Partial<Record<MessageKey, Record<string, ArgKind>>>;

export type PhraseKey = keyof typeof PHRASE_ARGS;

type ValueOf<K> = K extends 'num' | 'count'
  ? number
  : K extends 'kmReadings'
    ? number | { narrow: number; wide: number }
    : K extends 'position'
      ? readonly number[]
      : K extends 'positions'
        ? readonly (readonly number[])[]
        : K extends 'side'
          ? 'ARM' | 'AZE'
          : string;

type ArgsOf<K extends PhraseKey> = {
  -readonly [A in keyof (typeof PHRASE_ARGS)[K]]: ValueOf<(typeof PHRASE_ARGS)[K][A]>;
};

/** A sentence as data: its key and arguments (`{ key: 'phBandCentre', km: 0.37 }`). */
export type Phrase = { [K in PhraseKey]: { key: K } & ArgsOf<K> }[PhraseKey];

/** A phrase, typed by its key. */
export const phrase = <K extends PhraseKey>(key: K, args: ArgsOf<K>): Phrase => ({ key, ...args }) as Phrase;

/** Names of the lakes the app knows by name, by message key (other lakes by their id). */
const LAKE_KEYS: Record<string, MessageKey> = { 'sev-lich': 'lakeSevLich' };

/** A lake's name in the reader's language. */
export const lakeNameIn = (id: string, w: Words): string => (LAKE_KEYS[id] ? w.t(LAKE_KEYS[id]) : id);

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPos = (x: unknown): x is number[] => Array.isArray(x) && x.length === 2 && x.every(isNum);
const MAX_POSITIONS = 100;
const MAX_TEXT = 200;
/** Printable ASCII only: ids, field paths, recipe names, valibot's `expected` ("ARM" | "AZE", <=180). */
const CODE = /^[\x20-\x7e]{1,200}$/;

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

/** The most phrases of one list a card says: a file from outside can hold any number. */
export const MAX_PHRASES = 50;

/** A list of phrases in the reader's language (anything else than a list says nothing). */
export const sayPhrases = (list: unknown, w: Words): string[] =>
  Array.isArray(list) ? list.slice(0, MAX_PHRASES).map((p) => sayPhrase(p, w)) : [];

/** An error whose reason is a phrase (its message is the English, for logs and the command line). */
export class PhrasedError extends Error {
  readonly phrase: Phrase;
  constructor(phrase: Phrase) {
    super(sayPhrase(phrase, ENGLISH));
    this.phrase = phrase;
  }
}

/** Why something failed, in the reader's language where the app worded it; else the error's own text. */
export const reasonIn = (e: unknown, w: Words): string =>
  e instanceof PhrasedError ? sayPhrase(e.phrase, w) : e instanceof Error ? e.message : String(e);
