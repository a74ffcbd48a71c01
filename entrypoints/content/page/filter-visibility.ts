// Shows and hides the wiki's own elements for the filters: each idea (heading and body), the section and category
// headings left with no visible idea (with any text directly under them), and their table of contents entries.
// Nothing is rewritten or removed: an element is hidden by one attribute that the page stylesheet acts on, and only
// the ideas whose visibility changed are touched.
import type { ScannedPage } from '../../../lib/parse/index';
import { HEADINGS, HEADING_TAGS, HEADING_WRAPPER_CLASS } from '../../../lib/parse/wiki-markup';
import type { NearViewport } from './near-viewport';
import { HIDDEN_ATTR } from './page-stylesheet';
import { createTocVisibility, TOC_DELAY_MS } from './toc-visibility';

interface Group {
  heading: Element;
  elements: Element[];
  keys: string[];
  hidden: boolean;
}

export interface FilterVisibility {
  /** Show exactly the ideas in `visible` (null: all, the page as served). */
  apply(visible: ReadonlySet<string> | null): void;
  /** The idea a page element belongs to (its heading or body), if any. */
  ideaOf(element: Element): string | null;
  isHidden(key: string): boolean;
  dispose(): void;
}

export function createFilterVisibility(scan: ScannedPage, near: NearViewport, doc: Document = document): FilterVisibility {
  const toc = createTocVisibility(doc, near.long);
  const ideaElements = new Map<string, Element[]>();
  const owner = new Map<Element, string>();
  for (const [key, { heading, blocks }] of scan.nodes) {
    ideaElements.set(key, [heading, ...blocks]);
    for (const element of [heading, ...blocks]) owner.set(element, key);
  }
  const groups: Group[] = scan.groups.map(({ heading, keys }) => ({ heading, elements: [heading, ...introBlocks(heading)], keys, hidden: false }));
  const hidden = new Set<string>();
  let lastChangeAt = -Infinity;

  function setHidden(elements: readonly Element[], hide: boolean) {
    for (const element of elements) {
      if (hide) element.setAttribute(HIDDEN_ATTR, '');
      else element.removeAttribute(HIDDEN_ATTR);
    }
  }

  return {
    apply(visible) {
      for (const [key, elements] of ideaElements) {
        const hide = visible !== null && !visible.has(key);
        if (hide === hidden.has(key)) continue;
        if (hide) {
          hidden.add(key);
          near.keepFarOutOfLayout();
          near.keepOutWhileFar(key);
        } else {
          hidden.delete(key);
        }
        setHidden(elements, hide);
        toc.set(elements[0], hide);
      }
      for (const group of groups) {
        const hide = visible !== null && !group.keys.some((key) => visible.has(key));
        if (hide === group.hidden) continue;
        group.hidden = hide;
        setHidden(group.elements, hide);
        toc.set(group.heading, hide);
      }
      // Every change of the filters counts, also one that hid nothing: typing "x" may show every idea, "xe" not.
      const now = performance.now();
      toc.follow(now - lastChangeAt < TOC_DELAY_MS);
      lastChangeAt = now;
    },
    ideaOf(element) {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const key = owner.get(node);
        if (key) return key;
      }
      return null;
    },
    isHidden: (key) => hidden.has(key),
    dispose() {
      toc.dispose();
      for (const element of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) element.removeAttribute(HIDDEN_ATTR);
    },
  };
}

/** Text directly under a section or category heading, before the next heading of any level. */
function introBlocks(heading: Element): Element[] {
  const blocks: Element[] = [];
  for (let element = heading.nextElementSibling; element; element = element.nextElementSibling) {
    if (element.localName.startsWith('idea-scout')) continue; // our own UI
    if (HEADING_TAGS.has(element.tagName) || element.classList.contains(HEADING_WRAPPER_CLASS)) break;
    if (element.querySelector(HEADINGS)) break;
    blocks.push(element);
  }
  return blocks;
}
