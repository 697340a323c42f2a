// given: a geometry drawn as given; polygon winding is repaired to RFC 7946, nothing else is changed.
import { rewind } from '@turf/rewind';
import type { ShapeGeometry } from '../geo/types';
import type { GivenParams } from '../schema/shape';
import type { Recipe } from './types';

export const given: Recipe<GivenParams> = (p) => {
  // rewind returns the same geometry type it is given (typed loosely by turf).
  const geometry = rewind(p.geometry, { reverse: false }) as ShapeGeometry;
  const repaired = JSON.stringify(geometry) !== JSON.stringify(p.geometry);
  return {
    geometry,
    assumptions: [
      'The shape is drawn as given in the data (checked: closed rings, coordinates in range, no self-intersections).',
    ],
    notes: repaired
      ? [
          'Ring winding repaired to the RFC 7946 right-hand rule (outer rings counter-clockwise, holes clockwise).',
        ]
      : [],
  };
};
