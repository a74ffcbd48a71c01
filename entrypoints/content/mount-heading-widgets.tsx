// Each idea's heading gets a small shadow root for the widgets features contribute (bookmark, chips, badges).
//
// On a page of fewer than LONG_PAGE_IDEAS ideas all are mounted at once (a few milliseconds). On longer pages each
// idea's widgets are mounted as its heading comes within a screen and a half of the viewport, so a page of a
// thousand ideas pays only for the headings the reader gets near.
import { render } from 'preact';
import type { Idea } from '../../lib/idea';
import type { IdeasPage } from './ideas-page';
import { LONG_PAGE_IDEAS } from './page-visibility';
import headingCss from './heading-widgets.css?inline';

const EAGER_LIMIT = LONG_PAGE_IDEAS;

export function mountHeadingWidgets(page: IdeasPage) {
  if (!page.headingWidgets.length) return;
  const styles = sharedStyles();
  const mounted = new Set<Idea>();
  const mount = (idea: Idea) => {
    if (mounted.has(idea) || page.ctx.isInvalid) return;
    mounted.add(idea);
    mountOne(page, idea, styles);
  };

  if (page.scan.ideas.length < EAGER_LIMIT || typeof IntersectionObserver !== 'function') {
    for (const idea of page.scan.ideas) mount(idea);
    return;
  }
  const ideaOf = new Map<Element, Idea>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        mount(ideaOf.get(entry.target)!);
      }
    },
    { rootMargin: '150% 0px' },
  );
  for (const idea of page.scan.ideas) {
    const heading = page.scan.nodes.get(idea.key)!.heading;
    ideaOf.set(heading, idea);
    observer.observe(heading);
  }
  page.ctx.onInvalidated(() => observer.disconnect());
}

function mountOne(page: IdeasPage, idea: Idea, styles: (shadow: ShadowRoot) => void) {
  const heading = page.scan.nodes.get(idea.key)!.heading;
  const host = document.createElement('idea-scout-heading');
  host.dataset.ideaKey = idea.key;
  const shadow = host.attachShadow({ mode: 'open' });
  styles(shadow);
  const container = document.createElement('div');
  container.className = 'widgets';
  shadow.append(container);
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

/**
 * Styles every widget root: one constructed stylesheet shared by all (parsed once), or a <style> per root where
 * a content script cannot adopt sheets into the page's shadow roots.
 */
function sharedStyles(): (shadow: ShadowRoot) => void {
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(headingCss);
  } catch {
    sheet = null;
  }
  return (shadow) => {
    if (sheet) {
      try {
        shadow.adoptedStyleSheets = [sheet];
        if (shadow.adoptedStyleSheets.length === 1) return;
      } catch {
        // fall through to a <style> element
      }
      sheet = null;
    }
    const style = document.createElement('style');
    style.textContent = headingCss;
    shadow.prepend(style);
  };
}
