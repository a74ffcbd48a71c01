// Drafts and their version history. A draft is saved whole on each autosave; the newer edit wins (by the editing
// view's clock, so two views of one draft settle on the last keystroke). Every save also lands in the history:
// one version per editing session (and per five minutes of it), the last VERSIONS_KEPT kept.
import Dexie from 'dexie';
import { bookmarkId } from '../../../lib/bookmark';
import { VERSIONS_KEPT, type Draft, type DraftVersion } from '../../../lib/draft';
import { isAfter } from '../../../lib/time';
import type { IdeaScoutDb } from './database';

/** A session's saves update its version for this long; then a new version starts, so history has steps. */
export const VERSION_WINDOW_MS = 5 * 60 * 1000;

export function listDrafts(db: IdeaScoutDb): Promise<Draft[]> {
  return db.drafts.toArray();
}

export async function getDraft(db: IdeaScoutDb, id: string): Promise<Draft | null> {
  return (await db.drafts.get(id)) ?? null;
}

function versionsOf(db: IdeaScoutDb, draftId: string) {
  return db.draftVersions.where('[draftId+savedAt]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);
}

/** A draft's history, newest first. */
export async function listVersions(db: IdeaScoutDb, draftId: string): Promise<DraftVersion[]> {
  return (await versionsOf(db, draftId).toArray()).reverse();
}

/** A version of the draft `draftId`, or null when there is no such version of it. */
export async function getVersion(db: IdeaScoutDb, draftId: string, versionId: string): Promise<DraftVersion | null> {
  const version = await db.draftVersions.get(versionId);
  return version?.draftId === draftId ? version : null;
}

/**
 * Put a text in the draft's history: update the version this editing session started (within the last five
 * minutes), or start a new version. Returns whether anything was written.
 */
async function recordVersion(
  db: IdeaScoutDb,
  entry: Pick<Draft, 'id' | 'text' | 'subjectTag'>,
  savedAt: string,
  session: string,
  now: string,
): Promise<boolean> {
  const versions = await versionsOf(db, entry.id).toArray();
  const own = versions.filter((v) => v.session === session).at(-1);
  if (own && own.text === entry.text && own.subjectTag === entry.subjectTag) return false;
  if (own && Date.parse(now) - Date.parse(own.createdAt) < VERSION_WINDOW_MS) {
    await db.draftVersions.put({ ...own, text: entry.text, subjectTag: entry.subjectTag, savedAt });
  } else {
    await db.draftVersions.add({
      id: crypto.randomUUID(),
      draftId: entry.id,
      text: entry.text,
      subjectTag: entry.subjectTag,
      session,
      createdAt: now,
      savedAt,
    });
  }
  await trimVersions(db, entry.id);
  return true;
}

/** Keep the newest VERSIONS_KEPT versions of a draft; returns how many older ones were deleted. */
export async function trimVersions(db: IdeaScoutDb, draftId: string): Promise<number> {
  const keys = await versionsOf(db, draftId).primaryKeys(); // oldest first
  const excess = keys.slice(0, Math.max(0, keys.length - VERSIONS_KEPT));
  if (excess.length) await db.draftVersions.bulkDelete(excess);
  return excess.length;
}

export type DraftEdit = Pick<Draft, 'pageId' | 'ideaKey' | 'title' | 'text' | 'subjectTag'> & { editedAt: string; session: string };

/** Save unless the stored draft holds a newer edit; `stale` then tells the view to show the stored one. */
export function saveDraft(db: IdeaScoutDb, input: DraftEdit, now: string): Promise<{ draft: Draft; stale: boolean; wrote: boolean }> {
  return db.transaction('rw', db.drafts, db.draftVersions, async () => {
    const id = bookmarkId(input.pageId, input.ideaKey);
    const existing = await db.drafts.get(id);
    if (existing && isAfter(existing.updatedAt, input.editedAt)) {
      // Another view saved a newer edit: that one stays the draft, and this older text goes to history, so
      // the person can still get it back.
      const kept = existing.text !== input.text && (await recordVersion(db, { ...input, id }, input.editedAt, input.session, now));
      return { draft: existing, stale: true, wrote: kept };
    }
    if (existing && existing.text === input.text && existing.subjectTag === input.subjectTag && existing.title === input.title) {
      return { draft: existing, stale: false, wrote: false };
    }
    const draft: Draft = {
      id,
      pageId: input.pageId,
      ideaKey: input.ideaKey,
      title: input.title,
      text: input.text,
      subjectTag: input.subjectTag,
      createdAt: existing?.createdAt ?? now,
      updatedAt: input.editedAt,
    };
    await db.drafts.put(draft);
    await recordVersion(db, draft, draft.updatedAt, input.session, now);
    return { draft, stale: false, wrote: true };
  });
}
