// The interface in four languages, in the built app in real Chromium: chosen from the browser's languages,
// switched in the header and kept in the link, and a layout that holds at a phone's size and a desktop's.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { LANGS } from '../../src/i18n/langs';
import { CATALOGUE } from '../catalogues';
import { currentHash, openApp, screenshot, type Browser } from './app';

/** Nothing wider than the window, the header a strip, the map and the panel on screen. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!.getBoundingClientRect();
    const side = document.querySelector('aside.side')!.getBoundingClientRect();
    const map = document.querySelector('.map')!.getBoundingClientRect();
    const overflowing = [...document.querySelectorAll('header *, aside.side *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .map((el) => el.outerHTML.slice(0, 80));
    return {
      pageWidth: document.documentElement.scrollWidth,
      width: innerWidth,
      headerShare: header.height / innerHeight,
      sideVisible: side.width > 100 && side.bottom <= innerHeight + 1 && side.right <= innerWidth + 1,
      mapShare: map.height / innerHeight,
      overflowing,
    };
  });
}

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1440, height: 900 },
]) {
  describe(`the interface in every language at ${viewport.width}×${viewport.height}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium({ viewport });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(LANGS)('%s: its words, and a layout that holds', async (lang) => {
      const { page, problems } = await openApp(browser, `#lang=${lang}`);
      expect(await page.locator('h1').innerText()).toBe(CATALOGUE[lang].title);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('[role=tab]').first().innerText()).toBe(CATALOGUE[lang].layersTab);
      const l = await layout(page);
      expect(l.pageWidth).toBeLessThanOrEqual(l.width);
      expect(l.overflowing).toEqual([]);
      expect(l.headerShare).toBeLessThan(viewport.width < 500 ? 0.3 : 0.1);
      expect(l.sideVisible).toBe(true);
      expect(l.mapShare).toBeGreaterThan(0.6);
      await screenshot(page, `i18n-${lang}-${viewport.width}x${viewport.height}`);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}

describe('choosing the language', () => {
  it('takes the browser’s language, switches in the header, and keeps the choice in the link', async () => {
    const browser = await launchChromium({ locale: 'ru-RU' });
    try {
      const { page } = await openApp(browser);
      expect(await page.locator('h1').innerText()).toBe(CATALOGUE.ru.title);
      expect(await currentHash(page)).not.toContain('lang=');
      await page.selectOption('[data-testid=lang]', 'az');
      expect(await page.locator('h1').innerText()).toBe(CATALOGUE.az.title);
      expect(await currentHash(page)).toContain('lang=az');
      await page.reload();
      await page.waitForSelector('[data-status=ready]', { state: 'attached' });
      expect(await page.locator('h1').innerText()).toBe(CATALOGUE.az.title);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
