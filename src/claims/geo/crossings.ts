// The first place where rings cross: what @turf/kinks finds, without collecting every crossing. A zigzag of
// 5,000 positions has millions of crossings; listing them all took gigabytes. This stops at the first, and
// compares only segments whose x-ranges overlap (a sweep), so a ring that does not cross costs little too.
import type { Lonlat } from './types';

interface Segment {
  ring: number;
  index: number;
  minX: number;
  maxX: number;
}

/** Where segments a→b and c→d meet (ends included), or null; parallel segments never meet (as in kinks). */
function meet(a: Lonlat, b: Lonlat, c: Lonlat, d: Lonlat): Lonlat | null {
  const den = (d[1] - c[1]) * (b[0] - a[0]) - (d[0] - c[0]) * (b[1] - a[1]);
  if (den === 0) return null;
  const ay = a[1] - c[1];
  const ax = a[0] - c[0];
  const s = ((d[0] - c[0]) * ay - (d[1] - c[1]) * ax) / den;
  const t = ((b[0] - a[0]) * ay - (b[1] - a[1]) * ax) / den;
  if (s < 0 || s > 1 || t < 0 || t > 1) return null;
  return [a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])];
}

/**
 * The first point (in order of x) where two segments of `rings` meet, other than neighbouring segments of one
 * ring (and its first and last, when it is closed); null when none do. The same rule as @turf/kinks.
 */
export function firstCrossing(rings: readonly (readonly Lonlat[])[]): Lonlat | null {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Lonlat;
      const b = ring[i + 1] as Lonlat;
      segments.push({ ring: r, index: i, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  segments.sort((p, q) => p.minX - q.minX);
  const closed = rings.map((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  });
  const neighbours = (p: Segment, q: Segment): boolean => {
    if (p.ring !== q.ring) return false;
    const gap = Math.abs(p.index - q.index);
    const lastIndex = (rings[p.ring] as Lonlat[]).length - 2;
    return gap === 1 || (gap === lastIndex && closed[p.ring] === true);
  };
  let active: Segment[] = [];
  for (const seg of segments) {
    active = active.filter((o) => o.maxX >= seg.minX);
    const ring = rings[seg.ring] as Lonlat[];
    const a = ring[seg.index] as Lonlat;
    const b = ring[seg.index + 1] as Lonlat;
    for (const other of active) {
      if (neighbours(seg, other)) continue;
      const oring = rings[other.ring] as Lonlat[];
      const c = oring[other.index] as Lonlat;
      const d = oring[other.index + 1] as Lonlat;
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1]))
        continue;
      const at = meet(a, b, c, d);
      if (at) return at;
    }
    active.push(seg);
  }
  return null;
}
