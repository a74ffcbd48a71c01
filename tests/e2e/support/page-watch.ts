// Watches a page for what a person would call "the page broke": uncaught exceptions and console errors.
import type { Page } from '@playwright/test';

export interface PageProblems {
  /** Uncaught exceptions thrown in the page (page 'pageerror'). */
  pageErrors: string[];
  /** console.error messages, including the browser's own (failed loads, CSP violations). */
  consoleErrors: string[];
}

/** Starts collecting problems; call before navigating. The arrays fill as the page runs. */
export function watchPageProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  return problems;
}

/** The content script's isolated world in a page: expressions run there with the content script's `chrome.runtime`. */
export interface ContentScriptWorld {
  /** Evaluates `expression` (awaiting a promise it gives) and returns its value, serialised as JSON. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/**
 * Resolves with the content script's world of the page's top frame once the extension has injected it. Call
 * before navigating; a navigation makes a new world, so call it again for the next page.
 */
export async function contentScriptWorld(page: Page, extensionId: string, timeout = 30_000): Promise<() => Promise<ContentScriptWorld>> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const created = new Promise<number>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === origin && context.auxData?.type === 'isolated') resolve(context.id);
    });
  });
  await cdp.send('Runtime.enable');
  return async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No content script world appeared in ${page.url()} within ${timeout} ms.`)), timeout);
    });
    const contextId = await Promise.race([created, timedOut]).finally(() => clearTimeout(timer));
    return {
      async evaluate<T>(expression: string): Promise<T> {
        const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
        if (exceptionDetails) throw new Error(`In the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as T;
      },
      detach: () => cdp.detach().catch(() => {}),
    };
  };
}
