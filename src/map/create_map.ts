import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type Camera } from './view';
import { applyMapLocale, type MapLocale } from './map_locale';

declare global {
  interface Window {
    /** The app's MapLibre map: the handle for browser tests and debugging. */
    __map?: MapLibreMap;
    /** The second map of the swipe comparison, while it is open. */
    __swipeMap?: MapLibreMap;
  }
}

// After `vite build` MapLibre cannot find its worker by itself: hand it the bundled file.
setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/**
 * Starts MapLibre's worker before the map exists. Left to the map, the worker's script is fetched and
 * compiled only once the map is made, after the page has its data; started first, it is ready sooner (in
 * paired trial loads against the build without it, about 4% off the first view; see the README's benchmark).
 */
export function startMapWorker(): void {
  prewarm();
}

/**
 * MapLibre's attribution control, always open. MapLibre's own measures the map (`offsetWidth`) on every style
 * and source event to decide whether to fold itself up, even when told never to (`compact: false`): each time
 * a forced layout of the whole page while the map was loading (10–20 ms of main-thread time a load, in CPU
 * profiles of the first view). This one only keeps itself open.
 */
class OpenAttributionControl extends AttributionControl {
  constructor() {
    super({ compact: false });
  }
  override _updateCompact = (): void => {
    this._container.setAttribute('open', '');
  };
}

export interface CreateMapOptions {
  /** The camera to open at (the first view's: view.ts, initialCamera; the first paint opens at the same). */
  camera: Camera;
  /** Expose as `window.__map` (the main map only). */
  expose?: boolean;
  /** Add zoom, compass, scale and attribution controls. */
  controls?: boolean;
  /** MapLibre's own words (map_locale.ts), in the reader's language. */
  locale: MapLocale;
}

/** Each main map's scale: told again when the words change (setMapLocale). */
const scales = new WeakMap<MapLibreMap, ScaleControl>();

/** Creates a map in `container`; the main one gets the controls and is exposed as `window.__map`. */
export function createMap(
  container: HTMLElement,
  style: StyleSpecification,
  { camera, expose = true, controls = true, locale }: CreateMapOptions,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    ...camera,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    attributionControl: false,
    fadeDuration: 0,
    dragRotate: true,
    localIdeographFontFamily: false,
    locale,
  });
  if (controls) {
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    scales.set(map, scale);
    map.addControl(scale, 'bottom-left');
    map.addControl(new OpenAttributionControl(), 'bottom-right');
  }
  if (expose) window.__map = map;
  return map;
}

/** Gives a map made here MapLibre's words in another language (map_locale.ts). */
export const setMapLocale = (map: MapLibreMap, locale: MapLocale): void =>
  applyMapLocale(map, locale, scales.get(map));
