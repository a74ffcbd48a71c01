import { bookmarkId } from '../../../lib/bookmark';
import { getBookmark, listBookmarks, putBookmark, removeBookmark } from '../db/bookmarks';
import type { IdeaScoutDb } from '../db/database';
import type { HandlersFor } from '../types';
import { checkPageUrl } from '../validate';

export function bookmarkHandlers(db: IdeaScoutDb): HandlersFor<'bookmarks.'> {
  return {
    'bookmarks.list': ({ pageId }) => listBookmarks(db, pageId),

    'bookmarks.get': ({ pageId, ideaKey }) => getBookmark(db, bookmarkId(pageId, ideaKey)),

    'bookmarks.set': async ({ pageId, pageUrl, idea, bookmarked }, ctx) => {
      checkPageUrl('bookmarks.set', pageId, pageUrl);
      if (!bookmarked) {
        if (await removeBookmark(db, bookmarkId(pageId, idea.key))) ctx.changed('bookmarks');
        return null;
      }
      const saved = await putBookmark(db, { pageId, pageUrl, idea }, ctx.now());
      ctx.changed('bookmarks'); // the transaction has committed once putBookmark resolves
      return saved;
    },
  };
}
