// The bare MapLibre page: MapLibre's dist build, the app's fonts, and per scenario a config with the style,
// camera and images taken from the running app, so both pages draw exactly the same map.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StyleSpecification } from 'maplibre-gl';

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';
export const MAPLIBRE_FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'];

/** The app's label fonts (src/app.css imports these; the app's UI also loads Noto Sans 600, the map does not). */
const FONT_CSS = [
  '@fontsource/noto-sans/latin-400.css',
  '@fontsource/noto-sans/latin-ext-400.css',
  '@fontsource/noto-sans/cyrillic-400.css',
  '@fontsource/noto-sans-armenian/armenian-400.css',
];

/** Writes the static part of the bare page into `dir`. */
export function writeBarePage(dir: string): void {
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  for (const f of ['index.html', 'bare.js']) copyFileSync(join('bench/bare', f), join(dir, f));
  for (const f of [...MAPLIBRE_FILES, 'maplibre-gl.css']) copyFileSync(join(MAPLIBRE_DIST, f), join(dir, f));
  const css: string[] = [];
  for (const file of FONT_CSS) {
    const path = join('node_modules', file);
    const text = readFileSync(path, 'utf8');
    for (const [, name] of text.matchAll(/url\(\.\/files\/([^)]+)\)/g)) {
      copyFileSync(join(path, '..', 'files', name!), join(dir, 'fonts', name!));
    }
    css.push(text.replaceAll('url(./files/', 'url(./fonts/'));
  }
  writeFileSync(join(dir, 'fonts.css'), css.join('\n'));
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  padding: { top: number; bottom: number; left: number; right: number };
}

export interface BareConfig {
  style: StyleSpecification;
  camera: Camera;
  /** The CSS size of the app's map, which the bare page gives its own: both draw the same pixels. */
  size: { width: number; height: number };
  images: { id: string; width: number; height: number; pixelRatio: number; data: string }[];
}

/** The style, camera and images of the map in the app page (window.__map), as the bare page takes them. */
export async function captureFromApp(page: Page): Promise<BareConfig> {
  return page.evaluate(() => {
    type Img = { data: { width: number; height: number; data: Uint8Array }; pixelRatio: number };
    const map = (
      window as unknown as {
        __map: {
          getStyle: () => StyleSpecification;
          listImages: () => string[];
          getImage: (id: string) => Img | undefined;
          getCenter: () => { lng: number; lat: number };
          getZoom: () => number;
          getBearing: () => number;
          getPitch: () => number;
          getPadding: () => Camera['padding'];
          getContainer: () => HTMLElement;
        };
      }
    ).__map;
    const style = map.getStyle();
    // The camera is given to the bare page's Map itself.
    for (const key of ['center', 'zoom', 'bearing', 'pitch'] as const) delete style[key];
    const c = map.getCenter();
    const images = map.listImages().flatMap((id) => {
      const img = map.getImage(id);
      if (!img) return [];
      let bin = '';
      for (const byte of img.data.data) bin += String.fromCharCode(byte);
      return [
        { id, width: img.data.width, height: img.data.height, pixelRatio: img.pixelRatio, data: btoa(bin) },
      ];
    });
    return {
      style,
      camera: {
        center: [c.lng, c.lat] as [number, number],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
        padding: map.getPadding(),
      },
      images,
      size: {
        width: map.getContainer().clientWidth,
        height: map.getContainer().clientHeight,
      },
    };
  });
}

export function writeConfig(dir: string, scenario: string, config: BareConfig): void {
  writeFileSync(join(dir, `${scenario}.json`), JSON.stringify(config));
}
