// Retrying assertions, so journeys read like Playwright's web-first assertions in any test runner: the UI
// updates asynchronously (RPC to the background, a debounced search), and a person waits a moment too.
export const EVENTUALLY_TIMEOUT_MS = 15_000;

/** Runs `check` until it stops throwing; after `timeout` ms rethrows its last error. */
export async function eventually<T>(check: () => T | Promise<T>, timeout = EVENTUALLY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  for (let delay = 50; ; delay = Math.min(delay * 2, 250)) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() + delay > deadline) {
        if (error instanceof Error) error.message = `after ${timeout} ms: ${error.message}`;
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
