// The content script's way of parsing: the same result as scanPage, with the main thread handed back.
import { describe, expect, it, vi } from 'vitest';
import { scanPage, scanPageInSlices } from '../../lib/parse/index';
import { runInSlices, TaskSlicer } from '../../lib/slices';
import { loadFixturePage as loadFixture } from './helpers/fixture-pages';

describe('scanPageInSlices', () => {
  it('gives what scanPage gives, handing the thread back between slices', async () => {
    const doc = loadFixture('outreach-vector-mw1.31.html');
    let handBacks = 0;
    const slicer = new TaskSlicer(() => {
      handBacks++;
      return Promise.resolve();
    }, -1); // every step is over budget
    const sliced = await scanPageInSlices(doc, doc.URL, slicer);
    const whole = scanPage(doc, doc.URL);
    expect(sliced.ideas).toEqual(whole.ideas);
    expect(sliced.warnings).toEqual(whole.warnings);
    expect([...sliced.nodes.keys()]).toEqual([...whole.nodes.keys()]);
    expect(handBacks).toBeGreaterThan(whole.ideas.length);
  });

  it('does not hand the thread back while a slice lasts', async () => {
    const doc = loadFixture('outreach-vector-mw1.31.html');
    let handBacks = 0;
    const slicer = new TaskSlicer(() => {
      handBacks++;
      return Promise.resolve();
    }, 60_000);
    expect((await scanPageInSlices(doc, doc.URL, slicer)).ideas).toHaveLength(18);
    expect(handBacks).toBe(0);
  });
});

describe('runInSlices', () => {
  it('hands the thread back before the first step when the slice is used up already (work resumed after an await)', async () => {
    const log: string[] = [];
    const slicer = new TaskSlicer(() => {
      log.push('hand back');
      return Promise.resolve();
    }, -1);
    function* steps(): Generator<void, string> {
      log.push('step 1');
      yield;
      log.push('step 2');
      return 'done';
    }
    expect(await runInSlices(steps(), slicer)).toBe('done');
    expect(log).toEqual(['hand back', 'step 1', 'hand back', 'step 2']);
  });

  it('a new slice after waiting on something else does not count the wait as work', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log: string[] = [];
    const slicer = new TaskSlicer(() => {
      log.push('hand back');
      return Promise.resolve();
    }, 15);
    now = 100; // a storage reply arrives long after the slice began
    expect(slicer.due).toBe(true);
    slicer.newSlice();
    function* steps(): Generator<void, void> {
      log.push('step 1');
      now += 20; // longer than a slice
      yield;
      log.push('step 2');
    }
    await runInSlices(steps(), slicer);
    expect(log).toEqual(['step 1', 'hand back', 'step 2']);
    clock.mockRestore();
  });
});
