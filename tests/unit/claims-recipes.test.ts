import { describe, expect, it } from 'vitest';
import type { Polygon, MultiPolygon } from 'geojson';
import { deriveShape, RECIPES } from '../../src/claims/recipes/index';
import { RECIPE_NAMES, type Shape } from '../../src/claims/schema/shape';
import { areaKm2, deepestFromBorder, differenceKm2 } from '../../src/claims/figures';
import { borderChains } from '../../src/claims/reference';
import { depthBridgeNotes } from '../../src/claims/bridge_notes';
import type { Phrase } from '../../src/i18n/phrases';
import { sayPhrase } from '../../src/i18n/say_phrase';
import { EN_ALL as ENGLISH } from '../../src/i18n/english';
import {
  BORDER_LNG,
  LAKE,
  R_KM,
  lngPerKm,
  latPerKm,
  sphericalBoxKm2,
  syntheticRefs,
} from '../fixtures/claims/synthetic-geo';

const refs = syntheticRefs();
const say = (p: Phrase) => sayPhrase(p, ENGLISH);
/** A shape's derivation with its phrases said in English. */
const derive = (shape: Shape) => {
  const r = deriveShape({ shape }, refs);
  return {
    error: r.error && say(r.error),
    shape: r.shape && {
      ...r.shape,
      assumptions: r.shape.assumptions.map(say),
      notes: r.shape.notes.map(say),
    },
  };
};
const must = (shape: Shape) => {
  const r = derive(shape);
  if (!r.shape) throw new Error(r.error ?? 'no shape');
  return r.shape;
};
const rad = (d: number) => (d * Math.PI) / 180;
/** Great-circle distance (km) from a point to the meridian of the synthetic border: R·asin(sin Δλ · cos φ). */
const toBorderKm = ([lng = 0, lat = 0]: number[]) =>
  R_KM * Math.asin(Math.abs(Math.sin(rad(lng - BORDER_LNG)) * Math.cos(rad(lat))));
const vertices = (g: Polygon | MultiPolygon) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2) as number[][];
const polyOf = (g: unknown) => g as Polygon | MultiPolygon;

describe('deriveShape', () => {
  it('has one recipe per recipe name, looked up by name', () => {
    expect(Object.keys(RECIPES).sort()).toEqual([...RECIPE_NAMES].sort());
  });

  it('gives no shape and no error for a claim without a place', () => {
    expect(deriveShape({}, refs)).toEqual({ shape: null });
  });
});

describe('depth-band on a straight border', () => {
  const D = 3.5;
  const L = 4;
  const band = must({
    recipe: 'depth-band',
    params: { side: 'ARM', along: { center: [45.99, 39.7], lengthKm: L }, depthKm: D },
  });
  const g = polyOf(band.geometry);

  it('reaches D km from the border, ±1% (independent cross-track distance)', () => {
    const deepest = Math.max(...vertices(g).map(toBorderKm));
    expect(Math.abs(deepest - D) / D).toBeLessThan(0.01);
  });

  it('figures.deepestFromBorder agrees with the independent distance', () => {
    const got = deepestFromBorder(g, borderChains(refs).lines).km;
    expect(Math.abs(got - D) / D).toBeLessThan(0.01);
  });

  it('lies on the Armenian side only', () => {
    expect(Math.max(...vertices(g).map((p) => p[0] ?? 0))).toBeLessThanOrEqual(BORDER_LNG + 1e-9);
  });

  it('has the area of a rectangle L×D plus two quarter discs, ±1.5%', () => {
    const expected = L * D + (Math.PI * D * D) / 2;
    expect(Math.abs(areaKm2(g) - expected) / expected).toBeLessThan(0.015);
  });

  it('states its assumptions with the parameters, and has no readings when the words are exact', () => {
    expect(band.assumptions.join(' ')).toContain('3.5 km');
    expect(band.assumptions.join(' ')).toContain('4 km');
    expect(band.narrow).toBeUndefined();
    expect(band.wide).toBeUndefined();
  });

  it('goes to the other side with side AZE', () => {
    const aze = polyOf(
      must({
        recipe: 'depth-band',
        params: { side: 'AZE', along: { center: [46.01, 39.7], lengthKm: L }, depthKm: D },
      }).geometry,
    );
    expect(Math.min(...vertices(aze).map((p) => p[0] ?? 0))).toBeGreaterThanOrEqual(BORDER_LNG - 1e-9);
    expect(Math.abs(areaKm2(aze) - areaKm2(g)) / areaKm2(g)).toBeLessThan(0.01);
  });
});

describe('depth-band readings', () => {
  const band = must({
    recipe: 'depth-band',
    params: { side: 'ARM', along: { center: [45.99, 39.7], lengthKm: { narrow: 2, wide: 8 } }, depthKm: 3.5 },
  });

  it('nests narrow inside main inside wide', () => {
    const { narrow, wide, geometry } = band;
    expect(narrow && wide).toBeTruthy();
    expect(areaKm2(narrow)).toBeLessThan(areaKm2(geometry));
    expect(areaKm2(geometry)).toBeLessThan(areaKm2(wide));
    expect(differenceKm2(narrow, geometry)).toBeLessThan(0.01);
    expect(differenceKm2(geometry, wide)).toBeLessThan(0.01);
  });

  it('uses the middle of a range for the main shape, and says so', () => {
    // main length 5 km: rectangle 5 × 3.5 + two quarter discs
    const expected = 5 * 3.5 + (Math.PI * 3.5 ** 2) / 2;
    expect(Math.abs(areaKm2(band.geometry) - expected) / expected).toBeLessThan(0.015);
    expect(band.assumptions.join(' ')).toMatch(/2–8 km \(main shape: 5 km\)/);
  });
});

describe('depth-band with a lake on the border', () => {
  const params = {
    side: 'ARM' as const,
    along: { center: [45.999, 39.6] as [number, number], lengthKm: 4 },
    depthKm: 1,
  };
  const dry = must({ recipe: 'depth-band', params });
  const wet = must({ recipe: 'depth-band', params: { ...params, lakes: ['lake'] } });

  it('crosses the break in the border line at the lake, and notes the bridge as an assumption', () => {
    expect(dry.notes.join(' ')).toMatch(/Border across lake: a straight bridge .* an assumption of this map/);
    expect(wet.notes.filter((n) => /straight bridge/.test(n))).toHaveLength(1);
  });

  it('says nothing of a bridge when its stretch and lakes are away from the lake', () => {
    const away = must({
      recipe: 'depth-band',
      params: { side: 'ARM', along: { center: [BORDER_LNG, 39.75], lengthKm: 2 }, depthKm: 1 },
    });
    expect(away.notes.join(' ')).not.toMatch(/bridge/);
  });

  it('counts the Armenian half of the lake as ground when asked', () => {
    const half = sphericalBoxKm2(LAKE.west, LAKE.south, BORDER_LNG, LAKE.north);
    const added = areaKm2(wet.geometry) - areaKm2(dry.geometry);
    expect(Math.abs(added - half) / half).toBeLessThan(0.02);
  });
});

describe('a depth measured to the bridge across a lake', () => {
  it('is noted when the reference line is nearest there only because of the bridge', () => {
    const west = lngPerKm(39.6) * 0.3; // 300 m west of the border, level with the lake's middle
    expect(
      depthBridgeNotes(refs, [BORDER_LNG - west, 39.6])
        .map(say)
        .join(' '),
    ).toMatch(/Border across lake: a straight bridge/);
    expect(depthBridgeNotes(refs, [BORDER_LNG - west, 39.7])).toEqual([]);
  });
});

describe('depth-band errors', () => {
  it('refuses a centre far from the border', () => {
    const r = derive({
      recipe: 'depth-band',
      params: { side: 'ARM', along: { center: [44, 39.7], lengthKm: 4 }, depthKm: 3 },
    });
    expect(r.shape).toBeNull();
    expect(r.error).toMatch(/along.center .* km from the reference border/);
  });

  it('refuses a lake that does not exist', () => {
    const r = derive({
      recipe: 'depth-band',
      params: { side: 'ARM', along: { center: [45.99, 39.7], lengthKm: 4 }, depthKm: 3, lakes: ['nowhere'] },
    });
    expect(r.error).toMatch(/no lake "nowhere"/);
  });
});

describe('position', () => {
  it('draws the point, and a circle of the radius around it (area πr², ±1%)', () => {
    const s = must({ recipe: 'position', params: { points: [[45.9, 39.7]], radiusKm: 2 } });
    expect(s.geometry).toEqual({ type: 'Point', coordinates: [45.9, 39.7] });
    expect(Math.abs(areaKm2(s.wide) - Math.PI * 4) / (Math.PI * 4)).toBeLessThan(0.01);
    expect(s.narrow).toBeUndefined();
  });

  it('says nothing of the bridge across a lake it does not use', () => {
    const s = must({ recipe: 'position', params: { points: [[BORDER_LNG, 39.6]], radiusKm: 1 } });
    expect(s.notes.join(' ')).not.toMatch(/bridge/);
  });

  it('draws narrow and wide circles for a radius range around every point', () => {
    const s = must({
      recipe: 'position',
      params: {
        points: [
          [45.9, 39.7],
          [45.8, 39.7],
        ],
        radiusKm: { narrow: 1, wide: 3 },
      },
    });
    expect(s.geometry.type).toBe('MultiPoint');
    expect(Math.abs(areaKm2(s.narrow) - 2 * Math.PI) / (2 * Math.PI)).toBeLessThan(0.01);
    expect(Math.abs(areaKm2(s.wide) - 18 * Math.PI) / (18 * Math.PI)).toBeLessThan(0.01);
  });
});

describe('alternative-boundary', () => {
  const dx = lngPerKm(39.7); // 1 km west

  it('gives Azerbaijan the land between a line bulging 1 km west and the border (independent area)', () => {
    const s = must({
      recipe: 'alternative-boundary',
      params: {
        line: [
          [BORDER_LNG, 39.65],
          [BORDER_LNG - dx, 39.66],
          [BORDER_LNG - dx, 39.74],
          [BORDER_LNG, 39.75],
        ],
      },
    });
    // A trapezoid 1 km wide: 0.08° of latitude at full width, plus two triangles of 0.01° × 1 km.
    const expected = 1 * (0.08 / latPerKm) + 2 * 0.5 * 1 * (0.01 / latPerKm);
    expect(Math.abs(areaKm2(s.transfers?.toAZE) - expected) / expected).toBeLessThan(0.015);
    expect(s.transfers?.toARM).toBeUndefined();
    expect(s.line?.type).toBe('LineString');
    expect(s.shares).toEqual([]);
    expect(s.notes.join(' ')).not.toMatch(/bridge/);
  });

  it('splits a line that crosses the border into land going each way', () => {
    const s = must({
      recipe: 'alternative-boundary',
      params: {
        line: [
          [BORDER_LNG, 39.65],
          [BORDER_LNG - dx, 39.67],
          [BORDER_LNG + dx, 39.71],
          [BORDER_LNG, 39.73],
        ],
      },
    });
    const toAZE = areaKm2(s.transfers?.toAZE);
    const toARM = areaKm2(s.transfers?.toARM);
    expect(toAZE).toBeGreaterThan(0.5);
    expect(toARM).toBeGreaterThan(0.5);
    expect(Math.abs(toAZE + toARM - areaKm2(s.geometry))).toBeLessThan(0.01);
  });

  it('puts the whole lake in Azerbaijan with a line around its Armenian shore', () => {
    const s = must({
      recipe: 'alternative-boundary',
      params: {
        line: [
          [BORDER_LNG, 39.59],
          [45.99, 39.59],
          [45.99, 39.61],
          [BORDER_LNG, 39.61],
        ],
      },
    });
    expect(s.shares?.[0]?.feature).toBe('lake');
    expect(s.shares?.[0]?.pct.AZE).toBeCloseTo(100, 5);
    expect(s.notes.join(' ')).toMatch(/Border across lake: a straight bridge .* an assumption of this map/);
  });

  it('refuses a line whose end is far from the border', () => {
    const r = derive({
      recipe: 'alternative-boundary',
      params: {
        line: [
          [BORDER_LNG, 39.65],
          [45.8, 39.7],
        ],
      },
    });
    expect(r.error).toMatch(/must start and end on the reference border/);
  });
});

describe('feature-share', () => {
  it('splits the lake 50/50 along the reference line', () => {
    const s = must({ recipe: 'feature-share', params: { feature: 'lake', side: 'ARM' } });
    expect(s.shares?.[0]?.pct.ARM).toBeCloseTo(50, 0);
    expect(s.shares?.[0]?.pct.AZE).toBeCloseTo(50, 0);
  });

  it('notes that the line across the lake is a straight bridge, an assumption of this map', () => {
    const s = must({ recipe: 'feature-share', params: { feature: 'lake', side: 'ARM' } });
    expect(s.notes.join(' ')).toMatch(
      /straight bridge between the shore points .* an assumption of this map/,
    );
  });

  it('follows a claimed line through the lake: 20% west of it (independent: width ratio)', () => {
    const cut = LAKE.west + 0.2 * (LAKE.east - LAKE.west);
    const s = must({
      recipe: 'feature-share',
      params: {
        feature: 'lake',
        side: 'AZE',
        line: [
          [BORDER_LNG, 39.59],
          [cut, 39.594],
          [cut, 39.606],
          [BORDER_LNG, 39.61],
        ],
      },
    });
    expect(s.shares?.[0]?.pct.ARM).toBeCloseTo(20, 0);
    expect(
      Math.abs(areaKm2(s.geometry) - sphericalBoxKm2(cut, LAKE.south, LAKE.east, LAKE.north)),
    ).toBeLessThan(0.01);
  });

  it('puts the north tenth of a square lake across a line at a tenth of its height (independent: box areas)', () => {
    // A straight line across the synthetic lake, as the 1975 sheet's line is drawn across Sev Lich; the share
    // expected is the ratio of two spherical box areas, computed from the fixture, not from the line's maker.
    const cut = LAKE.north - 0.1 * (LAKE.north - LAKE.south);
    const s = must({
      recipe: 'feature-share',
      params: {
        feature: 'lake',
        side: 'AZE',
        // Round the lake's east side, west along the cut, round its west side: Armenia (west of the reference
        // meridian) gets the lake south of the cut, Azerbaijan the north tenth.
        line: [
          [BORDER_LNG, 39.59],
          [LAKE.east + 0.002, 39.59],
          [LAKE.east + 0.002, cut],
          [LAKE.west - 0.002, cut],
          [LAKE.west - 0.002, 39.61],
          [BORDER_LNG, 39.61],
        ],
      },
    });
    const whole = sphericalBoxKm2(LAKE.west, LAKE.south, LAKE.east, LAKE.north);
    const north = sphericalBoxKm2(LAKE.west, cut, LAKE.east, LAKE.north);
    expect(s.shares?.[0]?.pct.AZE).toBeCloseTo((100 * north) / whole, 1);
    expect(Math.abs(areaKm2(s.geometry) - north)).toBeLessThan(0.005);
  });

  it('reports an unknown feature', () => {
    expect(derive({ recipe: 'feature-share', params: { feature: 'nowhere', side: 'ARM' } }).error).toMatch(
      /no lake "nowhere"/,
    );
  });
});

describe('given', () => {
  const cw: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [45.9, 39.7],
        [45.9, 39.71],
        [45.91, 39.71],
        [45.91, 39.7],
        [45.9, 39.7],
      ],
    ],
  };

  it('rewinds a clockwise outer ring to counter-clockwise, with a note', () => {
    const s = must({ recipe: 'given', params: { geometry: cw as never } });
    const ring = (s.geometry as Polygon).coordinates[0] ?? [];
    expect(ring).toEqual([...(cw.coordinates[0] ?? [])].reverse());
    expect(s.notes.join(' ')).toMatch(/winding repaired/);
  });

  it('keeps a correctly wound polygon and a point as they are, without notes', () => {
    const ccw = { ...cw, coordinates: [[...(cw.coordinates[0] ?? [])].reverse()] };
    const s = must({ recipe: 'given', params: { geometry: ccw as never } });
    expect(s.geometry).toEqual(ccw);
    expect(s.notes).toEqual([]);
    expect(
      must({ recipe: 'given', params: { geometry: { type: 'Point', coordinates: [46, 39] } } }).geometry,
    ).toEqual({
      type: 'Point',
      coordinates: [46, 39],
    });
  });
});
