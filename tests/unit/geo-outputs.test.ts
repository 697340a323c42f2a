// Checks the committed base-map files in geo/out/ (built by `npm run geo`); needs no geo/node_modules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rfc7946Problems } from '../../src/geo/rfc7946';

const OUT = new URL('../../geo/out/', import.meta.url);
const FILES = ['land.geojson', 'border.geojson', 'lakes.geojson', 'syunik.geojson', 'places.geojson'];
const SEV_LICH: Position = [46.23167, 39.59806];

/** Raw bytes of an output file. */
function bytes(name: string): Buffer {
  return readFileSync(new URL(name, OUT));
}

/** Parsed FeatureCollection of an output file. */
function collection(name: string): FeatureCollection {
  return JSON.parse(bytes(name).toString('utf8')) as FeatureCollection;
}

/** The feature with the given `id` property. */
function byId(name: string, id: string): Feature {
  const f = collection(name).features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${name}: no feature ${id}`);
  return f;
}

/** Every position of a geometry, flattened. */
function positions(coords: unknown): Position[] {
  if (Array.isArray(coords) && typeof coords[0] === 'number') return [coords as Position];
  return Array.isArray(coords) ? coords.flatMap(positions) : [];
}

describe('geo/out base-map files', () => {
  it.each(FILES)('%s is valid RFC 7946 GeoJSON', (name) => {
    expect(rfc7946Problems(collection(name))).toEqual([]);
  });

  it.each(FILES)('%s has coordinates rounded to at most 6 decimals', (name) => {
    const coarse = (x: number) => Math.abs(Math.round(x * 1e6) / 1e6 - x) < 1e-12;
    for (const f of collection(name).features) {
      const pts = positions((f.geometry as { coordinates: unknown }).coordinates);
      expect(pts.every((p) => coarse(p[0] as number) && coarse(p[1] as number))).toBe(true);
    }
  });

  it('has the ids the app relies on, and unique place ids', () => {
    expect(byId('lakes.geojson', 'sev-lich').properties?.name).toBe('Sev Lich');
    expect(byId('syunik.geojson', 'syunik').properties?.name_hy).toBe('Սյունիք');
    expect(byId('places.geojson', 'goris').properties?.name_hy).toBe('Գորիս');
    expect(byId('border.geojson', 'arm-aze-main').properties?.role).toBe('reference');
    expect(byId('border.geojson', 'arm-nakhchivan').geometry.type).toBe('MultiLineString');
    const ids = collection('places.geojson').features.map((f) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
    const isos = collection('land.geojson').features.map((f) => f.properties?.iso);
    expect(isos).toEqual(expect.arrayContaining(['ARM', 'AZE', 'IRN', 'GEO', 'TUR']));
  });

  it('Sev Lich is about 2 km² and Syunik about 4,500 km²', () => {
    const sev = area(byId('lakes.geojson', 'sev-lich')) / 1e6;
    const syunik = area(byId('syunik.geojson', 'syunik')) / 1e6;
    expect(sev).toBeGreaterThan(1.5);
    expect(sev).toBeLessThan(2.6);
    expect(syunik).toBeGreaterThan(4200);
    expect(syunik).toBeLessThan(4800);
  });

  it('the main border line passes within 1.5 km of Sev Lich, and the lake is listed as its gap', () => {
    const main = byId('border.geojson', 'arm-aze-main') as Feature<MultiLineString>;
    const km = Math.min(
      ...main.geometry.coordinates.map((line) =>
        pointToLineDistance(SEV_LICH, { type: 'LineString', coordinates: line }, { units: 'kilometers' }),
      ),
    );
    expect(km).toBeLessThan(1.5);
    expect(main.properties?.gaps_at_lakes).toContain('sev-lich');
  });

  it('the whole Armenia–Azerbaijan line is several hundred km long', () => {
    const km = collection('border.geojson').features.reduce(
      (s, f) => s + (f.properties?.length_km as number),
      0,
    );
    expect(km).toBeGreaterThan(700);
    expect(km).toBeLessThan(1200);
  });

  it('all files together are at most 250 KB gzipped', () => {
    const total = FILES.reduce((s, name) => s + gzipSync(bytes(name), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(250 * 1024);
  });

  it('manifest.json lists every file with its sha256 and feature count', () => {
    const manifest = JSON.parse(bytes('manifest.json').toString('utf8')) as {
      files: { file: string; sha256: string; features: number; licence: string }[];
    };
    expect(manifest.files.map((f) => f.file).sort()).toEqual([...FILES].sort());
    for (const entry of manifest.files) {
      expect(createHash('sha256').update(bytes(entry.file)).digest('hex')).toBe(entry.sha256);
      expect(collection(entry.file).features.length).toBe(entry.features);
      expect(entry.licence.length).toBeGreaterThan(0);
    }
  });
});
