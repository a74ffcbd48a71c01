// Taking the reader to a comment or an idea: reveal it if filters hid it, scroll it into view, flash it, and
// move focus there so keyboard and screen-reader users land on it too.
import { COMMENT_CONTAINER, HEADINGS, HEADLINE } from '../../../lib/parse/wiki-markup';
import type { IdeasPage } from '../page';

/** The element a comment occupies in the page (its list item or paragraph), as the parser delimits it. */
export function commentContainer(icon: Element): Element {
  return icon.parentElement?.closest(COMMENT_CONTAINER) ?? icon;
}

/** The comment mark we inserted after a comment's icon (see review-comments.tsx). */
export const COMMENT_MARK_TAG = 'idea-scout-comment';

export function scrollToComment(page: IdeasPage, ideaKey: string, index: number): boolean {
  const comment = page.scan.nodes.get(ideaKey)?.comments[index];
  if (!comment) return false;
  revealIdea(page, ideaKey);
  const container = commentContainer(comment.icon);
  bringIntoView(container);
  const mark = comment.icon.nextElementSibling;
  const focusable = mark?.tagName.toLowerCase() === COMMENT_MARK_TAG ? mark.shadowRoot?.querySelector<HTMLElement>('[tabindex]') : null;
  focusable?.focus({ preventScroll: true });
  return true;
}

export function scrollToIdea(page: IdeasPage, ideaKey: string): boolean {
  const nodes = page.scan.nodes.get(ideaKey);
  if (!nodes) return false;
  revealIdea(page, ideaKey);
  bringIntoView(nodes.heading);
  const focusTarget = nodes.heading.querySelector<HTMLElement>(`${HEADLINE}, ${HEADINGS}`) ?? (nodes.heading as HTMLElement);
  // Headings are not focusable; tabindex=-1 lets focus land there without adding a tab stop.
  if (!focusTarget.hasAttribute('tabindex')) focusTarget.setAttribute('tabindex', '-1');
  focusTarget.focus({ preventScroll: true });
  return true;
}

/** The student's filters may hide the idea: shown again first (we do the scrolling, to the comment). */
function revealIdea(page: IdeasPage, ideaKey: string) {
  page.reveal(ideaKey, { scroll: false });
  page.headingTools.mountNow(ideaKey);
}

function bringIntoView(element: Element) {
  // An instant jump, as an anchor link does: a smooth scroll aims at where the element was when it began and
  // misses it when badges above it are still being added; the flash shows where the reader landed.
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  // A flash through the Web Animations API: nothing is written into the wiki's markup.
  element.animate(
    [{ backgroundColor: 'rgba(255, 204, 51, 0.85)' }, { backgroundColor: 'rgba(255, 204, 51, 0)' }],
    { duration: 1800, easing: 'ease-out' },
  );
}
