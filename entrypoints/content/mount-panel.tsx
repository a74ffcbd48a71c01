// The panel docked above the ideas list, in a shadow root so the wiki's CSS and ours stay apart.
import { render } from 'preact';
import { Panel } from '../../components/Panel';
import type { IdeasPage } from './ideas-page';
import './panel.css';

export async function mountPanel(page: IdeasPage) {
  const first = page.scan.groups[0]?.heading ?? page.scan.nodes.values().next().value?.heading;
  const ui = await createShadowRootUi(page.ctx, {
    name: 'idea-scout-panel',
    position: 'inline',
    anchor: first,
    append: 'before',
    onMount(container) {
      render(<Panel page={page} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
