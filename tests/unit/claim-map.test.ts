// setVisibleClaims and setReferenceVisible against a stand-in for MapLibre's style setters: MapLibre re-tiles a
// layer's whole source on every layout or filter change, so a change that changes nothing must not reach it,
// and a party toggle changes paint (opacity) only, but for the labels' filter.
import { readFileSync } from 'node:fs';
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildBaseStyle, REFERENCE_GROUPS, type BaseDataUrls } from '../../src/map/base_style';
import { mergeClaimFiles } from '../../src/app/claim_files';
import type { Claim } from '../../src/claims/schema/claim';
import { claimFeatures, mapLabel, MAX_LABELLED_CLAIMS } from '../../src/map/claim_features';
import {
  labelFeatures,
  setColourBy,
  setReferenceVisible,
  setVisibleClaims,
  withClaimLabels,
  withClaimLayers,
  withColourBy,
  withHiddenLayers,
  withoutClaimData,
} from '../../src/map/claim_map';
import {
  buildClaimLayers,
  CLAIM_LABEL_LAYER,
  claimLayerId,
  CLAIM_PARTS,
  labelFilter,
  OVERLAP_LAYER,
  PARTY_COLOURS,
} from '../../src/map/claim_style';

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

  it("hide a party by its layers' opacity (its labels by the label filter) and the overlap's, and nothing else", () => {
    const { map, calls } = fakeMap();
    const opacities = (id: string) =>
      Object.keys((buildClaimLayers().find((l) => l.id === id) as { paint: object }).paint).filter((p) =>
        p.endsWith('opacity'),
      );
    setVisibleClaims(map, new Set(['am-1', 'am-2', 'un-1']), groups, options);
    const hidden = [...CLAIM_PARTS.map((p) => claimLayerId('azerbaijan', p)), OVERLAP_LAYER];
    expect(calls.sort()).toEqual(
      [
        ...hidden.flatMap((id) => opacities(id).map((p) => `${id} ${p}=0`)),
        `${CLAIM_LABEL_LAYER} filter`,
      ].sort(),
    );
    // Only the label layer's source is re-tiled: no other layout or filter change.
    expect(calls.filter((c) => c.includes('visibility') || c.endsWith('filter'))).toEqual([
      `${CLAIM_LABEL_LAYER} filter`,
    ]);
    expect(map.getFilter(CLAIM_LABEL_LAYER)).toEqual(labelFilter(['azerbaijan'], null));
    calls.length = 0;
    setVisibleClaims(map, new Set(['am-1', 'am-2', 'un-1']), groups, options);
    expect(calls).toEqual([]); // the same state again: no call
    setVisibleClaims(map, all, groups, options);
    const shownAgain = new Map(calls.map((c) => c.split('=') as [string, string]));
    expect(shownAgain.get(`${claimLayerId('azerbaijan', 'fill-given')} fill-opacity`)).toBe('0.3');
    expect([...shownAgain.values()]).not.toContain('0');
    expect(calls.filter((c) => c.endsWith('filter'))).toEqual([`${CLAIM_LABEL_LAYER} filter`]);
    expect(map.getFilter(CLAIM_LABEL_LAYER)).toEqual(labelFilter([], null));
  });

  it('filter by id only the party that is partly shown, and the overlap', () => {
    const { map, calls } = fakeMap();
    setVisibleClaims(map, new Set(['am-1', 'az-1', 'un-1']), groups, options);
    expect(calls.sort()).toEqual(
      [
        ...CLAIM_PARTS.map((p) => `${claimLayerId('armenia', p)} filter`),
        `${OVERLAP_LAYER} filter`,
        `${CLAIM_LABEL_LAYER} filter`,
      ].sort(),
    );
    expect(JSON.stringify(map.getFilter(claimLayerId('armenia', 'fill-given')))).toContain('"am-1"');
    expect(JSON.stringify(map.getFilter(claimLayerId('armenia', 'fill-given')))).not.toContain('"am-2"');
    expect(map.getFilter(CLAIM_LABEL_LAYER)).toEqual(labelFilter([], ['am-1', 'az-1', 'un-1']));
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

  it('cut a long claimant at its first comma or bracket, and leave a short one whole', () => {
    const long =
      'General Staff of the Armenian Armed Forces, publishing through Armenpress the USSR General Staff sheet J-38-21, 1:100,000 (as reported)';
    expect(mapLabel(long)).toBe('General Staff of the Armenian Armed Forces');
    expect(mapLabel('A very long claimant name with no comma at all, then one (and a bracket)')).toBe(
      'A very long claimant name with no comma at all',
    );
    expect(mapLabel('Taron Hovhannisyan, Orbeli Analytical Research Center')).toBe(
      'Taron Hovhannisyan, Orbeli Analytical Research Center',
    );
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
    const labels = (s: typeof style) =>
      s.layers.find((l) => l.id === CLAIM_LABEL_LAYER) as { filter: unknown };
    expect(labels(out).filter).toEqual(labelFilter(['azerbaijan'], null));
    expect(hiddenIds(style)).toEqual([]); // the style given is not changed
    expect(labels(style).filter).toEqual(labelFilter([], null));
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
    for (const id of [
      'claims-armenia',
      'claims-azerbaijan',
      'claims-third',
      'claims-overlap',
      'claims-labels',
    ])
      expect(out.sources[id]).toEqual(empty);
    expect(out.sources.border).toBe(style.sources.border);
    expect(out.layers).toBe(style.layers);
    expect(style.sources['claims-armenia']).toMatchObject({ data: 'http://127.0.0.1/armenia.geojson' });
  });
});

describe('withClaimLabels and labelFeatures', () => {
  const feature = (claimId: string, label?: string) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [46.2, 39.6] },
    properties: { claimId, reading: 'main', ...(label ? { label } : {}) },
  });
  const fc = (...features: ReturnType<typeof feature>[]) => ({
    type: 'FeatureCollection' as const,
    features,
  });

  it('fills the one label source with the labelled features of the claims that are inline', () => {
    const style = withClaimLayers(buildBaseStyle(urls), { azerbaijan: 'http://127.0.0.1/az.geojson' });
    style.sources['claims-armenia'] = {
      type: 'geojson',
      data: fc(feature('am-1', 'Armenia'), feature('am-2')),
    };
    const out = withClaimLabels(style);
    // Azerbaijan's data is not inline yet (a URL): its labels are left out rather than wrong.
    expect(out.sources['claims-labels']).toEqual({
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: [
          {
            ...feature('am-1', 'Armenia'),
            properties: {
              ...feature('am-1', 'Armenia').properties,
              marker: true,
              group: 'armenia',
              labelOrder: 0,
            },
          },
        ],
      },
    });
    const layer = out.layers.find((l) => l.id === CLAIM_LABEL_LAYER) as { source: string };
    expect(layer.source).toBe('claims-labels');
    expect(out.layers.filter((l) => l.type === 'symbol' && l.id.startsWith('claims-'))).toHaveLength(1);
  });

  it('gives every claim layer constant paint (a data-driven value is a shader compiled mid-gesture)', () => {
    const dataDriven = buildClaimLayers().flatMap((l) =>
      Object.entries(('paint' in l ? l.paint : {}) as Record<string, unknown>)
        .filter(([, v]) => Array.isArray(v) && typeof v[0] === 'string')
        .map(([p]) => `${l.id} ${p}`),
    );
    expect(dataDriven).toEqual([]);
  });

  it('gives each labelled claim one point inside its main area, and no label to its lines or other readings', () => {
    const square = [
      [46.2, 39.6],
      [46.3, 39.6],
      [46.3, 39.7],
      [46.2, 39.7],
      [46.2, 39.6],
    ];
    const part = (reading: string, geometry: { type: string; coordinates: unknown }) => ({
      type: 'Feature' as const,
      geometry,
      properties: { claimId: 'am-1', reading, label: 'Armenia' },
    });
    const out = labelFeatures({
      armenia: {
        type: 'FeatureCollection',
        features: [
          part('wide', { type: 'Polygon', coordinates: [square] }),
          part('main', { type: 'Polygon', coordinates: [square] }),
          part('narrow', { type: 'Polygon', coordinates: [square] }),
          part('main', { type: 'LineString', coordinates: square }),
        ] as never,
      },
    });
    expect(out.features).toHaveLength(1);
    const [x, y] = (out.features[0]!.geometry as { type: 'Point'; coordinates: number[] }).coordinates;
    expect(out.features[0]!.geometry.type).toBe('Point');
    expect(out.features[0]!.properties!.marker).toBe(false); // an area's label is centred on its point
    expect(x).toBeCloseTo(46.25, 9);
    expect(y).toBeCloseTo(39.65, 9);
  });

  it('lets the two sides take turns to be placed first, third parties after both', () => {
    const out = labelFeatures({
      armenia: fc(feature('am-1', 'a'), feature('am-x'), feature('am-2', 'b'), feature('am-3', 'c')),
      azerbaijan: fc(feature('az-1', 'd'), feature('az-2', 'e'), feature('az-3', 'f')),
      third: fc(feature('un-1', 'g')),
    });
    const order = [...out.features]
      .sort((a, b) => (a.properties!.labelOrder as number) - (b.properties!.labelOrder as number))
      .map((f) => f.properties!.claimId as string);
    expect(order).toEqual(['am-1', 'az-1', 'un-1', 'az-2', 'am-2', 'am-3', 'az-3']);
    expect(new Set(out.features.map((f) => f.properties!.labelOrder)).size).toBe(out.features.length);
    expect(out.features.find((f) => f.properties!.claimId === 'az-2')!.properties!.group).toBe('azerbaijan');
  });
});

describe('whose line: features, colours and the described outline', () => {
  const claims = mergeClaimFiles([
    ['good.json', readFileSync('tests/fixtures/claims/good.json', 'utf8')],
  ]).claims;
  const own = claims.find((c) => c.shape && c.party === 'armenia')!;
  const described: Claim = {
    ...own,
    id: 'az-described',
    party: 'azerbaijan',
    shape: { ...own.shape!, whoseLine: { party: 'armenia', basis: 'Ministry of Defence' } },
  };
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [46.2, 39.5],
        [46.3, 39.5],
        [46.3, 39.6],
        [46.2, 39.5],
      ],
    ],
  };
  const fc = claimFeatures(
    [own, described],
    new Map([
      [own.id, { geometry: square }],
      [described.id, { geometry: square }],
    ]),
  );

  it("marks only a feature whose line another party described, with that party's group", () => {
    const lineBy = (id: string) => fc.features.find((f) => f.properties.claimId === id)!.properties.lineBy;
    expect(lineBy(own.id)).toBeUndefined();
    expect(lineBy(described.id)).toBe('armenia');
  });

  /** The layers whose filter a feature passes (MapLibre's own expression evaluation). */
  const layersDrawing = (props: { party: string }) => {
    return buildClaimLayers()
      .filter((l) => 'filter' in l && l.filter && l.id.startsWith(`claims-${props.party}-`))
      .filter((l) =>
        featureFilter((l as { filter: FilterSpecification }).filter, `layers.${l.id}.filter`).filter(
          { zoom: 12 },
          {
            type: 3,
            properties: props,
            geometry: [],
          } as never,
        ),
      )
      .map((l) => l.id);
  };

  it("outlines a described shape dotted in the describer's colour instead of the claimant's outline", async () => {
    const f = fc.features.find((x) => x.properties.claimId === described.id)!;
    const drawn = layersDrawing(f.properties);
    expect(drawn).toContain('claims-azerbaijan-described-armenia');
    expect(drawn).not.toContain('claims-azerbaijan-line-derived');
    expect(drawn).toContain('claims-azerbaijan-fill-derived');
    const outline = buildClaimLayers().find((l) => l.id === 'claims-azerbaijan-described-armenia')!;
    expect((outline as { paint: Record<string, unknown> }).paint['line-color']).toBe(PARTY_COLOURS.armenia);
    const ownDrawn = layersDrawing(fc.features.find((x) => x.properties.claimId === own.id)!.properties);
    expect(ownDrawn).toContain('claims-armenia-line-derived');
    expect(ownDrawn.filter((id) => id.includes('described'))).toEqual([]);
  });

  it('colours by whose line on request, and back, changing only colour paint values', () => {
    const { map, calls } = fakeMap();
    setColourBy(map, 'party');
    expect(calls).toEqual([]);
    setColourBy(map, 'line');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => /(fill-color|fill-pattern|line-color|circle-stroke-color)=/.test(c))).toBe(
      true,
    );
    const fill = map.getPaintProperty('claims-azerbaijan-fill-derived', 'fill-pattern');
    expect(fill).toEqual([
      'match',
      ['coalesce', ['get', 'lineBy'], 'azerbaijan'],
      'armenia',
      'hatch-armenia',
      'azerbaijan',
      'hatch-azerbaijan',
      'hatch-third',
    ]);
    calls.length = 0;
    setColourBy(map, 'line');
    expect(calls).toEqual([]);
    setColourBy(map, 'party');
    expect(map.getPaintProperty('claims-azerbaijan-fill-derived', 'fill-pattern')).toBe('hatch-azerbaijan');
    expect(map.getPaintProperty('claims-armenia-line-given', 'line-color')).toBe(PARTY_COLOURS.armenia);
  });

  it('builds the first style coloured as the link says', () => {
    const style = withClaimLayers(buildBaseStyle(urls));
    expect(withColourBy(style, 'party')).toBe(style);
    const byLine = withColourBy(style, 'line');
    const layer = byLine.layers.find((l) => l.id === 'claims-armenia-point') as {
      paint: Record<string, unknown>;
    };
    expect(layer.paint['circle-stroke-color']).toEqual(expect.arrayContaining(['match']));
    expect(layer.paint['circle-opacity']).toBe(1);
  });
});
