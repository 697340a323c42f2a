import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * The first view when there is no claim to frame: Syunik's eastern border from Sisian to Lachin and down to
 * Kapan, with Sev Lich near the centre. With claims, the first view frames them (claim-bounds.json).
 */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [45.97, 39.17],
  [46.62, 39.74],
];

/** Zoom range: from the whole South Caucasus to a single ridge. */
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 16;

/** The map cannot be dragged away from the region its data covers. */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [36, 34],
  [56, 46],
];

/** MapLibre's world size at zoom 0, in CSS pixels (its tiles are 512 px). */
export const TILE_SIZE = 512;

/** A camera as MapLibre takes it (north up, no tilt in the first view). */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Web Mercator, as MapLibre projects: [0, 1]² with x east and y south. */
export function mercator([lng, lat]: readonly [number, number] | readonly number[]): [number, number] {
  const x = (180 + lng!) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360))) / 360;
  return [x, y];
}

/** The inverse of `mercator`. */
export function unmercator([x, y]: readonly [number, number]): [number, number] {
  const lng = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
  return [lng, lat];
}

/**
 * The camera that fits `bounds` into a map of `size` CSS pixels with `padding` kept free, north up: the
 * largest zoom (at most `maxZoom`) that shows all of the bounds, centred in the part of the map the padding
 * leaves. It is MapLibre's `fitBounds` for a bearing of 0, computed without a map, so that the first paint
 * (first_paint.ts) and the map itself open at the same camera: the map is made with this camera.
 */
export function fitCamera(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  size: { width: number; height: number },
  padding: Padding = { top: 0, bottom: 0, left: 0, right: 0 },
  maxZoom: number = MAX_ZOOM,
): Camera {
  const [x0, y1] = mercator(bounds[0]);
  const [x1, y0] = mercator(bounds[1]);
  const width = Math.max(1, size.width - padding.left - padding.right);
  const height = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(width / ((x1 - x0) * TILE_SIZE), height / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.min(maxZoom, Math.log2(scale));
  const world = TILE_SIZE * 2 ** zoom;
  // The bounds' centre goes to the centre of the open part, which lies off the map's centre by half the
  // difference of the paddings.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world;
  return { center: unmercator([cx, cy]), zoom, bearing: 0, pitch: 0 };
}

/** The first view frames the claims, but zooms in no closer than this (a single small claim stays in context). */
export const FRAME_MAX_ZOOM = 12;

/**
 * The first view's camera for a map of `size` with `padding` kept free (where the side panel covers it): it
 * frames `bounds` (the claims' bounds, claim-bounds.json), or INITIAL_BOUNDS when there are none.
 */
export const initialCamera = (
  size: { width: number; height: number },
  padding?: Padding,
  bounds?: readonly [readonly [number, number], readonly [number, number]] | null,
): Camera => fitCamera(bounds ?? INITIAL_BOUNDS, size, padding, FRAME_MAX_ZOOM);
