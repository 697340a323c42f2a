// Polygon booleans on bare geometries (turf works on features): null stands for "empty".
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import { difference } from '@turf/difference';
import { area } from '@turf/area';
import type { Feature, Polygon } from 'geojson';
import type { Poly } from './types';

const feature = (geometry: Poly): Feature<Poly> => ({ type: 'Feature', properties: {}, geometry });
const fc = (geoms: readonly Poly[]) => ({ type: 'FeatureCollection' as const, features: geoms.map(feature) });

/** Drops a result that is missing or has (almost) no area (< 1 m²). */
const nonEmpty = (f: Feature<Poly> | null): Poly | null => (f && area(f.geometry) >= 1 ? f.geometry : null);

/** Union of any number of polygons; null when there are none. */
export function unionAll(geoms: readonly (Poly | null | undefined)[]): Poly | null {
  const present = geoms.filter((g): g is Poly => g != null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0] as Poly;
  return nonEmpty(union(fc(present)));
}

/** Intersection of two polygons; null when they do not overlap. */
export const intersectPolys = (a: Poly | null, b: Poly | null): Poly | null =>
  a && b ? nonEmpty(intersect(fc([a, b]))) : null;

/** `a` minus `b`; null when nothing is left. */
export const subtractPolys = (a: Poly | null, b: Poly | null): Poly | null =>
  !a ? null : !b ? a : nonEmpty(difference(fc([a, b])));

/** The single polygons of a polygon or multipolygon. */
export const polygonsOf = (g: Poly | null): Polygon[] =>
  !g
    ? []
    : g.type === 'Polygon'
      ? [g]
      : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

/** Area in km² (turf's spherical area). */
export const areaKm2 = (g: Poly | null): number => (g ? area(g) / 1e6 : 0);
