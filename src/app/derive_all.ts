// Derives every claim's shape, figures and overlaps. Heavy (turf): run by `npm run derive`, or loaded on
// demand in the browser when the precomputed file does not match the claims data.
import { bbox } from '@turf/bbox';
import { partyGroup } from '../claims/parties';
import { depthBridgeNotes } from '../claims/bridge_notes';
import { DENSIFY_KM, shapeFigures, type ShapeFigures } from '../claims/figures';
import { areaKm2, intersectPolys } from '../claims/geo/polys';
import { deriveShape } from '../claims/recipes';
import { referenceFromGeoJSON, type ReferenceGeography } from '../claims/reference';
import type { BaseDataUrls } from '../map/base_style';
import { fetchJson } from './fetch_json';
import type { Claim } from '../claims/schema/claim';
import { claimArea, emptyGeometry, type ClaimGeometry, type Overlap } from './claim_geometry';
import { phrase, type Phrase } from '../i18n/phrases';

/** Overlaps smaller than this (km², i.e. 500 m²) are rounding noise along shared edges. */
const MIN_OVERLAP_KM2 = 0.0005;

/**
 * How long the browser's claims worker spends deriving before it leaves the remaining claims' shapes out: less
 * than its timeout (worker_call.ts), so that a file of many costly shapes still shows its claims, and those
 * shapes it had time for.
 */
export const BROWSER_DERIVE_BUDGET_MS = 7_000;

export interface DeriveOptions {
  /** Past this many milliseconds, the claims not derived yet get an error instead of a shape. */
  budgetMs?: number;
  now?: () => number;
}

/** Derives every claim's shape and figures; a failing recipe is an error for that claim only. */
export function deriveAll(
  claims: readonly Claim[],
  refs: ReferenceGeography,
  { budgetMs = Infinity, now = () => performance.now() }: DeriveOptions = {},
): ClaimGeometry {
  const result = emptyGeometry();
  const start = now();
  const overBudget = () => now() - start > budgetMs;
  for (const claim of claims) {
    if (claim.shape && overBudget()) {
      result.errors.set(claim.id, phrase('errNotDrawn', { s: budgetMs / 1000 }));
      continue;
    }
    const { shape, error } = deriveShape(claim, refs);
    if (error) result.errors.set(claim.id, error);
    if (!shape) continue;
    const figures = shapeFigures(shape, refs);
    // A depth measured to the straight bridge across a lake uses that assumption too: the card says so.
    const notes = uniquePhrases([
      ...shape.notes,
      ...depthBridgeNotes(refs, figures.deepestAt),
      ...samplingNotes(figures),
    ]);
    result.shapes.set(claim.id, { ...shape, notes });
    result.figures.set(claim.id, figures);
  }
  const boxes = new Map<string, Box>();
  for (const claim of claims) {
    const area = claimArea(result, claim.id);
    if (area) boxes.set(claim.id, bbox(area) as Box);
  }
  // Overlaps past the budget are left out: the shapes are drawn, their figures shown, without the overlap.
  for (const claim of claims)
    result.overlaps.set(claim.id, overBudget() ? [] : overlapsWithOtherSide(claim, claims, result, boxes));
  return result;
}

/** The card says when a long outline's depth was measured on points further apart than usual. */
const samplingNotes = ({ sampledEveryKm: km }: ShapeFigures): Phrase[] =>
  km
    ? [
        phrase('phSampled', {
          m: Math.round(km * 1000),
          usual: DENSIFY_KM * 1000,
          short: Math.round(km * 500),
        }),
      ]
    : [];

/** The phrases without repeats (the same bridge note from the shape and from its depth, say). */
const uniquePhrases = (list: readonly Phrase[]): Phrase[] => {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = JSON.stringify(p);
    return !seen.has(key) && (seen.add(key), true);
  });
};

type Box = [west: number, south: number, east: number, north: number];

const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Overlap (km²) of one claim with each claim of the other belligerent side that has an area. */
function overlapsWithOtherSide(
  claim: Claim,
  claims: readonly Claim[],
  g: ClaimGeometry,
  boxes: ReadonlyMap<string, Box>,
): Overlap[] {
  const mine = claimArea(g, claim.id);
  const box = boxes.get(claim.id);
  const group = partyGroup(claim.party);
  if (!mine || !box || group === 'third') return [];
  return (
    claims
      .filter((c) => partyGroup(c.party) !== group && partyGroup(c.party) !== 'third')
      .filter((c) => {
        // Shapes whose bounding boxes do not meet cannot overlap: skip their polygon clipping (O(n²) otherwise).
        const other = boxes.get(c.id);
        return other !== undefined && boxesMeet(box, other);
      })
      .map((c) => {
        const geometry = intersectPolys(mine, claimArea(g, c.id));
        return { id: c.id, km2: areaKm2(geometry), ...(geometry ? { geometry } : {}) };
      })
      .filter((o) => o.km2 > MIN_OVERLAP_KM2)
      // The geometry is kept once per pair, on Armenia's side, where the map takes it from.
      .map((o) => (group === 'armenia' ? o : { id: o.id, km2: o.km2 }))
  );
}

/** In the claims worker: fetches the reference geography and derives everything (derive_request.ts). */
export async function deriveInBrowser(
  claims: readonly Claim[],
  urls: Pick<BaseDataUrls, 'land' | 'border' | 'lakes'>,
  options: DeriveOptions = { budgetMs: BROWSER_DERIVE_BUDGET_MS },
): Promise<ClaimGeometry> {
  const [land, border, lakes] = await Promise.all([
    fetchJson(urls.land),
    fetchJson(urls.border),
    fetchJson(urls.lakes),
  ]);
  return deriveAll(claims, referenceFromGeoJSON(land, border, lakes), options);
}
