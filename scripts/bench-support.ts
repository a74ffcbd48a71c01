// What the in-page bench (scripts/bench.ts) and the "All ideas pages" bench (scripts/bench-program.ts) measure the
// same way: a key until its result is on screen, a page until it is idle, percentiles.

/**
 * Browser-side code (a string: tsx would wrap functions in helpers the page does not have) that records, per key,
 * when it was sent (event.timeStamp) and when the first frame after its result was rendered, in `window.__benchKeys`.
 * The result is the last change of the status line before the next key: the element matching `statusSelector` in
 * the root (shadow root or document) of the element typed into. Without one (the count stayed the same), the input
 * event; else the key itself. A message posted from a requestAnimationFrame callback is handled once that frame's
 * style, layout and paint are done.
 */
export function recordKeystrokes(statusSelector: string): string {
  return `
  (() => {
    const keys = (window.__benchKeys = []);
    const watched = new WeakSet();
    let current = null;
    const afterNextFrame = (record, field) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { record[field] = performance.now(); };
      channel.port2.postMessage(null);
    });
    // Capture at the document: runs before any listener of the page or of an extension.
    document.addEventListener('keydown', (event) => {
      current = { start: event.timeStamp, keyFrame: null, inputFrame: null, statusFrame: null };
      keys.push(current);
      afterNextFrame(current, 'keyFrame');
      const status = event.composedPath()[0].getRootNode().querySelector(${JSON.stringify(statusSelector)});
      if (status && !watched.has(status)) {
        watched.add(status);
        new MutationObserver(() => current && afterNextFrame(current, 'statusFrame')).observe(status, { characterData: true, childList: true, subtree: true });
      }
    }, true);
    document.addEventListener('input', () => current && current.inputFrame === null && afterNextFrame(current, 'inputFrame'), true);
  })();
`;
}

export interface KeyRecord {
  start: number;
  keyFrame: number | null;
  inputFrame: number | null;
  statusFrame: number | null;
}

export const READ_KEYSTROKES = 'window.__benchKeys';

/** From the key until the first frame that shows its result: the status line's change, else the input, else the key. */
export function latencyOf(record: KeyRecord): number {
  return (record.statusFrame ?? record.inputFrame ?? record.keyFrame ?? Number.NaN) - record.start;
}

/** From the key until the next frame, whatever it shows (what Interaction to Next Paint counts). */
export function nextFrameOf(record: KeyRecord): number {
  return (record.keyFrame ?? Number.NaN) - record.start;
}

/** Idle: the main thread's TaskDuration grew by less than IDLE_EPSILON_MS over the last IDLE_QUIET_MS. */
export const IDLE_QUIET_MS = 1000;
/** Above what the polls themselves (about 0.3 ms each) and a focused box's blinking caret cost in a second. */
const IDLE_EPSILON_MS = 5;
const IDLE_POLL_MS = 200;
/** On a busy machine the bare 1,000-idea page alone takes some 12 s of wall time to settle. */
const IDLE_CAP_MS = 60_000;

/**
 * Polls `read` until the main thread has done no work (beyond IDLE_EPSILON_MS of `taskDuration`) for IDLE_QUIET_MS;
 * returns the last reading.
 */
export async function untilIdle<T>(read: () => Promise<T>, taskDuration: (reading: T) => number, what: string): Promise<T> {
  const start = Date.now();
  let quietSince = { at: Date.now(), reading: await read() };
  for (;;) {
    await sleep(IDLE_POLL_MS);
    const now = { at: Date.now(), reading: await read() };
    if (taskDuration(now.reading) - taskDuration(quietSince.reading) > IDLE_EPSILON_MS) quietSince = now;
    else if (now.at - quietSince.at >= IDLE_QUIET_MS) return now.reading;
    if (now.at - start > IDLE_CAP_MS) {
      console.warn(`\n${what}: the page was still busy after ${IDLE_CAP_MS / 1000} s; measured until then.`);
      return now.reading;
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function percentile(values: number[], p: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
