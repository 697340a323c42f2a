// Small planar and spherical helpers for lon/lat rings, lines and boxes.

/** @typedef {[number, number]} Pos */
/** @typedef {Pos[]} Ring */
/** @typedef {Ring[]} Poly */
/** @typedef {import('./config.mjs').Box} Box */

const R = 6371008.8;
const RAD = Math.PI / 180;

/** Rounds one number to `dp` decimals (exactly representable result for the same input). */
export function round(x, dp) {
  const f = 10 ** dp;
  return Math.round(x * f) / f;
}

/** Rounds a position to `dp` decimals. */
export function roundPos(p, dp) {
  return /** @type {Pos} */ ([round(p[0], dp), round(p[1], dp)]);
}

/** Stable string key of a position. */
export function key(p) {
  return p[0] + ',' + p[1];
}

/** Rounds a ring, drops consecutive duplicates and closes it; returns null if fewer than 4 positions remain. */
export function cleanRing(ring, dp) {
  /** @type {Ring} */
  const out = [];
  for (const p of ring) {
    const q = roundPos(p, dp);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1 && key(out[0]) === key(out[out.length - 1])) out.pop();
  if (out.length < 3) return null;
  out.push(out[0]);
  return signedArea(out) === 0 ? null : out;
}

/** Rounds a line, drops consecutive duplicates; returns null if fewer than 2 positions remain. */
export function cleanLine(line, dp) {
  /** @type {Pos[]} */
  const out = [];
  for (const p of line) {
    const q = roundPos(p, dp);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 2 ? out : null;
}

/** Planar signed area (shoelace, degrees²): positive for counter-clockwise rings. */
export function signedArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/** Returns the ring turned to the wanted orientation (ccw = counter-clockwise). */
export function orient(ring, ccw) {
  return signedArea(ring) > 0 === ccw ? ring : ring.slice().reverse();
}

/** Cleans a polygon and applies the RFC 7946 right-hand rule; null if its exterior degenerates. */
export function cleanPolygon(poly, dp) {
  const outer = cleanRing(poly[0], dp);
  if (!outer) return null;
  const holes = poly
    .slice(1)
    .map((h) => cleanRing(h, dp))
    .filter((h) => h !== null);
  return [orient(outer, true), ...holes.map((h) => orient(h, false))];
}

/** Geodesic area of a ring in m² (same spherical formula as @turf/area), always positive. */
export function ringAreaM2(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    s += (x2 - x1) * RAD * (2 + Math.sin(y1 * RAD) + Math.sin(y2 * RAD));
  }
  return Math.abs((s * R * R) / 2);
}

/** Area of a polygon (exterior minus holes) in km². */
export function polygonAreaKm2(poly) {
  return (ringAreaM2(poly[0]) - poly.slice(1).reduce((s, h) => s + ringAreaM2(h), 0)) / 1e6;
}

/** Great-circle distance between two positions in metres. */
export function distanceM(a, b) {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a polyline in metres. */
export function lineLengthM(line) {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += distanceM(line[i - 1], line[i]);
  return s;
}

/** Distance in metres from point p to segment a–b, in a local equirectangular projection. */
export function pointSegmentM(p, a, b) {
  const kx = Math.cos(p[1] * RAD) * R * RAD;
  const ky = R * RAD;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Smallest distance in metres from point p to any segment of the given lines. */
export function pointLinesM(p, lines) {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) best = Math.min(best, pointSegmentM(p, line[i - 1], line[i]));
  }
  return best;
}

/** Bounding box [west, south, east, north] of a list of positions. */
export function bboxOf(points) {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return { west: w, south: s, east: e, north: n };
}

/** True if position p lies inside box b (edges included). */
export function inBox(p, b) {
  return p[0] >= b.west && p[0] <= b.east && p[1] >= b.south && p[1] <= b.north;
}

/** True if two boxes overlap. */
export function boxesOverlap(a, b) {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** True if box a lies completely inside box b. */
export function boxInside(a, b) {
  return a.west >= b.west && a.east <= b.east && a.south >= b.south && a.north <= b.north;
}

/** Closed counter-clockwise ring of a box. */
export function boxRing(b) {
  return /** @type {Ring} */ ([
    [b.west, b.south],
    [b.east, b.south],
    [b.east, b.north],
    [b.west, b.north],
    [b.west, b.south],
  ]);
}

/** Ray-casting point-in-ring test. */
export function pointInRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True if p is inside the polygon (inside the exterior and in no hole). */
export function pointInPolygon(p, poly) {
  return pointInRing(p, poly[0]) && !poly.slice(1).some((h) => pointInRing(p, h));
}
