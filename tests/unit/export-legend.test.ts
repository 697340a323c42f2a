import { describe, expect, it } from 'vitest';
import { DERIVED_KEY_COLOUR, legendItems, type LegendInput } from '../../src/export/legend';
import { OVERLAP_COLOUR, PARTY_COLOURS } from '../../src/map/claim_style';

const input = (over: Partial<LegendInput> = {}): LegendInput => ({
  shown: new Map([
    ['armenia', 3],
    ['azerbaijan', 1],
    ['third', 0],
  ]),
  groupNames: { armenia: 'Armenia', azerbaijan: 'Azerbaijan', third: 'Others' },
  refs: new Set(['border']),
  refNames: { border: 'Border', province: 'Province', places: 'Places' },
  overlap: true,
  claimsWord: (n) => `${n} claims`,
  overlapName: 'Both',
  derivedName: 'Hatched: derived',
  ...over,
});

describe('an exported image’s legend', () => {
  it('keys each side with claims shown, the overlap, hatching and the reference layers, in that order', () => {
    expect(legendItems(input())).toEqual([
      { colour: PARTY_COLOURS.armenia, mark: 'fill', label: 'Armenia (3 claims)' },
      { colour: PARTY_COLOURS.azerbaijan, mark: 'fill', label: 'Azerbaijan (1 claims)' },
      { colour: OVERLAP_COLOUR, mark: 'fill', label: 'Both' },
      { colour: DERIVED_KEY_COLOUR, mark: 'hatch', label: 'Hatched: derived' },
      { colour: expect.any(String), mark: 'line', label: 'Border' },
    ]);
  });

  it('keys hatching only when a derived shape is shown, in neither side’s colour', () => {
    expect(legendItems(input({ derivedName: null })).some((i) => i.mark === 'hatch')).toBe(false);
    expect(Object.values(PARTY_COLOURS)).not.toContain(DERIVED_KEY_COLOUR);
  });

  it('has no overlap across a swipe, or with one side alone', () => {
    expect(legendItems(input({ overlap: false })).map((i) => i.label)).not.toContain('Both');
    const one = input({ shown: new Map([['armenia', 2]]) });
    expect(legendItems(one).map((i) => i.label)).not.toContain('Both');
  });
});
