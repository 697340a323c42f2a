// Adds the claim layers to a MapLibre map and keeps them in step with the view state.
// Layers are added once; toggles flip filters and visibility, they never tear layers down.
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { CLAIMS_BELOW_LAYER, REFERENCE_GROUPS, type ReferenceGroup } from './base_style';
import {
  buildClaimLayers,
  CLAIM_HIT_LAYERS,
  CLAIM_LAYER_IDS,
  CLAIM_SOURCE,
  claimFilter,
  hatchImageId,
  hatchPixels,
  OVERLAP_COLOUR,
  OVERLAP_SOURCE,
  PARTY_COLOURS,
} from './claim_style';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HATCH_SIZE = 12;

/** Adds the hatch images, claim sources and claim layers. Call once, after the style has loaded. */
export function addClaimLayers(map: MapLibreMap): void {
  for (const [party, colour] of Object.entries(PARTY_COLOURS))
    addHatch(map, hatchImageId(party), colour, false);
  addHatch(map, 'hatch-overlap', OVERLAP_COLOUR, true);
  map.addSource(CLAIM_SOURCE, { type: 'geojson', data: EMPTY });
  map.addSource(OVERLAP_SOURCE, { type: 'geojson', data: EMPTY });
  for (const layer of buildClaimLayers([])) map.addLayer(layer, CLAIMS_BELOW_LAYER);
}

function addHatch(map: MapLibreMap, id: string, colour: string, cross: boolean): void {
  const data = hatchPixels(colour, HATCH_SIZE, cross);
  map.addImage(id, { width: HATCH_SIZE, height: HATCH_SIZE, data }, { pixelRatio: 1 });
}

/** Replaces the drawn claims and the overlap between the sides. */
export function setClaimData(
  map: MapLibreMap,
  claims: FeatureCollection<Geometry>,
  overlap: FeatureCollection,
): void {
  (map.getSource(CLAIM_SOURCE) as GeoJSONSource).setData(claims);
  (map.getSource(OVERLAP_SOURCE) as GeoJSONSource).setData(overlap);
}

/** Shows exactly the claims in `ids` (and the overlap layer when `showOverlap`). */
export function setVisibleClaims(map: MapLibreMap, ids: readonly string[], showOverlap: boolean): void {
  const fresh = buildClaimLayers(ids);
  for (const layer of fresh) {
    if (layer.id === 'claims-highlight') continue;
    if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter);
  }
  map.setLayoutProperty('claims-overlap-fill', 'visibility', showOverlap ? 'visible' : 'none');
}

/** Outlines the claims in `ids` thickly (selection and hover). */
export function setHighlightedClaims(map: MapLibreMap, ids: readonly string[]): void {
  map.setFilter('claims-highlight', claimFilter(ids, ['==', ['get', 'reading'], 'main']));
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
    const id = claimAt(map, e.point);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== hovered) handlers.hover((hovered = id));
  });
  map.on('mouseout', () => {
    if (hovered !== null) handlers.hover((hovered = null));
  });
}

export { CLAIM_LAYER_IDS };
