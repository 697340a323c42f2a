// The reference geography recipes work against: the Armenia–Azerbaijan border line, each country's land, lakes.
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { stitch, type Chains } from './geo/chains';
import { RecipeError } from './geo/errors';
import { phrase } from '../i18n/phrases';
import { splitLakeBySides, type SideParts } from './geo/lake_sides';
import { grownBox, type Box } from './geo/clip';
import { intersectPolys } from './geo/polys';
import type { Lonlat, Poly, Side } from './geo/types';
import { BORDER_IDS, MAX_BRIDGE_KM, referenceLinePieces } from './reference_line';

export { BORDER_IDS, MAX_BRIDGE_KM };

export interface ReferenceGeography {
  /** The reference border line (OpenStreetMap): the main Armenia–Azerbaijan line and the Nakhchivan line. */
  border: MultiLineString;
  /** Each country's land (inland water cut out). */
  land: Record<Side, Poly>;
  /** Lakes by id, e.g. "sev-lich". */
  lakes: Record<string, Poly>;
}

type AnyFC = FeatureCollection<Geometry | null>;

const prop = (f: Feature<Geometry | null>, key: string): unknown => (f.properties ?? {})[key];

/** The polygons of the features matching `keep`, as one geometry; throws when there are none. */
function polygonsWhere(fc: AnyFC, keep: (f: Feature<Geometry | null>) => boolean, what: string): Poly {
  const coords = fc.features
    .filter(keep)
    .flatMap((f) =>
      f.geometry?.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [],
    );
  if (coords.length === 0) throw new Error(`reference geography: no polygon for ${what}`);
  return coords.length === 1
    ? { type: 'Polygon', coordinates: coords[0] as Lonlat[][] }
    : { type: 'MultiPolygon', coordinates: coords };
}

/** Picks the reference geography out of the base-map files land, border and lakes (GeoJSON objects). */
export function referenceFromGeoJSON(landFC: AnyFC, borderFC: AnyFC, lakesFC: AnyFC): ReferenceGeography {
  const land = {
    ARM: polygonsWhere(landFC, (f) => prop(f, 'iso') === 'ARM', 'land with properties.iso "ARM"'),
    AZE: polygonsWhere(landFC, (f) => prop(f, 'iso') === 'AZE', 'land with properties.iso "AZE"'),
  };
  const lines = referenceLinePieces(borderFC);
  if (lines.length === 0)
    throw new Error(`reference geography: no border feature with id ${BORDER_IDS.join(' or ')}`);
  const lakes: Record<string, Poly> = {};
  for (const f of lakesFC.features) {
    const id = prop(f, 'id');
    if (typeof id === 'string')
      lakes[id] = polygonsWhere({ ...lakesFC, features: [f] }, () => true, `lake ${id}`);
  }
  return { border: { type: 'MultiLineString', coordinates: lines }, land, lakes };
}

const chainCache = new WeakMap<ReferenceGeography, Chains>();

/** The reference line as continuous chains, bridged across gaps up to MAX_BRIDGE_KM (memoised per refs). */
export function borderChains(refs: ReferenceGeography): Chains {
  let chains = chainCache.get(refs);
  if (!chains) {
    chains = stitch(refs.border.coordinates as Lonlat[][], MAX_BRIDGE_KM);
    chainCache.set(refs, chains);
  }
  return chains;
}

const lakeCache = new WeakMap<ReferenceGeography, Map<string, SideParts>>();

/** A lake's parts on each side of the reference line (memoised per refs); throws for an unknown lake. */
export function referenceLakeParts(refs: ReferenceGeography, id: string): SideParts {
  const lake = refs.lakes[id];
  if (!lake)
    throw new RecipeError(phrase('errNoLake', { lake: id, known: Object.keys(refs.lakes).join(', ') }));
  let byId = lakeCache.get(refs);
  if (!byId) lakeCache.set(refs, (byId = new Map()));
  let parts = byId.get(id);
  if (!parts) {
    const land = { ARM: landNear(refs, 'ARM', lake, 1), AZE: landNear(refs, 'AZE', lake, 1) };
    byId.set(id, (parts = splitLakeBySides(lake, borderChains(refs).lines, land)));
  }
  return parts;
}

/** Land is clipped to boxes on this grid (degrees), so that clips are reused between shapes. */
const GRID_DEG = 0.25;

const landCache = new WeakMap<ReferenceGeography, Map<string, Poly | null>>();

const snapBox = ([w, s, e, n]: Box): Box => [
  Math.floor(w / GRID_DEG) * GRID_DEG,
  Math.floor(s / GRID_DEG) * GRID_DEG,
  Math.ceil(e / GRID_DEG) * GRID_DEG,
  Math.ceil(n / GRID_DEG) * GRID_DEG,
];

/**
 * A side's land within `marginKm` of a geometry (at least), clipped on a coarse grid and memoised: boolean
 * operations on a few hundred vertices instead of the whole country.
 */
export function landNear(refs: ReferenceGeography, side: Side, g: Geometry, marginKm: number): Poly | null {
  const [w, s, e, n] = snapBox(grownBox(g, marginKm));
  const key = `${side} ${w} ${s} ${e} ${n}`;
  let cache = landCache.get(refs);
  if (!cache) landCache.set(refs, (cache = new Map()));
  if (!cache.has(key)) {
    const box: Poly = {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    };
    cache.set(key, intersectPolys(box, refs.land[side]));
  }
  return cache.get(key) ?? null;
}
