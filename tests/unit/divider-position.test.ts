// The swipe divider moves over the part of the map the side panel (and an open claim card) leaves open.
import { describe, expect, it } from 'vitest';
import {
  dividerOffset,
  dividerValue,
  NARROW_OPEN_AREA,
  openArea,
  sideRoom,
  WIDE_OPEN_AREA,
  type OpenArea,
} from '../../src/ui/divider_position';

/** Works out dividerOffset's CSS length for a map `size` px across, with 16 px to the rem. */
function offsetPx(value: number, open: OpenArea, size: number): number {
  const css = dividerOffset(value, open);
  const m = /^calc\(([\d.]+)rem \+ ([\d.]+) \* \(([\d.]+)% - ([\d.]+)rem - ([\d.]+)rem\)\)$/.exec(css);
  if (!m) throw new Error(`unexpected CSS: ${css}`);
  const [start, share, end, endRem, start2] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return start * 16 + share * ((end / 100) * size - endRem * 16 - start2 * 16);
}

describe('the swipe divider', () => {
  it('is placed as a share of the map right of the panel on wide screens, above the sheet on phones', () => {
    expect(dividerOffset(0.3, WIDE_OPEN_AREA)).toBe('calc(20.6rem + 0.3 * (100% - 0rem - 20.6rem))');
    expect(dividerOffset(0.5, NARROW_OPEN_AREA)).toBe('calc(0rem + 0.5 * (58% - 0rem - 0rem))');
  });

  it('reads a pointer back into the same share, clamped so both sides stay in view', () => {
    // 1280 px wide, 16 px to the rem: the panel ends at 329.6 px; 0.3 of the rest is at 614.72 px.
    expect(dividerValue(614.72, 1280, 16, WIDE_OPEN_AREA)).toBe(0.3);
    expect(dividerValue(100, 1280, 16, WIDE_OPEN_AREA)).toBe(0.02);
    expect(dividerValue(1279, 1280, 16, WIDE_OPEN_AREA)).toBe(0.98);
    // 700 px high: the sheet leaves 406 px; the middle of them is at 203 px.
    expect(dividerValue(203, 700, 16, NARROW_OPEN_AREA)).toBe(0.5);
    expect(dividerValue(650, 700, 16, NARROW_OPEN_AREA)).toBe(0.98);
  });

  it('goes where it was dragged to, in every layout', () => {
    for (const [narrow, card, size] of [
      [false, false, 1280],
      [false, true, 1280],
      [true, false, 700],
      [true, true, 700],
    ] as const) {
      const open = openArea(narrow, card);
      for (const v of [0.02, 0.25, 0.5, 0.731, 0.98]) {
        expect(dividerValue(offsetPx(v, open, size), size, 16, open), `${narrow} ${card} ${v}`).toBe(v);
      }
    }
  });

  it('keeps left of an open claim card on wide screens, and above its taller sheet on phones', () => {
    // The card covers 1280 − 25.2 × 16 = 876.8 px onwards; the panel ends at 329.6 px.
    expect(offsetPx(0.98, openArea(false, true), 1280)).toBeLessThan(876.8);
    expect(offsetPx(0.98, openArea(false, false), 1280)).toBeGreaterThan(876.8);
    expect(offsetPx(0.02, openArea(false, true), 1280)).toBeGreaterThan(329.6);
    // 700 px high with the card's sheet: it covers from 315 px down.
    expect(offsetPx(0.98, openArea(true, true), 700)).toBeLessThan(315);
  });

  it('in an embed with its panel closed, divides the whole map (less an open card)', () => {
    expect(openArea(false, false, false)).toEqual({ startRem: 0, endShare: 0, endRem: 0 });
    expect(openArea(true, false, false)).toEqual({ startRem: 0, endShare: 0, endRem: 0 });
    expect(openArea(false, true, false)).toEqual({ startRem: 0, endShare: 0, endRem: 25.2 });
    expect(openArea(true, true, false)).toEqual({ startRem: 0, endShare: 0.55, endRem: 0 });
    // split=0.5 in a 600 px wide embed: the middle, not the middle of what a panel would leave.
    expect(offsetPx(0.5, openArea(false, false, false), 600)).toBe(300);
    expect(openArea(false, false, true)).toBe(WIDE_OPEN_AREA);
  });

  it('shows a sliver of each side for a link’s split=0 or split=1', () => {
    expect(dividerOffset(0, WIDE_OPEN_AREA)).toBe(dividerOffset(0.02, WIDE_OPEN_AREA));
    expect(dividerOffset(1, WIDE_OPEN_AREA)).toBe(dividerOffset(0.98, WIDE_OPEN_AREA));
  });

  it('says how much of the open map lies on each side, for placing the sides’ tags', () => {
    // 1280 px wide with a card: open from 329.6 to 876.8 px (547.2 px).
    const [a, b] = sideRoom(0.5, 1280, 16, openArea(false, true));
    expect(a).toBeCloseTo(273.6, 6);
    expect(b).toBeCloseTo(273.6, 6);
    const [a98, b98] = sideRoom(1, 1280, 16, openArea(false, true));
    expect(a98 + b98).toBeCloseTo(547.2, 6);
    expect(b98).toBeCloseTo(0.02 * 547.2, 6);
    expect(sideRoom(0.5, 100, 16, WIDE_OPEN_AREA)).toEqual([0, 0]);
  });
});
