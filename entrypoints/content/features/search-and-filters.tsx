// Search and filters: the panel's controls, the page following them (ideas, emptied headings and TOC entries
// hidden), matched words marked in the page, the state kept in the URL, and the "/" shortcut.
import { FilterPanel } from '../../../components/filters/FilterPanel';
import { filtersFromUrl } from '../../../lib/filter-url';
import type { Feature, IdeasPage } from '../ideas-page';
import type { PageVisibility } from '../page-visibility';
import { createFilterUrlSync } from './filter-url-sync';
import { createSearchHighlight } from './search-highlight';

export const searchAndFilters: Feature = {
  name: 'Search and filters',
  init(page) {
    const store = page.filters;
    const { visibility } = page;
    const highlight = createSearchHighlight(page.scan, visibility);
    const searchInput: { current: HTMLInputElement | null } = { current: null };

    store.setFilters(filtersFromUrl(location.href));
    const urlSync = createFilterUrlSync(() => store.filters);
    const mark = () => highlight.show(store.view.search?.words ?? null, store.view.hits.map((hit) => hit.key));
    visibility.apply(store.view.visible);
    mark();
    const stop = store.subscribe((topic) => {
      visibility.apply(store.view.visible);
      // A bookmark changes what is shown (so what to mark) only under "Bookmarked".
      if (topic === 'filters' || store.filters.bookmarked) mark();
      if (topic === 'filters') urlSync.changed();
    });

    const prepareSearch = () => {
      store.prepareSearch();
      visibility.prepare();
    };
    page.focusSearch = () => {
      const input = searchInput.current;
      if (!input) return;
      input.closest('.panel')?.scrollIntoView({ block: 'start' });
      input.focus({ preventScroll: true });
      prepareSearch();
    };

    // A link to an idea the filters hide (`…?scout=…#Idea`, or a TOC link followed before filtering): show it.
    const revealTarget = () => revealHashTarget(page, visibility);
    revealTarget();
    page.ctx.addEventListener(window, 'hashchange', revealTarget);

    page.ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event)) return;
      event.preventDefault();
      page.focusSearch();
    });

    page.addPanelSection({
      id: 'filters',
      order: 10,
      Component: ({ page }) => (
        <FilterPanel store={page.filters} searchRef={searchInput} onOpenIdea={(key) => page.reveal(key)} onSearchFocus={prepareSearch} />
      ),
    });

    page.ctx.onInvalidated(() => {
      stop();
      urlSync.dispose();
      highlight.dispose();
    });
  },
};

function revealHashTarget(page: IdeasPage, visibility: PageVisibility) {
  const id = location.hash.slice(1);
  if (!id) return;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // keep the id as written
  }
  const target = document.getElementById(decoded) ?? document.getElementById(id);
  const key = target && visibility.ideaOf(target);
  if (key && visibility.isHidden(key)) page.reveal(key);
}

/** The key went to a text field (ours included: the event comes out of our shadow root retargeted). */
function isTyping(event: Event): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (!target || typeof target.closest !== 'function') return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}
