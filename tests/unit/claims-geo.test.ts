import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/claims/geo/chains';
import { lengthKm, locate, sliceAlongKm } from '../../src/claims/geo/lines';
import { isCalendarDate, isOrdered } from '../../src/claims/dates';
import { haversineKm } from '../fixtures/claims/synthetic-geo';

describe('stitch', () => {
  it('joins pieces end to end, reversing where needed, and records the bridge across a gap', () => {
    const { lines, bridges } = stitch(
      [
        [
          [46, 39.7],
          [46, 39.61],
        ],
        [
          [46, 39.4],
          [46, 39.59],
        ],
      ],
      3,
    );
    expect(lines).toHaveLength(1);
    expect(bridges).toHaveLength(1);
    expect(bridges[0]?.km).toBeCloseTo(haversineKm([46, 39.59], [46, 39.61]), 6);
    expect(lengthKm(lines[0] ?? [])).toBeCloseTo(haversineKm([46, 39.4], [46, 39.7]), 6);
  });

  it('leaves pieces apart when the gap is wider than allowed, and joins touching ends without a bridge', () => {
    const apart = stitch(
      [
        [
          [46, 39],
          [46, 39.1],
        ],
        [
          [46, 39.2],
          [46, 39.3],
        ],
      ],
      3,
    );
    expect(apart.lines).toHaveLength(2);
    const touching = stitch(
      [
        [
          [46, 39],
          [46, 39.1],
        ],
        [
          [46, 39.1],
          [46, 39.2],
        ],
      ],
      3,
    );
    expect(touching.lines).toEqual([
      [
        [46, 39],
        [46, 39.1],
        [46, 39.2],
      ],
    ]);
    expect(touching.bridges).toEqual([]);
  });
});

describe('sliceAlongKm and locate', () => {
  const line: [number, number][] = [
    [46, 39.5],
    [46, 39.6],
    [46.1, 39.6],
  ];

  it('cuts the stretch between two distances along the line, through the corner', () => {
    const first = haversineKm([46, 39.5], [46, 39.6]);
    const part = sliceAlongKm(line, first - 1, first + 1);
    expect(part).toHaveLength(3);
    expect(part[1]).toEqual([46, 39.6]);
    expect(lengthKm(part)).toBeCloseTo(2, 2);
  });

  it('clamps to the line', () => {
    expect(sliceAlongKm(line, -5, 1e6)).toEqual(line);
  });

  it('finds the nearest point and how far along the line it is', () => {
    const at = locate([line], [45.99, 39.55]);
    expect(at?.point[0]).toBeCloseTo(46, 6);
    expect(at?.alongKm).toBeCloseTo(haversineKm([46, 39.5], [46, 39.55]), 2);
    expect(at?.distanceKm).toBeCloseTo(haversineKm([45.99, 39.55], [46, 39.55]), 2);
  });
});

describe('dates', () => {
  it('knows real calendar dates at day, month and year precision', () => {
    expect(['2021-05-12', '2021-05', '2021', '2020-02-29'].every(isCalendarDate)).toBe(true);
    expect(
      ['2021-02-30', '2021-13', '2021-00-10', '2021-04-31', '21-05-12', '2021-5-1'].some(isCalendarDate),
    ).toBe(false);
  });

  it('orders periods, letting a coarser end overlap its start', () => {
    expect(isOrdered('2021-05-12', '2021-05-12')).toBe(true);
    expect(isOrdered('2021-05-12', '2021-05')).toBe(true);
    expect(isOrdered('2021-05-12', '2021-05-11')).toBe(false);
    expect(isOrdered('2021-05', '2021-04-30')).toBe(false);
  });
});
