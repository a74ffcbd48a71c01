// Export (Markdown, CSV, JSON), the print view, and Import (JSON). Import reads and validates the file here,
// in the extension page, before anything is written, and reports what it added and updated.
import { useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../lib/export/json';
import { toCsv } from '../../lib/export/csv';
import { toJson } from '../../lib/export/json';
import { toMarkdown } from '../../lib/export/markdown';
import { checkImportSize, parseImport } from '../../lib/import';
import { call } from '../../lib/rpc/client';
import { dateStamp, downloadFile } from './download';
import { errorMessage } from './use-shortlist';

type Message = { text: string; error: boolean };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

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

export function TransferBar({ compact = false }: { compact?: boolean }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAs = async (kind: 'md' | 'csv' | 'json') => {
    setMessage(null);
    try {
      const data = await call('data.export', {});
      const now = new Date();
      const stamp = dateStamp(now);
      if (kind === 'md') downloadFile(`idea-scout-shortlist-${stamp}.md`, toMarkdown(data.bookmarks, now.toISOString()), 'text/markdown;charset=utf-8');
      if (kind === 'csv') downloadFile(`idea-scout-shortlist-${stamp}.csv`, toCsv(data.bookmarks, data.drafts), 'text/csv;charset=utf-8');
      if (kind === 'json') downloadFile(`idea-scout-${stamp}.json`, toJson(data, now.toISOString()), 'application/json');
    } catch (error) {
      setMessage({ text: `Export failed: ${errorMessage(error)}`, error: true });
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      const tooBig = checkImportSize(file.size);
      if (tooBig) return setMessage({ text: `${file.name}: ${tooBig}`, error: true });
      const parsed = parseImport(await file.text());
      if (!parsed.ok) return setMessage({ text: `${file.name}: ${parsed.error}`, error: true });
      const report = await call('data.import', parsed.data);
      setMessage({ text: describeReport(report), error: false });
    } catch (error) {
      setMessage({ text: `${file.name}: the import failed and nothing was changed (${errorMessage(error)}).`, error: true });
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
