// Headings of the article, in document order, whatever the skin wraps them in.
import { CONTENT_ROOTS, EDIT_SECTION_CLASS, FIRST_HEADING_ID, HEADING_TAGS, HEADING_WRAPPER_CLASS, HEADINGS, HEADLINE, NOT_CONTENT } from './wiki-markup';

export interface Heading {
  /** The h1–h6 element itself. */
  element: Element;
  /** What to hide or mark: the heading, or the skin's wrapper around it (`div.mw-heading`). */
  block: Element;
  level: number;
  title: string;
  /** The id that `#anchor` links use in this DOM. */
  anchor: string;
}

export function contentRoot(doc: Document): Element {
  for (const selector of CONTENT_ROOTS) {
    const root = doc.querySelector(selector);
    if (root) return root;
  }
  return doc.documentElement;
}

export function findHeadings(root: Element): Heading[] {
  const headings: Heading[] = [];
  for (const element of root.querySelectorAll(HEADINGS)) {
    if (element.id === FIRST_HEADING_ID || element.closest(NOT_CONTENT)) continue;
    const title = headingText(element);
    if (!title) continue;
    headings.push({
      element,
      block: headingBlock(element),
      level: Number(element.tagName[1]),
      title,
      anchor: headingAnchor(element),
    });
  }
  return headings;
}

function headingBlock(heading: Element): Element {
  const parent = heading.parentElement;
  if (parent && parent.classList.contains(HEADING_WRAPPER_CLASS)) return parent;
  return heading;
}

/** The heading's text without the "[edit]" link. */
function headingText(heading: Element): string {
  const headline = heading.querySelector(HEADLINE);
  if (headline) return collapse(headline.textContent ?? '');
  let text = '';
  for (const child of heading.childNodes) {
    if (child.nodeType === 1 && (child as Element).classList.contains(EDIT_SECTION_CLASS)) continue;
    text += child.textContent ?? '';
  }
  return collapse(text);
}

/** Legacy renderings put the id on `span.mw-headline` (with an html5 fallback span); newer ones on the heading. */
function headingAnchor(heading: Element): string {
  return (
    heading.querySelector(`${HEADLINE}[id]`)?.id ||
    heading.id ||
    heading.querySelector('[id]')?.id ||
    ''
  );
}

export function isHeadingElement(node: Node): boolean {
  return node.nodeType === 1 && HEADING_TAGS.has((node as Element).tagName);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
