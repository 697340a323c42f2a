// Loads the claims files and the reference geography the recipes need. Bad files become problems, not throws.
import { isClaimsFileName, mergeClaimFiles, type LoadedClaims } from './claim_files';
import type { PrecomputedFile } from './claim_geometry';
import precomputedUrl from '../../geo/out/claim-shapes.json?url';

// Every claims file under geo/claims/ is part of the dataset (the JSON Schema is not a claims file).
const CLAIM_FILES = import.meta.glob('../../geo/claims/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The bundled claims files: name -> URL, in name order, without the schema. */
export function claimFileUrls(base: string = document.baseURI): [string, string][] {
  return Object.entries(CLAIM_FILES)
    .filter(([path]) => isClaimsFileName(path.split('/').pop() ?? ''))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, url]) => [path.split('/').pop() ?? path, new URL(url as string, base).href]);
}

/** Fetches and validates every claims file. */
export async function loadClaims(files: [string, string][]): Promise<LoadedClaims> {
  const texts = await Promise.all(
    files.map(async ([name, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`Could not load the claims file ${name} (HTTP ${res.status}).`);
      return [name, await res.text()] as const;
    }),
  );
  return mergeClaimFiles(texts);
}

/** Fetches the shapes and figures `npm run derive` computed ahead of time. */
export async function loadPrecomputed(base: string = document.baseURI): Promise<PrecomputedFile | null> {
  const res = await fetch(new URL(precomputedUrl, base).href);
  return res.ok ? ((await res.json()) as PrecomputedFile) : null;
}
