// One open draft: its DraftAutosave wired to the background, the local emergency copy, other views' changes and
// the page closing; its version history; restoring a version.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bookmark } from '../lib/bookmark';
import type { DraftVersion } from '../lib/draft';
import { draftTemplate } from '../lib/draft-template';
import { errorMessage } from '../lib/errors';
import { call, onDataChanged } from '../lib/rpc/client';
import { DraftAutosave, type AutosaveView, type DraftRef, type SaveInput } from '../lib/draft-autosave';
import { emergencyCopies } from '../lib/emergency-copy';
import { useRpcQuery } from './rpc';

export const autosaveDeps = () => ({
  // Exactly the message's fields: callers hold more (the draft id), and the background refuses unknown fields.
  save: ({ pageId, ideaKey, title, text, subjectTag, editedAt, session }: SaveInput) =>
    call('drafts.save', { pageId, ideaKey, title, text, subjectTag, editedAt, session }),
  copies: emergencyCopies(),
  now: () => new Date().toISOString(),
  newSession: () => crypto.randomUUID(),
});

export function useDraft(ref: DraftRef, bookmark: Bookmark | undefined) {
  const autosave = useMemo(() => new DraftAutosave(ref, autosaveDeps()), [ref.id]);
  const [view, setView] = useState<AutosaveView>(autosave.current);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    setView(autosave.current);
    setLoaded(false);
    const unsubscribe = autosave.subscribe(setView);
    let cancelled = false;
    Promise.all([call('drafts.get', { id: ref.id }), call('pageAdvice.get', { pageId: ref.pageId })]).then(
      ([stored, advice]) => {
        if (cancelled) return;
        const text = bookmark ? draftTemplate(bookmark) : '';
        autosave.load(stored, { text, subjectTag: advice?.subjectTag ?? '' });
        setLoaded(true);
      },
      (error: unknown) => !cancelled && setLoadError(errorMessage(error)),
    );
    const stopWatching = onDataChanged(['drafts'], () => {
      call('drafts.get', { id: ref.id }).then(
        (draft) => autosave.remote(draft),
        () => {}, // the next change or save reports problems
      );
    });
    // Closing the panel or the tab: save now (the emergency copy covers a save that cannot finish).
    const onHide = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      stopWatching();
      unsubscribe();
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave]);

  /** Make an earlier version the text; the text it replaces stays in the history. */
  const restore = async (version: DraftVersion) => {
    await autosave.flush();
    const draft = await call('drafts.restore', { id: ref.id, versionId: version.id, editedAt: new Date().toISOString() });
    autosave.show(draft, 'Restored an earlier version. The text it replaced is in the version history.');
  };

  return { autosave, view, loaded, loadError, restore };
}

/** A draft's earlier versions, newest first, read once `open` (the history is folded until then). */
export function useDraftVersions(draftId: string, open: boolean) {
  return useRpcQuery('drafts.versions', { id: draftId }, ['drafts'], { enabled: open });
}
