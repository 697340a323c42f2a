// Douglas–Peucker simplification of open polylines, with the tolerance in metres.

import { pointSegmentM } from './geom.mjs';

/**
 * Douglas–Peucker on an open polyline; both end points are always kept.
 * @param {import('./geom.mjs').Pos[]} line
 * @param {number} toleranceM distance in metres; 0 keeps every point
 */
export function simplifyLine(line, toleranceM) {
  if (toleranceM <= 0 || line.length <= 2) return line.slice();
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
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed loop: split at its first point and at the point farthest from it, so
 * both halves keep their ends. The loop must start and end with the same position.
 * @param {import('./geom.mjs').Pos[]} loop
 * @param {number} toleranceM
 */
export function simplifyLoop(loop, toleranceM) {
  if (toleranceM <= 0 || loop.length <= 4) return loop.slice();
  let far = 1;
  let farD = -1;
  for (let i = 1; i < loop.length - 1; i++) {
    const d = pointSegmentM(loop[i], loop[0], loop[0]);
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const a = simplifyLine(loop.slice(0, far + 1), toleranceM);
  const b = simplifyLine(loop.slice(far), toleranceM);
  return [...a, ...b.slice(1)];
}
