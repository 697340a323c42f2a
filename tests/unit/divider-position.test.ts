// The swipe divider moves over the part of the map the side panel leaves open.
import { describe, expect, it } from 'vitest';
import { dividerOffset, dividerValue, NARROW_OPEN_AREA, WIDE_OPEN_AREA } from '../../src/ui/divider_position';

describe('the swipe divider', () => {
  it('is placed as a share of the map right of the panel on wide screens, above the sheet on phones', () => {
    expect(dividerOffset(0.3, WIDE_OPEN_AREA)).toBe('calc(20.6rem + 0.3 * (100% - 20.6rem))');
    expect(dividerOffset(0.5, NARROW_OPEN_AREA)).toBe('calc(0rem + 0.5 * (58% - 0rem))');
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
});
