// Phrases: the recipes' sentences and the checker's problems as data, said in each language through the
// catalogue; a phrase from a file that is not one is never shown as it came.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/langs';
import type { MessageKey } from '../../src/i18n/messages';
import { phrase, reasonIn, PhrasedError, sayPhrases } from '../../src/i18n/phrases';
import { PHRASE_ARGS, type ArgKind, type PhraseKey } from '../../src/i18n/phrase_args';
import { sayPhrase } from '../../src/i18n/say_phrase';
import { wordsFor } from '../../src/i18n/words';
import { EN_ALL as ENGLISH } from '../../src/i18n/english';
import { parseClaimsFile } from '../../src/claims/validate';
import { problemMessage } from '../../src/claims/problems';
import { noticeParams } from '../../src/url/link_notice';
import { cardShape } from '../../src/app/card_model';
import { fromPrecomputed, type PrecomputedFile } from '../../src/app/claim_geometry';
import type { Claim } from '../../src/claims/schema/claim';
import { CATALOGUE } from '../catalogues';

const en = CATALOGUE.en;

const words = Object.fromEntries(LANGS.map((l) => [l, wordsFor(l, CATALOGUE[l], sayPhrase)])) as Record<
  (typeof LANGS)[number],
  ReturnType<typeof wordsFor>
>;

/** A value of each kind, for saying every phrase. */
const SAMPLE: Record<ArgKind, unknown> = {
  num: 3.5,
  count: 12,
  kmReadings: { narrow: 2, wide: 9 },
  position: [46.23167, 39.59806],
  positions: [
    [46.247, 39.5995],
    [46.2378, 39.5961],
  ],
  side: 'ARM',
  lake: 'sev-lich',
  code: 'depth-band',
  text: 'Unexpected token',
  task: 'file',
  field: 'sources[0].url',
  found: { list: 3 },
};

const sample = (key: PhraseKey) => ({
  key,
  ...Object.fromEntries(Object.entries(PHRASE_ARGS[key]).map(([a, kind]) => [a, SAMPLE[kind as ArgKind]])),
});

describe('phrases', () => {
  it('every phrase key is a message, with exactly its arguments (and the reference line) as placeholders', () => {
    for (const [key, args] of Object.entries(PHRASE_ARGS)) {
      const message = en[key as MessageKey];
      expect(message, key).toBeTruthy();
      const used = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'refLine');
      expect(new Set(used), key).toEqual(new Set(Object.keys(args)));
    }
  });

  it.each(LANGS)('says every phrase in %s: no placeholder left, no unreadable argument', (lang) => {
    for (const key of Object.keys(PHRASE_ARGS) as PhraseKey[]) {
      const said = sayPhrase(sample(key), words[lang]);
      expect(said, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
      expect(said, `${lang} ${key}`).not.toBe(CATALOGUE[lang].phUnreadable);
    }
  });

  it('writes numbers, positions, sides and lakes in the reader’s language', () => {
    const stretch = phrase('phBandStretch', { length: { narrow: 2, wide: 9 }, center: [46.23167, 39.59806] });
    expect(sayPhrase(stretch, ENGLISH)).toBe(
      'Border stretch: the reference border line (OpenStreetMap-derived, bridged straight where it breaks at a lake), 2–9 km (main shape: 5.5 km) of it, centred on its point nearest to [46.23167, 39.59806] (half the length either way, measured along the line).',
    );
    const ru = sayPhrase(stretch, words.ru);
    expect(ru).toContain('2–9 км (основная фигура: 5,5 км)');
    expect(ru).toContain('[46,23167; 39,59806]');
    expect(sayPhrase(phrase('phBandLake', { lake: 'sev-lich', side: 'AZE' }), words.az)).toBe(
      'Qaragöl gölü: onun istinad xəttinin Azərbaycanın tərəfindəki hissəsi həmin tərəfin ərazisi sayılır.',
    );
    expect(sayPhrase(phrase('phBandDepth', { side: 'ARM', depth: 3.5 }), words.hy)).toContain('3,5 կմ');
  });

  it('says a phrase from a file that is not one as unreadable, never as it came', () => {
    const unreadable = CATALOGUE.ru.phUnreadable;
    for (const bad of [
      'Depth: every point of Armenia’s land',
      null,
      42,
      [],
      { key: 'toString' },
      { key: '__proto__' },
      { key: 'noSuchKey' },
      { key: 'phBandCentre' },
      { key: 'phBandCentre', km: '3' },
      { key: 'phBandCentre', km: Infinity },
      { key: 'phBandDepth', side: 'XYZ', depth: 1 },
      { key: 'phPositions', points: [[1, 2, 3]] },
      { key: 'errRecipe', recipe: '<b>\u202e</b>', reason: 'x' },
      { key: 'phPositions', points: Array.from({ length: 101 }, () => [46, 39]) },
    ])
      expect(sayPhrase(bad, words.ru), JSON.stringify(bad)).toBe(unreadable);
    // Text from outside is quoted and escaped: its invisible controls written out, its length cut.
    const said = sayPhrase(
      { key: 'errRecipe', recipe: 'given', reason: `a\u202eb${'x'.repeat(500)}` },
      ENGLISH,
    );
    expect(said).toMatch(/^given failed: "a\\u202ebx+…$/);
    expect(said.length).toBeLessThan(250);
    expect(sayPhrases('not a list', ENGLISH)).toEqual([]);
    expect(
      sayPhrases(
        Array.from({ length: 10_000 }, () => ({ key: 'phAltArea' })),
        ENGLISH,
      ),
    ).toHaveLength(50);
  });

  it('a card says the precomputed file’s phrases in the reader’s language, and hostile ones as unreadable', () => {
    const file = JSON.parse(readFileSync('geo/out/claim-shapes.json', 'utf8')) as PrecomputedFile;
    const claims = file.checked.claims as Claim[];
    const band = claims.find((c) => c.shape?.recipe === 'depth-band' && file.claims[c.id])!;
    const g = fromPrecomputed(file, claims);
    // Each English message's longest run of words between placeholders: none may show in another language.
    const english = Object.values(en)
      .map((m) => m.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!)
      .filter((m) => m.length > 20);
    for (const lang of ['ru', 'az', 'hy'] as const) {
      const card = cardShape(band, g, words[lang])!;
      const text = [...card.params, ...card.assumptions, ...card.notes].join('\n');
      expect(card.assumptions.length).toBeGreaterThan(1);
      for (const sentence of english) expect(text, lang).not.toContain(sentence);
      expect(text).not.toMatch(/Border stretch|Depth:|The centre|reference border line/);
    }
    g.shapes.get(band.id)!.notes = ['The centre is 0.37 km from the reference border.' as never];
    expect(cardShape(band, g, words.ru)!.notes).toEqual([CATALOGUE.ru.phUnreadable]);
  });
});

describe('problems in the reader’s language', () => {
  const problems = [
    'bad-urls.json',
    'coordinates.json',
    'dangling-refs.json',
    'fields-missing-unknown.json',
    'impossible-dates.json',
    'recipe-params.json',
    'rings.json',
    'unknown-party.json',
    'not-json.txt',
    'top-level-array.json',
  ].flatMap(
    (f) => parseClaimsFile(readFileSync(`tests/fixtures/claims/${f}`, 'utf8'), { source: f }).problems,
  );

  it('every problem the checker finds carries a phrase, said in every language', () => {
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) {
      expect(p.say, p.message).toBeDefined();
      expect(problemMessage(p, ENGLISH)).toBe(p.message);
      for (const lang of ['hy', 'az', 'ru'] as const) {
        const said = problemMessage(p, words[lang]);
        expect(said, `${lang}: ${p.message}`).not.toBe(p.message);
        expect(said).not.toBe(CATALOGUE[lang].phUnreadable);
        expect(said).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('says one problem in each language', () => {
    const dup = parseClaimsFile(
      readFileSync('tests/fixtures/claims/duplicate-ids.json', 'utf8'),
    ).problems.find((p) => p.field === 'id')!;
    expect(problemMessage(dup, ENGLISH)).toBe(
      'duplicate id: claims[0] already has "same"; that first claim is kept, this one (claims[2]) is left out',
    );
    expect(problemMessage(dup, words.ru)).toBe(
      'повтор id: у claims[0] уже есть "same"; первое заявление сохранено, это (claims[2]) не включено',
    );
    expect(problemMessage(dup, words.az)).toBe(
      'təkrar id: claims[0] artıq "same" id-sinə malikdir; ilk iddia saxlanılıb, bu (claims[2]) çıxarılıb',
    );
    expect(problemMessage(dup, words.hy)).toBe(
      'կրկնվող id. claims[0]-ն արդեն ունի "same". առաջին պնդումը պահված է, այս մեկը (claims[2]) դուրս է թողնված',
    );
  });

  it('a notice lists its problems in the language it is shown in', () => {
    const notice = { key: 'noticeInvalid' as const, params: { n: 1 }, problems };
    const ru = noticeParams(notice, words.ru)!.list as string;
    expect(ru).toContain(problemMessage(problems[0]!, words.ru));
    expect(ru).not.toContain(problems[0]!.message);
    expect(noticeParams(notice, ENGLISH)!.list).toContain(problems[0]!.message);
  });

  it('says why something could not load, where the app worded it', () => {
    const e = new PhrasedError(phrase('errLoadClaims', { name: 'a.json', status: 404 }));
    expect(reasonIn(e, ENGLISH)).toBe('Could not load the claims file a.json (HTTP 404).');
    expect(reasonIn(e, words.ru)).toBe('Не удалось загрузить файл заявлений a.json (HTTP 404).');
    // An engine's own words only as a quoted detail of a sentence of the catalogue.
    expect(reasonIn(new Error('Failed to fetch'), words.ru)).toBe('произошла ошибка: "Failed to fetch"');
  });
});
