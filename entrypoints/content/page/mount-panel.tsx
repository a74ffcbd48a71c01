// The panel docked above the ideas list, in a shadow root so the wiki's CSS and ours stay apart. Mounted by hand
// rather than with WXT's createShadowRootUi: this is all we need of it. The stylesheet is bundled (`?inline`), so
// nothing is fetched at run time.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelSection } from '../../../components/Panel';
import reviewQueueCss from '../../../components/review-queue.css?inline';
import type { ScannedPage } from '../../../lib/parse/index';
import panelCss from './panel.css?inline';

export function mountPanel(ctx: ContentScriptContext, scan: ScannedPage, sections: readonly PanelSection[], onBackToPanel: () => void): void {
  const anchor = scan.ideasStart;
  if (!anchor) return;
  const host = document.createElement('idea-scout-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelCss + reviewQueueCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  render(<Panel ideaCount={scan.ideas.length} sections={sections} onBackToPanel={onBackToPanel} />, container);
  anchor.before(host);
  // A User Timing mark: the DevTools performance panel (and `npm run bench`) show when the search box was there.
  performance.mark('idea-scout:search-box');
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });
}
