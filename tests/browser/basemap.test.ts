import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  idleAfter,
  launch,
  openApp,
  renderedCount,
  renderedValues,
  screenshot,
  waitForIdle,
  type Browser,
} from './app';

describe('base map in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads to idle with no offsite request and no console error or warning', async () => {
    const { page, offsite, problems } = await openApp(browser);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders the border, the Syunik outline, Sev Lich and the Goris label', async () => {
    // Syunik's eastern border from Sisian down to Kapan (the first view frames the claims, further north).
    const { page } = await openApp(browser, '#map=9/39.45/46.3');
    expect(await renderedCount(page, ['border-line'])).toBeGreaterThan(0);
    expect(await renderedCount(page, ['border-label'])).toBeGreaterThan(0);
    expect(await renderedValues(page, ['syunik-line'], 'id')).toContain('syunik');
    expect(await renderedValues(page, ['lakes-fill'], 'id')).toContain('sev-lich');
    const labels = await renderedValues(page, ['place-labels'], 'name');
    for (const town of ['Goris', 'Sisian', 'Kapan', 'Verishen']) expect(labels).toContain(town);
    await screenshot(page, 'basemap-1280x800');
    await page.close();
  });

  it('names Sev Lich close in, by both sides’ names, without keeping the claims’ labels from their places', async () => {
    const { page } = await openApp(browser, '#map=13/39.597/46.236');
    expect(await renderedValues(page, ['lake-labels'], 'name')).toContain('Sev Lich');
    expect(await renderedValues(page, ['lake-labels'], 'name_az')).toContain('Qaragöl');
    // Both sides' claims at the lake keep their labels.
    const claimLabels = await renderedValues(page, ['claims-label'], 'group');
    expect(new Set(claimLabels)).toEqual(new Set(['armenia', 'azerbaijan']));
    await screenshot(page, 'basemap-sev-lich-z13');
    // Closer in, the lake spans tiles: still one label (labelled as a polygon, it was named once per tile).
    await idleAfter(page, () => page.evaluate(() => window.__map!.jumpTo({ zoom: 14.5 })));
    const sevLich = await page.evaluate(
      () =>
        window
          .__map!.queryRenderedFeatures({ layers: ['lake-labels'] })
          .filter((f) => f.properties?.id === 'sev-lich').length,
    );
    expect(sevLich).toBe(1);
    await screenshot(page, 'basemap-sev-lich-z14.5');
    await page.close();
  });

  it('keys the panel’s shapes: derived hatching in both sides’ colours, and the overlap except across a swipe', async () => {
    const { page } = await openApp(browser);
    const derived = page.locator('[data-legend=derived]');
    expect(
      await derived.locator('[data-testid=swatch]').evaluateAll((s) => s.map((e) => e.dataset.look)),
    ).toEqual(['box dashed hatch', 'box dashed hatch']);
    expect(await derived.innerText()).toMatch(/derived from the words/);
    expect(await page.locator('[data-legend=overlap]').count()).toBe(1);
    await page.click('[data-compare=swipe]');
    await expect.poll(() => page.locator('[data-legend=overlap]').count()).toBe(0);
    await page.close();
  });

  it('shows the attributions for OpenStreetMap, Natural Earth and GeoNames', async () => {
    const { page } = await openApp(browser);
    const text = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(text).toContain('OpenStreetMap contributors');
    expect(text).toContain('Natural Earth');
    expect(text).toContain('GeoNames');
    await page.close();
  });

  it('moves when dragged', async () => {
    const { page } = await openApp(browser);
    const before = await page.evaluate(() => window.__map!.getCenter().toArray());
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.mouse.move(540, 350, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    const after = await page.evaluate(() => window.__map!.getCenter().toArray());
    expect(after[0]).toBeGreaterThan(before[0]!); // dragged left: the centre moves east
    expect(after[1]).toBeLessThan(before[1]!); // dragged up: the centre moves south
    await page.close();
  });

  it('is usable from the whole South Caucasus to a single ridge', async () => {
    const { page } = await openApp(browser);
    const zooms = await page.evaluate(() => [window.__map!.getMinZoom(), window.__map!.getMaxZoom()]);
    expect(zooms[0]).toBeLessThanOrEqual(6);
    expect(zooms[1]).toBeGreaterThanOrEqual(15);
    await page.evaluate(() => window.__map!.jumpTo({ zoom: 6, center: [45.5, 40.5] }));
    await waitForIdle(page);
    expect(await renderedValues(page, ['land-fill'], 'iso')).toEqual(
      expect.arrayContaining(['ARM', 'AZE', 'GEO', 'IRN', 'TUR']),
    );
    await screenshot(page, 'basemap-zoom6');
    await page.close();
  });
});
