// The card note for shapes that use the reference line's straight bridge across a lake: the land data has only a
// coarse gap there, so the line across the lake (and any share of the lake it gives) is an assumption of this map.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Bridge } from './geo/chains';
import { distanceToLinesKm } from './geo/distance';
import type { Lonlat } from './geo/types';
import { borderChains, type ReferenceGeography } from './reference';
import { phrase, type Phrase } from '../i18n/phrases';

const midpoint = (b: Bridge): Lonlat => [(b.from[0] + b.to[0]) / 2, (b.from[1] + b.to[1]) / 2];

/** The bridges of the reference line that cross lake `id` (their midpoint lies in it). */
export function bridgesAcross(refs: ReferenceGeography, id: string): Bridge[] {
  const lake = refs.lakes[id];
  if (!lake) return [];
  return borderChains(refs).bridges.filter((b) => booleanPointInPolygon(midpoint(b), lake));
}

/** The id of the lake a bridge crosses, or null (a break in the line not at a known lake). */
export function lakeOfBridge(refs: ReferenceGeography, b: Bridge): string | null {
  const mid = midpoint(b);
  return Object.entries(refs.lakes).find(([, lake]) => booleanPointInPolygon(mid, lake))?.[0] ?? null;
}

/** Vertices of a lake's outline (its outer ring, without the closing repeat). */
function outlineVertices(refs: ReferenceGeography, id: string): number {
  const lake = refs.lakes[id];
  const ring = lake?.type === 'Polygon' ? lake.coordinates[0] : lake?.coordinates[0]?.[0];
  return Math.max(0, (ring?.length ?? 1) - 1);
}

/** Notes for a shape that uses lakes `ids`: one per lake the reference line is bridged across. */
export function bridgeNotes(refs: ReferenceGeography, ids: readonly string[]): Phrase[] {
  return [...new Set(ids)].flatMap((id) =>
    bridgesAcross(refs, id).map((b) =>
      phrase('bridgeNote', { lake: id, km: b.km, n: outlineVertices(refs, id) }),
    ),
  );
}

/**
 * Notes for a depth measured to a bridge: when the reference line is nearer to the deepest point `at` with its
 * bridges than without, the depth figure is measured to a bridge, and the card says so.
 */
export function depthBridgeNotes(refs: ReferenceGeography, at: Lonlat): Phrase[] {
  const chains = borderChains(refs);
  const bridged = distanceToLinesKm(at, chains.lines);
  const surveyed = distanceToLinesKm(at, refs.border.coordinates as Lonlat[][]);
  if (surveyed - bridged < 0.001) return [];
  const nearest = chains.bridges.filter((b) => distanceToLinesKm(at, [[b.from, b.to]]) - bridged < 0.001);
  return bridgeNotes(
    refs,
    nearest.map((b) => lakeOfBridge(refs, b)).filter((id): id is string => id !== null),
  );
}
