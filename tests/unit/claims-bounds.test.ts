// The bounds on a claim's work: the case's region, position counts, the first-crossing check, the sampling
// step, the simplified border stretch and the browser's derivation budget.
import { readFileSync } from 'node:fs';
import { kinks } from '@turf/kinks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAll } from '../../src/app/derive_all';
import {
  MAX_POSITIONS_PER_CLAIM,
  MAX_POSITIONS_PER_FILE,
  scanPositions,
  withinFileBudget,
} from '../../src/claims/bounds';
import { deepestFromBorder, MAX_SAMPLES } from '../../src/claims/figures';
import { firstCrossing } from '../../src/claims/geo/crossings';
import { grownBox } from '../../src/claims/geo/clip';
import type { Lonlat } from '../../src/claims/geo/types';
import { bufferedStretch, MAX_STRETCH_VERTICES } from '../../src/claims/recipes/depth_band';
import { borderChains, referenceFromGeoJSON } from '../../src/claims/reference';
import { CASE_REGION, REGION_MARGIN_KM } from '../../src/claims/region';
import type { Claim } from '../../src/claims/schema/claim';

const geo = (f: string) => JSON.parse(readFileSync(`geo/out/${f}`, 'utf8'));
const refs = referenceFromGeoJSON(geo('land.geojson'), geo('border.geojson'), geo('lakes.geojson'));
const good = JSON.parse(readFileSync('tests/fixtures/claims/good.json', 'utf8')).claims as Claim[];

describe('the case region', () => {
  it('is the reference line’s box grown by the margin, rounded out to 0.1°', () => {
    const [w, s, e, n] = grownBox(refs.border, REGION_MARGIN_KM);
    const [rw, rs, re, rn] = CASE_REGION;
    expect(rw).toBeLessThanOrEqual(w);
    expect(rs).toBeLessThanOrEqual(s);
    expect(re).toBeGreaterThanOrEqual(e);
    expect(rn).toBeGreaterThanOrEqual(n);
    for (const d of [w - rw, s - rs, re - e, rn - n]) expect(d).toBeLessThan(0.1);
  });
});

describe('scanPositions', () => {
  it('counts positions at any depth and names the first outside the region', () => {
    const scan = scanPositions(
      {
        a: [
          [46, 40],
          [0, 0],
        ],
        b: { c: [[1, 1]] },
      },
      'p',
    );
    expect(scan).toEqual({ count: 3, outside: 2, first: { field: 'p.a[1]', at: [0, 0] } });
  });

  it('walks data nested deeper than the call stack goes', () => {
    let deep: unknown = [46, 40];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(scanPositions(deep, 'x').count).toBe(1);
  });

  it('keeps a file’s claims until their positions pass the file’s limit', () => {
    const claims = Array.from({ length: 25 }, (_, i) => ({
      claim: { id: `c${i}` },
      count: MAX_POSITIONS_PER_CLAIM,
    }));
    const problems: never[] = [];
    const kept = withinFileBudget(claims, problems);
    expect(kept).toHaveLength(MAX_POSITIONS_PER_FILE / MAX_POSITIONS_PER_CLAIM);
    expect(problems).toHaveLength(25 - kept.length);
    expect(problems[0]).toMatchObject({ where: 'c20', field: 'shape.params' });
  });
});

describe('firstCrossing', () => {
  const ring = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
      minLength: 3,
      maxLength: 9,
    })
    .map((pts) => [...pts, pts[0]!] as Lonlat[]);

  it('finds a crossing exactly when @turf/kinks finds one', () => {
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), (rings) => {
        const found = kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;
        expect(firstCrossing(rings) !== null).toBe(found);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the first of millions of crossings', () => {
    const zigzag = Array.from({ length: 4_999 }, (_, i) => [i % 2, i / 5_000] as Lonlat);
    expect(firstCrossing([[...zigzag, zigzag[0]!]])).not.toBeNull();
  });
});

describe('bounded sampling and buffering', () => {
  it('samples a long outline at a longer step, and says so', () => {
    const long: Lonlat[] = [
      [44.5, 38.6],
      [46.9, 41.5],
      [44.5, 41.5],
      [44.5, 38.6],
    ];
    const deepest = deepestFromBorder({ type: 'Polygon', coordinates: [long] }, borderChains(refs).lines);
    expect(deepest.sampledEveryKm).toBeGreaterThan(0.05);
    const short = deepestFromBorder({ type: 'Point', coordinates: [46.2, 39.6] }, borderChains(refs).lines);
    expect(short.sampledEveryKm).toBeUndefined();
    expect(MAX_SAMPLES).toBeLessThanOrEqual(5_000);
  });

  it('buffers a long stretch of border simplified to a few dozen vertices, a short one as it is', () => {
    const chain = borderChains(refs).lines[0]!;
    const long = bufferedStretch(chain.slice(0, 500), 100);
    expect(long.line.length).toBeLessThanOrEqual(MAX_STRETCH_VERTICES);
    expect(long.toleranceKm).toBeGreaterThanOrEqual(2);
    const short = chain.slice(0, 20);
    expect(bufferedStretch(short, 3.5)).toEqual({ line: short, toleranceKm: 0 });
  });
});

describe('the browser’s derivation budget', () => {
  it('leaves the shapes out once the budget is spent, and keeps the claims', () => {
    let t = 0;
    const now = () => (t += 1_000); // every look at the clock: a second later
    const g = deriveAll(good, refs, { budgetMs: 1_500, now });
    expect(g.shapes.has('arm-advance')).toBe(true);
    const late = deriveAll([good[1]!, { ...good[0]!, id: 'late' }, good[0]!], refs, { budgetMs: 500, now });
    expect(late.errors.get('late')).toEqual({ key: 'errNotDrawn', s: 0.5 });
    expect(late.shapes.size).toBe(0);
  });
});
