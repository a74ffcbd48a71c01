// Export and import of everything the student keeps. The file is parsed and validated in the extension page
// (lib/import.ts) and again by the protocol on receipt; the merge runs here in one transaction, so a failure
// writes nothing. Per record the newer wins, and a draft text that loses is kept in its history.
import type { Bookmark } from '../../lib/bookmark';
import type { Draft, DraftVersion } from '../../lib/draft';
import type { ImportReport } from '../../lib/export/json';
import { byRank } from '../../lib/shortlist';
import type { IdeaScoutDb } from './db';
import { isAfter, trimVersions } from './drafts';
import type { HandlersFor } from './handlers';

export function dataHandlers(db: IdeaScoutDb): HandlersFor<'data.'> {
  return {
    'data.export': async () =>
      db.transaction('r', db.bookmarks, db.drafts, db.draftVersions, async () => ({
        bookmarks: (await db.bookmarks.toArray()).sort(byRank),
        drafts: await db.drafts.orderBy('updatedAt').toArray(),
        draftVersions: await db.draftVersions.orderBy('[draftId+savedAt]').toArray(),
      })),

    'data.import': async ({ bookmarks, drafts, draftVersions }, ctx) => {
      const report = await db.transaction('rw', db.bookmarks, db.drafts, db.draftVersions, () =>
        merge(db, { bookmarks, drafts, draftVersions }, ctx.now()),
      );
      if (report.bookmarks.added + report.bookmarks.updated > 0) ctx.changed('bookmarks');
      if (report.drafts.added + report.drafts.updated + report.versions.added + report.versions.updated > 0) {
        ctx.changed('drafts');
      }
      return report;
    },
  };
}

type Incoming = { bookmarks: Bookmark[]; drafts: Draft[]; draftVersions: DraftVersion[] };

async function merge(db: IdeaScoutDb, incoming: Incoming, now: string): Promise<ImportReport> {
  const report: ImportReport = {
    bookmarks: { added: 0, updated: 0, unchanged: 0 },
    drafts: { added: 0, updated: 0, unchanged: 0 },
    versions: { added: 0, updated: 0, unchanged: 0, dropped: 0 },
  };

  for (const bookmark of incoming.bookmarks) {
    const existing = await db.bookmarks.get(bookmark.id);
    if (!existing) report.bookmarks.added++;
    else if (isAfter(bookmark.updatedAt, existing.updatedAt)) report.bookmarks.updated++;
    else {
      report.bookmarks.unchanged++;
      continue;
    }
    await db.bookmarks.put(bookmark);
  }
  await renumberRanks(db);

  for (const version of incoming.draftVersions) {
    const existing = await db.draftVersions.get(version.id);
    if (!existing) report.versions.added++;
    else if (isAfter(version.savedAt, existing.savedAt)) report.versions.updated++;
    else {
      report.versions.unchanged++;
      continue;
    }
    await db.draftVersions.put(version);
  }

  const touched = new Set<string>();
  /** Make sure a text is in its draft's history, so the side that loses a merge is not lost. */
  const keepInHistory = async (draft: Draft) => {
    const texts = await db.draftVersions.where('draftId').equals(draft.id).toArray();
    if (texts.some((v) => v.text === draft.text && v.subjectTag === draft.subjectTag)) return;
    await db.draftVersions.add({
      id: crypto.randomUUID(),
      draftId: draft.id,
      text: draft.text,
      subjectTag: draft.subjectTag,
      session: 'import',
      createdAt: now,
      savedAt: draft.updatedAt,
    });
    report.versions.added++;
  };
  for (const draft of incoming.drafts) {
    touched.add(draft.id);
    const existing = await db.drafts.get(draft.id);
    if (!existing) {
      report.drafts.added++;
      await db.drafts.put(draft);
    } else if (isAfter(draft.updatedAt, existing.updatedAt)) {
      report.drafts.updated++;
      await keepInHistory(existing);
      await db.drafts.put(draft);
    } else {
      report.drafts.unchanged++;
    }
    await keepInHistory(draft);
  }
  for (const version of incoming.draftVersions) touched.add(version.draftId);
  for (const draftId of touched) report.versions.dropped += await trimVersions(db, draftId);
  return report;
}

/** Ranks 1..n in the merged order (rank, then when bookmarked), so imported and existing ranks interleave. */
async function renumberRanks(db: IdeaScoutDb): Promise<void> {
  const all = (await db.bookmarks.toArray()).sort(byRank);
  const moved = all.flatMap((bookmark, index) => (bookmark.rank === index + 1 ? [] : [{ ...bookmark, rank: index + 1 }]));
  if (moved.length) await db.bookmarks.bulkPut(moved);
}
