import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONTS } from './base_style';

/**
 * Party colours: colour-blind-safe (purple vs ochre stay apart under the common colour-vision deficiencies),
 * of similar lightness so neither side dominates, and in neither country's flag.
 */
export const PARTY_COLOURS: Record<string, string> = {
  armenia: '#8e4fb8',
  azerbaijan: '#a67c00',
  third: '#56606c',
};

export const OVERLAP_COLOUR = '#c0392b';

/** Source ids the claim layers read from. */
export const CLAIM_SOURCE = 'claims';
export const OVERLAP_SOURCE = 'claims-overlap';

/** Name of the hatch image for a party: derived shapes are hatched, never solid. */
export const hatchImageId = (party: string) => `hatch-${party}`;

const partyColour: ExpressionSpecification = [
  'match',
  ['get', 'party'],
  'armenia',
  PARTY_COLOURS.armenia!,
  'azerbaijan',
  PARTY_COLOURS.azerbaijan!,
  PARTY_COLOURS.third!,
];

const isDerived: ExpressionSpecification = ['==', ['get', 'derived'], true];
const reading = (r: 'main' | 'narrow' | 'wide'): ExpressionSpecification => ['==', ['get', 'reading'], r];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** The claim layers, bottom to top. Every layer is filtered by `visibleFilter` (see `claimFilter`). */
export const CLAIM_LAYER_IDS = [
  'claims-wide-fill',
  'claims-fill-given',
  'claims-fill-derived',
  'claims-overlap-fill',
  'claims-wide-line',
  'claims-narrow-line',
  'claims-line',
  'claims-boundary',
  'claims-point',
  'claims-highlight',
  'claims-label',
] as const;

/** Layers whose features are clickable claims. */
export const CLAIM_HIT_LAYERS = [
  'claims-fill-given',
  'claims-fill-derived',
  'claims-line',
  'claims-boundary',
  'claims-point',
];

/** A filter that keeps the features of the given claim ids, and of the given reading(s). */
export function claimFilter(ids: readonly string[], extra: ExpressionSpecification): FilterSpecification {
  return ['all', ['in', ['get', 'claimId'], ['literal', [...ids]]], extra];
}

/** Builds the claim layers, showing the claims in `visibleIds`. `highlightIds` get a thick outline. */
export function buildClaimLayers(
  visibleIds: readonly string[],
  highlightIds: readonly string[] = [],
): LayerSpecification[] {
  const f = (extra: ExpressionSpecification) => claimFilter(visibleIds, extra);
  return [
    {
      id: 'claims-wide-fill',
      type: 'fill',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('wide'), isArea]),
      paint: { 'fill-color': partyColour, 'fill-opacity': 0.1 },
    },
    {
      id: 'claims-fill-given',
      type: 'fill',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('main'), isArea, ['!', isDerived]]),
      paint: { 'fill-color': partyColour, 'fill-opacity': 0.3 },
    },
    {
      id: 'claims-fill-derived',
      type: 'fill',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('main'), isArea, isDerived]),
      paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'party']], 'fill-opacity': 0.9 },
    },
    {
      id: 'claims-overlap-fill',
      type: 'fill',
      source: OVERLAP_SOURCE,
      paint: { 'fill-pattern': 'hatch-overlap', 'fill-opacity': 1 },
    },
    {
      id: 'claims-wide-line',
      type: 'line',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('wide'), isArea]),
      paint: { 'line-color': partyColour, 'line-width': 1.2, 'line-dasharray': [1, 2], 'line-opacity': 0.9 },
    },
    {
      id: 'claims-narrow-line',
      type: 'line',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('narrow'), isArea]),
      paint: {
        'line-color': partyColour,
        'line-width': 1.2,
        'line-dasharray': [3, 1.5],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'claims-line',
      type: 'line',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('main'), isArea]),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': partyColour,
        'line-width': 2.2,
        // Derived shapes are dashed: a derived shape never looks like a surveyed fact.
        'line-dasharray': ['case', isDerived, ['literal', [2.5, 1.5]], ['literal', [1, 0]]],
      },
    },
    {
      id: 'claims-boundary',
      type: 'line',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('main'), isLine]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': partyColour, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: 'claims-point',
      type: 'circle',
      source: CLAIM_SOURCE,
      filter: f(['all', reading('main'), isPoint]),
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': partyColour,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'claims-highlight',
      type: 'line',
      source: CLAIM_SOURCE,
      filter: claimFilter(highlightIds, ['all', reading('main'), ['!', isPoint]]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#111111', 'line-width': 4, 'line-opacity': 0.85 },
    },
    {
      id: 'claims-label',
      type: 'symbol',
      source: CLAIM_SOURCE,
      minzoom: 10,
      filter: f(['all', reading('main'), ['any', isArea, isPoint]]),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONTS,
        'text-size': 11,
        'text-max-width': 12,
        'text-offset': [0, 1.2],
        'text-optional': true,
      },
      paint: { 'text-color': partyColour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}

/** Draws a diagonal hatch tile (RGBA, `size`²) in `colour`; `cross` adds the other diagonal. */
export function hatchPixels(colour: string, size = 12, cross = false): Uint8Array {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Lines of slope 1 (and -1 for cross) two pixels wide; tile-periodic so the pattern is seamless.
      const on = (x + y) % size < 2 || (cross && (x - y + size) % size < 2);
      const i = (y * size + x) * 4;
      px.set(on ? [r, g, b, 230] : [r, g, b, 28], i);
    }
  }
  return px;
}
