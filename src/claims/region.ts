// The case's region: where every position in the claims data must lie. Recipes and figures work against the
// reference geography (geo/out: the Armenia–Azerbaijan border line, lon 44.76–46.63, lat 38.84–41.30), so a
// claim elsewhere is a mistake, and a shape far out (or spanning the globe) only costs work: its outline is
// sampled every 50 m for its depth. A unit test keeps this box around border.geojson with REGION_MARGIN_KM.

/** [west, south, east, north] in degrees. */
export type RegionBox = readonly [number, number, number, number];

/** How far beyond the reference line's bounding box (at least) a claim may reach. */
export const REGION_MARGIN_KM = 30;

/** The reference line's bounding box grown by REGION_MARGIN_KM, rounded outwards to 0.1°. */
export const CASE_REGION: RegionBox = [44.4, 38.5, 47.0, 41.6];

/**
 * How far a derived shape may reach beyond the region: a band 100 km deep (depth-band's most), a circle of
 * 50 km (position's), around positions within it. The page's check of the precomputed file uses it.
 */
export const DERIVED_REACH_KM = 100;

/** A region grown by `km` on every side (degrees of longitude measured at its southern edge, the widest). */
export function grownRegion([w, s, e, n]: RegionBox, km: number): RegionBox {
  const dLat = km / 111.2;
  const dLng = km / (111.2 * Math.cos((s * Math.PI) / 180));
  return [w - dLng, s - dLat, e + dLng, n + dLat];
}

/** True when [lng, lat] lies within the region (edges included). */
export const inRegion = (lng: number, lat: number, [w, s, e, n]: RegionBox = CASE_REGION): boolean =>
  lng >= w && lng <= e && lat >= s && lat <= n;

/** The region in words, for messages. */
export const describeRegion = (region: RegionBox = CASE_REGION): string => {
  const [w, s, e, n] = region.map((x) => Number(x.toFixed(2)));
  return `longitude ${w} to ${e}, latitude ${s} to ${n}`;
};
