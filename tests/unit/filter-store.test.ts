// The page's filter store: what the panel, the page and the URL read after each change.
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../lib/filter';
import { FilterStore } from '../../lib/filter-store';
import { createSearchIndex } from '../../lib/search';
import { sampleIdea } from './helpers/ideas';

import Fuse from 'fuse.js/min-basic';

// fuse.js as it is, recording the words of each index built.
const fuseIndexes: unknown[][] = [];
class CountedFuse<T> extends Fuse<T> {
  constructor(...args: ConstructorParameters<typeof Fuse<T>>) {
    super(...args);
    fuseIndexes.push([...args[0]]);
  }
}
const withFuse = () => CountedFuse;

const ideas = [
  sampleIdea({ key: 'mirage', title: 'Mirage web stack', skills: { raw: 'OCaml', tags: ['OCaml'] }, gsoc: true }),
  sampleIdea({ key: 'kdd', title: 'KDD debugger stub', skills: { raw: 'C', tags: ['C'] }, gsoc: false }),
  sampleIdea({ key: 'ovmf', title: 'OVMF firmware', skills: { raw: 'C', tags: ['C'] }, gsoc: true }),
];

describe('FilterStore', () => {
  it('shows the page as served (visible: null) until something is filtered', () => {
    const store = new FilterStore(ideas, withFuse);
    expect(store.view.visible).toBeNull();
    expect(store.view.shown).toBe(3);
    store.setFilters({ ...NO_FILTERS, gsoc: true });
    expect([...store.view.visible!]).toEqual(['mirage', 'ovmf']);
  });

  it('searches, keeps the hits in rank order among the shown ideas, and tells listeners', () => {
    const store = new FilterStore(ideas, withFuse);
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
    const store = new FilterStore(ideas, withFuse);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setFilters({ ...NO_FILTERS });
    store.setBookmarks([]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('re-evaluates "Bookmarked" when bookmarks change (e.g. in another tab)', () => {
    const store = new FilterStore(ideas, withFuse);
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
    const store = new FilterStore(ideas, withFuse);
    store.setFilters({ ...NO_FILTERS, query: 'mirage', skills: ['C'], status: ['peer-reviewed'] });
    store.clearWhatHides('kdd');
    expect(store.filters).toEqual({ ...NO_FILTERS, skills: ['C'], status: ['peer-reviewed'] });
    expect(store.view.visible!.has('kdd')).toBe(true);
  });

  it('prepares the search unseen; fuse.js judges only the words within a typo or two of a query word', () => {
    const store = new FilterStore(ideas, withFuse);
    const listener = vi.fn();
    store.subscribe(listener);
    const built = fuseIndexes.length;
    store.prepareSearch();
    expect(listener).not.toHaveBeenCalled();
    expect(store.filters).toEqual(NO_FILTERS);
    expect(store.view.visible).toBeNull();
    store.setFilters((f) => ({ ...f, query: 'mir' }));
    expect(fuseIndexes.length).toBe(built); // too short for a typo
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    expect(fuseIndexes.slice(built)).toEqual([['firmware']]);
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
    store.setFilters((f) => ({ ...f, query: 'fimwar' })); // no word of the page within a typo
    expect(fuseIndexes.length).toBe(built + 1);
  });

  it('searches with an index built beforehand', () => {
    const index = createSearchIndex(ideas);
    const search = vi.spyOn(index, 'search');
    const store = new FilterStore(ideas, withFuse, index);
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    expect(search).toHaveBeenCalledWith('fimware');
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
  });

  it('searches at once while fuse.js loads, then again with typos forgiven, and tells listeners', async () => {
    let arrive: (fuse: typeof Fuse) => void = () => {};
    const loading = new Promise<typeof Fuse>((resolve) => (arrive = resolve));
    const store = new FilterStore(ideas, () => loading);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setFilters((f) => ({ ...f, query: 'firm' }));
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    expect(store.view.shown).toBe(0);
    listener.mockClear();
    arrive(Fuse);
    await loading;
    await Promise.resolve();
    expect(listener).toHaveBeenCalledWith('filters');
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
    expect(store.filters.query).toBe('fimware');
  });

  it('keeps searching without typos when fuse.js cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = Promise.reject(new Error('blocked'));
    const store = new FilterStore(ideas, () => failed);
    store.setFilters((f) => ({ ...f, query: 'fimware' }));
    await failed.catch(() => {});
    await Promise.resolve();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('typo'), expect.any(Error));
    expect(store.view.shown).toBe(0);
    store.setFilters((f) => ({ ...f, query: 'firmware' }));
    expect(store.view.hits.map((hit) => hit.key)).toEqual(['ovmf']);
    warn.mockRestore();
  });
});
