// The overlay's comparison of the two sides. Heavy (polygon clipping): loaded only when overlay mode opens.
import { areaKm2, intersectPolys, subtractPolys, unionAll } from '../claims/geo/polys';
import type { Poly } from '../claims/geo/types';

export interface SideComparison {
  /** Area claimed by both sides' shapes (km²), and by only one of them. */
  bothKm2: number;
  onlyAKm2: number;
  onlyBKm2: number;
  overlap: Poly | null;
}

/** Compares the union of side A's claim areas with side B's. */
export function compareSides(a: readonly (Poly | null)[], b: readonly (Poly | null)[]): SideComparison {
  const ua = unionAll(a);
  const ub = unionAll(b);
  const overlap = intersectPolys(ua, ub);
  return {
    bothKm2: areaKm2(overlap),
    onlyAKm2: areaKm2(subtractPolys(ua, ub)),
    onlyBKm2: areaKm2(subtractPolys(ub, ua)),
    overlap,
  };
}
