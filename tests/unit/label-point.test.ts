// labelPoint: one point inside a claim's shape, where its label goes.
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/map/label_point';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('labelPoint', () => {
  it('puts a square’s label in its middle', () => {
    const at = labelPoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] })!;
    expect(at[0]).toBeCloseTo(1, 9);
    expect(at[1]).toBeCloseTo(1, 9);
  });

  it('keeps out of a hole in the middle', () => {
    const ring: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 3), square(1, 1, 1).reverse()] };
    const at = labelPoint(ring)!;
    expect(booleanPointInPolygon(at, ring)).toBe(true);
  });

  it('finds the inside of a U, whose centre is outside it', () => {
    // A U: two arms joined at the bottom; its bounding box's middle is in the gap between the arms.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const at = labelPoint(u)!;
    expect(booleanPointInPolygon(at, u)).toBe(true);
  });

  it('labels the largest part of a multipolygon, and a point where it is', () => {
    const mp: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 1)], [square(0, 0, 4)]],
    };
    const at = labelPoint(mp)!;
    expect(at[0]).toBeCloseTo(2, 9);
    expect(at[1]).toBeCloseTo(2, 9);
    expect(labelPoint({ type: 'Point', coordinates: [46.2, 39.6] })).toEqual([46.2, 39.6]);
    expect(labelPoint({ type: 'MultiPoint', coordinates: [] })).toBeNull();
    expect(
      labelPoint({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toBeNull();
    expect(labelPoint({ type: 'Polygon', coordinates: [] })).toBeNull();
  });

  it('puts every area of the project’s claims inside its shape', () => {
    const file = JSON.parse(readFileSync('geo/out/claim-shapes.json', 'utf8')) as {
      claims: Record<string, { shape: { geometry: { type: string } } }>;
    };
    const areas = Object.entries(file.claims)
      .map(([id, c]) => [id, c.shape.geometry] as const)
      .filter(
        (e): e is [string, Polygon | MultiPolygon] => e[1].type === 'Polygon' || e[1].type === 'MultiPolygon',
      );
    expect(areas.length).toBeGreaterThan(3);
    for (const [id, geometry] of areas) {
      const at = labelPoint(geometry);
      expect(at, id).not.toBeNull();
      expect(booleanPointInPolygon(at!, geometry), id).toBe(true);
    }
  });
});
