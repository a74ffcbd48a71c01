// The page's filter store: what the panel, the page and the URL read after each change.
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../lib/filter';
import { FilterStore } from '../../lib/filter-store';
import { sampleIdea } from './helpers/ideas';

// fuse.js as it is, counting the indexes built over the page's words.
const fuseIndexes = vi.hoisted(() => ({ built: 0 }));
vi.mock('fuse.js/min-basic', async (importOriginal) => {
  const { default: Fuse } = await importOriginal<typeof import('fuse.js/min-basic')>();
  class CountedFuse<T> extends Fuse<T> {
    constructor(...args: ConstructorParameters<typeof Fuse<T>>) {
      super(...args);
      fuseIndexes.built++;
    }
  }
  return { default: CountedFuse };
});

const ideas = [
  sampleIdea({ key: 'mirage', title: 'Mirage web stack', skills: { raw: 'OCaml', tags: ['OCaml'] }, gsoc: true }),
  sampleIdea({ key: 'kdd', title: 'KDD debugger stub', skills: { raw: 'C', tags: ['C'] }, gsoc: false }),
  sampleIdea({ key: 'ovmf', title: 'OVMF firmware', skills: { raw: 'C', tags: ['C'] }, gsoc: true }),
];

describe('FilterStore', () => {
  it('shows the page as served (visible: null) until something is filtered', () => {
    const store = new FilterStore(ideas);
    expect(store.view.visible).toBeNull();
    expect(store.view.shown).toBe(3);
    store.setFilters({ ...NO_FILTERS, gsoc: true });
    expect([...store.view.visible!]).toEqual(['mirage', 'ovmf']);
  });

  it('searches, keeps the hits in rank order among the shown ideas, and tells listeners', () => {
    const store = new FilterStore(ideas);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    expect(listener).toHaveBeenCalledWith('filters');
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
    expect([...store.view.search!.words]).toEqual(['firmware']);
    store.setFilters((f) => ({ ...f, gsoc: true, query: 'c' }));
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
  });

  it('does not notify when nothing changed', () => {
    const store = new FilterStore(ideas);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setFilters({ ...NO_FILTERS });
    store.setBookmarks([]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('re-evaluates "Bookmarked" when bookmarks change (e.g. in another tab)', () => {
    const store = new FilterStore(ideas);
    store.setFilters({ ...NO_FILTERS, bookmarked: true });
    expect(store.view.shown).toBe(0);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setBookmarks(['kdd']);
    expect(listener).toHaveBeenCalledWith('bookmarks');
    expect([...store.view.visible!]).toEqual(['kdd']);
    expect(store.view.counts.bookmarked).toBe(1);
  });

  it('clears only the filters that hide an idea', () => {
    const store = new FilterStore(ideas);
    store.setFilters({ ...NO_FILTERS, query: 'mirage', skills: ['C'], status: ['peer-reviewed'] });
    store.clearWhatHides('kdd');
    expect(store.filters).toEqual({ ...NO_FILTERS, skills: ['C'], status: ['peer-reviewed'] });
    expect(store.view.visible!.has('kdd')).toBe(true);
  });

  it('prepares the search unseen: the index, fuzzy part included, is built before the first key', () => {
    const store = new FilterStore(ideas);
    const listener = vi.fn();
    store.subscribe(listener);
    const built = fuseIndexes.built;
    store.prepareSearch();
    expect(fuseIndexes.built).toBe(built + 1);
    expect(listener).not.toHaveBeenCalled();
    expect(store.filters).toEqual(NO_FILTERS);
    expect(store.view.visible).toBeNull();
    // A query long enough to allow a typo now uses that index, and the warm-up left no trace in the results.
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    expect(fuseIndexes.built).toBe(built + 1);
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
  });
});
