// What a recipe returns, and what a recipe is.
import type { LineString, MultiLineString } from 'geojson';
import type { Poly, ShapeGeometry, Side } from '../geo/types';
import type { ReferenceGeography } from '../reference';
import type { Phrase } from '../../i18n/phrases';

/** Which part of a feature (a lake) lies on which side, under some line. */
export interface FeatureShare {
  feature: string;
  /** Percent of the feature's area on each side (sums to 100). */
  pct: Record<Side, number>;
  parts: Partial<Record<Side, Poly>>;
}

/** A claim's shape, as drawn, with how it was derived. */
export interface DerivedShape {
  /** The main shape. */
  geometry: ShapeGeometry;
  /** The narrowest reading the words allow, when they allow more than one. */
  narrow?: Poly;
  /** The widest reading the words allow. */
  wide?: Poly;
  /** A line drawn with the shape: a claimed boundary, or the line dividing a feature. */
  line?: LineString | MultiLineString;
  /** Land the claim moves from one country to the other, by the country it goes to. */
  transfers?: Partial<Record<`to${Side}`, Poly>>;
  /** Shares of features (lakes) per side under the claim. */
  shares?: FeatureShare[];
  /** The assumptions made, with the parameters: phrases, said in the reader's language (i18n/phrases.ts). */
  assumptions: Phrase[];
  /** What was done to the data on the way (repairs, snapping), as phrases too. */
  notes: Phrase[];
}

/** A recipe: the claim's parameters and the reference geography in, a shape out (or a RecipeError thrown). */
export type Recipe<P> = (params: P, refs: ReferenceGeography) => DerivedShape;
