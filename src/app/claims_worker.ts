// The claims worker: fetching, parsing and checking thousands of claims would hold up the page's main thread
// (and the map drawing on it) for a second or more, and deriving shapes can take longer, so it runs here. One
// request, one reply: the bundled claims files checked, a reader's own file checked and derived
// (local_claims.ts), or the shapes of checked claims derived (when the precomputed file is stale). The page
// stops the worker after a timeout (worker_call.ts); every failure in here is a reply, never a silence.
import { fetchAndCheckClaims } from './claims_loader';
import type { ClaimsPayload, ClaimsRequest } from './claims_payload';
import type { LocalClaimsRequest } from './local_claims';
import type { DeriveRequest } from './derive_request';
import { failureReply, type WorkerReply } from './worker_call';
import { phrase, PhrasedError } from '../i18n/phrases';

export type ClaimsReply = WorkerReply<{ payload: ClaimsPayload }>;
/** The reply to a LocalClaimsRequest: LocalClaims as JSON (one parse on the page, not a structured clone). */
export type LocalClaimsReply = WorkerReply<{ json: string }>;
/** The reply to a DeriveRequest: the derived geometry as a PrecomputedFile, in JSON. */
export type DeriveReply = WorkerReply<{ json: string }>;

type Request = ClaimsRequest | LocalClaimsRequest | DeriveRequest;
type Reply = ClaimsReply | LocalClaimsReply | DeriveReply;

// The project's TypeScript lib is the DOM's: say what this worker's global scope offers.
const scope = self as unknown as {
  onmessage: (e: MessageEvent<Request>) => void;
  postMessage: (reply: Reply) => void;
  addEventListener: (type: string, listener: (e: Event & { reason?: unknown }) => void) => void;
};

async function answer(request: Request): Promise<Reply> {
  if ('local' in request) {
    // Loaded only for a reader's file: deriving shapes needs turf, which the bundled claims' check does not.
    const { checkLocalClaims } = await import('./local_claims');
    return { ok: true, json: JSON.stringify(await checkLocalClaims(request)) };
  }
  if ('derive' in request) {
    const { deriveRequested } = await import('./derive_request');
    return { ok: true, json: JSON.stringify(await deriveRequested(request)) };
  }
  return { ok: true, payload: await fetchAndCheckClaims(request) };
}

scope.onmessage = async (e) => {
  let reply: Reply;
  try {
    reply = await answer(e.data);
  } catch (err) {
    reply = failureReply(err);
  }
  scope.postMessage(reply);
};
// A promise nobody awaited that fails, or a request that cannot be read, would otherwise leave no reply.
scope.addEventListener('unhandledrejection', (e) => scope.postMessage(failureReply(e.reason)));
scope.addEventListener('messageerror', () =>
  scope.postMessage(
    failureReply(new PhrasedError(phrase('wkBadRequest', {}), 'the worker could not read its request')),
  ),
);
