import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * The first view when there is no claim to frame: Syunik's eastern border from Sisian to Lachin and down to
 * Kapan, with Sev Lich near the centre. With claims, the first view frames them (claim-bounds.json).
 */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
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

/** The first view frames the claims, but zooms in no closer than this (a single small claim stays in context). */
export const FRAME_MAX_ZOOM = 12;
