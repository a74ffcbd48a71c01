// Export and import of everything the student keeps. The merge runs in one transaction, so a failure writes
// nothing. Per record the newer wins, and a draft text that loses is kept in its history.
import type { Draft } from '../../../lib/draft';
import type { DataSet, ImportReport } from '../../../lib/export/json';
import { byRank } from '../../../lib/shortlist';
import { isAfter } from '../../../lib/time';
import { renumberRanks } from './bookmarks';
import type { IdeaScoutDb } from './database';
import { trimVersions } from './drafts';

export function exportAll(db: IdeaScoutDb): Promise<DataSet> {
  return db.transaction('r', db.bookmarks, db.drafts, db.draftVersions, async () => ({
    bookmarks: (await db.bookmarks.toArray()).sort(byRank),
    drafts: await db.drafts.orderBy('updatedAt').toArray(),
    draftVersions: await db.draftVersions.orderBy('[draftId+savedAt]').toArray(),
  }));
}

export function importAll(db: IdeaScoutDb, incoming: DataSet, now: string): Promise<ImportReport> {
  return db.transaction('rw', db.bookmarks, db.drafts, db.draftVersions, () => merge(db, incoming, now));
}

async function merge(db: IdeaScoutDb, incoming: DataSet, now: string): Promise<ImportReport> {
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
  // Imported and existing ranks interleave.
  await renumberRanks(db, now);

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
