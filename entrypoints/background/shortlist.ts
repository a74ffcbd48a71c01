// Shortlist messages (rank, progress, note on bookmarks) and the schema-v2 upgrade that gives v1 bookmarks
// their shortlist fields.
import type { Transaction } from 'dexie';
import type { Bookmark } from '../../lib/bookmark';
import type { IdeaScoutDb } from './db';
import { RequestError } from './errors';
import type { HandlersFor } from './handlers';

/** Defaults of the v2 fields for a bookmark that has none yet. */
export const SHORTLIST_DEFAULTS = { progress: 'interested', note: '' } as const;

/** Schema v2 upgrade: rank v1 bookmarks in the order they were made (the v1 shortlist order). */
export async function rankExistingBookmarks(tx: Transaction): Promise<void> {
  const table = tx.table('bookmarks');
  const old = (await table.orderBy('createdAt').toArray()) as Omit<Bookmark, 'rank' | 'progress' | 'note'>[];
  await table.bulkPut(old.map((bookmark, index) => ({ ...SHORTLIST_DEFAULTS, ...bookmark, rank: index + 1 })));
}

/** The rank that puts a new bookmark at the end of the shortlist. Call inside a transaction on bookmarks. */
export async function nextRank(db: IdeaScoutDb): Promise<number> {
  const last = await db.bookmarks.orderBy('rank').last();
  return (last?.rank ?? 0) + 1;
}

export function shortlistHandlers(db: IdeaScoutDb): HandlersFor<'shortlist.'> {
  return {
    'shortlist.reorder': async ({ ids }, ctx) => {
      const list = await db.transaction('rw', db.bookmarks, async () => {
        const now = ctx.now();
        const current = await db.bookmarks.orderBy('rank').toArray();
        const byId = new Map(current.map((b) => [b.id, b]));
        const wanted = [...new Set(ids)].filter((id) => byId.has(id));
        // Bookmarks the view did not know of (made in another tab meanwhile) keep their place at the end.
        const rest = current.filter((b) => !wanted.includes(b.id)).map((b) => b.id);
        const reordered = [...wanted, ...rest].map((id, index) => {
          const bookmark = byId.get(id)!;
          return bookmark.rank === index + 1 ? bookmark : { ...bookmark, rank: index + 1, updatedAt: now };
        });
        const changed = reordered.filter((b) => b !== byId.get(b.id));
        await db.bookmarks.bulkPut(changed);
        return { reordered, changed: changed.length > 0 };
      });
      if (list.changed) ctx.changed('bookmarks');
      return list.reordered;
    },

    'shortlist.update': async ({ id, progress, note }, ctx) => {
      const saved = await db.transaction('rw', db.bookmarks, async () => {
        const existing = await db.bookmarks.get(id);
        if (!existing) throw new RequestError('This idea is no longer on the shortlist (it was removed in another tab?).');
        const bookmark: Bookmark = {
          ...existing,
          ...(progress !== undefined ? { progress } : {}),
          ...(note !== undefined ? { note } : {}),
          updatedAt: ctx.now(),
        };
        await db.bookmarks.put(bookmark);
        return bookmark;
      });
      ctx.changed('bookmarks');
      return saved;
    },
  };
}
