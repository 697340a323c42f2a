// Clipping polygons to a rectangle (with a cheap pre-clip so huge rings stay fast).

import * as polyclip from 'polyclip-ts';
import { bboxOf, boxesOverlap, boxInside, boxRing } from './geom.mjs';

/** Sutherland–Hodgman clip of a ring against one half-plane (axis 0 = lon, 1 = lat). */
function clipEdge(ring, axis, value, keepAbove) {
  const inside = (p) => (keepAbove ? p[axis] >= value : p[axis] <= value);
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (value - a[axis]) / (b[axis] - a[axis]);
      const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      p[axis] = value;
      out.push(p);
    }
  }
  if (out.length) out.push(out[0]);
  return out;
}

/** Cheap rectangle clip of a ring (may leave zero-width bridges along the box edges). */
function preclip(ring, box) {
  let r = ring;
  r = clipEdge(r, 0, box.west, true);
  r = clipEdge(r, 0, box.east, false);
  r = clipEdge(r, 1, box.south, true);
  r = clipEdge(r, 1, box.north, false);
  return r;
}

/** Box grown by `d` degrees on every side. */
function grow(box, d) {
  return { west: box.west - d, south: box.south - d, east: box.east + d, north: box.north + d };
}

/**
 * Clips polygons to a box. Polygons inside are kept as they are; the others are pre-clipped to a
 * slightly larger box and then cut exactly with polyclip-ts.
 * @param {import('./geom.mjs').Poly[]} polys
 * @param {import('./config.mjs').Box} box
 */
export function clipToBox(polys, box) {
  /** @type {import('./geom.mjs').Poly[]} */
  const out = [];
  const outer = grow(box, 0.25);
  for (const poly of polys) {
    const b = bboxOf(poly[0]);
    if (!boxesOverlap(b, box)) continue;
    if (boxInside(b, box)) {
      out.push(poly);
      continue;
    }
    const holes = poly.slice(1).filter((h) => boxesOverlap(bboxOf(h), box));
    const ext = preclip(poly[0], outer);
    if (ext.length < 4) continue;
    out.push(...polyclip.intersection([ext, ...holes], [boxRing(box)]));
  }
  return out;
}

/** Union of polygon sets (polyclip-ts). */
export function union(...geoms) {
  return polyclip.union(geoms[0], ...geoms.slice(1));
}

/** Intersection of polygon sets (polyclip-ts). */
export function intersection(...geoms) {
  return polyclip.intersection(geoms[0], ...geoms.slice(1));
}

/** Difference a − b − … (polyclip-ts). */
export function difference(a, ...rest) {
  return polyclip.difference(a, ...rest);
}
