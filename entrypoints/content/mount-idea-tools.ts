// Each idea's heading gets a small shadow root for the widgets features contribute (bookmark, chips, badges),
// and the idea decorations features contribute (review comment marks) are put into its body.
//
// On a page of fewer than LONG_PAGE_IDEAS ideas all are mounted at once (a few milliseconds). On longer pages each
// idea's tools are mounted as its body comes within a viewport of the viewport (page-visibility.ts watches that),
// so a page of a thousand ideas pays only for the ideas the reader gets near.
import type { Idea } from '../../lib/idea';
import type { IdeasPage } from './ideas-page';
import headingCss from './heading-widgets.css?inline';
import { sharedStyles } from './shadow-styles';

export function mountIdeaToolsWhenNear(page: IdeasPage) {
  if (!page.headingWidgets.length && !page.ideaDecorations.length) return;
  const styles = sharedStyles(headingCss);
  const mounted = new Set<Idea>();
  const mount = (idea: Idea) => {
    if (mounted.has(idea) || page.ctx.isInvalid) return;
    mounted.add(idea);
    mountOne(page, idea, styles);
    for (const decorate of page.ideaDecorations) {
      try {
        decorate(idea);
      } catch (error) {
        console.warn('Idea Scout: could not mark up an idea', error);
      }
    }
  };
  const byKey = new Map(page.scan.ideas.map((idea) => [idea.key, idea]));
  page.mountIdeaTools = (key) => {
    const idea = byKey.get(key);
    if (idea) mount(idea);
  };
  for (const idea of page.scan.ideas) if (page.visibility.isNear(idea.key)) mount(idea);
  page.ctx.onInvalidated(page.visibility.onNear((key) => page.mountIdeaTools(key)));
}

function mountOne(page: IdeasPage, idea: Idea, styles: (shadow: ShadowRoot) => void) {
  const heading = page.scan.nodes.get(idea.key)!.heading;
  const host = document.createElement('idea-scout-heading');
  host.dataset.ideaKey = idea.key;
  const shadow = host.attachShadow({ mode: 'open' });
  styles(shadow);
  const container = document.createElement('div');
  container.className = 'widgets';
  const stops: Array<() => void> = [];
  for (const widget of page.headingWidgets) {
    const slot = document.createElement('span');
    slot.className = 'slot';
    container.append(slot);
    try {
      const stop = widget.mount(slot, idea);
      if (stop) stops.push(stop);
    } catch (error) {
      console.warn(`Idea Scout: the ${widget.id} widget failed at "${idea.title}"`, error);
    }
  }
  shadow.append(container);
  heading.after(host);
  page.ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    host.remove();
  });
}
