import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { isClaimsFileName } from './src/app/claim_file_names.ts';
import { claimsVersion } from './src/app/data_version.ts';
import { CONTENT_SECURITY_POLICY } from './src/app/content_security_policy.ts';

/**
 * The fonts of the first view (WOFF2 files of src/app.css's @fontsource imports): the map's labels (weight 400)
 * and the UI's headings (latin 600).
 */
const FIRST_VIEW_FONT_FILE =
  /noto-sans-((latin|latin-ext|cyrillic|armenian-armenian)-400|latin-600)-normal-[^/]*\.woff2$/;

/**
 * The first view's data: the map's GeoJSON (the base map and the claim features) and the precomputed claims
 * file (claim-shapes.json: the claims as checked, their shapes and figures).
 */
const FIRST_VIEW_DATA_FILE = /(\.geojson|\/claim-shapes-[\w-]+\.json)$/;

/**
 * Preloads what the first view is made from, from the page's head: the label fonts (the map is made only once
 * they are in, so its first labels are drawn in them), the UI's heading font, and the map's GeoJSON (the page
 * fetches it and hands it to the map). Without the hints the browser would ask for the fonts and data only
 * once the app's code runs and asks, and for the heading font once the UI is laid out: it then came in while
 * the map was being made, and the panel and header were laid out and painted again.
 */
function preloadFirstView(): Plugin {
  const link = (href: string, as: 'font' | 'fetch') => ({
    tag: 'link',
    attrs: { rel: 'preload', as, ...(as === 'font' ? { type: 'font/woff2' } : {}), href, crossorigin: '' },
    injectTo: 'head' as const,
  });
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const files = Object.keys(ctx.bundle ?? {}).sort();
        return [
          ...files.filter((f) => FIRST_VIEW_FONT_FILE.test(f)).map((f) => link(`./${f}`, 'font')),
          ...files.filter((f) => FIRST_VIEW_DATA_FILE.test(f)).map((f) => link(`./${f}`, 'fetch')),
        ];
      },
    },
  };
}

const CLAIMS_VERSION_QUERY = '?claims-version';

/**
 * `import version from '<folder>?claims-version'`: the version (dataVersion) of the claims files in that folder
 * as the build found them. The page takes the precomputed file's claims as they are only when that file states
 * this version (src/app/load.ts), without fetching the claims files to hash them. The dev server gives null:
 * there the files change while it runs, so the page always fetches and hashes them.
 */
function claimsVersionModule(): Plugin {
  let building = false;
  return {
    name: 'claims-version',
    configResolved: (config) => {
      building = config.command === 'build';
    },
    resolveId: (source, importer) =>
      source.endsWith(CLAIMS_VERSION_QUERY) && importer ? resolve(dirname(importer), source) : null,
    load(id) {
      if (!id.endsWith(CLAIMS_VERSION_QUERY)) return null;
      if (!building) return 'export default null;';
      const dir = id.slice(0, -CLAIMS_VERSION_QUERY.length);
      const files = readdirSync(dir)
        .filter(isClaimsFileName)
        .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);
      return `export default ${JSON.stringify(claimsVersion(files))};`;
    },
  };
}

const require = createRequire(import.meta.url);
const MAPLIBRE_VERSION = (require('maplibre-gl/package.json') as { version: string }).version;
/** Where the build puts MapLibre's file, relative to the app's chunk (both in assets/). */
const MAPLIBRE_FILE = `maplibre-gl-${MAPLIBRE_VERSION}.mjs`;

/**
 * MapLibre's dist files end by naming their source maps, which the build does not ship (about 8 MB): without
 * the comment, browser dev tools do not ask for a file that is not there. The code is left as it is.
 */
const withoutSourceMapComment = (code: string) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * Ships MapLibre's own dist file, its code unchanged, as a module of its own beside the app's chunk, rather
 * than bundling it into the app's chunk. It is not preloaded: a modulepreload compiles it on the main thread
 * while the first paint is being made (in paired loads, the first map pixels came about 160 ms later with it);
 * the app imports it as soon as the first paint is drawn. Re-bundled and re-minified with the app, the same code took
 * longer to parse here: about 270 ms against 155 ms, on a background thread that shares two cores with the
 * GPU process. In paired trial loads against the bundled build, the app was ready in 0.92 of the time.
 * The versioned name keeps caches right across MapLibre updates. `npm start` (the dev server) is unaffected.
 */
function maplibreAsShipped(): Plugin {
  return {
    name: 'maplibre-as-shipped',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          external: ['maplibre-gl'],
          output: { paths: { 'maplibre-gl': `./${MAPLIBRE_FILE}` } },
        },
      },
    }),
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: `assets/${MAPLIBRE_FILE}`,
        source: withoutSourceMapComment(
          readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'), 'utf8'),
        ),
      });
      // The worker comes in as an asset (create_map.ts imports its URL): the same for it.
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && /maplibre-gl-worker-[\w-]+\.mjs$/.test(file.fileName))
          file.source = withoutSourceMapComment(String(file.source));
      }
    },
  };
}

/** The built page carries its Content-Security-Policy as the first tag of its head. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'claimlines:content-security-policy',
    apply: 'build',
    // After the other tags are added, so the policy is the very first tag and covers all of them.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend' as const,
        },
      ],
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ can be served from any path on any static host.
  base: './',
  publicDir: 'static',
  plugins: [
    svelte(),
    preloadFirstView(),
    maplibreAsShipped(),
    claimsVersionModule(),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    // Data files stay files (not data: URLs), so MapLibre's worker fetches them like any GeoJSON.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time: software WebGL on two cores is slow enough already.
          fileParallelism: false,
        },
      },
    ],
  },
});
