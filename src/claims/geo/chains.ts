// Joins the pieces of a broken line (a border interrupted by lakes) into continuous chains.
import { distance } from '@turf/distance';
import type { Lonlat } from './types';

/** A straight segment added across a gap between two pieces. */
export interface Bridge {
  from: Lonlat;
  to: Lonlat;
  km: number;
}

export interface Chains {
  lines: Lonlat[][];
  bridges: Bridge[];
}

const KM = { units: 'kilometers' } as const;
const first = (l: readonly Lonlat[]) => l[0] as Lonlat;
const last = (l: readonly Lonlat[]) => l[l.length - 1] as Lonlat;

interface Join {
  a: number;
  b: number;
  /** Which ends meet: a's end (true) or start (false), b's start (true) or end (false). */
  aEnd: boolean;
  bStart: boolean;
  km: number;
}

/** The closest pair of ends of two different lines, if within `maxGapKm`. */
function closestJoin(lines: readonly Lonlat[][], maxGapKm: number): Join | null {
  let best: Join | null = null;
  for (let a = 0; a < lines.length; a++) {
    for (let b = 0; b < lines.length; b++) {
      if (a === b) continue;
      const la = lines[a] as Lonlat[];
      const lb = lines[b] as Lonlat[];
      for (const aEnd of [true, false]) {
        for (const bStart of [true, false]) {
          const km = distance(aEnd ? last(la) : first(la), bStart ? first(lb) : last(lb), KM);
          if (km <= maxGapKm && (best === null || km < best.km)) best = { a, b, aEnd, bStart, km };
        }
      }
    }
  }
  return best;
}

/** Joins line pieces end to end wherever two ends are within `maxGapKm`, closest pairs first. */
export function stitch(pieces: readonly (readonly Lonlat[])[], maxGapKm: number): Chains {
  const lines = pieces.filter((p) => p.length >= 2).map((p) => [...p]);
  const bridges: Bridge[] = [];
  for (let join = closestJoin(lines, maxGapKm); join; join = closestJoin(lines, maxGapKm)) {
    const a = lines[join.a] as Lonlat[];
    const b = lines[join.b] as Lonlat[];
    const head = join.aEnd ? a : [...a].reverse();
    const tail = join.bStart ? b : [...b].reverse();
    const gap = { from: last(head), to: first(tail), km: join.km };
    if (gap.km > 1e-6) bridges.push(gap);
    const joined = gap.km > 1e-6 ? [...head, ...tail] : [...head, ...tail.slice(1)];
    lines.splice(Math.max(join.a, join.b), 1);
    lines.splice(Math.min(join.a, join.b), 1, joined);
  }
  return { lines, bridges };
}
