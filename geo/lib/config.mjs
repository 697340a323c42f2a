// Fixed parameters of the base-map build: windows, tolerances, countries and attribution strings.

/** @typedef {{ west: number, south: number, east: number, north: number }} Box */

/** Detail window: full OpenStreetMap detail inside (Syunik, Nakhchivan's east, Lachin, Kalbajar, Vardenis/Sotk). */
export const REGION = /** @type {Box} */ ({ west: 44.7, south: 38.7, east: 47.3, north: 40.6 });

/** South Caucasus context window: neighbours are clipped to it, places beyond it are left out. */
export const CONTEXT = /** @type {Box} */ ({ west: 38, south: 36, east: 52, north: 44 });

/** Coordinates are rounded to this many decimals (1e-5 degree is about 1 m). */
export const DECIMALS = 5;

/** Douglas–Peucker tolerances in metres outside REGION; inside REGION nothing is simplified. */
export const TOLERANCE_M = { ARM: 150, AZE: 150, neighbour: 600 };

/** Unshared rings (islands, lake holes) smaller than this (km²) are dropped outside REGION. */
export const MIN_RING_KM2 = { ARM: 0.5, AZE: 0.5, neighbour: 5 };

/** Countries taken from the OpenStreetMap-derived land polygons, in output order. */
export const COUNTRIES = [
  { iso: 'ARM', name: 'Armenia', main: true },
  { iso: 'AZE', name: 'Azerbaijan', main: true },
  { iso: 'GEO', name: 'Georgia', main: false },
  { iso: 'IRN', name: 'Iran', main: false },
  { iso: 'TUR', name: 'Turkey', main: false },
  { iso: 'RUS', name: 'Russia', main: false },
];

/** Reference points used to recognise parts of the data. */
export const POINTS = {
  sevLich: [46.23167, 39.59806],
  sevan: [45.3, 40.35],
  nakhchivan: [45.41222, 39.20889],
};

/** Lakes whose outline comes within this distance (m) of the Armenia–Azerbaijan line are kept. */
export const LAKE_NEAR_BORDER_M = 2000;

/**
 * Natural Earth admin-1 code of Syunik; how far (km) its polygon is grown before clipping to OSM,
 * and how close (km) to another NE province the grown part may come.
 */
export const SYUNIK = { adm1: 'ARM-1732', growKm: 5, keepOffKm: 1.5 };

/** Places: GeoNames minimum population inside REGION, and inside CONTEXT (outside REGION). */
export const PLACES = { minPopRegion: 1000, minPopContext: 100000 };

export const ATTRIBUTION = {
  osm: '© OpenStreetMap contributors (ODbL)',
  ne: 'Natural Earth (public domain)',
  geonames: 'GeoNames (CC BY 4.0)',
};

export const LICENCE = { osm: 'ODbL-1.0', ne: 'public domain', geonames: 'CC-BY-4.0' };
