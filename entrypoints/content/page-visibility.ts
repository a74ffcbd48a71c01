// Shows and hides the wiki's own elements for the filters: each idea (heading and body), the section and
// category headings left with no visible idea (with any text directly under them), and the matching entries of
// the table of contents. Nothing is rewritten or removed: an element is hidden by one attribute that one
// injected stylesheet acts on, and removing the attribute gives the page back exactly as it was.
//
// Speed on long pages: only the ideas whose visibility changed are touched, and an idea hidden while far from
// the viewport is kept out of layout (`content-visibility: auto`, see FAR_ATTR) until it comes near: showing
// a thousand wiki tables at once would otherwise cost about a second of layout. Marking the far ideas restyles
// them (a far table becomes a block), close to half a second for a thousand ideas: it is done once, when the
// browser is first idle after the page has shown its panel, in one go (measured: in small batches, each batch
// shifts the page below it and the frames add up to seconds). An idea being hidden is marked at once (it is
// display: none then, so that costs nothing).
import type { ScannedPage } from '../../lib/parse/index';

export const HIDDEN_ATTR = 'data-idea-scout-hidden';
/** Set on idea headings and bodies more than a viewport away; removed before they come into view. */
export const FAR_ATTR = 'data-idea-scout-far';
export const PAGE_STYLE_ID = 'idea-scout-page-style';
export const MATCH_HIGHLIGHT = 'idea-scout-match';
/**
 * From this many ideas on, far-away ideas are kept out of layout. A shorter page lays out in no time, and
 * placeholder sizes would only make things jump as they come near.
 */
export const LONG_PAGE_IDEAS = 150;

/**
 * The only stylesheet we add to the wiki's document. `content-visibility` cannot apply to a table, so a far
 * table is laid out as a block; it is far away, so no one sees the difference, and it is a table again before it
 * scrolls into view.
 */
const PAGE_CSS = `
[${HIDDEN_ATTR}], [${HIDDEN_ATTR}] + idea-scout-heading { display: none !important; }
[${FAR_ATTR}] { content-visibility: auto; contain-intrinsic-size: auto 20em; }
:is(h1, h2, h3, h4, h5, h6, .mw-heading)[${FAR_ATTR}] { contain-intrinsic-size: auto 1.8em; }
table[${FAR_ATTR}] { display: block; }
`;

/**
 * Added on the first search only: a `::highlight()` rule makes Chromium restyle the whole document, a quarter of
 * a second on a page of a thousand ideas, which a page load should not pay for.
 */
const HIGHLIGHT_CSS = `::highlight(${MATCH_HIGHLIGHT}) { background-color: #fce29a; color: inherit; }`;

const TOC_LINKS = '#toc a[href^="#"], .toc a[href^="#"], #vector-toc a[href^="#"], .vector-toc a[href^="#"]';

interface Group {
  elements: Element[];
  toc: Element[];
  keys: string[];
  hidden: boolean;
}

export interface PageVisibility {
  /** Show exactly the ideas in `visible` (null: all, the page as served). */
  apply(visible: ReadonlySet<string> | null): void;
  /** The idea a page element belongs to (its heading or body), if any. */
  ideaOf(element: Element): string | null;
  isHidden(key: string): boolean;
  /** Whether part of the idea's body is within a viewport's distance of the viewport (always, on short pages). */
  isNear(key: string): boolean;
  /** Called when an idea's body comes near the viewport; returns the function that stops it. */
  onNear(listener: (key: string) => void): () => void;
  /** Makes search matches marked with the `MATCH_HIGHLIGHT` highlight visible. */
  enableMatchHighlight(): void;
  dispose(): void;
}

export function createPageVisibility(scan: ScannedPage, doc: Document = document): PageVisibility {
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  let highlightStyle: HTMLStyleElement | null = null;

  const tocById = tocEntries(doc);
  const ideaElements = new Map<string, Element[]>();
  const ideaToc = new Map<string, Element[]>();
  const owner = new Map<Element, string>();
  const bodies: Element[] = [];
  for (const [key, { heading, blocks }] of scan.nodes) {
    ideaElements.set(key, [heading, ...blocks]);
    ideaToc.set(key, tocFor(heading, tocById));
    owner.set(heading, key);
    for (const block of blocks) {
      owner.set(block, key);
      bodies.push(block);
    }
  }
  const groups: Group[] = scan.groups.map(({ heading, keys }) => ({
    elements: [heading, ...introBlocks(heading)],
    toc: tocFor(heading, tocById),
    keys,
    hidden: false,
  }));
  const hidden = new Set<string>();
  const bodySet = new Set(bodies);
  const nearBodies = new Set<Element>();
  const nearCount = new Map<string, number>();
  const nearListeners = new Set<(key: string) => void>();
  const nearElements = new Set<Element>();

  // Near headings and bodies: an observer (no forced layout) tells what is within a viewport of the viewport.
  const observer =
    typeof IntersectionObserver === 'function' && scan.ideas.length >= LONG_PAGE_IDEAS
      ? new IntersectionObserver(
          (entries) => {
            markFarWhenIdle();
            const cameNear: string[] = [];
            for (const { target, isIntersecting } of entries) {
              const key = owner.get(target)!;
              const was = nearBodies.has(target);
              if (isIntersecting) nearElements.add(target);
              else nearElements.delete(target);
              if (isIntersecting) {
                target.removeAttribute(FAR_ATTR);
                if (was || !bodySet.has(target)) continue;
                nearBodies.add(target);
                const count = (nearCount.get(key) ?? 0) + 1;
                nearCount.set(key, count);
                if (count === 1) cameNear.push(key);
              } else {
                if (!was) continue; // (headings are never counted as near)
                nearBodies.delete(target);
                nearCount.set(key, nearCount.get(key)! - 1);
              }
            }
            for (const key of cameNear) for (const listener of nearListeners) listener(key);
          },
          { rootMargin: '100% 0px' },
        )
      : null;
  for (const body of bodies) observer?.observe(body);
  for (const { heading } of scan.nodes.values()) observer?.observe(heading);

  /** Far ideas are marked once, after the observer has told what is near (see the top of this file). */
  let farMarked = !observer;
  let idleHandle: number | null = null;
  function markFarWhenIdle() {
    if (farMarked || idleHandle !== null) return;
    idleHandle = requestIdleCallback(() => {
      idleHandle = null;
      farMarked = true;
      for (const element of owner.keys()) if (!nearElements.has(element)) element.setAttribute(FAR_ATTR, '');
    });
  }

  function setHidden(elements: Element[], hide: boolean) {
    for (const element of elements) {
      if (!hide) element.removeAttribute(HIDDEN_ATTR);
      else {
        element.setAttribute(HIDDEN_ATTR, '');
        if (observer && owner.has(element) && !nearElements.has(element)) element.setAttribute(FAR_ATTR, '');
      }
    }
  }

  return {
    apply(visible) {
      for (const [key, elements] of ideaElements) {
        const hide = visible !== null && !visible.has(key);
        if (hide === hidden.has(key)) continue; // touch only what changed
        if (hide) hidden.add(key);
        else hidden.delete(key);
        setHidden(elements, hide);
        setHidden(ideaToc.get(key)!, hide);
      }
      for (const group of groups) {
        const hide = visible !== null && !group.keys.some((key) => visible.has(key));
        if (hide === group.hidden) continue;
        group.hidden = hide;
        setHidden(group.elements, hide);
        setHidden(group.toc, hide);
      }
    },
    ideaOf(element) {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const key = owner.get(node);
        if (key) return key;
      }
      return null;
    },
    isHidden(key) {
      return hidden.has(key);
    },
    isNear(key) {
      return observer === null || (nearCount.get(key) ?? 0) > 0;
    },
    onNear(listener) {
      nearListeners.add(listener);
      return () => nearListeners.delete(listener);
    },
    enableMatchHighlight() {
      if (highlightStyle) return;
      highlightStyle = doc.createElement('style');
      highlightStyle.textContent = HIGHLIGHT_CSS;
      style.after(highlightStyle);
    },
    dispose() {
      observer?.disconnect();
      if (idleHandle !== null) cancelIdleCallback(idleHandle);
      farMarked = true;
      highlightStyle?.remove();
      for (const element of doc.querySelectorAll(`[${HIDDEN_ATTR}], [${FAR_ATTR}]`)) {
        element.removeAttribute(HIDDEN_ATTR);
        element.removeAttribute(FAR_ATTR);
      }
      style.remove();
    },
  };
}

/** The table of contents' entries (`li`), by the id their link points to (as written and decoded). */
function tocEntries(doc: Document): Map<string, Element> {
  const entries = new Map<string, Element>();
  for (const link of doc.querySelectorAll(TOC_LINKS)) {
    const item = link.closest('li');
    if (!item) continue;
    const id = link.getAttribute('href')!.slice(1);
    entries.set(id, item);
    try {
      entries.set(decodeURIComponent(id), item);
    } catch {
      // A malformed escape: the id as written is all there is.
    }
  }
  return entries;
}

/** TOC entries pointing at any id inside a heading block (legacy and html5 anchors). */
function tocFor(heading: Element, tocById: Map<string, Element>): Element[] {
  const found = new Set<Element>();
  const ids = [heading.id, ...Array.from(heading.querySelectorAll('[id]'), (element) => element.id)];
  for (const id of ids) {
    const entry = id && tocById.get(id);
    if (entry) found.add(entry);
  }
  return [...found];
}

const HEADING = /^H[1-6]$/;

/** Text directly under a section or category heading, before the next heading of any level. */
function introBlocks(heading: Element): Element[] {
  const blocks: Element[] = [];
  for (let element = heading.nextElementSibling; element; element = element.nextElementSibling) {
    if (element.localName.startsWith('idea-scout')) continue; // our own UI
    if (HEADING.test(element.tagName) || element.classList.contains('mw-heading')) break;
    if (element.querySelector('h1, h2, h3, h4, h5, h6')) break;
    blocks.push(element);
  }
  return blocks;
}
