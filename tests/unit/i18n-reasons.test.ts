// Why the claims worker gave no answer, and what a claims file's field should have held, as data: a catalogue
// key with its task, field and found value, said in each language (again after a switch), an engine's own
// words only quoted after a sentence of the catalogue, and no English sentence in Armenian, Azerbaijani or
// Russian.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callWorker, failureReply, type WorkerLike } from '../../src/app/worker_call';
import { phrase, PhrasedError, reasonIn, reasonPhrase } from '../../src/i18n/phrases';
import { sayPhrase } from '../../src/i18n/say_phrase';
import { wordsFor, type Words } from '../../src/i18n/words';
import { EN_ALL } from '../../src/i18n/english';
import type { Lang } from '../../src/i18n/langs';
import { parseClaimsFile } from '../../src/claims/validate';
import { foundOf, problemMessage } from '../../src/claims/problems';
import { noticeParams, sayableWithoutDetails, type Notice } from '../../src/url/link_notice';
import { CATALOGUE, englishIn as englishOf } from '../catalogues';

const OTHERS = ['hy', 'az', 'ru'] as const;
const words = Object.fromEntries(OTHERS.map((l) => [l, wordsFor(l, CATALOGUE[l], sayPhrase)])) as Record<
  Exclude<Lang, 'en'>,
  Words
>;

/** What the page said before these were data: the worker's reasons, in English. */
const OLD_ENGLISH = [
  'took longer than',
  ' failed: ',
  'no reply',
  'no message',
  'could not be read',
  'Checking the',
];

/** The English sentences (and the old English words) found in `text`. */
const englishIn = (text: string, extra: readonly string[] = []) =>
  englishOf(text, [...OLD_ENGLISH, ...extra]);

/** A worker that does what `onPost` says when it gets a message. */
class FakeWorker extends EventTarget implements WorkerLike {
  constructor(private onPost: (w: FakeWorker) => void = () => {}) {
    super();
  }
  postMessage() {
    this.onPost(this);
  }
  terminate() {}
  reply(data: unknown) {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
}

/** The error a call to a worker rejects with. */
const failure = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('why the claims worker gave no answer', () => {
  // An engine's words with markup and a control that reverses text: quoted and escaped, never the sentence.
  const engine = 'Uncaught TypeError: <b>x</b>\u202e is not a function';
  const paths: [string, () => Promise<unknown>][] = [
    [
      'an error in its code',
      () =>
        failure(
          callWorker(
            new FakeWorker((w) => w.reply(failureReply(new TypeError(engine)))),
            {},
            { task: 'file' },
          ),
        ),
    ],
    [
      'no reply',
      () => failure(callWorker(new FakeWorker((w) => w.reply(undefined)), {}, { task: 'claims' })),
    ],
    [
      'its error event',
      () =>
        failure(
          callWorker(
            new FakeWorker((w) => w.dispatchEvent(Object.assign(new Event('error'), { message: engine }))),
            {},
            { task: 'derive' },
          ),
        ),
    ],
    [
      'an error event without a message',
      () =>
        failure(callWorker(new FakeWorker((w) => w.dispatchEvent(new Event('error'))), {}, { task: 'file' })),
    ],
    [
      'a reply it cannot read',
      () =>
        failure(
          callWorker(new FakeWorker((w) => w.dispatchEvent(new Event('messageerror'))), {}, { task: 'file' }),
        ),
    ],
    [
      'a request it cannot take',
      () =>
        failure(
          callWorker(
            new FakeWorker(() => {
              throw new Error(engine);
            }),
            {},
            { task: 'file' },
          ),
        ),
    ],
    [
      'a request it could not read',
      () =>
        failure(
          callWorker(
            new FakeWorker((w) => w.reply(failureReply(new PhrasedError(phrase('wkBadRequest', {}))))),
            {},
            { task: 'file' },
          ),
        ),
    ],
  ];

  it.each(paths)('%s: a phrase, said in every language without an English sentence', async (_, fail) => {
    const e = await fail();
    expect(e).toBeInstanceOf(PhrasedError);
    const english = reasonIn(e, EN_ALL);
    expect(english).not.toBe(CATALOGUE.en.phUnreadable);
    for (const lang of OTHERS) {
      const said = reasonIn(e, words[lang]);
      expect(said, lang).not.toBe(CATALOGUE[lang].phUnreadable);
      expect(said).not.toMatch(/\{\w+\}/);
      expect(englishIn(said), `${lang}: ${said}`).toEqual([]);
      // The engine's words, if any, only quoted and escaped, after the language's own sentence.
      expect(said).not.toContain('\u202e');
      if (english.includes('TypeError')) {
        expect(said).toContain('"Uncaught TypeError: <b>x</b>\\u202e is not a function"');
        expect(said.startsWith('"')).toBe(false);
      }
    }
  });

  it('says each in the reader’s words: the task, the seconds, the engine’s text quoted', async () => {
    vi.useFakeTimers();
    const call = failure(callWorker(new FakeWorker(), {}, { task: 'file', timeoutMs: 10_000 }));
    vi.advanceTimersByTime(10_000);
    const timeout = await call;
    expect(reasonIn(timeout, EN_ALL)).toBe('Checking the file took longer than 10 s and was stopped.');
    expect(reasonIn(timeout, words.ru)).toBe('Проверка файла: работа заняла больше 10 с и была остановлена.');
    expect(reasonIn(timeout, words.az)).toBe(
      'Faylın yoxlanılması: iş 10 saniyədən çox çəkdi və dayandırıldı.',
    );
    expect(reasonIn(timeout, words.hy)).toBe('Ֆայլի ստուգում. աշխատանքը տևեց ավելի քան 10 վ և դադարեցվեց։');
    vi.useRealTimers();

    const thrown = await failure(
      callWorker(
        new FakeWorker((w) => w.reply(failureReply(new SyntaxError('Unexpected token')))),
        {},
        {
          task: 'derive',
        },
      ),
    );
    expect(reasonIn(thrown, EN_ALL)).toBe(
      'Computing the claims’ shapes failed with an error: "Unexpected token"',
    );
    expect(reasonIn(thrown, words.ru)).toBe('Расчёт фигур заявлений: сбой из-за ошибки: "Unexpected token"');
  });

  it('passes on the worker’s own phrase (a file that would not load), said in the reader’s language', async () => {
    const why = phrase('errLoad', { url: 'land.geojson', status: 404 });
    const e = await failure(
      callWorker(
        new FakeWorker((w) =>
          w.reply(failureReply(new PhrasedError(why, 'Could not load land.geojson (HTTP 404).'))),
        ),
        {},
        { task: 'file' },
      ),
    );
    expect(reasonIn(e, EN_ALL)).toBe('Could not load land.geojson (HTTP 404).');
    expect(reasonIn(e, words.ru)).toBe('Не удалось загрузить land.geojson (HTTP 404).');
    // A reply whose phrase is not one (a hostile or newer worker) reads as unreadable, never as it came.
    const odd = await failure(
      callWorker(
        new FakeWorker((w) =>
          w.reply({ ok: false, error: 'x', phrase: { key: 'wkTimeout', task: 'toString', s: 1 } }),
        ),
        {},
        {
          task: 'file',
        },
      ),
    );
    expect(reasonIn(odd, words.az)).toBe(CATALOGUE.az.phUnreadable);
  });

  it('an error the app did not word: its text quoted after a sentence of the catalogue', () => {
    const e = new Error('Failed to fetch');
    expect(reasonPhrase(e)).toEqual({ key: 'errUnexpected', reason: 'Failed to fetch' });
    expect(reasonIn(e, EN_ALL)).toBe('an error occurred: "Failed to fetch"');
    expect(reasonIn('boom', words.hy)).toBe('տեղի ունեցավ սխալ՝ "boom"');
  });

  it('a notice of a file that could not be read says why in the language it is shown in, again after a switch', () => {
    const notice: Notice = {
      key: 'noticeFileUnreadable',
      params: { name: 'mine.json' },
      said: { reason: phrase('wkError', { task: 'file', reason: 'boom' }) },
    };
    const shown = (w: Words) => w.t(notice.key, noticeParams(notice, w));
    expect(shown(EN_ALL)).toBe(
      'The file mine.json could not be read: Checking the file failed with an error: "boom"',
    );
    expect(shown(words.ru)).toBe(
      'Не удалось прочитать файл mine.json: Проверка файла: сбой из-за ошибки: "boom"',
    );
    expect(shown(words.az)).toBe(
      'mine.json faylı oxuna bilmədi: Faylın yoxlanılması: xəta səbəbindən alınmadı: "boom"',
    );
    expect(shown(words.hy)).toBe(
      'mine.json ֆայլը չհաջողվեց կարդալ՝ Ֆայլի ստուգում. ձախողվեց սխալի պատճառով՝ "boom"',
    );
    // It shows once the sayer of phrases is in, in every language; a link's problems need it in none.
    for (const lang of ['en', 'ru'] as const) expect(sayableWithoutDetails(notice, lang)).toBe(false);
    const link: Notice = {
      key: 'noticeLink',
      params: { n: 1 },
      linkProblems: [{ key: 'lpNoValue', params: { key: 'v' } }],
    };
    expect(sayableWithoutDetails(link, 'ru')).toBe(true);
    expect(sayableWithoutDetails(link, 'en')).toBe(false);
    expect(sayableWithoutDetails({ key: 'noticeRederive' }, 'en')).toBe(true);
  });
});

describe('what a field should have held, in the reader’s language', () => {
  const problems = parseClaimsFile(readFileSync('tests/fixtures/claims/types-lengths.json', 'utf8'), {
    source: 'types-lengths.json',
  }).problems;
  /** The general sentences non-English readers got before: no field, no value found. */
  const GENERAL = [
    'prTypeText',
    'prTypeNumber',
    'prTypeBoolean',
    'prTypeList',
    'prTypeObject',
    'prBadForm',
    'prNotFinite',
    'prTooLong',
    'prTooShort',
    'prOutOfRange',
    'prNotOneOf',
    'prBadValue',
  ];
  const schemaEnglish = problems.map((p) => p.message);

  it('every type, length, form and value problem has a phrase of its own, naming the field', () => {
    expect(problems.length).toBeGreaterThan(15);
    for (const p of problems) {
      expect(GENERAL, p.message).not.toContain(p.say?.key);
      // English readers keep the schema's own words.
      expect(problemMessage(p, EN_ALL)).toBe(p.message);
      if (p.say && 'field' in p.say)
        for (const lang of OTHERS) expect(problemMessage(p, words[lang]), lang).toContain(p.field);
    }
  });

  it.each(OTHERS)('%s: no English sentence, nothing unreadable, no placeholder left', (lang) => {
    for (const p of problems) {
      const said = problemMessage(p, words[lang]);
      expect(said).not.toBe(CATALOGUE[lang].phUnreadable);
      expect(said).not.toMatch(/\{\w+\}/);
      expect(englishIn(said, schemaEnglish), `${lang}: ${said}`).toEqual([]);
      // Nor valibot's own words, nor describeValue's ("a list of 2").
      expect(said).not.toMatch(/Invalid type|Expected|received|a list of|an object with|must be/);
    }
  });

  it('says what was expected, with the field and what was found', () => {
    const at = (where: string, field: string) =>
      problems.find((p) => p.where === where && p.field === field)!;
    const long = at('wrong-lengths', 'claimant');
    expect(long.message).toBe('claimant must be at most 200 characters');
    expect(problemMessage(long, words.ru)).toBe(
      'поле claimant слишком длинное: символов допустимо не более 200, в нём 250',
    );
    expect(problemMessage(long, words.az)).toBe(
      'claimant sahəsi çox uzundur: ən çoxu 200 simvol ola bilər, burada 250',
    );
    expect(problemMessage(long, words.hy)).toBe(
      'claimant դաշտը չափազանց երկար է. թույլատրվում է առավելագույնը 200 նիշ, այստեղ՝ 250',
    );
    expect(problemMessage(at('wrong-types', 'note'), words.ru)).toBe(
      'поле note должно быть текстом (строкой JSON); найдено: список (элементов: 2)',
    );
    expect(problemMessage(at('wrong-types', 'statement.quote'), words.az)).toBe(
      'statement.quote sahəsi mətn (JSON sətri) olmalıdır; tapılan: "text" sahələri olan obyekt',
    );
    expect(problemMessage(at('wrong-lengths', 'sources'), words.hy)).toBe(
      'sources դաշտում չափազանց քիչ տարրեր կան. պահանջվում է առնվազն 1, այստեղ՝ 0',
    );
    expect(problemMessage(at('wrong-forms', 'status'), words.ru)).toBe(
      'поле status должно иметь одно из значений "reported", "unconfirmed"; найдено: null',
    );
    expect(problemMessage(at('wrong-values', 'shape.params.along.lengthKm'), words.az)).toBe(
      'shape.params.along.lengthKm sahəsi bu ədəddən böyük olmalıdır: 0; tapılan: -3',
    );
    expect(problemMessage(at('wrong-values', 'shape.params.depthKm'), words.ru)).toBe(
      'поле shape.params.depthKm должно быть числом километров или { "narrow": км, "wide": км }; найдено: "deep"',
    );
    expect(problemMessage(at('claims[4]', 'id'), words.hy)).toMatch(/^id դաշտը .* գտնվել է՝ "Wrong Id"$/);
  });

  it('describes what was found as data, said safely; a found value or field that is not one reads as unreadable', () => {
    expect(foundOf(undefined)).toEqual({ nothing: true });
    expect(foundOf([1, 2, 3])).toEqual({ list: 3 });
    expect(foundOf({ type: 'Polygon' })).toEqual({ type: 'Polygon' });
    expect(foundOf({})).toEqual({ keys: [] });
    const say = (found: unknown, field: unknown = 'note') =>
      sayPhrase({ key: 'prExpectText', field, found }, words.ru);
    expect(say(foundOf(undefined))).toBe('поле note должно быть текстом (строкой JSON); найдено: ничего');
    expect(say(foundOf({ type: 'Polygon' }))).toMatch(/найдено: объект типа "Polygon"$/);
    expect(say(foundOf({}))).toMatch(/найдено: пустой объект$/);
    expect(say(foundOf('<i>\u202ex</i>'))).toMatch(/найдено: "<i>\\u202ex<\/i>"$/);
    for (const bad of [{ value: {} }, { keys: [1] }, { list: 'x' }, 'plain', null, { toString: 1 }])
      expect(say(bad), JSON.stringify(bad)).toBe(CATALOGUE.ru.phUnreadable);
    expect(say(foundOf(1), 'note\u202e')).toBe(CATALOGUE.ru.phUnreadable);
    expect(say(foundOf(1), '')).toBe(CATALOGUE.ru.phUnreadable);
  });
});
