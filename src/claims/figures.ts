// Figures of claim shapes: area, deepest point from the reference border, overlap and difference of two claims.
import { distance } from '@turf/distance';
import { grownBox, linesNear } from './geo/clip';
import { distanceToLinesKm } from './geo/distance';
import { areaKm2 as polyAreaKm2, intersectPolys, subtractPolys } from './geo/polys';
import type { Lonlat, Poly, ShapeGeometry, Side } from './geo/types';
import type { DerivedShape } from './recipes/types';
import { borderChains, type ReferenceGeography } from './reference';

const KM = { units: 'kilometers' } as const;

/** Edges are cut into pieces of at most this length before measuring depth, so the max is found within metres. */
export const DENSIFY_KM = 0.05;

/**
 * The most points an outline is sampled at for its depth. A longer outline is sampled at a longer step rather
 * than refused: its depth is still worth showing, only less exact (to within half the step), and the card
 * says so. (At 50 m, 5,000 points are 250 km of outline; the claims drawn so far have at most a few dozen.)
 * Every position lies in the case's region and a shape has at most 5,000 (bounds.ts), so the work stays bounded.
 */
export const MAX_SAMPLES = 5_000;

const isPoly = (g: ShapeGeometry | null | undefined): g is Poly =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/** Area of a shape in km² (spherical; 0 for points and lines). */
export const areaKm2 = (g: ShapeGeometry | null | undefined): number => (isPoly(g) ? polyAreaKm2(g) : 0);

/** Area in km² that `a` and `b` have in common (0 unless both are areas). */
export const overlapKm2 = (
  a: ShapeGeometry | null | undefined,
  b: ShapeGeometry | null | undefined,
): number => (isPoly(a) && isPoly(b) ? polyAreaKm2(intersectPolys(a, b)) : 0);

/** Area in km² of `a` outside `b` (a minus b). */
export const differenceKm2 = (
  a: ShapeGeometry | null | undefined,
  b: ShapeGeometry | null | undefined,
): number => (!isPoly(a) ? 0 : isPoly(b) ? polyAreaKm2(subtractPolys(a, b)) : polyAreaKm2(a));

/** The polylines whose vertices stand for a shape: rings, lines, or single points. */
function outlines(g: ShapeGeometry): Lonlat[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates as Lonlat]];
    case 'MultiPoint':
      return g.coordinates.map((p) => [p as Lonlat]);
    case 'LineString':
      return [g.coordinates as Lonlat[]];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates as Lonlat[][];
    case 'MultiPolygon':
      return g.coordinates.flat() as Lonlat[][];
  }
}

/** The vertices of a polyline with extra ones inserted so that no step is longer than `stepKm`. */
export function densify(line: readonly Lonlat[], stepKm: number): Lonlat[] {
  const out: Lonlat[] = line.slice(0, 1);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Lonlat;
    const b = line[i] as Lonlat;
    const n = Math.max(1, Math.ceil(distance(a, b, KM) / stepKm));
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

/** The sampling step for outlines: `stepKm`, or longer, so that they have at most MAX_SAMPLES points. */
export function samplingStepKm(lines: readonly (readonly Lonlat[])[], stepKm = DENSIFY_KM): number {
  let km = 0;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) km += distance(line[i - 1] as Lonlat, line[i] as Lonlat, KM);
  return Math.max(stepKm, km / MAX_SAMPLES);
}

export interface Deepest {
  km: number;
  at: Lonlat;
  /** The step the outline was sampled at, when it had to be longer than asked (a long outline). */
  sampledEveryKm?: number;
}

/** The point of a shape farthest from the border `lines` (over its densified vertices), and that distance in km. */
export function deepestFromBorder(
  g: ShapeGeometry,
  lines: readonly Lonlat[][],
  stepKm = DENSIFY_KM,
): Deepest {
  const parts = outlines(g);
  const step = samplingStepKm(parts, stepKm);
  const vertices = parts.flatMap((l) => densify(l, step));
  const all = lines as Lonlat[][];
  const first = vertices[0] as Lonlat;
  // No vertex is farther from the border than the first vertex's distance plus the shape's size: only border
  // segments within that reach can be nearest to any vertex.
  const box = grownBox(g, 0);
  const size = distance([box[0], box[1]], [box[2], box[3]], KM);
  // (The first distance is measured over the whole line, where the local projection is least exact: pad it.)
  const near = linesNear(all, grownBox(g, 1.1 * distanceToLinesKm(first, all) + size + 1));
  let best: Deepest = { km: -1, at: first };
  for (const v of vertices) {
    const km = distanceToLinesKm(v, near);
    if (km > best.km) best = { km, at: v };
  }
  return step > stepKm ? { ...best, sampledEveryKm: step } : best;
}

/** Per reading: main, and narrow/wide where the shape has them. */
export interface ByReading<T> {
  main: T;
  narrow?: T;
  wide?: T;
}

export interface ShapeFigures {
  areaKm2: ByReading<number>;
  deepestKm: ByReading<number>;
  /** Where the main shape's deepest point is. */
  deepestAt: Lonlat;
  /** Only for an outline too long to sample every 50 m: the step its depth was measured at (km). */
  sampledEveryKm?: number;
  /** Land the claim moves, km², by the country it goes to. */
  transfersKm2?: Partial<Record<`to${Side}`, number>>;
  /** Percent per side of each feature the shape divides. */
  sharesPct?: Record<string, Record<Side, number>>;
}

/** A reading's value, computed only for the readings the shape has. */
function byReading<T>(
  shape: DerivedShape,
  f: (g: ShapeGeometry) => T,
  main = f(shape.geometry),
): ByReading<T> {
  return {
    main,
    ...(shape.narrow ? { narrow: f(shape.narrow) } : {}),
    ...(shape.wide ? { wide: f(shape.wide) } : {}),
  };
}

/** All figures of a derived shape; depths are measured from the reference line, bridged across lakes. */
export function shapeFigures(shape: DerivedShape, refs: ReferenceGeography): ShapeFigures {
  const border = borderChains(refs).lines;
  const deepest = deepestFromBorder(shape.geometry, border);
  let sampledEveryKm = deepest.sampledEveryKm;
  const depth = (g: ShapeGeometry) => {
    const d = deepestFromBorder(g, border);
    if (d.sampledEveryKm) sampledEveryKm = Math.max(sampledEveryKm ?? 0, d.sampledEveryKm);
    return d.km;
  };
  const figures: ShapeFigures = {
    areaKm2: byReading(shape, areaKm2),
    deepestKm: byReading(shape, depth, deepest.km),
    deepestAt: deepest.at,
  };
  if (sampledEveryKm) figures.sampledEveryKm = sampledEveryKm;
  if (shape.transfers)
    figures.transfersKm2 = Object.fromEntries(
      Object.entries(shape.transfers).map(([k, g]) => [k, areaKm2(g)]),
    );
  if (shape.shares) figures.sharesPct = Object.fromEntries(shape.shares.map((s) => [s.feature, s.pct]));
  return figures;
}
