// The first view frames the claims at every size, links with a camera open exactly there, and the map shows
// where its own data is an assumption (the straight bridge across Sev Lich).
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { lineString, point } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnLayers } from '../../scripts/lib/drawn_layers';
import { CLAIM_HIT_LAYERS } from '../../src/map/claim_style';
import { launch, openApp, renderedCount, renderedValues, screenshot, type Browser } from './app';
import { geometry, loaded } from './dataset';

type LngLat = [number, number];

/** The box around a geometry's positions: [west-south, east-north]. */
function boxOf(g: Geometry): [LngLat, LngLat] {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  if (g.type !== 'GeometryCollection') walk(g.coordinates);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

const lakes = JSON.parse(readFileSync('geo/out/lakes.geojson', 'utf8')) as FeatureCollection;
const border = JSON.parse(readFileSync('geo/out/border.geojson', 'utf8')) as FeatureCollection;
const sevLich = lakes.features.find((f) => f.properties?.['id'] === 'sev-lich')!.geometry as Polygon;
const shaped = loaded.claims.filter((c) => geometry.shapes.has(c.id));

/**
 * Where the given points are on the page, and the part of the map that nothing covers: the map's canvas less
 * the side panel (on the left on wide screens, the bottom sheet on phones).
 */
async function onScreen(page: Page, points: LngLat[]) {
  return page.evaluate((pts) => {
    const map = window.__map!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const side = document.querySelector('aside.side')!.getBoundingClientRect();
    const sheet = side.width > canvas.width * 0.9;
    const open = {
      left: sheet ? canvas.left : side.right,
      right: canvas.right,
      top: canvas.top,
      bottom: sheet ? side.top : canvas.bottom,
    };
    const at = pts.map((p) => {
      const { x, y } = map.project(p);
      return { x: x + canvas.left, y: y + canvas.top };
    });
    return { open, at };
  }, points);
}

const inside = (
  p: { x: number; y: number },
  r: { left: number; right: number; top: number; bottom: number },
) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

for (const size of [
  { width: 375, height: 667 },
  { width: 1440, height: 900 },
]) {
  describe(`the first view at ${size.width}×${size.height}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch(size);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('frames Sev Lich and every claim, clear of the side panel', async () => {
      const { page } = await openApp(browser);
      await screenshot(page, `first-view-${size.width}x${size.height}`);
      const [sw, ne] = boxOf(sevLich);
      const corners = shaped.flatMap((c) => boxOf(geometry.shapes.get(c.id)!.geometry));
      const { open, at } = await onScreen(page, [sw, ne, ...corners]);
      for (const p of at)
        expect(inside(p, open), `${JSON.stringify(p)} in ${JSON.stringify(open)}`).toBe(true);
      expect(await renderedValues(page, ['lakes-fill'], 'id')).toContain('sev-lich');
      expect(await renderedValues(page, CLAIM_HIT_LAYERS, 'claimId')).toEqual(
        expect.arrayContaining(shaped.map((c) => c.id)),
      );
      await page.close();
    });

    it('opens a link with #map= exactly where it says', async () => {
      const { page } = await openApp(browser, '#map=12.5/39.61/46.25');
      const cam = await page.evaluate(() => ({
        zoom: window.__map!.getZoom(),
        center: window.__map!.getCenter().toArray(),
      }));
      expect(cam.zoom).toBeCloseTo(12.5, 6);
      expect(cam.center[0]).toBeCloseTo(46.25, 6);
      expect(cam.center[1]).toBeCloseTo(39.61, 6);
      await page.close();
    });
  });
}

describe('the border across Sev Lich, an assumption of this map (1440×900)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is drawn in a style of its own, with a key in the legend, and hides with the boundary', async () => {
    const { page } = await openApp(browser, '#map=14/39.6/46.232&hide=armenia,azerbaijan,third');
    expect(await renderedCount(page, ['border-bridge'])).toBeGreaterThan(0);
    await screenshot(page, 'sev-lich-bridge');
    const style = await page.evaluate(() => ({
      bridge: [
        window.__map!.getPaintProperty('border-bridge', 'line-color'),
        window.__map!.getPaintProperty('border-bridge', 'line-dasharray'),
      ],
      line: window.__map!.getPaintProperty('border-line', 'line-color'),
    }));
    expect(style.bridge[0]).not.toEqual(style.line);
    expect(style.bridge[1]).toBeTruthy();
    await expect
      .poll(() => page.locator('[data-legend=border-bridge]').innerText())
      .toMatch(
        /Border across Sev Lich: a straight bridge between the shore points, an assumption of this map/,
      );
    await page.click('[data-layer-group=border]');
    expect(await drawnLayers(page, ['border-bridge'])).toEqual([]);
    await page.close();
  });

  it('is noted in every card whose shape or figures use it, and lake shares are shown as approximate', async () => {
    const [[w, s], [e, n]] = boxOf(sevLich);
    const nearLake = ([x = 0, y = 0]: number[]) =>
      x > w - 0.01 && x < e + 0.01 && y > s - 0.01 && y < n + 0.01;
    // The bridge, found here from the data: the two points where the border's pieces meet the lake's shore.
    const shore = new Set((sevLich.coordinates[0] ?? []).map((p) => p.join(',')));
    const pieces = border.features.flatMap((f) =>
      f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [],
    );
    const ends = pieces.flatMap((l) => [l[0]!, l[l.length - 1]!]).filter((p) => shore.has(p.join(',')));
    expect(ends).toHaveLength(2);
    const bridge = lineString(ends);
    const measuredToBridge = (id: string) => {
      const at = point(geometry.figures.get(id)!.deepestAt);
      const toPieces = Math.min(...pieces.map((l) => pointToLineDistance(at, lineString(l))));
      return pointToLineDistance(at, bridge) < toPieces - 0.001;
    };
    const usesBridge = shaped.filter((c) => {
      const sh = c.shape!;
      if (measuredToBridge(c.id)) return true;
      if (sh.recipe === 'feature-share') return true;
      if (sh.recipe === 'depth-band') return (sh.params.lakes ?? []).length > 0;
      if (sh.recipe === 'alternative-boundary') return sh.params.line.some(nearLake);
      return false;
    });
    const others = shaped.filter((c) => !usesBridge.includes(c));
    expect(usesBridge.length).toBeGreaterThanOrEqual(3);
    expect(others.length).toBeGreaterThan(0);
    const { page } = await openApp(browser);
    const card = (id: string) => page.locator(`[data-claim-card="${id}"]`);
    for (const c of usesBridge) {
      await page.click(`[data-claim-open="${c.id}"]`);
      const text = await card(c.id).innerText();
      expect(text, c.id).toMatch(/Border across Sev Lich: a straight bridge between the shore points/);
      const shares = await card(c.id).locator('[data-figure=share]').allInnerTexts();
      for (const share of shares)
        expect(share).toMatch(/^Armenia ≈\d+%, Azerbaijan ≈\d+% on this map's coarse outline$/);
      // Shapes that divide the lake show its share per side, always with what the outline can do to it.
      if (c.shape!.recipe === 'feature-share' || c.shape!.recipe === 'alternative-boundary') {
        expect(shares.length, c.id).toBeGreaterThan(0);
        expect(await card(c.id).getByTestId('share-caveat').innerText()).toMatch(/10%.*20%.*30%/);
      }
    }
    await screenshot(page, 'card-with-bridge-note');
    for (const c of others) {
      await page.click(`[data-claim-open="${c.id}"]`);
      expect(await card(c.id).innerText(), c.id).not.toMatch(/straight bridge/);
    }
    await page.close();
  });
});

describe('the fonts a first view fetches (1440×900)', () => {
  // The regular faces of the scripts the map's labels are in, and the headings' bold face in the interface's
  // script only (src/app.css: the whole files' regular faces made the map slower to load; the one-subset bold
  // files fetched every script's bold face).
  const REGULAR = [
    'noto-sans-armenian-armenian-400-normal',
    'noto-sans-cyrillic-400-normal',
    'noto-sans-latin-400-normal',
    'noto-sans-latin-ext-400-normal',
  ];
  it.each([
    ['in English', '', ['noto-sans-latin-600-normal']],
    ['in Russian', '#lang=ru', ['noto-sans-cyrillic-600-normal', 'noto-sans-latin-600-normal']],
  ])('%s: only the faces its text needs', async (_, fragment, bold) => {
    const browser = await launch({ width: 1440, height: 900 }); // its own, so that no face comes from a cache
    try {
      const fonts: string[] = [];
      browser.context.on('request', (r) => {
        const file = r.url().split('/').pop()!;
        if (file.endsWith('.woff2')) fonts.push(file.replace(/-[\w-]{8}\.woff2$/, ''));
      });
      const { page } = await openApp(browser, fragment);
      await page.waitForTimeout(1000); // (a face wanted only by text drawn late would come after the idle)
      expect(fonts.sort()).toEqual([...REGULAR, ...bold].sort());
    } finally {
      await browser.close();
    }
  });
});
