// Draft messages. A draft is saved whole on each autosave; the newer edit wins (by the editing view's clock, so
// two views of one draft settle on the last keystroke). Every save also lands in the version history: one
// version per editing session (and per five minutes of it), the last 20 kept.
import Dexie from 'dexie';
import { bookmarkId } from '../../lib/bookmark';
import { VERSIONS_KEPT, type Draft, type DraftVersion } from '../../lib/draft';
import type { IdeaScoutDb } from './db';
import { RequestError } from './errors';
import type { HandlersFor } from './handlers';

/** A session's saves update its version for this long; then a new version starts, so history has steps. */
export const VERSION_WINDOW_MS = 5 * 60 * 1000;

/** Compare two ISO timestamps as instants (strings of other lengths would compare wrongly as text). */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function versionsOf(db: IdeaScoutDb, draftId: string) {
  return db.draftVersions.where('[draftId+savedAt]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);
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

type SaveInput = Pick<Draft, 'pageId' | 'ideaKey' | 'title' | 'text' | 'subjectTag'> & { editedAt: string; session: string };

/** Save unless the stored draft holds a newer edit; `stale` then tells the view to show the stored one. */
async function saveDraft(db: IdeaScoutDb, input: SaveInput, now: string): Promise<{ draft: Draft; stale: boolean; wrote: boolean }> {
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

export function draftHandlers(db: IdeaScoutDb): HandlersFor<'drafts.'> {
  return {
    'drafts.list': async () => db.drafts.toArray(),

    'drafts.get': async ({ id }) => (await db.drafts.get(id)) ?? null,

    'drafts.save': async (input, ctx) => {
      const { draft, stale, wrote } = await saveDraft(db, input, ctx.now());
      if (wrote) ctx.changed('drafts');
      return { draft, stale };
    },

    'drafts.versions': async ({ id }) => (await versionsOf(db, id).toArray()).reverse(),

    'drafts.restore': async ({ id, versionId, editedAt }, ctx) => {
      const [draft, version] = await Promise.all([db.drafts.get(id), db.draftVersions.get(versionId)]);
      if (!draft || !version || version.draftId !== id) {
        throw new RequestError('That version of the draft no longer exists, so it could not be restored.');
      }
      // A session of its own: the text before the restore stays in history as its own version.
      const restored = await saveDraft(
        db,
        { ...draft, text: version.text, subjectTag: version.subjectTag, editedAt, session: `restore-${crypto.randomUUID()}` },
        ctx.now(),
      );
      if (restored.wrote) ctx.changed('drafts');
      return restored.draft;
    },
  };
}
