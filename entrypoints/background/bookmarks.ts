// Bookmark messages. A bookmark keeps a snapshot of the idea, refreshed each time it is set again.
import { bookmarkId, type Bookmark } from '../../lib/bookmark';
import { pageIdFromUrl } from '../../lib/page-id';
import type { IdeaScoutDb } from './db';
import { RequestError } from './errors';
import type { HandlersFor } from './handlers';
import { nextRank, SHORTLIST_DEFAULTS } from './shortlist';

export function bookmarkHandlers(db: IdeaScoutDb): HandlersFor<'bookmarks.'> {
  return {
    'bookmarks.list': async ({ pageId }) =>
      pageId === undefined
        ? db.bookmarks.orderBy('createdAt').toArray()
        : db.bookmarks.where('pageId').equals(pageId).sortBy('createdAt'),

    'bookmarks.get': async ({ pageId, ideaKey }) => (await db.bookmarks.get(bookmarkId(pageId, ideaKey))) ?? null,

    'bookmarks.set': async ({ pageId, pageUrl, idea, bookmarked }, ctx) => {
      // The id must say which page the URL shows, or the same idea could end up bookmarked under two ids.
      if (pageIdFromUrl(pageUrl) !== pageId) {
        throw new RequestError(`Invalid "bookmarks.set" message: pageUrl ${pageUrl} is not the wiki page ${pageId}.`);
      }
      const id = bookmarkId(pageId, idea.key);
      if (!bookmarked) {
        const removed = await db.bookmarks.where('id').equals(id).delete();
        if (removed > 0) ctx.changed('bookmarks');
        return null;
      }
      const saved = await db.transaction('rw', db.bookmarks, async () => {
        const now = ctx.now();
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
          // The student's shortlist fields survive a snapshot refresh; a new bookmark goes to the end. Being
          // bookmarked from the page proves the page lists the idea, so any missingSince mark is dropped.
          rank: existing?.rank ?? (await nextRank(db)),
          progress: existing?.progress ?? SHORTLIST_DEFAULTS.progress,
          note: existing?.note ?? SHORTLIST_DEFAULTS.note,
        };
        await db.bookmarks.put(bookmark);
        return bookmark;
      });
      ctx.changed('bookmarks'); // the transaction has committed once db.transaction resolves
      return saved;
    },
  };
}
