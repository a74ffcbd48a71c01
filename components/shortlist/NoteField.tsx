// A personal note on a shortlisted idea, saved as the student types (and when the field loses focus or the
// page closes).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import { errorMessage } from '../../lib/errors';

const NOTE_DELAY_MS = 600;

export function NoteField({ bookmark, onSave }: { bookmark: Bookmark; onSave: (note: string) => Promise<unknown> }) {
  const [note, setNote] = useState(bookmark.note);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Show a note changed elsewhere, unless the student is in the middle of changing it here.
  useEffect(() => {
    if (pending.current === null) setNote(bookmark.note);
  }, [bookmark.note]);

  const flush = () => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus({ kind: 'saving' });
    onSave(text).then(
      () => setStatus((s) => (pending.current === null && s.kind === 'saving' ? { kind: 'saved' } : s)),
      (error: unknown) => {
        pending.current ??= text; // keep it unsaved, so the next edit or blur tries again
        setStatus({ kind: 'failed', reason: errorMessage(error) });
      },
    );
  };

  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, [bookmark.id]);

  const id = `note-${bookmark.id}`;
  return (
    <div class="note">
      <label for={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={note}
        maxLength={20_000}
        placeholder="Why this idea, what to ask the mentor…"
        onInput={(e) => {
          const text = e.currentTarget.value;
          setNote(text);
          pending.current = text;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTE_DELAY_MS);
        }}
        onBlur={flush}
      />
      <span class={`note-status ${status.kind}`} role="status">
        {status.kind === 'saving' && 'Saving note…'}
        {status.kind === 'saved' && 'Note saved'}
        {status.kind === 'failed' && `Note not saved: ${status.reason}`}
      </span>
    </div>
  );
}
