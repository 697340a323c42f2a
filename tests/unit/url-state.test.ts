import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  MAX_FRAGMENT_LENGTH,
  diffLayers,
  formatFragment,
  isValidState,
  parseFragment,
  resolveLayers,
  sameView,
  type ViewState,
} from '../../src/url/state';
import { sayLinkProblem, type LinkProblem } from '../../src/url/link_problem';
import { wordsFor } from '../../src/i18n/words';
import { EN_ALL } from '../../src/i18n/english';
import { CATALOGUE } from '../catalogues';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

/** Parses and expects no notices. */
function clean(hash: string) {
  const r = parseFragment(hash);
  expect(r.notices).toEqual([]);
  expect(isValidState(r.state)).toBe(true);
  return r;
}

/** Link problems as an English reader reads them. */
const english = (problems: readonly LinkProblem[]): string[] =>
  problems.map((p) => sayLinkProblem(p, EN_ALL));

/** Parses and returns the notices in English, checking the state is valid anyway. */
function noticesOf(hash: string): string[] {
  const r = parseFragment(hash);
  expect(isValidState(r.state)).toBe(true);
  return english(r.notices);
}

describe('map=', () => {
  it('opens an openstreetmap.org link at its spot', () => {
    const { state, version } = clean('#map=12/39.6/46.23');
    expect(state.zoom).toBe(12);
    expect(state.center).toEqual([46.23, 39.6]);
    expect(version).toBe(0);
    expect(formatFragment(state)).toBe('#map=12/39.6/46.23&v=1');
  });

  it('takes the fragment with or without its #', () => {
    expect(clean('map=12/39.6/46.23').state).toEqual(clean('#map=12/39.6/46.23').state);
  });

  it("reads MapLibre's 4- and 5-part forms (bearing, pitch) and writes them back alike", () => {
    const four = clean('#map=12.5/39.6/46.23/-30.5');
    expect([four.state.bearing, four.state.pitch]).toEqual([-30.5, 0]);
    expect(formatFragment(four.state)).toBe('#map=12.5/39.6/46.23/-30.5&v=1');
    const five = clean('#map=12.5/39.6/46.23/0/60');
    expect([five.state.bearing, five.state.pitch]).toEqual([0, 60]);
    expect(formatFragment(five.state)).toBe('#map=12.5/39.6/46.23/0/60&v=1');
  });

  it('writes zoom to 0.01, lat/lng to at least 5 decimals (6 when zoomed in), angles to 0.1', () => {
    const s = view({ center: [46.123456789, 39.987654321], zoom: 10.123, bearing: 12.345, pitch: 30.06 });
    expect(formatFragment(s)).toBe('#map=10.12/39.98765/46.12346/12.3/30.1&v=1');
    expect(formatFragment({ ...s, zoom: 15.5 })).toBe('#map=15.5/39.987654/46.123457/12.3/30.1&v=1');
  });

  it('clamps latitude, zoom and pitch with a notice; wraps longitude and bearing silently', () => {
    const r = parseFragment('#map=20/90/180/270/90');
    expect(r.state.center).toEqual([-180, 85.051129]);
    expect(r.hasCamera).toBe(true);
    expect(r.state.zoom).toBe(16);
    expect([r.state.bearing, r.state.pitch]).toEqual([-90, 85]);
    expect(english(r.notices)).toEqual([
      'Clamped zoom "20" to 16',
      'Clamped latitude "90" to 85.051129',
      'Clamped pitch "90" to 85',
    ]);
    expect(parseFragment('#map=1/-90/-180').state.center).toEqual([-180, -85.051129]);
    expect(parseFragment('#map=12/0/180/-180').state).toMatchObject({ center: [-180, 0], bearing: 180 });
  });

  it('ignores a latitude or longitude outside the globe, naming it, and places no camera', () => {
    const r = parseFragment('#map=99/999/999/45/30&claim=nope');
    expect(r.hasCamera).toBe(false);
    expect(r.state).toMatchObject({ center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, pitch: 0 });
    // The zoom is not used without a centre, so nothing is said of it.
    expect(english(r.notices)).toEqual([
      'Ignored latitude "999": outside -90…90',
      'Ignored longitude "999": outside -180…180',
    ]);
    const lng = parseFragment('#map=10/39.6/190');
    expect(lng.hasCamera).toBe(false);
    expect(english(lng.notices)).toEqual(['Ignored longitude "190": outside -180…180']);
    expect(parseFragment('#map=10/-90.5/46').hasCamera).toBe(false);
    expect(parseFragment('#map=10/39.6/46.2').hasCamera).toBe(true);
    expect(parseFragment('#claim=x').hasCamera).toBe(false);
    expect(parseFragment('#map=10/abc/46').hasCamera).toBe(false);
  });

  it('clamps zoom to the range it is given', () => {
    const r = parseFragment('#map=3/39.6/46.23', { minZoom: 4, maxZoom: 8 });
    expect(r.state.zoom).toBe(4);
    expect(english(r.notices)).toEqual(['Clamped zoom "3" to 4']);
    expect(parseFragment('', { minZoom: 12, maxZoom: 14 }).state.zoom).toBe(12);
  });

  it('never writes a latitude that reads back as out of range', () => {
    const s = view({ center: [46, 85.051129], zoom: 10 });
    expect(formatFragment(s)).toBe('#map=10/85.05112/46&v=1');
    expect(parseFragment(formatFragment(s)).notices).toEqual([]);
  });

  it('writes a longitude that rounds to 180 as -180', () => {
    expect(formatFragment(view({ center: [179.999999, 0], zoom: 5 }))).toBe('#map=5/0/-180&v=1');
  });

  it('keeps each unreadable number at its default, with a notice', () => {
    const r = parseFragment('#map=abc/39.6/46.23');
    expect(r.state.zoom).toBe(DEFAULT_VIEW.zoom);
    expect(r.state.center).toEqual([46.23, 39.6]);
    expect(english(r.notices)).toEqual(['Ignored zoom "abc": not a number']);
    // Half a centre is no centre, and without one nothing of the camera is taken from the link.
    const half = parseFragment('#map=12/NaN/46.23/30/40');
    expect(half.hasCamera).toBe(false);
    expect(half.state).toMatchObject({
      center: DEFAULT_VIEW.center,
      zoom: DEFAULT_VIEW.zoom,
      bearing: DEFAULT_VIEW.bearing,
      pitch: DEFAULT_VIEW.pitch,
    });
  });

  it('reads plain decimals only: no exponent, hex, NaN, Infinity or +', () => {
    for (const bad of [
      '1e1',
      '0x10',
      'NaN',
      'Infinity',
      '-Infinity',
      '+5',
      '',
      ' 5',
      '5 ',
      '1.2.3',
      '--1',
      '٣',
    ]) {
      expect(noticesOf(`#map=${bad}/39.6/46.23`), bad).toEqual([
        `Ignored zoom ${JSON.stringify(bad)}: not a number`,
      ]);
    }
    expect(noticesOf(`#map=1${'0'.repeat(400)}/39/46`)).toEqual([
      `Ignored zoom "1${'0'.repeat(39)}…": too large`,
    ]);
    const ok = clean('#map=10./.5/-0');
    expect(ok.state.zoom).toBe(10);
    expect(ok.state.center).toEqual([0, 0.5]);
    expect(Object.is(ok.state.center[0], 0)).toBe(true);
  });

  it('ignores a map= with the wrong number of parts', () => {
    expect(noticesOf('#map=12/39.6')).toEqual([
      'Ignored map "12/39.6": expected zoom/lat/lng[/bearing/pitch]',
    ]);
    expect(noticesOf('#map=1/2/3/4/5/6')).toHaveLength(1);
    expect(noticesOf('#map')).toEqual(['Ignored map: no value']);
  });

  it('uses the camera it is given for links without map=', () => {
    const camera = { center: [45, 40] as const, zoom: 8, bearing: 10, pitch: 20 };
    const { state } = parseFragment('#claim=x', { view: camera });
    expect(state).toMatchObject({ ...camera, selected: 'x' });
  });
});

describe('the other keys', () => {
  const full = view({
    center: [46.30123, 39.56123],
    zoom: 12.25,
    shown: ['am-mod-0512', 'third'],
    hidden: ['azerbaijan', 'border', 'places'],
    selected: 'am-pm-2021-05-12-advance',
    compare: 'swipe',
    colourBy: 'line',
    divider: 0.35,
    swapped: true,
    until: '2021-05-20',
    dataVersion: '1a2b3c4d',
    embed: true,
    lang: 'hy',
  });
  const fullLink =
    '#map=12.25/39.56123/46.30123&v=1&show=am-mod-0512,third&hide=azerbaijan,border,places' +
    '&claim=am-pm-2021-05-12-advance&compare=swipe&colour=line&split=0.35&swap=1&until=2021-05-20' +
    '&data=1a2b3c4d&embed=1&lang=hy';

  it('writes a full state as documented, and reads it back exactly', () => {
    expect(formatFragment(full)).toBe(fullLink);
    const r = clean(fullLink);
    expect(r.version).toBe(1);
    expect(r.state).toEqual(full);
  });

  it('omits every value equal to its default', () => {
    expect(formatFragment(DEFAULT_VIEW)).toBe('#map=10.6/39.56/46.3&v=1');
    const s = view({
      compare: 'off',
      colourBy: 'party',
      divider: 0.5,
      swapped: false,
      shown: [],
      hidden: [],
    });
    expect(formatFragment(s)).toBe('#map=10.6/39.56/46.3&v=1');
    expect(
      clean('#map=10.6/39.56/46.3&v=1&compare=off&colour=party&split=0.5&swap=0&show=&hide=').state,
    ).toEqual(DEFAULT_VIEW);
  });

  it('reads keys in any order and writes them in table order', () => {
    const shuffled = fullLink.slice(1).split('&').reverse().join('&');
    expect(formatFragment(clean(shuffled).state)).toBe(fullLink);
  });

  it('sorts and deduplicates layer lists', () => {
    const { state } = clean('#show=third,am-mod-0512,third&hide=places,,border');
    expect(state.shown).toEqual(['am-mod-0512', 'third']);
    expect(state.hidden).toEqual(['border', 'places']);
  });

  it('drops bad ids from a list with one notice, keeping the good ones', () => {
    const r = parseFragment('#show=Armenia,third,<b>,a_b');
    expect(r.state.shown).toEqual(['third']);
    expect(english(r.notices)).toEqual(['Ignored 3 show ids, the first "Armenia": not valid ids']);
    expect(noticesOf('#hide=-x')).toEqual(['Ignored hide id "-x": not a valid id']);
    expect(parseFragment(`#show=${'a'.repeat(81)}`).state.shown).toEqual([]);
    expect(parseFragment(`#show=${'a'.repeat(80)}`).state.shown).toEqual(['a'.repeat(80)]);
  });

  it('drops a layer that is both shown and hidden', () => {
    const r = parseFragment('#show=third,border&hide=border');
    expect(r.state).toMatchObject({ shown: ['third'], hidden: [] });
    expect(english(r.notices)).toEqual(['Ignored layer "border": both shown and hidden']);
  });

  it('reads hide=* as "hide all defaults"', () => {
    expect(clean('#hide=*&show=border').state).toMatchObject({ hidden: 'all', shown: ['border'] });
    expect(clean('#hide=armenia,*').state.hidden).toBe('all');
  });

  it('rejects each bad value with a notice and keeps its default', () => {
    const cases: Array<[string, string]> = [
      ['compare=sideways', 'Ignored compare "sideways": expected off, swipe, overlay'],
      ['compare=SWIPE', 'Ignored compare "SWIPE": expected off, swipe, overlay'],
      ['colour=said', 'Ignored colour "said": expected party, line'],
      ['split=1.5', 'Ignored split "1.5": not between 0 and 1'],
      ['split=-0.1', 'Ignored split "-0.1": not between 0 and 1'],
      ['split=5e-1', 'Ignored split "5e-1": not a number'],
      ['swap=yes', 'Ignored swap "yes": expected 1 or 0'],
      ['until=2021-02-29', 'Ignored until "2021-02-29": not a date YYYY-MM-DD'],
      ['until=2021-5-1', 'Ignored until "2021-5-1": not a date YYYY-MM-DD'],
      ['claim=<script>alert(1)</script>', 'Ignored claim "<script>alert(1)</script>": not a valid id'],
      ['claim=', 'Ignored claim "": not a valid id'],
      ['data=1a2b 3c4d', 'Ignored data "1a2b 3c4d": not a data version'],
      ['claim', 'Ignored claim: no value'],
      ['claim=%E0%A4%A', 'Ignored claim "%E0%A4%A": bad percent-encoding'],
      ['claim=%', 'Ignored claim "%": bad percent-encoding'],
    ];
    for (const [pair, notice] of cases) {
      const r = parseFragment(`#map=12/39.6/46.23&${pair}`);
      expect(english(r.notices), pair).toEqual([notice]);
      expect(formatFragment(r.state), pair).toBe('#map=12/39.6/46.23&v=1');
    }
  });

  it('accepts leap days, true/false flags and percent-encoded values', () => {
    expect(clean('#until=2024-02-29&swap=true').state).toMatchObject({ until: '2024-02-29', swapped: true });
    expect(clean('#claim=am%2Dmod%2D0512').state.selected).toBe('am-mod-0512');
    expect(clean('#map=12%2F39.6%2F46.23').state.zoom).toBe(12);
  });

  it('rounds the divider to 3 decimals', () => {
    expect(formatFragment(view({ divider: 0.12345 }))).toBe('#map=10.6/39.56/46.3&v=1&split=0.123');
    expect(formatFragment(view({ divider: 0.5004 }))).toBe('#map=10.6/39.56/46.3&v=1');
  });

  it('lets the first of duplicate keys win, with a notice', () => {
    const r = parseFragment('#claim=a&map=12/39.6/46.23&claim=b&map=3/0/0&v=1&v=2');
    expect(r.state).toMatchObject({ selected: 'a', zoom: 12 });
    expect(english(r.notices)).toEqual([
      'Ignored duplicate claim "b": the first one wins',
      'Ignored duplicate map "3/0/0": the first one wins',
      'Ignored duplicate v "2": the first one wins',
    ]);
  });
});

describe('foreign keys', () => {
  it('keeps them verbatim after ours, in their original order', () => {
    const r = clean(
      '#utm=x%20y&map=12/39.6/46.23&__proto__=1&flag&constructor=&z=a=b&v=1&hasOwnProperty=%E0%A4%A',
    );
    expect(r.state.extra).toEqual([
      'utm=x%20y',
      '__proto__=1',
      'flag',
      'constructor=',
      'z=a=b',
      'hasOwnProperty=%E0%A4%A',
    ]);
    expect(formatFragment(r.state)).toBe(
      '#map=12/39.6/46.23&v=1&utm=x%20y&__proto__=1&flag&constructor=&z=a=b&hasOwnProperty=%E0%A4%A',
    );
    expect(Object.prototype.hasOwnProperty.call(r.state, '__proto__')).toBe(false);
  });

  it('percent-encodes what may not stand in a URL, as a browser would', () => {
    const r = clean('#x=<script>"a b"</script>&y=été#1&\u{1F600}=\uD800');
    expect(r.state.extra).toEqual([
      'x=%3Cscript%3E%22a%20b%22%3C/script%3E',
      'y=%C3%A9t%C3%A9%231',
      '%F0%9F%98%80=%EF%BF%BD',
    ]);
  });

  it('are never allowed to shadow our keys when written', () => {
    const s = view({ extra: ['claim=x', 'v=7', 'a=1&claim=y', 'ok=1'] });
    expect(formatFragment(s)).toBe('#map=10.6/39.56/46.3&v=1&a=1%26claim=y&ok=1');
  });

  it('are kept, being foreign, when named like v0 keys in a v1 link', () => {
    expect(clean('#map=12/39.6/46.23&v=1&sel=x&layers=a+b').state.extra).toEqual(['sel=x', 'layers=a+b']);
  });
});

describe('versions', () => {
  it('upgrades a v0 link: layers= (the visible list, +-separated), sel=, compare=none', () => {
    const r = clean(
      '#map=12/39.6/46.23&layers=armenia+border+am-mod-0512&sel=am-mod-0512&compare=none&keep=1',
    );
    expect(r.version).toBe(0);
    expect(r.state).toMatchObject({
      hidden: 'all',
      shown: ['am-mod-0512', 'armenia', 'border'],
      selected: 'am-mod-0512',
      compare: 'off',
      extra: ['keep=1'],
    });
    expect(formatFragment(r.state)).toBe(
      '#map=12/39.6/46.23&v=1&show=am-mod-0512,armenia,border&hide=*&claim=am-mod-0512&keep=1',
    );
    const defaults = new Set(['armenia', 'azerbaijan', 'border', 'places']);
    expect(resolveLayers(r.state, defaults)).toEqual(new Set(['armenia', 'border', 'am-mod-0512']));
  });

  it('reads v0 compare=swipe as it was, and an empty v0 layers= as nothing visible', () => {
    expect(clean('#compare=swipe&layers=').state).toMatchObject({
      compare: 'swipe',
      hidden: 'all',
      shown: [],
    });
  });

  it('reads a newer or unreadable version as the current one, with a notice', () => {
    const newer = parseFragment('#map=12/39.6/46.23&v=2&claim=x&sel=y');
    expect(newer.version).toBe(2);
    expect(english(newer.notices)).toEqual(["Link format v2 is newer than this app's v1: read as v1"]);
    expect(newer.state).toMatchObject({ selected: 'x', extra: ['sel=y'] });
    const bad = parseFragment('#v=one&sel=y');
    expect(bad.version).toBe(1);
    expect(english(bad.notices)).toEqual(['Ignored v "one": not a version number']);
  });
});

describe('hostile input', () => {
  it(`ignores a fragment over ${MAX_FRAGMENT_LENGTH} characters as a whole, with one notice`, () => {
    const long = '#map=12/39.6/46.23&x=' + 'a'.repeat(MAX_FRAGMENT_LENGTH);
    const r = parseFragment(long);
    expect(r.state).toEqual(DEFAULT_VIEW);
    expect(english(r.notices)).toEqual([
      // Counts in the reader's digits: grouped in English.
      `Ignored the whole link: ${(long.length - 1).toLocaleString('en')} characters, more than 8,192`,
    ]);
    const head = 'map=12/39.6/46.23&v=1&x=';
    const limit = '#' + head + 'a'.repeat(MAX_FRAGMENT_LENGTH - head.length);
    expect(parseFragment(limit).notices).toEqual([]);
    expect(formatFragment(parseFragment(limit).state)).toBe(limit);
  });

  it('drops foreign keys that would make its own link too long to read back', () => {
    const r = parseFragment('x=' + 'a'.repeat(MAX_FRAGMENT_LENGTH - 2));
    expect(r.state.extra).toEqual([]);
    expect(english(r.notices)).toEqual(['Dropped 1 unknown keys: the link would be too long']);
  });

  it('drops layer lists that would make its own link too long to read back', () => {
    const ids = Array.from({ length: 1100 }, (_, i) => `am-${String(i).padStart(4, '0')}`).join(',');
    const r = parseFragment(`#show=${ids.slice(0, MAX_FRAGMENT_LENGTH - 10)}&x=1`);
    expect(r.state).toMatchObject({ shown: [], hidden: [], extra: [] });
    expect(english(r.notices)).toEqual([
      'Dropped 1 unknown keys: the link would be too long',
      'Ignored the layer lists: the link would be too long',
    ]);
  });

  it('quotes at most 40 characters of input in a notice', () => {
    const [notice] = noticesOf(`#compare=${'<'.repeat(100)}`);
    expect(notice).toBe(`Ignored compare "${'<'.repeat(40)}…": expected off, swipe, overlay`);
  });

  it('escapes quotes and controls in notices', () => {
    expect(noticesOf('#compare=%22%0A')).toEqual(['Ignored compare "\\"\\n": expected off, swipe, overlay']);
  });

  it('survives empty pairs, lone = and odd separators', () => {
    const r = clean('#&&=&==&&map=12/39.6/46.23&&');
    expect(r.state.zoom).toBe(12);
    expect(r.state.extra).toEqual(['=', '==']);
    expect(clean('').state).toEqual(DEFAULT_VIEW);
    expect(clean('#').state).toEqual(DEFAULT_VIEW);
  });
});

describe('layers', () => {
  const defaults = new Set(['armenia', 'azerbaijan', 'third', 'border', 'province', 'places']);

  it('resolves a difference against the defaults, passing unknown ids through', () => {
    const visible = resolveLayers(
      { shown: ['am-mod-0512', 'nope'], hidden: ['azerbaijan', 'places'] },
      defaults,
    );
    expect([...visible].sort()).toEqual(['am-mod-0512', 'armenia', 'border', 'nope', 'province', 'third']);
  });

  it('diffs a visible set to the shorter encoding, round-tripping through resolveLayers', () => {
    const visible = new Set(['armenia', 'border', 'province', 'places', 'am-mod-0512']);
    const diff = diffLayers(visible, defaults);
    expect(diff).toEqual({ shown: ['am-mod-0512'], hidden: ['azerbaijan', 'third'] });
    expect(resolveLayers(diff, defaults)).toEqual(visible);
    const few = new Set(['border']);
    expect(diffLayers(few, defaults)).toEqual({ shown: ['border'], hidden: 'all' });
    expect(resolveLayers(diffLayers(few, defaults), defaults)).toEqual(few);
    expect(diffLayers(defaults, defaults)).toEqual({ shown: [], hidden: [] });
  });
});

describe('sameView', () => {
  it('allows the rounding a link applies, and no more', () => {
    const a = view({ center: [179.999999, 10], zoom: 12.001, bearing: 179.98 });
    expect(sameView(a, view({ center: [-180, 10.000009], zoom: 12.01, bearing: -180 }))).toBe(true);
    expect(sameView(a, view({ center: [179.999999, 10.00002], zoom: 12.001, bearing: 179.98 }))).toBe(false);
    expect(sameView(a, { ...a, shown: ['x'] })).toBe(false);
    expect(sameView(view({ shown: ['a', 'b'] }), view({ shown: ['b', 'a'] }))).toBe(true);
  });
});

describe('embed and lang', () => {
  it('reads a known language and ignores any other with a notice', () => {
    expect(parseFragment('#lang=az').state.lang).toBe('az');
    const r = parseFragment('#lang=xx&embed=yes');
    expect(r.state.lang).toBeNull();
    expect(r.state.embed).toBe(false);
    expect(english(r.notices).join(' ')).toMatch(/lang/);
    expect(english(r.notices).join(' ')).toMatch(/embed/);
  });

  it('says a view uses a local claims file in its data version', () => {
    expect(parseFragment('#data=local-1a2b3c4d').state.dataVersion).toBe('local-1a2b3c4d');
  });
});

describe("link problems as data, said in the reader's language", () => {
  const ru = wordsFor('ru', CATALOGUE.ru);

  it("is a catalogue key with the link's text quoted, the key as written, numbers as numbers", () => {
    const r = parseFragment('#map=3/90/46.2/x&split=2&show=A,B&v=7');
    expect(r.notices).toEqual([
      { key: 'lpNewerVersion', params: { version: '7', current: '1' } },
      { key: 'lpClamped', params: { part: { key: 'lrZoom' }, value: '"3"', to: 5 } },
      { key: 'lpClamped', params: { part: { key: 'lrLatitude' }, value: '"90"', to: 85.051129 } },
      {
        key: 'lpIgnoredPart',
        params: { part: { key: 'lrBearing' }, value: '"x"', reason: { key: 'lrNotNumber' } },
      },
      {
        key: 'lpIgnoredValue',
        params: { key: 'split', value: '"2"', reason: { key: 'lrNotFraction' } },
      },
      { key: 'lpBadIds', params: { n: 2, key: 'show', value: '"A"' } },
    ]);
  });

  it("says every problem in Russian, with no English words but the link's own", () => {
    const links = [
      '#map=3/90/46.2/x/99&split=2&show=A,B&v=7',
      '#map=1/2&compare=x&colour=y&swap=z&until=2021-02-30&data=a%20b&claim=%&claim=b&lang&embed=maybe',
      '#show=border&hide=border&v=one&claim=-x&hide=-a,-b',
      '#x=' + 'a'.repeat(MAX_FRAGMENT_LENGTH),
      '#map=1' + '0'.repeat(400) + '/39/46',
    ];
    const said = links.flatMap((link) => parseFragment(link).notices.map((p) => sayLinkProblem(p, ru)));
    expect(said.length).toBeGreaterThan(20);
    for (const text of said) {
      // Latin letters only in the link's quoted text, its keys, and the map form it expects.
      const words = text
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .replace(/zoom\/lat\/lng\[\/bearing\/pitch\]/, '')
        .match(/[A-Za-z]{3,}/g);
      const keys = [
        'map',
        'compare',
        'colour',
        'swap',
        'until',
        'data',
        'claim',
        'lang',
        'embed',
        'show',
        'hide',
        'split',
      ];
      expect(
        (words ?? []).filter(
          (w) => !keys.includes(w) && !/^(off|swipe|overlay|party|line|hy|az|ru|en)$/.test(w),
        ),
        text,
      ).toEqual([]);
    }
    expect(said).toContain('Пропущено значение split "2": это не число от 0 до 1');
    expect(said).toContain('Значение широты "90" заменено ближайшим допустимым: 85,051129');
  });
});
