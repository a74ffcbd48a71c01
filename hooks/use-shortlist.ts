// The shortlist and drafts for the extension pages, and what a person can do to them. Each action resolves when
// the background has saved it and rejects with a message to show.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bookmark, Progress } from '../lib/bookmark';
import { errorMessage } from '../lib/errors';
import { exportFile, type ExportFile, type ExportKind } from '../lib/export/file';
import type { ImportReport } from '../lib/export/json';
import { checkImportSize, parseImport } from '../lib/import';
import { call } from '../lib/rpc/client';
import { sortShortlist } from '../lib/shortlist';
import { reconcileCopies } from '../lib/draft-autosave';
import { useRpcQuery, type RpcQuery } from './rpc';
import { autosaveDeps } from './use-draft';

/** The ranked shortlist: null until the first read answers. */
export function useBookmarks(): RpcQuery<Bookmark[]> {
  const query = useRpcQuery('bookmarks.list', {}, ['bookmarks']);
  const data = useMemo(() => query.data && sortShortlist(query.data), [query.data]);
  return { ...query, data, set: (list) => query.set(sortShortlist(list)) };
}

export function useDrafts() {
  return useRpcQuery('drafts.list', {}, ['drafts']);
}

export const shortlistActions = {
  /** Put the shortlist in this order. */
  reorder: (ids: string[]) => call('shortlist.reorder', { ids }),
  setProgress: (id: string, progress: Progress) => call('shortlist.update', { id, progress }),
  setNote: (id: string, note: string) => call('shortlist.update', { id, note }),
  /** Off the shortlist; its draft is kept. */
  remove: ({ pageId, pageUrl, idea }: Bookmark) => call('bookmarks.set', { pageId, pageUrl, idea, bookmarked: false }),
  undoRename: (id: string) => call('shortlist.undoRename', { id }),
  pickRename: (id: string, ideaKey: string | null) => call('shortlist.pickRename', { id, ideaKey }),

  /** Everything kept, as the file of one export format. */
  async exportFile(kind: ExportKind): Promise<ExportFile> {
    return exportFile(kind, await call('data.export', {}), new Date());
  },

  /** Read, check and merge an export file. A refused file rejects with why, naming the file, and changes nothing. */
  async importFile(file: File): Promise<ImportReport> {
    const tooBig = checkImportSize(file.size);
    if (tooBig) throw new Error(`${file.name}: ${tooBig}`);
    const failed = (error: unknown) => new Error(`${file.name}: the import failed and nothing was changed (${errorMessage(error)}).`);
    const parsed = parseImport(
      await file.text().catch((error: unknown) => {
        throw failed(error);
      }),
    );
    if (!parsed.ok) throw new Error(`${file.name}: ${parsed.error}`);
    return call('data.import', parsed.data).catch((error: unknown) => {
      throw failed(error);
    });
  },
};

/** Asks the browser not to evict our data under storage pressure; says what it granted. */
export function usePersistentStorage(): string | null {
  const [state, setState] = useState<string | null>(null);
  useEffect(() => {
    if (!navigator.storage?.persist) return;
    navigator.storage.persist().then(
      (granted) =>
        setState(
          granted
            ? 'Storage is persistent: the browser will not clear it to free space.'
            : 'The browser did not grant persistent storage; it may clear data when disk space runs low. Export now and then.',
        ),
      () => setState(null),
    );
  }, []);
  return state;
}

/** Saves drafts whose last keystrokes only reached the local emergency copy (a page closed mid-save). */
export function useRecoveredDrafts(): string[] {
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    void reconcileCopies(autosaveDeps()).then(setProblems);
  }, []);
  return problems;
}
