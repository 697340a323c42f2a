// Every phrase's key and the kinds of its arguments (phrases.ts says what a phrase is): the claims code types
// its phrases by it, and say_phrase.ts checks a phrase from a file against it before saying it. Pure.
import type { MessageKey } from './messages';

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

export type ArgsOf<K extends PhraseKey> = {
  -readonly [A in keyof (typeof PHRASE_ARGS)[K]]: ValueOf<(typeof PHRASE_ARGS)[K][A]>;
};

/** A sentence as data: its key and arguments (`{ key: 'phBandCentre', km: 0.37 }`). */
export type Phrase = { [K in PhraseKey]: { key: K } & ArgsOf<K> }[PhraseKey];
