// Where a claim's label goes: one point inside its shape. Pure.
//
// Left to MapLibre, a polygon's label is placed per tile, inside the part of the polygon that tile holds: a
// shape across tiles gets a label per tile, at places that move with the zoom, and may get none at all where
// the tile's part is too small. One point per claim, chosen here, is placed once and stays put.
import type { Geometry, Position } from 'geojson';

/** Horizontal lines tried across the shape's bounding box (the widest stretch inside the shape wins). */
const SCANLINES = 9;

/**
 * A point inside `g` to label it at: for areas, the middle of the widest horizontal stretch inside the
 * largest part, moved to the middle of the vertical stretch there; for points, the (first) point. Null for
 * lines and empty shapes, which are not labelled.
 */
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
        (best, p) => (best === null || ringArea(p[0] ?? []) > ringArea(best[0] ?? []) ? p : best),
        null,
      );
      return largest ? insidePoint(largest) : null;
    }
    default:
      return null;
  }
}

/** The shoelace area of a ring, unsigned (only compared, in degrees²). */
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

function insidePoint(rings: readonly Position[][]): [number, number] | null {
  const outer = rings[0];
  if (!outer || outer.length < 3) return null;
  const ys = outer.map((p) => p[1]!);
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  let best: { y: number; from: number; to: number } | null = null;
  for (let k = 1; k <= SCANLINES; k++) {
    const y = minY + ((maxY - minY) * k) / (SCANLINES + 1);
    const widest = stretches(rings, 1, y)[0];
    if (widest && (!best || widest[1] - widest[0] > best.to - best.from)) {
      best = { y, from: widest[0], to: widest[1] };
    }
  }
  if (!best) return [outer[0]![0]!, outer[0]![1]!];
  const x = (best.from + best.to) / 2;
  // Centre it up and down too, within the vertical stretch through it that holds the scanline's point.
  const column = stretches(rings, 0, x).find(([lo, hi]) => lo <= best.y && best.y <= hi);
  return [x, column ? (column[0] + column[1]) / 2 : best.y];
}
