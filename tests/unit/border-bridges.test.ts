import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bridgeFeatures, withBorderBridges } from '../../src/map/border_bridges';
import { buildBaseStyle } from '../../src/map/base_style';
import { featureBounds, readClaimBounds } from '../../src/map/claim_bounds';
import { cardShape, shareText } from '../../src/app/card_model';
import { phrase } from '../../src/i18n/phrases';
import { EN_ALL } from '../../src/i18n/english';
import { sayPhrase } from '../../src/i18n/say_phrase';
import { emptyGeometry } from '../../src/app/claim_geometry';
import { mergeClaimFiles } from '../../src/app/claim_files';
import { wordsFor } from '../../src/i18n/words';
import ruMessages from '../../src/i18n/ru';
import { enDetails as en } from '../../src/i18n/details';
import { referenceFromGeoJSON, referenceLakeParts } from '../../src/claims/reference';
import { sharesPct } from '../../src/claims/geo/lake_sides';

const read = (f: string) => JSON.parse(readFileSync(`geo/out/${f}`, 'utf8')) as FeatureCollection;
const border = read('border.geojson');
const lakes = read('lakes.geojson');
const sevLich = lakes.features.find((f) => f.properties?.['id'] === 'sev-lich')?.geometry as Polygon;

/** Even-odd ray test, written here so the check does not lean on the code under test. */
function inRing([x = 0, y = 0]: number[], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('the reference line bridged across Sev Lich', () => {
  const bridges = bridgeFeatures(border).features;
  const acrossLake = bridges.filter((b) => {
    const [[x1 = 0, y1 = 0] = [], [x2 = 0, y2 = 0] = []] = b.geometry.coordinates;
    return inRing([(x1 + x2) / 2, (y1 + y2) / 2], sevLich.coordinates[0] ?? []);
  });

  it('is one straight segment between two points of the lake shore', () => {
    expect(acrossLake).toHaveLength(1);
    const shore = (sevLich.coordinates[0] ?? []).map((p) => p.join(','));
    for (const end of acrossLake[0]?.geometry.coordinates ?? []) expect(shore).toContain(end.join(','));
  });

  it('fills the map style from the inlined border data, and is empty without it', () => {
    const style = buildBaseStyle({
      land: 'l',
      border: 'b',
      syunik: 's',
      lakes: 'k',
      places: 'p',
      countryLabels: 'c',
      borderLabels: 'x',
    });
    const empty = withBorderBridges(style).sources['border-bridges'];
    expect(empty).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    const inlined = {
      ...style,
      sources: { ...style.sources, border: { type: 'geojson' as const, data: border } },
    };
    const filled = withBorderBridges(inlined).sources['border-bridges'];
    expect(filled?.type === 'geojson' && (filled.data as FeatureCollection).features.length).toBe(
      bridges.length,
    );
    expect(bridgeFeatures({ type: 'Feature' }).features).toEqual([]);
    expect(bridgeFeatures('nonsense').features).toEqual([]);
  });
});

describe('the claims the first view frames', () => {
  /** Every position of a geometry. */
  const coords = (g: Geometry | null): number[][] => {
    const out: number[][] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    if (g && g.type !== 'GeometryCollection') walk(g.coordinates);
    return out;
  };

  it('geo/out/claim-bounds.json holds every drawn claim, and is no larger than they are', () => {
    const bounds = readClaimBounds(JSON.parse(readFileSync('geo/out/claim-bounds.json', 'utf8')));
    expect(bounds).not.toBeNull();
    const [[w, s], [e, n]] = bounds!;
    const all = readdirSync('geo/out/claim-features')
      .filter((f) => f !== 'overlap.geojson')
      .flatMap((f) => read(`claim-features/${f}`).features.flatMap((x) => coords(x.geometry)));
    expect(all.length).toBeGreaterThan(0);
    for (const [x = 0, y = 0] of all) {
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    const xs = all.map((p) => p[0] ?? 0);
    const ys = all.map((p) => p[1] ?? 0);
    expect(Math.min(...xs) - w).toBeLessThan(1e-4);
    expect(n - Math.max(...ys)).toBeLessThan(1e-4);
  });

  it('bounds features, and reads only well-formed bounds', () => {
    expect(featureBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [46.1, 39.5] } },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [46.2, 39.7],
              [45.9, 39.6],
            ],
          },
        },
      ],
    };
    expect(featureBounds(fc)).toEqual([
      [45.9, 39.5],
      [46.2, 39.7],
    ]);
    expect(
      readClaimBounds({
        bounds: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    for (const bad of [
      null,
      {},
      {
        bounds: [
          [3, 2],
          [1, 4],
        ],
      },
      { bounds: [[1, 2]] },
      {
        bounds: [
          ['1', 2],
          [3, 4],
        ],
      },
    ])
      expect(readClaimBounds(bad)).toBeNull();
  });
});

describe('lake shares on a card', () => {
  it("state the reference line's share of Sev Lich on this map as it is computed", () => {
    const refs = referenceFromGeoJSON(read('land.geojson'), border, lakes);
    const aze = Math.round(sharesPct(referenceLakeParts(refs, 'sev-lich')).AZE);
    expect(en.shareCaveat).toContain(`gives Azerbaijan about ${aze}% of Sev Lich`);
  });

  it('are whole percent, marked approximate', () => {
    expect(shareText({ ARM: 42.6, AZE: 57.4 })).toBe('Armenia ≈43%, Azerbaijan ≈57%');
  });
});

describe('the bridge note in the reader’s language', () => {
  it('is said in the card’s language, as every other note', () => {
    const claim = mergeClaimFiles([['good.json', readFileSync('tests/fixtures/claims/good.json', 'utf8')]])
      .claims[0]!;
    const other = phrase('phBandCentre', { km: 0.371 });
    const geometry = emptyGeometry();
    geometry.shapes.set(claim.id, {
      geometry: { type: 'Point', coordinates: [46.2, 39.6] },
      assumptions: [],
      notes: [phrase('bridgeNote', { lake: 'sev-lich', km: 1.88, n: 5 }), other],
    } as never);
    const en = cardShape(claim, geometry, EN_ALL)!.notes;
    expect(en).toEqual([
      "Border across Sev Lich: a straight bridge between the shore points (1.88 km), an assumption of this map. The lake's outline is a 5-vertex gap in the land data, not a surveyed shore, and this shape and its figures use both.",
      'The centre is 0.37 km from the reference border.',
    ]);
    const ru = cardShape(claim, geometry, wordsFor('ru', ruMessages, sayPhrase))!.notes;
    expect(ru[0]).toBe(
      'Граница через озеро Сев Лич: прямой мост между точками берега (1,88 км), допущение этой карты. Контур озера — пробел в данных о суше (вершин: 5), а не снятый берег; эта фигура и её цифры опираются на то и другое.',
    );
    expect(ru[1]).toBe('Центр находится в 0,37 км от опорной границы.');
  });
});
