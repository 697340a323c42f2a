// The box around every claim the map draws: the first view frames it (unless a link names a camera).
import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** What `npm run derive` writes to geo/out/claim-bounds.json. */
export interface ClaimBoundsFile {
  version: string;
  /** West-south and east-north corners of all drawn claims (every reading), or null when none has a shape. */
  bounds: Bounds | null;
}

const r5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** The bounds of all the features (rounded outwards to about 1 m), or null for none. */
export function featureBounds(fc: FeatureCollection): Bounds | null {
  if (fc.features.length === 0) return null;
  const [w, s, e, n] = bbox(fc);
  if (![w, s, e, n].every(Number.isFinite)) return null;
  // (The tolerance keeps float noise, 39.7 × 1e5 = 3970000.0000000005, from moving a bound by a step.)
  const down = (x: number) => Math.floor(x * 1e5 + 1e-6) / 1e5;
  const up = (x: number) => Math.ceil(x * 1e5 - 1e-6) / 1e5;
  return [
    [r5(down(w)), r5(down(s))],
    [r5(up(e)), r5(up(n))],
  ];
}

/** Reads a claim-bounds file's bounds; null when it is missing or malformed (the map then uses its default). */
export function readClaimBounds(file: unknown): Bounds | null {
  const b = (file as { bounds?: unknown } | null)?.bounds;
  const isPair = (p: unknown): p is [number, number] =>
    Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!Array.isArray(b) || b.length !== 2 || !isPair(b[0]) || !isPair(b[1])) return null;
  const [[w, s], [e, n]] = b;
  return w <= e && s <= n && w >= -180 && e <= 180 && s >= -90 && n <= 90
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}
