// Fetches and checks the claims files and the shapes computed ahead of time: the work behind the claims worker
// (claims_worker.ts), kept apart from it so it can run anywhere. Bad files become problems, not throws.
import { mergeClaimFiles } from './claim_files';
import { phrase, PhrasedError } from '../i18n/phrases';
import { sayPhrase } from '../i18n/say_phrase';
import { EN_ALL } from '../i18n/english';
import { claimsVersion } from './data_version';
import {
  precomputedVersion,
  readClaimsPayload,
  type ClaimsData,
  type ClaimsPayload,
  type ClaimsRequest,
} from './claims_payload';

/**
 * Fetches the claims files and the precomputed file. Files that hash to the version the precomputed file was
 * computed from are the files `npm run derive` checked, and its check stands; any others are checked here,
 * claim by claim. (Checking 10,000 claims took this worker about half a second while the map was loading.)
 */
export async function fetchAndCheckClaims({ files, precomputedUrl }: ClaimsRequest): Promise<ClaimsPayload> {
  const precomputed = fetch(precomputedUrl)
    .then((res) => (res.ok ? res.text() : null))
    .catch(() => null); // without it the shapes are derived in the browser: slower, not wrong
  const texts = await Promise.all(
    files.map(async ([name, url]) => {
      const res = await fetch(url);
      if (!res.ok) {
        const why = phrase('errLoadClaims', { name, status: res.status });
        throw new PhrasedError(why, sayPhrase(why, EN_ALL));
      }
      return [name, await res.text()] as const;
    }),
  );
  const file = await precomputed;
  if (file !== null && precomputedVersion(file) === claimsVersion(texts))
    return { loaded: null, precomputed: file };
  return { loaded: JSON.stringify(mergeClaimFiles(texts)), precomputed: file };
}

/** Fetches, checks and reads the claims in one go (where no worker is between the two). */
export async function loadClaimsData(request: ClaimsRequest): Promise<ClaimsData> {
  return readClaimsPayload(await fetchAndCheckClaims(request));
}
