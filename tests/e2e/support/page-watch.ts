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

/**
 * Resolves once an extension's content script has been injected into the page's top frame: Chrome
 * creates an isolated JavaScript world for it, which the DevTools protocol reports. Independent of
 * anything the content script does to the page, so it can prove the script ran on a page it must
 * leave alone. Call before navigating.
 */
export async function contentScriptInjection(page: Page, extensionId: string): Promise<(timeout?: number) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const injected = new Promise<void>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === origin && context.auxData?.type === 'isolated') resolve();
    });
  });
  await cdp.send('Runtime.enable');
  return async (timeout = 10_000) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The extension's content script was not injected into ${page.url()} within ${timeout} ms.`)),
        timeout,
      );
    });
    try {
      await Promise.race([injected, timedOut]);
    } finally {
      clearTimeout(timer);
      await cdp.detach().catch(() => {});
    }
  };
}
