// Screenshots of the app's first paint and of its settled map, at one size, for the browser test and for
// people to look at: MapLibre's code is held back until the first paint has been taken.
import type { Page, Route } from 'playwright-core';

/** What covers the map in both pictures, hidden for them: the panel, notices, status line and map controls. */
const OVER_THE_MAP = ['.side', '.notices', '.status', '.maplibregl-control-container'];

async function hideOverlays(page: Page): Promise<void> {
  await page.evaluate((selectors) => {
    for (const el of document.querySelectorAll<HTMLElement>(selectors.join(',')))
      el.style.visibility = 'hidden';
  }, OVER_THE_MAP);
}

/** Waits for two frames, so what was drawn is on screen. */
const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

export interface FirstPaintShots {
  firstPaint: Buffer;
  settled: Buffer;
  clip: { x: number; y: number; width: number; height: number };
}

/**
 * Opens `url` in `page` with MapLibre's module held back, screenshots the map area once the first paint is
 * drawn, lets MapLibre load, and screenshots the same area once the app is ready and its map idle.
 */
export async function firstPaintShots(page: Page, url: string): Promise<FirstPaintShots> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  const hold = async (route: Route) => {
    await held;
    await route.continue();
  };
  await page.route(/\/maplibre-gl-[^/]*\.mjs$/, hold);
  await page.goto(url);
  await page.waitForSelector('canvas.first-paint[data-map-pixels]', { state: 'attached', timeout: 60_000 });
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('the app has no map area');
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  await frames(page);
  await hideOverlays(page);
  if ((await page.locator('.maplibregl-canvas').count()) !== 0)
    throw new Error('MapLibre was held back, yet a map canvas exists');
  const firstPaint = await page.screenshot({ clip });
  release();
  await page.waitForSelector('[data-status=ready]', { state: 'attached', timeout: 90_000 });
  // In swipe mode, the swipe side's map too (made once the main map is).
  const swipe = (await page.locator('.map.swipe').count()) > 0;
  if (swipe) await page.waitForFunction(() => window.__swipeMap !== undefined, null, { timeout: 90_000 });
  await page.evaluate(
    (swipe) =>
      Promise.all(
        [window.__map!, ...(swipe ? [window.__swipeMap!] : [])].map(
          (map) =>
            new Promise<void>((resolve) => {
              if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
              else map.once('idle', () => resolve());
            }),
        ),
      ),
    swipe,
  );
  if (swipe) await page.waitForSelector('.swipe-first-paint', { state: 'detached', timeout: 30_000 });
  await frames(page);
  await hideOverlays(page);
  const settled = await page.screenshot({ clip });
  await page.unroute(/\/maplibre-gl-[^/]*\.mjs$/, hold);
  return { firstPaint, settled, clip };
}

export interface PixelDifference {
  /** Share of pixels (0–1) where some channel differs by more than `tolerance`. */
  differing: number;
  /** The mean absolute difference over all channels and pixels (0–255). */
  mean: number;
  /**
   * Pixels of ink in each (some channel below 110): the border, the province's outline, text, place dots and
   * the claims' colours; the land, water and province fills are all lighter.
   */
  ink: [number, number];
  /**
   * Of the second picture's ink, the share that the first has within a pixel of the same place: a map drawn a
   * few pixels off or at another scale misses most of it, as the border and outlines are 1–3 px wide.
   */
  inkMatched: number;
  /** An image of where they differ (PNG, as a data URL): red where they differ, the settled map faint elsewhere. */
  diffPng: string;
}

/** Compares two PNG screenshots of the same size, decoded by the browser in `page`. */
export async function comparePngs(
  page: Page,
  a: Buffer,
  b: Buffer,
  tolerance: number,
): Promise<PixelDifference> {
  // Plain JS text: functions handed to the page must not carry the helpers tsx adds to compiled code.
  return page.evaluate<PixelDifference>(`(async () => {
    const [a64, b64, tol] = ${JSON.stringify([a.toString('base64'), b.toString('base64'), tolerance])};
    async function load(b64x) {
      // Not fetch('data:…'): the app's Content-Security-Policy allows no data: fetches.
      const blob = new Blob([Uint8Array.from(atob(b64x), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      g.drawImage(bmp, 0, 0);
      return g.getImageData(0, 0, bmp.width, bmp.height);
    }
    const [x, y] = await Promise.all([load(a64), load(b64)]);
    if (x.width !== y.width || x.height !== y.height) throw new Error('the screenshots differ in size');
    const out = new ImageData(x.width, x.height);
    let differing = 0;
    let total = 0;
    const ink = [0, 0];
    const isInk = (d, i) => Math.min(d[i], d[i + 1], d[i + 2]) < 110;
    for (let i = 0; i < x.data.length; i += 4) {
      if (isInk(x.data, i)) ink[0]++;
      if (isInk(y.data, i)) ink[1]++;
      let worst = 0;
      for (let k = 0; k < 3; k++) {
        const d = Math.abs(x.data[i + k] - y.data[i + k]);
        total += d;
        worst = Math.max(worst, d);
      }
      const off = worst > tol;
      if (off) differing++;
      out.data.set(off ? [220, 0, 0, 255] : [y.data[i], y.data[i + 1], y.data[i + 2], 60], i);
    }
    function matchedInk() {
      const w = x.width;
      const h = x.height;
      let matched = 0;
      for (let py = 0; py < h; py++)
        for (let px = 0; px < w; px++) {
          if (!isInk(y.data, (py * w + px) * 4)) continue;
          let found = false;
          for (let dy = -1; dy <= 1 && !found; dy++)
            for (let dx = -1; dx <= 1 && !found; dx++) {
              const qx = px + dx;
              const qy = py + dy;
              if (qx >= 0 && qy >= 0 && qx < w && qy < h && isInk(x.data, (qy * w + qx) * 4)) found = true;
            }
          if (found) matched++;
        }
      return ink[1] ? matched / ink[1] : 1;
    }
    const c = new OffscreenCanvas(x.width, x.height);
    c.getContext('2d').putImageData(out, 0, 0);
    const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let bin = '';
    for (const byte of bytes) bin += String.fromCharCode(byte);
    return {
      differing: differing / (x.width * x.height),
      mean: total / (x.width * x.height * 3),
      ink,
      inkMatched: matchedInk(),
      diffPng: 'data:image/png;base64,' + btoa(bin),
    };
  })()`);
}
