// The check of the map's own GeoJSON files (map_data_check.ts): the real files pass untouched; every hostile
// map file of the corpus (tests/fixtures/hostile/map-files.ts), fetched and checked as the page does it, gives
// the notice naming the file, the feature and the reason, and keeps the valid features.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fill, type MessageKey } from '../../src/i18n/messages';
import { CATALOGUE } from '../catalogues';
import { buildBaseStyle, type BaseDataUrls } from '../../src/map/base_style';
import { withClaimLayers } from '../../src/map/claim_map';
import { inlineSourceData, unknownClaimFeatures } from '../../src/map/inline_data';
import {
  BASE_MAP_REGION,
  checkMapData,
  CLAIM_FEATURE_REGION,
  MAP_FILE_MAX_FEATURES,
  MAP_TEXT_MAX,
} from '../../src/map/map_data_check';
import { MAX_DERIVED_POSITIONS } from '../../src/app/precomputed_check';
import { MAP_FILE_ATTACKS } from '../fixtures/hostile/map-files';

const read = (f: string) => readFileSync(`geo/out/${f}`, 'utf8');
const point = (coordinates: unknown, properties: unknown = {}) =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties }) as Feature;
const fcOf = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const region = CLAIM_FEATURE_REGION;
const text = (n: { key: MessageKey; params?: Record<string, string | number> }) =>
  fill(CATALOGUE.en[n.key], n.params);

describe('checkMapData', () => {
  it('passes the real map files untouched', () => {
    const files = ['land', 'border', 'syunik', 'lakes', 'places'].map((f) => `${f}.geojson`);
    for (const f of files) {
      const data = JSON.parse(read(f));
      expect(checkMapData(data, f, { region: BASE_MAP_REGION }), f).toEqual({
        data,
        notices: [],
        changed: false,
      });
    }
    for (const f of ['armenia', 'azerbaijan', 'third', 'overlap'].map((g) => `claim-features/${g}.geojson`)) {
      const data = JSON.parse(read(f));
      expect(checkMapData(data, f, { region }), f).toEqual({ data, notices: [], changed: false });
    }
  });

  it('names the field of a fault deep in a geometry, after good parts before it', () => {
    const ring = [
      [46.1, 39.5],
      [46.2, 39.5],
      [46.2, 39.6],
      [46.1, 39.5],
    ];
    const badRing = [...ring.slice(0, 2), [60, 39.6], ring[3]];
    const multi = (coordinates: unknown) => ({
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates },
      properties: {},
    });
    const out = checkMapData(
      fcOf(multi([[ring], [ring, ring]]), multi([[ring], [ring, badRing]]), multi([[ring, [ring[0], 'x']]])),
      'f.geojson',
      { region },
    );
    expect(out.data.features).toHaveLength(1);
    expect(out.notices.map((n) => [n.key, n.params?.at, n.params?.found])).toEqual([
      ['mapFeaturesOutside', 'features[1].geometry.coordinates[1][1][2]', '[60, 39.6]'],
      ['mapFeaturesMalformed', 'features[2].geometry.coordinates[0][1]', undefined],
    ]);
  });

  it('refuses what is not a FeatureCollection', () => {
    for (const data of [null, [], 'x', { type: 'Feature' }, { type: 'FeatureCollection', features: {} }])
      expect(checkMapData(data, 'f.geojson', { region })).toEqual({
        data: { type: 'FeatureCollection', features: [] },
        notices: [{ key: 'mapFileNotCollection', params: { file: 'f.geojson' } }],
        changed: true,
      });
  });

  it('leaves out each bad feature, one notice per reason naming the first, and keeps the rest', () => {
    const good = point([46.2, 39.6], { claimId: 'a' });
    const line = (n: number) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: Array.from({ length: n }, () => [46.2, 39.6]) },
    });
    const data = fcOf(
      good,
      { type: 'Feature', geometry: { type: 'Circle', coordinates: [46, 39] } },
      'not a feature',
      point([46.2, 'x']),
      point([46.2, 39.6, 1, 2]),
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [46, 39],
              [46.1, 39],
              [46, 39],
            ],
          ],
        },
      },
      point([120, 10]),
      point([NaN, 39]),
      point([46.2, 39.6], { label: 'x'.repeat(MAP_TEXT_MAX + 1) }),
      point([46.2, 39.6], { nested: { deep: 'x'.repeat(MAP_TEXT_MAX) } }),
      line(MAX_DERIVED_POSITIONS + 1),
      line(2),
      point([121, 10]),
    );
    const out = checkMapData(data, 'f.geojson', { region });
    expect(out.data.features).toEqual([good, line(2)]);
    expect(out.notices.map(text)).toEqual([
      'Map data f.geojson: features left out: 4, not valid GeoJSON features (the first: features[1].geometry.type).',
      'Map data f.geojson: features left out: 2, with positions that are not numbers (the first: features[3].geometry.coordinates).',
      "Map data f.geojson: features left out: 2, with positions outside the map's region, longitude 43.25 to 48.15, latitude 37.6 to 42.5 (the first: features[6].geometry.coordinates, [120, 10]).",
      'Map data f.geojson: features left out: 2, with a text longer than 2000 characters (the first: features[8].properties["label"], 2001 characters).',
      `Map data f.geojson: features left out: 1, with more than ${MAX_DERIVED_POSITIONS} positions each (the first: features[10].geometry.coordinates[${MAX_DERIVED_POSITIONS}]).`,
    ]);
  });

  it('keeps features up to the file’s caps on features and positions', () => {
    const many = fcOf(...Array.from({ length: MAP_FILE_MAX_FEATURES + 2 }, () => point([46.2, 39.6])));
    const out = checkMapData(many, 'f.geojson', { region });
    expect(out.data.features).toHaveLength(MAP_FILE_MAX_FEATURES);
    expect(out.notices).toEqual([
      expect.objectContaining({
        key: 'mapFeaturesOverBudget',
        params: expect.objectContaining({ n: 2, at: `features[${MAP_FILE_MAX_FEATURES}]` }),
      }),
    ]);
    const few = checkMapData(fcOf(point([46, 39]), point([46, 39]), point([46, 39])), 'f', {
      region,
      maxPositions: 2,
    });
    expect(few.data.features).toHaveLength(2);
  });

  it('checks a feature list of a million entries in linear time, without a stack', () => {
    const data = { type: 'FeatureCollection', features: new Array(1_000_000).fill(0) };
    const out = checkMapData(data, 'f.geojson', { region });
    expect(out.data.features).toEqual([]);
    expect(out.notices.map((n) => n.params?.n)).toEqual([1_000_000]);
  });
});

describe('unknownClaimFeatures', () => {
  it('names the claim features and overlaps whose claims are not in the claims data', () => {
    const urls = {
      armenia: 'http://x/assets/armenia-1.geojson',
      overlap: 'http://x/assets/overlap-2.geojson',
    };
    const style = withClaimLayers(buildBaseStyle({} as BaseDataUrls), {});
    const withData = (id: string, data: FeatureCollection) =>
      (style.sources[id] = { type: 'geojson', data }) as unknown;
    withData(
      'claims-armenia',
      fcOf(point([46, 39], { claimId: 'a' }), point([46, 39], { claimId: 'z' })) as FeatureCollection,
    );
    withData(
      'claims-overlap',
      fcOf(point([46, 39], { a: 'a', b: 'b' }), point([46, 39], { a: 'a', b: 7 })) as FeatureCollection,
    );
    expect(unknownClaimFeatures(style, new Set(['a', 'b']), urls).map(text)).toEqual([
      'Map data armenia-1.geojson: features left out: 1, drawing claims that are not in the claims data (the first: features[1], claim "z").',
      'Map data overlap-2.geojson: features left out: 1, drawing claims that are not in the claims data (the first: features[1], claim –).',
    ]);
    expect(unknownClaimFeatures(style, new Set(['a', 'b', 'z']), urls)).toHaveLength(1);
  });
});

describe('the hostile map files, fetched and checked as the page does', () => {
  afterEach(() => vi.unstubAllGlobals());
  const names = ['land', 'border', 'syunik', 'lakes', 'places', 'countryLabels', 'borderLabels'];
  const urls = Object.fromEntries(
    names.map((n) => [n, `http://x/assets/${n}.geojson`]),
  ) as unknown as BaseDataUrls;
  const featureUrls = Object.fromEntries(
    ['armenia', 'azerbaijan', 'third', 'overlap'].map((g) => [
      g,
      `http://x/assets/claim-features/${g}.geojson`,
    ]),
  );
  const realText = (url: string) => {
    const name = url.replace('http://x/assets/', '');
    if (name === 'countryLabels.geojson') return readFileSync('geo/labels/countries.geojson', 'utf8');
    if (name === 'borderLabels.geojson') return readFileSync('geo/labels/border-labels.geojson', 'utf8');
    return read(name);
  };
  const claimIds = new Set(
    (JSON.parse(read('claim-shapes.json')).checked.claims as { id: string }[]).map((c) => c.id),
  );
  const featuresOf = (style: StyleSpecification, id: string) =>
    (style.sources[id] as { data: FeatureCollection }).data.features;

  it('loads the real files without a notice', async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(realText(url)));
    const { notices, changed, style } = await inlineSourceData(
      withClaimLayers(buildBaseStyle(urls), featureUrls),
    );
    expect(notices).toEqual([]);
    expect(changed).toEqual([]);
    expect(unknownClaimFeatures(style, claimIds, featureUrls)).toEqual([]);
  });

  for (const attack of MAP_FILE_ATTACKS) {
    it(`${attack.file}: ${attack.attacks}`, { timeout: 60_000 }, async () => {
      const hostile = attack.make(read(attack.file));
      vi.stubGlobal(
        'fetch',
        async (url: string) => new Response(url.endsWith(attack.file) ? hostile : realText(url)),
      );
      const { notices, style } = await inlineSourceData(withClaimLayers(buildBaseStyle(urls), featureUrls));
      const all = [...notices, ...unknownClaimFeatures(style, claimIds, featureUrls)];
      const notice = all.find((n) => n.key === attack.notice);
      expect(notice, JSON.stringify(all).slice(0, 500)).toBeDefined();
      expect(notice!.params?.file).toBe(attack.file.split('/').pop());
      if (attack.at)
        expect(String(notice!.params?.at)).toMatch(
          new RegExp(`^features\\[\\d+\\]\\.${attack.at.replace(/[[\]]/g, '\\$&')}$`),
        );
      // Every other file is whole, and the attacked one keeps its valid features (or is left out whole).
      for (const [id, source] of Object.entries(style.sources)) {
        if (source.type !== 'geojson' || id.startsWith('claims-labels') || id === 'claims-highlight')
          continue;
        expect(featuresOf(style, id).length, id).toBeLessThanOrEqual(MAP_FILE_MAX_FEATURES);
      }
      if (attack.file === 'places.geojson')
        expect(featuresOf(style, 'places')).toHaveLength(JSON.parse(read('places.geojson')).features.length);
    });
  }
});
