// The panel docked above the ideas list, in a shadow root so the wiki's CSS and ours stay apart. Mounted by
// hand (like the heading widgets) rather than with WXT's createShadowRootUi: this is all we need of it, and
// its helpers would weigh several kilobytes in the content script. The stylesheet is bundled (`?inline`), so
// nothing is fetched at run time.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/Panel';
import reviewQueueCss from '../../components/review-queue.css?inline';
import type { IdeasPage } from './ideas-page';
import panelCss from './panel.css?inline';

/** Mounts the panel with the sections added so far; `refresh` shows the sections added since. */
export function mountPanel(ctx: ContentScriptContext, page: IdeasPage): { refresh(): void } | null {
  const anchor = page.scan.ideasStart;
  if (!anchor) return null;
  const host = document.createElement('idea-scout-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelCss + reviewQueueCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  anchor.before(host);
  const show = () => render(<Panel page={page} sections={[...page.panelSections]} />, container);
  show();
  // A User Timing mark: the DevTools performance panel (and `npm run bench`) show when the search box was there.
  performance.mark('idea-scout:search-box');
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });
  return { refresh: show };
}
