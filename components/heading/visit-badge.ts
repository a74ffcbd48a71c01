// Beside an idea's title: "New since your last visit", or "Changed since your last visit: Difficulty, …" with
// the old and new values behind a disclosure button.
import type { IdeaChange } from '../../lib/diff';
import { h } from '../dom';

export function newIdeaBadge(): HTMLElement {
  return h('span', { class: 'badge badge-new' }, 'New since your last visit');
}

export function changedIdeaBadge(change: IdeaChange): HTMLElement {
  const id = `changes-${change.key.replace(/[^\w-]/g, '_')}`;
  const values = h(
    'dl',
    { id, 'aria-label': 'Old and new values', hidden: '' },
    ...change.fields.map((field) =>
      h(
        'div',
        null,
        h('dt', null, field.label),
        h('dd', null, h('span', { class: 'old' }, h('span', { class: 'visually-hidden' }, 'Was: '), field.before || '(empty)'), ' \u2192 ', h('span', { class: 'visually-hidden' }, 'Now: '), field.after || '(empty)'),
      ),
    ),
  );
  // One name; aria-expanded says whether the values show (a changing name would be announced twice).
  const toggle = () => {
    values.hidden = !values.hidden;
    button.setAttribute('aria-expanded', String(!values.hidden));
  };
  const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, onClick: toggle }, 'Show changes');
  return h('span', { class: 'changed' }, h('span', { class: 'badge badge-changed' }, `Changed since your last visit: ${change.fields.map((f) => f.label).join(', ')}`), button, values);
}
