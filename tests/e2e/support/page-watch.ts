// Watches a page for what a person would call "the page broke": uncaught exceptions and console errors.
import type { Locator, Page } from '@playwright/test';

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
 * The content script's world of the page's top frame, once the extension has injected it into the document the
 * page shows. Call before navigating; after a navigation, call the returned function again for the new world.
 */
export async function contentScriptWorld(page: Page, extensionId: string, timeout = 30_000): Promise<() => Promise<ContentScriptWorld>> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  // Worlds of documents the page no longer shows are destroyed (or all cleared on navigation): keep the live ones.
  const live = new Map<number, string>();
  let changed = () => {};
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin && context.auxData?.type === 'isolated') live.set(context.id, context.auxData.frameId);
    changed();
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => live.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => live.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const topFrame = frameTree.frame.id;
  const current = () => [...live].filter(([, frame]) => frame === topFrame).at(-1)?.[0];
  return async () => {
    const deadline = Date.now() + timeout;
    let contextId = current();
    while (contextId === undefined) {
      if (Date.now() > deadline) throw new Error(`No content script world appeared in ${page.url()} within ${timeout} ms.`);
      await new Promise<void>((resolve) => {
        changed = resolve;
        setTimeout(resolve, 200);
      });
      contextId = current();
    }
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

/**
 * Records what a live region says from now on, also what it says only for a moment ("Copied" goes after a few
 * seconds, which a busy machine can take to look). Call before the action; the returned function reads the record.
 */
export async function listenTo(status: Locator): Promise<() => Promise<string[]>> {
  await status.evaluate((element) => {
    const heard: string[] = [];
    new MutationObserver(() => {
      if (element.textContent) heard.push(element.textContent);
    }).observe(element, { childList: true, characterData: true, subtree: true });
    (element as unknown as { heard: string[] }).heard = heard;
  });
  return () => status.evaluate((element) => (element as unknown as { heard: string[] }).heard);
}
