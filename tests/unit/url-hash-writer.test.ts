import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HashWriter, type Clock } from '../../src/url/hash_writer';

describe('HashWriter (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const calls: Array<[number, string]> = [];
    const start = Date.now();
    const writer = new HashWriter({ replaceState: (url) => calls.push([Date.now() - start, url]) });
    return { calls, writer };
  }

  it('writes the first value at once', () => {
    const { calls, writer } = setup();
    writer.write('#a');
    expect(calls).toEqual([[0, '#a']]);
  });

  it('writes at most once per 300 ms, always ending on the latest value', () => {
    const { calls, writer } = setup();
    for (let t = 0; t < 1000; t += 10) {
      writer.write(`#${t}`);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    expect(calls.map(([t]) => t)).toEqual([0, 300, 600, 900, 1200]);
    expect(calls.at(-1)).toEqual([1200, '#990']);
    for (let i = 1; i < calls.length; i++)
      expect(calls[i]![0] - calls[i - 1]![0]).toBeGreaterThanOrEqual(300);
  });

  it('sends the trailing value even when writes stop right after the first', () => {
    const { calls, writer } = setup();
    writer.write('#a');
    vi.advanceTimersByTime(50);
    writer.write('#b');
    writer.write('#c');
    vi.advanceTimersByTime(249);
    expect(calls).toEqual([[0, '#a']]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([
      [0, '#a'],
      [300, '#c'],
    ]);
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(2);
  });

  it('writes at once again after a quiet interval', () => {
    const { calls, writer } = setup();
    writer.write('#a');
    vi.advanceTimersByTime(1000);
    writer.write('#b');
    expect(calls).toEqual([
      [0, '#a'],
      [1000, '#b'],
    ]);
  });

  it('flush writes the pending value now; dispose drops it', () => {
    const { calls, writer } = setup();
    writer.write('#a');
    writer.write('#b');
    writer.flush();
    expect(calls).toEqual([
      [0, '#a'],
      [0, '#b'],
    ]);
    writer.flush(); // nothing pending
    writer.write('#c');
    writer.dispose();
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('HashWriter (injected clock)', () => {
  it('uses the clock and interval it is given', () => {
    let now = 0;
    const timers: Array<{ at: number; fn: () => void }> = [];
    const clock: Clock = {
      now: () => now,
      setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }),
      clearTimeout: () => undefined,
    };
    const urls: string[] = [];
    const writer = new HashWriter({ replaceState: (u) => urls.push(u), intervalMs: 1000, clock });
    writer.write('#a');
    now = 10;
    writer.write('#b');
    expect(urls).toEqual(['#a']);
    expect(timers.map((t) => t.at)).toEqual([1000]);
    now = 1000;
    timers[0]!.fn();
    expect(urls).toEqual(['#a', '#b']);
  });
});
