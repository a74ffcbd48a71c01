// One idea's application draft: the editor view with its saving and version history.
import { useState } from 'preact/hooks';
import type { Bookmark } from '../lib/bookmark';
import type { DraftRef } from '../lib/draft-autosave';
import { DraftEditor } from '../components/drafts/DraftEditor';
import { VersionHistory } from '../components/drafts/VersionHistory';
import { useDraft, useDraftVersions } from '../hooks/use-draft';

export function DraftPane({ draftRef, bookmark, onClose }: { draftRef: DraftRef; bookmark?: Bookmark; onClose?: () => void }) {
  const { autosave, view, loaded, loadError, restore } = useDraft(draftRef, bookmark);
  const [historyOpen, setHistoryOpen] = useState(false);
  const versions = useDraftVersions(draftRef.id, historyOpen);
  return (
    <DraftEditor
      title={draftRef.title}
      bookmark={bookmark}
      view={view}
      loaded={loaded}
      loadError={loadError}
      onEdit={(change) => autosave.edit(change)}
      onSaveNow={() => autosave.flush()}
      onClose={onClose}
      history={
        <VersionHistory
          versions={versions.data}
          error={versions.error}
          currentText={view.text}
          open={historyOpen}
          onOpenChange={setHistoryOpen}
          onRestore={restore}
        />
      }
    />
  );
}
