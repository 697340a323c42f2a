import type { FeatureCollection, Geometry } from 'geojson';

/** Fetches a GeoJSON FeatureCollection; a failed request is an error naming the URL. */
export async function fetchJson(url: string): Promise<FeatureCollection<Geometry | null>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}).`);
  return (await res.json()) as FeatureCollection<Geometry | null>;
}
