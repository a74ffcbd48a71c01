// The facts a student scans for at each heading: difficulty and skills as chips, the idea's age, and a mail
// link to its mentors with the mailing list in CC.
import { DIFFICULTY_LABELS } from '../../lib/filter';
import type { Idea } from '../../lib/idea';
import { h } from '../dom';

export interface MailLink {
  href: string;
  to: string[];
  cc: string[];
  /** False when no mentor gave an address and the mail goes to the list. */
  toMentors: boolean;
}

function difficultyLabel(idea: Idea): string {
  const { min, max } = idea.difficulty;
  if (!min || !max) return DIFFICULTY_LABELS.unknown;
  return min === max ? DIFFICULTY_LABELS[min] : `${DIFFICULTY_LABELS[min]}\u2013${DIFFICULTY_LABELS[max]}`;
}

export function ideaFactsInto(slot: HTMLElement, idea: Idea, age: string | null, mail: MailLink | null): void {
  const hidden = (text: string) => h('span', { class: 'visually-hidden' }, text);
  const { raw } = idea.difficulty;
  slot.append(
    h('span', { class: `chip difficulty ${idea.difficulty.min ?? 'unknown'}`, title: raw ? `Difficulty: ${raw}` : null }, hidden('Difficulty: '), difficultyLabel(idea)),
  );
  if (idea.skills.tags.length) {
    slot.append(h('span', { class: 'skills' }, hidden('Skills: '), ...idea.skills.tags.map((tag) => h('span', { class: 'chip skill' }, tag))));
  }
  if (age) slot.append(h('span', { class: 'age', title: ageTitle(idea) }, age));
  if (mail) {
    const text = mail.toMentors ? 'Mail mentors' : 'Mail the list';
    const title = [mail.to.length ? `To: ${mail.to.join(', ')}` : '', mail.cc.length ? `Cc: ${mail.cc.join(', ')}` : ''].filter(Boolean).join('\n');
    slot.append(h('a', { class: 'mail', href: mail.href, 'aria-label': `${text} about ${idea.title}`, title }, h('span', { 'aria-hidden': 'true' }, '\u2709 '), text));
  }
}

function ageTitle(idea: Idea): string {
  const parts = [];
  if (idea.inserted) parts.push(`Date of insert: ${idea.inserted.raw}`);
  if (idea.verified) parts.push(`Verified: ${idea.verified.raw}`);
  return parts.join('; ');
}
