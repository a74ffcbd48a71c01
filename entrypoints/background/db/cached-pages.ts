// Cached page data (lib/cached-pages.ts): each page's visit snapshots and kept scan, counted per page in the
// `cachedPages` table (schema v4), evicted least recently used first beyond the ceilings, and cleared on request.
// Bookmarks, drafts and draft versions are never touched here.
import { browser } from 'wxt/browser';
import { CACHE_LIMITS, pagesToEvict } from '../../../lib/cached-pages';
import { keptScanKey, type KeptHeader } from '../../../lib/kept-scan';
import type { IdeaScoutDb } from './database';
import { pageVisits } from './visits';

/** Counts a visit of the page: its snapshots' size, its kept scan's size, and that it was used now. */
export async function notePageUse(db: IdeaScoutDb, pageId: string, now: string): Promise<void> {
  const visitBytes = (await pageVisits(db, pageId)).reduce((sum, record) => sum + (record.bytes ?? 0), 0);
  const header = (await browser.storage.local.get(keptScanKey(pageId)))[keptScanKey(pageId)] as KeptHeader | undefined;
  await db.cachedPages.put({ pageId, usedAt: now, visitBytes, scanBytes: header?.bytes ?? 0 });
}

/** Drops the cached data of the least recently used pages beyond the ceilings; `keep` (the page visited) stays. */
export async function evictCachedPages(db: IdeaScoutDb, keep: string, limits: { pages: number; bytes: number } = CACHE_LIMITS): Promise<string[]> {
  const evicted = pagesToEvict(await db.cachedPages.toArray(), keep, limits);
  if (evicted.length) await dropCachedPages(db, evicted);
  return evicted;
}

/** How much the extension stores, for the dashboard. */
export async function storageUsage(db: IdeaScoutDb) {
  const [bookmarks, drafts, draftVersions, pages] = await Promise.all([
    db.bookmarks.count(),
    db.drafts.count(),
    db.draftVersions.count(),
    db.cachedPages.toArray(),
  ]);
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return {
    bookmarks,
    drafts,
    draftVersions,
    cachedPages: pages.length,
    cachedBytes: pages.reduce((sum, page) => sum + page.visitBytes + page.scanBytes, 0),
    /** What the browser counts for the extension's origin (the database and its overhead), when it says. */
    usedBytes: estimate?.usage ?? null,
    limits: CACHE_LIMITS,
  };
}

/** Drops all cached page data: every page's visit snapshots and kept scan. Returns how many pages had some. */
export async function clearCachedPages(db: IdeaScoutDb): Promise<number> {
  const counted = new Set((await db.cachedPages.toArray()).map((page) => page.pageId));
  for (const record of await db.snapshots.toArray()) counted.add(record.pageId);
  const stored = await browser.storage.local.get(null);
  const kept = Object.keys(stored).filter((key) => key.startsWith(keptScanKey('')));
  // Headers name their page; parts are `<header key>:<n>`.
  for (const key of kept) if (typeof (stored[key] as KeptHeader).parts === 'number') counted.add(key.slice(keptScanKey('').length));
  await db.transaction('rw', db.snapshots, db.cachedPages, async () => {
    await db.snapshots.clear();
    await db.cachedPages.clear();
  });
  if (kept.length) await browser.storage.local.remove(kept);
  return counted.size;
}

async function dropCachedPages(db: IdeaScoutDb, pageIds: string[]): Promise<void> {
  await db.transaction('rw', db.snapshots, db.cachedPages, async () => {
    await db.snapshots.where('pageId').anyOf(pageIds).delete();
    await db.cachedPages.bulkDelete(pageIds);
  });
  // The header first: a reader never finds a header whose parts are gone.
  const headers = await browser.storage.local.get(pageIds.map(keptScanKey));
  await browser.storage.local.remove(pageIds.map(keptScanKey));
  const parts = pageIds.flatMap((pageId) => {
    const header = headers[keptScanKey(pageId)] as KeptHeader | undefined;
    return Array.from({ length: header?.parts ?? 0 }, (_, n) => `${keptScanKey(pageId)}:${n}`);
  });
  if (parts.length) await browser.storage.local.remove(parts);
}

