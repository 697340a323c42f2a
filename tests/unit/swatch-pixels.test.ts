// Legend swatches are drawn as pixels (src/ui/swatch_pixels.ts): each look, by what its pixels show.
import { describe, expect, it } from 'vitest';
import { claimLook, REFERENCE_LOOKS, SWATCH_SIZE, swatchPixels } from '../../src/ui/swatch_pixels';

const PURPLE = '#8e4fb8';

/** The alpha of the pixel at (x, y). */
const alphaAt = (p: ReturnType<typeof swatchPixels>, x: number, y: number) =>
  p.data[(y * p.width + x) * 4 + 3]!;
/** The alphas along row y. */
const row = (p: ReturnType<typeof swatchPixels>, y: number) =>
  Array.from({ length: p.width }, (_, x) => alphaAt(p, x, y));

describe('legend swatch pixels', () => {
  it('are the swatch size times the scale, in RGBA', () => {
    const p = swatchPixels(claimLook(PURPLE, 'area', false), 2);
    expect([p.width, p.height]).toEqual([SWATCH_SIZE.width * 2, SWATCH_SIZE.height * 2]);
    expect(p.data.length).toBe(p.width * p.height * 4);
  });

  it('draw a given area filled, with a solid outline, in the party colour', () => {
    const p = swatchPixels(claimLook(PURPLE, 'area', false));
    expect(row(p, 0).every((a) => a === 255)).toBe(true);
    expect(Array.from(p.data.subarray(0, 3))).toEqual([0x8e, 0x4f, 0xb8]);
    // Inside: the fill, at 30%, the same in every pixel.
    const inside = new Set(row(p, 7).slice(3, -3));
    expect([...inside]).toEqual([Math.round(0.3 * 255)]);
  });

  it('draw a derived area hatched, with a dashed outline', () => {
    const p = swatchPixels(claimLook(PURPLE, 'area', true));
    const top = row(p, 0);
    expect(top.filter((a) => a === 0).length).toBeGreaterThan(3); // the gaps of the dashes
    expect(top.filter((a) => a === 255).length).toBeGreaterThan(8);
    const inside = row(p, 7).slice(3, -3);
    expect(new Set(inside).size).toBe(2); // the hatch's lines and the space between them
  });

  it('draw a claim with no shape as a dotted outline, empty inside', () => {
    const p = swatchPixels(claimLook(PURPLE, 'none', false));
    expect(row(p, 0).slice(0, 6)).toEqual([255, 0, 255, 0, 255, 0]);
    expect(
      row(p, 7)
        .slice(2, -2)
        .every((a) => a === 0),
    ).toBe(true);
  });

  it('draw a line across the middle, dashed as the map draws it, given or derived', () => {
    for (const derived of [false, true]) {
      const p = swatchPixels(claimLook(PURPLE, 'line', derived));
      const middle = row(p, 7);
      expect(middle.filter((a) => a === 255).length).toBeGreaterThan(8);
      expect(middle.some((a) => a === 0)).toBe(true);
      expect(row(p, 0).every((a) => a === 0)).toBe(true);
    }
  });

  it('draw a point as a ring, white inside, transparent in the corners', () => {
    const p = swatchPixels(claimLook(PURPLE, 'point', false));
    const centre = (7 * p.width + 9) * 4;
    expect(Array.from(p.data.subarray(centre, centre + 4))).toEqual([255, 255, 255, 255]);
    expect(alphaAt(p, 9, 0)).toBeGreaterThan(100);
    expect(alphaAt(p, 0, 0)).toBe(0);
  });

  it('draw the reference layers: the province outline dashed over its fill, places as a dot', () => {
    const province = swatchPixels(REFERENCE_LOOKS.province);
    expect(row(province, 0).some((a) => a === 0)).toBe(true);
    expect(alphaAt(province, 9, 7)).toBe(255);
    const places = swatchPixels(REFERENCE_LOOKS.places);
    expect(alphaAt(places, 9, 7)).toBe(255);
    expect(alphaAt(places, 1, 7)).toBe(0);
  });

  it('refuse a colour that is not #rrggbb', () => {
    expect(() => swatchPixels(claimLook('purple', 'area', false))).toThrow(/#rrggbb/);
  });
});
