// inlineSourceData: the page fetches the map's GeoJSON before the map exists; a file that fails leaves its
// source empty and says which, and the rest of the style is untouched.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGeoJson, inlineSourceData } from '../../src/map/inline_data';

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
  it('puts each fetched file into its source, and leaves a failed one empty with a problem naming it', async () => {
    const asked: string[] = [];
    const { style: out, problems } = await inlineSourceData(style, async (url) => {
      asked.push(url);
      if (url.endsWith('missing.geojson')) throw new Error('HTTP 404');
      return fc;
    });
    expect(asked.sort()).toEqual(['http://127.0.0.1/a.geojson', 'http://127.0.0.1/missing.geojson']);
    expect(out.sources.a).toEqual({ type: 'geojson', data: fc, attribution: 'A' });
    expect(out.sources.b).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    expect(out.sources.given).toBe(style.sources.given);
    expect(out.sources.tiles).toBe(style.sources.tiles);
    expect(out.layers).toBe(style.layers);
    expect(problems).toEqual(['the map data missing.geojson could not load (HTTP 404): "b" is left empty']);
    // The style it was given is not changed.
    expect(style.sources.a).toMatchObject({ data: 'http://127.0.0.1/a.geojson' });
  });
});

describe('fetchGeoJson', () => {
  const serve = (body: string, status = 200) =>
    vi.stubGlobal('fetch', async () => new Response(body, { status }));
  afterEach(() => vi.unstubAllGlobals());

  it('reads a GeoJSON object', async () => {
    serve(JSON.stringify(fc));
    expect(await fetchGeoJson('http://127.0.0.1/a.geojson')).toEqual(fc);
  });

  it('says why a file is refused: HTTP status, not JSON, not an object', async () => {
    serve('gone', 404);
    await expect(fetchGeoJson('http://127.0.0.1/a.geojson')).rejects.toThrow('HTTP 404');
    serve('{"type": ');
    await expect(fetchGeoJson('http://127.0.0.1/a.geojson')).rejects.toThrow('not JSON');
    serve('[1, 2]');
    await expect(fetchGeoJson('http://127.0.0.1/a.geojson')).rejects.toThrow('not a GeoJSON object');
  });
});
