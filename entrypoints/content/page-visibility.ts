// Shows and hides the wiki's own elements for the filters: each idea (heading and body), the section and
// category headings left with no visible idea (with any text directly under them), and the matching entries of
// the table of contents. Nothing is rewritten or removed: an element is hidden by one attribute that one
// injected stylesheet acts on, and removing the attribute gives the page back exactly as it was.
//
// Speed on long pages: only the ideas whose visibility changed are touched, and ideas far from the viewport are
// kept out of layout (FAR_ATTR, `content-visibility: auto`): showing a thousand wiki tables at once would
// otherwise cost about a second of layout. After load the far ideas are marked in the background, a batch per
// frame from the bottom of the page up (marking all at once froze a thousand-idea page for half a second); an
// idea hidden while far is marked at once (it is display: none, so that costs nothing).
// While the filters change again and again (typing), the table of contents of a long page follows only once they
// pause (TOC_DELAY_MS): Chromium takes some 40 ms to hide or show a run of a thousand list items, more than all
// the rest of a keystroke.
import type { ScannedPage } from '../../lib/parse/index';

export const HIDDEN_ATTR = 'data-idea-scout-hidden';
/** Set on idea headings and bodies more than a viewport away; removed before they come into view. */
export const FAR_ATTR = 'data-idea-scout-far';
export const PAGE_STYLE_ID = 'idea-scout-page-style';
export const MATCH_HIGHLIGHT = 'idea-scout-match';
/**
 * Set on the elements whose text holds a marked match, the only ones the `::highlight()` rule matches: a rule
 * for every element would make Chromium restyle the whole document when it is added (a quarter of a second on
 * a page of a thousand ideas), and slow down every restyle after.
 */
export const MATCH_ATTR = 'data-idea-scout-match';
/** Set on the element holding an open review comment (its list item or paragraph): outlined while we run. */
export const COMMENT_ATTR = 'data-idea-scout-comment';
/**
 * From this many ideas on, far-away ideas are kept out of layout. A shorter page lays out in no time, and
 * placeholder sizes would only make things jump as they come near.
 */
export const LONG_PAGE_IDEAS = 150;
/** Ideas marked far per frame after load (see markFarInBackground). */
const FAR_BATCH_IDEAS = 40;
const FRAME_MS = 20;
/** On long pages, changes of the filters closer together than this are typing: the TOC waits for a pause this long. */
export const TOC_DELAY_MS = 500;

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
[${MATCH_ATTR}]::highlight(${MATCH_HIGHLIGHT}) { background-color: #fce29a; color: inherit; }
[${COMMENT_ATTR}] { outline: 2px solid #a66200; outline-offset: 2px; }
`;

/** The table of contents, as each skin renders it; its links are looked up inside it only (fast on long pages). */
const TOC_CONTAINERS = '#toc, .toc, #vector-toc, .vector-toc';

interface Group {
  heading: Element;
  elements: Element[];
  /** Looked up when first needed (see tocOf). */
  toc: Element[] | null;
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
  /** Looks up now what a first filter would otherwise look up (the TOC entries), e.g. when the search box takes focus. */
  prepare(): void;
  /** Lays the idea out at its real size now, before the reader is taken there (a far idea has a placeholder size). */
  bringNear(key: string): void;
  dispose(): void;
}

export function createPageVisibility(scan: ScannedPage, doc: Document = document): PageVisibility {
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);

  const ideaElements = new Map<string, Element[]>();
  // The TOC entries are looked up when a filter first hides or shows something: most loads never need them, and
  // on a page of a thousand ideas reading the TOC is some 10 ms.
  let tocById: Map<string, Element> | null = null;
  const tocOf = (heading: Element) => tocFor(heading, (tocById ??= tocEntries(doc)));
  const ideaToc = new Map<string, Element[]>();
  const ideaTocOf = (key: string) => {
    let toc = ideaToc.get(key);
    if (!toc) ideaToc.set(key, (toc = tocOf(ideaElements.get(key)![0])));
    return toc;
  };
  const owner = new Map<Element, string>();
  const bodies: Element[] = [];
  for (const [key, { heading, blocks }] of scan.nodes) {
    ideaElements.set(key, [heading, ...blocks]);
    owner.set(heading, key);
    for (const block of blocks) {
      owner.set(block, key);
      bodies.push(block);
    }
  }
  const groups: Group[] = scan.groups.map(({ heading, keys }) => ({
    heading,
    elements: [heading, ...introBlocks(heading)],
    toc: null,
    keys,
    hidden: false,
  }));
  const hidden = new Set<string>();
  /** Per idea, how many of its body blocks are within a viewport of the viewport (ideas of short pages: all). */
  const nearBlocks = new Map<string, number>();
  const nearBodies = new Set<Element>();
  const nearListeners = new Set<(key: string) => void>();
  const isNear = (key: string) => observer === null || (nearBlocks.get(key) ?? 0) > 0;

  // Near bodies: an observer (no forced layout) tells which are within a viewport of the viewport. Only bodies are
  // watched (an idea's heading sits right above its body): every watched element costs each frame some time.
  const observer =
    typeof IntersectionObserver === 'function' && scan.ideas.length >= LONG_PAGE_IDEAS
      ? new IntersectionObserver(
          (entries) => {
            markFarInBackground();
            const cameNear: string[] = [];
            for (const { target, isIntersecting } of entries) {
              if (isIntersecting === nearBodies.has(target)) continue;
              const key = owner.get(target)!;
              const was = nearBlocks.get(key) ?? 0;
              nearBlocks.set(key, was + (isIntersecting ? 1 : -1));
              if (!isIntersecting) {
                nearBodies.delete(target);
                continue;
              }
              nearBodies.add(target);
              if (was > 0) continue;
              for (const element of ideaElements.get(key)!) element.removeAttribute(FAR_ATTR);
              cameNear.push(key);
            }
            for (const key of cameNear) for (const listener of nearListeners) listener(key);
          },
          { rootMargin: '100% 0px' },
        )
      : null;
  for (const body of bodies) observer?.observe(body);

  /**
   * Far ideas are marked once after load, a batch per frame, from the bottom of the page up: each batch then
   * changes only the height of what is below it, which is marked already and cheap to lay out. Measured on a
   * thousand ideas (2-core VM): about 25 frames of some 50 ms of style and layout, where marking all at once
   * froze the page for half a second.
   */
  let backgroundMarking = !observer;
  function markFarInBackground() {
    if (backgroundMarking) return;
    backgroundMarking = true;
    const pending = [...ideaElements.keys()].reverse();
    const batch = () => {
      if (disposed) return;
      for (const key of pending.splice(0, FAR_BATCH_IDEAS)) {
        if (!isNear(key)) for (const element of ideaElements.get(key)!) element.setAttribute(FAR_ATTR, '');
      }
      if (pending.length) backgroundTimer = setTimeout(() => requestIdleCallback(batch), FRAME_MS);
    };
    backgroundTimer = setTimeout(() => requestIdleCallback(batch), FRAME_MS);
  }
  let backgroundTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  /**
   * Hides or shows elements. An idea hidden while far away is marked far as well (see the top of this file);
   * it loses the mark when the observer sees it come near (a far table is a block).
   */
  function setHidden(elements: readonly Element[], hide: boolean, markFar = false) {
    for (const element of elements) {
      if (!hide) element.removeAttribute(HIDDEN_ATTR);
      else {
        element.setAttribute(HIDDEN_ATTR, '');
        if (markFar) element.setAttribute(FAR_ATTR, '');
      }
    }
  }

  /** TOC entries to hide or show, by idea key or group: the TOC follows the ideas at the end of each apply. */
  const pendingToc = new Map<string | Group, boolean>();
  let tocTimer: ReturnType<typeof setTimeout> | undefined;
  let lastChangeAt = -Infinity;
  const tocEntriesOf = (of: string | Group) => (typeof of === 'string' ? ideaTocOf(of) : (of.toc ??= tocOf(of.heading)));
  function updateToc() {
    for (const [of, hide] of pendingToc) setHidden(tocEntriesOf(of), hide);
    pendingToc.clear();
  }
  /** At once, unless on a long page the filters are changing again and again (typing): then once that pauses. */
  function followToc(typing: boolean) {
    clearTimeout(tocTimer);
    if (observer && typing) tocTimer = setTimeout(updateToc, TOC_DELAY_MS);
    else updateToc();
  }

  return {
    apply(visible) {
      for (const [key, elements] of ideaElements) {
        const hide = visible !== null && !visible.has(key);
        if (hide === hidden.has(key)) continue; // touch only what changed
        if (hide) hidden.add(key);
        else hidden.delete(key);
        setHidden(elements, hide, !isNear(key)); // (on a short page every idea is near)
        pendingToc.set(key, hide);
      }
      for (const group of groups) {
        const hide = visible !== null && !group.keys.some((key) => visible.has(key));
        if (hide === group.hidden) continue;
        group.hidden = hide;
        setHidden(group.elements, hide);
        pendingToc.set(group, hide);
      }
      // Every change of the filters counts, also one that hid nothing: typing "x" may show every idea, "xe" not.
      const now = performance.now();
      const typing = now - lastChangeAt < TOC_DELAY_MS;
      lastChangeAt = now;
      if (pendingToc.size) followToc(typing);
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
    isNear,
    onNear(listener) {
      nearListeners.add(listener);
      return () => nearListeners.delete(listener);
    },
    prepare() {
      for (const key of ideaElements.keys()) tocEntriesOf(key);
      for (const group of groups) tocEntriesOf(group);
    },
    bringNear(key) {
      for (const element of ideaElements.get(key) ?? []) element.removeAttribute(FAR_ATTR);
    },
    dispose() {
      disposed = true;
      observer?.disconnect();
      clearTimeout(backgroundTimer);
      clearTimeout(tocTimer);
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
  for (const toc of doc.querySelectorAll(TOC_CONTAINERS)) {
    if (toc.parentElement?.closest(TOC_CONTAINERS)) continue; // nested in one already read
    for (const link of toc.querySelectorAll('a[href^="#"]')) {
      const item = link.closest('li');
      if (!item) continue;
      const id = link.getAttribute('href')!.slice(1);
      entries.set(id, item);
      if (!id.includes('%')) continue;
      try {
        entries.set(decodeURIComponent(id), item);
      } catch {
        // A malformed escape: the id as written is all there is.
      }
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
