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

/**
 * Version 4: each snapshot records its size, and each page with snapshots gets its row of cached data, last used
 * at its newest snapshot. Kept scans are counted at the page's next visit.
 */
export async function countCachedPages(tx: Transaction): Promise<void> {
  const snapshots = tx.table('snapshots');
  const pages = new Map<string, { pageId: string; usedAt: string; visitBytes: number; scanBytes: number }>();
  await snapshots.toCollection().modify((record: { pageId: string; takenAt: string; snapshot: unknown; bytes?: number }) => {
    record.bytes = JSON.stringify(record.snapshot).length;
    const page = pages.get(record.pageId) ?? { pageId: record.pageId, usedAt: record.takenAt, visitBytes: 0, scanBytes: 0 };
    page.visitBytes += record.bytes;
    if (record.takenAt > page.usedAt) page.usedAt = record.takenAt;
    pages.set(record.pageId, page);
  });
  await tx.table('cachedPages').bulkPut([...pages.values()]);
}
