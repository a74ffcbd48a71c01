// Each idea's heading gets a small shadow root for the widgets features contribute (bookmark, chips, badges).
import { render } from 'preact';
import type { IdeasPage } from './ideas-page';
import headingCss from './heading-widgets.css?inline';

export function mountHeadingWidgets(page: IdeasPage) {
  if (!page.headingWidgets.length) return;
  for (const idea of page.scan.ideas) {
    const heading = page.scan.nodes.get(idea.key)!.heading;
    const host = document.createElement('idea-scout-heading');
    host.dataset.ideaKey = idea.key;
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = headingCss;
    const container = document.createElement('div');
    container.className = 'widgets';
    shadow.append(style, container);
    heading.after(host);
    render(
      <>
        {page.headingWidgets.map(({ id, Component }) => (
          <Component key={id} page={page} idea={idea} />
        ))}
      </>,
      container,
    );
    page.ctx.onInvalidated(() => {
      render(null, container);
      host.remove();
    });
  }
}
