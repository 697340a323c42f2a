// What the screen showed, and when: the frames Chromium presented during a load (the screenshots its trace
// keeps, as DevTools' filmstrip shows them), and the first of them that shows the page's map as it ends up.
//
// Why not the page's own frames: a page's frame is done on its main thread long before the browser shows it.
// The Leaflet page's SVG, and any SVG or canvas, is rasterised in the GPU process, which here is SwiftShader on
// two cores: the Leaflet page's map was done on its main thread at about 0.6 s and on screen at about 1.7–2.1 s.
import type { CDPSession, Page } from 'playwright-core';

/** A presented frame: when (ms from navigation start) and what (a small JPEG, as Chromium's trace keeps it). */
export interface Frame {
  ms: number;
  jpeg: string;
}

/** The part of the viewport a map shows in, in CSS pixels (the app's: right of its side panel). */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { snapshot?: string; data?: { documentLoaderURL?: string } };
}

/**
 * A frame shows the map once this share of the final frame's ink (its pixels unlike the map's ground), within a
 * pixel, is the same in it. Measured: the app's first paint 0.89–0.90 (its labels and the status line differ
 * from the settled map's), MapLibre's first frames 0.9 and up, the Leaflet page's background before its
 * map 0.27.
 */
export const SHOWN_MATCH = 0.75;

/** How long, after the page is ready, the trace goes on: the browser may show the page's map seconds later. */
export const SETTLE_MS = 3000;
/** The last frame must be this much older than the trace's end, or the map may not have settled on screen. */
const QUIET_MS = 1000;

/** Starts recording the page's presented frames (before it navigates); `stop` ends it, after the load. */
export async function startFilmstrip(page: Page): Promise<{ stop: (url: string) => Promise<Frame[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.screenshot', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  const stop = async (url: string) => {
    await page.waitForTimeout(SETTLE_MS);
    const now = await page.evaluate(() => performance.now());
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
    if (!nav) throw new Error(`the trace has no navigation to ${url}`);
    const frames = events
      .filter((e) => e.name === 'Screenshot' && e.args?.snapshot && e.ts >= nav.ts)
      .sort((a, b) => a.ts - b.ts)
      .map((e) => ({ ms: (e.ts - nav.ts) / 1000, jpeg: e.args!.snapshot! }));
    const last = frames[frames.length - 1];
    if (!last) throw new Error(`the trace of ${url} has no frames`);
    if (last.ms > now - QUIET_MS)
      throw new Error(
        `${url} was still showing new frames ${Math.round(now - last.ms)} ms before the trace ended`,
      );
    return frames;
  };
  return { stop };
}

/** The page's map area: the app's map right of its side panel, or the Leaflet or bare page's map. */
export const mapRegion = (page: Page): Promise<Region> =>
  page.evaluate(`(() => {
    const map = (document.querySelector('.stage') || document.querySelector('#map')).getBoundingClientRect();
    const side = document.querySelector('.side');
    const x = side ? side.getBoundingClientRect().right : map.left;
    return { x, y: map.top, width: map.right - x, height: map.height };
  })()`);

/**
 * Runs in a page (plain JS text, no helpers of the compiler): for each frame, the share of the last frame's ink
 * in the region that the frame has too, within a pixel and a tolerance of 48 per channel. The map's ground is
 * the region's commonest colour in the last frame.
 */
const MATCH_FRAMES = `async ({ jpegs, region, viewportWidth }) => {
  const T = 48;
  const images = await Promise.all(jpegs.map((b64) => new Promise((ok, fail) => {
    const img = new Image();
    img.onload = () => ok(img);
    img.onerror = () => fail(new Error('a frame did not decode'));
    img.src = 'data:image/jpeg;base64,' + b64;
  })));
  const W = images[0].naturalWidth, H = images[0].naturalHeight, k = W / viewportWidth;
  const rx = Math.round(region.x * k), ry = Math.round(region.y * k);
  const rw = Math.max(1, Math.floor(region.width * k)), rh = Math.max(1, Math.floor(region.height * k));
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const pixels = (img) => { g.clearRect(0, 0, W, H); g.drawImage(img, 0, 0); return g.getImageData(rx, ry, rw, rh).data; };
  const last = pixels(images[images.length - 1]);
  const counts = new Map();
  for (let i = 0; i < last.length; i += 4) {
    const key = ((last[i] >> 3) << 10) | ((last[i + 1] >> 3) << 5) | (last[i + 2] >> 3);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const ground = [((top >> 10) & 31) * 8 + 4, ((top >> 5) & 31) * 8 + 4, (top & 31) * 8 + 4];
  const near = (a, i, b, j) => Math.abs(a[i] - b[j]) <= T && Math.abs(a[i + 1] - b[j + 1]) <= T && Math.abs(a[i + 2] - b[j + 2]) <= T;
  const ink = [];
  for (let p = 0; p < rw * rh; p++) if (!near(last, p * 4, ground, 0)) ink.push(p);
  if (ink.length === 0) throw new Error('the final frame shows no map in the region');
  return images.map((img) => {
    const d = pixels(img);
    let matched = 0;
    for (const p of ink) {
      const x = p % rw, y = (p - x) / rw;
      search: for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx, yy = y + dy;
        if (xx < 0 || yy < 0 || xx >= rw || yy >= rh) continue;
        if (near(d, (yy * rw + xx) * 4, last, p * 4)) { matched++; break search; }
      }
    }
    return matched / ink.length;
  });
}`;

/** When the first frame that shows the map (SHOWN_MATCH) was presented, and each frame's share. */
export async function firstFrameShowing(
  page: Page,
  frames: readonly Frame[],
  region: Region,
): Promise<{ shownMs: number | null; matches: number[] }> {
  const viewportWidth = await page.evaluate(() => window.innerWidth);
  const matches = (await page.evaluate(
    `(${MATCH_FRAMES})(${JSON.stringify({
      jpegs: frames.map((f) => f.jpeg),
      region,
      viewportWidth,
    })})`,
  )) as number[];
  const i = matches.findIndex((m) => m >= SHOWN_MATCH);
  return { shownMs: i < 0 ? null : frames[i]!.ms, matches };
}
