// Fetches and checks the claims files and the shapes computed ahead of time: the work behind the claims worker
// (claims_worker.ts), kept apart from it so it can run anywhere. Bad files become problems, not throws.
import { mergeClaimFiles, type LoadedClaims } from './claim_files';
import { fromPrecomputed, type ClaimGeometry, type PrecomputedFile } from './claim_geometry';

export interface ClaimsRequest {
  /** The claims files: [file name, absolute URL]. */
  files: [string, string][];
  /** The precomputed shapes (`npm run derive`). */
  precomputedUrl: string;
}

export interface ClaimsData {
  loaded: LoadedClaims;
  /** The precomputed geometry, or null when it is missing or was computed from other claims data. */
  geometry: ClaimGeometry | null;
}

export async function loadClaimsData({ files, precomputedUrl }: ClaimsRequest): Promise<ClaimsData> {
  const precomputed = fetch(precomputedUrl)
    .then((res) => (res.ok ? (res.json() as Promise<PrecomputedFile>) : null))
    .catch(() => null); // without it the shapes are derived in the browser: slower, not wrong
  const texts = await Promise.all(
    files.map(async ([name, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`Could not load the claims file ${name} (HTTP ${res.status}).`);
      return [name, await res.text()] as const;
    }),
  );
  const loaded = mergeClaimFiles(texts);
  const file = await precomputed;
  const geometry = file?.version === loaded.version ? fromPrecomputed(file, loaded.claims) : null;
  return { loaded, geometry };
}
