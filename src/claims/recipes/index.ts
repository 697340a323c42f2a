// deriveShape: runs a claim's recipe by name, from a lookup table; a failing recipe yields an error, not a throw.
import { RecipeError } from '../geo/errors';
import type { ReferenceGeography } from '../reference';
import type { Claim } from '../schema/claim';
import type { ParamsOf, RecipeName } from '../schema/shape';
import { alternativeBoundary } from './alternative_boundary';
import { depthBand } from './depth_band';
import { featureShare } from './feature_share';
import { given } from './given';
import { position } from './position';
import type { DerivedShape, Recipe } from './types';
import { phrase, type Phrase } from '../../i18n/phrases';

/** Every recipe, by the name the data uses. */
export const RECIPES: { [N in RecipeName]: Recipe<ParamsOf<N>> } = {
  given,
  'depth-band': depthBand,
  position,
  'alternative-boundary': alternativeBoundary,
  'feature-share': featureShare,
};

export type DeriveResult = { shape: DerivedShape; error?: undefined } | { shape: null; error?: Phrase };

/** The shape of a claim: `{ shape: null }` for a claim with no place, `error` when its recipe cannot apply. */
export function deriveShape(claim: Pick<Claim, 'shape'>, refs: ReferenceGeography): DeriveResult {
  const spec = claim.shape;
  if (!spec) return { shape: null };
  const recipe = RECIPES[spec.recipe] as Recipe<typeof spec.params>;
  try {
    return { shape: recipe(spec.params, refs) };
  } catch (e) {
    if (e instanceof RecipeError) return { shape: null, error: e.phrase };
    // Not ours (a library's words, in English): passed on as text, quoted.
    const reason = e instanceof Error ? e.message : String(e);
    return { shape: null, error: phrase('errRecipe', { recipe: spec.recipe, reason }) };
  }
}

export type { DerivedShape, FeatureShare, Recipe } from './types';
