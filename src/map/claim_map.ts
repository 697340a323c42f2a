// Adds the claim layers to a MapLibre map and keeps them in step with the view state.
// Layers are added once; toggles change opacity, visibility and filters, they never tear layers down.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  FilterSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  MapMouseEvent,
  PointLike,
  StyleSpecification,
} from 'maplibre-gl';
import { featuresByGroup } from './claim_features';
import { labelPoint } from './label_point';
import {
  CLAIMS_BELOW_LAYER,
  labelTexts,
  REFERENCE_GROUPS,
  type MapLabels,
  type ReferenceGroup,
} from './base_style';
import {
  buildClaimLayers,
  claimImages,
  CLAIM_GROUPS,
  CLAIM_HIT_LAYERS,
  CLAIM_LABEL_LAYER,
  CLAIM_LABEL_SOURCE,
  claimSourceId,
  HIGHLIGHT_SOURCE,
  isHighlightable,
  OVERLAP_LAYER,
  OVERLAP_SOURCE,
  OPACITY_PROPERTIES,
  type PaintProperty,
  partFilter,
  CLAIM_PARTS,
  claimLayerId,
  labelFilter,
  partColour,
} from './claim_style';
import type { ColourBy } from '../url/state';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The map's whole style: the base map with the claim sources and layers in it, so that the map loads them all
 * at once (claim layers added after the style loads would make MapLibre reload their sources). `urls` gives
 * the claim sources' data by URL when it was computed ahead of time (by party group, and `overlap`);
 * inline_data.ts then fetches it for the map. Without, they start empty.
 */
export function withClaimLayers(
  base: StyleSpecification,
  urls: Readonly<Record<string, string>> = {},
): StyleSpecification {
  const sources: StyleSpecification['sources'] = { ...base.sources };
  for (const group of CLAIM_GROUPS)
    sources[claimSourceId(group)] = { type: 'geojson', data: urls[group] ?? EMPTY };
  sources[CLAIM_LABEL_SOURCE] = { type: 'geojson', data: EMPTY }; // filled by withClaimLabels
  sources[OVERLAP_SOURCE] = { type: 'geojson', data: urls.overlap ?? EMPTY };
  sources[HIGHLIGHT_SOURCE] = { type: 'geojson', data: EMPTY };
  const below = base.layers.findIndex((l) => l.id === CLAIMS_BELOW_LAYER);
  if (below < 0) throw new Error(`the base style has no layer ${CLAIMS_BELOW_LAYER}`);
  const layers = [...base.layers.slice(0, below), ...buildClaimLayers(), ...base.layers.slice(below)];
  // A toggle shows at once: MapLibre would otherwise fade every paint change (a party's opacity) over 300 ms.
  return { ...base, transition: { duration: 0, delay: 0 }, sources, layers };
}

/**
 * What the label layer reads: one point per labelled claim (claim_features.ts decides which are), inside the
 * main reading of its area or at its point (label_point.ts), with its `group` and a `labelOrder` under which
 * the two sides take turns, so neither side's labels are always placed first where they collide: Armenia's
 * 1st, Azerbaijan's 1st, Azerbaijan's 2nd, Armenia's 2nd, Armenia's 3rd, and so on (each side's in its data's
 * order); third parties' after both sides' of that rank.
 */
export function labelFeatures(byGroup: Partial<Record<string, FeatureCollection>>): FeatureCollection {
  const features: Feature[] = [];
  for (const [g, group] of CLAIM_GROUPS.entries()) {
    const labelled = (byGroup[group]?.features ?? []).flatMap((f): Feature[] => {
      if (!f.properties?.label || f.properties.reading !== 'main') return [];
      const at = labelPoint(f.geometry);
      // `marker`: the claim is drawn as a point, and its label goes under the marker, not over it.
      const marker = f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';
      return at
        ? [{ ...f, geometry: { type: 'Point', coordinates: at }, properties: { ...f.properties, marker } }]
        : [];
    });
    labelled.forEach((f, rank) => {
      const turn = group === 'third' ? 2 : (rank + g) % 2;
      features.push({ ...f, properties: { ...f.properties, group, labelOrder: rank * 3 + turn } });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The style with its label source filled from the claim sources' data, those that are inline. */
export function withClaimLabels(style: StyleSpecification): StyleSpecification {
  const byGroup: Record<string, FeatureCollection> = {};
  for (const group of CLAIM_GROUPS) {
    const source = style.sources[claimSourceId(group)];
    if (
      source?.type === 'geojson' &&
      typeof source.data === 'object' &&
      source.data.type === 'FeatureCollection'
    )
      byGroup[group] = source.data;
  }
  const sources = {
    ...style.sources,
    [CLAIM_LABEL_SOURCE]: { type: 'geojson', data: labelFeatures(byGroup) },
  };
  return { ...style, sources } as StyleSpecification;
}

/**
 * Per claim layer drawn by opacity (all but the labels), its opacity properties and their values when shown.
 * A party is hidden by setting these to 0, not by visibility: MapLibre re-tiles a layer's whole source when its
 * visibility changes, so showing a party again would mean waiting for its every shape to be tiled anew.
 * Labels are hidden by their layer's filter all the same (a transparent label would still keep others from its
 * place), which is why they have a small source of their own.
 */
const SHOWN_OPACITY: ReadonlyMap<string, ReadonlyMap<PaintProperty, number>> = new Map(
  buildClaimLayers()
    .filter((l) => l.type in OPACITY_PROPERTIES)
    .map((l) => {
      const paint = ('paint' in l ? l.paint : {}) as Record<string, unknown>;
      const values = OPACITY_PROPERTIES[l.type]!.map((p) => [p, paint[p] ?? 1] as const);
      for (const [p, v] of values)
        if (typeof v !== 'number') throw new Error(`claim layer ${l.id}: ${p} must be a number`);
      return [l.id, new Map(values as [PaintProperty, number][])];
    }),
);

/**
 * The style with these reference groups and party groups hidden from the start (what a link hides), and the
 * overlap between the sides when either side is hidden or `overlap` is false.
 */
export function withHiddenLayers(
  style: StyleSpecification,
  {
    refs,
    parties,
    overlap,
  }: { refs: readonly ReferenceGroup[]; parties: readonly string[]; overlap: boolean },
): StyleSpecification {
  const hidden = new Set<string>([
    ...refs.flatMap((g) => REFERENCE_GROUPS[g]),
    ...CLAIM_GROUPS.filter((g) => parties.includes(g)).flatMap((g) =>
      CLAIM_PARTS.map((p) => claimLayerId(g, p)),
    ),
  ]);
  if (!overlap || parties.includes('armenia') || parties.includes('azerbaijan')) hidden.add(OVERLAP_LAYER);
  const hiddenLabels = CLAIM_GROUPS.filter((g) => parties.includes(g));
  const layers = style.layers.map((l) => {
    if (l.id === CLAIM_LABEL_LAYER && hiddenLabels.length)
      return { ...l, filter: labelFilter(hiddenLabels, null) } as typeof l;
    if (!hidden.has(l.id)) return l;
    const opacity = SHOWN_OPACITY.get(l.id);
    if (!opacity) return { ...l, layout: { ...l.layout, visibility: 'none' } } as typeof l;
    const zero = Object.fromEntries([...opacity.keys()].map((p) => [p, 0]));
    return { ...l, paint: { ...('paint' in l ? l.paint : {}), ...zero } } as typeof l;
  });
  return { ...style, layers };
}

/** The style with its claims coloured by party or by whose line (see partColour). */
export function withColourBy(style: StyleSpecification, by: ColourBy): StyleSpecification {
  if (by === 'party') return style; // the layers are built coloured by party
  const colours = new Map(
    CLAIM_GROUPS.flatMap((g) => CLAIM_PARTS.map((p) => [claimLayerId(g, p), partColour(g, p, by)] as const)),
  );
  const layers = style.layers.map((l) => {
    const c = colours.get(l.id);
    if (!c) return l;
    return { ...l, paint: { ...('paint' in l ? l.paint : {}), [c[0]]: c[1] } } as typeof l;
  });
  return { ...style, layers };
}

/** Colours the claims by party or by whose line, changing only the paint values that differ. */
export function setColourBy(map: MapLibreMap, by: ColourBy): void {
  for (const group of CLAIM_GROUPS)
    for (const part of CLAIM_PARTS) {
      const c = partColour(group, part, by);
      const layerId = claimLayerId(group, part);
      if (c && JSON.stringify(map.getPaintProperty(layerId, c[0])) !== JSON.stringify(c[1]))
        map.setPaintProperty(layerId, c[0], c[1]);
    }
}

/** The style with its claim sources emptied (their data was computed from other claims than these). */
export function withoutClaimData(style: StyleSpecification): StyleSpecification {
  const sources = { ...style.sources };
  for (const id of [...CLAIM_GROUPS.map(claimSourceId), CLAIM_LABEL_SOURCE, OVERLAP_SOURCE])
    if (sources[id]) sources[id] = { type: 'geojson', data: EMPTY };
  return { ...style, sources };
}

/** Adds the hatch patterns the claim layers fill with. Call right after creating the map. */
export function addClaimImages(map: MapLibreMap): void {
  for (const { id, width, height, data } of claimImages())
    map.addImage(id, { width, height, data }, { pixelRatio: 1 });
}

type ClaimFeature = Feature<Geometry, { claimId: string; reading: string; party: string }>;

/** Per map: the features a highlight outlines, by claim id, and the ids highlighted now. */
const highlights = new WeakMap<
  MapLibreMap,
  { byClaim: Map<string, ClaimFeature[]>; ids: readonly string[] }
>();

/** Replaces the drawn claims and the overlap between the sides (computed in the browser). */
export function setClaimData(
  map: MapLibreMap,
  claims: FeatureCollection<Geometry, ClaimFeature['properties']>,
  overlap: FeatureCollection,
): void {
  const byGroup = featuresByGroup(claims);
  for (const group of CLAIM_GROUPS)
    (map.getSource(claimSourceId(group)) as GeoJSONSource).setData(byGroup[group]);
  (map.getSource(CLAIM_LABEL_SOURCE) as GeoJSONSource).setData(labelFeatures(byGroup));
  (map.getSource(OVERLAP_SOURCE) as GeoJSONSource).setData(overlap);
  indexHighlights(map, claims);
}

/** Tells the highlight which features the map draws for each claim (what it outlines on hover and select). */
export function indexHighlights(
  map: MapLibreMap,
  claims: FeatureCollection<Geometry, ClaimFeature['properties']>,
): void {
  const byClaim = new Map<string, ClaimFeature[]>();
  for (const f of claims.features) {
    if (!isHighlightable(f)) continue;
    const list = byClaim.get(f.properties.claimId);
    if (list) list.push(f);
    else byClaim.set(f.properties.claimId, [f]);
  }
  const ids = highlights.get(map)?.ids ?? [];
  highlights.set(map, { byClaim, ids: [] });
  setHighlightedClaims(map, ids);
}

// MapLibre re-tiles a layer's whole source on any layout or filter change, even to the value it already
// draws with (a layer without `visibility` reads as undefined, not 'visible'): so only real changes go to it.

/** Shows or hides a layer, if that changes anything. */
export function setLayerVisible(map: MapLibreMap, layerId: string, visible: boolean): void {
  const visibility = visible ? 'visible' : 'none';
  const now = (map.getLayoutProperty(layerId, 'visibility') as string | undefined) ?? 'visible';
  if (now !== visibility) map.setLayoutProperty(layerId, 'visibility', visibility);
}

/** Shows or hides a claim layer by its opacity (by visibility, were it to state none), if that changes anything. */
export function setClaimLayerShown(map: MapLibreMap, layerId: string, shown: boolean): void {
  const opacity = SHOWN_OPACITY.get(layerId);
  if (!opacity) return setLayerVisible(map, layerId, shown);
  for (const [property, value] of opacity) {
    const want = shown ? value : 0;
    if (((map.getPaintProperty(layerId, property) as number | undefined) ?? 1) !== want)
      map.setPaintProperty(layerId, property, want);
  }
}

/** Whether a claim layer is shown (as setClaimLayerShown left it). */
function isClaimLayerShown(map: MapLibreMap, layerId: string): boolean {
  if (map.getLayoutProperty(layerId, 'visibility') === 'none') return false;
  return [...(SHOWN_OPACITY.get(layerId)?.keys() ?? [])].every((p) => map.getPaintProperty(layerId, p) !== 0);
}

/** Sets a layer's filter (null: none), if that changes anything. */
function setLayerFilter(map: MapLibreMap, layerId: string, filter: FilterSpecification | null): void {
  if (JSON.stringify(map.getFilter(layerId) ?? null) !== JSON.stringify(filter))
    map.setFilter(layerId, filter);
}

/**
 * Shows exactly the claims in `visible`: a party with none shown is hidden by its layers' opacity (no
 * re-tiling); a party with only some shown gets an id filter. `groups` lists every claim id of each party.
 */
export function setVisibleClaims(
  map: MapLibreMap,
  visible: ReadonlySet<string>,
  groups: ReadonlyMap<string, readonly string[]>,
  { overlap: showOverlap }: { overlap: boolean },
): void {
  const hiddenGroups: string[] = [];
  const shownIds: string[] = [];
  let partial = false;
  for (const group of CLAIM_GROUPS) {
    const all = groups.get(group) ?? [];
    const shown = all.filter((id) => visible.has(id));
    const ids = shown.length === all.length ? null : shown;
    if (shown.length === 0) hiddenGroups.push(group);
    else if (ids) partial = true;
    for (const id of shown) shownIds.push(id);
    for (const part of CLAIM_PARTS) {
      const layerId = claimLayerId(group, part);
      const on = shown.length > 0;
      setClaimLayerShown(map, layerId, on);
      if (on) setLayerFilter(map, layerId, partFilter(part, ids));
    }
  }
  setLayerFilter(map, CLAIM_LABEL_LAYER, labelFilter(hiddenGroups, partial ? shownIds.sort() : null));
  // An overlap shows while both of its claims do. A side with nothing shown hides the layer outright, so a
  // party toggle stays an opacity change; only a partial selection needs a filter.
  const sides = ['armenia', 'azerbaijan'].map(
    (g) => (groups.get(g) ?? []).filter((id) => visible.has(id)).length,
  );
  const anyOverlap = showOverlap && sides.every((n) => n > 0);
  if (anyOverlap) {
    const partial = [...groups.values()].some((all) => all.some((id) => !visible.has(id)));
    const ids = partial ? [...visible].sort() : null;
    setLayerFilter(
      map,
      OVERLAP_LAYER,
      ids ? ['all', ['in', ['get', 'a'], ['literal', ids]], ['in', ['get', 'b'], ['literal', ids]]] : null,
    );
  }
  setClaimLayerShown(map, OVERLAP_LAYER, anyOverlap);
}

/** Outlines the claims in `ids` thickly (selection and hover). */
export function setHighlightedClaims(map: MapLibreMap, ids: readonly string[]): void {
  const state = highlights.get(map) ?? { byClaim: new Map<string, ClaimFeature[]>(), ids: [] };
  if (state.ids.length === ids.length && state.ids.every((id, i) => id === ids[i])) return;
  highlights.set(map, { ...state, ids: [...ids] });
  const features = ids.flatMap((id) => state.byClaim.get(id) ?? []);
  (map.getSource(HIGHLIGHT_SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features });
}

/** Shows or hides a reference layer group (border, province, places). */
export function setReferenceVisible(map: MapLibreMap, group: ReferenceGroup, visible: boolean): void {
  for (const id of REFERENCE_GROUPS[group]) setLayerVisible(map, id, visible);
}

/** Writes the base map's labels in another language (only those that change: each change re-lays the labels). */
export function setMapLabels(map: MapLibreMap, labels: MapLabels): void {
  for (const [layer, text] of Object.entries(labelTexts(labels))) {
    if (!map.getLayer(layer)) continue;
    if (JSON.stringify(map.getLayoutProperty(layer, 'text-field')) !== JSON.stringify(text))
      map.setLayoutProperty(layer, 'text-field', text);
  }
}

/** The id of the topmost claim drawn at a point, if any. */
function claimAt(map: MapLibreMap, point: PointLike): string | null {
  // Hidden layers still hold their features (at opacity 0): only shown ones are hit.
  const layers = CLAIM_HIT_LAYERS.filter((id) => isClaimLayerShown(map, id));
  const hit = map.queryRenderedFeatures(point, { layers })[0];
  return (hit?.properties?.claimId as string | undefined) ?? null;
}

/** Calls back with the topmost claim under the pointer on click, and on hover (null when there is none). */
export function onClaimPointer(
  map: MapLibreMap,
  handlers: { click: (id: string) => void; hover: (id: string | null) => void },
): void {
  let hovered: string | null = null;
  map.on('click', (e: MapMouseEvent) => {
    const id = claimAt(map, e.point);
    if (id) handlers.click(id);
  });
  map.on('mousemove', (e: MapMouseEvent) => {
    if (e.originalEvent.buttons !== 0) return; // dragging the map: no hover work
    const id = claimAt(map, e.point);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== hovered) handlers.hover((hovered = id));
  });
  map.on('mouseout', () => {
    if (hovered !== null) handlers.hover((hovered = null));
  });
}
