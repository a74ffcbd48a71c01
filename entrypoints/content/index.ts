// Runs on every wiki article view and decides cheaply: pages without the ideas template get nothing (no UI, no
// listeners, no storage read). This loader and the template test are all the browser compiles there; the rest of
// Idea Scout (the parser, Preact, the features) is a module of its own, imported only where ideas are. Where they
// are, the page's kept scan is asked for at the same time, so that both waits overlap.
import { browser } from 'wxt/browser';
import { pageIdFromUrl } from '../../lib/page-id';
import { looksLikeIdeasPage } from '../../lib/parse/detect';
import type { startIdeasPage } from './ideas-page';
import { IDEAS_PAGE_MODULE } from './ideas-page-module';
import { requestKeptScan } from './kept-scan-request';

export default defineContentScript({
  matches: ['https://wiki.xenproject.org/wiki/*', 'https://wiki.xenproject.org/index.php*', 'https://wiki.xen.org/wiki/*', 'https://wiki.xen.org/index.php*'],
  // Styles live in our shadow roots only and are bundled with `?inline`: nothing is injected into the wiki's
  // document by WXT, and no stylesheet is fetched at run time.
  cssInjectionMode: 'manual',
  // Compiled while the page is still parsed, started the moment its DOM is complete (DOMContentLoaded).
  runAt: 'document_start',
  // No window.postMessage announcing the script to the wiki's own scripts.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (!looksLikeIdeasPage(document) || ctx.isInvalid) return;
    const pageId = pageIdFromUrl(location.href) ?? location.pathname;
    // The page's module is fetched and compiled while its kept scan is read and the page's text digested.
    const module = import(/* @vite-ignore */ browser.runtime.getURL(`/${IDEAS_PAGE_MODULE}`)) as Promise<{ default: typeof startIdeasPage }>;
    const keptScan = requestKeptScan(document, pageId);
    const { default: start } = await module;
    if (!ctx.isInvalid) await start(ctx, pageId, keptScan);
  },
});
