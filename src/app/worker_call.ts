// One request to a worker, one reply, and the worker stopped: the promise settles on every path (a reply, a
// failure the worker reports, an error thrown in it, a message neither side can read, a timeout, or a newer
// request that supersedes this one), so a hostile file can never leave the page waiting forever. Every failure
// is a PhrasedError: why, as data (a catalogue key, the task and the engine's own words as a quoted detail),
// said in the reader's language where it is shown (phrases.ts: reasonIn), again after a switch.
import { phrase, PhrasedError, type Phrase } from '../i18n/phrases';
import type { WorkerTask } from '../i18n/phrase_args';

export type { WorkerTask };

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

/**
 * A reply as the claims worker sends it: what was asked for, or why not (`error` in English, for logs; `phrase`
 * when the worker's code worded it).
 */
export type WorkerReply<T> = ({ ok: true } & T) | { ok: false; error: string; phrase?: Phrase };

/**
 * A failure in the worker as its reply: the error's words for logs, and its phrase where the code worded it, so
 * the page says it in the reader's language (an engine's own words it quotes after a sentence of its own).
 */
export const failureReply = (err: unknown): { ok: false; error: string; phrase?: Phrase } => ({
  ok: false,
  error: err instanceof Error ? err.message : String(err),
  ...(err instanceof PhrasedError ? { phrase: err.phrase } : {}),
});

/** The rejection of a request that a newer one replaced: not a failure to tell the reader about. */
export class Superseded extends Error {
  constructor(task: WorkerTask) {
    super(`The worker's task (${task}) was stopped: a newer request replaced it.`);
    this.name = 'Superseded';
  }
}

export interface CallOptions {
  /** What the worker does, for messages ("Checking the file"). */
  task: WorkerTask;
  timeoutMs?: number;
  /** Aborting it stops the worker (the request is superseded). */
  signal?: AbortSignal;
}

/** Why an error event stopped the worker: its message as a quoted detail, or that it gave none. */
const errorEventPhrase = (task: WorkerTask, e: Event): Phrase => {
  const msg = (e as Partial<ErrorEvent>).message;
  return typeof msg === 'string' && msg !== ''
    ? phrase('wkError', { task, reason: msg })
    : phrase('wkErrorSilent', { task });
};

/** Why the worker said it failed: its own phrase, or its error's words as a quoted detail. */
const failurePhrase = (task: WorkerTask, reply: { error?: unknown; phrase?: unknown }): Phrase =>
  // (Said through sayPhrase, which checks a phrase against its key's arguments: a bad one reads as unreadable.)
  typeof reply.phrase === 'object' && reply.phrase !== null
    ? (reply.phrase as Phrase)
    : phrase('wkError', { task, reason: String(reply.error) });

/**
 * Posts `request` to `worker` and resolves with its reply when it says `ok`; rejects with a PhrasedError (or
 * Superseded) otherwise. The worker is terminated however it ends.
 */
export function callWorker<T>(
  worker: WorkerLike,
  request: unknown,
  { task, timeoutMs = WORKER_TIMEOUT_MS, signal }: CallOptions,
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
      else reject(value instanceof Error ? value : new PhrasedError(value as Phrase));
    };
    const onAbort = () => settle(false, new Superseded(task));
    const timer = setTimeout(
      () => settle(false, phrase('wkTimeout', { task, s: timeoutMs / 1000 })),
      timeoutMs,
    );
    worker.addEventListener('message', (e) => {
      const reply = (e as MessageEvent<WorkerReply<T> | undefined>).data;
      if (reply?.ok === true) settle(true, reply);
      else if (reply?.ok === false) settle(false, failurePhrase(task, reply));
      else settle(false, phrase('wkNoReply', { task }));
    });
    worker.addEventListener('error', (e) => settle(false, errorEventPhrase(task, e)));
    worker.addEventListener('messageerror', () => settle(false, phrase('wkReplyUnreadable', { task })));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    try {
      worker.postMessage(request);
    } catch (e) {
      settle(false, phrase('wkNotSent', { task, reason: e instanceof Error ? e.message : String(e) }));
    }
  });
}
