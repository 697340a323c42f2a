// Everything the runs need, in one served directory: the built app (`app/`), the app built with 10,000
// synthetic claims (`app10k/`), and the bare MapLibre page (`bare/`) with the style, camera and images taken
// from the running app for each scenario.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeClaimFiles } from '../../src/app/claim_files';
import { claimArea, fromPrecomputed, type PrecomputedFile } from '../../src/app/claim_geometry';
import { claimFilesOnDisk, derivedFiles } from '../derive-claims';
import { serveStatic } from '../lib/static-server';
import { captureFromApp, writeBarePage, writeConfig, type BareConfig } from './bare';
import { buildApp } from './build';
import { writeLeafletPage } from './leaflet';
import { drawnLayers } from '../lib/drawn_layers';
import { APP_TOGGLE, openPage, timeToIdle, type LoadResult } from './pages';
import type { Page } from 'playwright-core';
import { precomputeShapes, syntheticClaims } from './synthetic';

export const SYNTHETIC_CLAIMS = 10_000;
const PERMALINK_VIEW = 'map=11/39.59/46.26';

export interface Prepared {
  /** Paths below the served root. */
  paths: {
    app: string;
    appPermalink: string;
    app10k: string;
    bare: (scenario: string) => string;
    /** The Leaflet peer page (leaflet.ts). */
    leaflet: string;
  };
  appDir: string;
  synthDir: string;
  /** The layers the app's party toggle hides: what the bare page hides with setLayoutProperty. */
  toggleLayers: string[];
  synthetic: { claims: number; files: number; vertices: number; deriveSeconds: number };
}

const log = (...xs: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);

/** The claim the permalink selects: the first claim of the real data (by id) with an area. */
function permalinkClaim(shapesText: string): string {
  const { claims } = mergeClaimFiles(claimFilesOnDisk());
  const geometry = fromPrecomputed(JSON.parse(shapesText) as PrecomputedFile, claims);
  const id = [...geometry.shapes.keys()].find((k) => claimArea(geometry, k) !== null);
  if (!id) throw new Error('the claims data has no claim with an area to open in the permalink');
  return id;
}

/** Builds and writes everything into `work`. */
export async function prepare(work: string): Promise<Prepared> {
  const appDir = join(work, 'app');
  const synthDir = join(work, 'app10k');
  const bareDir = join(work, 'bare');

  log('building the app (as npm run build does, into the bench directory)');
  const derived = derivedFiles(mergeClaimFiles(claimFilesOnDisk()));
  await buildApp({ outDir: appDir, derived });
  const claimId = permalinkClaim(derived.get('claim-shapes.json')!);

  log(`generating ${SYNTHETIC_CLAIMS} synthetic claims and deriving their shapes (as npm run derive would)`);
  const synthetic = syntheticClaims(SYNTHETIC_CLAIMS);
  const claimsDir = join(work, 'claims10k');
  mkdirSync(claimsDir, { recursive: true });
  for (const [name, text] of synthetic.files) writeFileSync(join(claimsDir, name), text);
  const t0 = Date.now();
  const pre = precomputeShapes(synthetic.files);
  const deriveSeconds = (Date.now() - t0) / 1000;
  log(
    `  ${pre.claims} claims in ${synthetic.files.length} files (${synthetic.vertices} vertices), derived in ${deriveSeconds.toFixed(1)} s`,
  );
  await buildApp({ outDir: synthDir, derived: pre.derived, claimsDir });

  writeBarePage(bareDir);
  // The blank page each fresh browser opens before a measured one (see openPage).
  writeFileSync(join(work, 'warm-up.html'), '<!doctype html><title>warm-up</title>\n');

  const paths: Prepared['paths'] = {
    app: 'app/',
    appPermalink: `app/#${PERMALINK_VIEW}&v=1&claim=${claimId}&compare=overlay`,
    app10k: 'app10k/',
    bare: (scenario) => `bare/?scenario=${scenario}`,
    leaflet: 'leaflet/',
  };

  log('taking the style, camera and images from the running app for the bare page');
  const server = await serveStatic(work);
  try {
    const { config: first, toggled } = await captureFirst(server.url + paths.app, server.url);
    writeConfig(bareDir, 'first', first);
    writeLeafletPage(join(work, 'leaflet'), appDir, paths.app, first);
    writeConfig(
      bareDir,
      'permalink',
      await captureConfig(server.url + paths.appPermalink, 'the permalink', server.url),
    );
    writeConfig(bareDir, 'synthetic', await captureSynthetic(server.url + paths.app10k, server.url));
    return {
      paths,
      appDir,
      synthDir,
      toggleLayers: toggled,
      synthetic: {
        claims: pre.claims,
        files: synthetic.files.length,
        vertices: synthetic.vertices,
        deriveSeconds,
      },
    };
  } finally {
    await server.close();
  }
}

/** The app's style, camera and images, with the server's URLs made root-relative. */
async function capture(page: Page, base: string): Promise<BareConfig> {
  const config = await captureFromApp(page);
  return JSON.parse(JSON.stringify(config).replaceAll(`"${new URL(base).origin}/`, '"/')) as BareConfig;
}

/** Opens the app, checks it used the precomputed shapes, and takes its style. */
async function captureConfig(url: string, what: string, base: string): Promise<BareConfig> {
  const s = await openPage(url, { quietMs: 2500 });
  try {
    checkApp(s.load, what);
    return await capture(s.page, base);
  } finally {
    await s.close();
  }
}

/**
 * The first view's style, and the layers the app's party toggle hides (so the bare page hides the same ones).
 * Should the app toggle by filter instead, the bare page hides every layer of the claims source.
 */
async function captureFirst(url: string, base: string): Promise<{ config: BareConfig; toggled: string[] }> {
  const s = await openPage(url, { quietMs: 2500 });
  try {
    checkApp(s.load, 'the app');
    const config = await capture(s.page, base);
    const before = await drawnLayers(s.page);
    await timeToIdle(s.page, APP_TOGGLE);
    const after = new Set(await drawnLayers(s.page));
    let toggled = before.filter((id) => !after.has(id));
    if (toggled.length === 0) {
      toggled = config.style.layers
        .filter((l) => 'source' in l && l.source.startsWith('claims'))
        .map((l) => l.id);
      log("  the app's party toggle hides no layer (it filters): the bare page hides every claim layer");
    } else log(`  the app's party toggle hides ${toggled.length} layers: the bare page hides the same`);
    return { config, toggled };
  } finally {
    await s.close();
  }
}

/**
 * Opens the 10,000-claims app, checks every claim is drawn from the features computed ahead of time, and
 * takes its style, camera and images: the bare page then draws the same claims through the same layers.
 */
async function captureSynthetic(url: string, base: string): Promise<BareConfig> {
  const s = await openPage(url);
  try {
    checkApp(s.load, 'the 10,000-claims app');
    const drawn = await s.page.evaluate(async () => {
      type Source = { getData: () => Promise<{ features?: unknown[] }> };
      const map = (window as unknown as { __map: { getSource: (id: string) => Source | undefined } }).__map;
      let n = 0;
      for (const id of ['claims-armenia', 'claims-azerbaijan', 'claims-third']) {
        n += (await map.getSource(id)?.getData())?.features?.length ?? 0;
      }
      return n;
    });
    if (drawn !== SYNTHETIC_CLAIMS) throw new Error(`the 10,000-claims app draws ${drawn} claim features`);
    return await capture(s.page, base);
  } finally {
    await s.close();
  }
}

export function checkApp(load: LoadResult, what: string): void {
  if (load.transfers.some((t) => /\/derive_all-[^/]*\.js$/.test(t.url))) {
    throw new Error(
      `${what} derived the claim shapes in the browser: the precomputed shapes do not match the claims data ` +
        '(did geo/claims change during the build?). Run the bench again.',
    );
  }
  if (load.problems.length) log(`  ${what} logged: ${load.problems.slice(0, 3).join(' | ')}`);
}
