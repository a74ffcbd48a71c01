// Marks the words the search matched in the wiki's own text, through the CSS Custom Highlight API: ranges
// painted by the browser, so no wiki text is wrapped or rewritten. Only ideas near the viewport are marked
// (more as the reader scrolls), in idle time, and the work is dropped when the next keystroke arrives: a
// thousand-idea page never pays for marking what nobody sees, and the results never wait for it. The elements
// holding a marked match carry MATCH_ATTR while it is marked (the highlight's style applies to them alone).
import type { ScannedPage } from '../../../lib/parse/index';
import { markRanges } from '../../../lib/search';
import type { NearViewport } from './near-viewport';
import { MATCH_ATTR, MATCH_HIGHLIGHT } from './page-stylesheet';

export interface SearchHighlight {
  /** Mark `words` in the ideas `keys` (the shown hits); null or empty words clear the marks. */
  show(words: ReadonlySet<string> | null, keys: readonly string[]): void;
  dispose(): void;
}

/** Milliseconds of work per idle slice. */
const SLICE_MS = 5;

export function createSearchHighlight(scan: ScannedPage, near: NearViewport): SearchHighlight {
  let registry = highlightRegistry();
  const textNodes = new Map<string, Text[]>();
  let current: { words: ReadonlySet<string>; hits: Set<string>; done: Set<string>; highlight: Highlight } | null = null;
  let queue: string[] = [];
  let scheduled = false;
  const styled = new Set<Element>();

  function unmarkAll() {
    for (const element of styled) element.removeAttribute(MATCH_ATTR);
    styled.clear();
  }

  function textOf(key: string): Text[] {
    let nodes = textNodes.get(key);
    if (!nodes) {
      nodes = [];
      const idea = scan.nodes.get(key);
      for (const root of idea ? [idea.heading, ...idea.blocks] : []) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement?.localName;
          if (parent !== 'script' && parent !== 'style' && (node as Text).data.trim()) nodes.push(node as Text);
        }
      }
      textNodes.set(key, nodes);
    }
    return nodes;
  }

  function step() {
    scheduled = false;
    const until = performance.now() + SLICE_MS;
    while (current && queue.length && performance.now() < until) {
      const key = queue.shift()!;
      if (current.done.has(key)) continue;
      current.done.add(key);
      for (const node of textOf(key)) {
        for (const [start, end] of markRanges(node.data, current.words)) {
          const range = new Range();
          range.setStart(node, start);
          range.setEnd(node, end);
          current.highlight.add(range);
          const element = node.parentElement!;
          if (!styled.has(element)) {
            styled.add(element);
            element.setAttribute(MATCH_ATTR, '');
          }
        }
      }
    }
    if (current && queue.length) schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 300 });
    else setTimeout(step, 16);
  }

  const stopNear = near.onNear((key) => {
    if (current?.hits.has(key) && !current.done.has(key)) {
      queue.push(key);
      schedule();
    }
  });

  return {
    show(words, keys) {
      queue = [];
      if (!registry) return;
      try {
        if (current) registry.delete(MATCH_HIGHLIGHT);
        current = null;
        unmarkAll();
        if (!words?.size || !keys.length) return;
        const highlight = new Highlight();
        registry.set(MATCH_HIGHLIGHT, highlight);
        current = { words, hits: new Set(keys), done: new Set(), highlight };
      } catch (error) {
        // E.g. a content-script sandbox that may not hand its objects to the page's registry.
        console.warn('Idea Scout: cannot mark matches in the page', error);
        registry = null;
        current = null;
        return;
      }
      queue = keys.filter((key) => near.isNear(key));
      if (queue.length) schedule();
    },
    dispose() {
      stopNear();
      queue = [];
      current = null;
      registry?.delete(MATCH_HIGHLIGHT);
      unmarkAll();
    },
  };
}

/** The page's highlight registry, or null where the API is missing (then only the panel marks matches). */
function highlightRegistry(): HighlightRegistry | null {
  try {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;
  } catch {
    return null;
  }
}
