// setVisibleClaims and setReferenceVisible against a stand-in for MapLibre's style setters: MapLibre re-tiles a
// layer's whole source on every layout or filter change, so a change that changes nothing must not reach it,
// and a party toggle changes paint (opacity) only, but for its labels.
import { readFileSync } from 'node:fs';
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildBaseStyle, REFERENCE_GROUPS, type BaseDataUrls } from '../../src/map/base_style';
import { mergeClaimFiles } from '../../src/app/claim_files';
import type { Claim } from '../../src/claims/schema/claim';
import { claimFeatures, MAX_LABELLED_CLAIMS } from '../../src/map/claim_features';
import {
  setReferenceVisible,
  setVisibleClaims,
  withClaimLabels,
  withClaimLayers,
  withHiddenLayers,
  withoutClaimData,
} from '../../src/map/claim_map';
import { buildClaimLayers, claimLayerId, CLAIM_PARTS, OVERLAP_LAYER } from '../../src/map/claim_style';

const urls = Object.fromEntries(
  ['land', 'border', 'syunik', 'lakes', 'places', 'countryLabels', 'borderLabels'].map((k) => [
    k,
    `http://127.0.0.1/${k}.geojson`,
  ]),
) as unknown as BaseDataUrls;

/**
 * The style getters and setters of a map loaded with the app's layers, as MapLibre answers them: a layer's
 * visibility reads undefined until something sets it, and its filter reads as the style gave it.
 */
function fakeMap() {
  const layers = new Map<
    string,
    { visibility?: string; filter?: FilterSpecification; paint: Record<string, unknown> }
  >();
  for (const l of [...buildBaseStyle(urls).layers, ...buildClaimLayers()] as LayerSpecification[]) {
    const layout = 'layout' in l ? (l.layout as { visibility?: string } | undefined) : undefined;
    layers.set(l.id, {
      visibility: layout?.visibility,
      filter: 'filter' in l ? structuredClone(l.filter) : undefined,
      paint: { ...('paint' in l ? l.paint : {}) },
    });
  }
  const calls: string[] = [];
  const layer = (id: string) => {
    const l = layers.get(id);
    if (!l) throw new Error(`no layer ${id}`);
    return l;
  };
  const map = {
    getLayoutProperty: (id: string, name: string) =>
      name === 'visibility' ? layer(id).visibility : undefined,
    setLayoutProperty: (id: string, name: string, value: string) => {
      calls.push(`${id} ${name}=${value}`);
      if (name === 'visibility') layer(id).visibility = value;
    },
    getPaintProperty: (id: string, name: string) => layer(id).paint[name],
    setPaintProperty: (id: string, name: string, value: unknown) => {
      calls.push(`${id} ${name}=${String(value)}`);
      layer(id).paint[name] = value;
    },
    getFilter: (id: string) => structuredClone(layer(id).filter),
    setFilter: (id: string, filter: FilterSpecification | null) => {
      calls.push(`${id} filter`);
      layer(id).filter = filter ?? undefined;
    },
  };
  return { map: map as unknown as MapLibreMap, calls };
}

const groups = new Map([
  ['armenia', ['am-1', 'am-2']],
  ['azerbaijan', ['az-1']],
  ['third', ['un-1']],
]);
const all = new Set(['am-1', 'am-2', 'az-1', 'un-1']);
const options = { overlap: true };

describe('setVisibleClaims and setReferenceVisible', () => {
  it('leave a freshly loaded style alone when everything is shown, as it is at first', () => {
    const { map, calls } = fakeMap();
    setVisibleClaims(map, all, groups, options);
    for (const group of Object.keys(REFERENCE_GROUPS) as (keyof typeof REFERENCE_GROUPS)[])
      setReferenceVisible(map, group, true);
    expect(calls).toEqual([]);
  });

  it("hide a party by its layers' opacity (its labels by visibility) and the overlap's, and nothing else", () => {
    const { map, calls } = fakeMap();
    const opacities = (id: string) =>
      Object.keys((buildClaimLayers().find((l) => l.id === id) as { paint: object }).paint).filter((p) =>
        p.endsWith('opacity'),
      );
    setVisibleClaims(map, new Set(['am-1', 'am-2', 'un-1']), groups, options);
    const hidden = [...CLAIM_PARTS.map((p) => claimLayerId('azerbaijan', p)), OVERLAP_LAYER];
    expect(calls.sort()).toEqual(
      hidden
        .flatMap((id) =>
          id.endsWith('-label') ? [`${id} visibility=none`] : opacities(id).map((p) => `${id} ${p}=0`),
        )
        .sort(),
    );
    // Only the label layer's source is re-tiled: no other layout or filter change.
    expect(calls.filter((c) => c.includes('visibility') || c.endsWith('filter'))).toEqual([
      `${claimLayerId('azerbaijan', 'label')} visibility=none`,
    ]);
    calls.length = 0;
    setVisibleClaims(map, new Set(['am-1', 'am-2', 'un-1']), groups, options);
    expect(calls).toEqual([]); // the same state again: no call
    setVisibleClaims(map, all, groups, options);
    const shownAgain = new Map(calls.map((c) => c.split('=') as [string, string]));
    expect(shownAgain.get(`${claimLayerId('azerbaijan', 'fill-given')} fill-opacity`)).toBe('0.3');
    expect(shownAgain.get(`${claimLayerId('azerbaijan', 'label')} visibility`)).toBe('visible');
    expect([...shownAgain.values()]).not.toContain('0');
    expect(calls.filter((c) => c.endsWith('filter'))).toEqual([]);
  });

  it('filter by id only the party that is partly shown, and the overlap', () => {
    const { map, calls } = fakeMap();
    setVisibleClaims(map, new Set(['am-1', 'az-1', 'un-1']), groups, options);
    expect(calls.sort()).toEqual(
      [...CLAIM_PARTS.map((p) => `${claimLayerId('armenia', p)} filter`), `${OVERLAP_LAYER} filter`].sort(),
    );
    expect(JSON.stringify(map.getFilter(claimLayerId('armenia', 'fill-given')))).toContain('"am-1"');
    expect(JSON.stringify(map.getFilter(claimLayerId('armenia', 'fill-given')))).not.toContain('"am-2"');
  });

  it('hide the reference layers of a group, and show them again', () => {
    const { map, calls } = fakeMap();
    setReferenceVisible(map, 'places', false);
    expect(calls).toEqual(REFERENCE_GROUPS.places.map((id) => `${id} visibility=none`));
    setReferenceVisible(map, 'places', true);
    expect(calls.slice(REFERENCE_GROUPS.places.length)).toEqual(
      REFERENCE_GROUPS.places.map((id) => `${id} visibility=visible`),
    );
  });
});

describe('claimFeatures labels', () => {
  const claims = mergeClaimFiles([
    ['good.json', readFileSync('tests/fixtures/claims/good.json', 'utf8')],
  ]).claims;
  const point = { type: 'Point' as const, coordinates: [46.2, 39.6] };
  const shapes = (list: readonly Claim[]) => new Map(list.map((c) => [c.id, { geometry: point }]));
  const shaped = claims.filter((c) => c.shape);

  it('label each claim with its claimant while there are few', () => {
    const fc = claimFeatures(shaped, shapes(shaped));
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features)
      expect(f.properties.label).toBe(shaped.find((c) => c.id === f.properties.claimId)!.claimant);
  });

  it('label none once there are more than MAX_LABELLED_CLAIMS', () => {
    const many = Array.from({ length: MAX_LABELLED_CLAIMS + 1 }, (_, i) => ({ ...shaped[0]!, id: `c-${i}` }));
    const fc = claimFeatures(many, shapes(many));
    expect(fc.features).toHaveLength(many.length);
    expect(fc.features.filter((f) => 'label' in f.properties)).toEqual([]);
    expect(claimFeatures(many.slice(1), shapes(many)).features.every((f) => f.properties.label)).toBe(true);
  });
});

describe('withHiddenLayers', () => {
  const style = withClaimLayers(buildBaseStyle(urls), {});
  // Hidden by visibility, or by opacity: every opacity the layer states is 0.
  const hiddenIds = (s: typeof style) =>
    s.layers
      .filter((l) => {
        if ((l.layout as { visibility?: string } | undefined)?.visibility === 'none') return true;
        const paint = Object.entries(('paint' in l ? l.paint : {}) as object);
        const opacities = paint.filter(([p]) => p.endsWith('opacity'));
        return opacities.length > 0 && opacities.every(([, v]) => v === 0);
      })
      .map((l) => l.id);

  it("hides a link's reference groups and parties, and the overlap with a side hidden", () => {
    const out = withHiddenLayers(style, { refs: ['places'], parties: ['azerbaijan'], overlap: true });
    expect(hiddenIds(out).sort()).toEqual(
      [
        ...REFERENCE_GROUPS.places,
        ...CLAIM_PARTS.map((p) => claimLayerId('azerbaijan', p)),
        OVERLAP_LAYER,
      ].sort(),
    );
    expect(hiddenIds(style)).toEqual([]); // the style given is not changed
  });

  it('hides the overlap alone in swipe mode, and nothing else when nothing is hidden', () => {
    expect(hiddenIds(withHiddenLayers(style, { refs: [], parties: [], overlap: false }))).toEqual([
      OVERLAP_LAYER,
    ]);
    expect(hiddenIds(withHiddenLayers(style, { refs: [], parties: ['third'], overlap: true }))).toEqual(
      CLAIM_PARTS.map((p) => claimLayerId('third', p)),
    );
  });
});

describe('withoutClaimData', () => {
  it('empties the claim and overlap sources, and leaves the base map and the layers alone', () => {
    const style = withClaimLayers(buildBaseStyle(urls), {
      armenia: 'http://127.0.0.1/armenia.geojson',
      overlap: 'http://127.0.0.1/overlap.geojson',
    });
    const out = withoutClaimData(style);
    const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    for (const id of ['claims-armenia', 'claims-azerbaijan', 'claims-third', 'claims-overlap'])
      expect(out.sources[id]).toEqual(empty);
    for (const id of ['claims-armenia-labels', 'claims-azerbaijan-labels', 'claims-third-labels'])
      expect(out.sources[id]).toEqual(empty);
    expect(out.sources.border).toBe(style.sources.border);
    expect(out.layers).toBe(style.layers);
    expect(style.sources['claims-armenia']).toMatchObject({ data: 'http://127.0.0.1/armenia.geojson' });
  });
});

describe('withClaimLabels', () => {
  it("fills each party's label source with the labelled features of its claims, once they are inline", () => {
    const feature = (claimId: string, label?: string) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [46.2, 39.6] },
      properties: { claimId, party: 'armenia', reading: 'main', ...(label ? { label } : {}) },
    });
    const style = withClaimLayers(buildBaseStyle(urls), { azerbaijan: 'http://127.0.0.1/az.geojson' });
    style.sources['claims-armenia'] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [feature('am-1', 'Armenia'), feature('am-2')] },
    };
    const out = withClaimLabels(style);
    expect(out.sources['claims-armenia-labels']).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [feature('am-1', 'Armenia')] },
    });
    // Not inline yet (a URL): its labels stay empty rather than wrong.
    expect(out.sources['claims-azerbaijan-labels']).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    for (const g of ['armenia', 'azerbaijan', 'third'] as const) {
      const label = out.layers.find((l) => l.id === claimLayerId(g, 'label')) as { source: string };
      expect(label.source).toBe(`claims-${g}-labels`);
      const fill = out.layers.find((l) => l.id === claimLayerId(g, 'fill-given')) as { source: string };
      expect(fill.source).toBe(`claims-${g}`);
    }
  });
});
