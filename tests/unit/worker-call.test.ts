// callWorker settles on every path a worker can take, and stops the worker each time; why it failed is a
// phrase (tests/unit/i18n-reasons.test.ts says them in every language), here in English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callWorker, Superseded, WORKER_TIMEOUT_MS, type WorkerLike } from '../../src/app/worker_call';
import { PhrasedError, reasonIn } from '../../src/i18n/phrases';
import { EN_ALL } from '../../src/i18n/english';

/** A worker that does what `onPost` says when it gets a message. */
class FakeWorker extends EventTarget implements WorkerLike {
  terminated = 0;
  posted: unknown[] = [];
  constructor(private onPost: (w: FakeWorker, message: unknown) => void = () => {}) {
    super();
  }
  postMessage(message: unknown) {
    this.posted.push(message);
    this.onPost(this, message);
  }
  terminate() {
    this.terminated++;
  }
  reply(data: unknown) {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
}

const task = 'file' as const;
const what = 'Checking the file';

/** Why a call failed, in English: a PhrasedError, said. */
async function why(call: Promise<unknown>): Promise<string> {
  const e: unknown = await call.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(PhrasedError);
  return reasonIn(e, EN_ALL);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('callWorker', () => {
  it('resolves with an ok reply, and stops the worker', async () => {
    const w = new FakeWorker((w, m) => queueMicrotask(() => w.reply({ ok: true, echo: m })));
    await expect(callWorker<{ echo: unknown }>(w, { a: 1 }, { task })).resolves.toEqual({
      ok: true,
      echo: { a: 1 },
    });
    expect(w.terminated).toBe(1);
  });

  it('rejects with the worker’s own message when it replies with a failure', async () => {
    const w = new FakeWorker((w) => w.reply({ ok: false, error: 'no lake "x"' }));
    expect(await why(callWorker(w, {}, { task }))).toBe(`${what} failed with an error: "no lake \\"x\\""`);
    expect(w.terminated).toBe(1);
  });

  it('rejects on a reply that is not a reply at all', async () => {
    const w = new FakeWorker((w) => w.reply(undefined));
    expect(await why(callWorker(w, {}, { task }))).toBe(`${what} failed: the worker sent no reply.`);
  });

  it('rejects when an error is thrown in the worker (its error event)', async () => {
    const w = new FakeWorker((w) =>
      w.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught Error: boom' })),
    );
    expect(await why(callWorker(w, {}, { task }))).toBe(
      `${what} failed with an error: "Uncaught Error: boom"`,
    );
    expect(w.terminated).toBe(1);
    // An error event without a message (a script that failed to load) says so.
    const silent = new FakeWorker((w) => w.dispatchEvent(new Event('error')));
    expect(await why(callWorker(silent, {}, { task }))).toMatch(/stopped without saying why/);
  });

  it('rejects when the reply cannot be read (messageerror)', async () => {
    const w = new FakeWorker((w) => w.dispatchEvent(new Event('messageerror')));
    expect(await why(callWorker(w, {}, { task }))).toBe(`${what} failed: its reply could not be read.`);
    expect(w.terminated).toBe(1);
  });

  it('rejects when the request cannot be posted (it does not clone)', async () => {
    const w = new FakeWorker(() => {
      throw new Error('could not be cloned');
    });
    expect(await why(callWorker(w, {}, { task }))).toBe(
      `${what} failed: the request could not be sent to the worker: "could not be cloned"`,
    );
    expect(w.terminated).toBe(1);
  });

  it('stops a worker that never answers after the timeout, and ignores a late reply', async () => {
    vi.useFakeTimers();
    const w = new FakeWorker();
    const call = callWorker(w, {}, { task });
    const settled = why(call).then((said) =>
      expect(said).toBe(`${what} took longer than 10 s and was stopped.`),
    );
    vi.advanceTimersByTime(WORKER_TIMEOUT_MS - 1);
    expect(w.terminated).toBe(0);
    vi.advanceTimersByTime(1);
    await settled;
    expect(w.terminated).toBe(1);
    w.reply({ ok: true });
    expect(w.terminated).toBe(1);
  });

  it('stops the worker when a newer request supersedes it, before or after posting', async () => {
    const w = new FakeWorker();
    const control = new AbortController();
    const call = callWorker(w, {}, { task, signal: control.signal });
    control.abort();
    await expect(call).rejects.toBeInstanceOf(Superseded);
    expect(w.terminated).toBe(1);
    const early = new FakeWorker();
    await expect(callWorker(early, {}, { task, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      Superseded,
    );
    expect(early.posted).toEqual([]);
    expect(early.terminated).toBe(1);
  });
});
