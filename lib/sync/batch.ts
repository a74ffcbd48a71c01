// Gathers changes into few storage.sync writes: a run starts once changes pause for `quietMs`, or `maxWaitMs`
// after the first change at the latest, so a student typing a note writes a handful of times, not per keystroke.
// Runs never overlap: a change during a run leads to one more run after it.

export interface BatchOptions {
  /** One sync run. It reports its own failures; the batcher only keeps going. */
  run: () => Promise<void>;
  /** Quiet time after the last change. */
  quietMs: number;
  /** Longest wait after the first change of a batch. */
  maxWaitMs: number;
}

export class WriteBatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt: number | null = null;
  /** The due run was asked for by soon(): later changes must not push it back. */
  private urgent = false;
  private firstChangeAt: number | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Callers of nextRun(), told when the next run to start has finished. */
  private waiting: (() => void)[] = [];

  constructor(private readonly options: BatchOptions) {}

  /** Something changed here: run once changes pause. */
  changed(): void {
    const now = Date.now();
    this.firstChangeAt ??= now;
    if (this.urgent) return;
    this.schedule(Math.min(now + this.options.quietMs, this.firstChangeAt + this.options.maxWaitMs));
  }

  /** Run now (a change from another device, start-up). */
  soon(): void {
    this.urgent = true;
    this.schedule(Date.now());
  }

  /** Run again in `delayMs`, unless a run is due sooner (writes had to wait for the browser's write rate). */
  retryIn(delayMs: number): void {
    const time = Date.now() + delayMs;
    if (this.dueAt === null || this.dueAt > time) this.schedule(time);
  }

  /** Run now and resolve once that run has finished. */
  runNow(): Promise<void> {
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.soon();
    return done;
  }

  /** Resolves once no run is running (a due run may still wait for its time). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Drop the due run (sync turned off). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = null;
    this.urgent = false;
    this.firstChangeAt = null;
  }

  private schedule(at: number): void {
    clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - Date.now()));
  }

  private fire(): void {
    this.cancel();
    if (this.running) {
      this.again = true;
      return;
    }
    const waiting = this.waiting.splice(0);
    this.running = this.options
      .run()
      .catch(() => {})
      .finally(() => {
        this.running = null;
        for (const resolve of waiting) resolve();
        if (this.again) {
          this.again = false;
          this.soon();
        }
      });
  }
}
