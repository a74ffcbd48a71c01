// The shortlist and drafts as the views show them: read through the background, re-read whenever any tab or
// page changes them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Bookmark } from '../../lib/bookmark';
import type { Draft } from '../../lib/draft';
import { sortShortlist } from '../../lib/shortlist';
import { call, onDataChanged } from '../../lib/rpc/client';

export interface ShortlistData {
  /** Null until the first read answers. */
  bookmarks: Bookmark[] | null;
  drafts: Draft[];
  /** Why the last read failed (shown; the previous data stays). */
  error: string | null;
  /** Show a list without asking the background (after a local reorder). */
  setBookmarks: (bookmarks: Bookmark[]) => void;
  reload: () => Promise<void>;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useShortlist(): ShortlistData {
  const [bookmarks, setBookmarks] = useState<Bookmark[] | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, allDrafts] = await Promise.all([call('bookmarks.list'), call('drafts.list')]);
      setBookmarks(sortShortlist(list));
      setDrafts(allDrafts);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    return onDataChanged(['bookmarks', 'drafts'], () => void reload());
  }, [reload]);

  return { bookmarks, drafts, error, setBookmarks: (list) => setBookmarks(sortShortlist(list)), reload };
}
