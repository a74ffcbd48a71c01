// Runs on every wiki article view; does real work only where the ideas template is in use.
import { looksLikeIdeasPage, scanPageInSlices } from '../../lib/parse/index';
import { pageIdFromUrl } from '../../lib/page-id';
import { TaskSlicer } from '../../lib/slices';
import { FEATURES } from './features';
import { createIdeasPage } from './ideas-page';
import { mountHeadingWidgets } from './mount-heading-widgets';
import { mountPanel } from './mount-panel';

/** How long our work may hold the main thread before handing it back. */
const SLICE_MS = 25;

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
  // As soon as the DOM is complete, not after every image: the search box is there when the page is.
  runAt: 'document_end',
  // No window.postMessage announcing the script to the wiki's own scripts (WXT's future default).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Other wiki pages: one cheap look at label-like elements, then nothing (no UI, no listeners).
    if (!looksLikeIdeasPage(document)) return;
    const slicer = new TaskSlicer(nextTask, SLICE_MS);
    const scan = await scanPageInSlices(document, location.href, slicer);
    if (!scan.ideas.length) return;
    // Parsing, each feature's start, the panel, then the tools at each heading: the main thread is handed back
    // whenever a slice has run SLICE_MS, so the page stays responsive and no task grows long on a page of a
    // thousand ideas, while a short page gets its panel without waiting.
    const page = createIdeasPage(ctx, scan, pageIdFromUrl(location.href) ?? location.pathname);
    for (const feature of FEATURES) {
      await slicer.pause();
      if (ctx.isInvalid) return;
      try {
        feature.init(page);
      } catch (error) {
        console.warn(`Idea Scout: ${feature.name} failed to start`, error);
      }
    }
    await slicer.pause();
    mountPanel(ctx, page);
    await nextTask();
    if (!ctx.isInvalid) mountHeadingWidgets(page);
  },
});

/** Resolves in a new task, after anything the browser has waiting (input, rendering); unlike setTimeout, unclamped. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
