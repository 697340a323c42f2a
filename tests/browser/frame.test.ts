// Selecting a claim frames its shape in the part of the map nothing covers (not under the side panel or the
// claim card), unless it is already there or a link's `map=` says where to look; and the swipe divides the
// sides where their claims meet. At a desktop and a phone size.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxOf } from '../../src/map/frame';
import { partyGroup } from '../../src/claims/parties';
import { CLAIM_HIT_LAYERS } from '../../src/map/claim_style';
import { launch, openApp, screenshot, waitForIdle, type Browser } from './app';
import { geometry, loaded } from './dataset';

const PM = 'arm-pm-2021-05-12-advance-3-5-km';
const AZ = 'aze-mfa-2021-05-13-positions';

/** The box of what the map draws for a claim (its widest reading if it has one). */
function shapeBox(id: string) {
  const shape = geometry.shapes.get(id)!;
  return boxOf([shape.wide ?? shape.geometry])!;
}

/**
 * Where the claim's box is on the page and the part of the map nothing covers: the canvas less the side panel
 * (left, or the bottom sheet on phones), the claim card (right, or its taller sheet) and the credits (on the
 * sheet's edge on phones).
 */
function placeOf(page: Page, id: string) {
  return page.evaluate((box) => {
    const map = window.__map!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const side = document.querySelector('aside.side')!.getBoundingClientRect();
    const card = document.querySelector('aside.card-panel')?.getBoundingClientRect();
    // The map's credits and scale: at its foot, or on a phone's sheet's edge.
    const credits = document.querySelector('.maplibregl-ctrl-bottom-right')!.getBoundingClientRect();
    const sheet = side.width > canvas.width * 0.9;
    const open = {
      left: sheet ? canvas.left : side.right,
      right: sheet || !card ? canvas.right : card.left,
      top: canvas.top,
      bottom: Math.min(sheet ? Math.min(side.top, card?.top ?? Infinity) : canvas.bottom, credits.top),
    };
    const [[w, s], [e, n]] = box;
    const pts = [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ].map((p) => map.project(p as [number, number]));
    const xs = pts.map((p) => p.x + canvas.left);
    const ys = pts.map((p) => p.y + canvas.top);
    const at = {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
    const clear =
      at.left >= open.left && at.right <= open.right && at.top >= open.top && at.bottom <= open.bottom;
    return { open, at, clear, moving: map.isMoving() };
  }, shapeBox(id));
}

/** Waits (up to 15 s) for the claim's shape to be clear of every cover, with the map at rest. */
async function expectFramed(page: Page, id: string) {
  let place = await placeOf(page, id);
  for (let i = 0; i < 60 && !(place.clear && !place.moving); i++) {
    await page.waitForTimeout(250);
    place = await placeOf(page, id);
  }
  expect(place.clear, JSON.stringify(place)).toBe(true);
}

const withShape = loaded.claims.filter((c) => geometry.shapes.has(c.id));
const shapeOf = (c: { id: string }) => geometry.shapes.get(c.id)!.geometry;

const camera = (page: Page) =>
  page.evaluate(() => [...window.__map!.getCenter().toArray(), window.__map!.getZoom()]);

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 667 },
]) {
  const tag = `${size.width}x${size.height}`;
  describe(`framing a claim at ${size.width}×${size.height}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch(size);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('a click in the panel frames the shape clear of the panel and the card; a second leaves the camera', async () => {
      const { page } = await openApp(browser);
      await page.click(`[data-claim-open="${PM}"]`);
      await page.locator(`[data-claim-card="${PM}"]`).waitFor();
      await expectFramed(page, PM);
      await waitForIdle(page);
      await screenshot(page, `frame-click-${tag}`);
      // Already in view: opening it again does not move the map.
      const before = await camera(page);
      await page.keyboard.press('Escape');
      await page.click(`[data-claim-open="${PM}"]`);
      await page.locator(`[data-claim-card="${PM}"]`).waitFor();
      await page.waitForTimeout(800);
      expect(await camera(page)).toEqual(before);
      await page.close();
    });

    it('a link’s claim= frames its shape', async () => {
      for (const id of [PM, AZ]) {
        const { page } = await openApp(browser, `#claim=${id}`);
        await page.locator(`[data-claim-card="${id}"]`).waitFor();
        await expectFramed(page, id);
        if (id === PM) await screenshot(page, `frame-link-${tag}`);
        await page.close();
      }
    });

    it('a shape too small to make out where the reader is looking is framed closer', async () => {
      const { page } = await openApp(browser, '#map=7/39.56/46.3');
      await page.click(`[data-claim-open="${PM}"]`);
      await page.locator(`[data-claim-card="${PM}"]`).waitFor();
      await expectFramed(page, PM);
      const [, , zoom] = await camera(page);
      expect(zoom).toBeGreaterThan(9);
      await page.close();
    });

    it('the home button frames the claims clear of an open card', async () => {
      // A link with map= and claim= leaves the camera where it says: far from the claims, card open.
      const { page } = await openApp(browser, `#map=11/40.2/38.5&claim=${AZ}`);
      await page.locator(`[data-claim-card="${AZ}"]`).waitFor();
      await page.getByRole('button', { name: 'Back to the claims' }).click();
      for (const id of [PM, AZ]) await expectFramed(page, id);
      expect(await camera(page)).not.toEqual([38.5, 40.2, 11]);
      await waitForIdle(page);
      await screenshot(page, `frame-home-card-${tag}`);
      await page.close();
    });

    it('a link with map= and claim= opens exactly where it says', async () => {
      const { page } = await openApp(browser, `#map=9/40/46&claim=${PM}`);
      await page.locator(`[data-claim-card="${PM}"]`).waitFor();
      await page.waitForTimeout(800);
      const [lng, lat, zoom] = await camera(page);
      expect(zoom).toBeCloseTo(9, 6);
      expect(lng).toBeCloseTo(46, 6);
      expect(lat).toBeCloseTo(40, 6);
      await page.close();
    });
  });
}

/** Claim ids drawn by the main map (side A) and the swipe map (side B) within `band` px of the divider, each on its own side. */
async function nearDivider(page: Page, band: number) {
  return page.evaluate(
    ([layers, band]) => {
      const grip = document.querySelector('[data-testid=swipe-divider]')!.getBoundingClientRect();
      const canvas = window.__map!.getCanvas().getBoundingClientRect();
      const vertical = grip.height > grip.width;
      // The divider's line, in the map's pixels.
      const at = vertical
        ? grip.left + grip.width / 2 - canvas.left
        : grip.top + grip.height / 2 - canvas.top;
      const box = (from: number, to: number): [[number, number], [number, number]] =>
        vertical
          ? [
              [from, 0],
              [to, canvas.height],
            ]
          : [
              [0, from],
              [canvas.width, to],
            ];
      const ids = (map: typeof window.__map, b: [[number, number], [number, number]]) => {
        const drawn = (layers as string[]).filter((l) => map!.getLayer(l));
        return [
          ...new Set(map!.queryRenderedFeatures(b, { layers: drawn }).map((f) => f.properties?.claimId)),
        ];
      };
      return {
        a: ids(window.__map, box(Math.max(0, at - (band as number)), at - 2)),
        b: ids(window.__swipeMap, box(at + 2, at + (band as number))),
      };
    },
    [CLAIM_HIT_LAYERS, band] as const,
  );
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 667 },
]) {
  describe(`the swipe at ${size.width}×${size.height}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch(size);
    });
    afterAll(async () => {
      await browser?.close();
    });

    const group = (id: unknown) => partyGroup(loaded.claims.find((c) => c.id === id)!.party);
    // Where the sides meet: a claim of one side counts there if its box touches the other side's claims' box
    // (at Sev Lich; Armenia's Verin Shorzha band, far from any claim of Azerbaijan's, does not).
    const sideBox = (g: string) => boxOf(withShape.filter((c) => group(c.id) === g).map(shapeOf))!;
    const meets = (id: unknown, other: string) => {
      const [a, b] = [boxOf([shapeOf({ id: id as string })])!, sideBox(other)];
      return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
    };

    for (const how of ['button', 'link', 'link followed'] as const) {
      it(`shows both sides’ claims either side of the divider where they meet (${how})`, async () => {
        const { page } = await openApp(browser, how === 'link' ? '#compare=swipe' : '');
        if (how === 'button') await page.click('[data-compare=swipe]');
        // A link followed on the open page (the fragment changes, the page stays).
        if (how === 'link followed') await page.evaluate(() => (location.hash = '#compare=swipe'));
        await page.waitForFunction(() => Boolean(window.__swipeMap?.loaded()), undefined, {
          timeout: 60_000,
        });
        await waitForIdle(page);
        await page.waitForTimeout(800);
        await waitForIdle(page);
        const band = size.width > 820 ? 150 : 80;
        const { a, b } = await nearDivider(page, band);
        await screenshot(page, `frame-swipe-${how.replace(' ', '-')}-${size.width}x${size.height}`);
        const seenA = a.filter((id) => group(id) === 'armenia' && meets(id, 'azerbaijan'));
        const seenB = b.filter((id) => group(id) === 'azerbaijan' && meets(id, 'armenia'));
        expect(seenA.length, JSON.stringify(a)).toBeGreaterThan(0);
        expect(seenB.length, JSON.stringify(b)).toBeGreaterThan(0);
        await page.close();
      });
    }

    it('a link’s map= and split= still win', async () => {
      const { page } = await openApp(browser, '#map=9/40/46&compare=swipe&split=0.3');
      await page.waitForFunction(() => Boolean(window.__swipeMap?.loaded()), undefined, { timeout: 60_000 });
      await page.waitForTimeout(800);
      const [lng, lat, zoom] = await camera(page);
      expect(zoom).toBeCloseTo(9, 6);
      expect(lng).toBeCloseTo(46, 6);
      expect(lat).toBeCloseTo(40, 6);
      expect(await page.evaluate(() => location.hash)).toMatch(/split=0\.3(&|$)/);
      await page.close();
    });

    it('leaves a reader looking elsewhere (where the sides meet is off screen) where they are', async () => {
      const { page } = await openApp(browser, '#map=11.5/40.1/46.1');
      await page.click('[data-compare=swipe]');
      await page.waitForFunction(() => Boolean(window.__swipeMap?.loaded()), undefined, { timeout: 60_000 });
      await page.waitForTimeout(800);
      const [lng, lat, zoom] = await camera(page);
      expect([lng, lat, zoom]).toEqual([46.1, 40.1, 11.5].map((v) => expect.closeTo(v, 6)));
      await page.close();
    });
  });
}

describe('the first view at 1440×900', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves room under the claims for the towns just south of Sev Lich and their labels', async () => {
    const { page } = await openApp(browser);
    const above = await page.evaluate(
      (towns) => {
        const map = window.__map!;
        return towns.map((t) => map.getCanvas().clientHeight - map.project(t as [number, number]).y);
      },
      [
        [46.01667, 39.51667], // Sisian
        [46.34168, 39.51111], // Goris
        [46.32063, 39.53543], // Verishen
      ],
    );
    // Each dot with its two lines of label, above the attribution.
    for (const px of above) expect(px, JSON.stringify(above)).toBeGreaterThanOrEqual(45);
    await screenshot(page, 'frame-first-view-1440x900');
    await page.close();
  });
});

describe('an embed’s first view at 600×400', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 600, height: 400 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('frames the claims in the whole map, with no room kept for the side panel it does not show', async () => {
    const { page } = await openApp(browser, '#embed=1');
    const bounds = (JSON.parse(readFileSync('geo/out/claim-bounds.json', 'utf8')) as { bounds: number[][] })
      .bounds;
    const place = await page.evaluate(([sw, ne]) => {
      const map = window.__map!;
      const a = map.project(sw as [number, number]);
      const b = map.project(ne as [number, number]);
      const c = map.getCanvas();
      return { x0: a.x, x1: b.x, y0: b.y, y1: a.y, width: c.clientWidth, height: c.clientHeight };
    }, bounds);
    expect(await page.locator('aside.side').count()).toBe(0);
    // Inside the map, and as tall as its height allows less the margins (the claims run north to south).
    expect(place.x0, JSON.stringify(place)).toBeGreaterThanOrEqual(0);
    expect(place.x1, JSON.stringify(place)).toBeLessThanOrEqual(place.width);
    expect(place.y0, JSON.stringify(place)).toBeGreaterThanOrEqual(0);
    expect(place.y1, JSON.stringify(place)).toBeLessThanOrEqual(place.height);
    expect(place.y1 - place.y0, JSON.stringify(place)).toBeGreaterThan(place.height * 0.6);
    await screenshot(page, 'frame-embed-600x400');
    await page.close();
  });

  it('puts a swipe link’s divider where its split says across the whole map (no panel to keep clear of)', async () => {
    const { page } = await openApp(browser, '#embed=1&compare=swipe&split=0.5');
    await page.waitForFunction(() => Boolean(window.__swipeMap?.loaded()), undefined, { timeout: 60_000 });
    const at = await page.evaluate(() => {
      const grip = document.querySelector('[data-testid=swipe-divider]')!.getBoundingClientRect();
      const map = window.__map!.getCanvas().getBoundingClientRect();
      const [x, y] = [grip.left + grip.width / 2 - map.left, grip.top + grip.height / 2 - map.top];
      return { x, y, width: map.width, height: map.height };
    });
    // (At this size the divider runs across, as on phones: its grip halfway down, as halfway along.)
    expect(Math.abs(at.x - at.width / 2), JSON.stringify(at)).toBeLessThan(3);
    expect(Math.abs(at.y - at.height / 2), JSON.stringify(at)).toBeLessThan(3);
    await waitForIdle(page);
    await screenshot(page, 'frame-embed-swipe-600x400');
    await page.close();
  });

  it('keeps its header to one row in every language, the title cut short rather than the map', async () => {
    for (const lang of ['en', 'hy', 'az', 'ru']) {
      const { page } = await openApp(browser, `#embed=1&lang=${lang}`);
      const rows = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('header.bar > *')].map((e) =>
          Math.round(e.getBoundingClientRect().top),
        );
        return { tops, header: document.querySelector('header.bar')!.getBoundingClientRect().height };
      });
      // h1, the panel's button and the link back: side by side (their tops within a few px), the header
      // under a tenth of the embed's height (it took 72 of 400 px in two rows).
      expect(Math.max(...rows.tops) - Math.min(...rows.tops), `${lang} ${JSON.stringify(rows)}`).toBeLessThan(
        12,
      );
      expect(rows.header, lang).toBeLessThan(40);
      // The whole title stays readable on hover.
      expect(await page.locator('header.bar h1').getAttribute('title'), lang).toBeTruthy();
      if (lang === 'hy') await screenshot(page, 'frame-embed-600x400-hy');
      await page.close();
    }
  });
});

describe('a claim’s card on a tablet held upright', () => {
  it('at 760×1000 the panel and the card are bottom sheets, and the claim is framed above them', async () => {
    const browser = await launch({ width: 760, height: 1000 });
    try {
      const { page } = await openApp(browser, `#claim=${PM}`);
      await page.locator(`[data-claim-card="${PM}"]`).waitFor();
      // (Side by side, the panel's 20.6rem and the card's 22rem left no map between them.)
      expect(await page.locator('.app.narrow').count()).toBe(1);
      await expectFramed(page, PM);
      await screenshot(page, 'frame-card-760x1000');
    } finally {
      await browser.close();
    }
  });
});
