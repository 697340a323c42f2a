// The computed geometry of the claims: shapes, figures, overlaps. This module is light (no turf): the heavy
// work is in derive_all.ts, run ahead of time by `npm run derive` (or in the browser, on demand, when stale).
import type { ShapeFigures } from '../claims/figures';
import type { DerivedShape } from '../claims/recipes/types';
import type { Poly } from '../claims/geo/types';

export interface Overlap {
  id: string;
  km2: number;
  /** Where the two overlap: drawn cross-hatched on the map. */
  geometry?: Poly;
}

export interface ClaimGeometry {
  shapes: Map<string, DerivedShape>;
  figures: Map<string, ShapeFigures>;
  /** Claims whose recipe could not apply, with why. */
  errors: Map<string, string>;
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

/** The file `npm run derive` writes: the geometry of one version of the claims data. */
export interface PrecomputedFile {
  /** dataVersion() of the claims files it was computed from. */
  version: string;
  claims: Record<string, { shape: DerivedShape; figures: ShapeFigures; overlaps: Overlap[] }>;
  errors: Record<string, string>;
}

/** Serializes computed geometry (ids sorted, so the file is deterministic). */
export function toPrecomputed(version: string, g: ClaimGeometry): PrecomputedFile {
  const claims: PrecomputedFile['claims'] = {};
  for (const id of [...g.shapes.keys()].sort()) {
    claims[id] = {
      shape: g.shapes.get(id)!,
      figures: g.figures.get(id)!,
      overlaps: g.overlaps.get(id) ?? [],
    };
  }
  const errors = Object.fromEntries([...g.errors.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { version, claims, errors };
}

/** Reads the precomputed file back into maps. */
export function fromPrecomputed(file: PrecomputedFile): ClaimGeometry {
  const g = emptyGeometry();
  for (const [id, c] of Object.entries(file.claims)) {
    g.shapes.set(id, c.shape);
    g.figures.set(id, c.figures);
    g.overlaps.set(id, c.overlaps);
  }
  for (const [id, e] of Object.entries(file.errors)) g.errors.set(id, e);
  return g;
}
