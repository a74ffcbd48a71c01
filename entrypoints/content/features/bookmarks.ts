// Bookmarks at each idea's heading. They live in the extension's database (the background owns it); this
// tab asks for the page's bookmarks at start and again whenever any tab or extension page changes them, so a
// bookmark made elsewhere shows here without a reload. The store's copy drives the toggles and the
// "Bookmarked" filter.
import { bookmarkToggle } from '../../../components/heading/bookmark-toggle';
import { errorMessage } from '../../../lib/errors';
import { NO_FILTERS } from '../../../lib/filter';
import { isCurrentView } from '../../../lib/page-id';
import { urlWithFilters } from '../../../lib/filter-url';
import type { Idea } from '../../../lib/idea';
import { call, onDataChanged } from '../../../lib/rpc/client';
import type { Feature, IdeasPage } from '../page';

export const bookmarks: Feature = {
  name: 'Bookmarks',
  init(page) {
    let loads = 0;
    const load = async () => {
      const mine = ++loads;
      try {
        const list = await call('bookmarks.list', { pageId: page.pageId });
        if (mine === loads && !page.ctx.isInvalid) page.filters.setBookmarks(list.map((bookmark) => bookmark.ideaKey));
      } catch (error) {
        console.warn('Idea Scout: could not read the bookmarks', error);
      }
    };
    void load();
    const stop = onDataChanged(['bookmarks'], () => void load());
    page.ctx.onInvalidated(stop);
    // An old revision, a diff or an edit preview lists ideas as they were or may be: bookmarks are made on the page as it is.
    if (isCurrentView(location.href)) page.headingTools.addWidget({ id: 'bookmark', order: 0, mount: (slot, idea) => mountBookmark(page, slot, idea) });
  },
};

/** The toggle at one idea's heading; shows the store's copy, so a change from another tab shows too. */
function mountBookmark(page: IdeasPage, slot: HTMLElement, idea: Idea): () => void {
  const store = page.filters;
  let busy = false;
  let error: string | null = null;
  const show = () => toggle.show({ pressed: store.bookmarks.has(idea.key), busy, error });
  const toggle = bookmarkToggle(slot, idea.title, async () => {
    const before = store.bookmarks;
    const bookmarked = !before.has(idea.key);
    error = null;
    busy = true;
    // Shown at once; the background's answer (and its change notice) confirms or corrects it.
    store.setBookmarks(bookmarked ? [...before, idea.key] : [...before].filter((key) => key !== idea.key));
    show();
    try {
      await call('bookmarks.set', { pageId: page.pageId, pageUrl: pageUrl(), idea, bookmarked });
    } catch (e) {
      const now = new Set(store.bookmarks);
      if (bookmarked) now.delete(idea.key);
      else now.add(idea.key);
      store.setBookmarks(now);
      error = `Not saved: ${errorMessage(e)}`;
    } finally {
      busy = false;
      show();
    }
  });
  show();
  return store.subscribe((topic) => {
    if (topic === 'bookmarks') show();
  });
}

/** The page's address without our filters or a fragment: what the bookmark links back to. */
function pageUrl(): string {
  return urlWithFilters(location.href.split('#')[0], NO_FILTERS);
}
