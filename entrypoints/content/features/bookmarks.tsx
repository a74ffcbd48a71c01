// Bookmarks at each idea's heading. They live in the extension's database (the background owns it); this
// tab asks for the page's bookmarks at start and again whenever any tab or extension page changes them, so a
// bookmark made elsewhere shows here without a reload. The store's copy drives the toggles and the
// "Bookmarked" filter.
import { useState } from 'preact/hooks';
import { BookmarkToggle } from '../../../components/heading/BookmarkToggle';
import { useSelected } from '../../../components/filters/use-store';
import { NO_FILTERS } from '../../../lib/filter';
import { urlWithFilters } from '../../../lib/filter-url';
import type { Idea } from '../../../lib/idea';
import { call, onDataChanged } from '../../rpc/client';
import type { Feature, IdeasPage } from '../ideas-page';

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
    page.addHeadingWidget({ id: 'bookmark', order: 0, Component: BookmarkWidget });
  },
};

function BookmarkWidget({ page, idea }: { page: IdeasPage; idea: Idea }) {
  const pressed = useSelected(page.filters, 'bookmarks', (store) => store.bookmarks.has(idea.key));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async () => {
    const store = page.filters;
    const before = store.bookmarks;
    const bookmarked = !before.has(idea.key);
    setError(null);
    setBusy(true);
    // Shown at once; the background's answer (and its change notice) confirms or corrects it.
    store.setBookmarks(bookmarked ? [...before, idea.key] : [...before].filter((key) => key !== idea.key));
    try {
      await call('bookmarks.set', { pageId: page.pageId, pageUrl: pageUrl(), idea, bookmarked });
    } catch (e) {
      const now = new Set(store.bookmarks);
      if (bookmarked) now.delete(idea.key);
      else now.add(idea.key);
      store.setBookmarks(now);
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return <BookmarkToggle title={idea.title} pressed={pressed} busy={busy} error={error} onToggle={toggle} />;
}

/** The page's address without our filters or a fragment: what the bookmark links back to. */
function pageUrl(): string {
  return urlWithFilters(location.href.split('#')[0], NO_FILTERS);
}
