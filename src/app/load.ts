// Loads the bundled claims: from their precomputed file when the build was made from the claims files it was
// computed from; otherwise the claims files themselves, checked in a worker (claims_worker.ts).
import { isClaimsFileName } from './claim_file_names';
import { precomputedVersion, readClaimsPayload, type ClaimsData, type ClaimsRequest } from './claims_payload';
import type { ClaimsReply, DeriveReply, LocalClaimsReply } from './claims_worker';
import type { LocalClaims, LocalClaimsRequest } from './local_claims';
import type { DeriveRequest } from './derive_request';
import { fromPrecomputed, type ClaimGeometry, type PrecomputedFile } from './claim_geometry';
import { callWorker, WORKER_TIMEOUT_MS } from './worker_call';
import precomputedUrl from '../../geo/out/claim-shapes.json?url';
import claimBoundsFile from '../../geo/out/claim-bounds.json';
import { readClaimBounds, type Bounds } from '../map/claim_bounds';
import builtFromVersion from '../../geo/claims?claims-version';
import { byCodeUnits } from './order';

// Every claims file under geo/claims/ is part of the dataset (the JSON Schema is not a claims file).
const CLAIM_FILES = import.meta.glob('../../geo/claims/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The bundled claims files: name -> URL, in name order, without the schema. */
export function claimFileUrls(base: string = document.baseURI): [string, string][] {
  return Object.entries(CLAIM_FILES)
    .filter(([path]) => isClaimsFileName(path.split('/').pop() ?? ''))
    .sort(([a], [b]) => byCodeUnits(a, b)) // mergeClaimFiles orders them again, by its own rule
    .map(([path, url]) => [path.split('/').pop() ?? path, new URL(url as string, base).href]);
}

// What the map draws, as `npm run derive` wrote it: one GeoJSON file per party group, and the overlaps.
const FEATURE_FILES = import.meta.glob('../../geo/out/claim-features/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * The drawable claim features computed ahead of time, by name (`armenia`, `azerbaijan`, `third`, `overlap`):
 * absolute URLs the map fetches itself, in its worker, as soon as it exists. They match the bundled claims
 * when the precomputed shapes do (one `npm run derive` writes both).
 */
export function claimFeatureUrls(base: string = document.baseURI): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FEATURE_FILES).map(([path, url]) => [
      (path.split('/').pop() ?? path).replace(/\.geojson$/, ''),
      new URL(url as string, base).href,
    ]),
  );
}

/**
 * The box around the bundled claims' drawn shapes, as `npm run derive` computed it (bundled: the first view
 * frames it before the claims are in); null when no claim has a shape.
 */
export const bundledClaimBounds = (): Bounds | null => readClaimBounds(claimBoundsFile);

/** The request for the bundled claims data. */
export const bundledClaims = (base: string = document.baseURI): ClaimsRequest => ({
  files: claimFileUrls(base),
  precomputedUrl: new URL(precomputedUrl, base).href,
});

/**
 * Starts reading the precomputed file (null if it cannot be read). The page calls it first thing and reads
 * the claims from it later: the file is preloaded, and a preload left unread for a few seconds after the
 * page's load event gets a browser warning (and is fetched again in some browsers).
 */
export function fetchPrecomputedText(base: string = document.baseURI): Promise<string | null> {
  return fetch(bundledClaims(base).precomputedUrl)
    .then((res) => (res.ok ? res.text() : null))
    .catch(() => null);
}

/**
 * The bundled claims. When the precomputed file states the version of the claims files this build bundles
 * (`npm run derive` made it from them), its claims, checked then, are taken as they are: no worker, and no
 * claims files to fetch and hash (with 10,000 claims, 6.8 MB). Otherwise, or should that file not read, the
 * worker fetches the claims files and checks them.
 */
export async function loadBundledClaims(
  base: string = document.baseURI,
  precomputedText: Promise<string | null> = fetchPrecomputedText(base),
): Promise<ClaimsData> {
  const request = bundledClaims(base);
  if (builtFromVersion !== null) {
    const text = await precomputedText;
    if (text !== null && precomputedVersion(text) === builtFromVersion) {
      try {
        return readClaimsPayload({ loaded: null, precomputed: text });
      } catch {
        // unreadable after all: the worker checks the claims files instead
      }
    }
  }
  return loadClaimsInWorker(request);
}

/** A new claims worker: each request gets one, stopped when it has answered (or failed, or timed out). */
const claimsWorker = () => new Worker(new URL('./claims_worker.ts', import.meta.url), { type: 'module' });

type Ok<R> = Extract<R, { ok: true }>;

/** Fetches and checks the claims files, and reads their precomputed shapes, off the main thread. */
export async function loadClaimsInWorker(request: ClaimsRequest): Promise<ClaimsData> {
  const reply = await callWorker<Ok<ClaimsReply>>(claimsWorker(), request, {
    task: 'claims',
    // The site's own files, bounded by the parser's limits: more room, so a slow device still gets them.
    timeoutMs: 2 * WORKER_TIMEOUT_MS,
  });
  return readClaimsPayload(reply.payload);
}

/** The reader's file being checked: opening another stops it. */
let localLoad: AbortController | null = null;

/**
 * Checks a reader's own claims file and derives its shapes, off the main thread (the claims worker). A newer
 * file supersedes it: its worker is stopped and this rejects with `Superseded`.
 */
export async function loadLocalClaimsInWorker(request: LocalClaimsRequest): Promise<LocalClaims> {
  localLoad?.abort();
  const control = (localLoad = new AbortController());
  const reply = await callWorker<Ok<LocalClaimsReply>>(claimsWorker(), request, {
    task: 'file',
    signal: control.signal,
  });
  return JSON.parse(reply.json) as LocalClaims;
}

/** Derives the shapes of checked claims off the main thread (when the precomputed file is stale). */
export async function deriveInWorker(request: DeriveRequest): Promise<ClaimGeometry> {
  const reply = await callWorker<Ok<DeriveReply>>(claimsWorker(), request, {
    task: 'derive',
  });
  return fromPrecomputed(JSON.parse(reply.json) as PrecomputedFile, request.derive.claims);
}

/** The largest claims file read: the parser's own limit (DEFAULT_MAX_BYTES; a unit test keeps them equal). */
export const LOCAL_FILE_MAX_BYTES = 2 * 1024 * 1024;
