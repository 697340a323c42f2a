// The claims worker: fetching, parsing and checking thousands of claims would hold up the page's main thread
// (and the map drawing on it) for a second or more, so it runs here. One request, one reply.
import { fetchAndCheckClaims } from './claims_loader';
import type { ClaimsPayload, ClaimsRequest } from './claims_payload';

export type ClaimsReply = { ok: true; payload: ClaimsPayload } | { ok: false; error: string };

// The project's TypeScript lib is the DOM's: say what this worker's global scope offers.
const scope = self as unknown as {
  onmessage: (e: MessageEvent<ClaimsRequest>) => void;
  postMessage: (reply: ClaimsReply) => void;
};

scope.onmessage = async (e) => {
  let reply: ClaimsReply;
  try {
    reply = { ok: true, payload: await fetchAndCheckClaims(e.data) };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
