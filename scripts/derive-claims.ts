// `npm run derive`: computes every claim's shape, figures and overlaps ahead of time into
// geo/out/claim-shapes.json, so the app's first view needs no geometry code. `--check` only compares.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isClaimsFileName, mergeClaimFiles } from '../src/app/claim_files';
import { toPrecomputed } from '../src/app/claim_geometry';
import { deriveAll } from '../src/app/derive_all';
import { referenceFromGeoJSON } from '../src/claims/reference';

const CLAIMS_DIR = 'geo/claims';
const OUT = 'geo/out/claim-shapes.json';

/** Rounds coordinates and figures to 6 decimals (about 0.1 m): smaller file, same drawing. */
const round = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value;

/** The file's text for the claims and base data now on disk. */
export function deriveText(root = '.'): string {
  const files = readdirSync(join(root, CLAIMS_DIR))
    .filter(isClaimsFileName)
    .map((name) => [name, readFileSync(join(root, CLAIMS_DIR, name), 'utf8')] as const);
  const loaded = mergeClaimFiles(files);
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'geo/out', f), 'utf8'));
  const refs = referenceFromGeoJSON(read('land.geojson'), read('border.geojson'), read('lakes.geojson'));
  return (
    JSON.stringify(toPrecomputed(loaded.version, deriveAll(loaded.claims, refs), loaded.claims), round) + '\n'
  );
}

if (process.argv[1]?.endsWith('derive-claims.ts')) {
  const text = deriveText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`${OUT} is out of date with geo/claims: run \`npm run derive\`.`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${(text.length / 1024).toFixed(1)} KB)`);
  }
}
