import type { IdeasPage } from '../entrypoints/content/ideas-page';

/** The in-page panel: a header naming what was found, then the sections features contribute. */
export function Panel({ page }: { page: IdeasPage }) {
  const count = page.scan.ideas.length;
  return (
    <section class="panel" aria-label="Idea Scout">
      <h2>Idea Scout found {count} project {count === 1 ? 'idea' : 'ideas'}</h2>
      {page.panelSections.map(({ id, Component }) => (
        <Component key={id} page={page} />
      ))}
    </section>
  );
}
