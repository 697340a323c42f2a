// A cheap check of the map's own GeoJSON files (the base map, and the claim features `npm run derive` wrote)
// before the page hands them to the first paint and to MapLibre. They are data from outside like any other: a
// broken or hostile one must not freeze the page, throw in the map's worker or hide the valid claims. Each
// feature is checked once, in linear time, against the same region and caps as the claims (region.ts,
// bounds.ts); what fails is left out, counted per file and reason in one notice, and the rest is kept. Pure.
import type { Feature, FeatureCollection } from 'geojson';
import { MAX_DERIVED_POSITIONS } from '../app/precomputed_check';
import { CASE_REGION, DERIVED_REACH_KM, grownRegion, inRegion, type RegionBox } from '../claims/region';
import type { MessageKey, Params } from '../i18n/messages';
import type { Notice } from '../url/link_notice';

/** The largest map file read, in bytes: parsing one takes the page's main thread (8 MB: about 0.2 s). */
export const MAP_FILE_MAX_BYTES = 8 * 1024 * 1024;
/** The most features one map file may have (the bench's 10,000 claims: 5,000 a party). */
export const MAP_FILE_MAX_FEATURES = 50_000;
/** The most positions one map file may have, all its features together (the base map's largest: 16,000). */
export const MAP_FILE_MAX_POSITIONS = 500_000;
/** The longest text a feature's property (or its name) may have: the longest claim text is 2,000 characters. */
export const MAP_TEXT_MAX = 2_000;

/** Where the base map's data may lie: the box the map can be moved in (view.ts MAX_BOUNDS). */
export const BASE_MAP_REGION: RegionBox = [36, 34, 56, 46];
/** Where claim features may lie: the case's region and as far beyond as a recipe reaches. */
export const CLAIM_FEATURE_REGION: RegionBox = grownRegion(CASE_REGION, DERIVED_REACH_KM);

export interface MapDataLimits {
  region: RegionBox;
  maxFeatures?: number;
  maxPositions?: number;
  maxFeaturePositions?: number;
}

/** Why a feature is left out (each a notice of its own, per file). */
type Reason = 'malformed' | 'notNumbers' | 'outside' | 'tooBig' | 'longText' | 'overBudget' | 'unknownClaim';

const NOTICE_KEY: Record<Reason, MessageKey> = {
  malformed: 'mapFeaturesMalformed',
  notNumbers: 'mapFeaturesNotNumbers',
  outside: 'mapFeaturesOutside',
  tooBig: 'mapFeaturesTooBig',
  longText: 'mapFeaturesLongText',
  overBudget: 'mapFeaturesOverBudget',
  unknownClaim: 'mapFeaturesUnknownClaim',
};

/** A feature's first problem: why, where in the feature (`geometry.coordinates[0][3]`), and what was found. */
interface Fault {
  reason: Reason;
  at: string;
  found?: string;
}

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Nesting of `coordinates` below the positions, and the fewest entries at each level (rings: 4). */
const SHAPES: Record<string, { depth: number; min: readonly number[] }> = {
  Point: { depth: 0, min: [] },
  MultiPoint: { depth: 1, min: [0] },
  LineString: { depth: 1, min: [2] },
  MultiLineString: { depth: 2, min: [0, 2] },
  Polygon: { depth: 2, min: [1, 4] },
  MultiPolygon: { depth: 3, min: [0, 1, 4] },
};

/** Data text in a notice: quoted, short, one line. */
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Positions of one geometry, checked: the count, or the first fault. Stops at `max` positions. */
function geometryFault(geometry: unknown, region: RegionBox, max: number): Fault | number {
  if (!isRec(geometry) || typeof geometry.type !== 'string' || !Object.hasOwn(SHAPES, geometry.type))
    return { reason: 'malformed', at: 'geometry.type' };
  const { depth, min } = SHAPES[geometry.type]!;
  let count = 0;
  // Depth is at most 3: plain recursion over the nesting levels, a loop over each level's entries. `at` names
  // the entry only on the second walk, made once a fault is found: naming every entry on the way cost more
  // than the check itself (10,000 claims' features, read while the map loads).
  const walk = (x: unknown, level: number, at?: string): Fault | null => {
    if (level === depth) {
      if (!Array.isArray(x) || x.length < 2 || x.length > 3) return { reason: 'malformed', at: at ?? '' };
      for (let i = 0; i < x.length; i++) {
        const n: unknown = x[i];
        if (typeof n !== 'number' || !Number.isFinite(n)) return { reason: 'notNumbers', at: at ?? '' };
      }
      if (++count > max) return { reason: 'tooBig', at: at ?? '' };
      const [lng, lat] = x as [number, number];
      return inRegion(lng, lat, region)
        ? null
        : { reason: 'outside', at: at ?? '', found: `[${lng}, ${lat}]` };
    }
    if (!Array.isArray(x) || x.length < min[level]!) return { reason: 'malformed', at: at ?? '' };
    for (let i = 0; i < x.length; i++) {
      const fault = walk(x[i], level + 1, at === undefined ? undefined : `${at}[${i}]`);
      if (fault) return fault;
    }
    return null;
  };
  if (!walk(geometry.coordinates, 0)) return count;
  count = 0;
  return walk(geometry.coordinates, 0, 'geometry.coordinates')!;
}

/** The first property the map cannot take as it is: too long a text. */
function propertiesFault(properties: unknown): Fault | null {
  if (properties === null || properties === undefined) return null;
  if (!isRec(properties)) return { reason: 'malformed', at: 'properties' };
  for (const [key, value] of Object.entries(properties)) {
    const at = `properties[${quoted(key)}]`;
    if (key.length > MAP_TEXT_MAX) return { reason: 'longText', at: 'properties', found: `${key.length}` };
    if (typeof value === 'string' && value.length > MAP_TEXT_MAX)
      return { reason: 'longText', at, found: `${value.length}` };
    // A list or object (border.geojson's `gaps_at_lakes`): MapLibre keeps it as it is; held to the same length.
    if (value !== null && typeof value === 'object') {
      const length = JSON.stringify(value).length;
      if (length > MAP_TEXT_MAX) return { reason: 'longText', at, found: `${length}` };
    }
  }
  return null;
}

/** One feature's first fault, or its number of positions. */
function featureFault(f: unknown, region: RegionBox, max: number): Fault | number {
  if (!isRec(f) || f.type !== 'Feature') return { reason: 'malformed', at: 'type' };
  if (f.id !== undefined && !(typeof f.id === 'number' || (typeof f.id === 'string' && f.id.length <= 100)))
    return { reason: 'malformed', at: 'id' };
  return propertiesFault(f.properties) ?? geometryFault(f.geometry, region, max);
}

/** Collects the features left out of one file, and words them as one notice per reason. */
class LeftOut {
  #first = new Map<Reason, Fault & { index: number }>();
  #count = new Map<Reason, number>();
  add(index: number, fault: Fault) {
    if (!this.#first.has(fault.reason)) this.#first.set(fault.reason, { ...fault, index });
    this.#count.set(fault.reason, (this.#count.get(fault.reason) ?? 0) + 1);
  }
  get size() {
    return this.#first.size;
  }
  notices(file: string, limits: Required<MapDataLimits>): Notice[] {
    const [west, south, east, north] = limits.region.map((x) => Number(x.toFixed(2))) as number[];
    const extra: Record<Reason, Params> = {
      malformed: {},
      notNumbers: {},
      outside: { west: west!, south: south!, east: east!, north: north! },
      tooBig: { max: limits.maxFeaturePositions },
      longText: { max: MAP_TEXT_MAX },
      overBudget: { features: limits.maxFeatures, max: limits.maxPositions },
      unknownClaim: {},
    };
    return [...this.#first].map(([reason, { index, at, found }]) => ({
      key: NOTICE_KEY[reason],
      params: {
        file,
        n: this.#count.get(reason)!,
        at: at === '' ? `features[${index}]` : `features[${index}].${at}`,
        ...(found === undefined ? {} : { found }),
        ...extra[reason],
      },
    }));
  }
}

const DEFAULT_LIMITS = {
  maxFeatures: MAP_FILE_MAX_FEATURES,
  maxPositions: MAP_FILE_MAX_POSITIONS,
  maxFeaturePositions: MAX_DERIVED_POSITIONS,
};

/**
 * The features of one map file the page can hand to the map, and a notice per reason for those left out
 * (naming the file, how many, and the first). Data that is not a FeatureCollection gives no features.
 */
export function checkMapData(
  data: unknown,
  file: string,
  given: MapDataLimits,
): { data: FeatureCollection; notices: Notice[]; changed: boolean } {
  const limits: Required<MapDataLimits> = { ...DEFAULT_LIMITS, ...given };
  if (!isRec(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return {
      data: { type: 'FeatureCollection', features: [] },
      notices: [{ key: 'mapFileNotCollection', params: { file } }],
      changed: true,
    };
  const kept: Feature[] = [];
  const leftOut = new LeftOut();
  let positions = 0;
  data.features.forEach((f: unknown, i) => {
    if (kept.length >= limits.maxFeatures) return leftOut.add(i, { reason: 'overBudget', at: '' });
    const fault = featureFault(f, limits.region, limits.maxFeaturePositions);
    if (typeof fault !== 'number') return leftOut.add(i, fault);
    if (positions + fault > limits.maxPositions) return leftOut.add(i, { reason: 'overBudget', at: '' });
    positions += fault;
    kept.push(f as Feature);
  });
  if (leftOut.size === 0) return { data: data as unknown as FeatureCollection, notices: [], changed: false };
  return {
    data: { ...(data as unknown as FeatureCollection), features: kept },
    notices: leftOut.notices(file, limits),
    changed: true,
  };
}

/**
 * The features of a claim features file whose claims are not in the claims data (`claimId`, or an overlap's
 * `a` and `b`), as a notice; null when every feature draws a known claim.
 */
export function unknownClaimNotice(
  data: FeatureCollection,
  file: string,
  known: ReadonlySet<string>,
): Notice | null {
  const leftOut = new LeftOut();
  data.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const ids = 'claimId' in p ? [p.claimId] : [p.a, p.b];
    const unknown = ids.findIndex((id) => typeof id !== 'string' || !known.has(id));
    if (unknown >= 0) {
      const id = ids[unknown];
      leftOut.add(i, { reason: 'unknownClaim', at: '', found: typeof id === 'string' ? quoted(id) : '–' });
    }
  });
  return leftOut.notices(file, { region: CLAIM_FEATURE_REGION, ...DEFAULT_LIMITS })[0] ?? null;
}
