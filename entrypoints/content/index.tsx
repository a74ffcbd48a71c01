// Runs on every wiki article view; does real work only where the ideas template is in use.
import { looksLikeIdeasPage, scanPage } from '../../lib/parse/index';
import { pageIdFromUrl } from '../../lib/page-id';
import { FEATURES } from './features';
import { createIdeasPage } from './ideas-page';
import { mountHeadingWidgets } from './mount-heading-widgets';
import { mountPanel } from './mount-panel';

export default defineContentScript({
  matches: [
    '*://wiki.xenproject.org/wiki/*',
    '*://wiki.xenproject.org/index.php*',
    '*://wiki.xen.org/wiki/*',
    '*://wiki.xen.org/index.php*',
  ],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Other wiki pages: one cheap look at label-like elements, then nothing (no UI, no listeners).
    if (!looksLikeIdeasPage(document)) return;
    const scan = scanPage(document, location.href);
    if (!scan.ideas.length) return;
    const page = createIdeasPage(ctx, scan, pageIdFromUrl(location.href) ?? location.pathname);
    for (const feature of FEATURES) {
      try {
        feature.init(page);
      } catch (error) {
        console.warn(`Idea Scout: ${feature.name} failed to start`, error);
      }
    }
    await mountPanel(page);
    mountHeadingWidgets(page);
  },
});
