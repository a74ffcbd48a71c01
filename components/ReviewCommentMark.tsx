// The mark beside a review comment's icon: visible ("Open review comment", "New since your last visit") and
// named in full for screen readers ("Open review comment by Lars.kurth, 17 February 2014").
import { formatDate } from '../lib/review';

export interface CommentMarkProps {
  author: string | null;
  timestamp: string | null;
  news: 'new' | 'edited' | null;
}

export function ReviewCommentMark({ author, timestamp, news }: CommentMarkProps) {
  const by = author ? `by ${author}` : 'unsigned';
  const newsText = news === 'new' ? 'New since your last visit' : news === 'edited' ? 'Edited since your last visit' : null;
  return (
    // tabindex=-1: the review queue's links move focus here, so keyboard users land on the comment.
    <span class={`mark${news ? ' mark-news' : ''}`} tabindex={-1}>
      <span aria-hidden="true">Open review comment</span>
      {newsText && <span aria-hidden="true" class="news">{newsText}</span>}
      <span class="sr-only">
        Open review comment {by}, {formatDate(timestamp)}
        {newsText ? ` (${newsText.toLowerCase()})` : ''}
      </span>
    </span>
  );
}

export const COMMENT_MARK_CSS = `
:host { display: inline; }
.mark { display: inline-flex; gap: 4px; align-items: center; margin: 0 4px; padding: 0 6px; border-radius: 8px; background: #fef6e7; border: 1px solid #a66200; color: #6b3f00; font: 600 11px/16px system-ui, sans-serif; vertical-align: 1px; }
.mark:focus { outline: 2px solid #36c; outline-offset: 1px; }
.news { background: #14866d; color: #fff; border-radius: 6px; padding: 0 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
