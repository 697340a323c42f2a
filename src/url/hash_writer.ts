// Writes the permalink to the address bar while the map moves: at most once per interval, always ending
// on the latest value. Browsers limit history.replaceState (Safari throws after 100 calls in 10 s), and a
// pan fires dozens of moves per second.

/** Time and timers, injectable so tests can drive them. Defaults to the global ones, looked up per call. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Options for HashWriter. */
export interface HashWriterOptions {
  /** Called with each URL to show, e.g. `(url) => history.replaceState(history.state, '', url)`. */
  replaceState: (url: string) => void;
  /** Minimum time between two calls of replaceState, in ms. */
  intervalMs?: number;
  clock?: Clock;
}

/** Throttles replaceState: the first write goes out at once, later ones at most once per interval, latest wins. */
export class HashWriter {
  private readonly replaceState: (url: string) => void;
  private readonly intervalMs: number;
  private readonly clock: Clock;
  private lastCall = -Infinity;
  private pending: string | undefined;
  private timer: unknown;
  private scheduled = false;

  constructor(options: HashWriterOptions) {
    this.replaceState = options.replaceState;
    this.intervalMs = options.intervalMs ?? 300;
    this.clock = options.clock ?? globalClock;
  }

  /** Asks for `url` to be shown: now if the interval has passed, else at its end (unless a newer one comes). */
  write(url: string): void {
    this.pending = url;
    if (this.scheduled) return; // the trailing call will take the latest value
    const wait = this.lastCall + this.intervalMs - this.clock.now();
    if (wait <= 0) this.flush();
    else this.schedule(wait);
  }

  /** Writes the pending URL now, if any (e.g. on `pagehide`, so the last move is never lost). */
  flush(): void {
    this.cancelTimer();
    const url = this.pending;
    if (url === undefined) return;
    this.pending = undefined;
    this.lastCall = this.clock.now();
    this.replaceState(url);
  }

  /** Drops the pending URL and the timer (e.g. when the map is removed). */
  dispose(): void {
    this.cancelTimer();
    this.pending = undefined;
  }

  private schedule(wait: number): void {
    this.scheduled = true;
    this.timer = this.clock.setTimeout(() => {
      this.scheduled = false;
      this.flush();
    }, wait);
  }

  private cancelTimer(): void {
    if (this.scheduled) this.clock.clearTimeout(this.timer);
    this.scheduled = false;
  }
}
