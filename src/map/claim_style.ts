import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { ColourBy } from '../url/state';
import { LABEL_FONTS } from './base_style';

/** A paint property's name, as MapLibre's setPaintProperty takes it. */
export type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

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

/** The claim labels' colour, the same for every party (see the label layer). */
const LABEL_INK = '#1d232b';

/** Source ids the claim layers read from. */
export const OVERLAP_SOURCE = 'claims-overlap';

/** Name of the hatch image for a party: derived shapes are hatched, never solid. */
export const hatchImageId = (party: string) => `hatch-${party}`;

export const HIGHLIGHT_SOURCE = 'claims-highlight';

const isDerived: ExpressionSpecification = ['==', ['get', 'derived'], true];
const reading = (r: 'main' | 'narrow' | 'wide'): ExpressionSpecification => ['==', ['get', 'reading'], r];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** The party groups, each with its own set of claim layers, so a party toggle changes only its own layers. */
export const CLAIM_GROUPS = ['armenia', 'azerbaijan', 'third'] as const;
export type ClaimGroup = (typeof CLAIM_GROUPS)[number];

/** A feature whose line another party drew or described (claim_features.ts sets `lineBy` only then). */
const isDescribed: ExpressionSpecification = ['has', 'lineBy'];
const describedBy = (g: ClaimGroup): ExpressionSpecification => ['==', ['get', 'lineBy'], g];

/** The parts drawn for each party, bottom to top, with what each part shows. */
const PARTS = {
  'wide-fill': ['all', reading('wide'), isArea],
  'fill-given': ['all', reading('main'), isArea, ['!', isDerived]],
  'fill-derived': ['all', reading('main'), isArea, isDerived],
  'wide-line': ['all', reading('wide'), isArea],
  'narrow-line': ['all', reading('narrow'), isArea],
  'line-given': ['all', reading('main'), isArea, ['!', isDerived], ['!', isDescribed]],
  'line-derived': ['all', reading('main'), isArea, isDerived, ['!', isDescribed]],
  boundary: ['all', reading('main'), isLine, ['!', isDescribed]],
  // The outline of a shape whose line another party described: dotted, in the describing party's colour.
  'described-armenia': ['all', reading('main'), ['!', isPoint], describedBy('armenia')],
  'described-azerbaijan': ['all', reading('main'), ['!', isPoint], describedBy('azerbaijan')],
  'described-third': ['all', reading('main'), ['!', isPoint], describedBy('third')],
  point: ['all', reading('main'), isPoint],
} satisfies Record<string, ExpressionSpecification>;
type Part = keyof typeof PARTS;
export type ClaimPart = Part;
export const CLAIM_PARTS = Object.keys(PARTS) as Part[];

/** The paint property that carries a part's party colour (a hatch image for derived fills). */
const COLOUR_PROPERTY: Record<Part, PaintProperty | null> = {
  'wide-fill': 'fill-color',
  'fill-given': 'fill-color',
  'fill-derived': 'fill-pattern',
  'wide-line': 'line-color',
  'narrow-line': 'line-color',
  'line-given': 'line-color',
  'line-derived': 'line-color',
  boundary: 'line-color',
  'described-armenia': null, // always the describing party's colour
  'described-azerbaijan': null,
  'described-third': null,
  point: 'circle-stroke-color',
};

/**
 * A part's colour value: by party, the group's own colour (a constant: no extra shader variant); by whose
 * line, the colour of the party that drew or described the line, read from the feature (only while chosen).
 */
export function partColour(
  group: ClaimGroup,
  part: Part,
  by: ColourBy,
): [PaintProperty, string | ExpressionSpecification] | null {
  const property = COLOUR_PROPERTY[part];
  if (!property) return null;
  const value = (g: string) => (property === 'fill-pattern' ? hatchImageId(g) : PARTY_COLOURS[g]!);
  if (by === 'party') return [property, value(group)];
  return [
    property,
    [
      'match',
      ['coalesce', ['get', 'lineBy'], group],
      'armenia',
      value('armenia'),
      'azerbaijan',
      value('azerbaijan'),
      value('third'),
    ],
  ];
}

/** The id of one part's layer for one party, e.g. `claims-armenia-line`. */
export const claimLayerId = (group: ClaimGroup, part: Part) => `claims-${group}-${part}`;

/** Layers whose features are clickable claims, for every party. */
export const CLAIM_HIT_LAYERS = CLAIM_GROUPS.flatMap((g) =>
  (
    [
      'fill-given',
      'fill-derived',
      'line-given',
      'line-derived',
      'boundary',
      'described-armenia',
      'described-azerbaijan',
      'described-third',
      'point',
    ] as const
  ).map((p) => claimLayerId(g, p)),
);

/** Layers that draw claim areas (for tests and tools that look for a claim's pixels). */
export const CLAIM_FILL_LAYERS = CLAIM_GROUPS.flatMap((g) =>
  (['fill-given', 'fill-derived'] as const).map((p) => claimLayerId(g, p)),
);

export const HIGHLIGHT_LAYER = 'claims-highlight';
export const OVERLAP_LAYER = 'claims-overlap-fill';

/**
 * Each party's claims are a source of their own: a layer then reads only its party's features (with one
 * source for all, every party's layers would test every claim in every tile).
 */
export const claimSourceId = (group: ClaimGroup) => `claims-${group}`;

/**
 * Every party's labels are in one layer, reading one small source of the labelled features only. One layer,
 * so that neither side's labels win every collision: MapLibre places a higher layer's labels first, and
 * within a layer goes by `symbol-sort-key`, which alternates between the sides (see claim_map.ts). A party's
 * labels are hidden by the layer's filter, which makes MapLibre re-tile this small source, not every shape.
 */
export const CLAIM_LABEL_SOURCE = 'claims-labels';
export const CLAIM_LABEL_LAYER = 'claims-label';

/** The label source holds only what is labelled (claim_map.ts, labelFeatures): each feature with its label. */
const LABELLED: ExpressionSpecification = ['has', 'label'];

/**
 * The label layer's filter: no labels of the `hidden` party groups and, when `ids` is given, only those
 * claims' labels (null: every claim of the parties shown).
 */
export function labelFilter(hidden: readonly string[], ids: readonly string[] | null): FilterSpecification {
  const parts: ExpressionSpecification[] = [LABELLED];
  if (hidden.length) parts.push(['!', ['in', ['get', 'group'], ['literal', [...hidden]]]]);
  if (ids) parts.push(['in', ['get', 'claimId'], ['literal', [...ids]]]);
  return parts.length === 1 ? LABELLED : ['all', ...parts];
}

/** The paint properties that make a layer of each type draw nothing when all are 0. */
export const OPACITY_PROPERTIES: Readonly<Record<string, readonly PaintProperty[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
};

/** The filter of one party's part; when `ids` is given, only those claims (null: every claim of the party). */
export function partFilter(part: Part, ids: readonly string[] | null): FilterSpecification {
  return ids ? ['all', PARTS[part], ['in', ['get', 'claimId'], ['literal', [...ids]]]] : PARTS[part];
}

/** A dashed outline of an area (the readings and derived shapes: never a surveyed-looking solid line). */
const dashedLine = (colour: string, width: number, dasharray: number[]) =>
  ({
    type: 'line',
    paint: { 'line-color': colour, 'line-width': width, 'line-dasharray': dasharray, 'line-opacity': 0.9 },
  }) as const;

/**
 * The paint and layout of one part, in its party's colour. Every paint value is a constant (the layers are
 * per party and per part already): a data-driven value would make MapLibre compile extra shader variants
 * and carry per-vertex attributes. Area outlines keep the default miter joins: round joins add vertices.
 * Every layer states its opacity: a hidden party's layers are set to 0, and shown again to this.
 */
function partLayer(group: ClaimGroup, part: Part): LayerSpecification {
  const id = claimLayerId(group, part);
  const common = { id, source: claimSourceId(group), filter: partFilter(part, null) };
  const colour = PARTY_COLOURS[group]!;
  switch (part) {
    case 'wide-fill':
      return { ...common, type: 'fill', paint: { 'fill-color': colour, 'fill-opacity': 0.1 } };
    case 'fill-given':
      return { ...common, type: 'fill', paint: { 'fill-color': colour, 'fill-opacity': 0.3 } };
    case 'fill-derived':
      return { ...common, type: 'fill', paint: { 'fill-pattern': hatchImageId(group), 'fill-opacity': 0.9 } };
    case 'wide-line':
      return { ...common, ...dashedLine(colour, 1.2, [1, 2]) };
    case 'narrow-line':
      return { ...common, ...dashedLine(colour, 1.2, [3, 1.5]) };
    case 'line-given':
      return {
        ...common,
        type: 'line',
        paint: { 'line-color': colour, 'line-width': 2.2, 'line-opacity': 1 },
      };
    case 'line-derived':
      // Derived shapes are dashed: a derived shape never looks like a surveyed fact.
      return {
        ...common,
        type: 'line',
        paint: { 'line-color': colour, 'line-width': 2.2, 'line-dasharray': [2.5, 1.5], 'line-opacity': 1 },
      };
    case 'boundary':
      return {
        ...common,
        type: 'line',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': colour, 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': 1 },
      };
    case 'described-armenia':
    case 'described-azerbaijan':
    case 'described-third':
      // As wide as the claimant's own outline (neither side's line weighs more), dotted, not dashed.
      return {
        ...common,
        type: 'line',
        paint: {
          'line-color': PARTY_COLOURS[part.replace('described-', '')]!,
          'line-width': 2.2,
          'line-dasharray': [0.8, 1.2],
          'line-opacity': 1,
        },
      };
    case 'point':
      return {
        ...common,
        type: 'circle',
        paint: {
          'circle-radius': 6,
          'circle-color': '#ffffff',
          'circle-stroke-color': colour,
          'circle-stroke-width': 3,
          'circle-opacity': 1,
          'circle-stroke-opacity': 1,
        },
      };
  }
}

/** Every party's claim labels, in one layer (see CLAIM_LABEL_SOURCE). */
const labelLayer: LayerSpecification = {
  id: CLAIM_LABEL_LAYER,
  type: 'symbol',
  source: CLAIM_LABEL_SOURCE,
  filter: labelFilter([], null),
  minzoom: 10,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': LABEL_FONTS,
    'text-size': 11,
    'text-max-width': 12,
    // Where a label may go, tried in turn when it would collide with one placed before it: under a point's
    // marker (or over it); on an area, centred on the point inside it that labelFeatures chose, else just
    // below, above, right or left of that point. So two claims labelled close together both keep a label.
    'text-variable-anchor-offset': [
      'case',
      ['==', ['get', 'marker'], true],
      ['literal', ['top', [0, 0.7], 'bottom', [0, -0.7]]],
      [
        'literal',
        ['center', [0, 0], 'top', [0, 0.4], 'bottom', [0, -0.4], 'left', [0.6, 0], 'right', [-0.6, 0]],
      ],
    ],
    'text-justify': 'auto',
    'text-optional': true,
    // Lower keys are placed first: the sides take turns (claim_map.ts numbers the labels).
    'symbol-sort-key': ['get', 'labelOrder'],
  },
  // One ink for every party: a colour by party would be a data-driven paint value, and MapLibre compiling
  // that shader variant the first time labels show (zoom 10) took a 230–1200 ms task under software WebGL
  // (npm run bench, pan + zoom). The shape under a label carries its party's colour.
  paint: { 'text-color': LABEL_INK, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
};

/** Whether a claim feature is outlined when its claim is highlighted: the main reading, areas and lines. */
export const isHighlightable = (f: { geometry: { type: string }; properties: { reading: string } }) =>
  f.properties.reading === 'main' && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint';

/**
 * The claim layers, bottom to top: each part for every party (so both sides' fills lie below both sides'
 * outlines), the overlap between the sides, the highlight, and labels on top.
 */
export function buildClaimLayers(): LayerSpecification[] {
  const parts = (list: Part[]) => list.flatMap((part) => CLAIM_GROUPS.map((g) => partLayer(g, part)));
  return [
    ...parts(['wide-fill', 'fill-given', 'fill-derived']),
    {
      id: OVERLAP_LAYER,
      type: 'fill',
      source: OVERLAP_SOURCE,
      // Shown from the start, as in the default view (both sides shown): its data comes with the map's first
      // tiles, and a link that hides it hides it before the first idle.
      paint: { 'fill-pattern': 'hatch-overlap', 'fill-opacity': 1 },
    },
    ...parts([
      'wide-line',
      'narrow-line',
      'line-given',
      'line-derived',
      'boundary',
      'described-armenia',
      'described-azerbaijan',
      'described-third',
      'point',
    ]),
    {
      id: HIGHLIGHT_LAYER,
      type: 'line',
      // A source of its own holding only the highlighted claims' features: hovering then re-tiles a few
      // features, not every claim (a filter change on the claims source would re-tile all of them).
      source: HIGHLIGHT_SOURCE,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#111111', 'line-width': 4, 'line-opacity': 0.85 },
    },
    labelLayer,
  ];
}

/** The red, green and blue of a `#rrggbb` colour. */
export function hexRgb(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`colour ${hex} is not #rrggbb`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Draws a diagonal hatch tile (RGBA, `size`²) in `colour`; `cross` adds the other diagonal. */
export function hatchPixels(colour: string, size = 12, cross = false): Uint8Array {
  const [r, g, b] = hexRgb(colour);
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

/** The hatch tiles' size in pixels. */
export const HATCH_SIZE = 12;

/** The images the claim layers draw with (`fill-pattern`): each party's hatch, and the overlap's cross-hatch. */
export function claimImages(): { id: string; width: number; height: number; data: Uint8Array }[] {
  const hatch = (id: string, colour: string, cross: boolean) => ({
    id,
    width: HATCH_SIZE,
    height: HATCH_SIZE,
    data: hatchPixels(colour, HATCH_SIZE, cross),
  });
  return [
    ...Object.entries(PARTY_COLOURS).map(([party, colour]) => hatch(hatchImageId(party), colour, false)),
    hatch('hatch-overlap', OVERLAP_COLOUR, true),
  ];
}
