// The star at an idea's heading. Its name stays "Bookmark <title>"; aria-pressed says whether it is on, and
// aria-busy that a change is on its way to the extension's storage.
import { h } from '../dom';

export interface BookmarkToggle {
  show(state: { pressed: boolean; busy: boolean; error: string | null }): void;
}

export function bookmarkToggle(slot: HTMLElement, title: string, onToggle: () => Promise<void>): BookmarkToggle {
  const star = h('span', { class: 'star', 'aria-hidden': 'true' });
  const button = h('button', { type: 'button', 'aria-label': `Bookmark ${title}`, onClick: () => void onToggle() }, star, 'Bookmark');
  let alert: HTMLElement | null = null;
  slot.append(button);
  return {
    show({ pressed, busy, error }) {
      button.className = pressed ? 'bookmark on' : 'bookmark';
      button.setAttribute('aria-pressed', String(pressed));
      if (busy) button.setAttribute('aria-busy', 'true');
      else button.removeAttribute('aria-busy');
      star.textContent = pressed ? '\u2605' : '\u2606';
      // Added with its text, so screen readers announce it; gone once the next change works.
      alert?.remove();
      alert = error ? h('span', { class: 'error', role: 'alert' }, error) : null;
      if (alert) slot.append(alert);
    },
  };
}
