// Whose line a shape draws, the colouring by it, and the card's checks (checked, bounds against own totals),
// in the built app in real Chromium. Oracles come from the data and the app's own pure modules, run in Node.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardChecked, cardWhoseLine } from '../../src/app/card_model';
import { claimArea } from '../../src/app/claim_geometry';
import { en, fill } from '../../src/i18n/messages';
import { enDetails } from '../../src/i18n/details';
import { checkOwnTotals } from '../../src/app/own_totals';
import { claimLayerId } from '../../src/map/claim_style';
import { partyGroup } from '../../src/claims/parties';
import type { Page } from 'playwright-core';
import {
  currentHash,
  idleAfter,
  launch,
  openApp,
  openWithClaims,
  renderedValues,
  screenshot,
  waitForIdle,
  type Browser,
} from './app';
import { geometry, loaded } from './dataset';

/** Claims whose shape draws a line another party described. */
const described = loaded.claims.filter((c) => cardWhoseLine(c)?.other);
/** Claims whose drawn area the card sets against a total of their own side. */
const againstTotals = loaded.claims
  .map((c) => ({ claim: c, checks: checkOwnTotals(c, loaded.claims, geometry.figures.get(c.id)?.areaKm2) }))
  .filter((x) => x.checks.length > 0);

const fillPattern = (page: Page, layer: string) =>
  page.evaluate((id) => window.__map!.getPaintProperty(id, 'fill-pattern'), layer);

describe('whose line, and what the card checks (1440×900)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the data has a shape drawn from another party’s description, and totals to check shapes against', () => {
    expect(described.length).toBeGreaterThan(0);
    expect(againstTotals.length).toBeGreaterThan(0);
  });

  it('a described shape’s card says whose line it is, next to who said it, and what was checked', async () => {
    const claim = described[0]!;
    const { page, problems } = await openApp(browser, `#claim=${claim.id}`);
    const card = page.locator(`[data-claim-card="${claim.id}"]`);
    await card.waitFor();
    const whose = cardWhoseLine(claim)!;
    const line = card.locator('[data-whose-line]');
    expect(await line.getAttribute('data-whose-line')).toBe(whose.group);
    expect(await line.innerText()).toBe(whose.text);
    expect(whose.text).toMatch(/^Line as described by \S+.* not by /);
    // What was checked against the sources, as the data records it (or that it was not).
    const checked = cardChecked(claim);
    const box = card.locator('[data-checked]');
    const text = await box.innerText();
    expect(text).toContain(checked.when);
    if (checked.by) expect(text).toContain(checked.by);
    if (checked.open) expect(text).toContain(checked.open);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the card shows what was checked and what remains open, as text', async () => {
    // The dataset with one claim's check recorded, markup included: the card must show it as text.
    const file = JSON.parse(readFileSync('geo/claims/syunik-2021-05.json', 'utf8')) as {
      claims: { id: string; checked?: unknown }[];
    };
    const id = described[0]!.id;
    const checked = {
      on: '2026-12-03',
      by: 'Quote found at source 1 <b>verbatim</b>',
      open: 'Source 2 gives another date <img src=x onerror=alert(1)>',
    };
    for (const c of file.claims) if (c.id === id) c.checked = checked;
    const page = await openWithClaims(browser, JSON.stringify(file));
    await waitForIdle(page);
    await page.click(`[data-claim-open="${id}"]`);
    const box = page.locator(`[data-claim-card="${id}"] [data-checked=yes]`);
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain('Checked against its sources on 3 Dec 2026.');
    expect(text).toContain(checked.by);
    expect(text).toContain(checked.open);
    expect(await box.locator('b, img').count()).toBe(0);
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'card-checked-1440x900');
    await page.close();
  });

  it('the overlay’s figures say how many of a side’s shapes draw a line another party described', async () => {
    // The oracle: claims whose shape draws another party's line and has an area, by side (A Armenia, B Azerbaijan).
    const counted = (group: string) =>
      described.filter((c) => partyGroup(c.party) === group && claimArea(geometry, c.id)).length;
    expect(counted('azerbaijan') + counted('armenia')).toBeGreaterThan(0);
    const { page, problems } = await openApp(browser, '#compare=overlay');
    const figures = page.locator('aside.side [data-figure=both]');
    await figures.waitFor();
    for (const [side, group, name] of [
      ['a', 'armenia', en.armeniaClaims],
      ['b', 'azerbaijan', en.azerbaijanClaims],
    ] as const) {
      const note = page.locator(`aside.side [data-described=${side}]`);
      if (counted(group) === 0) expect(await note.count()).toBe(0);
      else expect(await note.innerText()).toBe(fill(enDetails.compareDescribed, { name, n: counted(group) }));
    }
    // With those claims hidden, the figures stay and say nothing of described lines.
    const hidden = await openApp(browser, `#compare=overlay&hide=${described.map((c) => c.id).join(',')}`);
    await hidden.page.locator('aside.side [data-figure=both]').waitFor();
    expect(await hidden.page.locator('[data-described]').count()).toBe(0);
    expect([...problems, ...hidden.problems]).toEqual([]);
    await Promise.all([page.close(), hidden.page.close()]);
  });

  it('the card sets a drawn area against its own side’s total, and says when the two cannot both hold', async () => {
    for (const { claim, checks } of againstTotals) {
      const { page } = await openApp(browser, `#claim=${claim.id}`);
      const card = page.locator(`[data-claim-card="${claim.id}"]`);
      await card.waitFor();
      const shown = card.locator('[data-total-check]');
      expect(await shown.count()).toBe(checks.length);
      for (const [i, check] of checks.entries()) {
        expect(await shown.nth(i).getAttribute('data-total-check')).toBe(check.verdict);
        expect(await shown.nth(i).innerText()).toContain(check.text);
      }
      const max = claim.figures?.depthKm?.max;
      if (claim.shape?.recipe === 'depth-band' && max !== undefined && claim.figures?.depthKm?.min !== max)
        expect(await card.locator('[data-figure=depth-bound]').innerText()).toMatch(/upper bound/);
      await card.locator('[data-total-check]').first().scrollIntoViewIfNeeded();
      await screenshot(page, `card-totals-${claim.id}-1440x900`);
      await page.close();
    }
  });

  it('colours by whose line from the layer panel, keeps it in the link, and draws the described outline', async () => {
    const claim = described[0]!;
    const group = partyGroup(claim.party);
    const by = cardWhoseLine(claim)!.group;
    const { page, problems } = await openApp(browser, '#map=14.6/39.597/46.232');
    // The described outline draws, in the describing party's layer of the claimant's source.
    const outline = claimLayerId(group, `described-${by}` as const);
    expect(await renderedValues(page, [outline], 'claimId')).toContain(claim.id);
    expect(await fillPattern(page, claimLayerId(group, 'fill-derived'))).toBe(`hatch-${group}`);
    await screenshot(page, 'colour-by-party-1440x900');

    await idleAfter(page, () => page.click('input[data-colour-by="line"]'));
    expect(await currentHash(page)).toMatch(/&colour=line(&|$)/);
    const byLine = await fillPattern(page, claimLayerId(group, 'fill-derived'));
    expect(JSON.stringify(byLine)).toContain(`"hatch-${by}"`);
    // The panel's swatch for the claim takes the describing party's colour too.
    await screenshot(page, 'colour-by-line-1440x900');

    // A link with colour=line opens coloured by line, the control set.
    const again = await openApp(browser, `#map=14.6/39.597/46.232&colour=line`);
    expect(await again.page.isChecked('input[data-colour-by="line"]')).toBe(true);
    expect(await fillPattern(again.page, claimLayerId(group, 'fill-derived'))).toEqual(byLine);
    await idleAfter(again.page, () => again.page.click('input[data-colour-by="party"]'));
    expect(await currentHash(again.page)).not.toMatch(/colour=/);
    expect(await fillPattern(again.page, claimLayerId(group, 'fill-derived'))).toBe(`hatch-${group}`);
    expect([...problems, ...again.problems]).toEqual([]);
    await page.close();
    await again.page.close();
  });
});

describe('whose line on a phone (375×667)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ width: 375, height: 667 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the card’s whose-line reading and both colourings', async () => {
    const claim = described[0]!;
    const { page } = await openApp(browser, `#map=14/39.597/46.232&claim=${claim.id}`);
    await page.locator('[data-whose-line]').waitFor();
    await screenshot(page, 'card-whose-line-375x667');
    const party = await openApp(browser, '#map=14/39.597/46.232');
    await screenshot(party.page, 'colour-by-party-375x667');
    const line = await openApp(browser, '#map=14/39.597/46.232&colour=line');
    await screenshot(line.page, 'colour-by-line-375x667');
    await Promise.all([page.close(), party.page.close(), line.page.close()]);
  });
});
