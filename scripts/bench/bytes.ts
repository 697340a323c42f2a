// Byte accounting of a page load: gzip size of every response body (the static server does not compress,
// so the bench compresses each body itself, as a server with gzip on would), by kind. And which part of the
// app's JS is MapLibre, read from the build's (hidden) source maps.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readSourceMap } from './sourcemap';

export type ByteKind = 'js' | 'css' | 'data' | 'font' | 'html' | 'other';

export interface Transfer {
  url: string;
  kind: ByteKind;
  raw: number;
  gz: number;
}

/** The kind of a response by its path's extension (the server's MIME types follow the extension too). */
export function kindOf(url: string): ByteKind {
  const path = new URL(url).pathname;
  if (/\.(m?js)$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (/\.woff2?$/.test(path)) return 'font';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

const gzCache = new Map<string, number>();

/** gzip size (level 6, what servers use by default) of a body; cached by `key` (a URL of immutable content). */
export function gzSize(body: Buffer | string, key?: string): number {
  const cached = key === undefined ? undefined : gzCache.get(key);
  if (cached !== undefined) return cached;
  const size = gzipSync(body, { level: 6 }).length;
  if (key !== undefined) gzCache.set(key, size);
  return size;
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export type Tally = Record<ByteKind | 'total', number>;

/** gzip bytes per kind. */
export function tally(transfers: readonly Transfer[]): Tally {
  const t: Tally = { js: 0, css: 0, data: 0, font: 0, html: 0, other: 0, total: 0 };
  for (const x of transfers) {
    t[x.kind] += x.gz;
    t.total += x.gz;
  }
  return t;
}

// ---- MapLibre's share of a built chunk, by source map ---------------------------------------------------

export interface ChunkSplit {
  /** gzip size of the whole file. */
  gz: number;
  /** gzip size of the code that maps to `node_modules/maplibre-gl/` alone. */
  maplibreGz: number;
  /** gzip size of all other code alone (the app, Svelte, valibot, turf; unmapped code counts here). */
  restGz: number;
  maplibreRaw: number;
  restRaw: number;
}

/**
 * Splits a built JS file into the code from MapLibre's package and everything else, by its source map
 * (`file.map` beside it), and gzips each part on its own. Without a map, everything is "rest".
 */
export function splitByMaplibre(file: string): ChunkSplit {
  const code = readFileSync(file, 'utf8');
  const gz = gzSize(code);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    return { gz, maplibreGz: 0, restGz: gz, maplibreRaw: 0, restRaw: code.length };
  }
  const map = readSourceMap(mapFile)!;
  const isMaplibre = map.sources.map((src) => src.includes('node_modules/maplibre-gl/'));
  const maplibre: string[] = [];
  const rest: string[] = [];
  // A mapping holds until the next one, across line ends too (MapLibre's shader sources are multi-line
  // strings whose continuation lines have no mappings of their own).
  let current = false;
  code.split('\n').forEach((line, i) => {
    const spans = [
      { col: 0, ml: current },
      ...(map.lines[i] ?? []).map((seg) => ({
        col: seg.col,
        ml: seg.source !== null && (isMaplibre[seg.source] ?? false),
      })),
    ];
    spans.forEach((span, k) => {
      const text = line.slice(span.col, spans[k + 1]?.col ?? line.length);
      (span.ml ? maplibre : rest).push(text);
    });
    current = spans[spans.length - 1]!.ml;
    (current ? maplibre : rest).push('\n');
  });
  const ml = maplibre.join('');
  const other = rest.join('');
  return {
    gz,
    maplibreGz: ml.length ? gzSize(ml) : 0,
    restGz: gzSize(other),
    maplibreRaw: ml.length,
    restRaw: other.length,
  };
}
