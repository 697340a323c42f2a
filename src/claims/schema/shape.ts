// Schemas of a claim's shape: a recipe name with its parameters (`given` carries a geometry itself).
import * as v from 'valibot';
import { PARTY_IDS } from '../parties';
import { noDuplicates, ruleAt } from './rule';
import { formPattern, schemaMessage } from '../problems';
import { phrase } from '../../i18n/phrases';
import { GeometrySchema, LineCoordsSchema, PositionSchema } from './geometry';

/** A distance in km, more than 0 and at most `max`. */
const km = (what: string, max: number) =>
  v.pipe(
    v.number(`${what} must be a number (km)`),
    v.finite(`${what} must be a finite number (km)`),
    v.gtValue(0, `${what} must be more than 0 km`),
    v.maxValue(max, `${what} must be at most ${max} km`),
  );

/**
 * A distance the words fix exactly (a number) or only within a range: `{ narrow, wide }`, where `narrow` gives
 * the narrowest reading of the claim and `wide` the widest (so narrow <= wide).
 */
export const kmRange = (what: string, max: number) =>
  v.union(
    [
      km(what, max),
      v.pipe(
        v.strictObject({ narrow: km(`${what} (narrow)`, max), wide: km(`${what} (wide)`, max) }),
        ruleAt(
          'wide',
          (r) => r.narrow <= r.wide,
          'wide >= narrow',
          schemaMessage(phrase('prReadingsOrder', {})),
        ),
      ),
    ],
    `${what} must be a number of km or { "narrow": km, "wide": km }`,
  );

export type KmRange = number | { narrow: number; wide: number };

const Side = v.pipe(
  v.picklist(['ARM', 'AZE'], 'side must be "ARM" or "AZE"'),
  v.description('Which country of the reference geography: "ARM" (Armenia) or "AZE" (Azerbaijan)'),
);

const FeatureId = v.pipe(
  v.string('a feature id must be a string'),
  v.regex(
    formPattern(/^[a-z0-9][a-z0-9-]{0,79}$/, 'prIdForm'),
    'a feature id is lower-case letters, digits and hyphens, e.g. "sev-lich"',
  ),
);

export const DepthBandParamsSchema = v.strictObject({
  side: Side,
  along: v.pipe(
    v.strictObject({
      center: PositionSchema,
      lengthKm: kmRange('along.lengthKm', 300),
    }),
    v.description(
      'The stretch of the reference border: the part within lengthKm/2 (measured along the line) of the border point nearest to center',
    ),
  ),
  depthKm: v.pipe(kmRange('depthKm', 100), v.description('How far from the border the band reaches (km)')),
  lakes: v.optional(
    v.pipe(
      v.array(FeatureId),
      v.maxLength(20, 'lakes may name at most 20 lakes'),
      noDuplicates('lakes'),
      v.description('Lakes whose part on `side` of the reference line counts as ground of that side'),
    ),
  ),
});

export const PositionParamsSchema = v.strictObject({
  points: v.pipe(
    v.array(PositionSchema, 'points must be a list of [longitude, latitude]'),
    v.minLength(1, 'points needs at least one position'),
    v.maxLength(100, 'points may have at most 100 positions'),
  ),
  radiusKm: v.pipe(kmRange('radiusKm', 50), v.description('Uncertainty radius around each point (km)')),
});

export const AlternativeBoundaryParamsSchema = v.strictObject({
  line: v.pipe(
    LineCoordsSchema,
    v.description(
      'The claimed boundary, [lng, lat] positions; both ends should lie on or near the reference line',
    ),
  ),
  snapKm: v.optional(
    v.pipe(
      km('snapKm', 20),
      v.description('How far (km) an end may be from the reference line to be joined to it; default 2'),
    ),
  ),
});

export const FeatureShareParamsSchema = v.strictObject({
  feature: v.pipe(FeatureId, v.description('Id of a lake in the reference geography, e.g. "sev-lich"')),
  side: v.pipe(Side, v.description('The side whose part of the feature is the claim’s shape')),
  line: v.optional(
    v.pipe(
      LineCoordsSchema,
      v.description('The dividing line; without it, the reference line (bridged across the lake) divides'),
    ),
  ),
});

export const GivenParamsSchema = v.strictObject({ geometry: GeometrySchema });

/**
 * Whose line a shape draws: the party that drew or described the line or place, when that is not the party
 * the claim speaks for (e.g. Azerbaijan's positions read through Armenia's account of the Azerbaijani map).
 */
export const WhoseLineSchema = v.pipe(
  v.strictObject({
    party: v.pipe(
      v.picklist(PARTY_IDS, `whoseLine.party must be one of ${PARTY_IDS.map((p) => `"${p}"`).join(', ')}`),
      v.description('The party that drew or described the line'),
    ),
    basis: v.optional(
      v.pipe(
        v.string('whoseLine.basis must be a string'),
        v.regex(formPattern(/\S/, 'prEmptyText'), 'whoseLine.basis must not be empty'),
        v.maxLength(200, 'whoseLine.basis must be at most 200 characters'),
        v.description('Who and when, briefly, e.g. "the Orbeli centre, 17 May 2021"'),
      ),
    ),
  }),
  v.description(
    'Whose line the shape draws, when another party drew or described it; without it, the claim’s own party',
  ),
);

/** One variant of a shape: a recipe name and its parameters, described for the data editor. */
const shape = <const N extends string, P extends v.GenericSchema>(
  recipe: N,
  params: P,
  description: string,
) =>
  v.strictObject({
    recipe: v.pipe(v.literal(recipe), v.description(description)),
    params,
    whoseLine: v.optional(WhoseLineSchema),
  });

/** The recipe names, in the order the documentation lists them. */
export const RECIPE_NAMES = [
  'given',
  'depth-band',
  'position',
  'alternative-boundary',
  'feature-share',
] as const;
export type RecipeName = (typeof RECIPE_NAMES)[number];

export const ShapeSchema = v.variant(
  'recipe',
  [
    shape('given', GivenParamsSchema, 'A geometry drawn as given (winding repaired, nothing else)'),
    shape('depth-band', DepthBandParamsSchema, 'Land on one side within a depth of a stretch of the border'),
    shape('position', PositionParamsSchema, 'Points with a radius of uncertainty'),
    shape(
      'alternative-boundary',
      AlternativeBoundaryParamsSchema,
      'A claimed border line and the land between it and the reference line',
    ),
    shape(
      'feature-share',
      FeatureShareParamsSchema,
      'Which part of a feature (a lake) lies on which side of a line',
    ),
  ],
  `shape.recipe must be one of ${RECIPE_NAMES.map((n) => `"${n}"`).join(', ')}`,
);

export type Shape = v.InferOutput<typeof ShapeSchema>;
export type DepthBandParams = v.InferOutput<typeof DepthBandParamsSchema>;
export type PositionParams = v.InferOutput<typeof PositionParamsSchema>;
export type AlternativeBoundaryParams = v.InferOutput<typeof AlternativeBoundaryParamsSchema>;
export type FeatureShareParams = v.InferOutput<typeof FeatureShareParamsSchema>;
export type GivenParams = v.InferOutput<typeof GivenParamsSchema>;
export type WhoseLine = v.InferOutput<typeof WhoseLineSchema>;
/** The parameters of a recipe, by recipe name. */
export type ParamsOf<N extends RecipeName> = Extract<Shape, { recipe: N }>['params'];
