// Preact bindings for the page's FilterStore: re-render on the topics a view reads, and no more (a page of a
// thousand ideas has a thousand bookmark toggles; a keystroke in search must not re-render them).
import { useEffect, useReducer } from 'preact/hooks';
import type { FilterStore, StoreTopic } from '../../lib/filter-store';

/** Re-renders the calling component after every change of `topics`; returns the store. */
export function useStore(store: FilterStore, topics: readonly StoreTopic[] = ['filters', 'bookmarks']): FilterStore {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const renderedVersion = store.version;
  useEffect(() => {
    const stop = store.subscribe((topic) => {
      if (topics.includes(topic)) rerender(0);
    });
    // Effects run after paint: a change in between (bookmarks arriving) would otherwise go unseen.
    if (store.version !== renderedVersion) rerender(0);
    return stop;
  }, [store]);
  return store;
}

