// Write batching: typing a note (a change every few hundred ms) leads to a handful of sync runs, runs never
// overlap, and a run held back by the browser's write rate happens when the rate allows it. Fake timers only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteBatcher } from '../../lib/sync/batch';

const T0 = Date.UTC(2025, 3, 1);

describe('WriteBatcher', () => {
  let runs: number[];
  let batcher: WriteBatcher;
  let release: (() => void) | null;
  let hold: boolean;

  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    runs = [];
    hold = false;
    release = null;
    batcher = new WriteBatcher({
      quietMs: 2_000,
      maxWaitMs: 10_000,
      run: async () => {
        runs.push(Date.now() - T0);
        if (hold) await new Promise<void>((resolve) => (release = resolve));
      },
    });
  });
  afterEach(() => {
    batcher.cancel();
    vi.useRealTimers();
  });

  it('one run after the changes pause', async () => {
    batcher.changed();
    await vi.advanceTimersByTimeAsync(500);
    batcher.changed();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([2_500]);
  });

  it('typing a note for a minute (a save every 600 ms) makes six runs, not a hundred', async () => {
    for (let t = 0; t < 60_000; t += 600) {
      batcher.changed();
      await vi.advanceTimersByTimeAsync(600);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toEqual([10_000, 20_200, 30_400, 40_600, 50_800, 61_000]);
  });

  it('a change from another device runs at once, and later local changes do not push it back', async () => {
    batcher.changed();
    await vi.advanceTimersByTimeAsync(100);
    batcher.soon();
    batcher.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([100]);
  });

  it('runs never overlap: changes during a run lead to one more run after it', async () => {
    hold = true;
    batcher.soon();
    await vi.advanceTimersByTimeAsync(0);
    batcher.changed();
    batcher.soon();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toEqual([0]);
    hold = false;
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([0, 5_000]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(runs).toEqual([0, 5_000]);
  });

  it('retryIn runs again when the write rate allows, unless a run is due sooner', async () => {
    batcher.retryIn(30_000);
    batcher.retryIn(45_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toEqual([30_000]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toEqual([30_000]);
  });

  it('cancel drops the due run', async () => {
    batcher.changed();
    batcher.cancel();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(runs).toEqual([]);
  });

  it('a failing run does not stop later runs', async () => {
    const failing = new WriteBatcher({ quietMs: 10, maxWaitMs: 100, run: () => Promise.reject(new Error('sync down')) });
    failing.soon();
    await vi.advanceTimersByTimeAsync(0);
    await failing.idle();
    batcher.soon();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([0]);
  });
});
