import { describe, expect, it } from 'vitest';
import { LANGS, pickLang, quoted } from '../../src/i18n/langs';
import { distinctTitle } from '../../src/app/layer_tree';
import type { Claim } from '../../src/claims/schema/claim';
import { en as enInterface, fill, placeholders } from '../../src/i18n/messages';
import { loadMessages } from '../../src/i18n/catalogues';
import { formatDate, formatKm, formatNumber, formatPercent, intlHas } from '../../src/i18n/format';
import { wordsFor } from '../../src/i18n/words';
import { CATALOGUE } from '../catalogues';

const en = CATALOGUE.en;

/** Messages that read the same in a language as in English: units and numbers that are written alike. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  az: ['km', 'km2', 'paramRadius', 'unitKm', 'unitM'],
};

describe('the message catalogue', () => {
  const keys = Object.keys(en).sort();

  it.each(LANGS)('%s has every key, no more, none empty, with the same placeholders', (lang) => {
    const messages = CATALOGUE[lang] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys) {
      expect(messages[key]?.trim(), `${lang}.${key}`).toBeTruthy();
      expect(placeholders(messages[key]!), `${lang}.${key}`).toEqual(
        placeholders(en[key as keyof typeof en]),
      );
    }
  });

  it('translates: a language other than English differs from it in every message with words', () => {
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const same = keys.filter(
        (k) =>
          hasWords(en[k as keyof typeof en]) &&
          (CATALOGUE[lang] as Record<string, string>)[k] === (en as Record<string, string>)[k],
      );
      expect(same, lang).toEqual(SAME_AS_ENGLISH[lang] ?? []);
    }
  });

  it('loads each language’s catalogue, the one the app ships', async () => {
    for (const lang of LANGS.filter((l) => l !== 'en'))
      expect(await loadMessages(lang)).toBe(CATALOGUE[lang]);
    // English's details are a chunk of their own, loaded when first needed (i18n.details()).
    expect(await loadMessages('en')).toBe(enInterface);
  });

  it('fills placeholders as plain text, numbers in the language’s digits', () => {
    expect(wordsFor('ru', CATALOGUE.ru).t('andMore', { n: 3 })).toBe('и ещё 3');
    expect(wordsFor('ru', CATALOGUE.ru).t('andMore', { n: 1234.5 })).toBe('и ещё 1\u00a0234,5');
    expect(wordsFor('en', en).t('showingFile', { name: '<b>x</b>' })).toBe('Showing <b>x</b>.');
    expect(fill('{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
  });
});

describe('dates and numbers in the reader’s language (Intl)', () => {
  it('Node’s full ICU has every language', () => {
    for (const lang of LANGS) expect(intlHas(lang), lang).toBe(true);
  });

  it('writes the data’s dates, whole or in part', () => {
    expect(formatDate('en', '2021-05-12')).toBe('12 May 2021');
    expect(formatDate('en', '2021-05')).toBe('May 2021');
    expect(formatDate('en', '2021')).toBe('2021');
    expect(formatDate('ru', '2021-05-12')).toBe('12 мая 2021 г.');
    expect(formatDate('az', '2021-05-12')).toBe('12 may 2021');
    expect(formatDate('hy', '2021-05-12')).toBe('12 մայիսի, 2021 թ.');
    expect(formatDate('ru', 'not a date')).toBe('not a date');
    expect(formatDate('en', '2021-13-40')).toBe('2021-13-40');
    expect(formatDate('en', '2021-02-30')).toBe('2021-02-30');
  });

  it('without Intl’s data for a language (Chromium has no Armenian), writes what full ICU writes', () => {
    const days = ['2021-01-01', '2021-05-12', '2021-09-30', '2021-12-31', '2021-05', '2021-09', '2021'];
    for (const lang of ['hy', 'az'] as const)
      for (const day of days)
        expect(formatDate(lang, day, false), `${lang} ${day}`).toBe(formatDate(lang, day, true));
    for (const lang of ['hy', 'az'] as const)
      for (const [n, digits] of [
        [3.5, 2],
        [63.84, 1],
        [1234.5, 0],
        [12345.678, 2],
        [0, 0],
        [-4.25, 2],
      ] as const)
        expect(formatNumber(lang, n, digits, false), `${lang} ${n}`).toBe(
          formatNumber(lang, n, digits, true),
        );
  });

  it('falls back to English where neither Intl nor the app has a language’s formats', () => {
    expect(formatDate('ru', '2021-05-12', false)).toBe('12 May 2021');
    expect(formatNumber('ru', 1234.5, 1, false)).toBe('1,234.5');
  });

  it('writes km figures to 3 significant figures at most, percentages whole', () => {
    expect(formatKm('en', 63.84)).toBe('63.8');
    expect(formatKm('en', 3.5)).toBe('3.50');
    expect(formatKm('ru', 3.5)).toBe('3,50');
    expect(formatKm('az', 1234.5)).toBe('1.235');
    expect(formatPercent('en', 42.6)).toBe('43%');
    expect(formatPercent('ru', 42.6)).toBe('43\u00a0%');
  });
});

describe('pickLang', () => {
  it('takes the first of the reader’s languages the interface speaks', () => {
    expect(pickLang(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLang(['hy-AM'])).toBe('hy');
    expect(pickLang(['az-Latn-AZ'])).toBe('az');
    expect(pickLang(['fr'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });
});

describe('quotation marks', () => {
  it('are the reader’s language’s: « » in Armenian, Azerbaijani and Russian, “ ” in English', () => {
    expect(quoted('ru', 'Сотк')).toBe('«Сотк»');
    expect(quoted('hy', 'Qaragöl')).toBe('«Qaragöl»');
    expect(quoted('en', 'Qaragöl')).toBe('“Qaragöl”');
    expect(quoted('az', 'Sev Lich')).toBe('«Sev Lich»');
  });

  it('set a row’s quoted opening words in the reader’s language', () => {
    const claim = {
      id: 'a',
      party: 'armenia',
      claimant: 'X',
      stated: '2021-05-12',
      statement: { quote: 'Short words.', lang: 'en', form: 'direct' },
    } as unknown as Claim;
    const shared = new Set(['a']);
    expect(distinctTitle(claim, shared, wordsFor('ru', CATALOGUE.ru))).toMatch(/ — «Short words\.»$/);
    expect(distinctTitle(claim, shared)).toMatch(/ — “Short words\.”$/);
  });
});
