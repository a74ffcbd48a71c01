// The review queue on the dashboard: for each ideas page visited, its open review comments as of the last visit,
// from the snapshots the background keeps (no wiki page needed), with the page's summary line.
import { wikiPageUrl } from '../lib/page-id';
import { formatLocalDateTime, queueMarkdown, reviewQueue, summarize, summaryLine } from '../lib/review';
import type { Result } from '../lib/rpc/protocol';
import reviewQueueCss from './review-queue.css?inline';
import { ReviewQueue } from './ReviewQueue';

export interface ReviewQueueFromSnapshotsProps {
  /** The newest snapshot of each page visited; null until read. */
  pages: Result<'snapshots.latest'> | null;
  /** Why reading them failed. */
  error: string | null;
  now?: Date;
}

export function ReviewQueueFromSnapshots({ pages, error, now = new Date() }: ReviewQueueFromSnapshotsProps) {
  return (
    <div class="review-pages">
      <style>{reviewQueueCss + '.review-pages h3 { margin: 12px 0 2px; } .review-pages .as-of { font-size: 13px; }'}</style>
      {error && <p role="alert">Could not read the review queue: {error}</p>}
      {pages?.length === 0 && <p>No ideas page visited yet: open one on the wiki and its open review comments show here.</p>}
      {pages?.map(({ pageId, takenAt, snapshot }) => {
        const entries = reviewQueue(snapshot.ideas);
        const link = (anchor: string) => wikiPageUrl(pageId, anchor);
        return (
          <section key={pageId} aria-label={`Review: ${snapshot.page.title}`}>
            <h3>
              <a href={wikiPageUrl(pageId)} target="_blank" rel="noopener">
                {snapshot.page.title}
              </a>
            </h3>
            <p class="as-of">As of your visit on {formatLocalDateTime(takenAt)}</p>
            <p class="review-summary">{summaryLine(summarize(snapshot.ideas))}</p>
            <ReviewQueue
              entries={entries}
              now={now}
              headingLevel={4}
              newTab
              hrefFor={(entry) => link(entry.anchor)}
              markdown={() => queueMarkdown(snapshot.page.title, entries, (entry) => link(entry.anchor))}
            />
          </section>
        );
      })}
    </div>
  );
}
