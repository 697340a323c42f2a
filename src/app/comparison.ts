// The overlay's comparison of the two sides. Heavy (polygon clipping): loaded only when overlay mode opens.
import { areaKm2, intersectPolys, subtractPolys, unionAll } from '../claims/geo/polys';
import type { Poly } from '../claims/geo/types';
import type { Claim } from '../claims/schema/claim';

export interface SideComparison {
  /** Area claimed by both sides' shapes (km²), and by only one of them. */
  bothKm2: number;
  onlyAKm2: number;
  onlyBKm2: number;
  overlap: Poly | null;
  /** Of each side's shapes, those drawing a line another party described (counted as that side's). */
  describedA: number;
  describedB: number;
}

/** A shown claim of one side, and its drawn area (null: none). */
export interface SideShape {
  claim: Claim | undefined;
  area: Poly | null;
}

/** Compares the union of side A's claim areas with side B's. */
export function compareSides(a: readonly SideShape[], b: readonly SideShape[]): SideComparison {
  const ua = unionAll(a.map((s) => s.area));
  const ub = unionAll(b.map((s) => s.area));
  const overlap = intersectPolys(ua, ub);
  return {
    bothKm2: areaKm2(overlap),
    onlyAKm2: areaKm2(subtractPolys(ua, ub)),
    onlyBKm2: areaKm2(subtractPolys(ub, ua)),
    overlap,
    describedA: describedCount(a),
    describedB: describedCount(b),
  };
}

/** How many of a side's drawn areas are a line another party described (whoseLine), not the claimant. */
const describedCount = (side: readonly SideShape[]): number =>
  side.filter(({ claim, area }) => {
    const line = claim?.shape?.whoseLine?.party;
    return area && line && line !== claim.party;
  }).length;
