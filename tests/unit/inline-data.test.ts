// inlineSourceData: the page fetches the map's GeoJSON before the map exists, and checks it; a file that fails
// leaves its source empty and says which, and the rest of the style is untouched.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGeoJson, inlineSourceData, MapFileError } from '../../src/map/inline_data';
import { MAP_FILE_MAX_BYTES } from '../../src/map/map_data_check';

const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [46, 39] }, properties: {} }],
};

const style: StyleSpecification = {
  version: 8,
  sources: {
    a: { type: 'geojson', data: 'http://127.0.0.1/a.geojson', attribution: 'A' },
    b: { type: 'geojson', data: 'http://127.0.0.1/missing.geojson' },
    given: { type: 'geojson', data: fc },
    tiles: { type: 'raster', tiles: ['http://127.0.0.1/{z}/{x}/{y}.png'] },
  },
  layers: [{ id: 'dots', type: 'circle', source: 'a' }],
};

describe('inlineSourceData', () => {
  it('puts each fetched file into its source, and leaves a failed one empty with a notice naming it', async () => {
    const asked: string[] = [];
    const {
      style: out,
      notices,
      changed,
    } = await inlineSourceData(style, async (url) => {
      asked.push(url);
      if (url.endsWith('missing.geojson'))
        throw new MapFileError((file) => ({ key: 'mapFileHttp', params: { file, status: '404' } }));
      return fc;
    });
    expect(asked.sort()).toEqual(['http://127.0.0.1/a.geojson', 'http://127.0.0.1/missing.geojson']);
    expect(out.sources.a).toEqual({ type: 'geojson', data: fc, attribution: 'A' });
    expect(out.sources.b).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    expect(out.sources.given).toBe(style.sources.given);
    expect(out.sources.tiles).toBe(style.sources.tiles);
    expect(out.layers).toBe(style.layers);
    expect(notices).toEqual([{ key: 'mapFileHttp', params: { file: 'missing.geojson', status: '404' } }]);
    expect(changed).toEqual(['b']);
    // The style it was given is not changed.
    expect(style.sources.a).toMatchObject({ data: 'http://127.0.0.1/a.geojson' });
  });

  it('checks what it fetched: the features that fail are left out, with a notice', async () => {
    const far = { ...fc.features[0]!, geometry: { type: 'Point' as const, coordinates: [2.35, 48.85] } };
    const {
      style: out,
      notices,
      changed,
    } = await inlineSourceData(style, async (url) =>
      url.endsWith('a.geojson') ? { ...fc, features: [far, ...fc.features] } : fc,
    );
    expect(out.sources.a).toMatchObject({ data: fc });
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'mapFeaturesOutside',
        params: expect.objectContaining({ file: 'a.geojson', n: 1, at: 'features[0].geometry.coordinates' }),
      }),
    ]);
    expect(changed).toEqual(['a']);
  });
});

describe('fetchGeoJson', () => {
  const serve = (body: string, status = 200, headers: Record<string, string> = {}) =>
    vi.stubGlobal('fetch', async () => new Response(body, { status, headers }));
  afterEach(() => vi.unstubAllGlobals());
  const noticeOf = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => (e instanceof MapFileError ? e.notice('a.geojson') : e),
    );

  it('reads JSON, with or without a stated length', async () => {
    serve(JSON.stringify(fc));
    expect(await fetchGeoJson('http://127.0.0.1/a.geojson')).toEqual(fc);
    serve(JSON.stringify(fc), 200, { 'content-length': String(JSON.stringify(fc).length) });
    expect(await fetchGeoJson('http://127.0.0.1/a.geojson')).toEqual(fc);
  });

  it('says why a file is refused: HTTP status, not JSON, too large (by its length, or counted)', async () => {
    serve('gone', 404);
    expect(await noticeOf(fetchGeoJson('x'))).toEqual({
      key: 'mapFileHttp',
      params: { file: 'a.geojson', status: '404' },
    });
    serve('{"type": ');
    expect(await noticeOf(fetchGeoJson('x'))).toEqual({
      key: 'mapFileNotJson',
      params: { file: 'a.geojson' },
    });
    serve('{}', 200, { 'content-length': String(MAP_FILE_MAX_BYTES + 1) });
    expect(await noticeOf(fetchGeoJson('x'))).toEqual({
      key: 'mapFileTooLarge',
      params: { file: 'a.geojson', max: 8 },
    });
    serve(`{"a": "${'x'.repeat(MAP_FILE_MAX_BYTES)}"}`);
    expect(await noticeOf(fetchGeoJson('x'))).toMatchObject({ key: 'mapFileTooLarge' });
    // A compressed body's stated length is not its own: it is counted as it comes all the same.
    serve(`{"a": "${'x'.repeat(MAP_FILE_MAX_BYTES)}"}`, 200, {
      'content-length': '10',
      'content-encoding': 'gzip',
    });
    expect(await noticeOf(fetchGeoJson('x'))).toMatchObject({ key: 'mapFileTooLarge' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await noticeOf(fetchGeoJson('x'))).toEqual({
      key: 'mapFileUnreadable',
      params: { file: 'a.geojson', reason: '"Failed to fetch"' },
    });
  });
});
