// Visits to ideas pages: one record per visit with the page's snapshot (the `snapshots` table; the rules of what
// a visit is and what it is compared with are in lib/visits.ts).
import type { PageSnapshot } from '../../../lib/snapshot';
import { continuesVisit, prunableIds, type VisitRecord } from '../../../lib/visits';
import type { IdeaScoutDb } from './database';

/** One page's records, oldest first (the pageId index orders equal keys by primary key, i.e. by age). */
export function pageVisits(db: IdeaScoutDb, pageId: string): Promise<VisitRecord[]> {
  return db.snapshots.where('pageId').equals(pageId).toArray();
}

type Load = { pageId: string; pageUrl: string; snapshot: PageSnapshot };

/**
 * Store a load of the page: a reload within the current visit refreshes the page as shown and keeps what it is
 * compared with; any other load starts a visit compared with the previous one. Returns the record of the visit
 * before this load (null on a first visit) and the baseline record this load is compared with. Call inside a
 * transaction on snapshots.
 */
export async function storeVisit(db: IdeaScoutDb, { pageId, pageUrl, snapshot }: Load, now: string) {
  const records = await pageVisits(db, pageId);
  const previous = records.at(-1) ?? null;
  let baselineId: number | null;
  const bytes = sizeOf(snapshot);
  if (previous && continuesVisit(previous, now)) {
    await db.snapshots.update(previous.id, { pageUrl, takenAt: now, snapshot, bytes });
    baselineId = previous.baselineId;
  } else {
    baselineId = previous?.id ?? null;
    await addVisit(db, { pageId, pageUrl, startedAt: now, takenAt: now, seen: !previous, baselineId, snapshot, bytes });
  }
  return { previous, baseline: records.find((record) => record.id === baselineId) ?? null };
}

/** "Mark all as seen": the page as shown becomes the seen record that the next load is compared with. */
export async function markVisitSeen(db: IdeaScoutDb, { pageId, pageUrl, snapshot }: Load, now: string): Promise<void> {
  await db.transaction('rw', db.snapshots, async () => {
    const current = (await pageVisits(db, pageId)).at(-1);
    const bytes = sizeOf(snapshot);
    if (current && !current.seen) {
      await db.snapshots.update(current.id, { pageUrl, takenAt: now, seen: true, snapshot, bytes });
    } else {
      await addVisit(db, { pageId, pageUrl, startedAt: now, takenAt: now, seen: true, baselineId: current?.id ?? null, snapshot, bytes });
    }
  });
}

/** What a snapshot costs in storage, in characters of JSON. */
export function sizeOf(snapshot: PageSnapshot): number {
  return JSON.stringify(snapshot).length;
}

async function addVisit(db: IdeaScoutDb, record: Omit<VisitRecord, 'id'>): Promise<void> {
  await db.snapshots.add(record);
  await pruneVisits(db, record.pageId);
}

/** Keep the page's newest few records: storage stays bounded however often the page is visited. */
export async function pruneVisits(db: IdeaScoutDb, pageId: string): Promise<void> {
  const stale = prunableIds(await pageVisits(db, pageId));
  if (stale.length) await db.snapshots.bulkDelete(stale);
}

/** The newest record of each page (or of one), newest first. */
export async function latestVisits(db: IdeaScoutDb, pageId?: string): Promise<VisitRecord[]> {
  const records = pageId === undefined ? await db.snapshots.toArray() : await pageVisits(db, pageId);
  const newest = new Map<string, VisitRecord>();
  for (const record of records) {
    const seen = newest.get(record.pageId);
    if (!seen || record.id > seen.id) newest.set(record.pageId, record);
  }
  return [...newest.values()].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}
