// Adds the claim layers to a MapLibre map and keeps them in step with the view state.
// Layers are added once; toggles flip filters and visibility, they never tear layers down.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { featuresByGroup } from './claim_features';
import { CLAIMS_BELOW_LAYER, REFERENCE_GROUPS, type ReferenceGroup } from './base_style';
import {
  buildClaimLayers,
  CLAIM_GROUPS,
  CLAIM_HIT_LAYERS,
  claimSourceId,
  hatchImageId,
  hatchPixels,
  HIGHLIGHT_SOURCE,
  isHighlightable,
  OVERLAP_COLOUR,
  OVERLAP_LAYER,
  OVERLAP_SOURCE,
  PARTY_COLOURS,
  partFilter,
  CLAIM_PARTS,
  claimLayerId,
} from './claim_style';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HATCH_SIZE = 12;

/**
 * Adds the hatch images, claim sources and claim layers. Call once, after the style has loaded. `urls` gives
 * the sources' data by URL when it was computed ahead of time (by party group, and `overlap`): the map then
 * fetches and tiles it in its worker from the start, and the main thread never holds it.
 */
export function addClaimLayers(map: MapLibreMap, urls: Readonly<Record<string, string>> = {}): void {
  for (const [party, colour] of Object.entries(PARTY_COLOURS))
    addHatch(map, hatchImageId(party), colour, false);
  addHatch(map, 'hatch-overlap', OVERLAP_COLOUR, true);
  for (const group of CLAIM_GROUPS)
    map.addSource(claimSourceId(group), { type: 'geojson', data: urls[group] ?? EMPTY });
  map.addSource(OVERLAP_SOURCE, { type: 'geojson', data: urls.overlap ?? EMPTY });
  map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data: EMPTY });
  for (const layer of buildClaimLayers()) map.addLayer(layer, CLAIMS_BELOW_LAYER);
}

function addHatch(map: MapLibreMap, id: string, colour: string, cross: boolean): void {
  const data = hatchPixels(colour, HATCH_SIZE, cross);
  map.addImage(id, { width: HATCH_SIZE, height: HATCH_SIZE, data }, { pixelRatio: 1 });
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

// What each map was last told, so that only changes reach MapLibre (a filter change re-tiles the source).
const applied = new WeakMap<MapLibreMap, Map<string, string>>();

function setOnce(map: MapLibreMap, key: string, value: unknown, apply: () => void): void {
  let seen = applied.get(map);
  if (!seen) applied.set(map, (seen = new Map()));
  const json = JSON.stringify(value);
  if (seen.get(key) === json) return;
  seen.set(key, json);
  apply();
}

/**
 * Shows exactly the claims in `visible`: a party with none shown is hidden by flipping its layers' visibility
 * (cheap); a party with only some shown gets an id filter. `groups` lists every claim id of each party.
 */
export function setVisibleClaims(
  map: MapLibreMap,
  visible: ReadonlySet<string>,
  groups: ReadonlyMap<string, readonly string[]>,
  { overlap: showOverlap, labels }: { overlap: boolean; labels: boolean },
): void {
  for (const group of CLAIM_GROUPS) {
    const all = groups.get(group) ?? [];
    const shown = all.filter((id) => visible.has(id));
    const ids = shown.length === all.length ? null : shown;
    for (const part of CLAIM_PARTS) {
      const layerId = claimLayerId(group, part);
      const on = shown.length > 0 && (labels || part !== 'label');
      const visibility = on ? 'visible' : 'none';
      setOnce(map, `${layerId}:visibility`, visibility, () =>
        map.setLayoutProperty(layerId, 'visibility', visibility),
      );
      if (on) {
        setOnce(map, `${layerId}:filter`, ids, () => map.setFilter(layerId, partFilter(part, ids)));
      }
    }
  }
  // An overlap shows while both of its claims do. A side with nothing shown hides the layer outright, so a
  // party toggle stays a visibility flip; only a partial selection needs a filter.
  const sides = ['armenia', 'azerbaijan'].map(
    (g) => (groups.get(g) ?? []).filter((id) => visible.has(id)).length,
  );
  const anyOverlap = showOverlap && sides.every((n) => n > 0);
  if (anyOverlap) {
    const partial = [...groups.values()].some((all) => all.some((id) => !visible.has(id)));
    const ids = partial ? [...visible].sort() : null;
    setOnce(map, `${OVERLAP_LAYER}:filter`, ids, () =>
      map.setFilter(
        OVERLAP_LAYER,
        ids ? ['all', ['in', ['get', 'a'], ['literal', ids]], ['in', ['get', 'b'], ['literal', ids]]] : null,
      ),
    );
  }
  const overlap = anyOverlap ? 'visible' : 'none';
  setOnce(map, `${OVERLAP_LAYER}:visibility`, overlap, () =>
    map.setLayoutProperty(OVERLAP_LAYER, 'visibility', overlap),
  );
}

/** Claim labels help with a few claims and only cost (symbol placement) with thousands: shown up to this many. */
export const MAX_LABELLED_CLAIMS = 300;

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
  for (const id of REFERENCE_GROUPS[group])
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

/** The id of the topmost claim drawn at a point, if any. */
function claimAt(map: MapLibreMap, point: PointLike): string | null {
  const layers = CLAIM_HIT_LAYERS.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
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
