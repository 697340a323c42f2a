// What a claim's card shows of its shape and figures, from the claim and the computed geometry. Pure.
import { PARTIES, partyGroup, type PartyGroup } from '../claims/parties';
import type { Claim, Figures } from '../claims/schema/claim';
import type { RecipeName } from '../claims/schema/shape';
import type { Side } from '../claims/geo/types';
import { lakeName } from '../claims/recipes/words';
import type { ClaimGeometry } from './claim_geometry';
import { claimTitle, formatDate } from './layer_tree';
import { checkOwnTotals, depthBound, rangeText, type TotalCheck } from './own_totals';

/** The recipes in words, for readers. */
export const RECIPE_TEXT: Record<RecipeName, string> = {
  given:
    'Drawn as given in the data (a geometry from a map or a source), checked and repaired only where safe.',
  'depth-band':
    'Derived from the words: the land on one side of a stretch of the reference border, up to a stated depth from it.',
  position: 'Derived from the words: the named positions, each with a radius of uncertainty.',
  'alternative-boundary':
    'Derived from a claimed boundary line: the land between that line and the reference border, by side.',
  'feature-share': 'Derived from a dividing line: which part of the lake lies on which side of it.',
};

export interface CardShapeModel {
  recipe: string;
  recipeText: string;
  params: string[];
  assumptions: string[];
  notes: string[];
  error?: string;
}

export interface CardFiguresModel {
  areaKm2?: number;
  depthKm?: number;
  overlaps: { id: string; title: string; km2: number }[];
  /** The depth the words give as a bound, when the shape is drawn to it. */
  depthBound: string | null;
  /** The drawn area against the totals of ground held the same party stated. */
  totals: TotalCheck[];
  /** Each lake's parts by side under the shape: approximate, from the map's coarse outline of the lake. */
  shares: { feature: string; name: string; text: string }[];
}

/** What a lake share computed on this map is worth, shown with every such figure. */
export const SHARE_CAVEAT =
  "Approximate: measured on this map's coarse outline of the lake (a gap in the land data, not a surveyed " +
  'shore), with the border bridged straight across it. The outline alone can move a share by tens of ' +
  'percentage points: under the reference line it gives Azerbaijan about 57% of Sev Lich, where the sources ' +
  'give about 10% (the Soviet 1:100,000 sheet), 20% (Gunya, 1:100,000 maps) or 30% (what Azerbaijan claims).';

/** "Armenia ≈43%, Azerbaijan ≈57%": whole percent, marked as approximate. */
export const shareText = (pct: Record<Side, number>): string =>
  `Armenia ≈${Math.round(pct.ARM)}%, Azerbaijan ≈${Math.round(pct.AZE)}%`;

const km = (x: unknown): string | null => {
  if (typeof x === 'number') return `${x} km`;
  if (x && typeof x === 'object' && 'narrow' in x && 'wide' in x) return `${x.narrow}–${x.wide} km`;
  return null;
};

/** Scalar parameters in words ("depth: 3.5 km"); positions and geometries are in the assumptions instead. */
function describeParams(params: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (key === 'geometry' || key === 'line' || key === 'points') continue;
    const asKm = key.endsWith('Km') ? km(value) : null;
    if (asKm) out.push(`${key.replace(/Km$/, '')}: ${asKm}`);
    else if (typeof value === 'string') out.push(`${key}: ${value}`);
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out.push(...describeParams(value as Record<string, unknown>));
  }
  return out;
}

/** The "how the shape was drawn" part of a card; null for claims without a shape. */
export function cardShape(claim: Claim, geometry: ClaimGeometry): CardShapeModel | null {
  if (!claim.shape) return null;
  const shape = geometry.shapes.get(claim.id);
  const base = {
    recipe: claim.shape.recipe,
    recipeText: RECIPE_TEXT[claim.shape.recipe],
    params: describeParams(claim.shape.params as Record<string, unknown>),
  };
  if (!shape)
    return { ...base, assumptions: [], notes: [], error: geometry.errors.get(claim.id) ?? 'No shape.' };
  return { ...base, assumptions: shape.assumptions, notes: shape.notes };
}

/** The figures part of a card; null for claims without a shape. */
export function cardFigures(
  claim: Claim,
  claims: readonly Claim[],
  geometry: ClaimGeometry,
): CardFiguresModel | null {
  const f = geometry.figures.get(claim.id);
  if (!f) return null;
  const byId = new Map(claims.map((c) => [c.id, c]));
  return {
    ...(f.areaKm2.main > 0 ? { areaKm2: f.areaKm2.main } : {}),
    depthKm: f.deepestKm.main,
    overlaps: (geometry.overlaps.get(claim.id) ?? []).map((o) => ({
      ...o,
      title: byId.get(o.id) ? claimTitle(byId.get(o.id)!) : o.id,
    })),
    depthBound: depthBound(claim),
    totals: checkOwnTotals(claim, claims, f.areaKm2),
    shares: Object.entries(f.sharesPct ?? {}).map(([feature, pct]) => ({
      feature,
      name: lakeName(feature),
      text: shareText(pct),
    })),
  };
}

/** Figures stated in the words (not computed), e.g. "40–45 km²", for the card. */
export function statedFigures(figures: Figures | undefined): string[] {
  if (!figures) return [];
  const range = (r: Parameters<typeof rangeText>[0] | undefined, unit: string) =>
    r === undefined ? null : `${rangeText(r)}${unit}`;
  return [
    figures.areaKm2 && `area: ${range(figures.areaKm2, ' km²')}`,
    figures.depthKm && `depth: ${range(figures.depthKm, ' km')}`,
    figures.lengthKm && `length: ${range(figures.lengthKm, ' km')}`,
    figures.distanceKm && `distance: ${range(figures.distanceKm, ' km')}`,
    figures.troops && `troops: ${range(figures.troops, '')}`,
    ...(figures.shares ?? []).map((s) => `share of ${s.feature} on the ${s.side} side: ${range(s.pct, '%')}`),
  ].filter((x): x is string => typeof x === 'string');
}

export interface CardCheckedModel {
  /** "Checked 3 Dec 2026", or that it has not been. */
  when: string;
  by?: string;
  open?: string;
}

/** What the card says about checking the claim against its sources. */
export function cardChecked(claim: Claim): CardCheckedModel {
  const c = claim.checked;
  if (!c) return { when: 'Not yet checked against its sources.' };
  return {
    when: `Checked against its sources on ${formatDate(c.on)}.`,
    by: c.by,
    ...(c.open ? { open: c.open } : {}),
  };
}

export interface CardWhoseLineModel {
  /** The party group whose colour the line is drawn in when the map colours by whose line. */
  group: PartyGroup;
  /** True when the line is another party's drawing or description, not the claimant's own. */
  other: boolean;
  text: string;
}

/** Whose line the shape draws: the claim's own party unless the shape says another party drew or described it. */
export function cardWhoseLine(claim: Claim): CardWhoseLineModel | null {
  if (!claim.shape) return null;
  const own = PARTIES[claim.party].name;
  const w = claim.shape.whoseLine;
  if (!w || w.party === claim.party)
    return {
      group: partyGroup(claim.party),
      other: false,
      text: `Line as ${own} gives it (the claimant's own).`,
    };
  const by = PARTIES[w.party].name;
  return {
    group: partyGroup(w.party),
    other: true,
    text: `Line as described by ${by}${w.basis ? ` (${w.basis})` : ''}, not by ${own}.`,
  };
}
