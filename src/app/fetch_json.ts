import type { FeatureCollection, Geometry } from 'geojson';
import { phrase, PhrasedError } from '../i18n/phrases';
import { sayPhrase } from '../i18n/say_phrase';
import { EN_ALL } from '../i18n/english';

/** Fetches a GeoJSON FeatureCollection; a failed request is an error naming the URL. */
export async function fetchJson(url: string): Promise<FeatureCollection<Geometry | null>> {
  const res = await fetch(url);
  if (!res.ok) {
    // In the claims worker: the page gets the English (worker_call.ts passes the message on).
    const why = phrase('errLoad', { url, status: res.status });
    throw new PhrasedError(why, sayPhrase(why, EN_ALL));
  }
  return (await res.json()) as FeatureCollection<Geometry | null>;
}
