import type { FeatureCollection, Geometry } from 'geojson';
import { phrase, PhrasedError } from '../i18n/phrases';

/** Fetches a GeoJSON FeatureCollection; a failed request is an error naming the URL. */
export async function fetchJson(url: string): Promise<FeatureCollection<Geometry | null>> {
  const res = await fetch(url);
  if (!res.ok) throw new PhrasedError(phrase('errLoad', { url, status: res.status }));
  return (await res.json()) as FeatureCollection<Geometry | null>;
}
