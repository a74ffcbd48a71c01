// Beside an idea's title: "New since your last visit", or "Changed since your last visit: Difficulty, …" with
// the old and new values behind a disclosure button.
import { useState } from 'preact/hooks';
import type { IdeaChange } from '../lib/diff';

export function NewIdeaBadge() {
  return <span class="badge badge-new">New since your last visit</span>;
}

export function ChangedIdeaBadge({ change }: { change: IdeaChange }) {
  const [open, setOpen] = useState(false);
  if (!change.fields.length) return null;
  const id = `changes-${change.key.replace(/[^\w-]/g, '_')}`;
  return (
    <span class="changed">
      <span class="badge badge-changed">Changed since your last visit: {change.fields.map((f) => f.label).join(', ')}</span>
      {/* One name; aria-expanded says whether the values show (a changing name would be announced twice). */}
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Show changes
      </button>
      {open && (
        <dl id={id} aria-label="Old and new values">
          {change.fields.map((field) => (
            <div key={field.field}>
              <dt>{field.label}</dt>
              <dd>
                <span class="old">
                  <span class="sr-only">Was: </span>
                  {field.before || '(empty)'}
                </span>{' '}
                → <span class="sr-only">Now: </span>
                {field.after || '(empty)'}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </span>
  );
}

export const SR_ONLY_CSS = `.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }`;
