// The local side of a sync run: read the shortlist, drafts and shadow, plan against storage.sync as read, and
// write what other devices changed, all in one transaction, so an edit made meanwhile is never overwritten.
import type { Bookmark } from '../../../lib/bookmark';
import { planSync, type SyncPlan } from '../../../lib/sync/merge';
import type { IdeaScoutDb } from './database';

export interface MergedLocally {
  plan: SyncPlan;
  /** The shortlist after the merge. */
  bookmarks: Bookmark[];
}

export function mergeIntoDatabase(db: IdeaScoutDb, remote: Record<string, unknown>, device: string, now: number): Promise<MergedLocally> {
  return db.transaction('rw', [db.bookmarks, db.syncShadow, db.drafts], async () => {
    const [local, shadow, draftIds] = await Promise.all([db.bookmarks.toArray(), db.syncShadow.toArray(), db.drafts.toCollection().primaryKeys()]);
    const plan = planSync({ device, now, local, shadow, remote, draftIds });
    if (plan.localPuts.length) await db.bookmarks.bulkPut(plan.localPuts);
    if (plan.localDeletes.length) await db.bookmarks.bulkDelete(plan.localDeletes);
    if (plan.shadowNow.length) await db.syncShadow.bulkPut(plan.shadowNow);
    if (plan.shadowDeletes.length) await db.syncShadow.bulkDelete(plan.shadowDeletes);
    const byId = new Map(local.map((b) => [b.id, b]));
    for (const b of plan.localPuts) byId.set(b.id, b);
    for (const id of plan.localDeletes) byId.delete(id);
    return { plan, bookmarks: [...byId.values()] };
  });
}

/** Forget the versions held (sync turned off): turned on again, the device merges afresh. */
export async function clearShadow(db: IdeaScoutDb): Promise<void> {
  await db.syncShadow.clear();
}
