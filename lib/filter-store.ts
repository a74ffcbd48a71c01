// The page's filter state, the bookmarks it filters on, and what follows from them (which ideas are shown, the
// counts, the search hits), recomputed synchronously on every change. One store per page: the panel, the page's
// visibility and the URL all read it, so they can never disagree. Pure: no DOM, no browser APIs.
import {
  clearFacet,
  evaluate,
  failingFacets,
  isFiltering,
  NO_FILTERS,
  type FacetCounts,
  type FilterContext,
  type FilterState,
} from './filter';
import type { Idea } from './idea';
import { createSearchIndex, type FuseClass, type SearchHit, type SearchIndex, type SearchResult } from './search';

/** Gives fuse.js for typo-tolerant search, at once or loaded; called when the search is first prepared. */
export type FuseProvider = () => FuseClass | Promise<FuseClass>;

export interface FilterView {
  /** Ideas every filter keeps; null when nothing is filtered (the page as the wiki shows it). */
  visible: Set<string> | null;
  shown: number;
  counts: FacetCounts;
  /** The search's result (null without a query); `hits` keeps only the shown ideas, best first. */
  search: SearchResult | null;
  hits: SearchHit[];
}

export type StoreTopic = 'filters' | 'bookmarks';
export type StoreListener = (topic: StoreTopic) => void;

export class FilterStore {
  filters: FilterState = NO_FILTERS;
  bookmarks: ReadonlySet<string> = new Set();
  view: FilterView;
  /** Counts changes, so a view can tell whether it missed one (e.g. between rendering and subscribing). */
  version = 0;
  private index: SearchIndex | null;
  private searchPrepared = false;
  private lastSearch: { query: string; result: SearchResult | null } = { query: '', result: null };
  private readonly listeners = new Set<StoreListener>();

  constructor(
    readonly ideas: readonly Idea[],
    private readonly provideFuse?: FuseProvider,
    /** The search index of `ideas`, if already built (e.g. in slices); otherwise built when the search is prepared. */
    index?: SearchIndex,
  ) {
    this.index = index ?? null;
    this.view = this.compute();
  }

  /** Builds the search index now (e.g. when the search box gets focus), so the first keystroke is fast. */
  prepareSearch(): void {
    if (this.searchPrepared) return;
    this.searchPrepared = true;
    const index = (this.index ??= createSearchIndex(this.ideas));
    const fuse = this.provideFuse?.();
    if (!(fuse instanceof Promise)) {
      if (fuse) index.forgiveTypos(fuse);
      return;
    }
    fuse.then(
      (fuseClass) => {
        index.forgiveTypos(fuseClass);
        // A search made meanwhile is made again, typos forgiven.
        if (!this.filters.query.trim()) return;
        this.lastSearch = { query: '', result: null };
        this.view = this.compute();
        this.emit('filters');
      },
      (error: unknown) => console.warn('Idea Scout: typo-tolerant search is not available', error),
    );
  }

  setFilters(next: FilterState | ((current: FilterState) => FilterState)): void {
    const filters = typeof next === 'function' ? next(this.filters) : next;
    if (sameFilters(filters, this.filters)) return;
    this.filters = filters;
    this.view = this.compute();
    this.emit('filters');
  }

  setBookmarks(keys: Iterable<string>): void {
    const bookmarks = new Set(keys);
    if (bookmarks.size === this.bookmarks.size && [...bookmarks].every((key) => this.bookmarks.has(key))) return;
    this.bookmarks = bookmarks;
    this.view = this.compute();
    this.emit('bookmarks');
  }

  /** The filters that hide `key`, cleared (nothing changes when it is shown already). */
  clearWhatHides(key: string): void {
    const idea = this.ideas.find((candidate) => candidate.key === key);
    if (!idea) return;
    const failing = failingFacets(idea, this.filters, this.context());
    if (failing.length) this.setFilters(failing.reduce(clearFacet, this.filters));
  }

  /** Called with the topic after every change; returns the function that stops it. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(topic: StoreTopic): void {
    this.version++;
    for (const listener of [...this.listeners]) listener(topic);
  }

  private context(): FilterContext {
    return { searchHits: this.searchResult()?.keys ?? null, bookmarked: this.bookmarks };
  }

  private searchResult(): SearchResult | null {
    const query = this.filters.query;
    if (query !== this.lastSearch.query) {
      this.prepareSearch();
      this.lastSearch = { query, result: query.trim() ? this.index!.search(query) : null };
    }
    return this.lastSearch.result;
  }

  private compute(): FilterView {
    const context = this.context();
    const { visible, counts } = evaluate(this.ideas, this.filters, context);
    const search = this.lastSearch.result;
    return {
      visible: isFiltering(this.filters) ? visible : null,
      shown: counts.shown,
      counts,
      search,
      hits: search ? search.hits.filter((hit) => visible.has(hit.key)) : [],
    };
  }
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.query === b.query &&
    a.gsoc === b.gsoc &&
    a.bookmarked === b.bookmarked &&
    a.comments === b.comments &&
    sameList(a.difficulty, b.difficulty) &&
    sameList(a.skills, b.skills) &&
    sameList(a.status, b.status)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
