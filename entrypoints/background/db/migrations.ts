// Upgrades of records written by an earlier schema version, referenced from schema.ts. Each works on the
// upgrade transaction's tables as they were then, so it never uses today's repositories or defaults: like a
// shipped schema entry, a shipped migration is never edited.
import type { Transaction } from 'dexie';

/** Version 2: v1 bookmarks get the shortlist fields, ranked in the order they were made (the v1 shortlist order). */
export async function rankBookmarksByAge(tx: Transaction): Promise<void> {
  const table = tx.table('bookmarks');
  const old = (await table.orderBy('createdAt').toArray()) as object[];
  await table.bulkPut(old.map((bookmark, index) => ({ progress: 'interested', note: '', ...bookmark, rank: index + 1 })));
}
