// Builds the app for the benchmark into a directory of its own, so a bench run never rewrites dist/ or
// geo/out/ under engineers who are using them. The output is what `npm run build` makes (same Vite config),
// plus hidden source maps (no `sourceMappingURL` comment, so the pages load exactly the same bytes) that
// let the bench tell MapLibre's bytes in the main chunk from the app's own.
import { rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { writeDerived } from '../derive-claims';

const ROOT = resolve('.');
const LOADER = resolve(ROOT, 'src/app/load.ts');
const CLAIMS_GLOB = "'../../geo/claims/*.json'";
const CLAIMS_VERSION_IMPORT = "'../../geo/claims?claims-version'";
const SHAPES_IMPORT = '../../geo/out/claim-shapes.json?url';
const FEATURES_GLOB = "'../../geo/out/claim-features/*.geojson'";
const BOUNDS_IMPORT = "'../../geo/out/claim-bounds.json'";

export interface BenchBuild {
  /** The built app (what dist/ would hold). */
  outDir: string;
}

/** A path from src/app/ to `target`, spelled the way a relative import needs it. */
function fromLoader(target: string): string {
  const rel = relative(dirname(LOADER), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function replaceOnce(code: string, find: string, by: string): string {
  const at = code.indexOf(find);
  if (at < 0 || code.indexOf(find, at + 1) >= 0) {
    throw new Error(
      `bench build: expected exactly one ${find} in src/app/load.ts; the bench's data redirect (scripts/bench/build.ts) needs updating`,
    );
  }
  return code.slice(0, at) + by + code.slice(at + find.length);
}

/**
 * Points the app's claims glob and claims version at `claimsDir` (when given), and its imports of the derived
 * files (precomputed shapes, drawable features, their bounds) at `derivedDir`, inside the build only: the source files on disk
 * are not touched.
 */
function dataRedirect(derivedDir: string, claimsDir?: string): Plugin {
  return {
    name: 'bench-data-redirect',
    enforce: 'pre',
    transform(code, id) {
      if (id.split('?')[0] !== LOADER) return null;
      let out = replaceOnce(code, SHAPES_IMPORT, `${fromLoader(join(derivedDir, 'claim-shapes.json'))}?url`);
      out = replaceOnce(out, FEATURES_GLOB, `'${fromLoader(join(derivedDir, 'claim-features'))}/*.geojson'`);
      out = replaceOnce(out, BOUNDS_IMPORT, `'${fromLoader(join(derivedDir, 'claim-bounds.json'))}'`);
      if (claimsDir) {
        out = replaceOnce(out, CLAIMS_GLOB, `'${fromLoader(claimsDir)}/*.json'`);
        out = replaceOnce(out, CLAIMS_VERSION_IMPORT, `'${fromLoader(claimsDir)}?claims-version'`);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Builds the app into `outDir`. `derived` are the derived files for the claims the build bundles, by path
 * below geo/out (written next to `outDir`, under the same names, so the assets are named as in a normal
 * build); `claimsDir` replaces geo/claims/ when given (the synthetic 10,000 claims).
 */
export async function buildApp(opts: {
  outDir: string;
  derived: ReadonlyMap<string, string>;
  claimsDir?: string;
}): Promise<BenchBuild> {
  const dataDir = `${opts.outDir}-data`;
  rmSync(dataDir, { recursive: true, force: true });
  writeDerived(dataDir, opts.derived);
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [dataRedirect(dataDir, opts.claimsDir)],
    build: {
      outDir: opts.outDir,
      emptyOutDir: true,
      sourcemap: 'hidden',
      // The bench's output should be its table: no notes on how long the build's plugins took.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  return { outDir: opts.outDir };
}
