import { describe, expect, it } from 'vitest';
import { rfc7946Problems, ringSignedArea } from '../../src/geo/rfc7946';

const ccw = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const cw = [...ccw].reverse();
const hole = [
  [0.2, 0.2],
  [0.2, 0.8],
  [0.8, 0.8],
  [0.2, 0.2],
];

/** A FeatureCollection with one feature of the given geometry. */
function fc(geometry: unknown, properties: unknown = {}) {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] };
}

describe('rfc7946Problems', () => {
  it('accepts valid geometries of every kind', () => {
    expect(rfc7946Problems(fc({ type: 'Point', coordinates: [46.2, 39.6] }))).toEqual([]);
    expect(rfc7946Problems(fc({ type: 'LineString', coordinates: ccw.slice(0, 2) }))).toEqual([]);
    expect(rfc7946Problems(fc({ type: 'MultiLineString', coordinates: [ccw] }))).toEqual([]);
    expect(rfc7946Problems(fc({ type: 'Polygon', coordinates: [ccw, hole] }))).toEqual([]);
    expect(rfc7946Problems(fc({ type: 'MultiPolygon', coordinates: [[ccw], [ccw, hole]] }))).toEqual([]);
    expect(rfc7946Problems(fc(null, null))).toEqual([]);
  });

  it('reports a clockwise exterior and a counter-clockwise hole with feature, polygon and ring index', () => {
    const bad = { type: 'MultiPolygon', coordinates: [[ccw], [cw, [...hole].reverse()]] };
    expect(rfc7946Problems(fc(bad))).toEqual([
      'feature 0 geometry (MultiPolygon) polygon 1 ring 0: exterior ring must be counter-clockwise',
      'feature 0 geometry (MultiPolygon) polygon 1 ring 1: hole must be clockwise',
    ]);
  });

  it('reports open, short and degenerate rings', () => {
    const open = [...ccw.slice(0, 4), [0, 0.5]];
    const short = [
      [0, 0],
      [1, 0],
      [0, 0],
    ];
    const flat = [
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 0],
    ];
    expect(rfc7946Problems(fc({ type: 'Polygon', coordinates: [open] }))).toEqual([
      'feature 0 geometry (Polygon) ring 0: ring is not closed',
    ]);
    expect(rfc7946Problems(fc({ type: 'Polygon', coordinates: [short] }))[0]).toMatch(/at least 4 positions/);
    expect(rfc7946Problems(fc({ type: 'Polygon', coordinates: [flat] }))[0]).toMatch(/degenerate/);
  });

  it('reports bad positions: NaN, out-of-range longitude and latitude, wrong length', () => {
    expect(rfc7946Problems(fc({ type: 'Point', coordinates: [NaN, 1] }))[0]).toMatch(/non-finite/);
    expect(rfc7946Problems(fc({ type: 'Point', coordinates: [181, 1] }))[0]).toMatch(/longitude 181/);
    expect(rfc7946Problems(fc({ type: 'Point', coordinates: [1, -91] }))[0]).toMatch(/latitude -91/);
    expect(rfc7946Problems(fc({ type: 'Point', coordinates: [1] }))[0]).toMatch(/2 or 3 numbers/);
    expect(rfc7946Problems(fc({ type: 'LineString', coordinates: [[1, 1]] }))[0]).toMatch(/at least 2/);
  });

  it('reports broken structure', () => {
    expect(rfc7946Problems(null)).toEqual(['root: not a JSON object']);
    expect(rfc7946Problems({ type: 'FeatureCollection' })).toEqual([
      'root: FeatureCollection needs a features array',
    ]);
    expect(
      rfc7946Problems({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] }),
    ).toEqual(['feature 0: properties must be an object or null']);
    expect(rfc7946Problems(fc({ type: 'Circle', coordinates: [0, 0] }))).toEqual([
      'feature 0 geometry: not a GeoJSON geometry',
    ]);
  });

  it('computes the signed area with the sign of the winding', () => {
    expect(ringSignedArea(ccw as [number, number][])).toBe(1);
    expect(ringSignedArea(cw as [number, number][])).toBe(-1);
  });
});
