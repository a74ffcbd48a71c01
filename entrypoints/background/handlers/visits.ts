// Since your last visit: each load of a page is stored and compared with its baseline (rules in lib/visits.ts);
// the student's data follows renamed ideas, and bookmarks of ideas gone from the page are flagged.
import { changesSince } from '../../../lib/visits';
import { flagMissingBookmarks } from '../db/bookmarks';
import { evictCachedPages, notePageUse } from '../db/cached-pages';
import type { IdeaScoutDb } from '../db/database';
import { keptSnapshot } from '../db/kept-scans';
import { moveRenamedIdeas } from '../db/renamed-ideas';
import { latestVisits, markVisitSeen, storeVisit } from '../db/visits';
import type { HandlersFor } from '../types';
import { checkPageUrl } from '../validate';

export function visitHandlers(db: IdeaScoutDb): HandlersFor<'visits.' | 'snapshots.'> {
  return {
    'visits.record': async ({ pageId, pageUrl, snapshot: sent, keptScan }, ctx) => {
      checkPageUrl('visits.record', pageId, pageUrl);
      const snapshot = sent ?? (await keptSnapshot(pageId, keptScan!));
      const now = ctx.now();
      const { baseline, bookmarksChanged } = await db.transaction('rw', [db.snapshots, db.bookmarks, db.drafts, db.draftVersions], async () => {
        const { previous, baseline } = await storeVisit(db, { pageId, pageUrl, snapshot }, now);
        const moved = previous ? await moveRenamedIdeas(db, pageId, previous.snapshot, snapshot, now) : false;
        const flagged = await flagMissingBookmarks(db, pageId, new Set(snapshot.ideas.map((idea) => idea.key)), now);
        return { baseline, bookmarksChanged: moved || flagged };
      });
      await notePageUse(db, pageId, now);
      await evictCachedPages(db, pageId);
      ctx.changed('snapshots');
      if (bookmarksChanged) ctx.changed('bookmarks');
      return { baseline: baseline && changesSince(baseline, snapshot) };
    },

    'visits.markSeen': async ({ pageId, pageUrl, snapshot }, ctx) => {
      checkPageUrl('visits.markSeen', pageId, pageUrl);
      const now = ctx.now();
      await markVisitSeen(db, { pageId, pageUrl, snapshot }, now);
      await notePageUse(db, pageId, now);
      await evictCachedPages(db, pageId);
      ctx.changed('snapshots');
      return { seenAt: now };
    },

    'snapshots.latest': async ({ pageId }) =>
      (await latestVisits(db, pageId)).map(({ pageId, pageUrl, takenAt, snapshot }) => ({ pageId, pageUrl, takenAt, snapshot })),
  };
}
