// How the first paint of a tilted view (first_paint_pitched.ts) puts the flat map in perspective: in bands of
// screen rows, each drawn flat at one scale, and each row of device pixels copied from its band with one
// scaled drawImage. Along a screen row the depth is the same, so MapLibre's projection (perspective.ts) is a
// plain scaling there, about the screen's centre line: the copy is exact but for the row's own height.
import type { Perspective } from './perspective';

type Size = { width: number; height: number };

/**
 * Each band of rows is drawn flat at the scale of its nearest row, and at most this much finer than its
 * farthest row needs: a few bands, each at most this much wider than the screen, rather than one flat map of
 * the whole ground at the nearest row's scale (at a pitch of 60°, 3.7 times the farthest row's).
 */
export const BAND_RATIO = 1.3;

/** Pixels kept around a band's flat drawing, for the smoothing at its edges. */
export const MARGIN = 2;

/** A band of screen rows and the flat drawing they are taken from. */
export interface Band {
  /** The band's first and last rows, in device pixels. */
  first: number;
  last: number;
  /** The flat drawing's offsets at its top left (turned map pixels, as perspective.ts), less MARGIN pixels. */
  x0: number;
  y0: number;
  /** The flat drawing's device pixels per map pixel, along x and y. */
  sx: number;
  sy: number;
  /** The flat drawing's size, in device pixels. */
  width: number;
  height: number;
}

/** The bands of device rows that show the map (nearer than MapLibre's far plane), far to near. */
export function bandsOf(view: Perspective, size: Size, pixelRatio: number): Band[] {
  const rows = Math.round(size.height * pixelRatio);
  const y = (row: number) => view.groundY(row / pixelRatio);
  const scale = (row: number) => view.distance / view.depth(y(row));
  const shown = (row: number) => {
    const w = view.depth(y(row + 0.5));
    return Number.isFinite(y(row)) && w <= view.far && w >= view.near;
  };
  const bands: Band[] = [];
  for (let first = 0; first < rows; first++) {
    if (!shown(first)) continue;
    let last = first;
    while (last + 1 < rows && shown(last + 1) && scale(last + 2) <= scale(first) * BAND_RATIO) last++;
    bands.push(band(view, size, pixelRatio, first, last));
    first = last;
  }
  return bands;
}

function band(view: Perspective, { width }: Size, pixelRatio: number, first: number, last: number): Band {
  const y0 = view.groundY(first / pixelRatio);
  const y1 = view.groundY((last + 1) / pixelRatio);
  // Wide enough for its farthest row, fine enough for its nearest (along y: the screen's rows per map row).
  const halfWidth = width / 2 / (view.distance / view.depth(y0));
  const near = view.distance / view.depth(y1);
  const sx = near * pixelRatio;
  const sy = near * near * Math.cos((view.pitch * Math.PI) / 180) * pixelRatio;
  return {
    first,
    last,
    x0: -halfWidth,
    y0,
    sx,
    sy,
    width: Math.ceil(2 * halfWidth * sx) + 2 * MARGIN,
    height: Math.ceil((y1 - y0) * sy) + 2 * MARGIN,
  };
}

/**
 * The part of its band's flat drawing that device row `row` shows, [x, y, width, height] in the drawing's
 * device pixels, stretched over the whole row.
 */
export function rowSource(
  view: Perspective,
  { x0, y0, sx, sy }: Band,
  row: number,
  { width }: Size,
  pixelRatio: number,
): [number, number, number, number] {
  const top = view.groundY(row / pixelRatio);
  const bottom = view.groundY((row + 1) / pixelRatio);
  // Along the row the map is scaled by the distance over the depth, from the screen's centre line.
  const half = width / 2 / (view.distance / view.depth((top + bottom) / 2));
  return [MARGIN + (-half - x0) * sx, MARGIN + (top - y0) * sy, 2 * half * sx, (bottom - top) * sy];
}
