// What the extension stores, and clearing the page data it caches (never bookmarks or drafts).
import { clearCachedPages, storageUsage } from '../db/cached-pages';
import type { IdeaScoutDb } from '../db/database';
import type { HandlersFor } from '../types';

export function storageHandlers(db: IdeaScoutDb): HandlersFor<'storage.'> {
  return {
    'storage.usage': () => storageUsage(db),

    'storage.clearCache': async (_payload, ctx) => {
      const pages = await clearCachedPages(db);
      ctx.changed('snapshots');
      return { pages };
    },
  };
}
