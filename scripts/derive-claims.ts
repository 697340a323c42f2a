// `npm run derive`: computes every claim's shape, figures and overlaps ahead of time into
// geo/out/claim-shapes.json, and the features the map draws into geo/out/claim-features/ (one GeoJSON file per
// party, and the overlaps), and the box around those features into geo/out/claim-bounds.json (the first view), so the app's first view needs no geometry code and hands the map its claims by URL
// as soon as it exists. `--check` only compares.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isClaimsFileName, mergeClaimFiles, type LoadedClaims } from '../src/app/claim_files';
import { toPrecomputed, type PrecomputedFile } from '../src/app/claim_geometry';
import { deriveAll } from '../src/app/derive_all';
import { referenceFromGeoJSON } from '../src/claims/reference';
import { featureBounds, type ClaimBoundsFile } from '../src/map/claim_bounds';
import { claimFeatures, featuresByGroup, overlapFeatures } from '../src/map/claim_features';

const CLAIMS_DIR = 'geo/claims';
const OUT_DIR = 'geo/out';

/** Rounds coordinates and figures to 6 decimals (about 0.1 m): smaller file, same drawing. */
const round = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value;

/** The claims files on disk: [name, text]. */
export function claimFilesOnDisk(root = '.'): [string, string][] {
  return readdirSync(join(root, CLAIMS_DIR))
    .filter(isClaimsFileName)
    .map((name) => [name, readFileSync(join(root, CLAIMS_DIR, name), 'utf8')]);
}

/**
 * The derived files for claims `loaded` from `files`, by path below geo/out: claim-shapes.json and
 * claim-features/<party group>.geojson and overlap.geojson (each carrying the claims data version).
 */
export function derivedFiles(loaded: LoadedClaims, root = '.'): Map<string, string> {
  const read = (f: string) => JSON.parse(readFileSync(join(root, OUT_DIR, f), 'utf8'));
  const refs = referenceFromGeoJSON(read('land.geojson'), read('border.geojson'), read('lakes.geojson'));
  const geometry = deriveAll(loaded.claims, refs);
  const out = new Map<string, string>();
  const json = (x: unknown) => JSON.stringify(x, round) + '\n';
  // The checked claims go in unrounded: they are the claims data itself, not something computed from it.
  const { version, checked, claims, errors } = toPrecomputed(loaded, geometry);
  const rounded = JSON.parse(JSON.stringify({ claims, errors }, round)) as Pick<
    PrecomputedFile,
    'claims' | 'errors'
  >;
  // `version` and `checked` first: the claims loader reads the version off the start of the file
  // (precomputedVersion in claims_payload.ts).
  out.set('claim-shapes.json', JSON.stringify({ version, checked, ...rounded }) + '\n');
  const drawn = claimFeatures(loaded.claims, geometry.shapes);
  const bounds: ClaimBoundsFile = { version: loaded.version, bounds: featureBounds(drawn) };
  out.set('claim-bounds.json', JSON.stringify(bounds) + '\n');
  const byGroup = featuresByGroup(drawn);
  for (const [group, fc] of Object.entries(byGroup)) {
    out.set(`claim-features/${group}.geojson`, json({ ...fc, version: loaded.version }));
  }
  const overlap = overlapFeatures(geometry.overlaps);
  out.set('claim-features/overlap.geojson', json({ ...overlap, version: loaded.version }));
  return out;
}

/** Writes `files` (paths below `dir`). */
export function writeDerived(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (process.argv[1]?.endsWith('derive-claims.ts')) {
  const files = derivedFiles(mergeClaimFiles(claimFilesOnDisk()));
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([path, text]) => {
      try {
        return readFileSync(join(OUT_DIR, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(
        `${stale.map(([p]) => p).join(', ')} out of date with geo/claims: run \`npm run derive\`.`,
      );
      process.exit(1);
    }
    console.log('the derived claim files are up to date.');
  } else {
    writeDerived(OUT_DIR, files);
    for (const [path, text] of files)
      console.log(`wrote ${OUT_DIR}/${path} (${(text.length / 1024).toFixed(1)} KB)`);
  }
}
