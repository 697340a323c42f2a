import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import { FRAME_MAX_ZOOM, INITIAL_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view';

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

/** Waits for the label fonts so the first labels are drawn in them, not in a fallback. */
export async function loadLabelFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load('16px "Noto Sans"', 'Goris Laçın Кафан'),
    document.fonts.load('16px "Noto Sans Armenian"', 'Գորիս'),
  ]).catch(() => undefined); // a missing font only costs looks; labels fall back to sans-serif
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
  /** The camera to open at; when absent, the map fits `bounds`. */
  camera?: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  /** What the first view frames when no camera is given (INITIAL_BOUNDS when absent). */
  bounds?: LngLatBoundsLike | null;
  /** Expose as `window.__map` (the main map only). */
  expose?: boolean;
  /** Space kept free of the initial bounds, e.g. where a panel covers the map. */
  padding?: { top: number; bottom: number; left: number; right: number };
  /** Add zoom, compass, scale and attribution controls. */
  controls?: boolean;
}

/** Creates a map in `container`; the main one gets the controls and is exposed as `window.__map`. */
export function createMap(
  container: HTMLElement,
  style: StyleSpecification,
  { camera, bounds, padding, expose = true, controls = true }: CreateMapOptions = {},
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    ...(camera ?? {
      bounds: bounds ?? INITIAL_BOUNDS,
      fitBoundsOptions: { ...(padding ? { padding } : {}), maxZoom: FRAME_MAX_ZOOM },
    }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    attributionControl: false,
    fadeDuration: 0,
    dragRotate: true,
    localIdeographFontFamily: false,
  });
  if (controls) {
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(new OpenAttributionControl(), 'bottom-right');
  }
  if (expose) window.__map = map;
  return map;
}
