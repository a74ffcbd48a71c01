// Bookmarks and their shortlist fields (rank, progress, note). A bookmark keeps a snapshot of the idea, refreshed
// each time it is set again.
import { bookmarkId, type Bookmark } from '../../../lib/bookmark';
import type { Idea } from '../../../lib/idea';
import { byRank } from '../../../lib/shortlist';
import type { IdeaScoutDb } from './database';

/** The shortlist fields of a new bookmark. */
export const SHORTLIST_DEFAULTS = { progress: 'interested', note: '' } as const;

/** All bookmarks (or one page's), oldest first. */
export function listBookmarks(db: IdeaScoutDb, pageId?: string): Promise<Bookmark[]> {
  return pageId === undefined
    ? db.bookmarks.orderBy('createdAt').toArray()
    : db.bookmarks.where('pageId').equals(pageId).sortBy('createdAt');
}

export async function getBookmark(db: IdeaScoutDb, id: string): Promise<Bookmark | null> {
  return (await db.bookmarks.get(id)) ?? null;
}

/** Returns whether there was a bookmark to remove. */
export async function removeBookmark(db: IdeaScoutDb, id: string): Promise<boolean> {
  return (await db.bookmarks.where('id').equals(id).delete()) > 0;
}

/**
 * Bookmark an idea, or refresh the idea's snapshot in its bookmark. The student's shortlist fields survive a
 * refresh; a new bookmark goes to the end. Being bookmarked from the page proves the page lists the idea, so any
 * missingSince mark is dropped.
 */
export function putBookmark(db: IdeaScoutDb, { pageId, pageUrl, idea }: { pageId: string; pageUrl: string; idea: Idea }, now: string): Promise<Bookmark> {
  return db.transaction('rw', db.bookmarks, async () => {
    const id = bookmarkId(pageId, idea.key);
    const existing = await db.bookmarks.get(id);
    const bookmark: Bookmark = {
      id,
      pageId,
      pageUrl,
      ideaKey: idea.key,
      anchor: idea.anchor,
      title: idea.title,
      idea,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      rank: existing?.rank ?? (await nextRank(db)),
      progress: existing?.progress ?? SHORTLIST_DEFAULTS.progress,
      note: existing?.note ?? SHORTLIST_DEFAULTS.note,
    };
    await db.bookmarks.put(bookmark);
    return bookmark;
  });
}

/** The rank that puts a new bookmark at the end of the shortlist. Call inside a transaction on bookmarks. */
async function nextRank(db: IdeaScoutDb): Promise<number> {
  const last = await db.bookmarks.orderBy('rank').last();
  return (last?.rank ?? 0) + 1;
}

/**
 * Put the shortlist in the order of `ids`. Bookmarks the caller did not know of (made in another tab meanwhile)
 * keep their place after them. Returns the whole list and whether any rank changed.
 */
export function reorderBookmarks(db: IdeaScoutDb, ids: readonly string[], now: string): Promise<{ list: Bookmark[]; changed: boolean }> {
  return db.transaction('rw', db.bookmarks, async () => {
    const current = await db.bookmarks.orderBy('rank').toArray();
    const byId = new Map(current.map((b) => [b.id, b]));
    const wanted = [...new Set(ids)].filter((id) => byId.has(id));
    const rest = current.filter((b) => !wanted.includes(b.id)).map((b) => b.id);
    const list = [...wanted, ...rest].map((id, index) => {
      const bookmark = byId.get(id)!;
      return bookmark.rank === index + 1 ? bookmark : { ...bookmark, rank: index + 1, updatedAt: now };
    });
    const moved = list.filter((b) => b !== byId.get(b.id));
    await db.bookmarks.bulkPut(moved);
    return { list, changed: moved.length > 0 };
  });
}

/** Change a bookmark's progress and/or note; null when there is no such bookmark. */
export function updateShortlistFields(
  db: IdeaScoutDb,
  id: string,
  fields: Partial<Pick<Bookmark, 'progress' | 'note'>>,
  now: string,
): Promise<Bookmark | null> {
  return db.transaction('rw', db.bookmarks, async () => {
    const existing = await db.bookmarks.get(id);
    if (!existing) return null;
    const bookmark: Bookmark = {
      ...existing,
      ...(fields.progress !== undefined ? { progress: fields.progress } : {}),
      ...(fields.note !== undefined ? { note: fields.note } : {}),
      updatedAt: now,
    };
    await db.bookmarks.put(bookmark);
    return bookmark;
  });
}

/**
 * Ranks 1..n in the order by rank, then when bookmarked, so ranks from two sources interleave. A new rank is a
 * change like any other (updatedAt), so sync carries it and every device keeps the same order.
 */
export async function renumberRanks(db: IdeaScoutDb, now: string): Promise<void> {
  const all = (await db.bookmarks.toArray()).sort(byRank);
  const moved = all.flatMap((bookmark, index) => (bookmark.rank === index + 1 ? [] : [{ ...bookmark, rank: index + 1, updatedAt: now }]));
  if (moved.length) await db.bookmarks.bulkPut(moved);
}

/**
 * Bookmarked ideas the page no longer lists get `missingSince` (kept from the first visit that missed them);
 * those back on the page lose it. Returns whether any bookmark changed.
 */
export async function flagMissingBookmarks(db: IdeaScoutDb, pageId: string, keysOnPage: ReadonlySet<string>, now: string): Promise<boolean> {
  let changed = false;
  for (const bookmark of await db.bookmarks.where('pageId').equals(pageId).toArray()) {
    const missing = !keysOnPage.has(bookmark.ideaKey);
    if (missing && !bookmark.missingSince) {
      await db.bookmarks.update(bookmark.id, { missingSince: now });
      changed = true;
    } else if (!missing && bookmark.missingSince) {
      await db.bookmarks.update(bookmark.id, { missingSince: null });
      changed = true;
    }
  }
  return changed;
}
