// The interface in four languages, in the built app in real Chromium: chosen from the browser's languages,
// switched in the header and kept in the link; the card, timeline, compare figures and map labels in the
// reader's language, dates and numbers in its locale; a claim's translation beside its words; and a layout
// that holds at a phone's size and a desktop's, with a claim card open; a reader's file that fails, said with no
// English sentence in Russian or Azerbaijani; the note that those texts are not yet reviewed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { LANGS, LANG_NAMES, type Lang } from '../../src/i18n/langs';
import { byLastDay } from '../../src/claims/dates';
import { formatDate } from '../../src/i18n/format';
import { CATALOGUE, englishIn } from '../catalogues';
import {
  appUrl,
  currentHash,
  idleAfter,
  openApp,
  openWithClaims,
  originalText,
  PRECOMPUTED_FILE,
  screenshot,
  showLocalFile,
  waitForIdle,
  type Browser,
} from './app';
import { geometry, loaded } from './dataset';
import { hostilePrecomputed } from '../fixtures/hostile/precomputed';
import { sayPhrase } from '../../src/i18n/say_phrase';
import { wordsFor } from '../../src/i18n/words';
import { EN_ALL as ENGLISH } from '../../src/i18n/english';
import type { Claim } from '../../src/claims/schema/claim';
import { parseFragment } from '../../src/url/state';
import { linkNotice, noticeParams } from '../../src/url/link_notice';
import { parseClaimsFile } from '../../src/claims/validate';
import { problemMessage } from '../../src/claims/problems';

/**
 * Nothing wider than the window; no text cut off (an element narrower than its text that hides the rest); the
 * header a strip, the map and the panel on screen.
 */
async function layout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!.getBoundingClientRect();
    const side = document.querySelector('aside.side')!.getBoundingClientRect();
    const map = document.querySelector('.map')!.getBoundingClientRect();
    const parts = [...document.querySelectorAll('header.bar *, aside.side *, aside.card-panel *')];
    const overflowing = parts
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .map((el) => el.outerHTML.slice(0, 80));
    const cut = parts
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX))
      .map((el) => el.outerHTML.slice(0, 80));
    // Short controls keep their words on one line: a word broken across lines reads as two.
    const broken = [
      ...document.querySelectorAll(
        '.modes button, [role=tab], .only, .count, [data-testid=share], [data-testid=export]',
      ),
    ]
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = rects.map((r) => r.top);
        return rects.length > 1 && Math.max(...tops) - Math.min(...tops) > rects[0]!.height / 2;
      })
      .map((el) => el.outerHTML.slice(0, 80));
    const panels = [...document.querySelectorAll('header.bar, aside.side, aside.card-panel')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.className);
    return {
      pageWidth: document.documentElement.scrollWidth,
      width: innerWidth,
      headerShare: header.height / innerHeight,
      sideVisible: side.width > 100 && side.bottom <= innerHeight + 1 && side.right <= innerWidth + 1,
      mapShare: map.height / innerHeight,
      overflowing,
      cut,
      broken,
      panels,
    };
  });
}

/** Waits until the page's heading reads `text` (a switch of language waits for its catalogue). */
const headingIs = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, text);

/** A claim with a shape, figures and a stated date: the card shows most of its parts. */
const cardClaim = loaded.claims.find((c) => c.shape && c.figures?.depthKm)!;

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

    it.each(LANGS)('%s: its words, a claim card in them, and a layout that holds', async (lang) => {
      const words = CATALOGUE[lang];
      const { page, problems } = await openApp(browser, `#lang=${lang}&claim=${cardClaim.id}`);
      expect(await page.locator('h1').innerText()).toBe(words.title);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('[role=tab]').first().innerText()).toBe(words.layersTab);

      const card = page.locator(`[data-claim-card="${cardClaim.id}"]`);
      await card.waitFor();
      const headings = await card.locator('h3').allInnerTexts();
      expect(headings.length).toBeGreaterThan(2);
      // Every heading is the catalogue's, in this language (the card's CSS upper-cases them).
      const upper = (t: string) => t.toLocaleUpperCase(lang);
      const catalogue = new Set(Object.values(words).map(upper));
      for (const h of headings) expect(catalogue, h).toContain(upper(h));
      const text = await card.innerText();
      expect(text).toContain(formatDate(lang, cardClaim.stated));
      expect(text).toContain(words.figDepth);

      const l = await layout(page);
      expect(l.pageWidth).toBeLessThanOrEqual(l.width);
      expect(l.overflowing).toEqual([]);
      expect(l.cut).toEqual([]);
      expect(l.broken).toEqual([]);
      expect(l.panels).toEqual([]);
      expect(l.headerShare).toBeLessThan(viewport.width < 500 ? 0.3 : 0.1);
      expect(l.sideVisible).toBe(true);
      expect(l.mapShare).toBeGreaterThan(0.6);
      await screenshot(page, `i18n-${lang}-card-${viewport.width}x${viewport.height}`);

      // Without the card: the layer panel and the header.
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      const panel = await layout(page);
      expect(panel.overflowing).toEqual([]);
      expect(panel.cut).toEqual([]);
      expect(panel.broken).toEqual([]);
      expect(panel.panels).toEqual([]);
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
      await headingIs(page, CATALOGUE.az.title);
      expect(await currentHash(page)).toContain('lang=az');
      await page.reload();
      await page.waitForSelector('[data-status=ready]', { state: 'attached' });
      expect(await page.locator('h1').innerText()).toBe(CATALOGUE.az.title);
      await page.close();
    } finally {
      await browser.close();
    }
  });

  it('loads a language’s words only when it is picked: English readers download none', async () => {
    const browser = await launchChromium({ locale: 'en-GB' });
    try {
      const asked: string[] = [];
      browser.context.on('request', (r) => asked.push(new URL(r.url()).pathname));
      const { page } = await openApp(browser);
      const catalogues = () => asked.filter((p) => /\/assets\/(hy|az|ru)-[\w-]+\.js$/.test(p));
      expect(catalogues()).toEqual([]);
      // Nor English's details (a card's recipe sentences, problems): they come with the first card.
      const details = () => asked.filter((p) => /\/assets\/details-[\w-]+\.js$/.test(p));
      expect(details()).toEqual([]);
      await page.selectOption('[data-testid=lang]', 'hy');
      await headingIs(page, CATALOGUE.hy.title);
      expect(catalogues()).toHaveLength(1);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});

/** MapLibre's own words on the page: the scale's unit, the zoom and compass buttons' titles, the canvas's label. */
const mapWords = (page: Page) =>
  page.evaluate(() => {
    const attr = (sel: string, name: string) => document.querySelector(sel)?.getAttribute(name);
    return {
      scaleUnit: document.querySelector('.maplibregl-ctrl-scale')?.textContent?.split('\u00a0')[1],
      zoomIn: attr('.maplibregl-ctrl-zoom-in', 'title'),
      zoomOut: attr('.maplibregl-ctrl-zoom-out', 'aria-label'),
      resetNorth: attr('.maplibregl-ctrl-compass', 'title'),
      canvas: attr('.map canvas.maplibregl-canvas', 'aria-label'),
    };
  });
/** What mapWords should read in `lang` (the first view's scale is in kilometres). */
const mapWordsIn = (lang: Lang) => {
  const c = CATALOGUE[lang];
  return {
    scaleUnit: c.unitKm,
    zoomIn: c.zoomIn,
    zoomOut: c.zoomOut,
    resetNorth: c.resetNorth,
    canvas: c.mapCanvas,
  };
};

describe('the reader’s language across the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('timeline, compare figures and notices follow a switch; the map labels too', async () => {
    const { page } = await openApp(browser, '#lang=ru&hide=no-such-claim');
    const ru = CATALOGUE.ru;
    expect(await page.locator('.notice').first().innerText()).toContain(ru.noticeUnknownIds.split(':')[0]);
    await page.click('[role=tab] >> nth=1');
    expect(await page.locator('.timeline h2').innerText()).toBe(ru.timelineHeading);
    const first = [...loaded.claims].sort((a, b) => byLastDay(a.stated, b.stated))[0]!;
    expect(await page.locator('.timeline time').first().innerText()).toBe(formatDate('ru', first.stated));
    await idleAfter(page, () => page.click('[data-compare=overlay]'));
    await page.locator('[data-figure=both]').waitFor();
    expect(await page.locator('.figures h2').innerText()).toBe(ru.compareHeading);
    // A Russian number: decimal comma, km² as км².
    expect(await page.locator('[data-figure=both]').innerText()).toMatch(/^\d[\d\u00a0]*,\d+ км²$/);
    const placeText = () =>
      page.evaluate(() => JSON.stringify(window.__map!.getLayoutProperty('country-labels', 'text-field')));
    expect(await placeText()).toContain('name_ru');
    expect(await mapWords(page)).toEqual(mapWordsIn('ru'));
    await screenshot(page, 'i18n-ru-overlay-timeline-1440x900');

    await page.selectOption('[data-testid=lang]', 'hy');
    await headingIs(page, CATALOGUE.hy.title);
    // The tab's title (a share sheet's too) follows.
    expect(await page.title()).toBe(`Claimlines — ${CATALOGUE.hy.title}`);
    expect(await page.locator('.figures h2').innerText()).toBe(CATALOGUE.hy.compareHeading);
    expect(await page.locator('.timeline h2').innerText()).toBe(CATALOGUE.hy.timelineHeading);
    expect(await page.locator('.notice').first().innerText()).toContain(
      CATALOGUE.hy.noticeUnknownIds.split('՝')[0]!,
    );
    expect(await placeText()).toContain('name_hy');
    // MapLibre's own words (the scale, the buttons, the canvas's label) follow the switch too.
    expect(await mapWords(page)).toEqual(mapWordsIn('hy'));
    expect(
      await page.evaluate(() =>
        JSON.stringify(window.__map!.getLayoutProperty('syunik-label', 'text-field')),
      ),
    ).toContain(CATALOGUE.hy.mapProvince);
    await waitForIdle(page);
    await screenshot(page, 'i18n-hy-overlay-timeline-1440x900');
    await page.close();
  });

  it('shows a claim’s translation in the reader’s language, labelled, with the original words', async () => {
    const file = readFileSync('tests/fixtures/claims/translations.json', 'utf8');
    const claim = (JSON.parse(file) as { claims: Claim[] }).claims[1]!;
    const { quote, translation, translations } = claim.statement;
    const page = await openWithClaims(browser, file);
    await waitForIdle(page);
    const shown = async (lang: Lang) => {
      await page.selectOption('[data-testid=lang]', lang);
      await headingIs(page, CATALOGUE[lang].title);
      const card = page.locator(`[data-claim-card="${claim.id}"]`);
      expect(await card.locator('[data-testid=quote]').innerText()).toContain(quote);
      const t = card.locator('[data-testid=translation]');
      return (await t.count())
        ? { lang: await t.getAttribute('data-lang'), text: await t.innerText() }
        : null;
    };
    await page.click(`[data-claim-open="${claim.id}"]`);
    const ru = await shown('ru');
    expect(ru).toEqual({
      lang: 'ru',
      text: `${CATALOGUE.ru.translation.replace('{lang}', LANG_NAMES.ru)}: «${translations?.ru}»`,
    });
    // The quote's marks are the reader's language's, around the words in theirs.
    expect(await page.locator('[data-testid=quote]').innerText()).toBe(`«${quote}»`);
    expect((await shown('hy'))?.text).toContain(translations?.hy);
    // No Azerbaijani translation of an Azerbaijani quote: the reader reads the original.
    expect(await shown('az')).toBeNull();
    expect(await shown('en')).toEqual({
      lang: 'en',
      text: `${CATALOGUE.en.translation.replace('{lang}', LANG_NAMES.en)}: “${translation}”`,
    });
    expect(await page.locator('[data-testid=quote]').innerText()).toBe(`“${quote}”`);
    await screenshot(page, 'i18n-translation-en-1440x900');
    await page.close();
  });
});

describe('no English left in a Russian or an Azerbaijani view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // A derived claim whose card has assumptions and notes (a depth band at the lake: the bridge note too).
  const derived = loaded.claims.find(
    (c) => c.shape?.recipe === 'depth-band' && (geometry.shapes.get(c.id)?.notes.length ?? 0) > 1,
  )!;

  it.each(['ru', 'az'] as const)(
    '%s: the card of a derived claim, and a notice listing problems',
    async (lang) => {
      const shape = geometry.shapes.get(derived.id)!;
      const ownEnglish = [...shape.assumptions, ...shape.notes].map((p) => sayPhrase(p, ENGLISH));
      const { page } = await openApp(browser, `#lang=${lang}&claim=${derived.id}`);
      const card = page.locator(`[data-claim-card="${derived.id}"]`);
      await card.waitFor();
      // The card's sentences are said once the phrases' code (a chunk loaded with the first card) is in.
      const first = sayPhrase(shape.assumptions[0]!, wordsFor(lang, CATALOGUE[lang]));
      await page.waitForFunction(
        ([id, said]) => document.querySelector(`[data-claim-card="${id}"]`)?.textContent?.includes(said!),
        [derived.id, first] as const,
      );
      const text = await card.innerText();
      expect(englishIn(text, [...ownEnglish, 'depth: ', 'length: ', 'side: '])).toEqual([]);
      await screenshot(page, `i18n-${lang}-derived-card-1440x900`);
      await page.close();

      // The precomputed file with a claim given twice: a notice lists the second as left out.
      const hostile = await browser.context.newPage();
      await hostile.route(PRECOMPUTED_FILE, async (route) => {
        const real = await originalText(route);
        const body = hostilePrecomputed(real, { attacks: 'a repeated id', duplicate: true, field: 'id' });
        await route.fulfill({ body: body.text, contentType: 'application/json' });
      });
      await hostile.goto(appUrl() + `#lang=${lang}`);
      await waitForIdle(hostile);
      const notice = (await hostile.locator('.notice').allInnerTexts()).join('\n');
      expect(notice).toContain(`› id: ${CATALOGUE[lang].prSecondId}`);
      expect(englishIn(notice)).toEqual([]);
      await screenshot(hostile, `i18n-${lang}-notice-1440x900`);
      await hostile.close();
    },
  );

  // A link with more problems than the notice lists: a bad version, map numbers out of range or unreadable, bad
  // values, bad percent-encoding, bad ids.
  const badLink = 'v=one&map=3/90/46.2/x&split=2&compare=sideways&claim=%zz&show=A,B&swap=maybe';
  /** The link notice as a reader of `lang` should read it, made from the parser's own problems. */
  const linkNoticeIn = (lang: Lang, fragment: string) => {
    const notice = linkNotice(parseFragment(fragment).notices)!;
    const w = wordsFor(lang, CATALOGUE[lang]);
    return w.t(notice.key, noticeParams(notice, w));
  };
  /** The words of the link notice as the parser wrote them before they were data. */
  const oldEnglish = ['Ignored ', 'Clamped ', 'the first one wins', 'bad percent-encoding', 'not a number'];

  it.each([
    ['ru', 'hy'],
    ['az', 'ru'],
  ] as const)(
    "%s: a bad link's notice lists its problems in the language, and follows a switch to %s",
    async (lang, next) => {
      const fragment = `#lang=${lang}&${badLink}`;
      const { page } = await openApp(browser, fragment);
      const notice = page.locator('.notice bdi');
      await notice.waitFor();
      const text = await notice.innerText();
      expect(englishIn(text, oldEnglish)).toEqual([]);
      expect(text).toBe(linkNoticeIn(lang, fragment));
      expect(text).toContain('"one"'); // the link's own text, quoted
      await screenshot(page, `i18n-${lang}-link-notice-1440x900`);

      await page.selectOption('[data-testid=lang]', next);
      await headingIs(page, CATALOGUE[next].title);
      const after = await notice.innerText();
      expect(englishIn(after, oldEnglish)).toEqual([]);
      // The link now also carries the new language: the notice is still the one the first link gave.
      expect(after).toBe(linkNoticeIn(next, fragment));
      await page.close();
    },
  );
});

describe('a reader’s file that fails, in Russian or Azerbaijani', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The English sentences in `text`, outside the quotes around text from the file or an engine. */
  const englishOutsideQuotes = (text: string, extra: readonly string[]) =>
    englishIn(text, extra, { outsideQuotes: true });
  /** What the page said before these were data: the worker's reasons, and the schema's own words. */
  const typesFile = readFileSync('tests/fixtures/claims/types-lengths.json', 'utf8');
  const problems = parseClaimsFile(typesFile, { source: 'mine.json' }).problems;
  const oldEnglish = [
    'Checking the file',
    'took longer than',
    ' failed',
    'an error occurred',
    ...problems.map((p) => p.message),
  ];

  async function pick(page: Page, name: string, text: string) {
    await showLocalFile(page);
    await page.locator('[data-testid=local-input]').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }
  async function afterLoad(page: Page, action: () => Promise<unknown>) {
    const loads = Number(await page.locator('section.local').getAttribute('data-loads'));
    await action();
    await page.waitForSelector(`section.local[data-loads="${loads + 1}"]`, { state: 'attached' });
    await waitForIdle(page);
  }
  /** The words of a failed check in a language, up to the engine's quoted text. */
  const unreadableIn = (lang: Lang, name: string) => {
    const w = wordsFor(lang, CATALOGUE[lang], sayPhrase);
    const reason = w.t('wkError', { task: w.t('wtFile'), reason: '\u0000' });
    return w.t('noticeFileUnreadable', { name, reason }).split('\u0000')[0]!;
  };

  it.each([
    ['ru', 'az'],
    ['az', 'ru'],
  ] as const)(
    '%s: its problems and why its check failed, with no English sentence; they follow a switch to %s',
    async (lang, next) => {
      const { page } = await openApp(browser, `#lang=${lang}`);
      // The note that these texts are machine-assisted, in the language, where the language is chosen.
      expect(await page.locator('[data-testid=lang-note]').innerText()).toBe(CATALOGUE[lang].langMachineNote);
      // Seen without scrolling: the whole note within the panel's and the window's view.
      const seen = await page.evaluate(() => {
        const note = document.querySelector('[data-testid=lang-note]')!.getBoundingClientRect();
        const panel = document.querySelector('aside.side')!.getBoundingClientRect();
        return note.top >= panel.top && note.bottom <= Math.min(panel.bottom, innerHeight);
      });
      expect(seen).toBe(true);

      // A file whose fields have the wrong type, length, form or value: each problem says what was expected.
      await afterLoad(page, () => pick(page, 'mine.json', typesFile));
      const list = page.locator('[data-testid=local-problems]');
      const listed = async (l: Lang) => {
        const w = wordsFor(l, CATALOGUE[l], sayPhrase);
        const said = problems.map((p) => problemMessage(p, w));
        await page.waitForFunction(
          (first) => document.querySelector('[data-testid=local-problems]')?.textContent?.includes(first),
          said[0]!,
        );
        const text = await list.innerText();
        for (const s of said) expect(text).toContain(s);
        expect(englishOutsideQuotes(text, oldEnglish)).toEqual([]);
      };
      await listed(lang);
      await page.locator('[data-testid=lang-note]').scrollIntoViewIfNeeded();
      await screenshot(page, `i18n-${lang}-local-problems-1440x900`);

      // A file whose check fails in the claims worker: its reference geography is not JSON (an engine's error).
      await page.route(/\/land-[^/]+\.geojson$/, (route) => route.fulfill({ body: 'not json' }));
      const good = readFileSync('tests/fixtures/claims/good.json', 'utf8');
      await afterLoad(page, () => pick(page, 'broken.json', good));
      const notice = page.locator('.notice bdi', { hasText: 'broken.json' });
      const said = async (l: Lang) => {
        const text = await notice.innerText();
        expect(text.startsWith(unreadableIn(l, 'broken.json')), text).toBe(true);
        // The engine's own words only as a quoted detail at the end.
        expect(text).toMatch(/"[^"]*JSON[^"]*"$/);
        expect(englishOutsideQuotes(text, oldEnglish)).toEqual([]);
      };
      await said(lang);
      await screenshot(page, `i18n-${lang}-local-failed-1440x900`);

      await page.selectOption('[data-testid=lang]', next);
      await headingIs(page, CATALOGUE[next].title);
      await said(next);
      await listed(next);
      expect(await page.locator('[data-testid=lang-note]').innerText()).toBe(CATALOGUE[next].langMachineNote);
      // English readers get no such note.
      await page.selectOption('[data-testid=lang]', 'en');
      await headingIs(page, CATALOGUE.en.title);
      expect(await page.locator('[data-testid=lang-note]').count()).toBe(0);
      await page.close();
    },
  );
});
