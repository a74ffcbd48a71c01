// A draft's earlier versions (the last 20), newest first, each restorable. Restoring keeps the text it replaces
// as a version too.
import { useEffect, useState } from 'preact/hooks';
import { countWords, type DraftVersion } from '../../lib/draft';
import { call, onDataChanged } from '../../lib/rpc/client';

function when(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The first line of `text` the current text does not have: what tells this version apart. */
function preview(text: string, current: string): string {
  const currentLines = new Set(current.split('\n'));
  const lines = text.split('\n').filter((line) => line.trim());
  const shown = (lines.find((line) => !currentLines.has(line)) ?? lines.at(-1) ?? '').trim();
  return shown.length > 90 ? `${shown.slice(0, 90)}…` : shown;
}

export function VersionHistory({ draftId, currentText, onRestore }: { draftId: string; currentText: string; onRestore: (version: DraftVersion) => Promise<void> }) {
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const load = () =>
      call('drafts.versions', { id: draftId }).then(
        (list) => {
          setVersions(list);
          setError(null);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    return onDataChanged(['drafts'], () => void load());
  }, [open, draftId]);

  return (
    <details class="history" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Version history</summary>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {versions && versions.length === 0 && <p class="muted">No saved versions yet.</p>}
      {versions && versions.length > 0 && (
        <ol class="versions" aria-label="Earlier versions">
          {versions.map((version) => {
            const label = when(version.savedAt);
            const current = version.text === currentText;
            return (
              <li key={version.id}>
                <div>
                  <strong>{label}</strong> · {countWords(version.text)} words{current && ' · current text'}
                  <div class="muted version-preview">{preview(version.text, currentText)}</div>
                </div>
                <button type="button" disabled={current} aria-label={`Restore the version of ${label}`} onClick={() => void onRestore(version)}>
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p class="muted">The last 20 versions are kept: one per editing session, and one per five minutes of typing.</p>
    </details>
  );
}
