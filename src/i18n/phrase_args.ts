// Every phrase's key and the kinds of its arguments (phrases.ts says what a phrase is): the claims code types
// its phrases by it, and say_phrase.ts checks a phrase from a file against it before saying it. Pure.
import type { MessageKey } from './messages';

/**
 * How an argument is written: `num` a number such as a distance (the reader's digits, at most 2 decimals), `count` a whole number (not grouped), `kmReadings` a
 * distance or a `{ narrow, wide }` range ("2–9 km (main shape: 5.5 km)"), `position` `[lng, lat]`, `positions`
 * a list of them, `side` ARM/AZE (as "Armenia's"), `lake` a lake id (by its name), `code` a name the data
 * gives (a recipe, a field), `text` words from outside the app's catalogue (shown quoted, cut short), `task`
 * what the claims worker was doing (a WorkerTask, said by name), `field` a field's path as the checker writes
 * it (`sources[0].url`; a key that is not a plain name already quoted), `found` a value found in a file,
 * described as data (a Found: "a list of 3", a quoted string).
 */
export type ArgKind =
  | 'num'
  | 'count'
  | 'kmReadings'
  | 'position'
  | 'positions'
  | 'side'
  | 'lake'
  | 'code'
  | 'text'
  | 'task'
  | 'field'
  | 'found';

/** What the claims worker was asked to do (worker_call.ts): checking the bundled claims, a reader's file, or deriving shapes. */
export type WorkerTask = 'claims' | 'file' | 'derive';

/**
 * A value found in a file, as data (problems.ts: foundOf), said in the reader's words: nothing, a plain value as
 * it was (a string quoted), a list by its length, an object by its keys or its GeoJSON type.
 */
export type Found =
  | { nothing: true }
  | { value: string | number | boolean | null }
  | { list: number }
  | { keys: string[] }
  | { type: string };

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
  prExpectText: { field: 'field', found: 'found' },
  prExpectNumber: { field: 'field', found: 'found' },
  prExpectBoolean: { field: 'field', found: 'found' },
  prExpectList: { field: 'field', found: 'found' },
  prExpectObject: { field: 'field', found: 'found' },
  prExpectFinite: { field: 'field', found: 'found' },
  prExpectPosition: { field: 'field', found: 'found' },
  prEmptyText: { field: 'field' },
  prIdForm: { field: 'field', found: 'found' },
  prDateForm: { field: 'field', found: 'found' },
  prLangForm: { field: 'field', found: 'found' },
  prFormAt: { field: 'field', found: 'found' },
  prAtMostChars: { field: 'field', max: 'count', length: 'count' },
  prAtMostItems: { field: 'field', max: 'count', length: 'count' },
  prAtLeastChars: { field: 'field', min: 'count', length: 'count' },
  prAtLeastItems: { field: 'field', min: 'count', length: 'count' },
  prAtMostValue: { field: 'field', max: 'num', found: 'found' },
  prAtLeastValue: { field: 'field', min: 'num', found: 'found' },
  prMoreThan: { field: 'field', min: 'num', found: 'found' },
  prLessThan: { field: 'field', max: 'num', found: 'found' },
  prOneOf: { field: 'field', allowed: 'code', found: 'found' },
  prNumberOrRange: { field: 'field', found: 'found' },
  wkTimeout: { task: 'task', s: 'num' },
  wkNoReply: { task: 'task' },
  wkReplyUnreadable: { task: 'task' },
  wkNotSent: { task: 'task', reason: 'text' },
  wkError: { task: 'task', reason: 'text' },
  wkErrorSilent: { task: 'task' },
  wkBadRequest: {},
  errUnexpected: { reason: 'text' },
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
          : K extends 'task'
            ? WorkerTask
            : K extends 'found'
              ? Found
              : string;

export type ArgsOf<K extends PhraseKey> = {
  -readonly [A in keyof (typeof PHRASE_ARGS)[K]]: ValueOf<(typeof PHRASE_ARGS)[K][A]>;
};

/** A sentence as data: its key and arguments (`{ key: 'phBandCentre', km: 0.37 }`). */
export type Phrase = { [K in PhraseKey]: { key: K } & ArgsOf<K> }[PhraseKey];
