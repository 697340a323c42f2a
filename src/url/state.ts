// Everything a permalink carries, in one pure module: the link fragment <-> ViewState.
//
// Format (v1): `#map=zoom/lat/lng[/bearing/pitch]&v=1&key=value...`
// - `map=` comes first and is always written: it is MapLibre's `hash: 'map'` and openstreetmap.org's
//   form, so their links open here. The other keys follow in KEYS order, each omitted when it equals its
//   default, then foreign keys verbatim, in their original order.
// - Keys are matched exactly (case-sensitive); for a key given twice the FIRST one wins, later ones are
//   ignored with a notice, as URLSearchParams.get does.
// - Our values are percent-decoded before reading; numbers are plain decimals only (no hex, exponent,
//   NaN or Infinity). Anything unreadable keeps its default and yields a notice. Nothing throws.
// - A link without `v` is read as v0 and upgraded (see upgradeV0).
import {
  DATA_VERSION_PATTERN,
  ID_PATTERN,
  MAX_LAT,
  MAX_PITCH,
  dataVersionCodec,
  dateCodec,
  enumCodec,
  flagCodec,
  fractionCodec,
  fragmentSafe,
  hideCodec,
  idCodec,
  isIsoDate,
  nullable,
  quote,
  readMapView,
  showCodec,
  wrapLng,
  writeMapView,
  type Codec,
  type MapView,
  type ZoomRange,
} from './codecs';
import { linkProblem, type LinkProblem } from './link_problem';
import { LANGS, type Lang } from '../i18n/langs';

export type { MapView, ZoomRange } from './codecs';
export { MAX_LAT, MAX_PITCH, ID_PATTERN } from './codecs';

/** How two sides' claims are compared. */
export type CompareMode = 'off' | 'swipe' | 'overlay';
export const COMPARE_MODES: readonly CompareMode[] = ['off', 'swipe', 'overlay'];

/** How the map colours claims: by who said it (the claim's party), or by whose line the shape draws. */
export type ColourBy = 'party' | 'line';
export const COLOUR_BY: readonly ColourBy[] = ['party', 'line'];

/** Everything a link restores. Layers are a difference from the app's default set (see resolveLayers). */
export interface ViewState extends MapView {
  /** Claim and group ids shown beyond the defaults; sorted. */
  shown: readonly string[];
  /** Default ids hidden, sorted; or 'all' to start from nothing (then `shown` is the whole visible set). */
  hidden: readonly string[] | 'all';
  /** The selected claim's id. */
  selected: string | null;
  compare: CompareMode;
  /** Claims coloured by who said it, or by whose line. */
  colourBy: ColourBy;
  /** Swipe divider position, 0 (left edge) .. 1 (right edge). */
  divider: number;
  /** Swipe sides swapped. */
  swapped: boolean;
  /** Date filter YYYY-MM-DD: only claims stated up to that day. */
  until: string | null;
  /** Content hash of the claims data the link was made with. */
  dataVersion: string | null;
  /** The compact interface of an embedded view (an iframe in someone's article). */
  embed: boolean;
  /** The interface language; null: the reader's browser chooses. */
  lang: Lang | null;
  /** Foreign `key=value` segments, verbatim (made URL-safe), in their original order. */
  extra: readonly string[];
}

/** The current link format version, written as `v=1`. */
export const FORMAT_VERSION = 1;
/** Longer fragments are not ours: they are ignored whole. */
export const MAX_FRAGMENT_LENGTH = 8192;
/** The map's zoom range (src/map/view.ts). */
export const DEFAULT_ZOOM_RANGE: Readonly<ZoomRange> = Object.freeze({ minZoom: 5, maxZoom: 16 });

/** The view without a link: Sev Lich and the border around it, every default layer, nothing compared. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  center: Object.freeze([46.3, 39.56] as const),
  zoom: 10.6,
  bearing: 0,
  pitch: 0,
  shown: Object.freeze([]),
  hidden: Object.freeze([]),
  selected: null,
  compare: 'off',
  colourBy: 'party',
  divider: 0.5,
  swapped: false,
  until: null,
  dataVersion: null,
  embed: false,
  lang: null,
  extra: Object.freeze([]),
});

/** Options for parseFragment. */
export interface ParseOptions extends Partial<ZoomRange> {
  /** The camera for links without (a readable) `map=`; DEFAULT_VIEW's by default. */
  view?: MapView;
}

/** What a fragment gave: always a valid state, notices about what was ignored, the version it was read as. */
export interface ParseResult {
  state: ViewState;
  /**
   * What was ignored, as data said in the reader's language (link_problem.ts); plain text (never HTML), each
   * quoting at most 40 characters of the input.
   */
  notices: LinkProblem[];
  /** The format version the link was written in; 0 for links without `v` (OSM's and old ones). */
  version: number;
  /**
   * Whether the link placed the camera: a `map=` with a usable centre. Without one the app opens on its own
   * first view, framed on the claims, rather than at the fallback centre.
   */
  hasCamera: boolean;
}

// ---- the key table ----------------------------------------------------------------------------------

/** The fields of a view that a link carries besides the camera. */
export type FieldName =
  | 'shown'
  | 'hidden'
  | 'selected'
  | 'compare'
  | 'colourBy'
  | 'divider'
  | 'swapped'
  | 'until'
  | 'dataVersion'
  | 'embed'
  | 'lang';

/** What a link decided beyond its state: whether its `map=` placed the camera (a usable centre). */
interface Placed {
  camera: boolean;
}

/** One key of the fragment: how to read it into a state and write it from one. */
interface KeyEntry {
  key: string;
  /** Reads the decoded value into `draft`; returns notices. `placed.camera`: the link gave a map centre. */
  read(value: string, draft: ViewState, range: ZoomRange, placed: Placed): LinkProblem[];
  /** The value to write, or undefined to omit it (it equals the default). */
  write(state: ViewState): string | undefined;
}

/** A key stored in one field of ViewState; its default is that field of DEFAULT_VIEW. */
function field<K extends FieldName>(key: string, name: K, codec: Codec<ViewState[K]>): KeyEntry {
  const fallback = codec.write(DEFAULT_VIEW[name]);
  return {
    key,
    read(value, draft) {
      const r = codec.read(value);
      if (!r.ok) return [linkProblem('lpIgnoredValue', { key, value: quote(value), reason: r.reason })];
      draft[name] = r.value;
      return r.notices;
    },
    write(state) {
      const s = codec.write(state[name]);
      return s === fallback ? undefined : s;
    },
  };
}

/** `map=`: not a single field, clamped to the zoom range, and always written. */
const mapEntry: KeyEntry = {
  key: 'map',
  read(value, draft, range, placed) {
    const { view, notices, centred } = readMapView(value, draft, range);
    Object.assign(draft, view);
    placed.camera = centred;
    return notices;
  },
  write: (state) => writeMapView(state),
};

/** The keys, in the order they are written. */
export const KEYS: readonly KeyEntry[] = [
  mapEntry, //                                                         map=12.5/39.56123/46.30123[/b/p]
  field('show', 'shown', showCodec), //                                 show=am-mod-0512,third
  field('hide', 'hidden', hideCodec), //                                hide=azerbaijan,border | hide=*
  field('claim', 'selected', nullable(idCodec)), //                     claim=am-mod-0512
  field('compare', 'compare', enumCodec(COMPARE_MODES)), //             compare=swipe | overlay
  field('colour', 'colourBy', enumCodec(COLOUR_BY)), //                 colour=line
  field('split', 'divider', fractionCodec), //                          split=0.35
  field('swap', 'swapped', flagCodec), //                               swap=1
  field('until', 'until', nullable(dateCodec)), //                      until=2021-05-20
  field('data', 'dataVersion', nullable(dataVersionCodec)), //          data=1a2b3c4d | local-1a2b3c4d
  field('embed', 'embed', flagCodec), //                                embed=1
  field('lang', 'lang', nullable(enumCodec(LANGS))), //                 lang=hy
];
const BY_KEY = new Map(KEYS.map((e) => [e.key, e]));
const VERSION_KEY = 'v';
const isOurKey = (key: string) => key === VERSION_KEY || BY_KEY.has(key);

// ---- fragment syntax --------------------------------------------------------------------------------

/** One `key=value` segment; value is undefined when the segment has no `=`. Both still percent-encoded. */
interface Pair {
  key: string;
  value: string | undefined;
}

function splitPairs(body: string): Pair[] {
  return body
    .split('&')
    .filter((seg) => seg !== '') // `&&`, a trailing `&`: nothing to read
    .map((seg) => {
      const i = seg.indexOf('=');
      return i < 0 ? { key: seg, value: undefined } : { key: seg.slice(0, i), value: seg.slice(i + 1) };
    });
}

const joinPair = (p: Pair) => (p.value === undefined ? p.key : `${p.key}=${p.value}`);
const keyOf = (segment: string) => segment.split('=', 1)[0] ?? '';

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

// ---- versions ---------------------------------------------------------------------------------------

/**
 * v0, the prototype's links (no `v` key): `layers=a+b+c` listed every visible layer, `sel=` held the
 * selected claim, and `compare=none` meant off. The rest is as in v1, so an unversioned link that uses
 * v1 keys (hand-made, or OSM's bare `map=`) reads as expected too.
 */
function upgradeV0(pairs: Pair[]): Pair[] {
  return pairs.flatMap((p): Pair[] => {
    if (p.key === 'layers')
      return [
        { key: 'hide', value: '*' },
        { key: 'show', value: (p.value ?? '').replaceAll('+', ',') },
      ];
    if (p.key === 'sel') return [{ key: 'claim', value: p.value }];
    if (p.key === 'compare' && p.value === 'none') return [{ key: 'compare', value: 'off' }];
    return [p];
  });
}

/** Upgrade steps: UPGRADES[n] turns a version-n link's pairs into version n+1's. */
const UPGRADES: ReadonlyArray<(pairs: Pair[]) => Pair[]> = [upgradeV0];

/** The version a link declares with its first `v`: 0 without one; unreadable or newer reads as current. */
function readVersion(pairs: Pair[]): { version: number; notices: LinkProblem[] } {
  const p = pairs.find((x) => x.key === VERSION_KEY);
  if (!p) return { version: 0, notices: [] };
  const raw = p.value ?? '';
  if (!/^\d{1,6}$/.test(raw)) {
    return { version: FORMAT_VERSION, notices: [linkProblem('lpBadVersion', { value: quote(raw) })] };
  }
  const version = Number(raw);
  if (version > FORMAT_VERSION) {
    // Versions as the link writes them (`v=2`), not as numbers in the reader's digits.
    const notice = linkProblem('lpNewerVersion', {
      version: String(version),
      current: String(FORMAT_VERSION),
    });
    return { version, notices: [notice] };
  }
  return { version, notices: [] };
}

function upgrade(pairs: Pair[], version: number): Pair[] {
  let out = pairs;
  for (let v = version; v < FORMAT_VERSION; v++) out = UPGRADES[v]?.(out) ?? out;
  return out;
}

// ---- parse and format -------------------------------------------------------------------------------

function copyView(s: Readonly<ViewState>): ViewState {
  return {
    ...s,
    center: [s.center[0], s.center[1]],
    shown: [...s.shown],
    hidden: s.hidden === 'all' ? 'all' : [...s.hidden],
    extra: [...s.extra],
  };
}

/** Reads one of our keys' raw value into `draft`; returns notices. */
function readKey(
  entry: KeyEntry,
  raw: string | undefined,
  draft: ViewState,
  range: ZoomRange,
  placed: Placed,
): LinkProblem[] {
  if (raw === undefined) return [linkProblem('lpNoValue', { key: entry.key })];
  const value = decode(raw);
  if (value === undefined) return [linkProblem('lpBadEncoding', { key: entry.key, value: quote(raw) })];
  return entry.read(value, draft, range, placed);
}

/** A layer both shown and hidden is a contradiction: drop it from both, so its default holds. */
function dropContradictions(state: ViewState): LinkProblem[] {
  if (state.hidden === 'all') return [];
  const hidden = new Set(state.hidden);
  const both = new Set(state.shown.filter((id) => hidden.has(id)));
  if (both.size === 0) return [];
  state.shown = state.shown.filter((id) => !both.has(id));
  state.hidden = state.hidden.filter((id) => !both.has(id));
  return [...both].map((id) => linkProblem('lpShownAndHidden', { value: quote(id) }));
}

/** Keeps the state's own link within MAX_FRAGMENT_LENGTH, so writing and reading it back loses nothing. */
function fitLength(state: ViewState): LinkProblem[] {
  const fits = () => formatFragment(state).length - 1 <= MAX_FRAGMENT_LENGTH;
  if (fits()) return [];
  const notices = [linkProblem('lpDroppedExtra', { n: state.extra.length })];
  state.extra = [];
  if (fits()) return notices;
  state.shown = [];
  state.hidden = [];
  return [...notices, linkProblem('lpDroppedLayers')];
}

/** Reads a location hash (leading `#` optional) into a valid state, whatever the input. Never throws. */
export function parseFragment(hash: string, options: ParseOptions = {}): ParseResult {
  const range: ZoomRange = {
    minZoom: options.minZoom ?? DEFAULT_ZOOM_RANGE.minZoom,
    maxZoom: options.maxZoom ?? DEFAULT_ZOOM_RANGE.maxZoom,
  };
  const state = copyView(DEFAULT_VIEW);
  const view = options.view ?? DEFAULT_VIEW;
  // The fallback camera, kept inside the zoom range so even a link without `map=` gives a valid state.
  Object.assign(state, {
    center: [view.center[0], view.center[1]],
    zoom: Math.min(range.maxZoom, Math.max(range.minZoom, view.zoom)),
    bearing: view.bearing,
    pitch: view.pitch,
  });
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_FRAGMENT_LENGTH) {
    const notice = linkProblem('lpTooLong', { n: body.length, max: MAX_FRAGMENT_LENGTH });
    return { state, notices: [notice], version: FORMAT_VERSION, hasCamera: false };
  }
  let pairs = splitPairs(body);
  const { version, notices } = readVersion(pairs);
  pairs = upgrade(pairs, version);
  const seen = new Set<string>();
  const extra: string[] = [];
  const placed: Placed = { camera: false };
  for (const p of pairs) {
    const entry = BY_KEY.get(p.key);
    if (!isOurKey(p.key)) extra.push(fragmentSafe(joinPair(p)));
    else if (seen.has(p.key))
      notices.push(linkProblem('lpDuplicate', { key: p.key, value: quote(p.value ?? '') }));
    else if (entry) notices.push(...readKey(entry, p.value, state, range, placed));
    seen.add(p.key);
  }
  state.extra = extra;
  notices.push(...dropContradictions(state), ...fitLength(state));
  return { state, notices, version, hasCamera: placed.camera };
}

/** Writes a state as a location hash, `#map=...`: defaults omitted, foreign keys last. */
export function formatFragment(state: ViewState): string {
  const ours = KEYS.map((e) => [e.key, e.write(state)] as const).filter(
    (kv): kv is readonly [string, string] => kv[1] !== undefined,
  );
  const [map, ...rest] = ours.map(([k, v]) => `${k}=${v}`);
  // Foreign segments are made URL-safe again in case the state was built by hand, and never shadow ours.
  const extra = state.extra.map(fragmentSafe).filter((seg) => seg !== '' && !isOurKey(keyOf(seg)));
  return '#' + [map, `${VERSION_KEY}=${FORMAT_VERSION}`, ...rest, ...extra].join('&');
}

// ---- layers -----------------------------------------------------------------------------------------

/** The visible layer ids a state means, given the app's default set. Unknown ids are returned as they are. */
export function resolveLayers(
  state: Pick<ViewState, 'shown' | 'hidden'>,
  defaults: ReadonlySet<string>,
): Set<string> {
  const hidden = state.hidden;
  const base = hidden === 'all' ? [] : [...defaults].filter((id) => !hidden.includes(id));
  return new Set([...base, ...state.shown]);
}

/** The shortest `shown`/`hidden` pair for a visible set: a difference from the defaults, or `hide=*` + all. */
export function diffLayers(
  visible: ReadonlySet<string>,
  defaults: ReadonlySet<string>,
): Pick<ViewState, 'shown' | 'hidden'> {
  const ids = [...visible].filter((id) => ID_PATTERN.test(id)).sort();
  const diff = {
    shown: ids.filter((id) => !defaults.has(id)),
    hidden: [...defaults].filter((id) => !visible.has(id) && ID_PATTERN.test(id)).sort(),
  };
  const size = (x: { shown: readonly string[]; hidden: readonly string[] | 'all' }) =>
    showCodec.write(x.shown).length + hideCodec.write(x.hidden).length;
  const all = { shown: ids, hidden: 'all' as const };
  return size(all) < size(diff) ? all : diff;
}

// ---- checks -----------------------------------------------------------------------------------------

const isId = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
const inRange = (x: number, min: number, max: number) => Number.isFinite(x) && x >= min && x <= max;

/** True if every field is in range and every string safe to write: what parseFragment guarantees. */
export function isValidState(s: ViewState, range: ZoomRange = DEFAULT_ZOOM_RANGE): boolean {
  const [lng, lat] = s.center;
  const hidden = s.hidden;
  return (
    inRange(lng, -180, 180) &&
    lng < 180 &&
    inRange(lat, -MAX_LAT, MAX_LAT) &&
    inRange(s.zoom, range.minZoom, range.maxZoom) &&
    inRange(s.bearing, -180, 180) &&
    s.bearing > -180 &&
    inRange(s.pitch, 0, MAX_PITCH) &&
    s.shown.every(isId) &&
    (hidden === 'all' || (hidden.every(isId) && !s.shown.some((id) => hidden.includes(id)))) &&
    (s.selected === null || isId(s.selected)) &&
    COMPARE_MODES.includes(s.compare) &&
    COLOUR_BY.includes(s.colourBy) &&
    inRange(s.divider, 0, 1) &&
    typeof s.swapped === 'boolean' &&
    (s.until === null || isIsoDate(s.until)) &&
    (s.dataVersion === null || DATA_VERSION_PATTERN.test(s.dataVersion)) &&
    typeof s.embed === 'boolean' &&
    (s.lang === null || LANGS.includes(s.lang)) &&
    s.extra.every((seg) => seg !== '' && fragmentSafe(seg) === seg && !isOurKey(keyOf(seg)))
  );
}

/** Tolerances for sameView: what a link's rounding may change. */
export interface ViewTolerance {
  degrees: number;
  zoom: number;
  angle: number;
  divider: number;
}

const TOLERANCE: ViewTolerance = { degrees: 1e-5, zoom: 0.01, angle: 0.05, divider: 0.0005 };
const EPS = 1e-9; // float noise on top of the rounding

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
};

/** True if two states show the same view, within the rounding a link applies. */
export function sameView(a: ViewState, b: ViewState, tol: ViewTolerance = TOLERANCE): boolean {
  const near = (x: number, y: number, t: number) => Math.abs(x - y) <= t + EPS;
  const nearAngle = (x: number, y: number, t: number) => Math.abs(wrapLng(x - y)) <= t + EPS;
  const hiddenSame =
    a.hidden === 'all' || b.hidden === 'all' ? a.hidden === b.hidden : sameSet(a.hidden, b.hidden);
  return (
    nearAngle(a.center[0], b.center[0], tol.degrees) &&
    near(a.center[1], b.center[1], tol.degrees) &&
    near(a.zoom, b.zoom, tol.zoom) &&
    nearAngle(a.bearing, b.bearing, tol.angle) &&
    near(a.pitch, b.pitch, tol.angle) &&
    sameSet(a.shown, b.shown) &&
    hiddenSame &&
    a.selected === b.selected &&
    a.compare === b.compare &&
    a.colourBy === b.colourBy &&
    near(a.divider, b.divider, tol.divider) &&
    a.swapped === b.swapped &&
    a.until === b.until &&
    a.dataVersion === b.dataVersion &&
    a.embed === b.embed &&
    a.lang === b.lang &&
    a.extra.length === b.extra.length &&
    a.extra.every((seg, i) => seg === b.extra[i])
  );
}
