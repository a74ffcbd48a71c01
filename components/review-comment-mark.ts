// The mark beside a review comment's icon: visible ("Open review comment", "New since your last visit") and
// named in full for screen readers ("Open review comment by Lars.kurth, 17 February 2014"). Plain DOM, built
// once: the review queue's links move focus onto it, and an update must not take that focus away.
import { formatDate } from '../lib/review';
import { fill, h } from './dom';

export function reviewCommentMark(comment: { author: string | null; timestamp: string | null }): { element: HTMLElement; show(news: 'new' | 'edited' | null): void } {
  const by = comment.author ? `by ${comment.author}` : 'unsigned';
  const news = h('span', { 'aria-hidden': 'true', class: 'news' });
  const label = h('span', { class: 'sr-only' });
  // tabindex=-1: the review queue's links move focus here, so keyboard users land on the comment.
  const element = h('span', { class: 'mark', tabindex: -1 }, h('span', { 'aria-hidden': 'true' }, 'Open review comment'), news, label);
  return {
    element,
    show(state) {
      const text = state === 'new' ? 'New since your last visit' : state === 'edited' ? 'Edited since your last visit' : null;
      element.classList.toggle('mark-news', !!text);
      news.hidden = !text;
      fill(news, text);
      label.textContent = `Open review comment ${by}, ${formatDate(comment.timestamp)}${text ? ` (${text.toLowerCase()})` : ''}`;
    },
  };
}

export const COMMENT_MARK_CSS = `
:host { display: inline; }
.mark { display: inline-flex; gap: 4px; align-items: center; margin: 0 4px; padding: 0 6px; border-radius: 8px; background: #fef6e7; border: 1px solid #a66200; color: #6b3f00; font: 600 11px/16px system-ui, sans-serif; vertical-align: 1px; }
.mark:focus { outline: 2px solid #36c; outline-offset: 1px; }
.news { background: #14866d; color: #fff; border-radius: 6px; padding: 0 4px; }
.news[hidden] { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
