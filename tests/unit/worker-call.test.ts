// callWorker settles on every path a worker can take, and stops the worker each time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callWorker, Superseded, WORKER_TIMEOUT_MS, type WorkerLike } from '../../src/app/worker_call';

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

const what = 'Checking the file "x.json"';

afterEach(() => {
  vi.useRealTimers();
});

describe('callWorker', () => {
  it('resolves with an ok reply, and stops the worker', async () => {
    const w = new FakeWorker((w, m) => queueMicrotask(() => w.reply({ ok: true, echo: m })));
    await expect(callWorker<{ echo: unknown }>(w, { a: 1 }, { what })).resolves.toEqual({
      ok: true,
      echo: { a: 1 },
    });
    expect(w.terminated).toBe(1);
  });

  it('rejects with the worker’s own message when it replies with a failure', async () => {
    const w = new FakeWorker((w) => w.reply({ ok: false, error: 'no lake "x"' }));
    await expect(callWorker(w, {}, { what })).rejects.toThrow(`${what} failed: no lake "x"`);
    expect(w.terminated).toBe(1);
  });

  it('rejects on a reply that is not a reply at all', async () => {
    const w = new FakeWorker((w) => w.reply(undefined));
    await expect(callWorker(w, {}, { what })).rejects.toThrow(`${what} failed: no reply`);
  });

  it('rejects when an error is thrown in the worker (its error event)', async () => {
    const w = new FakeWorker((w) =>
      w.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught Error: boom' })),
    );
    await expect(callWorker(w, {}, { what })).rejects.toThrow(`${what} failed: Uncaught Error: boom`);
    expect(w.terminated).toBe(1);
    // An error event without a message (a script that failed to load) says so.
    const silent = new FakeWorker((w) => w.dispatchEvent(new Event('error')));
    await expect(callWorker(silent, {}, { what })).rejects.toThrow(`${what} failed: no message`);
  });

  it('rejects when the reply cannot be read (messageerror)', async () => {
    const w = new FakeWorker((w) => w.dispatchEvent(new Event('messageerror')));
    await expect(callWorker(w, {}, { what })).rejects.toThrow(/reply could not be read/);
    expect(w.terminated).toBe(1);
  });

  it('rejects when the request cannot be posted (it does not clone)', async () => {
    const w = new FakeWorker(() => {
      throw new Error('could not be cloned');
    });
    await expect(callWorker(w, {}, { what })).rejects.toThrow(`${what} failed: could not be cloned`);
    expect(w.terminated).toBe(1);
  });

  it('stops a worker that never answers after the timeout, and ignores a late reply', async () => {
    vi.useFakeTimers();
    const w = new FakeWorker();
    const call = callWorker(w, {}, { what });
    const settled = expect(call).rejects.toThrow(`${what} took longer than 10 s and was stopped.`);
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
    const call = callWorker(w, {}, { what, signal: control.signal });
    control.abort();
    await expect(call).rejects.toBeInstanceOf(Superseded);
    expect(w.terminated).toBe(1);
    const early = new FakeWorker();
    await expect(callWorker(early, {}, { what, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      Superseded,
    );
    expect(early.posted).toEqual([]);
    expect(early.terminated).toBe(1);
  });
});
