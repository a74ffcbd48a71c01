// The page's filter store: what the panel, the page and the URL read after each change.
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../lib/filter';
import { FilterStore } from '../../lib/filter-store';
import { sampleIdea } from './helpers/ideas';

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
});
