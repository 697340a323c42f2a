// Readers and writers for the values of a link fragment. All pure, and readers never throw:
// a value either reads (possibly with notices about parts that were dropped or clamped) or is rejected.
import { quoteEscaped } from '../claims/quote';
import { linkProblem, type LinkKey, type LinkProblem } from './link_problem';

/** A value read from a link, with notices about what was dropped or clamped; or a rejection with a reason. */
export type Read<T> = { ok: true; value: T; notices: LinkProblem[] } | { ok: false; reason: LinkProblem };

/** How one key's value is read from and written to the fragment. */
export interface Codec<T> {
  read(raw: string): Read<T>;
  write(value: T): string;
}

/** The map camera, as `map=zoom/lat/lng[/bearing/pitch]` carries it. */
export interface MapView {
  /** [longitude, latitude], MapLibre's order. */
  center: readonly [lng: number, lat: number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The zoom range links are clamped to (the map's own minZoom and maxZoom). */
export interface ZoomRange {
  minZoom: number;
  maxZoom: number;
}

/** Web Mercator's latitude limit: MapLibre cannot show beyond it. */
export const MAX_LAT = 85.051129;
export const MAX_PITCH = 85;
/** Ids of claims and layer groups: lowercase ASCII, so they never need percent-encoding. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** A content hash of the claims data: short, URL-safe (hex, base36 and base64url all fit). */
export const DATA_VERSION_PATTERN = /^[0-9A-Za-z_-]{1,64}$/;

const ok = <T>(value: T, notices: LinkProblem[] = []): Read<T> => ({ ok: true, value, notices });
const reject = <T>(reason: LinkKey, params?: LinkProblem['params']): Read<T> => ({
  ok: false,
  reason: linkProblem(reason, params),
});

/** Quotes input for a notice: at most 40 characters, with quotes, controls and lone surrogates escaped. */
export function quote(s: string): string {
  const chars = Array.from(s.slice(0, 100));
  return quoteEscaped(chars.length > 40 ? chars.slice(0, 40).join('') + '…' : chars.join(''));
}

// Plain decimals only: hex, exponents, NaN, Infinity and `+` are refused so that a value has one spelling.
// No nested quantifiers, so a long run of digits cannot make the match slow.
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Reads a plain decimal number, or returns why not. `-0` reads as 0. */
export function readNumber(raw: string): number | LinkProblem {
  if (!DECIMAL.test(raw)) return linkProblem('lrNotNumber');
  const n = Number(raw);
  if (!Number.isFinite(n)) return linkProblem('lrTooLarge');
  return n === 0 ? 0 : n;
}

// toFixed throws outside 0..100 digits; callers stay far inside, this makes sure.
const digits = (d: number) => Math.min(20, Math.max(0, Math.round(d) || 0));

/** Rounds to `d` decimals the way the written value will read back. */
export function roundTo(n: number, d: number): number {
  const r = Number(n.toFixed(digits(d)));
  return r === 0 ? 0 : r;
}

/** Writes `n` with at most `d` decimals, trailing zeros dropped: 12.50 -> "12.5", -0.0001 -> "0". */
export function formatDecimal(n: number, d: number): string {
  if (!Number.isFinite(n)) return '0'; // only reachable with an invalid state; still never throws
  let s = n.toFixed(digits(d));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Wraps a longitude into [-180, 180). */
export function wrapLng(lng: number): number {
  if (lng >= -180 && lng < 180) return lng === 0 ? 0 : lng; // the arithmetic below would add float noise
  const w = ((((lng + 180) % 360) + 360) % 360) - 180;
  return w === 0 ? 0 : w;
}

/** Normalizes a bearing into (-180, 180], as MapLibre reports it. */
export function normalizeBearing(b: number): number {
  const w = -wrapLng(-b);
  return w === 0 ? 0 : w;
}

/** Decimals for lat/lng: MapLibre's choice by zoom, but never fewer than 5, so a round trip is within 1e-5°. */
export function coordDecimals(zoom: number): number {
  const byZoom = Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  return Math.min(10, Math.max(5, byZoom || 0));
}

type Part = { value: number; notices: LinkProblem[] } | { value: undefined; notices: LinkProblem[] };

/** The numbers of `map=`, by the catalogue's name for each. */
type PartName = 'lrZoom' | 'lrLatitude' | 'lrLongitude' | 'lrBearing' | 'lrPitch';

/** Where a number of `map=` means anything at all: beyond, it is ignored rather than clamped. */
interface Domain {
  min: number;
  max: number;
}

// One number of `map=`: unreadable or outside its domain -> undefined (the caller keeps its default), out of
// range -> clamped. A latitude of 999 is not a place near the pole: clamping it would open an empty map.
function readPart(name: PartName, raw: string, min = -Infinity, max = Infinity, domain?: Domain): Part {
  const read = readNumber(raw);
  const n =
    typeof read === 'number' && domain && (read < domain.min || read > domain.max)
      ? linkProblem('lrOutside', { min: domain.min, max: domain.max })
      : read;
  const part = linkProblem(name);
  if (typeof n !== 'number') {
    const notice = linkProblem('lpIgnoredPart', { part, value: quote(raw), reason: n });
    return { value: undefined, notices: [notice] };
  }
  const clamped = Math.min(max, Math.max(min, n));
  const notices = clamped === n ? [] : [linkProblem('lpClamped', { part, value: quote(raw), to: clamped })];
  return { value: clamped, notices };
}

/**
 * Reads `zoom/lat/lng[/bearing/pitch]` (MapLibre's and openstreetmap.org's form). Each unreadable number
 * keeps its value from `fallback`; lat and lng only count as a pair, since half a centre means nothing.
 * `centred`: the link gave a usable centre, so it places the camera.
 */
export function readMapView(
  raw: string,
  fallback: MapView,
  range: ZoomRange,
): { view: MapView; notices: LinkProblem[]; centred: boolean } {
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5) {
    return { view: fallback, notices: [linkProblem('lpMapForm', { value: quote(raw) })], centred: false };
  }
  const [z = '', la = '', ln = '', b = '0', p = '0'] = parts;
  const zoom = readPart('lrZoom', z, range.minZoom, range.maxZoom);
  const lat = readPart('lrLatitude', la, -MAX_LAT, MAX_LAT, { min: -90, max: 90 });
  const lng = readPart('lrLongitude', ln, -Infinity, Infinity, { min: -180, max: 180 });
  const bearing = readPart('lrBearing', b);
  const pitch = readPart('lrPitch', p, 0, MAX_PITCH);
  const center: MapView['center'] | undefined =
    lat.value === undefined || lng.value === undefined ? undefined : [wrapLng(lng.value), lat.value];
  // Without a centre the link places no camera (the app opens on its own view, all of it): only the centre's
  // notices say why.
  if (!center) return { view: fallback, notices: [...lat.notices, ...lng.notices], centred: false };
  const view: MapView = {
    center,
    zoom: zoom.value ?? fallback.zoom,
    bearing: bearing.value === undefined ? fallback.bearing : normalizeBearing(bearing.value),
    pitch: pitch.value ?? fallback.pitch,
  };
  const used = [zoom, lat, lng, bearing, pitch];
  return { view, notices: used.flatMap((x) => x.notices), centred: true };
}

// Rounding may push a latitude just past the limit (85.051129 -> 85.05113): cut it toward zero instead.
function formatLat(lat: number, d: number): string {
  const r = roundTo(lat, d);
  if (Math.abs(r) <= MAX_LAT) return formatDecimal(r, d);
  return formatDecimal(Math.trunc(lat * 10 ** d) / 10 ** d, d);
}

/** Writes `zoom/lat/lng[/bearing[/pitch]]` like MapLibre: bearing only if bearing or pitch, pitch only if set. */
export function writeMapView(view: MapView): string {
  const zoom = roundTo(view.zoom, 2);
  const d = coordDecimals(zoom);
  const [lng, lat] = view.center;
  const parts = [formatDecimal(zoom, 2), formatLat(lat, d), formatDecimal(wrapLng(roundTo(lng, d)), d)];
  const bearing = normalizeBearing(roundTo(view.bearing, 1));
  const pitch = roundTo(view.pitch, 1);
  if (bearing !== 0 || pitch !== 0) parts.push(formatDecimal(bearing, 1));
  if (pitch !== 0) parts.push(formatDecimal(pitch, 1));
  return parts.join('/');
}

/** A claim id. */
export const idCodec: Codec<string> = {
  read: (raw) => (ID_PATTERN.test(raw) ? ok(raw) : reject('lrInvalidId')),
  write: (id) => id,
};

/** Reads a comma-separated id list: sorted and deduplicated, bad ids dropped with one notice. */
function readIds(key: string, raw: string): Read<string[]> {
  const items = [...new Set(raw.split(',').filter((s) => s !== ''))];
  const bad = items.filter((s) => !ID_PATTERN.test(s));
  const first = bad[0];
  const notices =
    first === undefined
      ? []
      : bad.length === 1
        ? [linkProblem('lpBadId', { key, value: quote(first) })]
        : [linkProblem('lpBadIds', { n: bad.length, key, value: quote(first) })];
  return ok(items.filter((s) => ID_PATTERN.test(s)).sort(), notices);
}

/** Layers shown beyond the defaults: `show=a,b`. */
export const showCodec: Codec<readonly string[]> = {
  read: (raw) => readIds('show', raw),
  write: (ids) => [...ids].sort().join(','),
};

/** Layers hidden from the defaults: `hide=a,b`, or `hide=*` for all of them. */
export const hideCodec: Codec<readonly string[] | 'all'> = {
  read: (raw) => (raw.split(',').includes('*') ? ok('all') : readIds('hide', raw)),
  write: (ids) => (ids === 'all' ? '*' : [...ids].sort().join(',')),
};

/** One of a fixed set of words. */
export function enumCodec<T extends string>(words: readonly T[]): Codec<T> {
  return {
    read: (raw) => {
      const word = words.find((w) => w === raw);
      return word === undefined ? reject('lrExpected', { words: words.join(', ') }) : ok(word);
    },
    write: (w) => w,
  };
}

/** A number in [0, 1], 3 decimals: a thousandth of the map's width is finer than a pixel needs. */
export const fractionCodec: Codec<number> = {
  read: (raw) => {
    const n = readNumber(raw);
    if (typeof n !== 'number') return { ok: false, reason: n };
    return n >= 0 && n <= 1 ? ok(n) : reject('lrNotFraction');
  },
  write: (n) => formatDecimal(roundTo(n, 3), 3),
};

/** A flag: `1` or `0` (also `true`/`false`, as people type them). */
export const flagCodec: Codec<boolean> = {
  read: (raw) =>
    raw === '1' || raw === 'true'
      ? ok(true)
      : raw === '0' || raw === 'false'
        ? ok(false)
        : reject('lrExpectedFlag'),
  write: (b) => (b ? '1' : '0'),
};

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** A date, YYYY-MM-DD. */
export const dateCodec: Codec<string> = {
  read: (raw) => (isIsoDate(raw) ? ok(raw) : reject('lrNotDate')),
  write: (s) => s,
};

/** The claims data's content hash. */
export const dataVersionCodec: Codec<string> = {
  read: (raw) => (DATA_VERSION_PATTERN.test(raw) ? ok(raw) : reject('lrNotDataVersion')),
  write: (s) => s,
};

/** Makes a codec for `T | null`, where null (the default) is never written. */
export function nullable<T>(codec: Codec<T>): Codec<T | null> {
  return { read: (raw) => codec.read(raw), write: (v) => (v === null ? '' : codec.write(v)) };
}

// RFC 3986 fragment characters, minus `&` (our separator) and `#`; `%` stays so existing escapes survive.
const FRAGMENT_SAFE = /^[A-Za-z0-9\-._~!$'()*+,;=:@/?%]$/;

/**
 * Percent-encodes what may not stand in a URL fragment (space, `<`, `"`, `#`, `&`, non-ASCII ...), as
 * browsers do when they show the URL; lone surrogates become U+FFFD. Idempotent.
 */
export function fragmentSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    const c = code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : ch;
    out += FRAGMENT_SAFE.test(c) ? c : encodeURIComponent(c);
  }
  return out;
}
