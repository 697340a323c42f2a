// Finds simplified segments that cross other segments and restores their dropped points, so that
// simplification never makes rings self-intersect or cross their neighbours.

/** @typedef {import('./geom.mjs').Pos} Pos */
/** @typedef {{ orig: Pos[], keep: number[] }} SimpleArc */
/** @typedef {{ arc: number, k: number, a: Pos, b: Pos }} Seg */

const CELL = 0.02;

/** Orientation sign of c relative to the line a→b. */
function orient(a, b, c) {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** True if c (collinear with a–b) lies within the box of a–b. */
function onSegment(a, b, c) {
  return (
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** Same position. */
function same(p, q) {
  return p[0] === q[0] && p[1] === q[1];
}

/** True if two segments meet anywhere other than at one shared end point. */
export function segmentsConflict(s, t) {
  const shared = [s.a, s.b].filter((p) => same(p, t.a) || same(p, t.b)).length;
  if (shared === 2) return true;
  const o1 = orient(s.a, s.b, t.a);
  const o2 = orient(s.a, s.b, t.b);
  const o3 = orient(t.a, t.b, s.a);
  const o4 = orient(t.a, t.b, s.b);
  if (shared === 1) {
    if (o1 !== 0 || o2 !== 0) return false;
    const p = same(s.a, t.a) || same(s.a, t.b) ? s.a : s.b;
    const q1 = same(p, s.a) ? s.b : s.a;
    const q2 = same(p, t.a) ? t.b : t.a;
    return (q1[0] - p[0]) * (q2[0] - p[0]) + (q1[1] - p[1]) * (q2[1] - p[1]) > 0;
  }
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (
    (o1 === 0 && onSegment(s.a, s.b, t.a)) ||
    (o2 === 0 && onSegment(s.a, s.b, t.b)) ||
    (o3 === 0 && onSegment(t.a, t.b, s.a)) ||
    (o4 === 0 && onSegment(t.a, t.b, s.b))
  );
}

/** All current segments of all arcs. */
function segments(arcs) {
  /** @type {Seg[]} */
  const out = [];
  arcs.forEach((arc, i) => {
    for (let k = 0; k < arc.keep.length - 1; k++) {
      out.push({ arc: i, k, a: arc.orig[arc.keep[k]], b: arc.orig[arc.keep[k + 1]] });
    }
  });
  return out;
}

/** Grid cells (as keys) that a segment's box covers. */
function cellsOf(s) {
  const x0 = Math.floor(Math.min(s.a[0], s.b[0]) / CELL);
  const x1 = Math.floor(Math.max(s.a[0], s.b[0]) / CELL);
  const y0 = Math.floor(Math.min(s.a[1], s.b[1]) / CELL);
  const y1 = Math.floor(Math.max(s.a[1], s.b[1]) / CELL);
  const out = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(x + ':' + y);
  return out;
}

/** True if a segment stands for dropped points (it can be refined). */
function simplified(arcs, s) {
  const keep = arcs[s.arc].keep;
  return keep[s.k + 1] - keep[s.k] > 1;
}

/** Segments that take part in a conflict and can be refined. */
function conflicting(arcs) {
  const segs = segments(arcs);
  /** @type {Map<string, number[]>} */
  const grid = new Map();
  segs.forEach((s, i) => cellsOf(s).forEach((c) => grid.set(c, [...(grid.get(c) ?? []), i])));
  const bad = new Set();
  for (const list of grid.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const s = segs[list[x]];
        const t = segs[list[y]];
        if (!simplified(arcs, s) && !simplified(arcs, t)) continue;
        if (!segmentsConflict(s, t)) continue;
        if (simplified(arcs, s)) bad.add(list[x]);
        if (simplified(arcs, t)) bad.add(list[y]);
      }
    }
  }
  return [...bad].sort((p, q) => p - q).map((i) => segs[i]);
}

/**
 * Restores dropped points of conflicting segments until no simplified segment crosses another.
 * Crossings that exist in the unsimplified data are left alone.
 * @param {SimpleArc[]} arcs modified in place
 * @returns {number} how many segments were refined
 */
export function repairCrossings(arcs) {
  let refined = 0;
  for (let round = 0; round < 20; round++) {
    const bad = conflicting(arcs);
    if (bad.length === 0) return refined;
    for (const s of bad) {
      const arc = arcs[s.arc];
      const from = arc.keep[s.k];
      const to = arc.keep[s.k + 1];
      const extra = Array.from({ length: to - from - 1 }, (_, j) => from + 1 + j);
      arc.keep = [...new Set([...arc.keep, ...extra])].sort((p, q) => p - q);
      refined++;
    }
  }
  throw new Error('crossings: simplified arcs still cross after 20 rounds');
}
