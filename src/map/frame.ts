// Where a claim is brought into view: the part of the map that the side panel, the claim card and the map's
// controls leave uncovered. Pure: the app measures the rectangles, MapLibre moves the camera.
import type { Padding } from './view';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** [[west, south], [east, north]] */
export type Box = [[number, number], [number, number]];

/**
 * The padding that keeps clear of `covers` (rectangles on the page) on a map at `map`, plus `margin`: each
 * cover is cut off the map from the edge that loses least to it (the panel from the left, a bottom sheet
 * from the bottom, the zoom buttons from the right).
 */
export function clearOf(map: Rect, covers: readonly Rect[], margin: number): Padding {
  const pad: Padding = { top: 0, bottom: 0, left: 0, right: 0 };
  for (const r of covers) {
    // Not over the map, or not shown (an element that is not laid out has an empty rect).
    if (r.right <= map.left || r.left >= map.right || r.bottom <= map.top || r.top >= map.bottom) continue;
    if (r.right <= r.left || r.bottom <= r.top) continue;
    const cut: Padding = {
      left: r.right - map.left,
      right: map.right - r.left,
      top: r.bottom - map.top,
      bottom: map.bottom - r.top,
    };
    const edge = (Object.keys(cut) as (keyof Padding)[]).reduce((a, b) => (cut[b] < cut[a] ? b : a));
    pad[edge] = Math.max(pad[edge], cut[edge]);
  }
  for (const k of Object.keys(pad) as (keyof Padding)[]) pad[k] = Math.round(pad[k] + margin);
  return pad;
}

/**
 * Whether `box` (in the map's pixels) lies within the part of a map of `size` that `pad` leaves, give or take
 * a pixel: a shape the map has just framed touches the padding, and rounding must not frame it again.
 */
export const isClear = (box: Rect, size: { width: number; height: number }, pad: Padding): boolean =>
  box.left >= pad.left - 1 &&
  box.top >= pad.top - 1 &&
  box.right <= size.width - pad.right + 1 &&
  box.bottom <= size.height - pad.bottom + 1;

/** The closest a selected claim is framed: a village's streets, not its houses. */
export const SELECT_MAX_ZOOM = 13;

/** Whether a box (in the map's pixels) is too small to make out a shape in: under `min` px both ways. */
export const tooSmall = (box: Rect, min = 40): boolean =>
  box.right - box.left < min && box.bottom - box.top < min;

/** Whether a map of `size` has room left to frame anything in once `pad` is kept free. */
export const hasRoom = (size: { width: number; height: number }, pad: Padding, min = 40): boolean =>
  size.width - pad.left - pad.right >= min && size.height - pad.top - pad.bottom >= min;

/** The box around the coordinates of the given GeoJSON geometries, or null if they have none. */
export function boxOf(geometries: readonly ({ coordinates?: unknown } | null | undefined)[]): Box | null {
  // Min and max by a loop: Math.min(...xs) overflows the call stack on a long line.
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] !== 'number') return c.forEach(walk);
    [w, s, e, n] = [Math.min(w, c[0]), Math.min(s, c[1]), Math.max(e, c[0]), Math.max(n, c[1])];
  };
  geometries.forEach((g) => walk(g?.coordinates));
  return w === Infinity
    ? null
    : [
        [w, s],
        [e, n],
      ];
}

/**
 * Where two sides' claims meet, for the swipe to divide: the centre of the part their boxes share, or null
 * when either side has none or they share nothing.
 */
export function meetingPoint(a: Box | null, b: Box | null): [number, number] | null {
  if (!a || !b) return null;
  const [w, s] = [Math.max(a[0][0], b[0][0]), Math.max(a[0][1], b[0][1])];
  const [e, n] = [Math.min(a[1][0], b[1][0]), Math.min(a[1][1], b[1][1])];
  return w <= e && s <= n ? [(w + e) / 2, (s + n) / 2] : null;
}
