// The first paint: the map's own style and data drawn on a 2D canvas, at the camera the map opens at, while
// MapLibre (440 KB of gzipped code, a worker, WebGL shaders) is still loading. Drawn from the same style object
// the map is then made with (its data inline), so the colours, dashes, hatches, layer order, zoom ranges and
// hidden layers are the map's; the map replaces it once it has drawn everything (App.svelte).
//
// It draws the layer types and properties the app's style uses, in MapLibre's units (CSS pixels, dashes in
// line widths, text sizes and offsets in ems). Labels are placed as MapLibre places them, top layer first and
// by `symbol-sort-key`, each at the first of its anchors where it collides with no label placed before it,
// but with the canvas's text metrics: a label may sit a pixel or two off the map's, or, rarely, take another
// anchor. Anything it does not know (a style operator, a layer type) leaves the first paint out.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { labelPoint } from './label_point';
import { lineBreaks } from './line_breaks';
import { evaluate, textSections, type EvalContext, type TextSection } from './style_eval';
import { mercator, TILE_SIZE, type Camera } from './view';

/** An image the style refers to by id (the hatch patterns), as MapLibre's addImage takes it. */
export interface StyleImage {
  id: string;
  width: number;
  height: number;
  data: Uint8Array;
}

/** MapLibre's defaults for what the app's style leaves unset. */
const TEXT_PADDING = 2;
/** MapLibre places no label whose point is this far (CSS pixels) or more outside the map. */
const OFFSCREEN = 0;
const LINE_HEIGHT = 1.2;

type Ctx = CanvasRenderingContext2D;
type Paint = Record<string, unknown>;
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface PlacedLabel {
  layer: string;
  x: number;
  y: number;
  lines: { sections: TextSection[]; width: number; height: number }[];
  /** How its lines are aligned: 0 left, 0.5 centred, 1 right. */
  align: number;
  size: number;
  font: string;
  /** `text-letter-spacing`, in ems. */
  spacing: number;
  paint: Paint;
  eval: EvalContext;
  box: Box;
}

/**
 * Projects [lng, lat] to the canvas's CSS pixels; on a tilted map also gives the scale of what is drawn there
 * upright (a label's or a circle's; 1 when left out).
 */
export type Projector = (p: Position) => [number, number, number?];

/**
 * How a tilted view is drawn (first_paint_pitched.ts, loaded only for one): where its labels and circles go,
 * and how it draws the layers with `paint`, which draws layers flat (at `flat`) or, given a projection,
 * circles and labels where that puts them.
 */
export interface Tilt {
  labelsAt: Projector;
  circlesAt: Projector;
  draw(paint: LayerPainter, ctx: Ctx, layers: LayerSpecification[], flat: Projector): void;
}
export type LayerPainter = (ctx: Ctx, layers: LayerSpecification[], project: Projector) => void;

export function projector(camera: Camera, size: { width: number; height: number }): Projector {
  const world = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const turn = turnOf(camera.bearing);
  return (p) => {
    const [x, y] = mercator(p);
    return turn((x - cx) * world, (y - cy) * world, size);
  };
}

/**
 * Turns an offset from the map's centre (CSS pixels, north up) as MapLibre turns the map for a bearing (degrees
 * clockwise from north: what lies at the bearing from the centre is drawn straight above it), and places it
 * on the map.
 */
function turnOf(
  bearing: number,
): (dx: number, dy: number, size: { width: number; height: number }) => [number, number] {
  const b = (bearing * Math.PI) / 180;
  const [cos, sin] = [Math.cos(b), Math.sin(b)];
  return (dx, dy, { width, height }) => [dx * cos + dy * sin + width / 2, -dx * sin + dy * cos + height / 2];
}

/**
 * The most features the first paint draws. It draws on the main thread, before MapLibre starts: with the
 * 13,000 features of the bench's 10,000 claims it took about 600 ms and held the map back by as much, longer
 * than MapLibre takes to draw them itself. Above this, the map draws them as it did before the first paint.
 */
export const FIRST_PAINT_MAX_FEATURES = 2000;

/** Whether the style's inline data is small enough for the first paint (FIRST_PAINT_MAX_FEATURES). */
export function firstPaintAffordable(style: StyleSpecification): boolean {
  let count = 0;
  for (const source of Object.values(style.sources)) {
    if (source.type !== 'geojson' || typeof source.data !== 'object' || source.data === null) continue;
    const data = source.data as FeatureCollection | Feature;
    count += data.type !== 'FeatureCollection' ? 1 : Array.isArray(data.features) ? data.features.length : 0;
  }
  return count <= FIRST_PAINT_MAX_FEATURES;
}

/**
 * Draws `style` (its GeoJSON data inline) on `canvas` at `camera`, `size` in CSS pixels, at the device's
 * pixel ratio, flat or as `tilt` draws a tilted view. Throws on what it cannot draw; draws nothing for a
 * source whose data is not inline.
 */
export function drawFirstPaint(
  canvas: HTMLCanvasElement,
  style: StyleSpecification,
  camera: Camera,
  size: { width: number; height: number },
  images: readonly StyleImage[],
  tilt?: Tilt,
  pixelRatio = window.devicePixelRatio || 1,
): void {
  canvas.width = Math.round(size.width * pixelRatio);
  canvas.height = Math.round(size.height * pixelRatio);
  // A canvas drawn once and then only shown: kept in memory rather than on the GPU, where it would share the
  // GPU's one thread with MapLibre's WebGL while the map loads beneath it.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(pixelRatio, pixelRatio);
  const project = projector(camera, size);
  const zoom = camera.zoom;
  const shown = style.layers.filter((l) => isShown(l, zoom));
  const [cx, cy] = mercator(camera.center);
  const world = TILE_SIZE * 2 ** zoom;
  // The hatches are tiled from the world's origin, turned with the map, as MapLibre tiles them.
  const worldOrigin: [number, number] = [-cx * world, -cy * world];
  const patterns = new Map(
    images.map((img) => [img.id, patternOf(ctx, img, worldOrigin, camera, size)] as const),
  );

  // Labels are placed top layer first (as MapLibre does), then every layer is drawn bottom to top.
  const labels = placeLabels(
    ctx,
    [...shown].reverse().filter((l) => l.type === 'symbol'),
    style,
    zoom,
    tilt?.labelsAt ?? project,
    size,
  );
  const paint: LayerPainter = (ctx, layers, project) => {
    for (const layer of layers) {
      if (layer.type === 'background') {
        ctx.globalAlpha = 1;
        ctx.fillStyle = String(evaluate(layer.paint?.['background-color'] ?? '#000000', ctxFor(zoom)));
        ctx.fillRect(0, 0, size.width, size.height);
        continue;
      }
      if (layer.type === 'symbol') {
        for (const label of labels.filter((l) => l.layer === layer.id)) drawLabel(ctx, label);
        continue;
      }
      for (const feature of featuresOf(style, layer, zoom)) {
        const ec = contextOf(feature, zoom);
        const paint = (layer.paint ?? {}) as Paint;
        const layout = (layer.layout ?? {}) as Paint;
        const p = (key: string, fallback: unknown) => evaluate(paint[key] ?? fallback, ec);
        if (layer.type === 'fill') {
          if (!isArea(feature.geometry)) continue;
          ctx.globalAlpha = Number(p('fill-opacity', 1));
          const pattern = paint['fill-pattern'] ? patterns.get(String(p('fill-pattern', ''))) : undefined;
          if (paint['fill-pattern'] && !pattern) continue;
          ctx.fillStyle = pattern ?? String(p('fill-color', '#000000'));
          ctx.beginPath();
          traceGeometry(ctx, feature.geometry, project, true);
          ctx.fill('evenodd');
        } else if (layer.type === 'line') {
          if (feature.geometry.type.endsWith('Point')) continue;
          const width = Number(p('line-width', 1));
          ctx.globalAlpha = Number(p('line-opacity', 1));
          ctx.strokeStyle = String(p('line-color', '#000000'));
          ctx.lineWidth = width;
          ctx.lineCap = String(evaluate(layout['line-cap'] ?? 'butt', ec)) as CanvasLineCap;
          ctx.lineJoin = String(evaluate(layout['line-join'] ?? 'miter', ec)) as CanvasLineJoin;
          const dashes = p('line-dasharray', null);
          ctx.setLineDash(Array.isArray(dashes) ? dashes.map((d) => Number(d) * width) : []);
          ctx.beginPath();
          traceGeometry(ctx, feature.geometry, project, false);
          ctx.stroke();
          ctx.setLineDash([]);
        } else if (layer.type === 'circle') {
          const radius = Number(p('circle-radius', 5));
          const stroke = Number(p('circle-stroke-width', 0));
          for (const at of pointsOf(feature.geometry)) {
            const [x, y, k = 1] = project(at);
            // The stroke, as a disc under the circle.
            for (const [part, r] of [
              ['circle-stroke-', stroke && radius + stroke],
              ['circle-', radius],
            ] as const) {
              if (!r) continue;
              ctx.globalAlpha = Number(p(`${part}opacity`, 1));
              ctx.fillStyle = String(p(`${part}color`, '#000000'));
              ctx.beginPath();
              ctx.arc(x, y, r * k, 0, 2 * Math.PI);
              ctx.fill();
            }
          }
        } else throw new Error(`the first paint does not draw ${layer.type} layers`);
      }
    }
    ctx.globalAlpha = 1;
  };
  if (tilt) tilt.draw(paint, ctx, shown, project);
  else paint(ctx, shown, project);
}

const ctxFor = (zoom: number): EvalContext => ({ zoom, properties: {}, geometryType: 'Point' });

/** Whether MapLibre draws the layer at this zoom: visible, within its zoom range, and not fully transparent. */
function isShown(layer: LayerSpecification, zoom: number): boolean {
  if ((layer.layout as Paint | undefined)?.visibility === 'none') return false;
  if (layer.minzoom !== undefined && zoom < layer.minzoom) return false;
  if (layer.maxzoom !== undefined && zoom >= layer.maxzoom) return false;
  const paint = (layer.paint ?? {}) as Paint;
  const opacities: Record<string, string[]> = {
    fill: ['fill-opacity'],
    line: ['line-opacity'],
    circle: ['circle-opacity', 'circle-stroke-opacity'],
    symbol: ['text-opacity'],
  };
  const keys = opacities[layer.type];
  return !keys || !keys.every((k) => paint[k] === 0);
}

function contextOf(feature: Feature, zoom: number): EvalContext {
  return { zoom, properties: feature.properties ?? {}, geometryType: feature.geometry.type };
}

/** The features of a layer's source that its filter keeps (none when the data is not inline). */
function featuresOf(style: StyleSpecification, layer: LayerSpecification, zoom: number): Feature[] {
  if (!('source' in layer) || typeof layer.source !== 'string') return [];
  const source = style.sources[layer.source];
  if (source?.type !== 'geojson' || typeof source.data !== 'object' || source.data === null) return [];
  const data = source.data as FeatureCollection | Feature;
  const all = data.type === 'FeatureCollection' ? data.features : data.type === 'Feature' ? [data] : [];
  const filter = 'filter' in layer ? layer.filter : undefined;
  // MapLibre evaluates a filter's ["zoom"] at the tile's zoom, a whole number (the map's, rounded down): at
  // zoom 8.9 the places' rank step at 8.5 has not been taken yet.
  const tileZoom = Math.floor(zoom);
  return all.filter(
    (f): f is Feature<Geometry> =>
      f?.geometry != null && (filter === undefined || evaluate(filter, contextOf(f, tileZoom)) === true),
  );
}

const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';

function pointsOf(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/** Adds a geometry's lines (or its areas' rings, closed if `close`) to the current path. */
function traceGeometry(ctx: Ctx, g: Geometry, project: Projector, close: boolean): void {
  if (g.type === 'GeometryCollection')
    return g.geometries.forEach((x) => traceGeometry(ctx, x, project, close));
  const lines =
    g.type === 'LineString'
      ? [g.coordinates]
      : g.type === 'MultiLineString' || g.type === 'Polygon'
        ? g.coordinates
        : g.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : [];
  for (const line of lines) {
    line.forEach((c, i) => {
      const [x, y] = project(c);
      if (i) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
    });
    if (close && isArea(g)) ctx.closePath();
  }
}

/**
 * A hatch as a canvas pattern, as MapLibre draws a `fill-pattern`: tiled from the world's origin (`origin`: its
 * offset from the map's centre, north up), turned with the map, and its image's pixels as large as at the
 * zoom of the map's tiles (the zoom rounded down): at zoom 10.6 a 12-pixel tile of the hatch covers 18
 * pixels. The origin is taken modulo the tile: the same tiling, in numbers small enough for the CPU canvas's
 * single-precision sampling (the world's own origin, a million pixels off at zoom 11, smeared the hatch into
 * a flat fill).
 */
function patternOf(
  ctx: Ctx,
  img: StyleImage,
  [ox, oy]: [number, number],
  camera: Camera,
  size: { width: number; height: number },
): CanvasPattern {
  const tile = document.createElement('canvas');
  tile.width = img.width;
  tile.height = img.height;
  // On the CPU like the first paint's own canvas: a pattern read back from the GPU costs more than it draws.
  const tctx = tile.getContext('2d', { willReadFrequently: true })!;
  tctx.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) throw new Error(`no pattern for ${img.id}`);
  const scale = 2 ** (camera.zoom - Math.floor(camera.zoom));
  const wrap = (x: number, n: number) => ((x % n) + n) % n;
  const [x, y] = turnOf(camera.bearing)(wrap(ox, img.width * scale), wrap(oy, img.height * scale), size);
  pattern.setTransform(new DOMMatrix().translate(x, y).rotate(-camera.bearing).scale(scale));
  return pattern;
}

// ---- labels ---------------------------------------------------------------------------------------------

/** Which way an anchor (MapLibre's: `center`, `top-left`, ...) puts a label: 1 for `a`, -1 for `b`, else 0. */
const sideOf = (anchor: string, a: string, b: string) =>
  anchor.includes(a) ? 1 : anchor.includes(b) ? -1 : 0;

function radialOffset(anchor: string, r: number): [number, number] {
  const x = r * sideOf(anchor, 'left', 'right');
  const y = r * sideOf(anchor, 'top', 'bottom');
  return x !== 0 && y !== 0 ? [x / Math.SQRT2, y / Math.SQRT2] : [x, y];
}

/** The anchors a label may take, in turn, each with its offset in ems. */
function anchorsOf(layout: Paint, ec: EvalContext): [string, [number, number]][] {
  const withOffset = evaluate(layout['text-variable-anchor-offset'], ec);
  if (Array.isArray(withOffset)) {
    const out: [string, [number, number]][] = [];
    for (let i = 0; i + 1 < withOffset.length; i += 2)
      out.push([String(withOffset[i]), withOffset[i + 1] as [number, number]]);
    return out;
  }
  const variable = evaluate(layout['text-variable-anchor'], ec);
  const r = Number(evaluate(layout['text-radial-offset'] ?? 0, ec));
  const offset = evaluate(layout['text-offset'] ?? [0, 0], ec) as [number, number];
  if (Array.isArray(variable))
    return variable.map(
      (a) => [String(a), r ? radialOffset(String(a), r) : offset] as [string, [number, number]],
    );
  return [[String(evaluate(layout['text-anchor'] ?? 'center', ec)), offset]];
}

/** Splits sections into lines at '\n', and breaks a line of one section at spaces as MapLibre does (lineBreaks). */
function layoutLines(
  ctx: Ctx,
  sections: TextSection[],
  size: number,
  font: string,
  spacing: number,
  maxWidth: number,
): { sections: TextSection[]; width: number; height: number }[] {
  const lines: TextSection[][] = [[]];
  for (const s of sections) {
    s.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ text: part, scale: s.scale });
    });
  }
  const measure = (line: TextSection[]) =>
    line.reduce((w, s) => {
      ctx.font = `${size * s.scale}px ${font}`;
      ctx.letterSpacing = `${spacing * size * s.scale}px`;
      return w + ctx.measureText(s.text).width;
    }, 0);
  const wrapped: TextSection[][] = [];
  for (const line of lines) {
    if (line.length === 1) {
      const { scale } = line[0]!;
      const words = line[0]!.text.split(' ');
      const starts = lineBreaks(
        words.map((w) => measure([{ text: w, scale }])),
        measure([{ text: ' ', scale }]),
        maxWidth,
      );
      [0, ...starts].forEach((from, i) =>
        wrapped.push([{ text: words.slice(from, starts[i] ?? words.length).join(' '), scale }]),
      );
    } else if (line.length) wrapped.push(line);
  }
  return wrapped.map((l) => ({
    sections: l,
    width: measure(l),
    height: LINE_HEIGHT * size * Math.max(...l.map((s) => s.scale)),
  }));
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function placeLabels(
  ctx: Ctx,
  layersTopFirst: LayerSpecification[],
  style: StyleSpecification,
  zoom: number,
  project: Projector,
  { width: width0, height: height0 }: { width: number; height: number },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const layer of layersTopFirst) {
    const layout = (layer.layout ?? {}) as Paint;
    const sortKey = layout['symbol-sort-key'];
    const candidates = featuresOf(style, layer, zoom).map((f) => {
      const ec = contextOf(f, zoom);
      return { f, ec, key: sortKey === undefined ? 0 : Number(evaluate(sortKey, ec)) };
    });
    candidates.sort((a, b) => a.key - b.key); // stable: data order within a key
    for (const { f, ec } of candidates) {
      const at = labelPoint(f.geometry);
      if (!at) continue;
      // On a tilted map, scaled with its offsets and padding as MapLibre scales it (first_paint_pitched.ts).
      const [px, py, scale = 1] = project(at);
      if (px < -OFFSCREEN || py < -OFFSCREEN || px > width0 + OFFSCREEN || py > height0 + OFFSCREEN) continue;
      const sections = textSections(evaluate(layout['text-field'], ec)).filter((s) => s.text !== '');
      if (!sections.length) continue;
      const size = scale * Number(evaluate(layout['text-size'] ?? 16, ec));
      const fonts = (evaluate(layout['text-font'], ec) as string[] | null) ?? ['sans-serif'];
      const font = fonts.map((n) => (n === 'sans-serif' ? n : `"${n}"`)).join(', ');
      const spacing = Number(evaluate(layout['text-letter-spacing'] ?? 0, ec));
      const lines = layoutLines(
        ctx,
        sections,
        size,
        font,
        spacing,
        Number(evaluate(layout['text-max-width'] ?? 10, ec)) * size,
      );
      const width = Math.max(...lines.map((l) => l.width));
      const height = lines.reduce((h, l) => h + l.height, 0);
      const justify = String(evaluate(layout['text-justify'] ?? 'center', ec));
      for (const [anchor, [ox, oy]] of anchorsOf(layout, ec)) {
        // Where the label goes relative to its point, in its width and height: a left anchor puts it to the right.
        const across = sideOf(anchor, 'left', 'right');
        const [sx, sy] = [(across - 1) / 2, (sideOf(anchor, 'top', 'bottom') - 1) / 2];
        const x0 = px + ox * size + sx * width;
        const y0 = py + oy * size + sy * height;
        const pad = Number(evaluate(layout['text-padding'] ?? TEXT_PADDING, ec)) * scale;
        const box = { x0: x0 - pad, y0: y0 - pad, x1: x0 + width + pad, y1: y0 + height + pad };
        if (placed.some((p) => overlaps(p.box, box))) continue;
        const align =
          justify === 'auto' ? (1 - across) / 2 : justify === 'left' ? 0 : justify === 'right' ? 1 : 0.5;
        placed.push({
          layer: layer.id,
          x: x0,
          y: y0,
          lines,
          align,
          size,
          font,
          spacing,
          paint: (layer.paint ?? {}) as Paint,
          eval: ec,
          box,
        });
        break;
      }
    }
  }
  return placed;
}

function drawLabel(ctx: Ctx, label: PlacedLabel): void {
  const p = (key: string, fallback: unknown) => evaluate(label.paint[key] ?? fallback, label.eval);
  const halo = Number(p('text-halo-width', 0));
  const width = Math.max(...label.lines.map((l) => l.width));
  ctx.globalAlpha = Number(p('text-opacity', 1));
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  let y = label.y;
  for (const line of label.lines) {
    let x = label.x + (width - line.width) * label.align;
    for (const s of line.sections) {
      ctx.font = `${label.size * s.scale}px ${label.font}`;
      ctx.letterSpacing = `${label.spacing * label.size * s.scale}px`;
      if (halo > 0) {
        ctx.strokeStyle = String(p('text-halo-color', 'rgba(0,0,0,0)'));
        ctx.lineWidth = 2 * halo;
        ctx.strokeText(s.text, x, y + line.height / 2);
      }
      ctx.fillStyle = String(p('text-color', '#000000'));
      ctx.fillText(s.text, x, y + line.height / 2);
      x += ctx.measureText(s.text).width;
      ctx.letterSpacing = '0px';
    }
    y += line.height;
  }
}
