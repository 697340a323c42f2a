// position: points, with a radius of uncertainty around each.
import { circle } from '@turf/circle';
import type { MultiPoint, Point } from 'geojson';
import { unionAll } from '../geo/polys';
import { readings } from '../geo/ranges';
import type { Lonlat, Poly } from '../geo/types';
import type { PositionParams } from '../schema/shape';
import type { Recipe } from './types';
import { phrase } from '../../i18n/phrases';

/** Union of circles of `radiusKm` around `points` (64-sided). */
const circles = (points: readonly Lonlat[], radiusKm: number): Poly | null =>
  unionAll(points.map((pt) => circle(pt, radiusKm, { units: 'kilometers', steps: 64 }).geometry));

export const position: Recipe<PositionParams> = (p) => {
  const r = readings(p.radiusKm);
  const geometry: Point | MultiPoint =
    p.points.length === 1
      ? { type: 'Point', coordinates: p.points[0] as Lonlat }
      : { type: 'MultiPoint', coordinates: p.points };
  const wide = circles(p.points, r.wide) ?? undefined;
  const narrow = r.exact ? undefined : (circles(p.points, r.narrow) ?? undefined);
  return {
    geometry,
    ...(narrow ? { narrow } : {}),
    ...(wide ? { wide } : {}),
    assumptions: [
      phrase('phPositions', { points: p.points }),
      phrase(r.exact ? 'phPositionRadius' : 'phPositionRadii', { radius: p.radiusKm }),
    ],
    notes: [],
  };
};
