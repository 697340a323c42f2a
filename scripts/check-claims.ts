// Checks claims data files: prints every problem with its place, exits 0 when all are clean, 1 otherwise.
// Usage: npm run check-claims -- [--geo geo/out] <file...>
//   --geo <dir>  also derive each valid claim's shape against the base-map files in <dir> (land, border and
//                lakes .geojson) and report recipes that cannot apply.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../src/claims/problems';
import { checkClaimsText } from '../src/claims/check_file';
import { referenceFromGeoJSON, type ReferenceGeography } from '../src/claims/reference';
import { DEFAULT_MAX_BYTES } from '../src/claims/validate';

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof referenceFromGeoJSON>[0];

/** The reference geography from a base-map folder. */
const loadReference = (dir: string): ReferenceGeography =>
  referenceFromGeoJSON(
    readJson(join(dir, 'land.geojson')),
    readJson(join(dir, 'border.geojson')),
    readJson(join(dir, 'lakes.geojson')),
  );

/** Checks one file; returns its problems (reading nothing when the file is over the size limit). */
function checkFile(file: string, refs: ReferenceGeography | null): { claims: number; problems: Problem[] } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { claims: 0, problems: [fileProblem('a readable file', 'cannot read the file')] };
  }
  if (size > DEFAULT_MAX_BYTES)
    return {
      claims: 0,
      problems: [fileProblem(`at most ${DEFAULT_MAX_BYTES} bytes`, `the file is too large (${size} bytes)`)],
    };
  const result = checkClaimsText(readFileSync(file, 'utf8'), refs);
  return { claims: result.claims.length, problems: result.problems };
}

const fileProblem = (expected: string, message: string): Problem => ({
  where: 'file',
  field: '(whole)',
  found: 'the file',
  expected,
  message,
  severity: 'error',
});

function main(args: string[]): number {
  const geoAt = args.indexOf('--geo');
  const geoDir = geoAt >= 0 ? args[geoAt + 1] : undefined;
  const files = geoAt >= 0 ? [...args.slice(0, geoAt), ...args.slice(geoAt + 2)] : args;
  if (files.length === 0 || (geoAt >= 0 && !geoDir)) {
    console.error('usage: check-claims [--geo <base-map dir>] <claims file...>');
    return 1;
  }
  const refs = geoDir ? loadReference(geoDir) : null;
  let clean = true;
  for (const file of files) {
    const { claims, problems } = checkFile(file, refs);
    for (const p of problems) console.log(formatProblem(file, p));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const summary = `${file}: ${claims} valid claim${claims === 1 ? '' : 's'}`;
    console.log(
      problems.length === 0
        ? `${summary}, no problems`
        : `${summary}, ${errors} error(s), ${problems.length - errors} warning(s)`,
    );
    clean &&= problems.length === 0;
  }
  return clean ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
