// The claims worker: fetching, parsing and checking thousands of claims would hold up the page's main thread
// (and the map drawing on it) for a second or more, so it runs here. One request, one reply: the bundled
// claims files, or a reader's own file (local_claims.ts).
import { fetchAndCheckClaims } from './claims_loader';
import type { ClaimsPayload, ClaimsRequest } from './claims_payload';
import type { LocalClaimsRequest } from './local_claims';

export type ClaimsReply = { ok: true; payload: ClaimsPayload } | { ok: false; error: string };
/** The reply to a LocalClaimsRequest: LocalClaims as JSON (one parse on the page, not a structured clone). */
export type LocalClaimsReply = { ok: true; json: string } | { ok: false; error: string };

// The project's TypeScript lib is the DOM's: say what this worker's global scope offers.
const scope = self as unknown as {
  onmessage: (e: MessageEvent<ClaimsRequest | LocalClaimsRequest>) => void;
  postMessage: (reply: ClaimsReply | LocalClaimsReply) => void;
};

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

scope.onmessage = async (e) => {
  const request = e.data;
  if ('local' in request) {
    let reply: LocalClaimsReply;
    try {
      // Loaded only for a reader's file: deriving shapes needs turf, which the bundled claims' check does not.
      const { checkLocalClaims } = await import('./local_claims');
      reply = { ok: true, json: JSON.stringify(await checkLocalClaims(request)) };
    } catch (err) {
      reply = { ok: false, error: messageOf(err) };
    }
    scope.postMessage(reply);
    return;
  }
  let reply: ClaimsReply;
  try {
    reply = { ok: true, payload: await fetchAndCheckClaims(request) };
  } catch (err) {
    reply = { ok: false, error: messageOf(err) };
  }
  scope.postMessage(reply);
};
