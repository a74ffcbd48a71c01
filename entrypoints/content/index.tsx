// Runs on every wiki article view; does real work only where the ideas template is in use.
import './preact-effects-timing';
import { looksLikeIdeasPage, scanPageInSlices } from '../../lib/parse/index';
import { isCurrentView, pageIdFromUrl } from '../../lib/page-id';
import { nextTask, TaskSlicer } from '../../lib/slices';
import { FEATURES } from './features';
import { createIdeasPage, type Feature, type IdeasPage } from './ideas-page';
import { mountIdeaToolsWhenNear } from './mount-idea-tools';
import { mountPanel } from './mount-panel';
import { openScanCache, requestKeptScan } from './scan-cache';

/** How long our work may hold the main thread before handing it back. */
const SLICE_MS = 15;

export default defineContentScript({
  matches: [
    '*://wiki.xenproject.org/wiki/*',
    '*://wiki.xenproject.org/index.php*',
    '*://wiki.xen.org/wiki/*',
    '*://wiki.xen.org/index.php*',
  ],
  // Styles live in our shadow roots only and are bundled with `?inline` (see mount-panel.tsx): nothing is
  // injected into the wiki's document by WXT, and no stylesheet is fetched at run time. A plain
  // `import './x.css'` in content-script code would therefore not apply anywhere; import it `?inline` and hand
  // it to a shadow root.
  cssInjectionMode: 'manual',
  // Compiled while the page is still parsed, started the moment its DOM is complete (DOMContentLoaded): at
  // document_end Chromium injected the script only after the page's first layout and paint, and the search box
  // came some 30 ms later.
  runAt: 'document_start',
  // No window.postMessage announcing the script to the wiki's own scripts (WXT's future default).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const pageId = pageIdFromUrl(location.href) ?? location.pathname;
    // Asked at once, so the reply is there when the DOM is (on other wiki pages it finds nothing).
    const kept = requestKeptScan(pageId);
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // Other wiki pages: one cheap look at label-like elements, then nothing (no UI, no listeners).
    if (!looksLikeIdeasPage(document)) return;
    const slicer = new TaskSlicer(nextTask, SLICE_MS);
    const cache = await openScanCache(document, location.href, pageId, slicer, kept);
    const scan = cache.reused ?? (await scanPageInSlices(document, location.href, slicer));
    if (!scan.ideas.length) return;
    // Parsing, the search and filters with their panel, the other features (each showing its panel section), then
    // the tools at each heading: the main thread is handed back whenever a slice has run SLICE_MS, so the page
    // stays responsive and no task grows long on a page of a thousand ideas, while the search box comes first.
    // Only the page as it is now is kept: not an old revision, a diff or an edit preview.
    const page = createIdeasPage(ctx, scan, pageId, isCurrentView(location.href) ? cache.keep(scan) : Promise.resolve(null));
    const [first, ...others] = FEATURES;
    await slicer.pause();
    start(first, page);
    const panel = mountPanel(ctx, page);
    for (const feature of others) {
      await slicer.pause();
      if (ctx.isInvalid) return;
      start(feature, page);
      // Its panel section now, in this slice: all sections at the end made one long task on a long page.
      panel?.refresh();
    }
    await nextTask();
    if (!ctx.isInvalid) mountIdeaToolsWhenNear(page);
  },
});

function start(feature: Feature, page: IdeasPage) {
  try {
    feature.init(page);
  } catch (error) {
    console.warn(`Idea Scout: ${feature.name} failed to start`, error);
  }
}

