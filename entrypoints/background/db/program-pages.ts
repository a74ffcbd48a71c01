// The copies of the wiki's ideas pages read through its API ("All ideas pages"), one record per page.
import type { PageCopy } from '../../../lib/program/page-copy';
import type { IdeaScoutDb } from './database';

/** The copies by page id, from the first after `after`, at most `limit`. */
export function listProgramPages(db: IdeaScoutDb, { after = 0, limit }: { after?: number; limit?: number } = {}): Promise<PageCopy[]> {
  const from = db.programPages.where(':id').above(after);
  return limit === undefined ? from.toArray() : from.limit(limit).toArray();
}

export async function putProgramPage(db: IdeaScoutDb, copy: PageCopy): Promise<void> {
  await db.programPages.put(copy);
}

/** The pages were found unchanged at `at` (a renamed page takes its new title); pages without a copy are skipped. */
export async function markProgramPagesChecked(db: IdeaScoutDb, pages: ReadonlyArray<{ pageid: number; title: string }>, at: string): Promise<void> {
  await db.transaction('rw', db.programPages, async () => {
    for (const { pageid, title } of pages) await db.programPages.update(pageid, { title, checkedAt: at });
  });
}

export async function removeProgramPages(db: IdeaScoutDb, pageids: readonly number[]): Promise<void> {
  await db.programPages.bulkDelete([...pageids]);
}
