// The card note for shapes that use the reference line's straight bridge across a lake: the land data has only a
// coarse gap there, so the line across the lake (and any share of the lake it gives) is an assumption of this map.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Bridge } from './geo/chains';
import { distanceToLinesKm } from './geo/distance';
import type { Lonlat } from './geo/types';
import { borderChains, type ReferenceGeography } from './reference';
import { fmtKm, LAKE_NAMES, lakeName } from './recipes/words';

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

/** What a bridge note says: the lake, the bridge's length and the lake outline's vertices. */
export interface BridgeNote {
  lake: string;
  km: number;
  vertices: number;
}

/** A bridge note in words (the shapes' files keep it in English; cards show it in the reader's language). */
export const bridgeNoteText = (n: BridgeNote): string =>
  `Border across ${lakeName(n.lake)}: a straight bridge between the shore points (${fmtKm(n.km)}), an assumption ` +
  `of this map. The lake's outline is a ${n.vertices}-vertex gap in the land data, not a surveyed shore, and ` +
  `this shape and its figures use both.`;

const BRIDGE_NOTE =
  /^Border across (.+): a straight bridge between the shore points \((\d+(?:\.\d+)?) km\), an assumption of this map\. The lake's outline is a (\d+)-vertex gap in the land data, not a surveyed shore, and this shape and its figures use both\.$/;

/** Reads a note `bridgeNoteText` wrote (so a card can say it in another language); null for any other text. */
export function readBridgeNote(text: string): BridgeNote | null {
  const m = BRIDGE_NOTE.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const lake = Object.entries(LAKE_NAMES).find(([, n]) => n === name)?.[0] ?? name.replace(/^lake /, '');
  return { lake, km: Number(m[2]), vertices: Number(m[3]) };
}

/** Notes for a shape that uses lakes `ids`: one per lake the reference line is bridged across. */
export function bridgeNotes(refs: ReferenceGeography, ids: readonly string[]): string[] {
  return [...new Set(ids)].flatMap((id) =>
    bridgesAcross(refs, id).map((b) =>
      bridgeNoteText({ lake: id, km: b.km, vertices: outlineVertices(refs, id) }),
    ),
  );
}

/**
 * Notes for a depth measured to a bridge: when the reference line is nearer to the deepest point `at` with its
 * bridges than without, the depth figure is measured to a bridge, and the card says so.
 */
export function depthBridgeNotes(refs: ReferenceGeography, at: Lonlat): string[] {
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
