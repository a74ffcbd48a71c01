import { reorderBookmarks, updateShortlistFields } from '../db/bookmarks';
import type { IdeaScoutDb } from '../db/database';
import { RequestError } from '../errors';
import type { HandlersFor } from '../types';

export function shortlistHandlers(db: IdeaScoutDb): HandlersFor<'shortlist.'> {
  return {
    'shortlist.reorder': async ({ ids }, ctx) => {
      const { list, changed } = await reorderBookmarks(db, ids, ctx.now());
      if (changed) ctx.changed('bookmarks');
      return list;
    },

    'shortlist.update': async ({ id, progress, note }, ctx) => {
      const saved = await updateShortlistFields(db, id, { progress, note }, ctx.now());
      if (!saved) throw new RequestError('This idea is no longer on the shortlist (it was removed in another tab?).');
      ctx.changed('bookmarks');
      return saved;
    },
  };
}
