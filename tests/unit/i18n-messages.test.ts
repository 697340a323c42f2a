import { describe, expect, it } from 'vitest';
import { LANGS, pickLang } from '../../src/i18n/langs';
import { CATALOGUE, en, message, placeholders } from '../../src/i18n/messages';

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

  it('translates: a language other than English differs from it in most messages', () => {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const same = keys.filter(
        (k) => (CATALOGUE[lang] as Record<string, string>)[k] === (en as Record<string, string>)[k],
      );
      expect(same, lang).toEqual([]);
    }
  });

  it('fills placeholders as plain text', () => {
    expect(message('ru', 'andMore', { n: 3 })).toBe('и ещё 3');
    expect(message('en', 'showingFile', { name: '<b>x</b>' })).toBe('Showing <b>x</b>.');
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
