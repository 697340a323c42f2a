// MapLibre's own interface words (its canvas's label, the zoom and compass buttons' titles, the scale's units)
// in the reader's language. MapLibre takes them once, when a map is made (its `locale` option); applyMapLocale
// gives an existing map new ones when the reader switches language.
import type { Map as MapLibreMap, ScaleControl } from 'maplibre-gl';
import type { MessageKey } from '../i18n/messages';

/** MapLibre's UI string ids the app's maps show, and the catalogue's key for each. */
const MAP_UI_KEYS = {
  'Map.Title': 'mapCanvas',
  'NavigationControl.ZoomIn': 'zoomIn',
  'NavigationControl.ZoomOut': 'zoomOut',
  'NavigationControl.ResetBearing': 'resetNorth',
  'ScaleControl.Kilometers': 'unitKm',
  'ScaleControl.Meters': 'unitM',
} as const satisfies Record<string, MessageKey>;

export type MapLocale = Record<keyof typeof MAP_UI_KEYS, string>;

/** MapLibre's UI strings in the language `t` speaks. */
export function mapLocale(t: (key: MessageKey) => string): MapLocale {
  return Object.fromEntries(Object.entries(MAP_UI_KEYS).map(([id, key]) => [id, t(key)])) as MapLocale;
}

/** The navigation control's buttons, by class, and the string each one's title and label take. */
const BUTTONS = [
  ['maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
] as const;

/**
 * Gives a made map new UI strings: MapLibre reads its table (`_locale`) when it next writes one (the scale,
 * on every move) and sets the canvas's label and the buttons' titles only once, so those are set here.
 */
export function applyMapLocale(map: MapLibreMap, locale: MapLocale, scale?: ScaleControl): void {
  // (`_locale` is MapLibre's own table, which it reads each time: kept when a later MapLibre renames it.)
  if (map._locale) Object.assign(map._locale, locale);
  map.getCanvas().setAttribute('aria-label', locale['Map.Title']);
  for (const [cls, id] of BUTTONS) {
    const button = map.getContainer().querySelector(`.${cls}`);
    button?.setAttribute('title', locale[id]);
    button?.setAttribute('aria-label', locale[id]);
  }
  scale?.setUnit('metric'); // writes the scale again, in the new units' words
}
