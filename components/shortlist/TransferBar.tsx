// Export (Markdown, CSV, JSON), the print view, and Import (JSON). Import reads and validates the file here,
// in the extension page, before anything is written, and reports what it added and updated.
import { useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../lib/errors';
import type { ExportFile, ExportKind } from '../../lib/export/file';
import type { ImportReport } from '../../lib/export/json';
import { plural } from '../../lib/text';
import { downloadFile } from './download';

type Message = { text: string; error: boolean };

export function describeReport({ bookmarks, drafts, versions }: ImportReport): string {
  const parts = [
    `${plural(bookmarks.added, 'idea')} added, ${bookmarks.updated} updated`,
    `${plural(drafts.added, 'draft')} added, ${drafts.updated} updated`,
    `${plural(versions.added, 'version')} added`,
  ];
  const kept = bookmarks.unchanged + drafts.unchanged;
  let text = `Imported: ${parts.join('; ')}.`;
  if (kept) text += ` ${plural(kept, 'item')} already up to date (the newer copy was kept).`;
  if (versions.dropped) text += ` ${plural(versions.dropped, 'older version')} dropped: 20 are kept per draft.`;
  return text;
}

export interface TransferActions {
  /** Everything kept as an export file; rejects with why not. */
  exportFile: (kind: ExportKind) => Promise<ExportFile>;
  /** Checks and merges an export file; rejects with why it was refused (nothing is then changed). */
  importFile: (file: File) => Promise<ImportReport>;
}

export function TransferBar({ actions, compact = false }: { actions: TransferActions; compact?: boolean }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAs = async (kind: ExportKind) => {
    setMessage(null);
    try {
      const { name, text, type } = await actions.exportFile(kind);
      downloadFile(name, text, type);
    } catch (error) {
      setMessage({ text: `Export failed: ${errorMessage(error)}`, error: true });
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: describeReport(await actions.importFile(file)), error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class={`transfer ${compact ? 'compact' : ''}`}>
      <div class="transfer-buttons" role="group" aria-label="Export and import">
        <button type="button" onClick={() => void exportAs('md')}>
          Export Markdown
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <a class="button" href="/dashboard.html?view=print" target="_blank">
          Print view
        </a>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again must fire again
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
