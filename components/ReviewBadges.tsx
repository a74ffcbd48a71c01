// Beside an idea's title: how many review comments are still open (and how old the oldest is), and what a
// student would still miss ("needs info").
import { oldestAge, plural, type Needed, type ReviewIdea } from '../lib/review';

export function OpenCommentsBadge({ idea, now }: { idea: ReviewIdea; now: Date }) {
  const count = idea.comments.length;
  if (!count) return null;
  return (
    <span class="badge badge-review">
      {plural(count, 'open review comment')} · oldest: {oldestAge(idea, now)}
    </span>
  );
}

export const NEEDED_LABELS: Record<Needed, string> = {
  difficulty: 'difficulty',
  skills: 'skills',
  outcomes: 'outcomes',
  'contact e-mail': 'contact e-mail',
};

export function NeedsInfoBadge({ needs }: { needs: readonly Needed[] }) {
  if (!needs.length) return null;
  return <span class="badge badge-needs">Needs info: {needs.map((n) => NEEDED_LABELS[n]).join(', ')}</span>;
}

export const BADGE_CSS = `
.badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; line-height: 18px; border: 1px solid; }
.badge-review { background: #fef6e7; border-color: #a66200; color: #6b3f00; }
.badge-needs { background: #f8f9fa; border-color: #72777d; color: #3b3f44; }
.badge-new { background: #e6f4ea; border-color: #14866d; color: #0b5d4a; font-weight: 600; }
.badge-changed { background: #eaf3ff; border-color: #36c; color: #1d3f8c; }
.changed { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.changed button { font: inherit; font-size: 12px; padding: 0 6px; cursor: pointer; }
.changed dl { flex-basis: 100%; margin: 4px 0 0; padding: 6px 8px; background: #fff; border: 1px solid #c8ccd1; border-radius: 4px; }
.changed dt { font-weight: 600; }
.changed dd { margin: 0 0 4px 1em; }
.changed .old { text-decoration: line-through; color: #72777d; }
`;
