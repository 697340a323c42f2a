import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import { INITIAL_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view';

declare global {
  interface Window {
    /** The app's MapLibre map: the handle for browser tests and debugging. */
    __map?: MapLibreMap;
  }
}

// After `vite build` MapLibre cannot find its worker by itself: hand it the bundled file.
setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/** Waits for the label fonts so the first labels are drawn in them, not in a fallback. */
export async function loadLabelFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load('16px "Noto Sans"', 'Goris Laçın Кафан'),
    document.fonts.load('16px "Noto Sans Armenian"', 'Գորիս'),
  ]).catch(() => undefined); // a missing font only costs looks; labels fall back to sans-serif
}

/** Creates the map in `container` with the base controls, and exposes it as `window.__map`. */
export function createMap(container: HTMLElement, style: StyleSpecification): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    bounds: INITIAL_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    attributionControl: false,
    fadeDuration: 0,
    dragRotate: true,
    localIdeographFontFamily: false,
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  window.__map = map;
  return map;
}
