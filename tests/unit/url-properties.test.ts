// Property tests for the link format: round trips, hostile fragments, link length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/langs';
import { wordsFor } from '../../src/i18n/words';
import { sayLinkProblem } from '../../src/url/link_problem';
import { CATALOGUE } from '../catalogues';
import {
  COLOUR_BY,
  COMPARE_MODES,
  KEYS,
  MAX_LAT,
  formatFragment,
  isValidState,
  parseFragment,
  sameView,
  type ViewState,
} from '../../src/url/state';

const OUR_KEYS = new Set(['v', ...KEYS.map((k) => k.key)]);
const GROUPS = ['armenia', 'azerbaijan', 'third', 'border', 'province', 'places'];
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const URL_SAFE = /^#[A-Za-z0-9\-._~!$'()*+,;=:@/?%&]*$/;

// ---- valid states -----------------------------------------------------------------------------------

const claimId = fc.stringMatching(/^(am|az|ru)-(mod|mfa|pm)-(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
const anyId = fc.oneof(fc.constantFrom(...GROUPS), claimId, fc.stringMatching(ID));
const ids = fc.uniqueArray(anyId, { maxLength: 8 }).map((xs) => xs.sort());
const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Foreign segments as a browser shows them: URL-safe characters only, never one of our keys.
const safeChar = fc.constantFrom(..."abcxyz019-._~!$'()*+,;:@/?%=".split(''));
const foreign = fc
  .tuple(
    fc.oneof(
      fc.stringMatching(/^[a-z_]{1,12}$/),
      fc.constantFrom('__proto__', 'constructor', 'sel', 'layers'),
    ),
    fc.option(fc.string({ unit: safeChar, maxLength: 20 })),
  )
  .filter(([k]) => !OUR_KEYS.has(k))
  .map(([k, v]) => (v === null ? k : `${k}=${v}`));

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    lng: fc.double({ min: -180, max: 180, maxExcluded: true, noNaN: true }),
    lat: fc.double({ min: -MAX_LAT, max: MAX_LAT, noNaN: true }),
    zoom: fc.double({ min: 5, max: 16, noNaN: true }),
    bearing: fc.integer({ min: -1799, max: 1800 }).map((t) => t / 10),
    pitch: fc.integer({ min: 0, max: 850 }).map((t) => t / 10),
    shown: ids,
    hidden: fc.oneof(fc.constant('all' as const), ids),
    selected: fc.option(anyId),
    compare: fc.constantFrom(...COMPARE_MODES),
    colourBy: fc.constantFrom(...COLOUR_BY),
    divider: fc.integer({ min: 0, max: 1000 }).map((t) => t / 1000),
    swapped: fc.boolean(),
    until: fc.option(isoDate),
    dataVersion: fc.option(fc.stringMatching(/^[0-9A-Za-z_-]{1,64}$/)),
    embed: fc.boolean(),
    lang: fc.option(fc.constantFrom(...LANGS)),
    extra: fc.array(foreign, { maxLength: 4 }),
  })
  .map(({ lng, lat, hidden, ...rest }) => ({
    ...rest,
    center: [lng, lat] as [number, number],
    // A layer is never both shown and hidden in a valid state.
    hidden: hidden === 'all' ? hidden : hidden.filter((id) => !rest.shown.includes(id)),
  }));

const withoutCamera = ({ center, zoom, ...rest }: ViewState) => (void center, void zoom, rest);

describe('round trip', { timeout: 60_000 }, () => {
  it('parse(format(s)) is s: centre within 1e-5°, zoom within 0.01, the rest exact', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(isValidState(s)).toBe(true);
        const link = formatFragment(s);
        const r = parseFragment(link);
        expect(r.notices).toEqual([]);
        expect(r.version).toBe(1);
        expect(sameView(r.state, s)).toBe(true);
        expect(Math.abs(r.state.center[1] - s.center[1])).toBeLessThanOrEqual(1e-5);
        expect(Math.abs(r.state.zoom - s.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(withoutCamera(r.state)).toEqual(withoutCamera(s));
        expect(formatFragment(r.state)).toBe(link);
      }),
      { numRuns: 3000 },
    );
  });
});

// ---- hostile fragments ------------------------------------------------------------------------------

/** Independent of the module's isValidState: what the rest of the app relies on. */
function checkState(s: ViewState): void {
  const [lng, lat] = s.center;
  const num = (x: number, min: number, max: number) => Number.isFinite(x) && x >= min && x <= max;
  expect(num(lng, -180, 180) && lng < 180, `lng ${lng}`).toBe(true);
  expect(num(lat, -85.051129, 85.051129), `lat ${lat}`).toBe(true);
  expect(num(s.zoom, 5, 16), `zoom ${s.zoom}`).toBe(true);
  expect(num(s.bearing, -180, 180) && s.bearing > -180, `bearing ${s.bearing}`).toBe(true);
  expect(num(s.pitch, 0, 85), `pitch ${s.pitch}`).toBe(true);
  expect(num(s.divider, 0, 1), `divider ${s.divider}`).toBe(true);
  expect(COMPARE_MODES).toContain(s.compare);
  expect(typeof s.swapped).toBe('boolean');
  for (const id of [...s.shown, ...(s.hidden === 'all' ? [] : s.hidden)]) expect(id).toMatch(ID);
  if (s.selected !== null) expect(s.selected).toMatch(ID);
  if (s.until !== null) {
    expect(s.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const d = new Date(`${s.until}T00:00:00Z`);
    expect(d.toISOString().slice(0, 10)).toBe(s.until); // a real calendar day
  }
  if (s.dataVersion !== null) expect(s.dataVersion).toMatch(/^[0-9A-Za-z_-]{1,64}$/);
  for (const seg of s.extra) expect(seg).toMatch(/^[A-Za-z0-9\-._~!$'()*+,;=:@/?%]+$/);
  expect(isValidState(s)).toBe(true);
}

const WORDS = LANGS.map((lang) => wordsFor(lang, CATALOGUE[lang]));

/** Any fragment gives a valid state whose own link reads back without a notice and writes the same. */
function survives(hash: string): void {
  const r = parseFragment(hash);
  checkState(r.state);
  const link = formatFragment(r.state);
  expect(link.startsWith('#map=')).toBe(true);
  expect(link).toMatch(URL_SAFE);
  const again = parseFragment(link);
  expect(again.notices).toEqual([]);
  expect(formatFragment(again.state)).toBe(link);
  expect(sameView(again.state, r.state)).toBe(true);
  // Each problem is short in every language: the link's text in it is quoted and cut at 40 characters.
  for (const w of WORDS) for (const n of r.notices) expect(sayLinkProblem(n, w).length).toBeLessThan(200);
}

const numberish = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '-1e999',
    '1e5',
    '-0',
    '0',
    '.5',
    '5.',
    '0x1F',
    '+1',
  ),
  fc.constantFrom('', '-', '.', '1.2.3', '١٢', '９', ' 5', '5%20', '1_000', '0b1', '1n', '9'.repeat(400)),
);
/** Numbers mostly in or near the ranges the keys take, sometimes hostile. */
const plausibleNumber = fc.oneof(
  { arbitrary: fc.double({ min: -200, max: 200, noNaN: true }).map((x) => x.toFixed(6)), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 20, noNaN: true }).map((x) => x.toFixed(2)), weight: 3 },
  { arbitrary: fc.double({ min: -0.1, max: 1.1, noNaN: true }).map(String), weight: 2 },
  { arbitrary: numberish, weight: 1 },
);
const badText = fc.oneof(
  fc.constantFrom('%', '%E0%A4%A', '%zz', '%25', '%00', '%C0%80', '%ED%A0%80', '%2F', '%26', '%3D', '%23'),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'",
    '&&',
    '==',
    '#',
    '\u0000',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const idList = fc
  .tuple(
    fc.array(fc.oneof(anyId, anyId, fc.constantFrom('*', '', 'A', '-a', 'a_b', '__proto__')), {
      maxLength: 6,
    }),
    fc.constantFrom(',', ',', '+', '%2C'),
  )
  .map(([xs, sep]) => xs.join(sep));
const words = fc.constantFrom('off', 'swipe', 'overlay', 'none', 'SWIPE', '1', '0', 'true', 'yes', 'false');
const dateish = fc.oneof(
  isoDate,
  fc.constantFrom('2021-02-29', '2024-02-29', '2021-13-01', '2021-5-1', '21-05-12'),
);
const mapValue = fc.array(plausibleNumber, { minLength: 2, maxLength: 6 }).map((xs) => xs.join('/'));
/** A value for `key`: mostly what that key takes, sometimes anything. A Map: keys include `__proto__`. */
const valueFor = new Map<string, fc.Arbitrary<string>>(
  Object.entries({
    map: mapValue,
    show: idList,
    hide: idList,
    layers: idList,
    claim: anyId,
    sel: anyId,
    compare: words,
    colour: words,
    split: plausibleNumber,
    swap: words,
    until: dateish,
    data: fc.stringMatching(/^[0-9a-f]{8}$/),
    v: fc.constantFrom('0', '1', '2', '01', '1.0', '999999999', ''),
  }),
);
const anyValue = fc.oneof(
  { arbitrary: plausibleNumber, weight: 2 },
  { arbitrary: mapValue, weight: 2 },
  { arbitrary: idList, weight: 2 },
  { arbitrary: words, weight: 1 },
  { arbitrary: dateish, weight: 1 },
  { arbitrary: badText, weight: 3 },
  { arbitrary: fc.nat({ max: 9000 }).map((n) => 'a'.repeat(n)), weight: 1 },
);
const hostileKey = fc.oneof(
  { arbitrary: fc.constantFrom(...OUR_KEYS, 'layers', 'sel'), weight: 6 },
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.constantFrom('', 'MAP', '%6Dap', 'map ', ' map', 'map%3D', 'v ', 'V', '#map', 'claim[]'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const segment = fc
  .tuple(hostileKey, fc.constantFrom('=', '=', '=', '=', '', '==', '=%3D'), fc.boolean())
  .chain(([k, eq, fitting]) =>
    (fitting ? (valueFor.get(k) ?? anyValue) : anyValue).map((v) => (eq === '' ? k : k + eq + v)),
  );
const structured = fc
  .tuple(
    fc.constantFrom('#', '#', '', '##', '#&', '# '),
    fc.array(segment, { maxLength: 12 }),
    fc.constantFrom('&', '&', '&', '&', '&&', ';', '#', '?'),
  )
  .map(([head, segs, sep]) => head + segs.join(sep));

describe(
  'hostile fragments: never throw, always a valid state that re-reads without notices',
  { timeout: 60_000 },
  () => {
    it('structured near-valid fragments (6000)', () => {
      fc.assert(fc.property(structured, survives), { numRuns: 6000 });
    });

    it('arbitrary unicode strings, lone surrogates included (3000)', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: 'grapheme', maxLength: 200 }),
          ),
          survives,
        ),
        { numRuns: 3000 },
      );
    });

    it('strings over the fragment alphabet, long ones included (3000)', () => {
      const ch = fc.constantFrom(
        ...'&=%#/.,*+-_0123456789aefmpvxEN'.split(''),
        'map=',
        'NaN',
        '%E0',
        '1e999',
      );
      const str = fc.oneof(
        { arbitrary: fc.string({ unit: ch, maxLength: 100 }), weight: 9 },
        { arbitrary: fc.string({ unit: ch, minLength: 2000, maxLength: 3000 }), weight: 1 },
      );
      fc.assert(fc.property(str, survives), { numRuns: 3000 });
    });
  },
);

// ---- link length ------------------------------------------------------------------------------------

describe('link length', () => {
  const typical = fc
    .record({
      lng: fc.double({ min: 45, max: 47, noNaN: true }),
      lat: fc.double({ min: 38.8, max: 40, noNaN: true }),
      zoom: fc.double({ min: 5, max: 16, noNaN: true }),
      changes: fc.uniqueArray(fc.oneof(fc.constantFrom(...GROUPS), claimId), { minLength: 6, maxLength: 6 }),
      split: fc.nat(6),
      selected: claimId,
      compare: fc.constantFrom('swipe' as const, 'overlay' as const),
      divider: fc.integer({ min: 0, max: 1000 }).map((t) => t / 1000),
      swapped: fc.boolean(),
      until: isoDate,
      dataVersion: fc.stringMatching(/^[0-9a-f]{8}$/),
    })
    .map(({ lng, lat, changes, split, ...rest }): ViewState => ({
      ...parseFragment('').state,
      ...rest,
      center: [lng, lat],
      shown: changes.slice(0, split).sort(),
      hidden: changes.slice(split).sort(),
    }));

  // The longest of these is exactly 200 characters, with the "#": zoom 15.11, six 11-character claim ids, one
  // more selected, overlay with a 3-decimal divider, swapped, a date and the data version. (A seed found it.)
  it('stays within 200 characters with 6 layer changes, a selection, compare mode, a date, the data version', () => {
    fc.assert(
      fc.property(typical, (s) => {
        expect(formatFragment(s).length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 1000 },
    );
  });
});
