// Deterministic GeoJSON writing, the manifest and the size report.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** FeatureCollection text with one feature per line (stable, diff-friendly, no timestamps). */
export function featureCollectionText(features) {
  const lines = features.map((f) => JSON.stringify(f));
  return '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
}

/** sha256 of a string or buffer, hex. */
export function sha256(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Size of the text after gzip -9 (for the size budget). */
export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/**
 * Writes the output files and manifest.json into `dir`; returns the manifest entries.
 * @param {string} dir
 * @param {{ file: string, features: any[], sources: string[], licence: string }[]} outputs
 * @param {Record<string, string>} packages data package versions
 */
export function writeOutputs(dir, outputs, packages) {
  fs.mkdirSync(dir, { recursive: true });
  const files = outputs.map((o) => {
    const text = featureCollectionText(o.features);
    fs.writeFileSync(path.join(dir, o.file), text);
    return {
      file: o.file,
      features: o.features.length,
      bytes: Buffer.byteLength(text),
      sha256: sha256(text),
      sources: o.sources,
      licence: o.licence,
      gzipBytes: gzipSize(text),
    };
  });
  const manifest = {
    generator: 'geo/build.mjs',
    packages,
    files: files.map((f) => ({
      file: f.file,
      features: f.features,
      bytes: f.bytes,
      sha256: f.sha256,
      sources: f.sources,
      licence: f.licence,
    })),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return files;
}
