// Legend swatches as PNG data URLs, drawn once per look on a canvas kept in memory (see swatch_pixels.ts).
import { swatchPixels, type SwatchLook } from './swatch_pixels';

const cache = new Map<string, string | null>();

/** A data URL of `look` at the screen's pixel density; null where the browser has no 2D canvas. */
export function swatchUrl(look: SwatchLook): string | null {
  const scale = Math.min(4, Math.max(1, Math.ceil(globalThis.devicePixelRatio || 1)));
  const key = `${JSON.stringify(look)}@${scale}`;
  if (!cache.has(key)) cache.set(key, draw(look, scale));
  return cache.get(key) ?? null;
}

function draw(look: SwatchLook, scale: number): string | null {
  const { width, height, data } = swatchPixels(look, scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // A canvas read back at once is kept in main memory: drawing it needs no GPU.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.putImageData(new ImageData(data, width, height), 0, 0);
  return canvas.toDataURL('image/png');
}
