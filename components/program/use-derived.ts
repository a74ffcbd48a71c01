// What the view shows, computed from the page copies in slices of at most a few milliseconds: with 1,500 ideas the
// whole computation is longer than a frame, and the dashboard stays responsive (reading, typing) meanwhile. Until
// it is done the previous result stays on screen. The search index follows, in slices too, once the view is shown.
import { useEffect, useState } from 'preact/hooks';
import type { Idea } from '../../lib/idea';
import { deriveSteps, type ProgramData } from '../../lib/program/derive';
import type { PageCopy } from '../../lib/program/page-copy';
import { searchIndexSteps, type SearchIndex } from '../../lib/search';
import { nextTask, TaskSlicer } from '../../lib/slices';

const SLICE_MS = 8;

export function useDerivedProgram(copies: readonly PageCopy[] | null, includeArchived: boolean, now: Date): ProgramData | null {
  const day = now.toDateString();
  // `now` matters by the day: ideas become due for confirming at midnight, not at every render.
  return useInSlices(copies && (() => deriveSteps(copies, { includeArchived, now })), [copies, includeArchived, day])?.value ?? null;
}

/** The search index of `ideas`, once built for them; null meanwhile. */
export function useSearchIndex(ideas: readonly Idea[] | null): SearchIndex | null {
  const built = useInSlices(ideas && (() => searchIndexSteps(ideas)), [ideas]);
  return built && built.inputs[0] === ideas ? built.value : null;
}

/**
 * `value`, a task after it changes (after the frame that shows what changed with it): what is rendered from it is
 * rendered in a task of its own, not in the same long one as the rest of the view.
 */
export function useInLaterTask<T>(value: T): T | null {
  const [later, setLater] = useState<{ value: T } | null>(null);
  // Preact runs effects after the next paint, in a task of their own.
  useEffect(() => setLater({ value }), [value]);
  return later && later.value;
}

/** Runs the steps in slices whenever `inputs` change; holds the last result, with the inputs it was computed for. */
function useInSlices<T>(steps: (() => Generator<void, T>) | null, inputs: unknown[]): { value: T; inputs: unknown[] } | null {
  const [result, setResult] = useState<{ value: T; inputs: unknown[] } | null>(null);
  useEffect(() => {
    if (!steps) return;
    let stopped = false;
    const running = steps();
    const slicer = new TaskSlicer(nextTask, SLICE_MS);
    void (async () => {
      for (;;) {
        if (slicer.due) await slicer.pause();
        if (stopped) return;
        const step = running.next();
        if (step.done) return setResult({ value: step.value, inputs });
      }
    })();
    return () => {
      stopped = true;
    };
  }, inputs);
  return result;
}
