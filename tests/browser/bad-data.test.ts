// The app meets a bad claims file: it leaves the invalid claims out with a notice naming them, shows the
// valid ones, renders markup in statements as text, and says clearly when the data cannot load at all.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_FILL_LAYERS } from '../../src/map/claim_style';
import {
  appUrl,
  CLAIMS_FILE,
  launch,
  openWithClaims,
  originalText,
  PRECOMPUTED_FILE,
  renderedValues,
  screenshot,
  waitForIdle,
  type Browser,
} from './app';
import { loaded as dataset } from './dataset';

const good = JSON.parse(readFileSync('tests/fixtures/claims/good.json', 'utf8'));
const markup = JSON.parse(readFileSync('tests/fixtures/claims/html-statement.json', 'utf8')).claims[0];

describe('bad claims data, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes the claims as the build checked them, from the precomputed file, when nothing changed since', async () => {
    const page = await browser.context.newPage();
    const asked: string[] = [];
    const track = (r: { url: () => string }) => asked.push(new URL(r.url()).pathname);
    browser.context.on('request', track);
    await page.goto(appUrl());
    await waitForIdle(page);
    browser.context.off('request', track);
    expect(asked.some((p) => PRECOMPUTED_FILE.test(p))).toBe(true);
    expect(asked.filter((p) => CLAIMS_FILE.test(p) || /claims_worker/.test(p))).toEqual([]);
    const listed = await page.locator('[data-claim-open]').count();
    expect(listed).toBe(dataset.claims.length);
    await page.close();
  });

  it('leaves invalid claims out with a notice naming them, and shows the valid ones', async () => {
    const bad = { ...good.claims[0], id: 'bad-party', party: 'narnia' };
    const file = { ...good, claims: [...good.claims, bad, markup] };
    const page = await openWithClaims(browser, JSON.stringify(file));
    await waitForIdle(page);
    const notices = (await page.locator('.notice').allInnerTexts()).join(' ');
    expect(notices).toContain('bad-party');
    expect(notices).toMatch(/party/);
    const listed = await page
      .locator('[data-claim-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-open')));
    expect(listed).toEqual(expect.arrayContaining(good.claims.map((c: { id: string }) => c.id)));
    expect(listed).not.toContain('bad-party');
    // The shapes are not in the precomputed file for this data: the app derives them itself.
    const drawn = await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId');
    expect(drawn).toContain(good.claims[0].id);
    // The features computed ahead of time are the bundled claims', not this file's: none of them stays drawn.
    const ids = new Set(good.claims.map((c: { id: string }) => c.id));
    expect(drawn.filter((id) => !ids.has(id))).toEqual([]);

    await page.click('[data-claim-open="markup"]');
    const quote = page.locator('[data-claim-card="markup"] [data-testid=quote]');
    expect(await quote.innerText()).toContain("<script>alert('x')</script><b>3.5 km</b>");
    expect(await page.locator('[data-claim-card] script, [data-claim-card] b').count()).toBe(0);
    await page.close();
  });

  it('shows a loading state, then a clear error when the claims cannot load', async () => {
    const page = await openWithClaims(browser, 'not found', 500);
    const alert = page.locator('[role=alert]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).toMatch(/could not load/i);
    await page.close();
  });

  it('says so when the claims file is not JSON at all, and keeps the map', async () => {
    const page = await openWithClaims(browser, '{"claims": [oops');
    await waitForIdle(page);
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).toMatch(/JSON/);
    expect((await renderedValues(page, ['place-labels'], 'name')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('renders no non-http link and isolates right-to-left controls from a precomputed file it trusts', async () => {
    // The precomputed file keeps its real version, so the app takes it without the schema check.
    const page = await browser.context.newPage();
    const rlo = '\u202e';
    let id = '';
    await page.route(PRECOMPUTED_FILE, async (route) => {
      const real = JSON.parse(await originalText(route));
      const first = real.checked.claims[0];
      id = first.id;
      first.sources[0].url = 'javascript:document.title="ran"';
      first.sources[0].archived = 'data:text/html,<script>alert(1)</script>';
      first.sources[0].title = `${rlo}hostile title`;
      await route.fulfill({ body: JSON.stringify(real), contentType: 'application/json' });
    });
    await page.goto(appUrl());
    await waitForIdle(page);
    await page.click(`[data-claim-open="${id}"]`);
    const card = page.locator(`[data-claim-card="${id}"]`);
    await card.waitFor();
    const hrefs = await card.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
    expect(await card.innerText()).toContain('link not shown');
    // The page shows data text without its bidi controls, and isolated in a <bdi> of its own.
    expect(await card.innerText()).not.toContain(rlo);
    const isolated = await card
      .locator('bdi')
      .evaluateAll((els) => els.some((e) => e.textContent === 'hostile title'));
    expect(isolated).toBe(true);
    expect(await page.title()).not.toBe('ran');
    await screenshot(page, 'bad-data-precomputed-link');
    await page.close();
  });
});
