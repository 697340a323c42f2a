// given: a geometry drawn as given; polygon winding is repaired to RFC 7946, nothing else is changed.
import { rewind } from '@turf/rewind';
import type { ShapeGeometry } from '../geo/types';
import type { GivenParams } from '../schema/shape';
import type { Recipe } from './types';
import { phrase } from '../../i18n/phrases';

export const given: Recipe<GivenParams> = (p) => {
  // rewind returns the same geometry type it is given (typed loosely by turf).
  const geometry = rewind(p.geometry, { reverse: false }) as ShapeGeometry;
  const repaired = JSON.stringify(geometry) !== JSON.stringify(p.geometry);
  return {
    geometry,
    assumptions: [phrase('phGivenAsIs', {})],
    notes: repaired ? [phrase('phGivenRewound', {})] : [],
  };
};
