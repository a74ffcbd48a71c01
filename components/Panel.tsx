import { useEffect, useRef, useState } from 'preact/hooks';
import type { IdeasPage } from '../entrypoints/content/ideas-page';

/**
 * The in-page panel: a header naming what was found, then the sections features contribute. Once the reader
 * has scrolled past it, a small floating button brings it back (and focuses the search).
 */
export function Panel({ page }: { page: IdeasPage }) {
  const count = page.scan.ideas.length;
  const panel = useRef<HTMLElement>(null);
  const scrolledPast = useScrolledPast(panel);
  return (
    <>
      <section class="panel" aria-label="Idea Scout" ref={panel}>
        <h2>Idea Scout found {count} project {count === 1 ? 'idea' : 'ideas'}</h2>
        {page.panelSections.map(({ id, Component }) => (
          <Component key={id} page={page} />
        ))}
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

/** True while `element` is above the viewport (scrolled past), not merely off-screen below. */
function useScrolledPast(element: { current: Element | null }): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    // Checked once per frame while scrolling. (Intersection observers report crossings only, and a jump from
    // below the viewport to above it, as the End key makes, crosses nothing they watch.)
    let queued = false;
    const check = () => {
      queued = false;
      setPast(target.getBoundingClientRect().bottom < 0);
    };
    const onScroll = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(check);
    };
    addEventListener('scroll', onScroll, { passive: true });
    onScroll(); // a reload restores the scroll position; checked in the next frame, not forcing a layout now
    return () => removeEventListener('scroll', onScroll);
  }, []);
  return past;
}
