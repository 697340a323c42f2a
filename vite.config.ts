import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** The map's label fonts (WOFF2 files of src/app.css's @fontsource imports, weight 400). */
const LABEL_FONT_FILE = /noto-sans-(latin|latin-ext|cyrillic|armenian-armenian)-400-normal-[^/]*\.woff2$/;

/**
 * Preloads the label fonts from the page's head: the map is made only once they are in (so its first labels
 * are drawn in them), and without the hint the browser would ask for them only when the app's code asks.
 */
function preloadLabelFonts(): Plugin {
  return {
    name: 'preload-label-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => LABEL_FONT_FILE.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ can be served from any path on any static host.
  base: './',
  publicDir: 'static',
  plugins: [svelte(), preloadLabelFonts()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
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
