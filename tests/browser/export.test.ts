// Taking a view away (PNG, GeoJSON, embed) and bringing one's own claims file, in the built app in real
// Chromium: the exported files are read back and looked at, and a hostile file is opened.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/claims/check_file';
import { referenceFromGeoJSON } from '../../src/claims/reference';
import { rfc7946Problems } from '../../src/geo/rfc7946';
import { CLAIM_FILL_LAYERS } from '../../src/map/claim_style';
import { DEFAULT_MAX_BYTES } from '../../src/claims/validate';
import { LOCAL_FILE_MAX_BYTES } from '../../src/app/load';
import {
  appUrl,
  currentHash,
  launch,
  openApp,
  renderedValues,
  screenshot,
  SCREENSHOT_DIR,
  showLocalFile,
  waitForIdle,
  type Browser,
} from './app';
import { geometry, loaded } from './dataset';

async function downloaded(
  page: Page,
  click: () => Promise<unknown>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(path) };
}

/** Decodes a PNG in the page: its size, how many of its pixels are not white, and how many colours it has. */
async function decodePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    // Not fetch('data:…'): the app's Content-Security-Policy allows no data: fetches.
    const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
    const img = await createImageBitmap(blob);
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let notWhite = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (data[i]! < 245 || data[i + 1]! < 245 || data[i + 2]! < 245) notWhite++;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return {
      width: img.width,
      height: img.height,
      notWhite: notWhite / (data.length / 28),
      colours: colours.size,
    };
  }, bytes.toString('base64'));
}

const mapSize = (page: Page) =>
  page.evaluate(() => {
    const c = window.__map!.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  });

const exportMenu = async (page: Page) => {
  if ((await page.locator('#export-menu').count()) === 0) await page.click('[data-testid=export]');
};

describe('taking a view away, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports the view as a PNG at the map size and at 2×, with its caption, and nothing blank', async () => {
    const { page, offsite, problems } = await openApp(browser, '#map=11/39.58/46.25&until=2021-05-20');
    const size = await mapSize(page);
    await exportMenu(page);
    const one = await downloaded(page, () => page.click('[data-testid=export-png]'));
    expect(one.name).toMatch(/until-2021-05-20@1x\.png$/);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/export-png-1x.png`, one.bytes);
    const a = await decodePng(page, one.bytes);
    expect(a.width).toBe(size.width);
    expect(a.height).toBeGreaterThan(size.height + 40); // the caption band under the map
    expect(a.colours).toBeGreaterThan(20); // the map, its claims and the caption: not a blank or flat image
    expect(a.notWhite).toBeGreaterThan(0.5);

    const two = await downloaded(page, () => page.click('[data-testid=export-png-2x]'));
    writeFileSync(`${SCREENSHOT_DIR}/export-png-2x.png`, two.bytes);
    const b = await decodePng(page, two.bytes);
    expect(b.width).toBe(2 * size.width);
    expect(b.height).toBeGreaterThan(2 * size.height);
    expect(b.notWhite).toBeGreaterThan(0.5);
    // The map is back at the screen's pixel ratio afterwards.
    expect(await page.evaluate(() => window.__map!.getPixelRatio())).toBe(1);
    // What the export did is said in the reader's language, again after a switch.
    const said = page.locator('.export .msg');
    await expect.poll(() => said.textContent()).toBe('Image saved');
    await page.selectOption('[data-testid=lang]', 'ru');
    await expect.poll(() => said.textContent()).toBe('Изображение сохранено');
    await page.selectOption('[data-testid=lang]', 'en');
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('writes the overlay’s figures on its image: the caption is longer than the same view’s without them', async () => {
    const view = '#map=11/39.58/46.25';
    const heights: number[] = [];
    for (const mode of ['', '&compare=overlay']) {
      const { page, problems } = await openApp(browser, view + mode);
      if (mode) await page.locator('aside.side [data-figure=both]').waitFor();
      await exportMenu(page);
      const png = await downloaded(page, () => page.click('[data-testid=export-png]'));
      if (mode) writeFileSync(`${SCREENSHOT_DIR}/export-png-overlay.png`, png.bytes);
      heights.push((await decodePng(page, png.bytes)).height);
      expect(problems).toEqual([]);
      await page.close();
    }
    // At 13 px and 1.45 line height, 19 px a line: the figures take at least two lines at this width.
    expect(heights[1]! - heights[0]!).toBeGreaterThanOrEqual(2 * 19);
  });

  it('exports the visible claims as GeoJSON that the app’s RFC 7946 checker reads back clean', async () => {
    const { page } = await openApp(browser, '#map=11/39.58/46.25&hide=azerbaijan');
    await exportMenu(page);
    const file = await downloaded(page, () => page.click('[data-testid=export-geojson]'));
    expect(file.name).toMatch(/\.geojson$/);
    const data = JSON.parse(file.bytes.toString('utf8'));
    expect(rfc7946Problems(data)).toEqual([]);
    const ids = new Set<string>(data.features.map((f: { properties: { id: string } }) => f.properties.id));
    const expected = loaded.claims
      .filter((c) => geometry.shapes.has(c.id) && c.party !== 'azerbaijan')
      .map((c) => c.id);
    expect([...ids].sort()).toEqual(expected.sort());
    for (const f of data.features) {
      expect(Object.keys(f.properties)).toEqual(
        expect.arrayContaining(['id', 'party', 'claimant', 'date', 'quote', 'sources', 'recipe', 'reading']),
      );
    }
    expect(data.claimlines.licences.join(' ')).toMatch(/OpenStreetMap.*ODbL/);
    expect(data.claimlines.link).toMatch(/#map=.*hide=azerbaijan/);
    await page.close();
  });

  it('gives an embed snippet whose view is compact, with no panel open, and links back to the full view', async () => {
    const { page } = await openApp(browser, '#map=11/39.58/46.25&compare=overlay');
    const figuresOf = (p: Page, within: string) => p.locator(`${within} [data-figure]`).allInnerTexts();
    await page.locator('aside.side [data-figure=both]').waitFor();
    const figures = await figuresOf(page, 'aside.side');
    expect(figures).toHaveLength(3);
    await exportMenu(page);
    await page.click('[data-testid=export-embed]');
    const snippet = await page.locator('[data-testid=embed-snippet]').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" width="\d+" height="\d+" title="[^"]+"/);
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
    expect(src).toMatch(/&embed=1$/);
    expect(src).toContain('compare=overlay');
    await page.close();

    const embed = await browser.context.newPage();
    await embed.setViewportSize({ width: 800, height: 520 });
    await embed.goto(appUrl() + new URL(src).hash);
    await waitForIdle(embed);
    expect(await embed.locator('aside.side').count()).toBe(0);
    expect(await embed.locator('[data-testid=export], [data-testid=share], [data-compare]').count()).toBe(0);
    const back = await embed.locator('[data-testid=full-view]').getAttribute('href');
    expect(back).toContain('compare=overlay');
    expect(back).not.toContain('embed=');
    expect(await embed.locator('[data-testid=full-view]').getAttribute('target')).toBe('_blank');
    expect((await renderedValues(embed, CLAIM_FILL_LAYERS, 'claimId')).length).toBeGreaterThan(0);
    // The Overlay's figures, with no panel to hold them: on the map, the same as the full view's, clear of
    // the zoom buttons.
    await embed.locator('[data-testid=map-figures] [data-figure=both]').waitFor();
    expect(await figuresOf(embed, '[data-testid=map-figures]')).toEqual(figures);
    const box = (await embed.locator('[data-testid=map-figures]').boundingBox())!;
    const zoom = (await embed.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
    expect(box.x + box.width).toBeLessThan(zoom.x);
    await screenshot(embed, 'export-embed');
    await embed.click('[data-testid=embed-panel]');
    expect(await embed.locator('aside.side').count()).toBe(1);
    // The panel holds them now: shown once.
    expect(await embed.locator('[data-testid=map-figures]').count()).toBe(0);
    expect(await figuresOf(embed, 'aside.side')).toEqual(figures);
    // In a small frame they start folded, the heading saying what the map shows, and unfold on a click.
    await embed.setViewportSize({ width: 400, height: 300 });
    await embed.reload();
    await waitForIdle(embed);
    const folded = embed.locator('[data-testid=map-figures] details');
    await folded.waitFor();
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await embed.click('[data-testid=map-figures] summary');
    await embed.locator('[data-testid=map-figures] [data-figure=both]').waitFor({ state: 'visible' });
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await figuresOf(embed, '[data-testid=map-figures]')).toEqual(figures);
    expect(await currentHash(embed)).toContain('embed=1');
    await embed.close();
  });

  it('keeps the export menu inside a phone’s screen in every language, its snippet following a switch', async () => {
    const phone = await launch({ width: 375, height: 667 });
    try {
      const { page } = await openApp(phone, '#lang=en');
      await exportMenu(page);
      await page.click('[data-testid=export-embed]');
      const snippet = page.locator('[data-testid=embed-snippet]');
      // Switched with the menu open: the header's buttons move, and the menu with them.
      for (const lang of ['en', 'hy', 'az', 'ru']) {
        await page.selectOption('select.lang', lang);
        await expect.poll(() => snippet.inputValue(), { message: lang }).toContain(`lang=${lang}`);
        const box = (await page.locator('#export-menu').boundingBox())!;
        expect(box.x, lang).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, lang).toBeLessThanOrEqual(375);
        expect(box.y + box.height, lang).toBeLessThanOrEqual(667);
        if (lang === 'hy') await screenshot(page, 'export-menu-hy-375');
      }
      await page.click('[data-testid=export]');
      expect(await page.locator('#export-menu').count()).toBe(0);
      // Escape from inside the menu: the menu closes and focus goes back to the button that opened it.
      await page.click('[data-testid=export]');
      await page.locator('[data-testid=export-geojson]').focus();
      await page.keyboard.press('Escape');
      expect(await page.locator('#export-menu').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export');
      // The header reflows with the menu open (Swipe adds "Swap sides" before it; in English the button moves
      // from the row's start to 145 px): the menu is placed again.
      await page.selectOption('select.lang', 'en');
      await page.click('[data-testid=export]');
      const buttonBefore = (await page.locator('[data-testid=export]').boundingBox())!;
      await page.click('[data-compare=swipe]');
      await page.locator('[data-testid=swap]').waitFor();
      const buttonAfter = (await page.locator('[data-testid=export]').boundingBox())!;
      expect([buttonAfter.x, buttonAfter.y], 'the button moved').not.toEqual([
        buttonBefore.x,
        buttonBefore.y,
      ]);
      const after = (await page.locator('#export-menu').boundingBox())!;
      expect(after.x).toBeGreaterThanOrEqual(0);
      expect(after.x + after.width).toBeLessThanOrEqual(375);
      await screenshot(page, 'export-menu-swipe-375');
    } finally {
      await phone.close();
    }
  });
});

// ---- a reader's own claims file ------------------------------------------------------------------------

const good = readFileSync('tests/fixtures/claims/good.json', 'utf8');
const goodIds = (JSON.parse(good) as { claims: { id: string }[] }).claims.map((c) => c.id);
const template = (JSON.parse(good) as { claims: Record<string, unknown>[] }).claims[0]!;

/** A file meant to hurt: markup and script in every text, a javascript: source, a bad party, a far-off shape. */
const hostile = JSON.stringify({
  ...JSON.parse(good),
  claims: [
    {
      ...template,
      id: 'evil-markup',
      claimant: '<img src=x onerror="window.__pwned=1">Minister',
      statement: { quote: '<script>window.__pwned=1</script><b>bold</b>', lang: 'en', form: 'direct' },
    },
    {
      ...template,
      id: 'evil-link',
      sources: [{ publisher: 'X', title: 'Y', url: 'javascript:window.__pwned=1', published: '2021-05-12' }],
    },
    { ...template, id: 'evil-party', party: 'narnia' },
    {
      ...template,
      id: 'evil-far',
      shape: {
        recipe: 'depth-band',
        params: { side: 'ARM', along: { center: [10, 10], lengthKm: 2 }, depthKm: 3.5 },
      },
    },
    { ...template, id: 'fine-one' },
  ],
});

const refs = referenceFromGeoJSON(
  JSON.parse(readFileSync('geo/out/land.geojson', 'utf8')),
  JSON.parse(readFileSync('geo/out/border.geojson', 'utf8')),
  JSON.parse(readFileSync('geo/out/lakes.geojson', 'utf8')),
);

/** Resolves once the app has read one more local file than before `action`. */
async function afterLoad(page: Page, action: () => Promise<unknown>) {
  const loads = Number(await page.locator('section.local').getAttribute('data-loads'));
  await action();
  await page.waitForSelector(`section.local[data-loads="${loads + 1}"]`, { state: 'attached' });
  await waitForIdle(page);
}

async function openFile(page: Page, name: string, text: string) {
  await showLocalFile(page);
  await afterLoad(page, () =>
    page.locator('[data-testid=local-input]').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    }),
  );
}

describe('bringing one’s own claims, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the parser’s size limit', () => {
    expect(LOCAL_FILE_MAX_BYTES).toBe(DEFAULT_MAX_BYTES);
  });

  it('loads the own-file controls’ code only when the panel is scrolled near them, at two sizes', async () => {
    for (const size of [
      { width: 1440, height: 900 },
      { width: 375, height: 667 },
    ]) {
      const { page } = await openApp(browser, '');
      await page.setViewportSize(size);
      await waitForIdle(page);
      await page.waitForTimeout(300);
      // Not in the first view: the section is there (its room kept), its controls are not.
      expect(await page.locator('section.local').count()).toBe(1);
      expect(await page.locator('[data-testid=open-local]').count(), JSON.stringify(size)).toBe(0);
      await showLocalFile(page);
      await expect.poll(() => page.locator('[data-testid=open-local]').isVisible()).toBe(true);
      await page.close();
    }
  });

  it('draws a file’s claims beside the bundled ones, and says so in the link', async () => {
    const { page, offsite, problems } = await openApp(browser, '#map=11/39.58/46.25');
    await openFile(page, 'mine.json', good);
    const listed = await page
      .locator('[data-claim-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-open')));
    expect(listed).toEqual(expect.arrayContaining([...goodIds, ...loaded.claims.map((c) => c.id)]));
    expect(await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).toContain('arm-advance');
    expect(await currentHash(page)).toMatch(/data=local-[0-9a-f]{8}/);
    await screenshot(page, 'local-file-beside');

    // Instead of the bundled ones; then back to them.
    await showLocalFile(page);
    await page.selectOption('[data-testid=local-mode]', 'instead');
    await openFile(page, 'mine.json', good);
    const only = await page
      .locator('[data-claim-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-open')));
    expect(only.sort()).toEqual([...goodIds].sort());
    await page.click('[data-testid=local-reset]');
    await page.waitForSelector('[data-testid=local-name]', { state: 'detached' });
    await waitForIdle(page);
    expect(await currentHash(page)).toContain(`data=${loaded.version}`);
    expect(await page.locator('[data-claim-open]').count()).toBe(loaded.claims.length);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks a hostile file as check-claims does: lists its problems by claim and field, runs none of it', async () => {
    const { page, offsite } = await openApp(browser, '#map=11/39.58/46.25');
    // Dropped on the page, as a reader would.
    await afterLoad(page, () =>
      page.evaluate(
        ([text]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text!], 'hostile.json', { type: 'application/json' }));
          document
            .querySelector('.map')!
            .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
        },
        [hostile],
      ),
    );
    const listedProblems = await page.locator('[data-testid=local-problems] li').allInnerTexts();
    // The very problems the command line finds (with the base map, as `check-claims --geo geo/out`).
    const expected = checkClaimsText(hostile, refs).problems.map(
      (p) => `${p.where} › ${p.field}: ${p.message}`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(listedProblems).toEqual(expected.map((e) => `hostile.json: ${e}`));
    expect(listedProblems.join('\n')).toMatch(/evil-party › party/);
    expect(listedProblems.join('\n')).toMatch(/evil-far › shape/);
    expect(listedProblems.join('\n')).toMatch(/evil-link › sources/);
    const listed = await page
      .locator('[data-claim-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-open')));
    expect(listed).toContain('fine-one');
    expect(listed).not.toContain('evil-party');
    expect(listed).not.toContain('evil-link');

    await page.click('[data-claim-open="evil-markup"]');
    const card = page.locator('[data-claim-card="evil-markup"]');
    expect(await card.locator('[data-testid=quote]').innerText()).toContain('<script>');
    expect(
      await page.locator('[data-claim-card] script, [data-claim-card] img, [data-claim-card] b').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, 'local-file-hostile');

    // Not JSON at all: one problem for the file, and the map keeps what it showed.
    await openFile(page, 'not-json.txt', readFileSync('tests/fixtures/claims/not-json.txt', 'utf8'));
    const notJson = await page.locator('[data-testid=local-problems] li').allInnerTexts();
    expect(notJson.length).toBe(1);
    expect(notJson[0]).toMatch(/^not-json\.txt: /);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
