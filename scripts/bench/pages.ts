// Drives one page (the app or the bare MapLibre page) in a fresh Chromium: load timings from the page's own
// clock, every response's size, long tasks, a layer toggle, and a scripted pan and zoom.
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { gzSize, kindOf, type Transfer } from './bytes';
import { firstFrameShowing, mapRegion, startFilmstrip } from './filmstrip';

export const VIEWPORT = { width: 1280, height: 800 };

/** Where the pan and zoom gestures happen: on the map, right of the app's side panel. */
const GESTURE_AT = { x: 820, y: 430 };

interface BenchGlobals {
  __bench: {
    /** performance.now() of every `idle` of the map in window.__map. */
    idles: number[];
    /**
     * When the page's [data-status=ready] appeared: both pages set it once their map has loaded and drawn
     * everything (the bare page at its first idle; the app at the first idle after its claims are checked, or
     * at once if the map had already drawn them all by then).
     */
    ready: number | null;
    longTasks: { start: number; duration: number }[];
    /** When the page created its map (window.__map set), when it fired `load`, and how many frames it drew. */
    marks: Record<string, number>;
    /**
     * The end of the first frame after an element of the page was marked `data-map-pixels` (the page marks it
     * once it has drawn the border and the claims: the app's first paint, the Leaflet page's whole map).
     */
    mapPixels: number | null;
  };
}

/**
 * Runs in every page before its own scripts: records long tasks, and every `idle` of the map the page puts
 * into window.__map (both the app and the bare page do), with no change to either page. Plain JS text:
 * functions handed to the page must not carry the helpers tsx adds to compiled code.
 */
const INIT_SCRIPT = `(() => {
  const bench = { idles: [], ready: null, longTasks: [], marks: {}, mapPixels: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let map;
  const seeReady = new MutationObserver(() => {
    if (!document.querySelector('[data-status=ready]')) return;
    seeReady.disconnect();
    bench.ready = performance.now();
    bench.marks.rendersToReady = bench.marks.renders;
    bench.marks.mapLoadedAtReady = map && map.loaded() ? 1 : 0;
  });
  seeReady.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
  // The frame that shows the map's pixels: its rAF callbacks run before it is drawn, and a task posted from
  // them runs once it has been.
  const seePixels = new MutationObserver(() => {
    if (!document.querySelector('[data-map-pixels]')) return;
    seePixels.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.mapPixels = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  seePixels.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-pixels'] });
  Object.defineProperty(window, '__map', {
    configurable: true,
    get() { return map; },
    set(m) {
      map = m;
      bench.marks.mapCreated = performance.now();
      m.once('load', () => { bench.marks.mapLoad = performance.now(); });
      bench.marks.renders = 0;
      m.on('render', () => { bench.marks.renders++; });
      m.on('idle', () => { bench.idles.push(performance.now()); });
    },
  });
})();`;

export interface LoadResult {
  /** Navigation start to the page ready with its map idle, everything drawn (the app: its claims checked). */
  firstIdleMs: number;
  /** Navigation start to the last idle before the page went quiet (the app: lazy work such as overlay done). */
  settledIdleMs: number;
  /**
   * Navigation start to the end of the page's first frame with map pixels, on its main thread (null: the page
   * marks none; see mapPixels). The browser shows that frame later: see shownMs.
   */
  mapPixelsMs: number | null;
  /**
   * Navigation start to the first frame the browser presented that shows the page's map as it ends up
   * (filmstrip.ts; null when the load was not filmed).
   */
  shownMs: number | null;
  transfers: Transfer[];
  longTasks: { start: number; duration: number }[];
  /** Milestones (ms from navigation): map created, map `load`, and when each main-thread request finished. */
  marks: Record<string, number>;
  problems: string[];
}

export interface Session {
  page: Page;
  load: LoadResult;
  close: () => Promise<void>;
}

/** The state of the page's bench globals. */
const benchState = (page: Page) =>
  page.evaluate(() => {
    const b = (window as unknown as BenchGlobals).__bench;
    const marks: Record<string, number> = { ...b.marks };
    for (const e of performance.getEntriesByType('resource'))
      marks[`loaded ${new URL(e.name).pathname.split('/').pop()}`] = (
        e as PerformanceResourceTiming
      ).responseEnd;
    return {
      idles: [...b.idles],
      ready: b.ready,
      mapPixels: b.mapPixels,
      longTasks: [...b.longTasks],
      marks,
      now: performance.now(),
    };
  });

/** How long a fresh browser is left to settle, on a blank page of the measured origin, before the navigation. */
const WARM_UP_MS = 1000;

/**
 * Opens `url` in a fresh browser and waits until the page is ready and then quiet (no `idle` for `quietMs`),
 * collecting every response on the way. The browser first opens `warm-up.html` of the same origin (the
 * bench writes it; a 404 serves as well) and is left for a second: a just-launched Chromium is still
 * starting its renderer and GPU processes, and in trials here about a third of first navigations, of either
 * page, stalled for about 1.4 s before their HTML was parsed. That is the browser's start-up, not the page.
 */
export async function openPage(
  url: string,
  {
    quietMs = 2000,
    timeoutMs = 240_000,
    beforeLoad,
    mapLibre = true,
    filmstrip = false,
  }: {
    quietMs?: number;
    timeoutMs?: number;
    beforeLoad?: (page: Page) => Promise<void>;
    /** The page has a MapLibre map in window.__map (false: the Leaflet page, done once it says it is ready). */
    mapLibre?: boolean;
    /** Record the frames the browser presents, for shownMs (filmstrip.ts; adds SETTLE_MS to the load). */
    filmstrip?: boolean;
  } = {},
): Promise<Session> {
  const browser = await launchChromium({ viewport: VIEWPORT });
  try {
    const page = await browser.context.newPage();
    await page.goto(new URL('/warm-up.html', url).href);
    await page.waitForTimeout(WARM_UP_MS);
    await page.addInitScript({ content: INIT_SCRIPT });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const bodies: Promise<Transfer | null>[] = [];
    page.on('response', (r) => {
      bodies.push(
        r.body().then(
          (body): Transfer => {
            const u = r.url();
            return { url: u, kind: kindOf(u), raw: body.length, gz: gzSize(body, u) };
          },
          () => null,
        ),
      );
    });
    await beforeLoad?.(page);
    const film = filmstrip ? await startFilmstrip(page) : null;
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${url} did not get ready within ${timeoutMs / 1000} s`);
      const s = await benchState(page).catch(() => null);
      const last = mapLibre ? s?.idles[s.idles.length - 1] : (s?.ready ?? undefined);
      if (s?.ready != null && last !== undefined && s.now - last > quietMs) break;
      if (problems.some((p) => /could not load|uncaught/i.test(p))) throw new Error(problems.join('\n'));
      await page.waitForTimeout(250);
    }
    const s = await benchState(page);
    if (mapLibre && s.marks.mapLoadedAtReady !== 1)
      throw new Error(`${url} said it was ready before its map had loaded`);
    const shown = film
      ? await firstFrameShowing(page, await film.stop(url), await mapRegion(page))
      : { shownMs: null };
    const transfers = (await Promise.all(bodies)).filter((t): t is Transfer => t !== null);
    return {
      page,
      load: {
        firstIdleMs: s.ready!,
        settledIdleMs: Math.max(s.ready!, s.idles[s.idles.length - 1] ?? s.ready!),
        mapPixelsMs: s.mapPixels,
        shownMs: shown.shownMs,
        transfers,
        longTasks: s.longTasks,
        marks: s.marks,
        problems,
      },
      close: browser.close,
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** The app's layer toggle: a click on the Azerbaijan party checkbox of the layer panel (hides, then shows). */
export const APP_TOGGLE = `
  const box = document.querySelector('input[data-party-toggle="azerbaijan"]');
  if (!box) throw new Error('no Azerbaijan toggle in the layer panel');
  box.click();`;

/**
 * The bare page's toggle, as the benchmark's issue sets it: `setLayoutProperty(id, 'visibility', …)` on the
 * layers the app's toggle hides (`arg`), flipping them as the app's click flips its checkbox. (The app itself
 * hides a party's shapes by opacity and its labels by the label layer's filter: see src/map/claim_map.ts.)
 */
export const BARE_TOGGLE = `
  const visibility = map.getLayoutProperty(arg[0], 'visibility') === 'none' ? 'visible' : 'none';
  for (const id of arg) map.setLayoutProperty(id, 'visibility', visibility);`;

/** Toggles timed per page, hiding and showing in turn (see toggleFigures in bench.ts). */
export const TOGGLES_PER_PAGE = 6;

export interface ToggleTimes {
  /** Click (or setLayoutProperty) to the map's next idle, per toggle. */
  times: number[];
  /** Per toggle: how long the page waited, before it, for the GPU to finish drawing what it had been sent. */
  gpuCatchUpMs: number[];
}

/**
 * Times `TOGGLES_PER_PAGE` toggles (`action` as for timeToIdle), a short pause before each. Before each, the
 * page also waits for the GPU to catch up (see gpuCatchUp): so a toggle's time does not include the drawing
 * still queued from the one before.
 */
export async function timeToggles(page: Page, action: string, arg: unknown = null): Promise<ToggleTimes> {
  const times: number[] = [];
  const gpuCatchUpMs: number[] = [];
  for (let i = 0; i < TOGGLES_PER_PAGE; i++) {
    await page.waitForTimeout(300);
    gpuCatchUpMs.push(await gpuCatchUp(page));
    times.push(await timeToIdle(page, action, arg));
  }
  return { times, gpuCatchUpMs };
}

/**
 * Waits until the GPU has drawn everything the map has sent it, and two more frames have passed; resolves to
 * the milliseconds waited. The map's `idle` comes once MapLibre has *issued* a frame's WebGL calls; here, with
 * software WebGL, the GPU process then needs several hundred milliseconds of CPU to carry out a full repaint
 * (about 460 ms, for a map idle 20 ms after its repaint). Toggles 0.3 s apart thus started with the last one's
 * frames still being drawn, and their times measured that backlog more than the toggle. Reading one pixel
 * back from the map's WebGL context returns only once every call before it is done.
 */
export async function gpuCatchUp(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    const canvas = window.__map.getCanvas();
    const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
  })`);
}

/**
 * Milliseconds from `action` (JS statements run in the page, with `map` and `arg` in scope) to the map's next
 * idle; the clock starts right before it.
 */
export async function timeToIdle(page: Page, action: string, arg: unknown = null): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const map = window.__map;
    const arg = ${JSON.stringify(arg)};
    const timer = setTimeout(() => reject(new Error('no idle within 60 s')), 60000);
    const t0 = performance.now();
    map.once('idle', () => { clearTimeout(timer); resolve(performance.now() - t0); });
    ${action}
  })`);
}

/** Resolves once the map is idle (now or at its next `idle`), or after `timeoutMs`. */
async function settle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const map = window.__map;
    const timer = setTimeout(resolve, ${timeoutMs});
    if (map.loaded() && !map.isMoving()) setTimeout(resolve, 0);
    else map.once('idle', () => { clearTimeout(timer); resolve(); });
  })`);
}

export interface PanZoomResult {
  /** The longest main-thread task (ms) while panning and zooming; 0 when none was over 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  /** Wall time of the whole script (ms). */
  durationMs: number;
}

/**
 * Drags the map, zooms in with the wheel, drags back and zooms out, at a user's pace (not waiting for the map
 * between gestures), with real input events so the app's hover handlers run too; then waits for the map to
 * settle, and reports the long tasks the page saw from the first gesture to then.
 */
export async function panAndZoom(page: Page): Promise<PanZoomResult> {
  await settle(page);
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => performance.now());
  const { x, y } = GESTURE_AT;
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) {
      await page.mouse.move(x + (dx * i) / 15, y + (dy * i) / 15);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await page.waitForTimeout(300);
  };
  const wheel = async (deltaY: number) => {
    await page.mouse.move(x, y);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
  };
  await drag(-240, -120);
  await wheel(-300);
  await drag(240, 120);
  await wheel(300);
  await settle(page);
  const s = await benchState(page);
  const during = s.longTasks.filter((t) => t.start >= t0);
  return {
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    durationMs: s.now - t0,
  };
}
