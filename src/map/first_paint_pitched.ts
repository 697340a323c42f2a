// The first paint of a tilted view (a link's pitch), loaded only for one. MapLibre draws fills, lines and
// hatches on the ground, in the map's (tile) space, and projects them; it draws circles and labels upright on
// the screen, scaled by the distance. So the ground layers are drawn flat, as first_paint.ts draws them, and
// then put in perspective row by row: MapLibre's projection (perspective.ts) maps each row of the screen to a
// row of the turned map, stretched alike along it (the depth is the same along a row), so one scaled
// drawImage per row of device pixels is exact but for the row's own height. Lines keep the width, dashes and
// hatches MapLibre gives them on the ground (thinner far off), circles and labels are drawn on the screen.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

type Size = { width: number; height: number };
import { projector, type LayerPainter, type Projector, type Tilt } from './first_paint';
import { perspective, type Perspective } from './perspective';
import type { Camera } from './view';

/**
 * Each band of rows is drawn flat at the scale of its nearest row, and at most this much finer than its
 * farthest row needs: a few bands, each at most this much wider than the screen, rather than one flat map
 * of the whole ground at the nearest row's scale (at a pitch of 60°, 3.7 times the farthest row's).
 */
const BAND_RATIO = 1.3;

/** What MapLibre draws otherwise on a tilted map, which the first paint does not. */
const UNSUPPORTED = [
  'circle-pitch-scale',
  'circle-pitch-alignment',
  'text-pitch-alignment',
  'symbol-placement',
];

/** A band of screen rows and the flat drawing they are taken from. */
interface Band {
  /** The band's first and last rows, in device pixels. */
  first: number;
  last: number;
  /** The flat drawing's offsets at its top left (turned map pixels), and its scale along x and y. */
  x0: number;
  y0: number;
  sx: number;
  sy: number;
  canvas: HTMLCanvasElement;
}

/**
 * How the first paint draws the map at `camera`, tilted (its `tilt`). Throws on what MapLibre draws otherwise on
 * a tilted map.
 */
export function tiltOf(
  style: StyleSpecification,
  camera: Camera,
  size: Size,
  pixelRatio = window.devicePixelRatio || 1,
): Tilt {
  for (const layer of style.layers) {
    const keys = [...Object.keys(layer.paint ?? {}), ...Object.keys(layer.layout ?? {})];
    const key = keys.find((k) => UNSUPPORTED.includes(k));
    if (key) throw new Error(`the first paint of a tilted map does not draw ${key}`);
  }
  const view = perspective(camera.pitch, size);
  const flat = projector(camera, size);
  // Circles are scaled by the map's scale at their centre (MapLibre's circle-pitch-scale "map"); labels by
  // half of it plus a half, and those scaled below 0.6, far off near the horizon, are not placed
  // (MapLibre's perspective ratio and its cutoff).
  const circlesAt: Projector = (at) => {
    const [x, y] = flat(at);
    return view.screen(x - size.width / 2, y - size.height / 2);
  };
  const labelsAt: Projector = (at) => {
    const [x, y, k = 0] = circlesAt(at);
    const r = (1 + k) / 2;
    return r < 0.6 ? [Infinity, Infinity] : [x, y, r];
  };
  return {
    labelsAt,
    circlesAt,
    draw(paint, ctx, layers, flat) {
      const bands = bandsOf(view, size, pixelRatio);
      let run: LayerSpecification[] = [];
      const flush = () => {
        if (run.length)
          for (const band of bands) drawBand(paint, ctx, run, flat, band, view, size, pixelRatio);
        run = [];
      };
      for (const layer of layers) {
        if (layer.type === 'fill' || layer.type === 'line') run.push(layer);
        else {
          // The background covers the whole map: at MapLibre's maxPitch the map reaches the top of the screen.
          flush();
          paint(ctx, [layer], circlesAt);
        }
      }
      flush();
    },
  };
}

/** The bands of device rows that show the map (nearer than MapLibre's far plane), far to near. */
function bandsOf(view: Perspective, size: Size, pixelRatio: number): Band[] {
  const rows = Math.round(size.height * pixelRatio);
  const y = (row: number) => view.groundY(row / pixelRatio);
  const shown = (row: number) => {
    const w = view.depth(y(row + 0.5));
    return Number.isFinite(y(row)) && w <= view.far && w >= view.near;
  };
  const bands: Band[] = [];
  let first = 0;
  while (first < rows && !shown(first)) first++;
  while (first < rows) {
    const far = view.distance / view.depth(y(first));
    let last = first;
    while (last + 1 < rows && shown(last + 1) && view.distance / view.depth(y(last + 2)) <= far * BAND_RATIO)
      last++;
    bands.push(band(view, size, pixelRatio, first, last));
    first = last + 1;
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
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(2 * halfWidth * sx) + 2 * MARGIN;
  canvas.height = Math.ceil((y1 - y0) * sy) + 2 * MARGIN;
  return { first, last, x0: -halfWidth, y0, sx, sy, canvas };
}

/** Pixels kept around a band's flat drawing, for the smoothing at its edges. */
const MARGIN = 2;

/** Draws the ground layers `run` flat for `band`, then each of its rows in perspective on `out`. */
function drawBand(
  paint: LayerPainter,
  out: CanvasRenderingContext2D,
  run: LayerSpecification[],
  flat: Projector,
  { first, last, x0, y0, sx, sy, canvas }: Band,
  view: Perspective,
  { width, height }: Size,
  pixelRatio: number,
): void {
  // On the CPU, as the first paint's canvas (first_paint.ts).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  // The flat projection's pixels are the turned map's offsets plus half the map.
  ctx.setTransform(sx, 0, 0, sy, MARGIN - (x0 + width / 2) * sx, MARGIN - (y0 + height / 2) * sy);
  paint(ctx, run, flat);
  out.save();
  out.setTransform(1, 0, 0, 1, 0, 0);
  const deviceWidth = out.canvas.width;
  for (let row = first; row <= last; row++) {
    const top = view.groundY(row / pixelRatio);
    const bottom = view.groundY((row + 1) / pixelRatio);
    // Along the row the map is scaled by the distance over the depth, from the screen's centre line.
    const half = width / 2 / (view.distance / view.depth((top + bottom) / 2));
    out.drawImage(
      canvas,
      MARGIN + (-half - x0) * sx,
      MARGIN + (top - y0) * sy,
      2 * half * sx,
      (bottom - top) * sy,
      0,
      row,
      deviceWidth,
      1,
    );
  }
  out.restore();
}
