// The review queue: every open review comment, oldest first, with author, date, an excerpt and a link to the
// comment. Takes plain data (lib/review.ts entries), so the in-page panel renders it from the parsed page and
// the dashboard from stored snapshots.
import type { TargetedMouseEvent } from 'preact';
import { useState } from 'preact/hooks';
import { formatAge, formatDate, type ReviewEntry } from '../lib/review';
import { CopyMarkdownButton } from './CopyMarkdownButton';

export interface ReviewQueueProps {
  entries: readonly ReviewEntry[];
  now: Date;
  /** Where each entry's link points (the idea's anchor in the page, or the wiki page from the dashboard). */
  hrefFor: (entry: ReviewEntry) => string;
  /** In the page: scroll to the comment instead of following the link. */
  onOpen?: (entry: ReviewEntry, event: TargetedMouseEvent<HTMLAnchorElement>) => void;
  /** The queue as Markdown, built when "Copy as Markdown" is pressed. */
  markdown: () => string;
  /** Heading level of the queue's title inside its container. */
  headingLevel?: 3 | 4;
  /** Open links in a new tab (from the dashboard, so the queue stays open). */
  newTab?: boolean;
}

/** Entries listed before "Show all": the oldest, which need attention first; a long queue stays quick to show. */
const FIRST_ENTRIES = 20;

export function ReviewQueue({ entries, now, hrefFor, onOpen, markdown, headingLevel = 3, newTab = false }: ReviewQueueProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? entries : entries.slice(0, FIRST_ENTRIES);
  return (
    <section class="review-queue" aria-label="Review queue">
      <Heading>Review queue: open review comments, oldest first</Heading>
      {entries.length === 0 ? (
        <p>No open review comments.</p>
      ) : (
        <ol>
          {shown.map((entry) => (
            <li key={`${entry.ideaKey}#${entry.index}`}>
              <a
                href={hrefFor(entry)}
                onClick={onOpen ? (event) => onOpen(entry, event) : undefined}
                {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
                aria-label={`Go to the review comment by ${entry.author ?? 'an unsigned reviewer'} on ${entry.ideaTitle}`}
              >
                {entry.ideaTitle}
              </a>
              <span class="queue-meta">
                {' '}
                {entry.author ?? 'unsigned'} · {entry.timestamp ? `${formatDate(entry.timestamp)} (${formatAge(entry.timestamp, now)} ago)` : 'date unknown'}
              </span>
              <q class="queue-excerpt">{entry.excerpt}</q>
            </li>
          ))}
        </ol>
      )}
      {shown.length < entries.length && (
        <p>
          <button type="button" onClick={() => setShowAll(true)}>
            Show all {entries.length} comments
          </button>
        </p>
      )}
      {entries.length > 0 && <CopyMarkdownButton text={markdown} />}
    </section>
  );
}
