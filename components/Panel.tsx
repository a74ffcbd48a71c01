// The in-page panel: a header naming what was found, then the sections features contribute. Once the reader has
// scrolled past it, a small floating button brings it back (and focuses the search).
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface PanelSection {
  id: string;
  /** Lower comes first. */
  order: number;
  Component: ComponentType;
}

export function Panel({ ideaCount, sections, onBackToPanel }: { ideaCount: number; sections: readonly PanelSection[]; onBackToPanel: () => void }) {
  const panel = useRef<HTMLElement>(null);
  const scrolledPast = useScrolledPast(panel);
  return (
    <>
      <section class="panel" aria-label="Idea Scout" ref={panel}>
        <h2>
          Idea Scout found {ideaCount} project {ideaCount === 1 ? 'idea' : 'ideas'}
        </h2>
        {sections.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </section>
      {scrolledPast && (
        <button type="button" class="back-to-panel" onClick={onBackToPanel}>
          <span aria-hidden="true">{'\u2191'} </span>
          Idea Scout filters
        </button>
      )}
    </>
  );
}

/** True while `element` is above the viewport (scrolled past), not merely off-screen below. */
function useScrolledPast(element: { current: Element | null }): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver !== 'function') return;
    // The viewport extended far downwards: the panel leaves it only by going above the top, and a jump from below
    // the viewport to above it (the End key) still crosses its top edge.
    const observer = new IntersectionObserver(([entry]) => setPast(!entry.isIntersecting), {
      rootMargin: '0px 0px 1000000px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);
  return past;
}
