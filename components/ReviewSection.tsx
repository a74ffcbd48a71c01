// "Review" in the in-page panel: one line with the page's counts ("3 open review comments on 3 ideas · 7 ideas need
// info") that unfolds into the review queue and the ideas that lack what a student needs. What it lists is built
// only once it is unfolded.
import { plural } from '../lib/text';
import { Fold } from './Fold';
import { ReviewQueue, type ReviewQueueProps } from './ReviewQueue';

export interface LackingIdea {
  key: string;
  anchor: string;
  title: string;
  missing: readonly string[];
}

export function ReviewSection({
  summary,
  open,
  onToggle,
  queue,
  lacking,
  onOpenIdea,
}: {
  summary: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  queue: () => Omit<ReviewQueueProps, 'headingLevel'>;
  lacking: () => LackingIdea[];
  onOpenIdea: (key: string) => void;
}) {
  return (
    <Fold class="review" title="Review" counts={summary} open={open} onToggle={onToggle}>
      {() => <ReviewLists queue={queue()} lacking={lacking()} onOpenIdea={onOpenIdea} />}
    </Fold>
  );
}

function ReviewLists({ queue, lacking, onOpenIdea }: { queue: Omit<ReviewQueueProps, 'headingLevel'>; lacking: LackingIdea[]; onOpenIdea: (key: string) => void }) {
  return (
    <>
      <ReviewQueue {...queue} headingLevel={4} />
      {lacking.length > 0 && (
        <section class="needs-info" aria-label="Ideas that need info">
          <h4>
            {plural(lacking.length, 'idea')} {lacking.length === 1 ? 'needs' : 'need'} info
          </h4>
          <ul>
            {lacking.map((idea) => (
              <li key={idea.key}>
                <a
                  href={`#${idea.anchor}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenIdea(idea.key);
                  }}
                >
                  {idea.title}
                </a>
                : missing {idea.missing.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
