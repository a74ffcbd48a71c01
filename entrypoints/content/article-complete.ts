// When the article's content is complete: as soon as the parser has put anything after it, or at DOMContentLoaded
// if that comes first (a page without a content element). The skin's sidebar and footer follow the content, and
// Chromium may lay the page out and paint it while they are still parsed: work done at this point is in the page's
// first layout, where at DOMContentLoaded it would lay the whole page out a second time.
import { contentRoot } from '../../lib/parse/headings';

export function articleComplete(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading' || isComplete(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    // Resolved from the parser's own task: the observer's callback runs at the microtask checkpoint after the nodes
    // it reports, before the browser renders. Once the content has begun, only its ancestors' children are
    // watched: a record for each of a long article's nodes costs more than parsing them.
    const observer = new MutationObserver(() => {
      if (isComplete(doc)) return done();
      const root = contentRoot(doc);
      if (!doc.body || root === doc.body) return; // not begun yet
      observer.disconnect();
      for (let element: Element | null = root; element?.parentElement && element !== doc.body; element = element.parentElement) {
        observer.observe(element.parentElement, { childList: true });
      }
    });
    const done = () => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', done);
  });
}

/** The parser builds in document order: an element after the content (or after one of its ancestors) closes it. */
function isComplete(doc: Document): boolean {
  for (let element: Element | null = contentRoot(doc); element && element !== doc.body; element = element.parentElement) {
    if (element.nextElementSibling) return true;
  }
  return false;
}
