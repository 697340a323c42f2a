// Splits a lake by the reference line: each part goes to the country whose shore it touches.
import { buffer } from '@turf/buffer';
import type { Feature } from 'geojson';
import { grownBox, linesNear } from './clip';
import { areaKm2, intersectPolys, polygonsOf, subtractPolys, unionAll } from './polys';
import type { Lonlat, Poly, Side } from './types';

export interface SideParts {
  ARM: Poly | null;
  AZE: Poly | null;
}

const CUT_KM = 0.0005; // the cut is 1 m wide: it removes a sliver of about 1 m × the line's length in the lake
const SHORE_KM = 0.05; // a part's shore is the 50 m of land around it

const buffered = (
  g: Poly | { type: 'MultiLineString'; coordinates: Lonlat[][] },
  km: number,
): Poly | null => {
  const out = buffer(g, km, { units: 'kilometers', steps: 8 }) as Feature<Poly> | undefined;
  return out?.geometry ?? null;
};

/** Splits `lake` along `lines` and gives each part to the side whose `land` it touches most. */
export function splitLakeBySides(
  lake: Poly,
  lines: readonly (readonly Lonlat[])[],
  land: Record<Side, Poly | null>,
): SideParts {
  const near = linesNear(lines, grownBox(lake, 0.5));
  const cut = near.length > 0 ? buffered({ type: 'MultiLineString', coordinates: near }, CUT_KM) : null;
  const parts: Record<Side, Poly[]> = { ARM: [], AZE: [] };
  for (const piece of polygonsOf(subtractPolys(lake, cut))) {
    const shore = buffered(piece, SHORE_KM);
    const arm = areaKm2(intersectPolys(shore, land.ARM));
    const aze = areaKm2(intersectPolys(shore, land.AZE));
    parts[arm >= aze ? 'ARM' : 'AZE'].push(piece);
  }
  return { ARM: unionAll(parts.ARM), AZE: unionAll(parts.AZE) };
}

/** Each side's share of a feature in percent, from its parts (the cut's sliver is left out of both). */
export function sharesPct(parts: SideParts): Record<Side, number> {
  const arm = areaKm2(parts.ARM);
  const aze = areaKm2(parts.AZE);
  const total = arm + aze;
  return total === 0 ? { ARM: 0, AZE: 0 } : { ARM: (100 * arm) / total, AZE: (100 * aze) / total };
}

/** The parts after a claim moves everything inside `area` to the other side. */
export const swapSidesWithin = (parts: SideParts, area: Poly | null): SideParts => ({
  ARM: unionAll([subtractPolys(parts.ARM, area), intersectPolys(parts.AZE, area)]),
  AZE: unionAll([subtractPolys(parts.AZE, area), intersectPolys(parts.ARM, area)]),
});
