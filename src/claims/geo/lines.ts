// Polylines measured in km along their length: lengths, locating a point, cutting a stretch.
import { distance } from '@turf/distance';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { Lonlat } from './types';

const KM = { units: 'kilometers' } as const;

/** Great-circle length of each segment, in km. */
export const segmentLengthsKm = (coords: readonly Lonlat[]): number[] =>
  coords.slice(1).map((p, i) => distance(coords[i] as Lonlat, p, KM));

/** Length of a polyline in km. */
export const lengthKm = (coords: readonly Lonlat[]): number =>
  segmentLengthsKm(coords).reduce((a, b) => a + b, 0);

/** Linear interpolation between two positions (fine for segments of a few km). */
const lerp = (a: Lonlat, b: Lonlat, t: number): Lonlat => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** The part of a polyline between `fromKm` and `toKm` along it (clamped to the line), at least 2 positions. */
export function sliceAlongKm(coords: readonly Lonlat[], fromKm: number, toKm: number): Lonlat[] {
  const seg = segmentLengthsKm(coords);
  const total = seg.reduce((a, b) => a + b, 0);
  const from = Math.max(0, Math.min(fromKm, total));
  const to = Math.max(from, Math.min(toKm, total));
  const out: Lonlat[] = [];
  let at = 0;
  for (let i = 0; i < seg.length; i++) {
    const len = seg[i] as number;
    const a = coords[i] as Lonlat;
    const b = coords[i + 1] as Lonlat;
    const end = at + len;
    if (len > 0 && out.length === 0 && from <= end) out.push(lerp(a, b, (from - at) / len));
    if (len > 0 && out.length > 0) {
      if (to <= end) {
        out.push(lerp(a, b, (to - at) / len));
        break;
      }
      out.push(b);
    }
    at = end;
  }
  if (out.length === 0) out.push(coords[0] as Lonlat);
  if (out.length === 1) out.push(out[0] as Lonlat);
  return out;
}

export interface Located {
  /** Index of the line in the list. */
  line: number;
  /** Distance along that line to the nearest point, km. */
  alongKm: number;
  /** The nearest point on the line. */
  point: Lonlat;
  /** Distance from the given point to the line, km. */
  distanceKm: number;
}

/** The nearest point to `pt` on any of `lines`, with its position along its line. */
export function locate(lines: readonly (readonly Lonlat[])[], pt: Lonlat): Located | null {
  let best: Located | null = null;
  lines.forEach((coords, line) => {
    if (coords.length < 2) return;
    const near = nearestPointOnLine({ type: 'LineString', coordinates: coords as Lonlat[] }, pt, KM);
    const distanceKm = near.properties.pointDistance;
    if (best === null || distanceKm < best.distanceKm) {
      best = {
        line,
        alongKm: near.properties.lineDistance,
        point: near.geometry.coordinates as Lonlat,
        distanceKm,
      };
    }
  });
  return best;
}

/**
 * A polyline with vertices dropped where it strays less than `toleranceKm` from the straight line between the
 * kept ones (Douglas–Peucker, measured in a local projection: fine for lines of a few hundred km). Iterative.
 */
export function simplifyKm(coords: readonly Lonlat[], toleranceKm: number): Lonlat[] {
  if (coords.length <= 2) return coords.slice();
  const lat0 = (((coords[0] as Lonlat)[1] + (coords[coords.length - 1] as Lonlat)[1]) / 2) * (Math.PI / 180);
  const kx = 111.2 * Math.cos(lat0);
  const ky = 111.2;
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack: [number, number][] = [[0, coords.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    const a = coords[i] as Lonlat;
    const b = coords[j] as Lonlat;
    const dx = (b[0] - a[0]) * kx;
    const dy = (b[1] - a[1]) * ky;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const p = coords[k] as Lonlat;
      const px = (p[0] - a[0]) * kx;
      const py = (p[1] - a[1]) * ky;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
      const d = Math.hypot(px - t * dx, py - t * dy);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > toleranceKm) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return coords.filter((_, k) => keep[k] === 1) as Lonlat[];
}
