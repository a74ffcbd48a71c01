// What the view shows, computed from the page copies in slices of at most a few milliseconds: with 1,500 ideas the
// whole computation is longer than a frame, and the dashboard stays responsive (reading, typing) meanwhile. Until
// it is done the previous result stays on screen.
import { useEffect, useState } from 'preact/hooks';
import { deriveSteps, type ProgramData } from '../../lib/program/derive';
import type { PageCopy } from '../../lib/program/page-copy';
import { nextTask, TaskSlicer } from '../../lib/slices';

const SLICE_MS = 8;

export function useDerivedProgram(copies: readonly PageCopy[] | null, includeArchived: boolean, now: Date): ProgramData | null {
  const [data, setData] = useState<ProgramData | null>(null);
  const day = now.toDateString();
  useEffect(() => {
    if (!copies) return;
    let stopped = false;
    const steps = deriveSteps(copies, { includeArchived, now });
    const slicer = new TaskSlicer(nextTask, SLICE_MS);
    void (async () => {
      for (;;) {
        if (slicer.due) await slicer.pause();
        if (stopped) return;
        const step = steps.next();
        if (step.done) return setData(step.value);
      }
    })();
    return () => {
      stopped = true;
    };
    // `now` matters by the day: ideas become due for confirming at midnight, not at every render.
  }, [copies, includeArchived, day]);
  return data;
}
