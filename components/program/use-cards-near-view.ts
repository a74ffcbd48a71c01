// Which result cards a person can see: a new search renders those (and one more) at once, and the rest of the page
// of results when the space held for them comes near the viewport. Cards nobody scrolls to are not patched at every
// keystroke. Measured by one IntersectionObserver, which reads layout the browser has just done, never forcing one.
import { useEffect, useRef } from 'preact/hooks';

/** The viewport, and a quarter of it below, counts as near. */
const NEAR = '0px 0px 25% 0px';

export interface CardsNearView {
  /** How many of the list's first cards reach into the viewport or near it (as last measured). */
  count(): number;
  /** Watches the cards and the space held now in the DOM (call after each render). */
  observe(): void;
}

/**
 * Watches the cards of `list` and the element `rest` (the space held for the cards not rendered yet): `onRestNear`
 * is called when `rest` comes near the viewport.
 */
export function useCardsNearView(list: { current: HTMLElement | null }, rest: { current: HTMLElement | null }, onRestNear: () => void): CardsNearView {
  const near = useRef(new Set<Element>());
  const observed = useRef(new Set<Element>());
  const observer = useRef<IntersectionObserver | null>(null);
  const restNear = useRef(onRestNear);
  restNear.current = onRestNear;

  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.target === rest.current) {
            if (entry.isIntersecting) restNear.current();
          } else if (entry.isIntersecting) near.current.add(entry.target);
          else near.current.delete(entry.target);
        }
      },
      { rootMargin: NEAR },
    );
    observer.current = watcher;
    return () => {
      watcher.disconnect();
      observer.current = null;
      observed.current.clear();
      near.current.clear();
    };
  }, [rest]);

  return {
    count() {
      const cards = list.current?.children;
      if (!cards || typeof IntersectionObserver !== 'function') return Infinity;
      let last = -1;
      for (const card of near.current) last = Math.max(last, Array.prototype.indexOf.call(cards, card));
      return last + 1;
    },
    observe() {
      const watcher = observer.current;
      if (!watcher) return;
      // Cards removed from the list are let go; observing an element already observed does nothing.
      for (const element of observed.current) {
        if (element.isConnected) continue;
        watcher.unobserve(element);
        observed.current.delete(element);
        near.current.delete(element);
      }
      for (const element of [...(list.current?.children ?? []), ...(rest.current ? [rest.current] : [])]) {
        if (observed.current.has(element)) continue;
        watcher.observe(element);
        observed.current.add(element);
      }
    },
  };
}
