// How the first paint of a tilted view puts the flat map in perspective (src/map/pitch_bands.ts): the bands
// cover the screen, each row's copy stays in its band's drawing, and a point of the map lands where
// MapLibre's projection (src/map/perspective.ts, itself checked against MapLibre) puts it.
import { describe, expect, it } from 'vitest';
import { perspective } from '../../src/map/perspective';
import { BAND_RATIO, bandsOf, MARGIN, rowSource } from '../../src/map/pitch_bands';

const VIEWS = [
  { pitch: 60, size: { width: 1440, height: 854 }, pixelRatio: 1 },
  { pitch: 40, size: { width: 1440, height: 854 }, pixelRatio: 1 },
  { pitch: 55, size: { width: 375, height: 541 }, pixelRatio: 3 },
  { pitch: 5, size: { width: 800, height: 600 }, pixelRatio: 2 },
];

describe('the bands of a tilted first paint', () => {
  for (const { pitch, size, pixelRatio } of VIEWS) {
    const name = `${pitch}° at ${size.width}×${size.height}×${pixelRatio}`;
    const view = perspective(pitch, size);
    const bands = bandsOf(view, size, pixelRatio);
    const rows = size.height * pixelRatio;

    it(`cover every row once, far to near, each band's scale within BAND_RATIO (${name})`, () => {
      expect(bands[0]!.first).toBe(0); // at most 60°, the map reaches the top of the screen
      expect(bands.at(-1)!.last).toBe(rows - 1);
      bands.slice(1).forEach((b, i) => expect(b.first).toBe(bands[i]!.last + 1));
      for (const b of bands) {
        const scale = (row: number) => view.distance / view.depth(view.groundY(row / pixelRatio));
        expect(scale(b.last + 1) / scale(b.first)).toBeLessThanOrEqual(BAND_RATIO + 1e-9);
      }
      // A few flat drawings, all told not much larger than the screen.
      const drawn = bands.reduce((n, b) => n + b.width * b.height, 0);
      expect(drawn / (size.width * pixelRatio * rows)).toBeLessThan(3);
    });

    it(`copy each row from inside its band's drawing (${name})`, () => {
      for (const b of bands)
        for (let row = b.first; row <= b.last; row++) {
          const [x, y, w, h] = rowSource(view, b, row, size, pixelRatio);
          expect(x).toBeGreaterThanOrEqual(MARGIN - 1e-6);
          expect(y).toBeGreaterThanOrEqual(MARGIN - 1e-6);
          expect(x + w).toBeLessThanOrEqual(b.width - MARGIN + 1e-6);
          expect(y + h).toBeLessThanOrEqual(b.height - MARGIN + 1e-6);
          // No coarser than the screen along the row, and at most BAND_RATIO² rows of the drawing per row.
          expect(w).toBeGreaterThanOrEqual(size.width * pixelRatio - 1e-6);
          expect(h).toBeLessThanOrEqual(BAND_RATIO ** 2 + 0.01);
        }
    });

    it(`put the map's points where MapLibre's projection does (${name})`, () => {
      for (const b of bands)
        for (const row of [b.first, Math.floor((b.first + b.last) / 2), b.last]) {
          const [sx0, sy0, sw, sh] = rowSource(view, b, row, size, pixelRatio);
          for (const across of [0.02, 0.3, 0.5, 0.77, 0.98]) {
            // The map's point at the middle of the row's copy, `across` the row.
            const mx = b.x0 + (sx0 + across * sw - MARGIN) / b.sx;
            const my = b.y0 + (sy0 + sh / 2 - MARGIN) / b.sy;
            const [x, y] = view.screen(mx, my);
            // Copied to `across` the device row's width, at its middle.
            expect(x * pixelRatio).toBeCloseTo(across * size.width * pixelRatio, 6);
            expect(Math.abs(y * pixelRatio - (row + 0.5))).toBeLessThan(0.01);
          }
        }
    });
  }
});
