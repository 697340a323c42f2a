// The claims as the claims worker hands them to the page, and how the page reads them back. Kept apart from
// claims_loader.ts, which checks claims files: the page's own bundle needs none of the checking code.
import type { LoadedClaims } from './claim_files';
import type { Claim } from '../claims/schema/claim';
import { mayHoldBidiControls, withoutBidiControls } from './display_text';
import { boundedPrecomputedShapes, usablePrecomputedClaims } from './precomputed_check';
import { fromPrecomputed, type ClaimGeometry, type PrecomputedFile } from './claim_geometry';
import { phrase, PhrasedError } from '../i18n/phrases';

export interface ClaimsRequest {
  /** The claims files: [file name, absolute URL]. */
  files: [string, string][];
  /** The precomputed shapes (`npm run derive`). */
  precomputedUrl: string;
}

export interface ClaimsData {
  loaded: LoadedClaims;
  /** The precomputed geometry, or null when it is missing or was computed from other claims data. */
  geometry: ClaimGeometry | null;
}

/**
 * The checked claims as the worker hands them to the page: as text. Posted as objects, 10,000 claims and
 * their shapes took the page's main thread about 140 ms to take in (a structured clone of every object, while
 * the map was loading); one JSON.parse of the same data took less than half of that.
 */
export interface ClaimsPayload {
  /**
   * The checked claims (LoadedClaims) as JSON; null when the claims files are the ones the precomputed file
   * was computed from, whose `checked` then holds them.
   */
  loaded: string | null;
  /** The precomputed shapes file as it was fetched, or null when it could not be. */
  precomputed: string | null;
}

/**
 * The version of a precomputed file that holds the checked claims, read off its start without parsing it
 * (`npm run derive` writes `version`, then `checked`, first); null for any other text.
 */
export function precomputedVersion(text: string): string | null {
  return /^\{"version":"([0-9a-f]{8})","checked":/.exec(text.slice(0, 40))?.[1] ?? null;
}

/** Reads a payload back; the precomputed shapes count only when they were computed from these claims. */
export function readClaimsPayload(payload: ClaimsPayload): ClaimsData {
  const file = parsePrecomputed(payload.precomputed);
  if (payload.loaded === null) {
    if (!file?.checked) throw new PhrasedError(phrase('errPrecomputedUnreadable', {}));
    const usable = usablePrecomputedClaims(file.checked);
    return boundedGeometry(file, { ...usable, version: file.version }, payload.precomputed);
  }
  const parsed = JSON.parse(payload.loaded) as LoadedClaims;
  if (file?.version === parsed.version) return boundedGeometry(file, parsed, payload.loaded);
  return { loaded: { ...parsed, claims: shown(parsed.claims, payload.loaded) }, geometry: null };
}

/** The claims with the precomputed file's shapes, less any claim whose shapes are out of bounds (a problem). */
function boundedGeometry(file: PrecomputedFile, loaded: LoadedClaims, text: string | null): ClaimsData {
  const bounded = boundedPrecomputedShapes(file.claims);
  const claims = shown(
    loaded.claims.filter((c) => !bounded.leftOut.has(c.id)),
    text,
  );
  const problems = bounded.problems.length ? [...loaded.problems, ...bounded.problems] : loaded.problems;
  const shapes = bounded.shapes as PrecomputedFile['claims'];
  return {
    loaded: { claims, problems, version: loaded.version },
    geometry: fromPrecomputed({ ...file, claims: shapes }, claims),
  };
}

/** The claims as the page shows them: without bidi controls, when their text has any. */
const shown = (claims: Claim[], text: string | null): Claim[] =>
  text !== null && mayHoldBidiControls(text) ? withoutBidiControls(claims) : claims;

/** The precomputed file, or null when there is none or it is not a JSON object (it is then derived anew). */
function parsePrecomputed(text: string | null): PrecomputedFile | null {
  if (text === null) return null;
  try {
    const file: unknown = JSON.parse(text);
    return typeof file === 'object' && file !== null && !Array.isArray(file)
      ? (file as PrecomputedFile)
      : null;
  } catch {
    return null;
  }
}
