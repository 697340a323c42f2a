// alternative-boundary: a claimed border line, and the land and water it moves from one country to the other.
//
// Method: the claimed line's ends are joined to the nearest points of the reference line, and the ring
// "claimed line, then back along the reference line" is closed. Where the lines cross, the ring crosses itself;
// clipping resolves it into simple polygons: exactly the points that lie on different sides of the two lines.
// That area's part in Armenia's land goes to Azerbaijan under the claim, and its part in Azerbaijan's land goes
// to Armenia. Lakes it touches get their shares recomputed (see feature-share).
import type { LineString } from 'geojson';
import { bbox } from '@turf/bbox';
import { enclosedBetween } from '../geo/enclosed';
import { sharesPct, swapSidesWithin } from '../geo/lake_sides';
import { areaKm2, intersectPolys } from '../geo/polys';
import type { Poly } from '../geo/types';
import { bridgeNotes } from '../bridge_notes';
import { borderChains, landNear, referenceLakeParts, type ReferenceGeography } from '../reference';
import type { AlternativeBoundaryParams } from '../schema/shape';
import type { FeatureShare, Recipe } from './types';
import { phrase } from '../../i18n/phrases';

export const DEFAULT_SNAP_KM = 2;

/** Transfers smaller than this (km²) are slivers where a claimed line follows a shore: left out. */
export const SLIVER_KM2 = 0.001;

const withoutSliver = (g: Poly | null): Poly | null => (g && areaKm2(g) >= SLIVER_KM2 ? g : null);

const boxesOverlap = (a: number[], b: number[]) =>
  (a[0] ?? 0) <= (b[2] ?? 0) &&
  (b[0] ?? 0) <= (a[2] ?? 0) &&
  (a[1] ?? 0) <= (b[3] ?? 0) &&
  (b[1] ?? 0) <= (a[3] ?? 0);

/** Shares of every lake the area between the lines touches, after the claim. */
function lakeShares(refs: ReferenceGeography, area: Poly): FeatureShare[] {
  const box = bbox(area);
  return Object.entries(refs.lakes)
    .filter(([, lake]) => boxesOverlap(bbox(lake), box) && intersectPolys(lake, area) !== null)
    .map(([id]) => {
      const parts = swapSidesWithin(referenceLakeParts(refs, id), area);
      return {
        feature: id,
        pct: sharesPct(parts),
        parts: { ...(parts.ARM ? { ARM: parts.ARM } : {}), ...(parts.AZE ? { AZE: parts.AZE } : {}) },
      };
    });
}

export const alternativeBoundary: Recipe<AlternativeBoundaryParams> = (p, refs) => {
  const snapKm = p.snapKm ?? DEFAULT_SNAP_KM;
  const enc = enclosedBetween(p.line, borderChains(refs).lines, snapKm);
  const line: LineString = { type: 'LineString', coordinates: enc.line };
  const toAZE = withoutSliver(enc.area && intersectPolys(enc.area, landNear(refs, 'ARM', enc.area, 1)));
  const toARM = withoutSliver(enc.area && intersectPolys(enc.area, landNear(refs, 'AZE', enc.area, 1)));
  const shares = enc.area ? lakeShares(refs, enc.area) : [];
  return {
    geometry: enc.area ?? line,
    line,
    transfers: { ...(toAZE ? { toAZE } : {}), ...(toARM ? { toARM } : {}) },
    shares,
    assumptions: [
      phrase('phAltRuns', {
        n: p.line.length,
        from: p.line[0] ?? [],
        to: p.line[p.line.length - 1] ?? [],
        snap: snapKm,
      }),
      phrase('phAltBeyond', {}),
      phrase('phAltArea', {}),
    ],
    notes: [
      ...enc.notes,
      ...bridgeNotes(
        refs,
        shares.map((s) => s.feature),
      ),
    ],
  };
};
