// The shortlist with its drafts and the review queue, as the dashboard and the side panel show them.
import { ReviewQueueFromSnapshots } from '../components/ReviewQueueFromSnapshots';
import { ReviewQueueSlot } from '../components/shortlist/ReviewQueueSlot';
import { ShortlistApp } from '../components/shortlist/ShortlistApp';
import { StorageUsage } from '../components/storage/StorageUsage';
import { call } from '../lib/rpc/client';
import { useRpcQuery } from '../hooks/rpc';
import { shortlistActions, useBookmarks, useDrafts, usePersistentStorage, useRecoveredDrafts } from '../hooks/use-shortlist';
import { useSyncStatus } from '../hooks/use-sync-status';
import { DraftPane } from './DraftPane';

export function ShortlistPage({ layout }: { layout: 'page' | 'panel' }) {
  const bookmarks = useBookmarks();
  const drafts = useDrafts();
  const recoveryProblems = useRecoveredDrafts();
  const persistence = usePersistentStorage();
  const sync = useSyncStatus();
  const problems = [bookmarks.error ?? drafts.error, ...recoveryProblems].filter((problem) => problem !== null);
  return (
    <ShortlistApp
      layout={layout}
      bookmarks={bookmarks.data}
      drafts={drafts.data ?? []}
      problems={problems}
      persistence={persistence}
      actions={shortlistActions}
      sync={sync}
      onLocalOrder={bookmarks.set}
      renderDraft={(draftRef, bookmark, onClose) => <DraftPane draftRef={draftRef} bookmark={bookmark} onClose={onClose} />}
      reviewQueue={
        <ReviewQueueSlot>
          <ReviewQueuePane />
        </ReviewQueueSlot>
      }
      storage={<StoragePane />}
    />
  );
}

function StoragePane() {
  const usage = useRpcQuery('storage.usage', {}, ['bookmarks', 'drafts', 'snapshots']);
  return <StorageUsage usage={usage.data} error={usage.error} onClear={() => call('storage.clearCache', {})} />;
}

function ReviewQueuePane() {
  const latest = useRpcQuery('snapshots.latest', {}, ['snapshots']);
  return <ReviewQueueFromSnapshots pages={latest.data} error={latest.error} />;
}
