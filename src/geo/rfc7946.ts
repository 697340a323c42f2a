// A small, dependency-free RFC 7946 (GeoJSON) checker. It returns readable problems, each naming
// the feature, polygon and ring it is about, instead of throwing at the first one.

type Json = unknown;

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** True for a plain (non-array) object. */
function isObject(x: Json): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Problems of one position: 2 or 3 finite numbers, longitude and latitude in range. */
function positionProblems(p: Json, where: string): string[] {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3)
    return [`${where}: position must have 2 or 3 numbers`];
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return [`${where}: position has a non-finite value`];
  const lon = p[0] as number;
  const lat = p[1] as number;
  const out: string[] = [];
  if (lon < -180 || lon > 180) out.push(`${where}: longitude ${lon} out of [-180, 180]`);
  if (lat < -90 || lat > 90) out.push(`${where}: latitude ${lat} out of [-90, 90]`);
  return out;
}

/** Problems of a list of positions (also checks the minimum count). */
function positionsProblems(list: Json, min: number, where: string): string[] {
  if (!Array.isArray(list)) return [`${where}: coordinates must be an array`];
  if (list.length < min) return [`${where}: needs at least ${min} positions, has ${list.length}`];
  return list.flatMap((p, i) => positionProblems(p, `${where} position ${i}`));
}

/** Planar signed area of a ring in degrees² (positive = counter-clockwise). */
export function ringSignedArea(ring: readonly (readonly [number, number, ...number[]])[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax, ay] = ring[i] as readonly [number, number];
    const [bx, by] = ring[i + 1] as readonly [number, number];
    s += ax * by - bx * ay;
  }
  return s / 2;
}

/** Problems of one linear ring: closed, >= 4 positions, not degenerate, right-hand rule. */
function ringProblems(ring: Json, exterior: boolean, where: string): string[] {
  const basic = positionsProblems(ring, 4, where);
  if (basic.length > 0) return basic;
  const r = ring as [number, number][];
  const first = r[0] as [number, number];
  const last = r[r.length - 1] as [number, number];
  if (first[0] !== last[0] || first[1] !== last[1]) return [`${where}: ring is not closed`];
  const area = ringSignedArea(r);
  if (area === 0) return [`${where}: ring is degenerate (zero area)`];
  if (exterior && area < 0) return [`${where}: exterior ring must be counter-clockwise`];
  if (!exterior && area > 0) return [`${where}: hole must be clockwise`];
  return [];
}

/** Problems of one polygon's rings (ring 0 is the exterior). */
function polygonProblems(rings: Json, where: string): string[] {
  if (!Array.isArray(rings) || rings.length === 0) return [`${where}: polygon needs at least one ring`];
  return rings.flatMap((ring, i) => ringProblems(ring, i === 0, `${where} ring ${i}`));
}

/** Problems of one list whose items are checked by `each`. */
function listProblems(list: Json, where: string, each: (item: Json, at: string) => string[]): string[] {
  if (!Array.isArray(list)) return [`${where}: coordinates must be an array`];
  return list.flatMap((item, i) => each(item, `${where} ${i}`));
}

/** Problems of one geometry object. */
export function geometryProblems(g: Json, where = 'geometry'): string[] {
  if (!isObject(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) {
    return [`${where}: not a GeoJSON geometry`];
  }
  const c = g.coordinates;
  const at = `${where} (${g.type})`;
  switch (g.type) {
    case 'Point':
      return positionProblems(c, at);
    case 'MultiPoint':
      return positionsProblems(c, 0, at);
    case 'LineString':
      return positionsProblems(c, 2, at);
    case 'MultiLineString':
      return listProblems(c, `${at} line`, (l, w) => positionsProblems(l, 2, w));
    case 'Polygon':
      return polygonProblems(c, at);
    case 'MultiPolygon':
      return listProblems(c, `${at} polygon`, polygonProblems);
    default:
      return listProblems(g.geometries, `${at} member`, (m, w) => geometryProblems(m, w));
  }
}

/** Problems of one Feature object. */
function featureProblems(f: Json, where: string): string[] {
  if (!isObject(f) || f.type !== 'Feature') return [`${where}: not a Feature`];
  const out: string[] = [];
  if (!('properties' in f) || !(f.properties === null || isObject(f.properties))) {
    out.push(`${where}: properties must be an object or null`);
  }
  if (!('geometry' in f)) out.push(`${where}: geometry member missing`);
  else if (f.geometry !== null)
    for (const p of geometryProblems(f.geometry, `${where} geometry`)) out.push(p);
  return out;
}

/**
 * Checks a GeoJSON object against RFC 7946 and returns every problem found (empty = valid).
 * Messages name the feature index, and for polygons the polygon and ring index, e.g.
 * "feature 3 geometry (MultiPolygon) polygon 0 ring 2: hole must be clockwise".
 */
export function rfc7946Problems(geojson: Json): string[] {
  if (!isObject(geojson)) return ['root: not a JSON object'];
  if (geojson.type === 'FeatureCollection') {
    if (!Array.isArray(geojson.features)) return ['root: FeatureCollection needs a features array'];
    return geojson.features.flatMap((f, i) => featureProblems(f, `feature ${i}`));
  }
  if (geojson.type === 'Feature') return featureProblems(geojson, 'feature');
  return geometryProblems(geojson, 'root');
}
