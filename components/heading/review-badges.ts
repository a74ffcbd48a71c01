// Beside an idea's title: how many review comments are still open (and how old the oldest is), and what a
// student would still miss ("needs info").
import { oldestAge, type Needed, type ReviewIdea } from '../../lib/review';
import { plural } from '../../lib/text';
import { h } from '../dom';

export function reviewBadgesInto(slot: HTMLElement, idea: ReviewIdea, needs: readonly Needed[], now: Date): void {
  const count = idea.comments.length;
  if (count) slot.append(h('span', { class: 'badge badge-review' }, `${plural(count, 'open review comment')} \u00b7 oldest: ${oldestAge(idea, now)}`));
  if (needs.length) slot.append(h('span', { class: 'badge badge-needs' }, `Needs info: ${needs.join(', ')}`));
}
