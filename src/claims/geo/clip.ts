// Cuts long polylines down to the parts near an area of interest, to keep geometry operations small.
import { bbox } from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { Lonlat } from './types';

export type Box = [number, number, number, number];

/** The bounding box of a geometry grown by `km` on every side. */
export function grownBox(g: Geometry, km: number): Box {
  const [w, s, e, n] = bbox(g) as Box;
  const dLat = km / 111.2;
  const dLng = km / (111.2 * Math.cos((((s + n) / 2) * Math.PI) / 180));
  return [w - dLng, s - dLat, e + dLng, n + dLat];
}

const segmentTouches = (a: Lonlat, b: Lonlat, [w, s, e, n]: Box) =>
  Math.max(a[0], b[0]) >= w &&
  Math.min(a[0], b[0]) <= e &&
  Math.max(a[1], b[1]) >= s &&
  Math.min(a[1], b[1]) <= n;

/** The runs of consecutive segments of `lines` whose bounding boxes touch `box`. */
export function linesNear(lines: readonly (readonly Lonlat[])[], box: Box): Lonlat[][] {
  const runs: Lonlat[][] = [];
  for (const line of lines) {
    let run: Lonlat[] = [];
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Lonlat;
      const b = line[i + 1] as Lonlat;
      if (segmentTouches(a, b, box)) {
        if (run.length === 0) run.push(a);
        run.push(b);
      } else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}
