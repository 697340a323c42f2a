// Turns claims and their shapes into the GeoJSON the claim layers draw. Pure.
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { partyGroup, type PartyGroup } from '../claims/parties';
import type { Claim } from '../claims/schema/claim';

/** The parts of a claim's shape the map draws: the shape itself and its narrowest and widest readings. */
export interface DrawableShape {
  geometry: Geometry;
  narrow?: Polygon | MultiPolygon;
  wide?: Polygon | MultiPolygon;
  /** A line drawn with the shape: a claimed boundary, or the line dividing a lake. */
  line?: LineString | MultiLineString;
}

export type Reading = 'main' | 'narrow' | 'wide';

export interface ClaimFeatureProps {
  claimId: string;
  party: string;
  kind: string;
  derived: boolean;
  reading: Reading;
  /** What the claim's label on the map says; absent when there are too many claims to label. */
  label?: string;
  /** The party group that drew or described the line, when that is another party than the claim's. */
  lineBy?: PartyGroup;
}

/**
 * Claim labels help with a few claims and only cost (symbol placement) with thousands: up to this many are
 * labelled. The rule is in the data, not in the layers' visibility: hiding a layer makes MapLibre re-tile.
 */
export const MAX_LABELLED_CLAIMS = 300;

/** A claim's map label: its claimant, cut at the first comma or bracket when long (the card says it whole). */
export const mapLabel = (claimant: string): string =>
  claimant.length <= 60 ? claimant : (claimant.split(/,| \(/)[0] ?? claimant);

/** One feature per drawn part. `promoteId: 'fid'` is not used: claim ids repeat across readings. */
export function claimFeatures(
  claims: readonly Claim[],
  shapes: ReadonlyMap<string, DrawableShape>,
): FeatureCollection<Geometry, ClaimFeatureProps> {
  const features: Feature<Geometry, ClaimFeatureProps>[] = [];
  const labelled = claims.length <= MAX_LABELLED_CLAIMS;
  for (const claim of claims) {
    const shape = shapes.get(claim.id);
    if (!shape || !claim.shape) continue;
    const whose = claim.shape.whoseLine?.party;
    const lineBy = whose !== undefined && whose !== claim.party ? partyGroup(whose) : undefined;
    const props = (reading: Reading): ClaimFeatureProps => ({
      claimId: claim.id,
      party: partyGroup(claim.party),
      kind: claim.kind,
      derived: claim.shape?.recipe !== 'given',
      reading,
      ...(labelled ? { label: mapLabel(claim.claimant) } : {}),
      ...(lineBy ? { lineBy } : {}),
    });
    // Wide first and narrow last, so the narrowest reading draws on top.
    if (shape.wide) features.push({ type: 'Feature', geometry: shape.wide, properties: props('wide') });
    features.push({ type: 'Feature', geometry: shape.geometry, properties: props('main') });
    if (shape.narrow) features.push({ type: 'Feature', geometry: shape.narrow, properties: props('narrow') });
    if (shape.line) features.push({ type: 'Feature', geometry: shape.line, properties: props('main') });
  }
  return { type: 'FeatureCollection', features };
}

/** The overlaps between the two sides' claims, one feature per pair (`a` Armenia's claim, `b` Azerbaijan's). */
export function overlapFeatures(
  overlaps: ReadonlyMap<string, readonly { id: string; geometry?: Polygon | MultiPolygon }[]>,
): FeatureCollection<Polygon | MultiPolygon, { a: string; b: string }> {
  const features: Feature<Polygon | MultiPolygon, { a: string; b: string }>[] = [];
  for (const [a, list] of overlaps) {
    for (const o of list) {
      if (o.geometry) features.push({ type: 'Feature', geometry: o.geometry, properties: { a, b: o.id } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The features of each party group (each is a map source of its own), every group present. */
export function featuresByGroup<P extends { party: string }>(
  fc: FeatureCollection<Geometry, P>,
): Record<PartyGroup, FeatureCollection<Geometry, P>> {
  const of = (g: PartyGroup): FeatureCollection<Geometry, P> => ({
    type: 'FeatureCollection',
    features: fc.features.filter((f) => f.properties.party === g),
  });
  return { armenia: of('armenia'), azerbaijan: of('azerbaijan'), third: of('third') };
}
