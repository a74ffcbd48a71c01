import { reorderBookmarks, updateShortlistFields } from '../db/bookmarks';
import type { IdeaScoutDb } from '../db/database';
import { pickRename, undoRename } from '../db/renamed-ideas';
import { RequestError } from '../errors';
import type { HandlersFor } from '../types';

export function shortlistHandlers(db: IdeaScoutDb): HandlersFor<'shortlist.'> {
  return {
    'shortlist.reorder': async ({ ids }, ctx) => {
      const { list, changed } = await reorderBookmarks(db, ids, ctx.now());
      if (changed) ctx.changed('bookmarks');
      return list;
    },

    'shortlist.undoRename': async ({ id }, ctx) => {
      const bookmark = await undoRename(db, id, ctx.now());
      ctx.changed('bookmarks');
      ctx.changed('drafts');
      return bookmark;
    },

    'shortlist.pickRename': async ({ id, ideaKey }, ctx) => {
      const bookmark = await pickRename(db, id, ideaKey, ctx.now());
      ctx.changed('bookmarks');
      if (ideaKey !== null) ctx.changed('drafts');
      return bookmark;
    },

    'shortlist.update': async ({ id, progress, note }, ctx) => {
      const saved = await updateShortlistFields(db, id, { progress, note }, ctx.now());
      if (!saved) throw new RequestError('This idea is no longer on the shortlist (it was removed in another tab?).');
      ctx.changed('bookmarks');
      return saved;
    },
  };
}
