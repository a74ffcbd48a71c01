// Visit messages: page snapshots per visit, the baseline each load is compared with (rules in lib/visits.ts),
// and the "no longer on the page" flag of bookmarks.
import { browser } from 'wxt/browser';
import { bookmarkId } from '../../lib/bookmark';
import { diffSnapshots, pairIdeas } from '../../lib/diff';
import { pageIdFromUrl } from '../../lib/page-id';
import { readKeptIdeas, readKeptStart, type KeptVersion } from '../../lib/kept-scan';
import { takeSnapshot, type PageSnapshot } from '../../lib/snapshot';
import { PageSnapshot as PageSnapshotSchema } from '../../lib/snapshot-schema';
import { continuesVisit, prunableIds, type VisitRecord } from '../../lib/visits';
import type { IdeaScoutDb } from './db';
import { RequestError } from './errors';
import type { HandlersFor } from './handlers';

export function visitHandlers(db: IdeaScoutDb): HandlersFor<'visits.' | 'snapshots.'> {
  return {
    'visits.record': async ({ pageId, pageUrl, snapshot: sent, keptScan }, ctx) => {
      checkPage('visits.record', pageId, pageUrl);
      const snapshot = sent ?? (await keptSnapshot(pageId, keptScan!));
      const now = ctx.now();
      const tables = [db.snapshots, db.bookmarks, db.drafts, db.draftVersions];
      const { base, bookmarksChanged } = await db.transaction('rw', tables, async () => {
        const records = await pageRecords(db, pageId);
        const current = records.at(-1);
        let baselineId: number | null;
        if (current && continuesVisit(current, now)) {
          // A reload: refresh the page as shown, keep what it is compared with.
          await db.snapshots.update(current.id, { pageUrl, takenAt: now, snapshot });
          baselineId = current.baselineId;
        } else {
          baselineId = current?.id ?? null;
          await addRecord(db, { pageId, pageUrl, startedAt: now, takenAt: now, seen: !current, baselineId, snapshot });
        }
        const base = records.find((record) => record.id === baselineId);
        const followed = current ? await followRenamedIdeas(db, pageId, current.snapshot, snapshot, now) : false;
        const flagged = await flagMissingBookmarks(db, pageId, snapshot, now);
        return { base, bookmarksChanged: followed || flagged };
      });
      ctx.changed('snapshots');
      if (bookmarksChanged) ctx.changed('bookmarks');
      return { baseline: base ? { takenAt: base.takenAt, diff: diffSnapshots(base.snapshot, snapshot) } : null };
    },

    'visits.markSeen': async ({ pageId, pageUrl, snapshot }, ctx) => {
      checkPage('visits.markSeen', pageId, pageUrl);
      const now = ctx.now();
      await db.transaction('rw', db.snapshots, async () => {
        const current = (await pageRecords(db, pageId)).at(-1);
        if (current && !current.seen) {
          await db.snapshots.update(current.id, { pageUrl, takenAt: now, seen: true, snapshot });
        } else {
          await addRecord(db, { pageId, pageUrl, startedAt: now, takenAt: now, seen: true, baselineId: current?.id ?? null, snapshot });
        }
      });
      ctx.changed('snapshots');
      return { seenAt: now };
    },

    'snapshots.latest': async ({ pageId }) => {
      const records = pageId === undefined ? await db.snapshots.toArray() : await pageRecords(db, pageId);
      const newest = new Map<string, VisitRecord>();
      for (const record of records) {
        const seen = newest.get(record.pageId);
        if (!seen || record.id > seen.id) newest.set(record.pageId, record);
      }
      return [...newest.values()]
        .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
        .map(({ pageId, pageUrl, takenAt, snapshot }) => ({ pageId, pageUrl, takenAt, snapshot }));
    },
  };
}

/** The snapshot of a page's kept scan, checked as a sent one would be; a RequestError when it is not there. */
async function keptSnapshot(pageId: string, version: KeptVersion): Promise<PageSnapshot> {
  const area = browser.storage.local;
  const start = await readKeptStart(area, pageId);
  const ideas = await readKeptIdeas(area, pageId, start, version);
  if (!ideas) throw new RequestError(`The kept scan of ${pageId} is not in storage; send the page's snapshot.`);
  const parsed = PageSnapshotSchema.safeParse(takeSnapshot({ page: start.header!.record.page, ideas }));
  if (!parsed.success) throw new RequestError(`The kept scan of ${pageId} is not a valid page: ${parsed.error.message}`);
  return parsed.data;
}

function checkPage(type: string, pageId: string, pageUrl: string) {
  if (pageIdFromUrl(pageUrl) !== pageId) {
    throw new RequestError(`Invalid "${type}" message: pageUrl ${pageUrl} is not the wiki page ${pageId}.`);
  }
}

/** One page's records, oldest first (the pageId index orders equal keys by primary key, i.e. by age). */
function pageRecords(db: IdeaScoutDb, pageId: string): Promise<VisitRecord[]> {
  return db.snapshots.where('pageId').equals(pageId).toArray();
}

/** Adds a record and keeps the page's newest few: storage stays bounded however often the page is visited. */
async function addRecord(db: IdeaScoutDb, record: Omit<VisitRecord, 'id'>) {
  await db.snapshots.add(record as VisitRecord);
  const stale = prunableIds(await pageRecords(db, record.pageId));
  if (stale.length) await db.snapshots.bulkDelete(stale);
}

/**
 * An idea whose key changed since the last snapshot (its heading renamed, or a same-titled idea moved) keeps its
 * bookmark, draft and draft versions: they move to the new key, titled as the page titles it now. A key already
 * taken by another bookmark is left alone. Returns whether any bookmark moved.
 */
async function followRenamedIdeas(db: IdeaScoutDb, pageId: string, previous: PageSnapshot, snapshot: PageSnapshot, now: string) {
  const moves = pairIdeas(previous.ideas, snapshot.ideas).filter(([old, cur]) => old.key !== cur.key);
  if (!moves.length) return false;
  // Everything is read, then the old records deleted, then the new written: in a swap of two titles each idea's
  // new key is the other's old one.
  const oldIds = moves.map(([old]) => bookmarkId(pageId, old.key));
  const bookmarks = await db.bookmarks.bulkGet(oldIds);
  const drafts = await db.drafts.bulkGet(oldIds);
  const versions = await Promise.all(oldIds.map((id) => db.draftVersions.where('draftId').equals(id).primaryKeys()));
  await db.bookmarks.bulkDelete(oldIds);
  await db.drafts.bulkDelete(oldIds);
  let moved = false;
  for (const [i, [, cur]] of moves.entries()) {
    const id = bookmarkId(pageId, cur.key);
    const bookmark = bookmarks[i];
    if (bookmark) {
      const free = !(await db.bookmarks.get(id));
      const { title, anchor } = cur;
      await db.bookmarks.put(
        free ? { ...bookmark, id, ideaKey: cur.key, title, anchor, idea: { ...bookmark.idea, key: cur.key, title, anchor }, updatedAt: now } : bookmark,
      );
      moved ||= free;
    }
    const draft = drafts[i];
    if (draft) {
      const free = !(await db.drafts.get(id));
      await db.drafts.put(free ? { ...draft, id, ideaKey: cur.key, title: cur.title } : draft);
      if (free) await db.draftVersions.where('id').anyOf(versions[i]).modify({ draftId: id });
    }
  }
  return moved;
}

/**
 * Bookmarked ideas the page no longer lists get `missingSince` (kept from the first visit that missed them);
 * those back on the page lose it. Returns whether any bookmark changed.
 */
async function flagMissingBookmarks(db: IdeaScoutDb, pageId: string, snapshot: PageSnapshot, now: string): Promise<boolean> {
  const onPage = new Set(snapshot.ideas.map((idea) => idea.key));
  let changed = false;
  for (const bookmark of await db.bookmarks.where('pageId').equals(pageId).toArray()) {
    const missing = !onPage.has(bookmark.ideaKey);
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
