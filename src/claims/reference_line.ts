// The reference border line as the recipes read it: which features of border.geojson make it up, and where it
// is bridged straight across a break (a lake sits on the line and no land polygon covers it).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { stitch, type Bridge } from './geo/chains';
import type { Lonlat } from './geo/types';

/** Ids of the border features (in `border.geojson`) that make up the reference line. */
export const BORDER_IDS = ['arm-aze-main', 'arm-nakhchivan'] as const;

/** Gaps in the reference line up to this long are bridged straight (the line breaks where lakes sit on it). */
export const MAX_BRIDGE_KM = 3;

/** The pieces of the reference line in a border FeatureCollection (empty when it has none). */
export function referenceLinePieces(borderFC: FeatureCollection<Geometry | null>): Lonlat[][] {
  return borderFC.features
    .filter((f: Feature<Geometry | null>) =>
      (BORDER_IDS as readonly unknown[]).includes((f.properties ?? {})['id']),
    )
    .flatMap((f) =>
      f.geometry?.type === 'LineString'
        ? [f.geometry.coordinates as Lonlat[]]
        : f.geometry?.type === 'MultiLineString'
          ? (f.geometry.coordinates as Lonlat[][])
          : [],
    );
}

/** The straight bridges the recipes add across the breaks of the reference line. */
export const referenceBridges = (pieces: readonly (readonly Lonlat[])[]): Bridge[] =>
  stitch(pieces, MAX_BRIDGE_KM).bridges;
