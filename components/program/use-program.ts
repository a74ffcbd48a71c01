// The state of "All ideas pages": the stored page copies (read through the background, re-read when another page
// changes them), the bookmarks, and "Update from the wiki", which reads the wiki's API from this page. Nothing is
// fetched until `update` is called.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Idea } from '../../lib/idea';
import { wikiPageUrl } from '../../lib/page-id';
import type { PageCopy } from '../../lib/program/page-copy';
import { readIdeas } from '../../lib/program/read-page';
import { updateFromWiki, type UpdateProgress, type UpdateReport } from '../../lib/program/update';
import { createWikiApi } from '../../lib/program/wiki-api';
import { call, onDataChanged } from '../../lib/rpc/client';
import { nextTask, TaskSlicer } from '../../lib/slices';
import { errorMessage } from '../shortlist/use-shortlist';

declare const __PARSER_VERSION__: string;

/** A slice of parsing before the page gets the main thread back: well under the 50 ms of a long task. */
const SLICE_MS = 12;

export interface ProgramData {
  /** Null until the first read answers. */
  copies: PageCopy[] | null;
  /** Why reading the stored copies failed. */
  error: string | null;
  /** While an update runs. */
  progress: UpdateProgress | null;
  /** The last update of this session. */
  report: UpdateReport | null;
  update: () => Promise<void>;
  /** Bookmark ids (`${pageId}#${ideaKey}`). */
  bookmarked: ReadonlySet<string>;
  setBookmarked: (pageId: string, idea: Idea, bookmarked: boolean) => Promise<void>;
}

export function userAgent(): string {
  return `IdeaScout/${browser.runtime.getManifest().version} (browser extension for the Xen Project wiki's ideas pages)`;
}

export function useProgram(): ProgramData {
  const [copies, setCopies] = useState<PageCopy[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<UpdateProgress | null>(null);
  const [report, setReport] = useState<UpdateReport | null>(null);
  const [bookmarked, setBookmarkIds] = useState<ReadonlySet<string>>(new Set());
  const updating = useRef(false);

  const reload = useCallback(async () => {
    try {
      setCopies(await call('program.pages'));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  const reloadBookmarks = useCallback(async () => {
    try {
      setBookmarkIds(new Set((await call('bookmarks.list')).map((bookmark) => bookmark.id)));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    void reloadBookmarks();
    // While this page updates, it shows each copy as it saves it; the whole list is read again at the end.
    const stopPages = onDataChanged(['programPages'], () => updating.current || void reload());
    const stopBookmarks = onDataChanged(['bookmarks'], () => void reloadBookmarks());
    return () => {
      stopPages();
      stopBookmarks();
    };
  }, [reload, reloadBookmarks]);

  const update = useCallback(async () => {
    if (updating.current) return;
    updating.current = true;
    setReport(null);
    setProgress({ phase: 'finding' });
    try {
      const stored = await call('program.pages');
      const slicer = new TaskSlicer(nextTask, SLICE_MS);
      const parser = new DOMParser();
      const shown = new Map(stored.map((copy) => [copy.pageid, copy]));
      const result = await updateFromWiki(stored, {
        api: createWikiApi({ fetch: (input, init) => fetch(input, init), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), userAgent: userAgent() }),
        parser: __PARSER_VERSION__,
        readIdeas: (html, title) => readIdeas(html, title, { parseHtml: (text) => parser.parseFromString(text, 'text/html'), slicer }),
        save: async (copy) => {
          await call('program.save', { copy });
          shown.set(copy.pageid, copy);
          setCopies([...shown.values()]);
        },
        markChecked: (pages, at) => call('program.checked', { pages, at }).then(() => {}),
        remove: (pageids) => call('program.remove', { pageids }).then(() => {}),
        now: () => new Date().toISOString(),
        onProgress: setProgress,
      });
      setReport(result);
    } catch (e) {
      setReport({ at: new Date().toISOString(), error: errorMessage(e), read: [], unchanged: 0, failed: [], removed: [] });
    } finally {
      updating.current = false;
      setProgress(null);
      await reload();
    }
  }, [reload]);

  const setBookmarked = useCallback(async (pageId: string, idea: Idea, on: boolean) => {
    try {
      await call('bookmarks.set', { pageId, pageUrl: wikiPageUrl(pageId), idea, bookmarked: on });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  return { copies, error, progress, report, update, bookmarked, setBookmarked };
}
