// Exports the map as a PNG: the map's pixels at its size (or 2× for print) with a caption band below them
// (legend, attributions, date filter, the view's link). The map's WebGL canvas keeps no copy of its pixels
// (preserveDrawingBuffer costs every frame), so they are copied in the `render` event of a frame asked for:
// in that event the drawing buffer still holds the frame just drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { wrapText, type ImageCaption, type LegendItem } from './legend';
import { phrase, PhrasedError } from '../i18n/phrases';

const FONT = '"Noto Sans", "Noto Sans Armenian", sans-serif';

/** The map's pixels at `scale` device pixels per CSS pixel, copied into a canvas of their own. */
export async function captureMap(map: MapLibreMap, scale: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== scale) {
    map.setPixelRatio(scale);
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  }
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (before !== scale) map.setPixelRatio(before);
  }
}

/** The map's pixels with the caption band under them. */
export function composeImage(
  mapPixels: HTMLCanvasElement,
  caption: ImageCaption,
  scale: number,
): HTMLCanvasElement {
  const width = mapPixels.width;
  const pad = 12 * scale;
  const size = 13 * scale;
  const lineHeight = Math.round(size * 1.45);
  const measureCtx = document.createElement('canvas').getContext('2d')!;
  measureCtx.font = `${size}px ${FONT}`;
  const measure = (s: string) => measureCtx.measureText(s).width;
  const textWidth = width - 2 * pad;

  // The legend flows in rows; then the overlay's figures, the date filter, the link and the attributions, each
  // wrapped.
  const markSize = size;
  const gap = 16 * scale;
  const rows: LegendItem[][] = [[]];
  let x = 0;
  for (const item of caption.legend) {
    const w = markSize + 6 * scale + measure(item.label) + gap;
    if (x + w > textWidth && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push(item);
    x += w;
  }
  const texts = [caption.figures ?? '', caption.dates, caption.link, caption.attribution].map((t) =>
    wrapText(t, textWidth, measure),
  );
  const lineCount = rows.filter((r) => r.length).length + texts.reduce((n, t) => n + t.length, 0);
  const band = pad * 2 + lineCount * lineHeight;

  const out = document.createElement('canvas');
  out.width = width;
  out.height = mapPixels.height + band;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(mapPixels, 0, 0);
  ctx.fillStyle = '#c9ced6';
  ctx.fillRect(0, mapPixels.height, width, Math.max(1, scale));
  ctx.font = `${size}px ${FONT}`;
  ctx.textBaseline = 'middle';
  let y = mapPixels.height + pad + lineHeight / 2;
  for (const row of rows.filter((r) => r.length)) {
    let cx = pad;
    for (const item of row) {
      drawMark(ctx, item, cx, y, markSize, scale);
      cx += markSize + 6 * scale;
      ctx.fillStyle = '#1f2630';
      ctx.fillText(item.label, cx, y);
      cx += measure(item.label) + gap;
    }
    y += lineHeight;
  }
  const inks = ['#1f2630', '#1f2630', '#2b5797', '#56606c'];
  texts.forEach((lines, i) => {
    ctx.fillStyle = inks[i]!;
    for (const line of lines) {
      ctx.fillText(line, pad, y);
      y += lineHeight;
    }
  });
  return out;
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  item: LegendItem,
  x: number,
  y: number,
  s: number,
  k: number,
) {
  ctx.fillStyle = item.colour;
  ctx.strokeStyle = item.colour;
  if (item.mark === 'fill') {
    ctx.globalAlpha = 0.35;
    ctx.fillRect(x, y - s / 2, s, s);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5 * k;
    ctx.strokeRect(x, y - s / 2, s, s);
  } else if (item.mark === 'hatch') {
    // As the map draws a derived shape: diagonal hatching inside a dashed edge.
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y - s / 2, s, s);
    ctx.clip();
    ctx.lineWidth = 1.2 * k;
    ctx.beginPath();
    for (let d = -s; d < s; d += 4 * k) {
      ctx.moveTo(x + d, y + s / 2);
      ctx.lineTo(x + d + s, y - s / 2);
    }
    ctx.stroke();
    ctx.restore();
    ctx.lineWidth = 1.5 * k;
    ctx.setLineDash([3 * k, 2 * k]);
    ctx.strokeRect(x, y - s / 2, s, s);
    ctx.setLineDash([]);
  } else if (item.mark === 'line') {
    ctx.lineWidth = 2.5 * k;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + s, y);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + s / 2, y, s / 4, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Encodes a canvas as PNG bytes. */
export const toPngBlob = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new PhrasedError(phrase('errImageEncode', {})))),
      'image/png',
    ),
  );
