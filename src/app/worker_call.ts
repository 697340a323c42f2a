// One request to a worker, one reply, and the worker stopped: the promise settles on every path (a reply, a
// failure the worker reports, an error thrown in it, a message neither side can read, a timeout, or a newer
// request that supersedes this one), so a hostile file can never leave the page waiting forever.

/** What the page needs of a Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (e: Event) => void): void;
}

/**
 * How long a worker may take before it is stopped and the load fails. Deriving shapes stops itself sooner
 * (BROWSER_DERIVE_BUDGET_MS, 7 s); the rest is room to start the worker, fetch, parse, check and reply (about
 * 2 s of a load on this project's shared 2-core machine). It was 15 s (the budget 10 s) from fdce8d1, which
 * gave no reason but room for a busy device; the costliest file of the hostile corpus now takes 2.4 s in the
 * page (6.3 s at a load of 6–10), the real claims 2.8 s (`npm run hostile-cost`, README).
 */
export const WORKER_TIMEOUT_MS = 10_000;

/** A reply as the claims worker sends it: what was asked for, or why not. */
export type WorkerReply<T> = ({ ok: true } & T) | { ok: false; error: string };

/** The rejection of a request that a newer one replaced: not a failure to tell the reader about. */
export class Superseded extends Error {
  constructor(what: string) {
    super(`${what} was stopped: a newer request replaced it.`);
    this.name = 'Superseded';
  }
}

export interface CallOptions {
  /** What the worker does, for messages: "Checking the file x.json". */
  what: string;
  timeoutMs?: number;
  /** Aborting it stops the worker (the request is superseded). */
  signal?: AbortSignal;
}

const messageOf = (e: Event): string => {
  const msg = (e as Partial<ErrorEvent>).message;
  return typeof msg === 'string' && msg !== '' ? msg : 'no message';
};

/**
 * Posts `request` to `worker` and resolves with its reply when it says `ok`; rejects with a message otherwise.
 * The worker is terminated however it ends.
 */
export function callWorker<T>(
  worker: WorkerLike,
  request: unknown,
  { what, timeoutMs = WORKER_TIMEOUT_MS, signal }: CallOptions,
): Promise<{ ok: true } & T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (ok: boolean, value: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      if (ok) resolve(value as { ok: true } & T);
      else reject(value instanceof Error ? value : new Error(String(value)));
    };
    const onAbort = () => settle(false, new Superseded(what));
    const timer = setTimeout(
      () => settle(false, new Error(`${what} took longer than ${timeoutMs / 1000} s and was stopped.`)),
      timeoutMs,
    );
    worker.addEventListener('message', (e) => {
      const reply = (e as MessageEvent<WorkerReply<T> | undefined>).data;
      if (reply?.ok === true) settle(true, reply);
      else settle(false, new Error(`${what} failed: ${reply?.ok === false ? reply.error : 'no reply'}`));
    });
    worker.addEventListener('error', (e) => settle(false, new Error(`${what} failed: ${messageOf(e)}`)));
    worker.addEventListener('messageerror', () =>
      settle(false, new Error(`${what} failed: its reply could not be read.`)),
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    try {
      worker.postMessage(request);
    } catch (e) {
      settle(false, new Error(`${what} failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  });
}
