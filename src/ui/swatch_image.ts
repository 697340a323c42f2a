// Legend swatches as PNG data URLs, encoded once per look (see swatch_pixels.ts and png.ts).
import { pngDataUrl } from './png';
import { swatchPixels, type SwatchLook } from './swatch_pixels';

const cache = new Map<string, string>();

/** A data URL of `look` at the screen's pixel density. */
export function swatchUrl(look: SwatchLook): string {
  const scale = Math.min(4, Math.max(1, Math.ceil(globalThis.devicePixelRatio || 1)));
  const key = `${JSON.stringify(look)}@${scale}`;
  let url = cache.get(key);
  if (url === undefined) {
    const { width, height, data } = swatchPixels(look, scale);
    url = pngDataUrl(width, height, data);
    cache.set(key, url);
  }
  return url;
}
