// The one error recipes throw: a claim's parameters do not fit the reference geography.

/** Thrown by a recipe when its parameters cannot be applied (e.g. a centre far from any border). */
export class RecipeError extends Error {
  override name = 'RecipeError';
}
