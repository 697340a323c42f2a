import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { BASE_COLOURS as C } from './palette';
import { LAKE_LABEL_SOURCE } from './lake_labels';

/** Absolute URLs of the base-map GeoJSON files, one per source (the page fetches them for the map). */
export interface BaseDataUrls {
  land: string;
  border: string;
  syunik: string;
  lakes: string;
  places: string;
  countryLabels: string;
  /** Points on the boundary where its label goes (a winding 10 m line leaves no room for a line label). */
  borderLabels: string;
}

/** Fonts are CSS font families (self-hosted web fonts); MapLibre draws them locally, no glyph server. */
export const LABEL_FONTS = ['Noto Sans', 'Noto Sans Armenian', 'sans-serif'];

export const ATTRIBUTION = {
  osm: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL)',
  naturalEarth: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  geonames: '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
} as const;

/** Reference layers by toggle group: the ids the layer panel and the URL speak of. */
export const REFERENCE_GROUPS = {
  border: ['border-casing', 'border-line', 'border-bridge', 'border-label'],
  province: ['syunik-fill', 'syunik-line', 'syunik-label'],
  places: ['place-dots', 'place-labels'],
} as const;

export type ReferenceGroup = keyof typeof REFERENCE_GROUPS;

/** What the base map's own labels say, in the reader's language. */
export interface MapLabels {
  /** The reader's language: place and country labels show the data's `name_<lang>` first, where it has one. */
  lang: string;
  border: string;
  borderNote: string;
  province: string;
}

export const ENGLISH_MAP_LABELS: MapLabels = {
  lang: 'en',
  border: 'Armenia–Azerbaijan boundary',
  borderNote: 'reference line · OpenStreetMap',
  province: 'SYUNIK',
};

/** A feature's name in the reader's language where the data has it, its English name otherwise. */
const nameIn = (lang: string): ExpressionSpecification =>
  lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];

/**
 * The text of the base map's labels, by layer: places in the reader's language with the local name beside
 * (unless that is the name already shown), countries likewise, the province and the boundary in the reader's
 * words. A switch of language sets these on the map (setMapLabels in claim_map.ts).
 */
export function labelTexts(labels: MapLabels): Record<string, ExpressionSpecification> {
  const name = nameIn(labels.lang);
  // The place's own local name(s), chosen by the build (geo/lib/places.mjs, localNames): none outside ARM/AZE,
  // and for a place known by two names not the one an Armenian or Azerbaijani reader sees already.
  const local: ExpressionSpecification = ['coalesce', ['get', `local_${labels.lang}`], ['get', 'local'], ''];
  const second: ExpressionSpecification = ['case', ['!=', local, name], local, ''];
  return {
    'border-label': [
      'format',
      labels.border,
      {},
      '\n',
      {},
      labels.borderNote,
      { 'font-scale': 0.85 },
    ] as ExpressionSpecification,
    'syunik-label': [
      'format',
      labels.province,
      {},
      ...(labels.lang === 'hy' ? [] : ['\n', {}, ['get', 'name_hy'], { 'font-scale': 0.85 }]),
    ] as ExpressionSpecification,
    'country-labels': ['upcase', name],
    'lake-labels': lakeLabel(name),
    'place-labels': [
      'format',
      name,
      {},
      ['case', ['!=', second, ''], '\n', ''],
      {},
      second,
      { 'font-scale': 0.82 },
    ],
  };
}

/**
 * A named lake's label: its name in the reader's language, and under it its Armenian and Azerbaijani names
 * other than that one, so that a lake on the border (Sev Lich, which Azerbaijan calls Qaragöl) is named by
 * both sides in every language. (Sections of one `format`: the first paint reads no `concat`.)
 */
function lakeLabel(name: ExpressionSpecification): ExpressionSpecification {
  const other = (key: string): ExpressionSpecification => [
    'case',
    ['all', ['!=', ['coalesce', ['get', key], ''], ''], ['!=', ['get', key], name]],
    ['get', key],
    '',
  ];
  const [hy, az] = [other('name_hy'), other('name_az')];
  const small = { 'font-scale': 0.85 };
  return [
    'format',
    name,
    {},
    ['case', ['any', ['!=', hy, ''], ['!=', az, '']], '\n', ''],
    {},
    hy,
    small,
    ['case', ['all', ['!=', hy, ''], ['!=', az, '']], ' · ', ''],
    small,
    az,
    small,
  ] as ExpressionSpecification;
}

// Show fewer places when zoomed out: rank 1 is most important.
const maxRankForZoom: ExpressionSpecification = ['step', ['zoom'], 2, 7.5, 3, 8.5, 4, 9.8, 5];

/** Builds the sources of the base map. */
function baseSources(urls: BaseDataUrls): Record<string, SourceSpecification> {
  const geojson = (data: string, attribution?: string): SourceSpecification => ({
    type: 'geojson',
    data,
    ...(attribution ? { attribution } : {}),
  });
  return {
    land: geojson(urls.land, `${ATTRIBUTION.osm}, ${ATTRIBUTION.naturalEarth}`),
    border: geojson(urls.border),
    // Filled from the border data once it is in (withBorderBridges): the straight bridges across lakes.
    'border-bridges': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    syunik: geojson(urls.syunik),
    lakes: geojson(urls.lakes),
    // Filled from the lakes' data once it is in (withLakeLabels): a point inside each named lake.
    [LAKE_LABEL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    places: geojson(urls.places, ATTRIBUTION.geonames),
    'country-labels': geojson(urls.countryLabels),
    'border-labels': geojson(urls.borderLabels),
  };
}

/** Builds the base layers, bottom to top. Claim layers go between `lakes-line` and `border-casing`. */
function baseLayers(labels: MapLabels): LayerSpecification[] {
  const text = labelTexts(labels);
  const isArmAze: ExpressionSpecification = ['in', ['get', 'iso'], ['literal', ['ARM', 'AZE']]];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.outside } },
    {
      id: 'land-fill',
      type: 'fill',
      source: 'land',
      paint: { 'fill-color': ['case', isArmAze, C.land, C.neighbourLand] },
    },
    {
      id: 'land-edge',
      type: 'line',
      source: 'land',
      filter: ['!', isArmAze],
      paint: { 'line-color': C.countryEdge, 'line-width': 0.8 },
    },
    {
      id: 'syunik-fill',
      type: 'fill',
      source: 'syunik',
      // Faint: the outline marks the province; a strong fill would weigh one side of the border.
      paint: { 'fill-color': C.provinceFill, 'fill-opacity': 0.35 },
    },
    {
      id: 'syunik-line',
      type: 'line',
      source: 'syunik',
      paint: {
        'line-color': C.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 12, 2],
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'lakes-fill',
      type: 'fill',
      source: 'lakes',
      paint: { 'fill-color': C.lake },
    },
    {
      id: 'lakes-line',
      type: 'line',
      source: 'lakes',
      paint: { 'line-color': C.lakeLine, 'line-width': 0.8 },
    },
    {
      id: 'border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.borderCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 12, 6],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'border-line',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 12, 2.5],
      },
    },
    {
      // Where the reference line is bridged straight across a lake (the recipes do so): an assumption of this
      // map, drawn dotted and grey, apart from the surveyed line.
      id: 'border-bridge',
      type: 'line',
      source: 'border-bridges',
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': C.bridge,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2, 12, 3.5],
        'line-dasharray': [0, 2],
      },
    },
    {
      id: 'border-label',
      type: 'symbol',
      source: 'border-labels',
      minzoom: 7,
      // A label point may say from which zoom it is written: zoomed out, two would be near each other.
      filter: ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
      layout: {
        'text-field': text['border-label'],
        'text-font': LABEL_FONTS,
        'text-size': 11,
        'text-max-width': 30,
        'text-variable-anchor': ['left', 'right'],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
      },
      paint: { 'text-color': C.border, 'text-halo-color': C.halo, 'text-halo-width': 1.8 },
    },
    {
      id: 'syunik-label',
      type: 'symbol',
      source: 'syunik',
      // Only when zoomed out: closer in, the polygon's label repeats per tile and the towns say enough.
      maxzoom: 8.5,
      layout: {
        'text-field': text['syunik-label'],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-letter-spacing': 0.15,
      },
      paint: { 'text-color': C.provinceLine, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      maxzoom: 9,
      layout: {
        'text-field': text['country-labels'],
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 8, 16],
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': C.countryText, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'lake-labels',
      type: 'symbol',
      source: LAKE_LABEL_SOURCE,
      // Close in only: further out the claims' labels crowd the lake.
      minzoom: 12.5,
      filter: ['!=', ['coalesce', ['get', 'name'], ''], ''],
      layout: {
        'text-field': text['lake-labels'],
        'text-font': LABEL_FONTS,
        'text-size': 12,
        'text-max-width': 12,
        // Over the claims, to be read, but never keeping a claim's label (placed after it) from its place.
        'text-ignore-placement': true,
      },
      paint: { 'text-color': C.lakeText, 'text-halo-color': C.halo, 'text-halo-width': 1.6 },
    },
    {
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      filter: ['<=', ['get', 'rank'], maxRankForZoom],
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 5, 2, 4, 3, 3.5, 2.5],
        'circle-color': C.placeDot,
        'circle-stroke-color': C.halo,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['<=', ['get', 'rank'], maxRankForZoom],
      layout: {
        // Important places first; within a rank, the larger place wins a collision.
        'symbol-sort-key': ['-', ['*', ['get', 'rank'], 1e6], ['coalesce', ['get', 'population'], 0]],
        'text-field': text['place-labels'],
        'text-font': LABEL_FONTS,
        'text-size': ['match', ['get', 'rank'], 1, 16, 2, 14, 3, 13, 12],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        // Two names side by side read as one ("Akner Verishen") with MapLibre's 2 px: a word's space apart.
        'text-padding': 5,
      },
      paint: { 'text-color': C.placeText, 'text-halo-color': C.halo, 'text-halo-width': 1.6 },
    },
  ];
}

/** The id of the layer that claim layers are inserted below, so the border stays on top of claims. */
export const CLAIMS_BELOW_LAYER = 'border-casing';

/** Builds the MapLibre style of the base map. Pure: same URLs and labels in, same style out. */
export function buildBaseStyle(
  urls: BaseDataUrls,
  labels: MapLabels = ENGLISH_MAP_LABELS,
): StyleSpecification {
  return {
    version: 8,
    name: 'Claimlines base map',
    sources: baseSources(urls),
    layers: baseLayers(labels),
  };
}
