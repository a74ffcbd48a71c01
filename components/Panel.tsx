import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IdeasPage, PanelSection } from '../entrypoints/content/ideas-page';

/**
 * The in-page panel: a header naming what was found, then the sections features contribute. Once the reader
 * has scrolled past it, a small floating button brings it back (and focuses the search).
 */
export function Panel({ page, sections }: { page: IdeasPage; sections: readonly PanelSection[] }) {
  const count = page.scan.ideas.length;
  const panel = useRef<HTMLElement>(null);
  const scrolledPast = useScrolledPast(panel);
  return (
    <>
      <section class="panel" aria-label="Idea Scout" ref={panel}>
        <h2>Idea Scout found {count} project {count === 1 ? 'idea' : 'ideas'}</h2>
        {sections.map((section) => sectionElement(page, section))}
      </section>
      {scrolledPast && (
        <button type="button" class="back-to-panel" onClick={() => page.focusSearch()}>
          <span aria-hidden="true">{'\u2191'} </span>
          Idea Scout filters
        </button>
      )}
    </>
  );
}

/**
 * Each feature's section as one element, made once: handed to Preact again unchanged, it is not rendered again
 * (strict-equality bailout), so sections added later do not re-render the ones already shown. Each section still
 * re-renders on its own state.
 */
const sectionElements = new WeakMap<PanelSection, VNode>();
function sectionElement(page: IdeasPage, section: PanelSection): VNode {
  let element = sectionElements.get(section);
  if (!element) sectionElements.set(section, (element = <section.Component key={section.id} page={page} />));
  return element;
}

/** True while `element` is above the viewport (scrolled past), not merely off-screen below. */
function useScrolledPast(element: { current: Element | null }): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver !== 'function') return;
    // The viewport extended far downwards: the panel leaves it only by going above the top, and a jump from
    // below the viewport to above it (the End key) still crosses its top edge. The observer reads layout when
    // the browser has it, never forcing it, and calls back in a task of its own, not in a rendering frame.
    const observer = new IntersectionObserver(([entry]) => setPast(!entry.isIntersecting), {
      rootMargin: '0px 0px 1000000px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return past;
}
