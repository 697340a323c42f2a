// What the page does with hostile data before showing it: link notices folded, bidi controls dropped, links
// guarded, the precomputed file's claims checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words';
import { mayHoldBidiControls, withoutBidiControls } from '../../src/app/display_text';
import { httpHref } from '../../src/app/safe_link';
import { PAGE_ID_PATTERN, usablePrecomputedClaims } from '../../src/app/precomputed_check';
import { ID_PATTERN } from '../../src/claims/schema/claim';
import { parseFragment } from '../../src/url/state';
import { MAX_LISTED, linkNotice, listSome, noticeParams } from '../../src/url/link_notice';
import { linkProblem, sayLinkProblem } from '../../src/url/link_problem';
import { LANGS } from '../../src/i18n/langs';
import { CATALOGUE } from '../catalogues';
import { EN_ALL } from '../../src/i18n/english';

const goodClaims = () =>
  (
    JSON.parse(readFileSync(new URL('../fixtures/claims/good.json', import.meta.url), 'utf8')) as {
      claims: Record<string, unknown>[];
    }
  ).claims;

describe('link notices', () => {
  it('an 8 KB hostile link gives one notice of bounded length, listing at most 5 problems', () => {
    // Every repeated key is a notice of its own: hundreds of them.
    const junk = Array.from({ length: 700 }, (_, i) => `claim=\u202e<b>${i}</b>`).join('&');
    const { notices } = parseFragment(`#map=10/39.6/46.2&${junk}`.slice(0, 8000));
    expect(notices.length).toBeGreaterThan(100);
    const notice = linkNotice(notices);
    expect(notice).not.toBeNull();
    expect(notice!.linkProblems).toHaveLength(MAX_LISTED);
    for (const lang of LANGS) {
      const w = wordsFor(lang, CATALOGUE[lang]);
      const text = w.t(notice!.key, noticeParams(notice!, w));
      expect(text.length, lang).toBeLessThan(1200);
      expect(text, lang).toContain(w.t('noticeLinkMore').split('{n}')[0]!);
      expect(text, lang).toContain(sayLinkProblem(notices[0]!, w));
      expect(text, lang).not.toMatch(/[\u202a-\u202e]/);
    }
    expect(EN_ALL.t(notice!.key, noticeParams(notice!, EN_ALL))).toMatch(
      /text in quotes comes from the link/,
    );
  });

  it('counts what it does not list', () => {
    const problems = Array.from({ length: 12 }, (_, i) =>
      linkProblem('lpDuplicate', { key: 'claim', value: `"${i}"` }),
    );
    const notice = linkNotice(problems)!;
    expect(EN_ALL.t(notice.key, noticeParams(notice, EN_ALL))).toMatch(
      /"4": the first one wins; and 7 more not listed\.$/,
    );
    expect(linkNotice([])).toBeNull();
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b, … (+1)');
  });
});

describe('bidi controls and links in data text', () => {
  it('drops bidi controls from every string, literal or as JSON escapes', () => {
    const claim = { claimant: 'Office\u202e', sources: [{ title: 'a\u2067b\u2069' }], n: 3 };
    expect(withoutBidiControls(claim)).toEqual({ claimant: 'Office', sources: [{ title: 'ab' }], n: 3 });
    expect(mayHoldBidiControls(JSON.stringify(claim))).toBe(true);
    expect(mayHoldBidiControls('{"a":"\\u202E"}')).toBe(true);
    expect(mayHoldBidiControls('{"a":"Սև լիճ, Qaragöl, Черное озеро"}')).toBe(false);
  });

  it('links only absolute http(s) addresses', () => {
    expect(httpHref('https://example.org/a')).toBe('https://example.org/a');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      'ftp://x.y',
      7,
    ])
      expect(httpHref(bad)).toBeUndefined();
  });
});

describe('the precomputed file is checked before it is trusted', () => {
  it('uses the schema id pattern', () => {
    expect(PAGE_ID_PATTERN.source).toBe(ID_PATTERN.source);
  });

  it('leaves out an unknown party, non-list fields and a duplicated claim, naming each; keeps the rest', () => {
    const [a, b, c] = goodClaims();
    const claims = [
      { ...a, party: 'narnia' },
      { ...b, sources: 'not a list' },
      c,
      { ...c, claimant: 'a second one' },
      { ...b, id: 'b-refs', respondsTo: 'x' },
      { ...b, id: 'b-twice', contradicts: ['c', 'c'] },
    ];
    const r = usablePrecomputedClaims({ claims, problems: [{ nonsense: true }] });
    expect(r.claims.map((x) => x.id)).toEqual([c!.id]);
    const fields = r.problems.map((p) => `${p.where} ${p.field}`);
    expect(fields).toEqual([
      `claim-shapes.json: ${String(a!.id)} party`,
      `claim-shapes.json: ${String(b!.id)} sources`,
      `claim-shapes.json: ${String(c!.id)} id`,
      'claim-shapes.json: b-refs respondsTo',
      'claim-shapes.json: b-twice contradicts',
    ]);
  });

  it('refuses a file with no list of claims, with a message', () => {
    expect(() => usablePrecomputedClaims({ claims: {} })).toThrow(
      expect.objectContaining({ phrase: { key: 'errPrecomputedNoList' } }),
    );
    expect(EN_ALL.t('errPrecomputedNoList')).toMatch(/no list of claims/);
  });
});
