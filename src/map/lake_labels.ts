// Where the lakes' names go: one point inside each named lake (label_point.ts). Labelled as a polygon, a lake
// is named once per tile it crosses: close in, Sev Lich was named twice, side by side. Pure.
import type { Feature, FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { labelPoint } from './label_point';

/** The source of the lakes' label points: filled from the lakes' data once it is in (withLakeLabels). */
export const LAKE_LABEL_SOURCE = 'lake-labels';

/** A point feature, with the lake's properties, for each named lake in `lakes`. */
export function lakeLabelFeatures(lakes: unknown): FeatureCollection {
  const fc = lakes as Partial<FeatureCollection> | null;
  const features = (Array.isArray(fc?.features) ? fc.features : []).flatMap((f): Feature[] => {
    const name: unknown = f?.properties?.name;
    const at = typeof name === 'string' && name !== '' && f.geometry ? labelPoint(f.geometry) : null;
    return at
      ? [{ type: 'Feature', properties: f.properties, geometry: { type: 'Point', coordinates: at } }]
      : [];
  });
  return { type: 'FeatureCollection', features };
}

/** The style with its lake label source filled from the lakes source's data, when that is inline. */
export function withLakeLabels(style: StyleSpecification): StyleSpecification {
  const lakes = style.sources['lakes'];
  const data = lakes?.type === 'geojson' && typeof lakes.data === 'object' ? lakes.data : null;
  return {
    ...style,
    sources: { ...style.sources, [LAKE_LABEL_SOURCE]: { type: 'geojson', data: lakeLabelFeatures(data) } },
  };
}
