// What Idea Scout keeps in this browser, and a way to clear the page data it caches (never bookmarks or drafts).
import { useState } from 'preact/hooks';
import { errorMessage } from '../../lib/errors';
import { describeSize } from '../../lib/import';
import type { Result } from '../../lib/rpc/protocol';
import { plural } from '../../lib/text';

export interface StorageUsageProps {
  /** Null until read. */
  usage: Result<'storage.usage'> | null;
  error: string | null;
  /** Drops the cached page data; resolves with how many pages had some. */
  onClear: () => Promise<{ pages: number }>;
}

export function StorageUsage({ usage, error, onClear }: StorageUsageProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = async () => {
    if (!confirm('Clear the page data Idea Scout caches (what changed since your last visits, and pages read before)? Bookmarks, notes and drafts stay.')) return;
    setBusy(true);
    try {
      const { pages } = await onClear();
      setMessage({ text: `Cleared the cached data of ${plural(pages, 'page')}. Bookmarks, notes and drafts are kept.`, error: false });
    } catch (e) {
      setMessage({ text: `Could not clear the cached page data: ${errorMessage(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="storage-usage" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Stored in this browser</h2>
      {error && (
        <p class="error" role="alert">
          Could not read how much is stored: {error}
        </p>
      )}
      {usage && (
        <p>
          {plural(usage.bookmarks, 'bookmarked idea')}, {plural(usage.drafts, 'draft')} ({plural(usage.draftVersions, 'saved version')}), and cached data of{' '}
          {plural(usage.cachedPages, 'page')} ({describeSize(usage.cachedBytes)}; at most {usage.limits.pages} pages and {describeSize(usage.limits.bytes)}, the
          least recently visited go first).
          {usage.usedBytes !== null && <> The browser counts {describeSize(usage.usedBytes)} in all.</>}
        </p>
      )}
      <button type="button" disabled={busy || !usage?.cachedPages} onClick={() => void clear()}>
        Clear cached page data
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
