// The reference line's straight bridges across lakes, for the map: drawn in a style of their own, because they
// are an assumption of this map (the land data has a gap there, not a surveyed shore), not a surveyed line.
import type { FeatureCollection, GeoJSON, LineString } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { referenceBridges, referenceLinePieces } from '../claims/reference_line';

/** The source the bridges are drawn from (see the `border-bridge` layer). */
export const BRIDGES_SOURCE = 'border-bridges';

const isFeatureCollection = (g: unknown): g is FeatureCollection =>
  typeof g === 'object' && g !== null && (g as GeoJSON).type === 'FeatureCollection';

/** One straight LineString per bridge the recipes add to the reference line, with its length in km. */
export function bridgeFeatures(border: unknown): FeatureCollection<LineString> {
  const pieces = isFeatureCollection(border) ? referenceLinePieces(border) : [];
  return {
    type: 'FeatureCollection',
    features: referenceBridges(pieces).map((b) => ({
      type: 'Feature',
      properties: { km: Math.round(b.km * 100) / 100 },
      geometry: { type: 'LineString', coordinates: [b.from, b.to] },
    })),
  };
}

/** The style with the bridges source filled from its (inlined) border data. */
export function withBorderBridges(style: StyleSpecification): StyleSpecification {
  const border = style.sources['border'];
  const data = border?.type === 'geojson' ? border.data : undefined;
  return {
    ...style,
    sources: { ...style.sources, [BRIDGES_SOURCE]: { type: 'geojson', data: bridgeFeatures(data) } },
  };
}
