// On a shortlisted idea: where its draft lives (drafts never sync), and why the idea does not sync, if it does not.
import { UNSYNCED_LABELS } from '../../lib/sync/status';
import { useSyncContext } from './sync-context';

export function SyncBadge({ bookmarkId, hasDraft }: { bookmarkId: string; hasDraft: boolean }) {
  const status = useSyncContext();
  if (!status?.enabled || !status.available) return null;
  const unsynced = status.unsynced.find((u) => u.id === bookmarkId);
  const draftElsewhere = status.draftsElsewhere.includes(bookmarkId);
  const draft = hasDraft
    ? `Draft on this device only${draftElsewhere ? '; another device has a draft too' : ''}`
    : draftElsewhere && 'Draft on another device';
  const notes = [draft, unsynced && UNSYNCED_LABELS[unsynced.reason]].filter(Boolean);
  if (!notes.length) return null;
  return (
    <p class={`sync-badge${unsynced ? ' unsynced' : ''}`}>
      {notes.join(' · ')}
    </p>
  );
}
