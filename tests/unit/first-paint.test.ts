import { describe, expect, it } from 'vitest';
import { buildBaseStyle } from '../../src/map/base_style';
import { withClaimLabels, withClaimLayers } from '../../src/map/claim_map';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FIRST_PAINT_MAX_FEATURES, firstPaintAffordable } from '../../src/map/first_paint';
import { evaluate } from '../../src/map/style_eval';
import {
  fitCamera,
  initialCamera,
  INITIAL_BOUNDS,
  mercator,
  TILE_SIZE,
  unmercator,
} from '../../src/map/view';

/** Where [lng, lat] lands on a map of `size` at `camera`, in CSS pixels. */
function onScreen(
  p: [number, number],
  camera: { center: [number, number]; zoom: number },
  size: { width: number; height: number },
): [number, number] {
  const world = TILE_SIZE * 2 ** camera.zoom;
  const [x, y] = mercator(p);
  const [cx, cy] = mercator(camera.center);
  return [(x - cx) * world + size.width / 2, (y - cy) * world + size.height / 2];
}

describe('fitCamera', () => {
  it('inverts mercator', () => {
    const back = unmercator(mercator([46.23, 39.6]));
    expect(back[0]).toBeCloseTo(46.23, 9);
    expect(back[1]).toBeCloseTo(39.6, 9);
  });

  for (const [size, padding] of [
    [
      { width: 1440, height: 854 },
      { top: 10, bottom: 10, left: 340, right: 50 },
    ],
    [
      { width: 375, height: 590 },
      { top: 10, bottom: 248, left: 10, right: 10 },
    ],
  ] as const) {
    it(`fits the bounds in the open part of a ${size.width}×${size.height} map, touching it on one axis`, () => {
      const camera = fitCamera(INITIAL_BOUNDS, size, padding);
      const [sw, ne] = INITIAL_BOUNDS;
      const [x0, y1] = onScreen(sw, camera, size);
      const [x1, y0] = onScreen(ne, camera, size);
      const eps = 1e-6;
      expect(x0).toBeGreaterThanOrEqual(padding.left - eps);
      expect(x1).toBeLessThanOrEqual(size.width - padding.right + eps);
      expect(y0).toBeGreaterThanOrEqual(padding.top - eps);
      expect(y1).toBeLessThanOrEqual(size.height - padding.bottom + eps);
      const fitsX = Math.abs(x0 - padding.left) < 1e-6 && Math.abs(x1 - (size.width - padding.right)) < 1e-6;
      const fitsY = Math.abs(y0 - padding.top) < 1e-6 && Math.abs(y1 - (size.height - padding.bottom)) < 1e-6;
      expect(fitsX || fitsY).toBe(true);
      expect(camera).toEqual(initialCamera(size, padding));
    });
  }

  it('stops at the maximum zoom', () => {
    const tiny: [[number, number], [number, number]] = [
      [46.2, 39.6],
      [46.2001, 39.6001],
    ];
    expect(fitCamera(tiny, { width: 800, height: 600 }, undefined, 16).zoom).toBe(16);
  });
});

describe('the style evaluator of the first paint', () => {
  const ctx = (zoom: number, properties: Record<string, unknown> = {}, geometryType = 'Point') => ({
    zoom,
    properties,
    geometryType,
  });

  it('evaluates the operators the app style uses', () => {
    const rank = ['step', ['zoom'], 2, 7.5, 3, 8.5, 4, 9.8, 5];
    expect(evaluate(rank, ctx(7))).toBe(2);
    expect(evaluate(rank, ctx(9))).toBe(4);
    expect(evaluate(['interpolate', ['linear'], ['zoom'], 6, 1, 12, 2.5], ctx(9))).toBeCloseTo(1.75);
    expect(evaluate(['match', ['get', 'rank'], 1, 5, 2, 4, 2.5], ctx(9, { rank: 2 }))).toBe(4);
    expect(evaluate(['match', ['get', 'rank'], 1, 5, 2, 4, 2.5], ctx(9, { rank: 7 }))).toBe(2.5);
    expect(evaluate(['in', ['get', 'iso'], ['literal', ['ARM', 'AZE']]], ctx(9, { iso: 'AZE' }))).toBe(true);
    expect(
      evaluate(['coalesce', ['get', 'name_hy'], ['get', 'name_az'], ''], ctx(9, { name_az: 'Laçın' })),
    ).toBe('Laçın');
    expect(
      evaluate(['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], ctx(9, {}, 'Polygon')),
    ).toBe(true);
    expect(
      evaluate(
        ['format', 'SYUNIK', {}, '\n', {}, ['get', 'name_hy'], { 'font-scale': 0.85 }],
        ctx(8, { name_hy: 'Սյունիք' }),
      ),
    ).toEqual([
      { text: 'SYUNIK', scale: 1 },
      { text: '\n', scale: 1 },
      { text: 'Սյունիք', scale: 0.85 },
    ]);
    expect(evaluate(['Noto Sans', 'sans-serif'], ctx(9))).toEqual(['Noto Sans', 'sans-serif']);
  });

  it('throws on an operator it does not know, rather than drawing something else', () => {
    expect(() => evaluate(['distance', ['literal', [0, 0]]], ctx(9))).toThrow(/distance/);
  });

  it('evaluates every filter and paint value of the app’s whole style', () => {
    const urls: Parameters<typeof buildBaseStyle>[0] = {
      land: '/land',
      border: '/border',
      syunik: '/syunik',
      lakes: '/lakes',
      places: '/places',
      countryLabels: '/country-labels',
      borderLabels: '/border-labels',
    };
    const style = withClaimLabels(withClaimLayers(buildBaseStyle(urls)));
    for (const layer of style.layers) {
      for (const value of [
        'filter' in layer ? layer.filter : undefined,
        ...Object.values(layer.paint ?? {}),
        ...Object.values(layer.layout ?? {}),
      ]) {
        for (const zoom of [6, 9.6, 12])
          expect(() =>
            evaluate(value, ctx(zoom, { rank: 1, label: 'x', group: 'armenia' }, 'Polygon')),
          ).not.toThrow();
      }
    }
  });
});

describe('firstPaintAffordable', () => {
  const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [46, 39] } };
  const styleWith = (features: number, sources = 1): StyleSpecification => ({
    version: 8,
    sources: Object.fromEntries(
      Array.from({ length: sources }, (_, i) => [
        `s${i}`,
        {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: Array.from({ length: features }, () => point) },
        } as SourceSpecification,
      ]),
    ),
    layers: [],
  });

  it('draws up to the limit, counted over every inline source', () => {
    expect(firstPaintAffordable(styleWith(FIRST_PAINT_MAX_FEATURES))).toBe(true);
    expect(firstPaintAffordable(styleWith(FIRST_PAINT_MAX_FEATURES + 1))).toBe(false);
    expect(firstPaintAffordable(styleWith(FIRST_PAINT_MAX_FEATURES / 2 + 1, 2))).toBe(false);
  });

  it('counts a source given by URL as nothing, and a collection without features as empty', () => {
    const style = styleWith(0);
    style.sources.url = { type: 'geojson', data: 'https://example.org/x.geojson' };
    style.sources.odd = { type: 'geojson', data: { type: 'FeatureCollection' } as never };
    expect(firstPaintAffordable(style)).toBe(true);
  });
});
