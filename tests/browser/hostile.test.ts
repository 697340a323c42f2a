// The hostile corpus (tests/fixtures/hostile/) in the built app: each claims file opened as a reader's own
// file (picked or dropped), each precomputed attack served as the build's claim-shapes.json. The valid claims
// are drawn, every bad one gets a message naming it and the field, no script runs, and the page answers. Then
// the claims worker's failures: a worker that never answers is stopped, one that throws is reported.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_FILL_LAYERS } from '../../src/map/claim_style';
import { EXPECTED, VALID } from '../fixtures/hostile/expected';
import { hostilePrecomputed, precomputedAttacks } from '../fixtures/hostile/precomputed';
import { MAP_FILE_ATTACKS } from '../fixtures/hostile/map-files';
import type { MessageKey } from '../../src/i18n/messages';
import { CATALOGUE } from '../catalogues';
import {
  appUrl,
  launch,
  openApp,
  originalText,
  PRECOMPUTED_FILE,
  renderedValues,
  screenshot,
  showLocalFile,
  waitForIdle,
  type Browser,
} from './app';

const DIR = 'tests/fixtures/hostile';
const VIEW = '#map=10/39.6/46.2';

/** Resolves once the app has finished with one more local file than before `action` (read, or failed). */
async function afterLoad(page: Page, action: () => Promise<unknown>) {
  const loads = Number(await page.locator('section.local').getAttribute('data-loads'));
  await action();
  await page.waitForSelector(`section.local[data-loads="${loads + 1}"]`, {
    state: 'attached',
    timeout: 60_000,
  });
  await waitForIdle(page);
}

async function pick(page: Page, name: string, text: string) {
  await showLocalFile(page);
  await page.locator('[data-testid=local-input]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

const drop = (page: Page, name: string, text: string) =>
  page.evaluate(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t!], n!, { type: 'application/json' }));
      document
        .querySelector('.map')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
    },
    [name, text],
  );

const listedIds = (page: Page) =>
  page.locator('[data-claim-open]').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-open')));

/** Nothing from the data ran: no flag set, no title changed. */
const ranNothing = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    title: document.title,
  }));

describe('the hostile corpus in the app, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('every hostile claims file, opened as a reader’s own: valid claims drawn, each bad one named', () => {
    let app: Awaited<ReturnType<typeof openApp>>;
    let title = '';
    beforeAll(async () => {
      app = await openApp(browser, VIEW);
      title = await app.page.title();
      await showLocalFile(app.page);
      await app.page.selectOption('[data-testid=local-mode]', 'instead');
    });
    afterAll(async () => {
      expect(app.offsite).toEqual([]);
      await app.page.close();
    });
    for (const [i, [file, expected]] of Object.entries(EXPECTED).entries()) {
      it(file, async () => {
        const { page } = app;
        const text = readFileSync(`${DIR}/${file}`, 'utf8');
        // Half picked, half dropped on the map, as a reader would.
        await afterLoad(page, () => (i % 2 ? drop(page, file, text) : pick(page, file, text)));
        const problems = await page.locator('[data-testid=local-problems] li').allInnerTexts();
        const notices = (await page.locator('.notice').allInnerTexts()).join('\n');
        for (const [where, field, message] of expected.problems) {
          const prefix = `${file}: ${where} › ${field}: `;
          const line = problems.find((l) => l.startsWith(prefix) && message.test(l.slice(prefix.length)));
          expect(
            line,
            `${prefix}${message} (problems: ${problems.join('; ')}; notices: ${notices})`,
          ).toBeDefined();
        }
        expect((await listedIds(page)).sort()).toEqual([...VALID, ...(expected.kept ?? [])].sort());
        expect(await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).toContain('arm-advance');
        expect(await ranNothing(page)).toEqual({ pwned: undefined, title });
        expect(await page.evaluate(() => 1 + 1)).toBe(2); // the page answers
        if (file === 'far-away.json' || file === 'big-star.json') await screenshot(page, `hostile-${file}`);
      });
    }
  });

  for (const [file, attack] of precomputedAttacks()) {
    it(`takes a precomputed file with ${attack.attacks} (${file})`, async () => {
      const page = await browser.context.newPage();
      let id = '';
      let realIds: string[] = [];
      await page.route(PRECOMPUTED_FILE, async (route) => {
        const real = await originalText(route);
        realIds = (JSON.parse(real).checked.claims as { id: string }[]).map((c) => c.id);
        const hostile = hostilePrecomputed(real, attack);
        id = hostile.id;
        await route.fulfill({ body: hostile.text, contentType: 'application/json' });
      });
      await page.goto(appUrl() + VIEW);
      await waitForIdle(page);
      const title = await page.title();
      const listed = await listedIds(page);
      expect(listed.filter((x) => x !== id).sort()).toEqual(realIds.filter((x) => x !== id).sort());
      const drawn = await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId');
      expect(drawn.filter((x) => x !== id).length).toBeGreaterThan(0);
      const notices = (await page.locator('.notice').allInnerTexts()).join('\n');
      if (attack.field !== null) {
        expect(listed.filter((x) => x === id)).toHaveLength(attack.duplicate ? 1 : 0);
        expect(notices).toContain(`claim-shapes.json: ${id} › ${attack.field}`);
      } else {
        expect(listed).toContain(id);
        await page.click(`[data-claim-open="${id}"]`);
        const card = page.locator(`[data-claim-card="${id}"]`);
        await card.waitFor();
        const hrefs = await card
          .locator('a')
          .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
        expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
        expect(await card.innerText()).not.toMatch(/[\u202a-\u202e]/);
        if (attack.problems) expect(notices).toMatch(/left out of the claims data/);
      }
      expect(await ranNothing(page)).toEqual({ pwned: undefined, title });
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      await page.close();
    });
  }

  describe('every hostile map file, served in place of the build’s: named, and the valid claims drawn', () => {
    let drawnBefore: string[] = [];
    let listedBefore: (string | null)[] = [];
    beforeAll(async () => {
      const { page } = await openApp(browser, VIEW);
      drawnBefore = (await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).sort();
      listedBefore = (await listedIds(page)).sort();
      await page.close();
    });
    /** A message of the catalogue as a pattern, its {placeholders} matching anything. */
    const pattern = (key: MessageKey) =>
      new RegExp(
        CATALOGUE.en[key]
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*?'),
      );
    // The huge ones (100 MB, 50 MB) are checked by the unit tests: a 9 MB file takes the same path here.
    for (const attack of MAP_FILE_ATTACKS.filter((a) => !a.huge)) {
      it(`${attack.file}: ${attack.attacks}`, async () => {
        const page = await browser.context.newPage();
        const name = attack.file
          .split('/')
          .pop()!
          .replace(/\.geojson$/, '');
        await page.route(new RegExp(`/assets/${name}-[\\w-]{8}\\.geojson$`), async (route) => {
          const real = await originalText(route);
          await route.fulfill({ body: attack.make(real), contentType: 'application/geo+json' });
        });
        await page.goto(appUrl() + VIEW);
        await waitForIdle(page);
        const notices = await page.locator('.notice').allInnerTexts();
        const notice = notices.find(
          (n) => pattern(attack.notice).test(n) && n.includes(`Map data ${name}.geojson`),
        );
        expect(notice, notices.join('\n')).toBeDefined();
        if (attack.at) expect(notice).toContain(`.${attack.at}`);
        expect(notice!.length).toBeLessThan(600);
        expect((await listedIds(page)).sort()).toEqual(listedBefore);
        expect((await renderedValues(page, CLAIM_FILL_LAYERS, 'claimId')).sort()).toEqual(drawnBefore);
        // No claim source of the map holds a feature of a claim the page does not list.
        const sourceIds = await page.evaluate(() =>
          ['claims-armenia', 'claims-azerbaijan', 'claims-third'].flatMap((s) =>
            window.__map!.querySourceFeatures(s).map((f) => String(f.properties?.claimId)),
          ),
        );
        expect(sourceIds.filter((id) => !listedBefore.includes(id))).toEqual([]);
        expect(await page.locator('[data-status=ready]').count()).toBe(1);
        expect(await page.evaluate(() => 1 + 1)).toBe(2);
        if (attack.notice === 'mapFeaturesUnknownClaim' && name === 'armenia')
          await screenshot(page, 'hostile-map-file-unknown-claim');
        await page.close();
      });
    }
  });

  it('stops a claims worker that never answers, says so, and keeps what the map showed', async () => {
    const { page } = await openApp(browser, VIEW);
    const before = await listedIds(page);
    // The worker's fetch of the reference geography hangs (the page has its copy already).
    await page.route(/\/land-[^/]+\.geojson$/, () => {});
    await afterLoad(page, () =>
      pick(page, 'mine.json', readFileSync('tests/fixtures/claims/good.json', 'utf8')),
    );
    const notices = (await page.locator('.notice').allInnerTexts()).join('\n');
    expect(notices).toContain(
      'The file mine.json could not be read: Checking the file took longer than 10 s and was stopped.',
    );
    expect(await listedIds(page)).toEqual(before);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.close();
  });

  it('reports an error thrown in the claims worker, in its code or as it starts', async () => {
    const { page } = await openApp(browser, VIEW);
    const good = readFileSync('tests/fixtures/claims/good.json', 'utf8');
    // Thrown inside the worker's code: the reference geography is not JSON.
    await page.route(/\/land-[^/]+\.geojson$/, (route) => route.fulfill({ body: 'not json' }));
    await afterLoad(page, () => pick(page, 'mine.json', good));
    let notices = (await page.locator('.notice').allInnerTexts()).join('\n');
    expect(notices).toMatch(
      /The file mine\.json could not be read: Checking the file failed with an error: ".*JSON.*"/,
    );
    // Thrown as the worker starts (its error event).
    await page.unroute(/\/land-[^/]+\.geojson$/);
    await page.route(/\/claims_worker-[^/]+\.js$/, (route) =>
      route.fulfill({ body: 'throw new Error("boom")', contentType: 'text/javascript' }),
    );
    await afterLoad(page, () => pick(page, 'again.json', good));
    notices = (await page.locator('.notice').allInnerTexts()).join('\n');
    expect(notices).toMatch(
      /The file again\.json could not be read: Checking the file failed with an error: ".*boom"/,
    );
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.close();
  });
});
