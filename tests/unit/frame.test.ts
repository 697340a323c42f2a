// Framing a claim in the part of the map nothing covers, and where the swipe divides the sides (src/map/frame.ts).
import { describe, expect, it } from 'vitest';
import { boxOf, clearOf, hasRoom, isClear, meetingPoint, tooSmall } from '../../src/map/frame';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('the uncovered part of the map', () => {
  // 1440×900 with a 44 px header: the map is 1440×856 from y = 44.
  const map = rect(0, 44, 1440, 856);
  const panel = rect(9.6, 53.6, 320, 811);
  const card = rect(1036.8, 53.6, 352, 811);
  const zoom = rect(1400, 54, 30, 90);
  const attribution = rect(1000, 878, 440, 22);

  it('cuts the side panel from the left, the card and the zoom buttons from the right, the attribution from the bottom', () => {
    expect(clearOf(map, [panel, card, zoom, attribution], 0)).toEqual({
      left: 330,
      right: 403,
      top: 0,
      bottom: 22,
    });
    expect(clearOf(map, [panel], 20)).toEqual({ left: 350, right: 20, top: 20, bottom: 20 });
  });

  it('cuts bottom sheets from the bottom on a phone, the taller one winning', () => {
    // 375×667 with a 125 px header: the map is 375×542 from y = 125; sheets of 42% and 55%.
    const phone = rect(0, 125, 375, 542);
    const sheet = rect(0, 667 - 228, 375, 228);
    const cardSheet = rect(0, 667 - 298, 375, 298);
    expect(clearOf(phone, [sheet, cardSheet], 0)).toEqual({ left: 0, right: 0, top: 0, bottom: 298 });
  });

  it('ignores what is not over the map, or not shown', () => {
    expect(clearOf(map, [rect(0, 0, 1440, 44), rect(0, 0, 0, 0)], 0)).toEqual({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
  });

  it('says whether a box in map pixels is clear of the padding, and whether there is room to frame', () => {
    const pad = { left: 350, right: 423, top: 20, bottom: 42 };
    const size = { width: 1440, height: 856 };
    expect(isClear(rect(400, 100, 200, 200), size, pad)).toBe(true);
    // The review's case: the shape at the bottom right, under the card.
    expect(isClear(rect(930, 760, 150, 60), size, pad)).toBe(false);
    expect(isClear(rect(300, 100, 200, 200), size, pad)).toBe(false);
    // Just framed, it touches the padding: a rounding error does not frame it again.
    expect(isClear(rect(349.9999, 20, 200, 794.0001), size, pad)).toBe(true);
    expect(hasRoom(size, pad)).toBe(true);
    expect(tooSmall(rect(400, 100, 30, 39))).toBe(true);
    expect(tooSmall(rect(400, 100, 30, 41))).toBe(false);
    expect(hasRoom({ width: 375, height: 542 }, { left: 20, right: 20, top: 20, bottom: 510 })).toBe(false);
  });
});

describe('boxes and where the sides meet', () => {
  it('boxes every coordinate of the geometries, at any depth', () => {
    expect(
      boxOf([
        { coordinates: [46, 39.5] },
        {
          coordinates: [
            [
              [46.2, 39.6],
              [45.9, 39.7],
            ],
          ],
        },
        null,
      ]),
    ).toEqual([
      [45.9, 39.5],
      [46.2, 39.7],
    ]);
    expect(boxOf([{ coordinates: [] }])).toBeNull();
  });

  it('meets at the centre of the part two boxes share, or nowhere', () => {
    // Armenia's claims span Sev Lich and Verin Shorzha; Azerbaijan's, Sev Lich only.
    const armenia: [[number, number], [number, number]] = [
      [45.85, 39.56],
      [46.32, 40.15],
    ];
    const azerbaijan: [[number, number], [number, number]] = [
      [46.2, 39.55],
      [46.3, 39.62],
    ];
    const [lng, lat] = meetingPoint(armenia, azerbaijan)!;
    expect(lng).toBeCloseTo(46.25, 9);
    expect(lat).toBeCloseTo(39.59, 9);
    expect(
      meetingPoint(armenia, [
        [47, 39],
        [48, 40],
      ]),
    ).toBeNull();
    expect(meetingPoint(armenia, null)).toBeNull();
  });
});
