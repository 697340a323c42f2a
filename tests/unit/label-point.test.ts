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

  it('keeps out of a thin spike that makes the shape tall', () => {
    // A 4×4 body with a spike 0.2 wide up to y = 20 from the middle of its top: the vertical stretch through
    // the body's middle runs up the spike, and its middle (y = 10) is in the spike.
    const spiked: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [2.1, 4],
          [2.1, 20],
          [1.9, 20],
          [1.9, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    const at = labelPoint(spiked)!;
    expect(at[1]).toBeLessThan(4);
    expect(booleanPointInPolygon(at, spiked)).toBe(true);
  });

  it('prefers a compact part to a long thin arm that is wider', () => {
    // A long arm 0.5 tall along the bottom, from x = 0 to 20, and a 3×3 block on its right end: the widest
    // stretch is along the arm, but the room is in the block.
    const arm: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [20, 0],
          [20, 3],
          [17, 3],
          [17, 0.5],
          [0, 0.5],
          [0, 0],
        ],
      ],
    };
    const at = labelPoint(arm)!;
    expect(at[0]).toBeGreaterThan(17);
    expect(at[1]).toBeGreaterThan(0.5);
  });

  it('labels the part with the most area left once its holes are taken out', () => {
    // The first part is larger on the outside but mostly hole (25 − 16 = 9); the second has 12.25.
    const holed = [square(0, 0, 5), square(0.5, 0.5, 4).reverse()];
    const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: [holed, [square(10, 0, 3.5)]] };
    const at = labelPoint(mp)!;
    expect(at[0]).toBeGreaterThan(10);
  });

  it('copes with a ring of 200,000 vertices', () => {
    const n = 200_000;
    const ring = Array.from({ length: n + 1 }, (_, i) => {
      const a = ((i % n) / n) * 2 * Math.PI;
      return [46 + 0.1 * Math.cos(a), 39.5 + 0.1 * Math.sin(a)];
    });
    const at = labelPoint({ type: 'Polygon', coordinates: [ring] })!;
    expect(at[0]).toBeCloseTo(46, 2);
    expect(at[1]).toBeCloseTo(39.5, 2);
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
