// For mentors: every open review comment of the program in one queue (oldest first, Copy as Markdown), and the
// ideas that lack what a student needs, as the in-page Review section shows them for one page. Relisted ideas
// count on each page: a comment lives on one page and is addressed there.
import { useState } from 'preact/hooks';
import type { ProgramReviewData } from '../../lib/program/derive';
import { queueMarkdown } from '../../lib/review';
import { plural } from '../../lib/text';
import { ReviewQueue } from '../ReviewQueue';
import '../review-queue.css';

export function ProgramReview({ review, now }: { review: ProgramReviewData; now: Date }) {
  const { entries, summary, lacking, urlOf } = review;
  const link = (id: string) => urlOf.get(id) ?? '';
  return (
    <section class="program-review" aria-labelledby="program-review-heading">
      <h3 id="program-review-heading">Review across all pages</h3>
      <p class="review-summary">{summary}</p>
      <ReviewQueue
        entries={entries}
        now={now}
        headingLevel={4}
        newTab
        hrefFor={(entry) => link(entry.ideaKey)}
        markdown={() => queueMarkdown('all Xen Project ideas pages', entries, (entry) => link(entry.ideaKey))}
      />
      {lacking.length > 0 && <NeedsInfo lacking={lacking} link={link} />}
    </section>
  );
}

function NeedsInfo({ lacking, link }: { lacking: ReadonlyArray<{ key: string; title: string; needs: readonly string[] }>; link: (id: string) => string }) {
  // Built when opened: across all pages it can list hundreds of ideas.
  const [open, setOpen] = useState(false);
  return (
    <details class="needs-info" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {plural(lacking.length, 'idea')} {lacking.length === 1 ? 'needs' : 'need'} info
      </summary>
      {open && (
        <ul>
          {lacking.map((idea) => (
            <li key={idea.key}>
              <a href={link(idea.key)} target="_blank" rel="noopener noreferrer">
                {idea.title}
              </a>
              : missing {idea.needs.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
