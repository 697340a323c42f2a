// The area between a claimed line and the reference line: land and water the claim puts on the other side.
import { bbox } from '@turf/bbox';
import type { Polygon } from 'geojson';
import { RecipeError } from './errors';
import { locate, sliceAlongKm } from './lines';
import { intersectPolys } from './polys';
import type { Lonlat, Poly } from './types';
import { phrase, type Phrase } from '../../i18n/phrases';

export interface Enclosed {
  /** Points between the two lines (on opposite sides under each); null when the lines coincide. */
  area: Poly | null;
  /** The claimed line with its ends joined to the reference line. */
  line: Lonlat[];
  notes: Phrase[];
}

/**
 * Joins both ends of `line` to the nearest reference chain (each within `snapKm`), closes the ring back along
 * the reference line, and resolves the ring's self-crossings: the result is every point that lies on different
 * sides of the two lines (where the lines cross, the area changes hands from one side to the other).
 */
export function enclosedBetween(
  line: readonly Lonlat[],
  chains: readonly Lonlat[][],
  snapKm: number,
): Enclosed {
  const start = locate(chains, line[0] as Lonlat);
  const end = locate(chains, line[line.length - 1] as Lonlat);
  if (!start || !end) throw new RecipeError(phrase('errRefEmpty', {}));
  for (const [key, at] of [
    ['errStartFar', start],
    ['errEndFar', end],
  ] as const) {
    if (at.distanceKm > snapKm) throw new RecipeError(phrase(key, { km: at.distanceKm, max: snapKm }));
  }
  if (start.line !== end.line) throw new RecipeError(phrase('errDifferentPieces', {}));
  const notes = [
    phrase('phJoined', {
      from: start.point,
      fromM: Math.round(start.distanceKm * 1000),
      to: end.point,
      toM: Math.round(end.distanceKm * 1000),
    }),
  ];
  const joined: Lonlat[] = [start.point, ...line, end.point];
  const chain = chains[start.line] as Lonlat[];
  const back = sliceAlongKm(
    chain,
    Math.min(start.alongKm, end.alongKm),
    Math.max(start.alongKm, end.alongKm),
  );
  if (start.alongKm < end.alongKm) back.reverse();
  const ring: Lonlat[] = [...joined, ...back, start.point];
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  const [w, s, e, n] = bbox(polygon);
  const frame: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [w - 1, s - 1],
        [e + 1, s - 1],
        [e + 1, n + 1],
        [w - 1, n + 1],
        [w - 1, s - 1],
      ],
    ],
  };
  // Clipping the ring against a frame around it resolves its self-crossings into simple polygons.
  return { area: intersectPolys(polygon, frame), line: joined, notes };
}
