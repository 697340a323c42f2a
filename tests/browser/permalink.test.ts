import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_FILL_LAYERS } from '../../src/map/claim_style';
import { launchChromium } from '../../scripts/lib/chromium';
import {
  appUrl,
  currentHash,
  idleAfter,
  launch,
  openApp,
  renderedCount,
  renderedValues,
  screenshot,
  waitForIdle,
  type Browser,
} from './app';
import { loaded, withArea } from './dataset';

/**
 * Before the page's own code: when the map's style is in (before its first frame), notes which of these
 * layers it would draw, hidden by visibility (reference layers, labels) or by opacity (a party's shapes).
 */
async function recordAtStyleLoad(page: Page, layerIds: string[]): Promise<void> {
  await page.addInitScript((ids: string[]) => {
    let map: NonNullable<typeof window.__map>;
    Object.defineProperty(window, '__map', {
      configurable: true,
      get: () => map,
      set(m: NonNullable<typeof window.__map>) {
        map = m;
        m.once('style.load', () => {
          const w = window as unknown as { __atStyleLoad: Record<string, unknown> };
          w.__atStyleLoad = Object.fromEntries(
            ids.map((id) => [
              id,
              m.getLayoutProperty(id, 'visibility') === 'none' || m.getPaintProperty(id, 'fill-opacity') === 0
                ? 'hidden'
                : 'drawn',
            ]),
          );
        });
      },
    });
  }, layerIds);
}

const atStyleLoad = (page: Page) =>
  page.evaluate(() => (window as unknown as { __atStyleLoad: unknown }).__atStyleLoad);

/** What a link must restore, read from the running app. */
function viewOf(page: Page) {
  return page.evaluate(() => {
    const map = window.__map!;
    const boxes = [
      ...document.querySelectorAll<HTMLInputElement>('input[data-claim-toggle], input[data-layer-group]'),
    ];
    return {
      center: map.getCenter().toArray(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      checked: boxes.map((b) => `${b.dataset.claimToggle ?? b.dataset.layerGroup}:${b.checked}`),
      card: document.querySelector('[data-claim-card]')?.getAttribute('data-claim-card') ?? null,
      compare:
        document.querySelector('[data-compare][aria-checked=true]')?.getAttribute('data-compare') ?? null,
    };
  });
}

describe('permalinks, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a view set through the UI reopens exactly in a fresh browser', async () => {
    const { page } = await openApp(browser);
    const claim = withArea('azerbaijan')[0]!;
    await idleAfter(page, () => page.click('input[data-layer-group="places"]'));
    await idleAfter(page, () => page.click(`input[data-claim-toggle="${withArea('armenia')[0]!.id}"]`));
    await page.click(`[data-claim-open="${claim.id}"]`);
    await waitForIdle(page);
    await idleAfter(page, () => page.click('[data-compare=overlay]'));
    await idleAfter(page, () =>
      page.evaluate(() =>
        window.__map!.jumpTo({ center: [46.2712345, 39.5876543], zoom: 11.37, bearing: 17.5, pitch: 30 }),
      ),
    );
    const link = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 450));
      return location.href;
    });
    const before = await viewOf(page);
    expect(link.length - link.indexOf('#')).toBeLessThan(200);
    // The side panel's scroll is not part of a link (opening the card scrolled the list to the claim).
    await page.evaluate(() => document.querySelector('aside.side')!.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/screenshots/permalink-source.png' });
    await page.close();

    const fresh = await launch({ width: 1280, height: 800 });
    try {
      const { page: again, problems } = await openApp(fresh, link.slice(link.indexOf('#')));
      const after = await viewOf(again);
      expect(after.center[0]).toBeCloseTo(before.center[0]!, 5);
      expect(after.center[1]).toBeCloseTo(before.center[1]!, 5);
      expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.01);
      expect(after.bearing).toBeCloseTo(before.bearing, 1);
      expect(after.pitch).toBeCloseTo(before.pitch, 1);
      expect(after.checked).toEqual(before.checked);
      expect(after.card).toBe(claim.id);
      expect(after.compare).toBe('overlay');
      expect(problems).toEqual([]);
      await again.screenshot({ path: 'test-results/screenshots/permalink-reopened.png' });
      const [a, b] = [
        await import('node:fs').then((fs) =>
          fs.readFileSync('test-results/screenshots/permalink-source.png'),
        ),
        await import('node:fs').then((fs) =>
          fs.readFileSync('test-results/screenshots/permalink-reopened.png'),
        ),
      ];
      expect(Math.abs(a.length - b.length) / a.length).toBeLessThan(0.02);
    } finally {
      await fresh.close();
    }
  });

  it('an OpenStreetMap link opens where OpenStreetMap would', async () => {
    const { page } = await openApp(browser, '#map=12/39.6/46.23');
    const v = await viewOf(page);
    expect(v.zoom).toBeCloseTo(12, 5);
    expect(v.center[0]).toBeCloseTo(46.23, 5);
    expect(v.center[1]).toBeCloseTo(39.6, 5);
    await page.close();
  });

  it('a hostile fragment gives a working map, a notice, and runs nothing', async () => {
    const hostile =
      '#map=abc/999/-999&claim=%3Cimg%20src=x%20onerror=window.__pwned=1%3E&hide=__proto__,constructor' +
      '&compare=<script>window.__pwned=1</script>&split=NaN&until=2021-02-30&v=99&%E0%A4%A';
    const { page, problems } = await openApp(browser, hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const notices = await page.locator('.notice').allInnerTexts();
    expect(notices.join(' ')).toMatch(/Ignored/);
    expect(await page.locator('.notice img, .notice script').count()).toBe(0);
    const v = await viewOf(page);
    expect(Number.isFinite(v.zoom) && Number.isFinite(v.center[0]!) && Number.isFinite(v.center[1]!)).toBe(
      true,
    );
    expect(v.compare).toBe('off');
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await screenshot(page, 'permalink-hostile');
    await page.close();
  });

  it('a link to a place off the globe opens on the claims, and its notice names each number it ignored', async () => {
    const { page } = await openApp(browser, '#map=99/999/999&claim=nope');
    const notices = (await page.locator('.notice').allInnerTexts()).join(' ');
    expect(notices).toContain('latitude "999"');
    expect(notices).toContain('longitude "999"');
    expect((await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).length).toBeGreaterThan(0);
    expect((await viewOf(page)).zoom).toBeLessThan(12);
    await screenshot(page, 'permalink-off-the-globe');
    await page.close();
  });

  it('a link far from every claim keeps its view, and the home button brings the claims back', async () => {
    const { page } = await openApp(browser, '#map=11/40.2/38.5');
    expect(await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).toEqual([]);
    const home = page.getByRole('button', { name: 'Back to the claims' });
    await idleAfter(page, () => home.click());
    await expect.poll(() => page.evaluate(() => window.__map!.isMoving())).toBe(false);
    await waitForIdle(page);
    expect((await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).length).toBeGreaterThan(0);
    expect(await currentHash(page)).not.toContain('map=11/40.2/38.5');
    await page.close();
  });

  it('says when the data changed since the link was made, and which claims are gone', async () => {
    const keep = loaded.claims[0]!.id;
    const { page } = await openApp(
      browser,
      `#map=10/39.6/46.3&v=1&claim=gone-claim-1&hide=${keep},gone-claim-2&data=deadbeef`,
    );
    const text = (await page.locator('.notice').allInnerTexts()).join(' ');
    expect(text).toMatch(/data has changed since this link was made/);
    expect(text).toContain('gone-claim-1');
    expect(text).toContain('gone-claim-2');
    expect(await page.locator(`input[data-claim-toggle="${keep}"]`).isChecked()).toBe(false);
    await page.close();
  });

  it('a link that hides a party and a reference layer never draws them, not even before the claims are in', async () => {
    const page = await browser.context.newPage();
    await recordAtStyleLoad(page, [
      'claims-azerbaijan-fill-given',
      'claims-armenia-fill-given',
      'place-labels',
    ]);
    await page.goto(`${appUrl()}#hide=azerbaijan,places`);
    await waitForIdle(page);
    expect(await atStyleLoad(page)).toEqual({
      'claims-azerbaijan-fill-given': 'hidden',
      'claims-armenia-fill-given': 'drawn',
      'place-labels': 'hidden',
    });
    expect(
      await renderedCount(
        page,
        CLAIM_FILL_LAYERS.filter((id) => id.includes('azerbaijan')),
      ),
    ).toBe(0);
    expect(
      await renderedCount(page, ['claims-armenia-fill-given', 'claims-armenia-fill-derived']),
    ).toBeGreaterThan(0);
    expect(await page.isChecked('input[data-party-toggle="azerbaijan"]')).toBe(false);
    expect(await page.isChecked('input[data-layer-group="places"]')).toBe(false);
    await page.close();
  });

  it('a link that hides every claim says so (the map alone would look broken); one that hides a party does not', async () => {
    const hidesAll = 'Link: it hides every claim, so the map shows none.';
    const hidesAllAndRefs =
      'Link: it hides every claim and every reference layer, so the map shows only land and lakes.';
    const { page } = await openApp(browser, '#hide=*&show=border');
    expect(await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).toEqual([]);
    expect(await renderedCount(page, ['border-line'])).toBeGreaterThan(0);
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).toContain(hidesAll);
    await page.close();
    // Nothing at all on the map but land and lakes: the notice says the reference layers are hidden too.
    const { page: bare } = await openApp(browser, '#hide=*');
    expect(await renderedCount(bare, ['border-line', 'place-labels', 'syunik-line'])).toBe(0);
    const said = (await bare.locator('.notice').allInnerTexts()).join(' ');
    expect(said).toContain(hidesAllAndRefs);
    expect(said).not.toContain(hidesAll);
    await bare.close();
    const { page: some } = await openApp(browser, '#hide=azerbaijan');
    expect((await renderedValues(some, CLAIM_FILL_LAYERS, 'claimId')).length).toBeGreaterThan(0);
    expect((await some.locator('.notice').allInnerTexts()).join(' ')).not.toContain(hidesAll);
    await some.close();
  });

  it('a link that hides a single claim draws no claim until the claims are in, then all but that one', async () => {
    const page = await browser.context.newPage();
    const [hidden, kept] = withArea('armenia').map((c) => c.id);
    await recordAtStyleLoad(page, ['claims-armenia-fill-given', 'claims-azerbaijan-fill-given']);
    await page.goto(`${appUrl()}#hide=${hidden!}`);
    await waitForIdle(page);
    // Which party the claim belongs to is only known from the claims data: until then, no claim is drawn.
    expect(await atStyleLoad(page)).toEqual({
      'claims-armenia-fill-given': 'hidden',
      'claims-azerbaijan-fill-given': 'hidden',
    });
    const drawn = await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId');
    expect(drawn).not.toContain(hidden);
    expect(drawn).toContain(kept);
    expect(drawn.some((id) => withArea('azerbaijan').some((c) => c.id === id))).toBe(true);
    await page.close();
  });

  it('follows hand-edited fragments and Back/Forward without a reload', async () => {
    const { page } = await openApp(browser, '#map=10/39.55/46.3');
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await idleAfter(page, () =>
      page.evaluate(() => (location.hash = '#map=12.5/39.6/46.25&compare=overlay')),
    );
    let v = await viewOf(page);
    expect(v.zoom).toBeCloseTo(12.5, 5);
    expect(v.compare).toBe('overlay');
    await idleAfter(page, () => page.goBack());
    v = await viewOf(page);
    expect(v.zoom).toBeCloseTo(10, 5);
    expect(v.compare).toBe('off');
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    expect(await currentHash(page)).toMatch(/^#map=10\//);
    await page.close();
  });
});

describe('the Share button', () => {
  it('copies the link, or shows it selected for copying', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    try {
      const { page } = await openApp(browser, '#map=11/39.6/46.25&compare=overlay');
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(page.url()).origin,
      });
      await page.click('[data-testid=share]');
      const status = page.locator('.share .msg');
      await page.waitForFunction(() => document.querySelector('.share .msg')?.textContent !== '');
      const expected = await page.evaluate(() => location.href);
      if ((await status.innerText()).includes('copied')) {
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      } else {
        expect(await page.locator('.share input').inputValue()).toBe(expected);
      }
      expect(expected).toContain('compare=overlay');
      await page.close();
    } finally {
      await browser.close();
    }
  });

  it('on a phone, opens the share sheet; a sheet closed by the reader says nothing and offers no copy box', async () => {
    const browser = await launchChromium({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await browser.context.newPage();
      // The share sheet as a phone's browser gives it: the reader first closes it, then shares.
      await page.addInitScript(() => {
        const w = window as unknown as { __shared: string[] };
        w.__shared = [];
        Object.defineProperty(navigator, 'share', {
          value: (data: { url: string }) =>
            w.__shared.push(data.url) === 1
              ? Promise.reject(new DOMException('Share canceled', 'AbortError'))
              : Promise.resolve(),
        });
      });
      await page.goto(appUrl() + '#map=11/39.6/46.25');
      await waitForIdle(page);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await page.click('[data-testid=share]');
      await page.waitForFunction(() => (window as unknown as { __shared: string[] }).__shared.length === 1);
      await page.waitForTimeout(300);
      expect(await page.locator('.share .msg').innerText()).toBe('');
      expect(await page.locator('.share input').count()).toBe(0);
      await page.click('[data-testid=share]');
      await page.locator('.share .msg', { hasText: 'Shared' }).waitFor();
      const shared = await page.evaluate(() => (window as unknown as { __shared: string[] }).__shared);
      expect(shared[1]).toBe(await page.evaluate(() => location.href));
      expect(await page.locator('.share input').count()).toBe(0);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
