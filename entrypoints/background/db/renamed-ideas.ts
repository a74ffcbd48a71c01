// When the wiki renames an idea (its heading changes, or a same-titled idea moves), the student's data about it
// moves to the new key, so a bookmark or draft is not orphaned by an edit of the page. Only a sure pairing moves
// data, and the move is recorded on the bookmark (`renamedFrom`) so the shortlist shows it and can undo it. When
// more than one idea could be the bookmarked one, nothing moves: the bookmark lists them (`renameCandidates`)
// and the student picks.
import { bookmarkId, MAX_RENAME_CANDIDATES, type Bookmark } from '../../../lib/bookmark';
import { RequestError } from '../errors';
import { renamedIdeas } from '../../../lib/diff';
import type { PageSnapshot } from '../../../lib/snapshot';
import type { IdeaScoutDb } from './database';

/** Where an idea's data moves to. */
export interface IdeaPlace {
  ideaKey: string;
  title: string;
  anchor: string;
}

/**
 * Moves the data of the ideas surely renamed between two snapshots of a page, and asks about the others. Returns
 * whether any bookmark changed. Call inside a transaction on bookmarks, drafts and draftVersions.
 */
export async function moveRenamedIdeas(db: IdeaScoutDb, pageId: string, previous: PageSnapshot, snapshot: PageSnapshot, now: string): Promise<boolean> {
  const matches = renamedIdeas(previous.ideas, snapshot.ideas);
  if (!matches.length) return false;
  const place = ({ key, title, anchor }: { key: string; title: string; anchor: string }): IdeaPlace => ({ ideaKey: key, title, anchor });
  const sure = matches.filter((m) => m.sure).map((m) => ({ from: m.old.key, to: place(m.cur), renamedFrom: { ...place(m.old), at: now } }));
  let changed = await moveIdeas(db, pageId, sure, now);
  for (const { old, cur, sure: isSure, alsoLike } of matches) {
    if (isSure) continue;
    const bookmark = await db.bookmarks.get(bookmarkId(pageId, old.key));
    if (!bookmark) continue;
    const candidates = [cur, ...alsoLike].slice(0, MAX_RENAME_CANDIDATES).map(place);
    await db.bookmarks.put({ ...bookmark, renameCandidates: candidates, updatedAt: now });
    changed = true;
  }
  return changed;
}

/**
 * Moves ideas' bookmarks, drafts and draft versions from one key to another, with what each bookmark records of
 * its move (`renamedFrom`: null when the move undoes one). A
 * key already taken by another bookmark (or draft) is left alone. Everything is read, then the old records deleted,
 * then the new written: in a swap of two titles each idea's new key is the other's old one. Returns whether any
 * bookmark moved. Call inside a transaction on bookmarks, drafts and draftVersions.
 */
export async function moveIdeas(
  db: IdeaScoutDb,
  pageId: string,
  moves: ReadonlyArray<{ from: string; to: IdeaPlace; renamedFrom: Bookmark['renamedFrom'] }>,
  now: string,
): Promise<boolean> {
  if (!moves.length) return false;
  const oldIds = moves.map(({ from }) => bookmarkId(pageId, from));
  const bookmarks = await db.bookmarks.bulkGet(oldIds);
  const drafts = await db.drafts.bulkGet(oldIds);
  const versions = await Promise.all(oldIds.map((id) => db.draftVersions.where('draftId').equals(id).primaryKeys()));
  await db.bookmarks.bulkDelete(oldIds);
  await db.drafts.bulkDelete(oldIds);
  let moved = false;
  for (const [i, move] of moves.entries()) {
    const { ideaKey, title, anchor } = move.to;
    const id = bookmarkId(pageId, ideaKey);
    const bookmark = bookmarks[i];
    if (bookmark) {
      const free = !(await db.bookmarks.get(id));
      await db.bookmarks.put(
        free
          ? {
              ...bookmark,
              id,
              ideaKey,
              title,
              anchor,
              idea: { ...bookmark.idea, key: ideaKey, title, anchor },
              renamedFrom: move.renamedFrom ?? null,
              renameCandidates: null,
              missingSince: null,
              updatedAt: now,
            }
          : bookmark,
      );
      moved ||= free;
    }
    const draft = drafts[i];
    if (draft) {
      const free = !(await db.drafts.get(id));
      await db.drafts.put(free ? { ...draft, id, ideaKey, title } : draft);
      if (free) await db.draftVersions.where('id').anyOf(versions[i]).modify({ draftId: id });
    }
  }
  return moved;
}

const STUDENT_DATA = (db: IdeaScoutDb) => [db.bookmarks, db.drafts, db.draftVersions];

/** Puts a renamed idea's bookmark (and draft) back under the key it had before the rename. */
export function undoRename(db: IdeaScoutDb, id: string, now: string): Promise<Bookmark> {
  return db.transaction('rw', STUDENT_DATA(db), async () => {
    const bookmark = await db.bookmarks.get(id);
    const before = bookmark?.renamedFrom;
    if (!bookmark || !before) throw new RequestError('This idea has no rename to undo (it was undone in another tab?).');
    const back = bookmarkId(bookmark.pageId, before.ideaKey);
    if (await db.bookmarks.get(back)) {
      throw new RequestError(`"${before.title}" is bookmarked under its own name again, so the rename cannot be undone.`);
    }
    await moveIdeas(db, bookmark.pageId, [{ from: bookmark.ideaKey, to: before, renamedFrom: null }], now);
    return (await db.bookmarks.get(back))!;
  });
}

/**
 * The student says which renamed idea a bookmark is (`ideaKey`, one of its candidates), or that it is none of
 * them (null): the bookmark then stays under its old key.
 */
export function pickRename(db: IdeaScoutDb, id: string, ideaKey: string | null, now: string): Promise<Bookmark> {
  return db.transaction('rw', STUDENT_DATA(db), async () => {
    const bookmark = await db.bookmarks.get(id);
    if (!bookmark?.renameCandidates?.length) throw new RequestError('This idea has no open question about a rename (it was answered in another tab?).');
    if (ideaKey === null) {
      const kept: Bookmark = { ...bookmark, renameCandidates: null, updatedAt: now };
      await db.bookmarks.put(kept);
      return kept;
    }
    const chosen = bookmark.renameCandidates.find((candidate) => candidate.ideaKey === ideaKey);
    if (!chosen) throw new RequestError('That idea was not one of those offered for this bookmark.');
    const target = bookmarkId(bookmark.pageId, ideaKey);
    if (await db.bookmarks.get(target)) throw new RequestError(`"${chosen.title}" is already on the shortlist under its own name.`);
    const renamedFrom = { ideaKey: bookmark.ideaKey, title: bookmark.title, anchor: bookmark.anchor, at: now };
    await moveIdeas(db, bookmark.pageId, [{ from: bookmark.ideaKey, to: chosen, renamedFrom }], now);
    return (await db.bookmarks.get(target))!;
  });
}
