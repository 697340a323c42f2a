// Reads a set of claims files into one dataset: the same in the browser and in `npm run derive`. Pure.
import { parseClaimsFile } from '../claims/validate';
import type { Problem } from '../claims/problems';
import type { Claim } from '../claims/schema/claim';
import { claimsVersion, inNameOrder, type ClaimFile } from './data_version';

export interface LoadedClaims {
  claims: Claim[];
  problems: Problem[];
  /** Content hash of the files, in name order: what links and the precomputed shapes are pinned to. */
  version: string;
}

export { isClaimsFileName } from './claim_file_names';

/** Validates each file and merges them; an id used by an earlier file makes a later claim a problem. */
export function mergeClaimFiles(files: readonly ClaimFile[]): LoadedClaims {
  const sorted = inNameOrder(files);
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [name, text] of sorted) {
    const result = parseClaimsFile(text, { source: name });
    for (const p of result.problems) problems.push({ ...p, where: `${name}: ${p.where}` });
    for (const claim of result.claims) {
      if (seen.has(claim.id)) {
        problems.push({
          where: `${name}: ${claim.id}`,
          field: 'id',
          found: JSON.stringify(claim.id),
          expected: 'an id not used by another claims file',
          message: `the id "${claim.id}" is already used in another file; this claim is left out`,
          severity: 'error',
        });
        continue;
      }
      seen.add(claim.id);
      claims.push(claim);
    }
  }
  return { claims, problems, version: claimsVersion(sorted) };
}
