// Long work cut into slices: after `sliceMs` of it, the main thread is handed back (to input, rendering and the
// page's own scripts) before going on. One slicer can be shared by several pieces of work in a row.
export class TaskSlicer {
  private sliceStart = performance.now();

  constructor(
    /** Resolves in a later task. */
    private readonly nextTask: () => Promise<void>,
    readonly sliceMs = 25,
  ) {}

  /** Hands the main thread back if the current slice is used up; otherwise resolves at once (no task boundary). */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart <= this.sliceMs) return;
    await this.nextTask();
    this.newSlice();
  }

  /**
   * Starts a new slice: call at the start of a task of one's own (after `await nextTask()`), when the slice began
   * before some waiting. Otherwise the wait itself would count as work, and the slice end at once.
   */
  newSlice(): void {
    this.sliceStart = performance.now();
  }

  get due(): boolean {
    return performance.now() - this.sliceStart > this.sliceMs;
  }
}

/** Resolves in a new task, after anything the browser has waiting (input, rendering); unlike setTimeout, unclamped. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs work written as a generator of steps to its end, handing the main thread back when `slicer`'s slice is used up. */
export async function runInSlices<T>(steps: Generator<void, T>, slicer: TaskSlicer): Promise<T> {
  for (;;) {
    // Checked before the first step too: work started right after an await (a storage reply) would otherwise run
    // its first step in the task that delivered the reply, however long that task already is.
    if (slicer.due) await slicer.pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same work at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
