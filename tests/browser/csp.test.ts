// The built app keeps to its own Content-Security-Policy on every way it loads its claims: from the
// precomputed file, and from the claims files through the worker when that file is stale. A violation
// shows as a `securitypolicyviolation` event and as a console error; neither may appear.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/app/content_security_policy';
import { appUrl, launch, serveStalePrecomputed, waitForIdle, type Browser } from './app';

interface Watched {
  page: Page;
  violations: () => Promise<string[]>;
}

/** A page that records every CSP violation (events from the page, and console reports). */
async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.context.newPage();
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) reported.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const violations = async () => [
    ...reported,
    ...(await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)),
  ];
  return { page, violations };
}

/** Opens a claim's card and switches to the swipe comparison, so the UI's dynamic styles run too. */
async function exercise(page: Page): Promise<void> {
  await waitForIdle(page);
  const first = page.locator('[data-claim-open]').first();
  await first.click();
  await page.locator('[data-claim-card]').waitFor();
  await page.click('[data-compare=swipe]');
  await waitForIdle(page);
}

describe('Content-Security-Policy of the built app, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is in the built page, strict, and the page has no inline script or style to need more', () => {
    const html = readFileSync('dist/index.html', 'utf8').replaceAll('&#39;', "'");
    // The first tag of the head: a policy in a meta tag covers only what comes after it.
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html).not.toMatch(/<style|\sstyle=/i);
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc=/.test(tag))).toBe(true);
  });

  it('has no violation when the claims come from the precomputed file', async () => {
    const { page, violations } = await watchedPage(browser);
    await page.goto(appUrl());
    await exercise(page);
    expect(await page.locator('[data-claim-open]').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('has no violation when the claims are checked and derived in the worker', async () => {
    const { page, violations } = await watchedPage(browser);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await serveStalePrecomputed(page);
    await page.goto(appUrl());
    await exercise(page);
    expect(workers.some((url) => /claims_worker/.test(url))).toBe(true);
    expect(await page.locator('[data-claim-open]').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
