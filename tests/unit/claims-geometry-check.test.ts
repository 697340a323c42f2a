// The fast geometry check must never accept what the detailed schema refuses: they are compared on
// generated near-geometries (right and wrong types, nesting, lengths, ranges, closure, extra keys).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  DetailedGeometrySchema,
  GeometrySchema,
  GeometryVariantSchema,
  isWellFormedGeometry,
} from '../../src/claims/schema/geometry';

/** Mostly valid coordinates (so whole geometries often are), now and then one just out of range or no number. */
const coordinate = fc.oneof(
  { weight: 30, arbitrary: fc.double({ min: -90, max: 90, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(180, -180, 90, -90, 92, -95, 180.5, -181, Infinity, '1', null) },
);
const position = fc.oneof(
  { weight: 30, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 1, arbitrary: fc.array(coordinate, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 5, {}) },
);
/** A list of positions, closed (last = first) more often than not, short ones included. */
const positions = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(position, { maxLength: 6 }).map((ps) => (ps.length ? [...ps, ps[0]] : ps)),
  },
  { weight: 1, arbitrary: fc.array(position, { maxLength: 6 }) },
);
const nested = (depth: number): fc.Arbitrary<unknown> =>
  depth === 0
    ? position
    : fc.oneof(
        { weight: 8, arbitrary: depth === 1 ? positions : fc.array(nested(depth - 1), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.constantFrom([], null) },
      );
const geometryLike = fc.record(
  {
    type: fc.constantFrom(
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
      'X',
    ),
    coordinates: fc.oneof(nested(0), nested(1), nested(2), nested(3)),
    bbox: fc.constant([0, 0, 1, 1]),
  },
  { requiredKeys: ['type', 'coordinates'] },
);

describe('the fast geometry check', () => {
  it('accepts only what the detailed schema accepts, and the geometry schema decides as it does', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 8, arbitrary: geometryLike }, { weight: 1, arbitrary: fc.anything() }),
        (g) => {
          if (isWellFormedGeometry(g)) expect(v.safeParse(GeometryVariantSchema, g).success).toBe(true);
          const fast = v.safeParse(GeometrySchema, g);
          const detailed = v.safeParse(DetailedGeometrySchema, g);
          expect(fast.success).toBe(detailed.success);
          if (!fast.success && !detailed.success)
            expect(fast.issues[0].message).toBe(detailed.issues[0].message);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('takes the fast path for well-formed geometries, and leaves self-intersections to the detailed rule', () => {
    const square = [
      [46, 39],
      [46.1, 39],
      [46.1, 39.1],
      [46, 39.1],
      [46, 39],
    ];
    const bowtie = [
      [46, 39],
      [46.1, 39.1],
      [46.1, 39],
      [46, 39.1],
      [46, 39],
    ];
    expect(isWellFormedGeometry({ type: 'Polygon', coordinates: [square] })).toBe(true);
    expect(isWellFormedGeometry({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(true);
    expect(isWellFormedGeometry({ type: 'Point', coordinates: [46, 39] })).toBe(true);
    expect(isWellFormedGeometry({ type: 'Polygon', coordinates: [square], bbox: [0, 0, 1, 1] })).toBe(false);
    expect(isWellFormedGeometry({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toBe(false);
    const crossed = v.safeParse(GeometrySchema, { type: 'Polygon', coordinates: [bowtie] });
    expect(isWellFormedGeometry({ type: 'Polygon', coordinates: [bowtie] })).toBe(true);
    expect(crossed.success).toBe(false);
    if (!crossed.success) expect(crossed.issues[0].message).toMatch(/crosses itself/);
  });
});
