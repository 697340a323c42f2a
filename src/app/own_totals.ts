// What a claim's own figures bound, computed: a depth the words give as a maximum, and a drawn area set against
// a total of ground held that the same party stated. Pure; no claim is named here.
import type { ByReading } from '../claims/figures';
import { isOrdered } from '../claims/dates';
import type { Claim, ClaimKind, NumberRange } from '../claims/schema/claim';
import { ENGLISH, type Words } from '../i18n/words';
import { claimTitle, partyName } from './layer_tree';

/** Kinds of claim whose shape is ground held or entered: what a stated total of ground held counts. */
const HELD_KINDS: readonly ClaimKind[] = ['advance', 'control', 'position'];

/** A stated range in words: "40–45", "up to 3.5", "over 250", "about 3". */
export function rangeText(r: NumberRange, w: Words = ENGLISH): string {
  if (r.min !== undefined && r.max !== undefined) {
    const span = r.min === r.max ? w.stated(r.min) : w.t('rangeSpan', { min: r.min, max: r.max });
    return r.approx ? w.t('rangeAbout', { n: span }) : span;
  }
  if (r.max !== undefined) return w.t(r.approx ? 'rangeUpToAbout' : 'rangeUpTo', { n: r.max });
  return w.t(r.approx ? 'rangeOverAbout' : 'rangeOver', { n: r.min ?? 0 });
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
  w: Words = ENGLISH,
): TotalCheck[] {
  if (!areaKm2 || areaKm2.main <= 0 || !HELD_KINDS.includes(claim.kind)) return [];
  const least = areaKm2.narrow ?? areaKm2.main;
  const most = areaKm2.wide ?? areaKm2.main;
  const [main, narrowest, widest] = [areaKm2.main, least, most].map(w.km);
  return ownTotals(claim, claims).map((t) => {
    const total = w.t('totalOf', {
      party: partyName(claim, w),
      range: rangeText(t.range, w),
      title: claimTitle(t, w),
    });
    const base = { totalId: t.id };
    if (least > t.max)
      return {
        ...base,
        verdict: 'cannot-both-hold',
        text: w.t('totalCannot', { least: narrowest!, main: main!, total }),
      };
    if (areaKm2.main > t.max)
      return {
        ...base,
        verdict: 'main-exceeds',
        text: w.t('totalMain', { main: main!, least: narrowest!, total }),
      };
    if (most > t.max)
      return {
        ...base,
        verdict: 'wide-exceeds',
        text: w.t('totalWide', { most: widest!, main: main!, total }),
      };
    return { ...base, verdict: 'within', text: w.t('totalWithin', { main: main!, most: widest!, total }) };
  });
}

/**
 * When the words give the depth as a bound or a range rather than one exact figure, and the shape is a band
 * drawn to the deepest point: says so. Null otherwise.
 */
export function depthBound(claim: Claim, w: Words = ENGLISH): string | null {
  const d = claim.figures?.depthKm;
  if (!d || d.max === undefined || claim.shape?.recipe !== 'depth-band') return null;
  if (d.min !== undefined && d.min === d.max) return null;
  return d.min === undefined
    ? w.t('depthBoundMax', { max: d.max })
    : w.t('depthBoundRange', { range: rangeText(d, w) });
}
