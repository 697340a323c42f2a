import { describe, expect, it } from 'vitest';
import { sidewaysShift } from '../../src/ui/keep_in_view';

describe('sidewaysShift', () => {
  it('leaves a box that is already on screen where it is', () => {
    expect(sidewaysShift(100, 300, 375)).toBe(0);
    expect(sidewaysShift(8, 367, 375)).toBe(0);
  });
  it('moves a box that starts left of the screen right, to the margin', () => {
    expect(sidewaysShift(-219, 73, 375)).toBe(227);
  });
  it('moves a box that ends right of the screen left, to the margin', () => {
    expect(sidewaysShift(200, 420, 375)).toBe(-53);
  });
  it('keeps the left edge on screen when the box is wider than the screen', () => {
    expect(sidewaysShift(-50, 400, 300)).toBe(58);
    expect(sidewaysShift(0, 400, 300)).toBe(8);
  });
});
