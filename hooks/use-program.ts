// The state of "All ideas pages": the stored page copies (read through the background, re-read when another page
// changes them), the bookmarks, and "Update from the wiki", which reads the wiki's API from this page. Nothing is
// fetched until `update` is called.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Idea } from '../lib/idea';
import { wikiPageUrl } from '../lib/page-id';
import type { PageCopy } from '../lib/program/page-copy';
import { readIdeas } from '../lib/program/read-page';
import { updateFromWiki, type UpdateProgress, type UpdateReport } from '../lib/program/update';
import { createWikiApi } from '../lib/program/wiki-api';
import { errorMessage } from '../lib/errors';
import { call, onDataChanged } from '../lib/rpc/client';
import { nextTask, TaskSlicer } from '../lib/slices';

declare const __PARSER_VERSION__: string;

/** A slice of parsing before the page gets the main thread back: well under the 50 ms of a long task. */
const SLICE_MS = 12;
/** How often the view shows the pages read so far while an update runs. */
const CATCH_UP_MS = 3000;
/** Page copies per message: a 50-idea page is about 100 KB, and a reply is copied in one task of this page. */
const COPIES_PER_MESSAGE = 3;

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

/** Every stored page copy, read a few per message. */
async function storedCopies(): Promise<PageCopy[]> {
  const copies: PageCopy[] = [];
  for (;;) {
    const batch = await call('program.pages', { after: copies.at(-1)?.pageid ?? 0, limit: COPIES_PER_MESSAGE });
    copies.push(...batch);
    if (batch.length < COPIES_PER_MESSAGE) return copies;
  }
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
  /** Writes of this page not yet announced back: their announcements need no re-read (the page shows them already). */
  const ownWrites = useRef(0);

  const reload = useCallback(async () => {
    try {
      setCopies(await storedCopies());
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
    const stopPages = onDataChanged(['programPages'], () => {
      if (ownWrites.current > 0) ownWrites.current--;
      else void reload();
    });
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
      const stored = await storedCopies();
      const slicer = new TaskSlicer(nextTask, SLICE_MS);
      const parser = new DOMParser();
      const shown = new Map(stored.map((copy) => [copy.pageid, copy]));
      // The view catches up with the pages read every few seconds, not after each: each catch-up recomputes it all.
      let shownAt = performance.now();
      const result = await updateFromWiki(stored, {
        api: createWikiApi({ fetch: (input, init) => fetch(input, init), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), userAgent: userAgent() }),
        parser: __PARSER_VERSION__,
        readIdeas: (html, title) => readIdeas(html, title, { parseHtml: (text) => parser.parseFromString(text, 'text/html'), slicer }),
        save: async (copy) => {
          await write(() => call('program.save', { copy }));
          shown.set(copy.pageid, copy);
          if (performance.now() - shownAt > CATCH_UP_MS) {
            shownAt = performance.now();
            setCopies([...shown.values()]);
          }
        },
        markChecked: async (pages, at) => {
          await write(() => call('program.checked', { pages, at }));
          for (const { pageid, title } of pages) {
            const copy = shown.get(pageid);
            if (copy) shown.set(pageid, { ...copy, title, checkedAt: at });
          }
        },
        remove: async (pageids) => {
          await write(() => call('program.remove', { pageids }));
          for (const pageid of pageids) shown.delete(pageid);
        },
        now: () => new Date().toISOString(),
        onProgress: setProgress,
      });
      setCopies([...shown.values()]);
      setReport(result);
    } catch (e) {
      setReport({ at: new Date().toISOString(), error: errorMessage(e), read: [], unchanged: 0, failed: [], removed: [] });
      await reload();
    } finally {
      updating.current = false;
      setProgress(null);
    }
  }, [reload]);

  /** A write of this page: its announcement is expected (a failed write announces nothing). */
  async function write<T>(send: () => Promise<T>): Promise<T> {
    ownWrites.current++;
    try {
      return await send();
    } catch (error) {
      ownWrites.current--;
      throw error;
    }
  }

  const setBookmarked = useCallback(async (pageId: string, idea: Idea, on: boolean) => {
    try {
      await call('bookmarks.set', { pageId, pageUrl: wikiPageUrl(pageId), idea, bookmarked: on });
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  return { copies, error, progress, report, update, bookmarked, setBookmarked };
}
