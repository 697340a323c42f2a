// The real dataset and its precomputed geometry, read in Node with the app's own modules, for test oracles.
import { readFileSync, readdirSync } from 'node:fs';
import { isClaimsFileName, mergeClaimFiles } from '../../src/app/claim_files';
import { fromPrecomputed, type PrecomputedFile } from '../../src/app/claim_geometry';
import { partyGroup } from '../../src/claims/parties';

export const loaded = mergeClaimFiles(
  readdirSync('geo/claims')
    .filter(isClaimsFileName)
    .map((name) => [name, readFileSync(`geo/claims/${name}`, 'utf8')] as const),
);

export const geometry = fromPrecomputed(
  JSON.parse(readFileSync('geo/out/claim-shapes.json', 'utf8')) as PrecomputedFile,
  loaded.claims,
);

/** Claims of a party group that have an area drawn on the map. */
export const withArea = (group: 'armenia' | 'azerbaijan') =>
  loaded.claims.filter((c) => {
    const g = geometry.shapes.get(c.id)?.geometry;
    return partyGroup(c.party) === group && (g?.type === 'Polygon' || g?.type === 'MultiPolygon');
  });
