// The table of contents follows the filters: the entries of hidden ideas, and of section headings left with no
// visible idea, are hidden too. Its entries are looked up when a filter first changes something: most loads never
// need them. On a long page, while the filters change again and again (typing), the TOC follows only once they
// pause: hiding or showing a run of a thousand list items costs more than all the rest of a keystroke.
import { TOC_CONTAINERS, TOC_LINKS } from '../../../lib/parse/wiki-markup';
import { HIDDEN_ATTR } from './page-stylesheet';

/** On long pages, changes of the filters closer together than this are typing: the TOC waits for a pause this long. */
export const TOC_DELAY_MS = 500;

export interface TocVisibility {
  /** The entries pointing into `heading` are to be hidden (or shown) once the current change is done. */
  set(heading: Element, hide: boolean): void;
  /** The current change is done: the TOC follows now, or once typing pauses (`typing`, on a long page). */
  follow(typing: boolean): void;
  dispose(): void;
}

export function createTocVisibility(doc: Document, long: boolean): TocVisibility {
  let byId: Map<string, Element> | null = null;
  const entriesOf = new Map<Element, Element[]>();
  const pending = new Map<Element, boolean>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const entries = (heading: Element) => {
    let found = entriesOf.get(heading);
    if (!found) entriesOf.set(heading, (found = tocFor(heading, (byId ??= tocEntries(doc)))));
    return found;
  };
  const update = () => {
    for (const [heading, hide] of pending) {
      for (const entry of entries(heading)) {
        if (hide) entry.setAttribute(HIDDEN_ATTR, '');
        else entry.removeAttribute(HIDDEN_ATTR);
      }
    }
    pending.clear();
  };

  return {
    set: (heading, hide) => pending.set(heading, hide),
    follow(typing) {
      clearTimeout(timer);
      if (!pending.size) return;
      if (long && typing) timer = setTimeout(update, TOC_DELAY_MS);
      else update();
    },
    dispose: () => clearTimeout(timer),
  };
}

/** The table of contents' entries (`li`), by the id their link points to (as written and decoded). */
function tocEntries(doc: Document): Map<string, Element> {
  const entries = new Map<string, Element>();
  for (const toc of doc.querySelectorAll(TOC_CONTAINERS)) {
    if (toc.parentElement?.closest(TOC_CONTAINERS)) continue; // nested in one already read
    for (const link of toc.querySelectorAll(TOC_LINKS)) {
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
