// GeoJSON geometry schemas (RFC 7946, 2D) with coordinate, ring and self-intersection checks.
import * as v from 'valibot';
import { MAX_POSITIONS_PER_CLAIM } from '../bounds';
import { firstCrossing } from '../geo/crossings';
import type { Lonlat } from '../geo/types';
import { rule } from './rule';
import { schemaMessage } from '../problems';
import { phrase } from '../../i18n/phrases';
import type { Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon } from 'geojson';

// The limit per line and polygon; it also bounds the self-intersection check (a sweep, O(n²) at worst).
const MAX_POSITIONS = MAX_POSITIONS_PER_CLAIM;

const coordinate = (name: string, limit: number) =>
  v.pipe(
    v.number(`a ${name} must be a number`),
    v.finite(`a ${name} must be a finite number`),
    v.minValue(-limit, `a ${name} must be between -${limit} and ${limit}`),
    v.maxValue(limit, `a ${name} must be between -${limit} and ${limit}`),
  );

/** [longitude, latitude] in WGS84 degrees. */
export const PositionSchema = v.pipe(
  v.strictTuple(
    [coordinate('longitude', 180), coordinate('latitude', 90)],
    'a position must be [longitude, latitude] (two numbers, no altitude)',
  ),
  v.description('[longitude, latitude] in WGS84 decimal degrees'),
);

const positions = (min: number, what: string) =>
  v.pipe(
    v.array(PositionSchema, `${what} must be a list of positions`),
    v.minLength(min, `${what} needs at least ${min} positions`),
    v.maxLength(MAX_POSITIONS, `${what} has more than ${MAX_POSITIONS} positions`),
  );

const samePosition = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** A closed ring: at least 4 positions, the last equal to the first. */
export const RingSchema = v.pipe(
  positions(4, 'a ring'),
  rule(
    (ring: [number, number][]) => samePosition(ring[0], ring[ring.length - 1]),
    'a closed ring (last position = first)',
    schemaMessage(phrase('prRingOpen', {})),
  ),
);

/** LineString coordinates: at least 2 positions. */
export const LineCoordsSchema = positions(2, 'a line');

type Polygonal = GeoPolygon | GeoMultiPolygon;
const isPolygonal = (g: { type: string }): g is Polygonal =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

/** A polygon's or multipolygon's rings, all in one list. */
const ringsOf = (g: Polygonal): Lonlat[][] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat() as Lonlat[][];

/** Adds an issue for the first self-intersection (a "kink") of a polygon's rings, if any (counted first). */
const noKinks = <T extends { type: string }>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || !isPolygonal(dataset.value)) return;
    const rings = ringsOf(dataset.value);
    const count = rings.reduce((n, ring) => n + ring.length, 0);
    if (count > MAX_POSITIONS) {
      addIssue({
        message: schemaMessage(phrase('prShapePositions', { max: MAX_POSITIONS })),
        expected: `<= ${MAX_POSITIONS} positions`,
        received: `${count} positions`,
      });
      return;
    }
    const found = firstCrossing(rings);
    if (!found) return;
    const [lng, lat] = found;
    addIssue({
      message: schemaMessage(phrase('prRingsCross', { at: [lng, lat] })),
      expected: 'rings that do not cross',
      received: `crossing at [${lng.toFixed(5)}, ${lat.toFixed(5)}]`,
    });
  });

export const PointSchema = v.strictObject({ type: v.literal('Point'), coordinates: PositionSchema });
export const MultiPointSchema = v.strictObject({
  type: v.literal('MultiPoint'),
  coordinates: positions(1, 'a MultiPoint'),
});
export const LineStringSchema = v.strictObject({
  type: v.literal('LineString'),
  coordinates: LineCoordsSchema,
});
export const MultiLineStringSchema = v.strictObject({
  type: v.literal('MultiLineString'),
  coordinates: v.pipe(v.array(LineCoordsSchema), v.minLength(1, 'a MultiLineString needs a line')),
});
export const PolygonSchema = v.strictObject({
  type: v.literal('Polygon'),
  coordinates: v.pipe(v.array(RingSchema), v.minLength(1, 'a Polygon needs an outer ring')),
});
export const MultiPolygonSchema = v.strictObject({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(
    v.array(v.pipe(v.array(RingSchema), v.minLength(1, 'each polygon needs an outer ring'))),
    v.minLength(1, 'a MultiPolygon needs a polygon'),
  ),
});

/** The shape of any GeoJSON geometry a claim may draw (no GeometryCollection), self-intersections aside. */
export const GeometryVariantSchema = v.variant(
  'type',
  [PointSchema, MultiPointSchema, LineStringSchema, MultiLineStringSchema, PolygonSchema, MultiPolygonSchema],
  'a geometry must be a GeoJSON Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon',
);

/** Any GeoJSON geometry a claim may draw, checked part by part: every problem with its exact place. */
export const DetailedGeometrySchema = v.pipe(GeometryVariantSchema, noKinks());

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  p.length === 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

const isPositions = (x: unknown, min: number): x is unknown[][] =>
  Array.isArray(x) && x.length >= min && x.length <= MAX_POSITIONS && x.every(isPosition);

const isRing = (x: unknown): boolean =>
  isPositions(x, 4) && samePosition(x[0] as number[], x[x.length - 1] as number[]);

const isListOf = (x: unknown, item: (y: unknown) => boolean): boolean =>
  Array.isArray(x) && x.length >= 1 && x.every(item);

/**
 * True only for a geometry GeometryVariantSchema accepts, checked in one pass without allocating. Checking
 * 100,000 positions through valibot's per-position pipelines was about half the time of loading 10,000
 * claims; this check passes the well-formed majority, and anything it refuses gets the detailed check.
 */
export function isWellFormedGeometry(g: unknown): boolean {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return false;
  const keys = Object.keys(g);
  if (keys.length !== 2 || !('type' in g) || !('coordinates' in g)) return false;
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      return isPosition(c);
    case 'MultiPoint':
      return isPositions(c, 1);
    case 'LineString':
      return isPositions(c, 2);
    case 'MultiLineString':
      return isListOf(c, (line) => isPositions(line, 2));
    case 'Polygon':
      return isListOf(c, isRing);
    case 'MultiPolygon':
      return isListOf(c, (polygon) => isListOf(polygon, isRing));
    default:
      return false;
  }
}

/** A geometry isWellFormedGeometry has passed: only the self-intersections are left to check. */
const WellFormedGeometrySchema = v.pipe(
  v.custom<v.InferOutput<typeof GeometryVariantSchema>>(() => true),
  noKinks(),
);

/**
 * Any GeoJSON geometry a claim may draw (no GeometryCollection). Well-formed ones take the fast check; the
 * rest the detailed one, which names every problem. (The JSON Schema export sees the detailed one.)
 */
export const GeometrySchema = v.lazy((input: unknown) =>
  isWellFormedGeometry(input) ? WellFormedGeometrySchema : DetailedGeometrySchema,
);

export type Position = v.InferOutput<typeof PositionSchema>;
