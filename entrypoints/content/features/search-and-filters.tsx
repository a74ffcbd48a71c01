// Search and filters: the panel's controls, the page following them (ideas, emptied headings and TOC entries
// hidden), matched words marked in the page, the state kept in the URL, and the "/" shortcut.
import { FilterPanel } from '../../../components/filters/FilterPanel';
import { filtersFromUrl } from '../../../lib/filter-url';
import type { Feature, IdeasPage } from '../page';
import { createFilterUrlSync } from '../page/filter-url-sync';
import { createSearchHighlight } from '../page/search-highlight';

export const searchAndFilters: Feature = {
  name: 'Search and filters',
  critical: true,
  init(page) {
    const { filters: store, visibility } = page;
    const highlight = createSearchHighlight(page.scan, page.near);
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

    const prepareSearch = () => store.prepareSearch();
    // A link to an idea the filters hide (`…?scout=…#Idea`, or a TOC link followed before filtering): show it.
    const revealTarget = () => revealHashTarget(page);
    revealTarget();
    page.ctx.addEventListener(window, 'hashchange', revealTarget);

    page.ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event)) return;
      event.preventDefault();
      page.searchFocus.focus();
    });

    page.addPanelSection({
      id: 'filters',
      order: 10,
      Component: () => (
        <FilterPanel
          store={store}
          searchRef={(input) => {
            if (input) page.searchFocus.attach(input, prepareSearch);
          }}
          onOpenIdea={(key) => page.reveal(key)}
          onSearchFocus={prepareSearch}
        />
      ),
    });

    page.ctx.onInvalidated(() => {
      stop();
      urlSync.dispose();
      highlight.dispose();
    });
  },
};

function revealHashTarget(page: IdeasPage) {
  const id = location.hash.slice(1);
  if (!id) return;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // keep the id as written
  }
  const target = document.getElementById(decoded) ?? document.getElementById(id);
  const key = target && page.visibility.ideaOf(target);
  if (key && page.visibility.isHidden(key)) page.reveal(key);
}

/** The key went to a text field (ours included: the event comes out of our shadow root retargeted). */
function isTyping(event: Event): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (!target || typeof target.closest !== 'function') return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}
