import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
  areaKm2,
  deepestFromBorder,
  densify,
  differenceKm2,
  overlapKm2,
  shapeFigures,
} from '../../src/claims/figures';
import { RECIPES } from '../../src/claims/recipes/index';
import { haversineKm, sphericalBoxKm2, syntheticRefs } from '../fixtures/claims/synthetic-geo';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('areaKm2', () => {
  it('matches the spherical formula R²·Δλ·(sin φ2 − sin φ1) for a box, ±0.1%', () => {
    const expected = sphericalBoxKm2(46, 39.5, 46.1, 39.6);
    expect(Math.abs(areaKm2(box(46, 39.5, 46.1, 39.6)) - expected) / expected).toBeLessThan(0.001);
  });

  it('is 0 for points and lines', () => {
    expect(areaKm2({ type: 'Point', coordinates: [46, 39] })).toBe(0);
    expect(
      areaKm2({
        type: 'LineString',
        coordinates: [
          [46, 39],
          [46.1, 39],
        ],
      }),
    ).toBe(0);
  });
});

describe('overlapKm2 and differenceKm2', () => {
  const a = box(46, 39.5, 46.1, 39.6);
  const b = box(46.05, 39.55, 46.15, 39.65);

  it('gives the shared quarter of two offset squares', () => {
    const expected = sphericalBoxKm2(46.05, 39.55, 46.1, 39.6);
    expect(Math.abs(overlapKm2(a, b) - expected) / expected).toBeLessThan(0.001);
  });

  it('gives a minus b as the rest of a', () => {
    const expected = sphericalBoxKm2(46, 39.5, 46.1, 39.6) - sphericalBoxKm2(46.05, 39.55, 46.1, 39.6);
    expect(Math.abs(differenceKm2(a, b) - expected) / expected).toBeLessThan(0.001);
  });

  it('is 0 for disjoint shapes and for points', () => {
    expect(overlapKm2(a, box(47, 40, 47.1, 40.1))).toBe(0);
    expect(overlapKm2(a, { type: 'Point', coordinates: [46.05, 39.55] })).toBe(0);
    expect(differenceKm2(a, { type: 'Point', coordinates: [46.05, 39.55] })).toBeCloseTo(areaKm2(a), 9);
  });
});

describe('deepestFromBorder', () => {
  const border = [
    [
      [46, 39.4],
      [46, 39.8],
    ],
  ] as [number, number][][];

  it('is the distance of a point to the border (independent: haversine to the foot on the meridian), ±0.5%', () => {
    const pt: [number, number] = [45.95, 39.6];
    const expected = haversineKm(pt, [46, 39.6]);
    const got = deepestFromBorder({ type: 'Point', coordinates: pt }, border);
    expect(Math.abs(got.km - expected) / expected).toBeLessThan(0.005);
  });

  it('finds the deepest vertex of a polygon', () => {
    const tri: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [46, 39.5],
          [45.9, 39.6],
          [46, 39.7],
          [46, 39.5],
        ],
      ],
    };
    const got = deepestFromBorder(tri, border);
    expect(got.at).toEqual([45.9, 39.6]);
    expect(Math.abs(got.km - haversineKm([45.9, 39.6], [46, 39.6])) / got.km).toBeLessThan(0.005);
  });

  it('finds a deepest point in the middle of an edge (edges are densified)', () => {
    // The border has a gap between 39.5 and 39.7; the edge's ends sit 4.3 km from it, its middle 11+ km.
    const gapped = [
      [
        [46, 39.4],
        [46, 39.5],
      ],
      [
        [46, 39.7],
        [46, 39.8],
      ],
    ] as [number, number][][];
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [45.95, 39.5],
        [45.95, 39.7],
      ],
    };
    const expected = haversineKm([45.95, 39.6], [46, 39.5]);
    const got = deepestFromBorder(line, gapped);
    expect(Math.abs(got.km - expected) / expected).toBeLessThan(0.005);
  });
});

describe('densify', () => {
  it('keeps the ends and makes no step longer than asked', () => {
    const out = densify(
      [
        [46, 39.5],
        [46.1, 39.5],
      ],
      0.5,
    );
    expect(out[0]).toEqual([46, 39.5]);
    expect(out[out.length - 1]).toEqual([46.1, 39.5]);
    for (let i = 1; i < out.length; i++)
      expect(haversineKm(out[i - 1] ?? [], out[i] ?? [])).toBeLessThanOrEqual(0.5001);
  });
});

describe('shapeFigures', () => {
  const refs = syntheticRefs();
  const shape = RECIPES['depth-band'](
    {
      side: 'ARM',
      along: { center: [45.99, 39.7], lengthKm: { narrow: 2, wide: 6 } },
      depthKm: { narrow: 1, wide: 3 },
    },
    refs,
  );
  const f = shapeFigures(shape, refs);

  it('gives area and depth for every reading the shape has', () => {
    expect(f.areaKm2.narrow).toBeLessThan(f.areaKm2.main);
    expect(f.areaKm2.main).toBeLessThan(f.areaKm2.wide ?? 0);
    expect(f.deepestKm.narrow).toBeCloseTo(1, 1);
    expect(f.deepestKm.main).toBeCloseTo(2, 1);
    expect(f.deepestKm.wide).toBeCloseTo(3, 1);
  });

  it('gives transfers and lake shares for a claimed boundary', () => {
    const s = RECIPES['alternative-boundary'](
      {
        line: [
          [46, 39.59],
          [45.99, 39.59],
          [45.99, 39.61],
          [46, 39.61],
        ],
      },
      refs,
    );
    const g = shapeFigures(s, refs);
    expect(g.transfersKm2?.toAZE).toBeGreaterThan(0);
    expect(g.sharesPct?.lake?.AZE).toBeCloseTo(100, 5);
  });
});
