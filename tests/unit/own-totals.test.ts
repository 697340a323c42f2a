// The card's computed bounds: a drawn area against the same party's stated total, and depths given as bounds.
import { describe, expect, it } from 'vitest';
import { checkOwnTotals, depthBound, rangeText } from '../../src/app/own_totals';
import type { Claim } from '../../src/claims/schema/claim';

const base: Claim = {
  id: 'band',
  party: 'armenia',
  claimant: 'Someone',
  stated: '2021-05-12',
  refersTo: { from: '2021-05-12' },
  kind: 'advance',
  status: 'reported',
  statement: { quote: 'q', lang: 'en', form: 'direct' },
  sources: [{ publisher: 'p', title: 't', url: 'https://example.org/a', published: '2021-05-12' }],
  shape: {
    recipe: 'depth-band',
    params: { side: 'ARM', along: { center: [46.2, 39.6], lengthKm: 4 }, depthKm: 3.5 },
  },
};
const total: Claim = {
  ...base,
  id: 'total',
  kind: 'area',
  stated: '2021-11-24',
  refersTo: { from: '2021-05-12', to: '2021-11-24' },
  figures: { areaKm2: { min: 40, max: 45 } },
  shape: undefined,
};
const claims = [base, total];

describe('checkOwnTotals', () => {
  it('says two claims of one side cannot both hold when even the narrowest reading exceeds the total', () => {
    const [c] = checkOwnTotals(base, claims, { main: 63.8, narrow: 61.7, wide: 66 });
    expect(c).toMatchObject({ totalId: 'total', verdict: 'cannot-both-hold' });
    expect(c!.text).toMatch(/61\.7 km².*larger than Armenia's own total of 40–45 km².*cannot both hold/);
  });

  it('tells apart a shape too large as drawn, only at its widest, and one that fits', () => {
    const verdict = (main: number, narrow: number, wide: number) =>
      checkOwnTotals(base, claims, { main, narrow, wide })[0]?.verdict;
    expect(verdict(46, 30, 60)).toBe('main-exceeds');
    expect(verdict(39.7, 26.6, 57.9)).toBe('wide-exceeds');
    expect(verdict(10, 5, 20)).toBe('within');
    // Exactly the maximum still fits.
    expect(verdict(45, 45, 45)).toBe('within');
  });

  it('compares only with totals of the same party, of ground held, over a period that includes the claim', () => {
    const area = { main: 100 };
    expect(checkOwnTotals(base, [base, { ...total, party: 'azerbaijan' }], area)).toEqual([]);
    expect(checkOwnTotals(base, [base, { ...total, refersTo: { from: '2021-06-01' } }], area)).toEqual([]);
    expect(checkOwnTotals(base, [base, { ...total, figures: { areaKm2: { min: 40 } } }], area)).toEqual([]);
    expect(checkOwnTotals({ ...base, kind: 'boundary' }, claims, area)).toEqual([]);
    expect(checkOwnTotals(base, claims, { main: 0, wide: 100 })).toEqual([]);
    expect(checkOwnTotals(base, claims, undefined)).toEqual([]);
    // A shape's area is not a total, even with an area figure.
    expect(checkOwnTotals(base, [base, { ...total, shape: base.shape }], area)).toEqual([]);
    expect(checkOwnTotals(total, claims, area)).toEqual([]);
  });
});

describe('depthBound and rangeText', () => {
  it('says a band drawn to a depth given as a maximum or a range is an upper bound', () => {
    expect(depthBound({ ...base, figures: { depthKm: { max: 3.5 } } })).toMatch(
      /^Depth in the words: up to 3\.5 km, a maximum\. .*upper bound/,
    );
    expect(depthBound({ ...base, figures: { depthKm: { min: 1, max: 3.7 } } })).toMatch(/1–3\.7 km\./);
  });

  it('says nothing for an exact depth, no depth, or a shape that is not a band', () => {
    expect(depthBound({ ...base, figures: { depthKm: { min: 3, max: 3 } } })).toBeNull();
    expect(depthBound(base)).toBeNull();
    expect(depthBound({ ...total, figures: { depthKm: { max: 3.5 } } })).toBeNull();
  });

  it('writes ranges as words', () => {
    expect(rangeText({ min: 40, max: 45 })).toBe('40–45');
    expect(rangeText({ max: 3.5 })).toBe('up to 3.5');
    expect(rangeText({ min: 250 })).toBe('over 250');
    expect(rangeText({ min: 3, max: 3, approx: true })).toBe('about 3');
  });
});
