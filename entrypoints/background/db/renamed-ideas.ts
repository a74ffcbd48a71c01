// When the wiki renames an idea (its heading changes, or a same-titled idea moves), the student's data about it
// moves to the new key, so a bookmark or draft is not orphaned by an edit of the page.
import { bookmarkId } from '../../../lib/bookmark';
import { pairIdeas } from '../../../lib/diff';
import type { PageSnapshot } from '../../../lib/snapshot';
import type { IdeaScoutDb } from './database';

/**
 * An idea whose key changed between two snapshots of a page keeps its bookmark, draft and draft versions: they
 * move to the new key, titled as the page titles it now. A key already taken by another bookmark is left alone.
 * Returns whether any bookmark moved. Call inside a transaction on bookmarks, drafts and draftVersions.
 */
export async function moveRenamedIdeas(db: IdeaScoutDb, pageId: string, previous: PageSnapshot, snapshot: PageSnapshot, now: string): Promise<boolean> {
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
