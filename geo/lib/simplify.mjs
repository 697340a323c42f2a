// Douglas–Peucker simplification of open polylines and closed loops, with the tolerance in metres.
// Both return the indices of the points to keep, so callers can later restore dropped points.

import { pointSegmentM } from './geom.mjs';

/**
 * Douglas–Peucker on an open polyline; both end points are always kept.
 * @param {import('./geom.mjs').Pos[]} line
 * @param {number} toleranceM distance in metres; 0 keeps every point
 * @returns {number[]} sorted indices of the kept points
 */
export function simplifyIndices(line, toleranceM) {
  if (toleranceM <= 0 || line.length <= 2) return line.map((_, i) => i);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = /** @type {[number, number]} */ (stack.pop());
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = pointSegmentM(line[i], line[first], line[last]);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > toleranceM) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.map((_, i) => i).filter((i) => keep[i] === 1);
}

/**
 * Simplifies a closed loop (first point = last point): it is split at its first point and at the
 * point farthest from it, so both halves keep their ends.
 * @param {import('./geom.mjs').Pos[]} loop
 * @param {number} toleranceM
 * @returns {number[]} sorted indices of the kept points
 */
export function simplifyLoopIndices(loop, toleranceM) {
  if (toleranceM <= 0 || loop.length <= 4) return loop.map((_, i) => i);
  let far = 1;
  let farD = -1;
  for (let i = 1; i < loop.length - 1; i++) {
    const d = pointSegmentM(loop[i], loop[0], loop[0]);
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const a = simplifyIndices(loop.slice(0, far + 1), toleranceM);
  const b = simplifyIndices(loop.slice(far), toleranceM).map((i) => i + far);
  return [...a, ...b.slice(1)];
}
