// The claims module's public API: the data model, validation, recipes and figures. Import single modules where
// bundle size matters (the recipes and figures pull in turf; the schema and validation do not).
export { PARTIES, PARTY_IDS, partyGroup, type PartyGroup, type PartyId } from './parties';
export {
  ClaimSchema,
  ClaimsFileSchema,
  KINDS,
  STATUSES,
  type Claim,
  type ClaimKind,
  type ClaimStatus,
  type ClaimsFile,
  type Dataset,
  type Figures,
  type NumberRange,
  type Source,
  type Statement,
} from './schema/claim';
export { RECIPE_NAMES, ShapeSchema, type KmRange, type RecipeName, type Shape } from './schema/shape';
export {
  DEFAULT_MAX_BYTES,
  parseClaimsFile,
  validateClaimsData,
  type ParseOptions,
  type ParseResult,
} from './validate';
export { formatProblem, type Problem } from './problems';
export { borderChains, referenceFromGeoJSON, referenceLakeParts, type ReferenceGeography } from './reference';
export {
  deriveShape,
  RECIPES,
  type DeriveResult,
  type DerivedShape,
  type FeatureShare,
  type Recipe,
} from './recipes/index';
export {
  areaKm2,
  deepestFromBorder,
  differenceKm2,
  overlapKm2,
  shapeFigures,
  type ShapeFigures,
} from './figures';
export type { Poly, ShapeGeometry, Side } from './geo/types';
