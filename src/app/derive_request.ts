// Deriving the shapes of checked claims in the claims worker: when the precomputed file was made from other
// claims data, the page has them derived here rather than on its own thread.
import type { Claim } from '../claims/schema/claim';
import type { BaseDataUrls } from '../map/base_style';
import { toPrecomputed, type PrecomputedFile } from './claim_geometry';
import { deriveInBrowser } from './derive_all';

export interface DeriveRequest {
  derive: {
    /** Checked claims (their shapes are derived). */
    claims: Claim[];
    /** The reference geography the recipes apply to. */
    base: Pick<BaseDataUrls, 'land' | 'border' | 'lakes'>;
  };
}

/** The derived geometry, as the precomputed file holds it (fromPrecomputed reads it back). */
export async function deriveRequested({ derive }: DeriveRequest): Promise<PrecomputedFile> {
  const geometry = await deriveInBrowser(derive.claims, derive.base);
  return toPrecomputed({ claims: derive.claims, problems: [], version: '' }, geometry);
}
