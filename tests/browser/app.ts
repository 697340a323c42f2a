// Helpers for driving the built app in real Chromium. The app exposes its MapLibre map as `window.__map`.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { drawnLayers } from '../../scripts/lib/drawn_layers';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export interface AppPage {
  page: Page;
  /** Requests the page made to any origin but its own. */
  offsite: string[];
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches Chromium with a fresh profile. */
export function launch(viewport?: { width: number; height: number }): Promise<Browser> {
  return launchChromium(viewport ? { viewport } : {});
}

/** The built app's URL (served below a sub-path by the global setup). */
export const appUrl = (): string => inject('appUrl');

/** Opens the app (with an optional `#fragment`) and waits until its map is idle. */
export async function openApp(browser: Browser, fragment = ''): Promise<AppPage> {
  const base = appUrl();
  const origin = new URL(base).origin;
  const page = await browser.context.newPage();
  const offsite: string[] = [];
  const problems: string[] = [];
  // On the context, not the page: requests from the page's workers (MapLibre's, the claims worker) count too.
  browser.context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(base + fragment);
  await waitForIdle(page);
  return { page, offsite, problems };
}

/** Resolves when the app has loaded its data and its map has finished loading and rendering. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-status=ready]', { state: 'attached', timeout: 90_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** Distinct values of `property` among rendered features of the given layers (of those that draw). */
export async function renderedValues(page: Page, layers: string[], property: string): Promise<string[]> {
  const drawn = await drawnLayers(page, layers);
  if (drawn.length === 0) return [];
  return page.evaluate(
    ([layerIds, prop]) => {
      const map = window.__map!;
      const features = map.queryRenderedFeatures({ layers: layerIds as string[] });
      return [...new Set(features.map((f) => String(f.properties?.[prop as string] ?? '')))].sort();
    },
    [drawn, property] as const,
  );
}

/** Number of rendered features of the given layers (of those that draw). */
export async function renderedCount(page: Page, layers: string[]): Promise<number> {
  const drawn = await drawnLayers(page, layers);
  if (drawn.length === 0) return 0;
  return page.evaluate((ids) => window.__map!.queryRenderedFeatures({ layers: ids }).length, drawn);
}

/** Writes a screenshot for people to look at, under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Waits for the map's next `idle` after `action` (e.g. a click that changes a layer). */
export async function idleAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __idle?: Promise<void> };
    w.__idle = new Promise<void>((resolve) => window.__map!.once('idle', () => resolve()));
  });
  await action();
  // An action that changes nothing on the map would leave no `idle` to wait for: ask for one more frame.
  await page.evaluate(async () => {
    const map = window.__map!;
    map.triggerRepaint();
    await (window as unknown as { __idle: Promise<void> }).__idle;
    // On a loaded machine the map was once found reloading the action's tiles just after that `idle` (so
    // queries saw the old claims): wait on, a frame at a time, until it is loaded and still.
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (map.loaded() && !map.isMoving()) return;
      await new Promise((resolve) => {
        map.once('idle', resolve);
        map.triggerRepaint();
      });
    }
  });
}

/** The app's current fragment, once the throttled link writer has caught up. */
export async function currentHash(page: Page): Promise<string> {
  await page.waitForTimeout(450);
  return page.evaluate(() => location.hash);
}

// The bundled claims files (not the precomputed shapes): served as /assets/<name>-<hash>.json.
export const CLAIMS_FILE = /\/assets\/(?!claim-shapes)[^/]+\.json$/;
export const PRECOMPUTED_FILE = /\/assets\/claim-shapes-[^/]+\.json$/;

/**
 * The body the server would have sent for an intercepted request. Asked for once more if the connection
 * drops: on a loaded CI machine, route.fetch once failed with ECONNRESET, and the page then waited for a
 * file that never came until the test timed out.
 */
export async function originalText(route: Route): Promise<string> {
  try {
    return await (await route.fetch()).text();
  } catch {
    return (await route.fetch()).text();
  }
}

/**
 * Opens the app with every claims file replaced by `body` (or failing with `status`), as if they had changed
 * after the build: the precomputed file then states another version than the build's, so the app fetches the
 * claims files and checks them itself.
 */
export async function openWithClaims(browser: Browser, body: string, status = 200): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(CLAIMS_FILE, (route) => route.fulfill({ status, body, contentType: 'application/json' }));
  await serveStalePrecomputed(page);
  await page.goto(appUrl());
  return page;
}

/**
 * Serves the precomputed file with another version than the build's, as if the claims had changed after it:
 * the app then fetches the claims files and checks and derives them itself (in its worker).
 */
export async function serveStalePrecomputed(page: Page): Promise<void> {
  await page.route(PRECOMPUTED_FILE, async (route) => {
    const real = await originalText(route);
    const stale = real.replace(/^\{"version":"[0-9a-f]{8}"/, '{"version":"00000000"');
    if (stale === real) throw new Error('the precomputed file does not start with its version');
    await route.fulfill({ body: stale, contentType: 'application/json' });
  });
}

/**
 * The panel's own-file controls, once their code is in: it loads when the panel is scrolled near them (the
 * first view does without it), so a reader's steps are taken here: scroll there, then wait for them.
 */
export async function showLocalFile(page: Page): Promise<void> {
  await page.locator('section.local').scrollIntoViewIfNeeded();
  await page.locator('[data-testid=local-input]').waitFor({ state: 'attached' });
}
