import { describe, expect, it } from 'vitest';
import { lineBreaks } from '../../src/map/line_breaks';

describe('lineBreaks (MapLibre’s line breaking of point labels)', () => {
  it('keeps a label that fits on one line', () => {
    expect(lineBreaks([30, 40], 5, 100)).toEqual([]);
    expect(lineBreaks([], 5, 100)).toEqual([]);
    expect(lineBreaks([300], 5, 100)).toEqual([]); // one word: nowhere to break
  });

  it('evens the lines out where filling each in turn would leave a short last line', () => {
    // Greedily: five words (58 px, under 60), then three. MapLibre: two lines of four.
    expect(lineBreaks(Array<number>(8).fill(10), 2, 60)).toEqual([4]);
  });

  it('takes as few lines as the maximum width needs', () => {
    expect(lineBreaks(Array<number>(12).fill(10), 2, 50)).toEqual([4, 8]);
  });

  it('prefers a last line shorter than the others to a longer one', () => {
    // Two lines of 20 and 30 or of 30 and 20, as far from the average either way: the shorter one goes last.
    expect(lineBreaks(Array<number>(5).fill(10), 0, 30)).toEqual([3]);
  });
});
