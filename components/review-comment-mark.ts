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
