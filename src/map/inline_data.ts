// Puts the data of a style's GeoJSON sources into the style itself, fetched by the page before the map exists,
// and checked (map_data_check.ts): the first paint and the map get only what they can draw.
import type { FeatureCollection } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Notice } from '../url/link_notice';
import { OVERLAP_SOURCE, CLAIM_GROUPS, claimSourceId } from './claim_style';
import { dataFileName } from './data_file_name';
import { quoteEscaped, truncate } from '../claims/quote';
import {
  BASE_MAP_REGION,
  checkMapData,
  CLAIM_FEATURE_REGION,
  MAP_FILE_MAX_BYTES,
  unknownClaimNotice,
} from './map_data_check';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Why a map file could not be read, as a notice for the reader. */
export class MapFileError extends Error {
  constructor(readonly notice: (file: string) => Notice) {
    super(notice('').key);
  }
}

const MB = 1024 * 1024;
const tooLarge = () =>
  new MapFileError((file) => ({ key: 'mapFileTooLarge', params: { file, max: MAP_FILE_MAX_BYTES / MB } }));

/** A response's body as text, or null as soon as it is longer than `max` bytes (the rest is not read). */
async function readAtMost(res: Response, max: number): Promise<string | null> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > max) {
      void reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches one GeoJSON file, at most MAP_FILE_MAX_BYTES (told by its length, or counted as it comes, and the
 * rest left unread: parsing runs on the page's main thread); throws a MapFileError saying why it could not.
 */
export async function fetchGeoJson(url: string): Promise<unknown> {
  const res = await fetch(url).catch((e: unknown) => {
    // The engine's words, in any language's sentence: only quoted, escaped and cut short.
    const reason = truncate(quoteEscaped(e instanceof Error ? e.message : String(e)));
    throw new MapFileError((file) => ({ key: 'mapFileUnreadable', params: { file, reason } }));
  });
  if (!res.ok)
    throw new MapFileError((file) => ({ key: 'mapFileHttp', params: { file, status: String(res.status) } }));
  const length = res.headers.get('content-length');
  if (Number(length ?? 0) > MAP_FILE_MAX_BYTES) {
    void res.body?.cancel();
    throw tooLarge();
  }
  // A body of a stated length that is not compressed (the length is then the body's own) is read whole, by the
  // browser; only a body of unknown length is read chunk by chunk in script, to stop it in time.
  const stated = length !== null && /^\d+$/.test(length) && !res.headers.get('content-encoding');
  const text = stated ? await res.text() : await readAtMost(res, MAP_FILE_MAX_BYTES);
  if (text === null) throw tooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MapFileError((file) => ({ key: 'mapFileNotJson', params: { file } }));
  }
}

/** The claim sources: checked against the claims' region, and against the claims once they are in. */
const CLAIM_SOURCES: readonly string[] = [...CLAIM_GROUPS.map(claimSourceId), OVERLAP_SOURCE];
export const isClaimSource = (id: string) => CLAIM_SOURCES.includes(id);

/**
 * Fetches every GeoJSON source's data given by URL, all at once, checks it and puts it into the style. Given
 * URLs, MapLibre's worker would fetch each file only once it had started, and would send every file back to the
 * page after tiling it; with the data in hand, the map tiles it as soon as it exists (in A/B trial loads, the
 * map went from made to loaded about a second sooner here). A file that cannot load leaves its source empty,
 * and features that fail the check are left out, each with a notice naming the file; the rest of the map
 * still draws. `changed`: the sources whose data is not the file's as it was (some or all of it left out).
 */
export async function inlineSourceData(
  style: StyleSpecification,
  load: (url: string) => Promise<unknown> = fetchGeoJson,
): Promise<{ style: StyleSpecification; notices: Notice[]; changed: string[] }> {
  const notices: Notice[] = [];
  const changed: string[] = [];
  const entries = await Promise.all(
    Object.entries(style.sources).map(async ([id, source]): Promise<[string, SourceSpecification]> => {
      if (source.type !== 'geojson' || typeof source.data !== 'string') return [id, source];
      const file = dataFileName(source.data);
      try {
        const region = isClaimSource(id) ? CLAIM_FEATURE_REGION : BASE_MAP_REGION;
        const checked = checkMapData(await load(source.data), file, { region });
        notices.push(...checked.notices);
        if (checked.changed) changed.push(id);
        return [id, { ...source, data: checked.data }];
      } catch (e) {
        notices.push(
          e instanceof MapFileError
            ? e.notice(file)
            : {
                key: 'mapFileUnreadable',
                params: { file, reason: truncate(quoteEscaped(e instanceof Error ? e.message : String(e))) },
              },
        );
        changed.push(id);
        return [id, { ...source, data: EMPTY }];
      }
    }),
  );
  return { style: { ...style, sources: Object.fromEntries(entries) }, notices, changed };
}

/**
 * Notices for the inline claim features that draw claims not in `known` (the claims as loaded), one per file;
 * the page then draws the claims from their checked shapes instead. `urls`: the claim feature files, by party
 * group and `overlap` (load.ts claimFeatureUrls), for the notices' file names.
 */
export function unknownClaimFeatures(
  style: StyleSpecification,
  known: ReadonlySet<string>,
  urls: Readonly<Record<string, string>>,
): Notice[] {
  const notices: Notice[] = [];
  const files = [
    ...CLAIM_GROUPS.map((g) => [claimSourceId(g), g] as const),
    [OVERLAP_SOURCE, 'overlap'] as const,
  ];
  for (const [id, name] of files) {
    const source = style.sources[id];
    if (source?.type !== 'geojson' || typeof source.data !== 'object') continue;
    const data = source.data as FeatureCollection;
    if (data.type !== 'FeatureCollection') continue;
    const notice = unknownClaimNotice(data, dataFileName(urls[name] ?? `${name}.geojson`), known);
    if (notice) notices.push(notice);
  }
  return notices;
}
