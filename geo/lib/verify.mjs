// Sanity checks of the built data; the build stops if one fails.

import { POINTS } from './config.mjs';
import { pointLinesM, polygonAreaKm2 } from './geom.mjs';

/** Throws with a clear message when a condition does not hold. */
function check(ok, message) {
  if (!ok) throw new Error('check failed: ' + message);
}

/** Area of a (Multi)Polygon geometry in km². */
export function geometryKm2(g) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((s, p) => s + polygonAreaKm2(p), 0);
}

/**
 * Checks the facts the app relies on and returns the figures for the report.
 * @param {{ border: any[], lakes: any[], syunik: any, ne: Map<string, any>, land: any[] }} d
 */
export function verify(d) {
  const sev = d.lakes.find((f) => f.properties.id === 'sev-lich');
  const main = d.border.find((f) => f.properties.id === 'arm-aze-main');
  const sevKm2 = geometryKm2(sev.geometry);
  const sevDistM = pointLinesM(POINTS.sevLich, main.geometry.coordinates);
  const syunikKm2 = geometryKm2(d.syunik.geometry);
  check(sevKm2 >= 1.5 && sevKm2 <= 2.6, `Sev Lich area ${sevKm2.toFixed(2)} km² not in 1.5–2.6`);
  check(sevDistM <= 1500, `main border is ${Math.round(sevDistM)} m from Sev Lich`);
  check(syunikKm2 >= 4200 && syunikKm2 <= 4800, `Syunik area ${syunikKm2.toFixed(0)} km² not in 4200–4800`);
  const totalKm = d.border.reduce((s, f) => s + f.properties.length_km, 0);
  check(totalKm > 700 && totalKm < 1200, `ARM–AZE line ${totalKm.toFixed(0)} km is implausible`);
  const neCheck = compareWithNaturalEarth(d.land, d.ne);
  return { sevKm2, sevDistM, syunikKm2, totalKm, neCheck };
}

/** Natural Earth 1:50m area vs OSM land area (holes filled) for ARM and AZE, as a plausibility check. */
function compareWithNaturalEarth(land, ne) {
  const ids = { ARM: '051', AZE: '031' };
  return Object.entries(ids).map(([iso, id]) => {
    const osm = land.find((f) => f.properties.iso === iso).geometry.coordinates;
    const osmKm2 = osm.reduce((s, p) => s + polygonAreaKm2([p[0]]), 0);
    const neKm2 = geometryKm2(ne.get(id).geometry);
    check(
      Math.abs(osmKm2 / neKm2 - 1) < 0.05,
      `${iso}: OSM ${osmKm2.toFixed(0)} km² vs NE ${neKm2.toFixed(0)} km²`,
    );
    return { iso, osmKm2, neKm2 };
  });
}
