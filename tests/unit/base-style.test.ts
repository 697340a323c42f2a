import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  buildBaseStyle,
  CLAIMS_BELOW_LAYER,
  REFERENCE_GROUPS,
  type BaseDataUrls,
} from '../../src/map/base_style';

const urls: BaseDataUrls = {
  land: 'http://127.0.0.1/land.geojson',
  border: 'http://127.0.0.1/border.geojson',
  syunik: 'http://127.0.0.1/syunik.geojson',
  lakes: 'http://127.0.0.1/lakes.geojson',
  places: 'http://127.0.0.1/places.geojson',
  countryLabels: 'http://127.0.0.1/countries.geojson',
  borderLabels: 'http://127.0.0.1/border-labels.geojson',
};

describe('buildBaseStyle', () => {
  const style = buildBaseStyle(urls);
  const layerIds = style.layers.map((l) => l.id);

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyph server, sprite or remote source: everything comes from the given URLs', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    // Two are computed from others' data: the bridges from the border's (withBorderBridges), the lakes' label
    // points from the lakes' (withLakeLabels).
    const computed = ['border-bridges', 'lake-labels'];
    const data = Object.entries(style.sources)
      .filter(([id]) => !computed.includes(id))
      .map(([, s]) => ('data' in s ? s.data : undefined));
    expect(data.sort()).toEqual(Object.values(urls).sort());
    for (const id of computed)
      expect(style.sources[id]).toEqual({
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      });
  });

  it('names every layer of each reference group, and the layer claims go below', () => {
    for (const ids of Object.values(REFERENCE_GROUPS)) for (const id of ids) expect(layerIds).toContain(id);
    expect(layerIds).toContain(CLAIMS_BELOW_LAYER);
  });

  it('draws the border above the province outline and lakes, and labels above all fills', () => {
    const at = (id: string) => layerIds.indexOf(id);
    expect(at('border-line')).toBeGreaterThan(at('syunik-line'));
    expect(at('border-line')).toBeGreaterThan(at('lakes-fill'));
    expect(at('place-labels')).toBeGreaterThan(at('border-line'));
  });

  it('credits OpenStreetMap, Natural Earth and GeoNames in the source attributions', () => {
    const text = Object.values(style.sources)
      .map((s) => ('attribution' in s ? s.attribution : ''))
      .join(' ');
    expect(text).toMatch(/OpenStreetMap contributors/);
    expect(text).toMatch(/Natural Earth/);
    expect(text).toMatch(/GeoNames/);
  });

  it('is pure: the same URLs give the same style', () => {
    expect(buildBaseStyle(urls)).toEqual(style);
  });
});
