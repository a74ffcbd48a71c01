// A draft's earlier versions (the last 20), newest first, each restorable. Restoring keeps the text it replaces
// as a version too.
import { useState } from 'preact/hooks';
import { countWords, type DraftVersion } from '../../lib/draft';
import { errorMessage } from '../../lib/errors';

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

export interface VersionHistoryProps {
  /** Null until read (they are read once the history is opened). */
  versions: DraftVersion[] | null;
  /** Why reading them failed. */
  error: string | null;
  currentText: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Resolves once restored; rejects with why not. */
  onRestore: (version: DraftVersion) => Promise<void>;
}

export function VersionHistory({ versions, error, currentText, open, onOpenChange, onRestore }: VersionHistoryProps) {
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const restore = (version: DraftVersion) => {
    setRestoreError(null);
    onRestore(version).catch((e: unknown) => setRestoreError(`Could not restore: ${errorMessage(e)}`));
  };

  return (
    <details class="history" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary>Version history</summary>
      {[error, restoreError].map(
        (problem) =>
          problem && (
            <p class="error" role="alert" key={problem}>
              {problem}
            </p>
          ),
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
                <button type="button" disabled={current} aria-label={`Restore the version of ${label}`} onClick={() => restore(version)}>
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
