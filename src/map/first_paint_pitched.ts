// The first paint of a tilted view (a link's pitch), loaded only for one. MapLibre draws fills, lines and
// hatches on the ground, in the map's (tile) space, and projects them: lines thin and hatches foreshorten with
// distance. It draws circles and labels upright on the screen, scaled by the distance. So the ground layers
// are drawn flat, as first_paint.ts draws them, and put in perspective row by row (pitch_bands.ts), and the
// circles and labels are drawn on the screen where MapLibre's projection (perspective.ts) puts them.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { projector, type LayerPainter, type Projector, type Tilt } from './first_paint';
import { perspective, type Perspective } from './perspective';
import { bandsOf, MARGIN, rowSource, type Band } from './pitch_bands';
import type { Camera } from './view';

type Size = { width: number; height: number };

/** What MapLibre draws otherwise on a tilted map, which the first paint does not. */
const UNSUPPORTED = [
  'circle-pitch-scale',
  'circle-pitch-alignment',
  'text-pitch-alignment',
  'symbol-placement',
];

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
      const bands = bandsOf(view, size, pixelRatio).map((band) => {
        const canvas = document.createElement('canvas');
        canvas.width = band.width;
        canvas.height = band.height;
        return { band, canvas };
      });
      let run: LayerSpecification[] = [];
      const flush = () => {
        if (run.length) drawBands(paint, ctx, run, flat, bands, view, size, pixelRatio);
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

/** Draws the ground layers `run` flat for each band, then each of its rows in perspective on `out`. */
function drawBands(
  paint: LayerPainter,
  out: CanvasRenderingContext2D,
  run: LayerSpecification[],
  flat: Projector,
  bands: { band: Band; canvas: HTMLCanvasElement }[],
  view: Perspective,
  size: Size,
  pixelRatio: number,
): void {
  for (const { band, canvas } of bands) {
    // On the CPU, as the first paint's canvas (first_paint.ts).
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // The flat projection's pixels are the turned map's offsets plus half the map.
    const { x0, y0, sx, sy } = band;
    const [ox, oy] = [MARGIN - (x0 + size.width / 2) * sx, MARGIN - (y0 + size.height / 2) * sy];
    ctx.setTransform(sx, 0, 0, sy, ox, oy);
    paint(ctx, run, flat);
    out.save();
    out.setTransform(1, 0, 0, 1, 0, 0);
    for (let row = band.first; row <= band.last; row++)
      out.drawImage(canvas, ...rowSource(view, band, row, size, pixelRatio), 0, row, out.canvas.width, 1);
    out.restore();
  }
}
