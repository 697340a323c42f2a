// The computed geometry of the claims: shapes, figures, overlaps. This module is light (no turf): the heavy
// work is in derive_all.ts, run ahead of time by `npm run derive` (or in the browser, on demand, when stale).
import type { ShapeFigures } from '../claims/figures';
import type { DerivedShape } from '../claims/recipes/types';
import type { Poly, ShapeGeometry } from '../claims/geo/types';
import type { Claim } from '../claims/schema/claim';
import type { LoadedClaims } from './claim_files';
import type { Phrase } from '../i18n/phrases';

export interface Overlap {
  id: string;
  km2: number;
  /** Where the two overlap: drawn cross-hatched on the map. */
  geometry?: Poly;
}

export interface ClaimGeometry {
  shapes: Map<string, DerivedShape>;
  figures: Map<string, ShapeFigures>;
  /** Claims whose recipe could not apply, with why (a phrase: data from a file until it is said). */
  errors: Map<string, Phrase>;
  /** Per claim: its overlap with each claim of the other belligerent side. */
  overlaps: Map<string, Overlap[]>;
}

export const emptyGeometry = (): ClaimGeometry => ({
  shapes: new Map(),
  figures: new Map(),
  errors: new Map(),
  overlaps: new Map(),
});

/** The area a claim's shape covers, or null for points, lines and claims without a shape. */
export function claimArea(geometry: ClaimGeometry, id: string): Poly | null {
  const g = geometry.shapes.get(id)?.geometry;
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon' ? g : null;
}

/** A precomputed shape: `geometry` is left out when it is the claim's own `given` geometry, unchanged. */
export type PrecomputedShape = Omit<DerivedShape, 'geometry'> & { geometry?: ShapeGeometry };

/** The file `npm run derive` writes: the geometry of one version of the claims data. */
export interface PrecomputedFile {
  /** dataVersion() of the claims files it was computed from. */
  version: string;
  /**
   * Those claims files as mergeClaimFiles checked them: the page takes this as it is when its claims files
   * hash to `version`, rather than check every claim again (see claims_loader.ts).
   */
  checked: Pick<LoadedClaims, 'claims' | 'problems'>;
  claims: Record<string, { shape: PrecomputedShape; figures: ShapeFigures; overlaps: Overlap[] }>;
  errors: Record<string, Phrase>;
}

/** The geometry a claim carries itself (recipe `given`), by claim id. */
function givenGeometries(claims: readonly Claim[]): Map<string, ShapeGeometry> {
  const out = new Map<string, ShapeGeometry>();
  for (const c of claims) if (c.shape?.recipe === 'given') out.set(c.id, c.shape.params.geometry);
  return out;
}

/**
 * Serializes computed geometry (ids sorted, so the file is deterministic). A shape that is its claim's
 * `given` geometry unchanged is not repeated: the claims file already has it (with 10,000 drawn claims the
 * repeat doubled what the first view downloads).
 */
export function toPrecomputed(loaded: LoadedClaims, g: ClaimGeometry): PrecomputedFile {
  const given = givenGeometries(loaded.claims);
  const out: PrecomputedFile['claims'] = {};
  for (const id of [...g.shapes.keys()].sort()) {
    const shape = g.shapes.get(id)!;
    const own = given.get(id);
    const same = own !== undefined && JSON.stringify(own) === JSON.stringify(shape.geometry);
    out[id] = {
      shape: same ? { ...shape, geometry: undefined } : shape,
      figures: g.figures.get(id)!,
      overlaps: g.overlaps.get(id) ?? [],
    };
  }
  const errors = Object.fromEntries([...g.errors.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    version: loaded.version,
    checked: { claims: loaded.claims, problems: loaded.problems },
    claims: out,
    errors,
  };
}

/** Reads the precomputed file back into maps; a left-out geometry is the claim's own `given` one. */
export function fromPrecomputed(file: PrecomputedFile, claims: readonly Claim[]): ClaimGeometry {
  const given = givenGeometries(claims);
  const g = emptyGeometry();
  // The file is data from outside: entries of the wrong type are skipped.
  for (const [id, c] of Object.entries(isObject(file.claims) ? file.claims : {})) {
    if (!isObject(c) || !isObject(c.shape)) continue;
    const geometry = c.shape.geometry ?? given.get(id);
    if (!isObject(geometry)) continue; // a claim left out of this load (invalid now): nothing to draw
    g.shapes.set(id, { ...c.shape, geometry });
    if (isObject(c.figures)) g.figures.set(id, c.figures);
    g.overlaps.set(id, Array.isArray(c.overlaps) ? c.overlaps : []);
  }
  // (Said through sayPhrase, which checks each one: an entry that is not a phrase is said as unreadable.)
  for (const [id, e] of Object.entries(isObject(file.errors) ? file.errors : {}))
    if (isObject(e)) g.errors.set(id, e as Phrase);
  return g;
}

const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);
