// Where a claim's label goes: one point inside its shape. Pure.
//
// Left to MapLibre, a polygon's label is placed per tile, inside the part of the polygon that tile holds: a
// shape across tiles gets a label per tile, at places that move with the zoom, and may get none at all where
// the tile's part is too small. One point per claim, chosen here, is placed once and stays put.
import type { Geometry, Position } from 'geojson';

/** Horizontal lines tried across the shape's bounding box; each stretch inside the shape on them is a candidate. */
const SCANLINES = 9;

/**
 * The widest stretches tried on each scanline. A shape with thousands of spikes crosses a scanline hundreds of
 * times, and each stretch tried costs a pass over every vertex: with all of them, a 5,000-position star held
 * the page for seconds. The roomiest point is in one of the widest stretches of a shape of that kind anyway.
 */
const STRETCHES_PER_SCANLINE = 8;

export function labelPoint(g: Geometry): [number, number] | null {
  switch (g.type) {
    case 'Point':
      return [g.coordinates[0]!, g.coordinates[1]!];
    case 'MultiPoint':
      return g.coordinates[0] ? [g.coordinates[0][0]!, g.coordinates[0][1]!] : null;
    case 'Polygon':
      return insidePoint(g.coordinates);
    case 'MultiPolygon': {
      const largest = g.coordinates.reduce<Position[][] | null>(
        (best, p) => (best === null || partArea(p) > partArea(best) ? p : best),
        null,
      );
      return largest ? insidePoint(largest) : null;
    }
    default:
      return null;
  }
}

/** A polygon's area less its holes' (only compared, in degrees²). */
function partArea(rings: readonly Position[][]): number {
  return rings.reduce((sum, ring, k) => sum + (k === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** The shoelace area of a ring, unsigned. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum / 2);
}

/**
 * Where the line `axis = at` (axis 1: y, a horizontal line; axis 0: x, a vertical one) crosses the polygon's
 * rings, as the stretches inside it (even–odd, so holes are left out), widest first.
 */
function stretches(rings: readonly Position[][], axis: 0 | 1, at: number): [number, number][] {
  const other = axis === 1 ? 0 : 1;
  const cuts: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      if (a[axis]! <= at === b[axis]! <= at) continue;
      cuts.push(a[other]! + ((at - a[axis]!) * (b[other]! - a[other]!)) / (b[axis]! - a[axis]!));
    }
  }
  cuts.sort((p, q) => p - q);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k += 2) out.push([cuts[k]!, cuts[k + 1]!]);
  return out.sort((p, q) => q[1] - q[0] - (p[1] - p[0]));
}

/** The stretch on the line `axis = at` that holds `along` (a position on the other axis), if any. */
function stretchAround(
  rings: readonly Position[][],
  axis: 0 | 1,
  at: number,
  along: number,
): [number, number] | undefined {
  return stretches(rings, axis, at).find(([lo, hi]) => lo <= along && along <= hi);
}

/**
 * Each stretch on each scanline gives two candidates: its middle, and that moved to the middle of the vertical
 * stretch through it. A candidate's room is how far it is from the shape's edge straight across and straight
 * up or down (across scaled by the latitude, so both are in like units); the roomiest wins. So a label keeps
 * out of spikes and thin arms, which the widest stretch alone does not.
 */
function insidePoint(rings: readonly Position[][]): [number, number] | null {
  const outer = rings[0];
  if (!outer || outer.length < 3) return null;
  let [minY, maxY] = [Infinity, -Infinity];
  for (const p of outer) [minY, maxY] = [Math.min(minY, p[1]!), Math.max(maxY, p[1]!)];
  const xScale = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const room = (x: number, y: number, row: [number, number], column: [number, number]): number =>
    Math.min(Math.min(x - row[0], row[1] - x) * xScale, y - column[0], column[1] - y);
  let best: { at: [number, number]; room: number } = { at: [outer[0]![0]!, outer[0]![1]!], room: -1 };
  for (let k = 1; k <= SCANLINES; k++) {
    const y = minY + ((maxY - minY) * k) / (SCANLINES + 1);
    for (const row of stretches(rings, 1, y).slice(0, STRETCHES_PER_SCANLINE)) {
      const x = (row[0] + row[1]) / 2;
      const column = stretchAround(rings, 0, x, y) ?? [y, y];
      const midY = (column[0] + column[1]) / 2;
      const moved = stretchAround(rings, 1, midY, x) ?? [x, x];
      for (const c of [
        { at: [x, y] as [number, number], room: room(x, y, row, column) },
        { at: [x, midY] as [number, number], room: room(x, midY, moved, column) },
      ]) {
        if (c.room > best.room) best = c;
      }
    }
  }
  return best.at;
}
