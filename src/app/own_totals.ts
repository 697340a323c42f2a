// What a claim's own figures bound, computed: a depth the words give as a maximum, and a drawn area set against
// a total of ground held that the same party stated. Pure; no claim is named here.
import type { ByReading } from '../claims/figures';
import { isOrdered } from '../claims/dates';
import { PARTIES } from '../claims/parties';
import type { Claim, ClaimKind, NumberRange } from '../claims/schema/claim';
import { claimTitle } from './layer_tree';

/** Kinds of claim whose shape is ground held or entered: what a stated total of ground held counts. */
const HELD_KINDS: readonly ClaimKind[] = ['advance', 'control', 'position'];

/** km² (or km) for readers: 3 significant figures at most, never more than 2 decimals. */
export const fmtArea = (n: number): string =>
  n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

/** A stated range in words: "40–45", "up to 3.5", "over 250", "about 3". */
export function rangeText(r: NumberRange): string {
  const about = r.approx ? 'about ' : '';
  if (r.min !== undefined && r.max !== undefined)
    return r.min === r.max ? `${about}${r.min}` : `${about}${r.min}–${r.max}`;
  if (r.max !== undefined) return `${about === '' ? 'up to ' : 'up to about '}${r.max}`;
  return `${about === '' ? 'over ' : 'over about '}${r.min}`;
}

/** The verdict of a drawn area against a total: which readings fit under the total's maximum. */
export type TotalVerdict = 'cannot-both-hold' | 'main-exceeds' | 'wide-exceeds' | 'within';

export interface TotalCheck {
  /** The claim that states the total. */
  totalId: string;
  verdict: TotalVerdict;
  text: string;
}

/**
 * The claims of the same party that state a total of ground held (an area with a maximum, and no shape) over
 * a period that includes when this claim is about: this claim's ground is part of that total.
 */
function ownTotals(claim: Claim, claims: readonly Claim[]): (Claim & { max: number; range: NumberRange })[] {
  const out: (Claim & { max: number; range: NumberRange })[] = [];
  for (const t of claims) {
    const range = t.figures?.areaKm2;
    if (t.id === claim.id || t.party !== claim.party || t.shape || range?.max === undefined) continue;
    const from = claim.refersTo.from;
    if (!isOrdered(t.refersTo.from, from) || !isOrdered(from, t.refersTo.to ?? t.refersTo.from)) continue;
    out.push({ ...t, max: range.max, range });
  }
  return out;
}

/**
 * A claim's drawn area, reading by reading, against every total of ground held its own party stated for the
 * same time. Two claims of one side cannot both hold when even the narrowest reading of the shape is larger
 * than the total. Only claims of ground held (advance, control, position) with an area are checked.
 */
export function checkOwnTotals(
  claim: Claim,
  claims: readonly Claim[],
  areaKm2: ByReading<number> | undefined,
): TotalCheck[] {
  if (!areaKm2 || areaKm2.main <= 0 || !HELD_KINDS.includes(claim.kind)) return [];
  const least = areaKm2.narrow ?? areaKm2.main;
  const most = areaKm2.wide ?? areaKm2.main;
  const party = PARTIES[claim.party].name;
  return ownTotals(claim, claims).map((t) => {
    const total = `${party}'s own total of ${rangeText(t.range)} km² (${claimTitle(t)})`;
    const drawn = `${fmtArea(areaKm2.main)} km² as drawn`;
    const base = { totalId: t.id };
    if (least > t.max)
      return {
        ...base,
        verdict: 'cannot-both-hold',
        text: `Even at its narrowest (${fmtArea(least)} km²; ${drawn}), this shape alone is larger than ${total}: as drawn, the two cannot both hold.`,
      };
    if (areaKm2.main > t.max)
      return {
        ...base,
        verdict: 'main-exceeds',
        text: `As drawn (${fmtArea(areaKm2.main)} km²), this shape alone is larger than ${total}; its narrowest reading (${fmtArea(least)} km²) fits within it.`,
      };
    if (most > t.max)
      return {
        ...base,
        verdict: 'wide-exceeds',
        text: `At its widest (${fmtArea(most)} km²), this shape alone is larger than ${total}; ${drawn} fits within it.`,
      };
    return {
      ...base,
      verdict: 'within',
      text: `This shape (${drawn}, ${fmtArea(most)} km² at its widest) fits within ${total}.`,
    };
  });
}

/**
 * When the words give the depth as a bound or a range rather than one exact figure, and the shape is a band
 * drawn to the deepest point: says so. Null otherwise.
 */
export function depthBound(claim: Claim): string | null {
  const d = claim.figures?.depthKm;
  if (!d || d.max === undefined || claim.shape?.recipe !== 'depth-band') return null;
  if (d.min !== undefined && d.min === d.max) return null;
  const words = d.min === undefined ? `up to ${d.max} km, a maximum` : `${rangeText(d)} km`;
  return `Depth in the words: ${words}. The band is drawn as deep as the words allow, so its area is an upper bound: the ground held can be less.`;
}
