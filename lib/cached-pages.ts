// How much page data Idea Scout caches, and which pages' data goes first when there is too much. Cached page data
// is what can be read again from the wiki: each page's visit snapshots (the `snapshots` table) and its kept scan
// (browser.storage.local). Bookmarks, drafts and their history are the student's own and are never evicted.
// Pure: the background keeps the per-page figures and does the evicting.

/** Ceilings on cached page data, all pages together: far above a student's or mentor's pages, still finite. */
export const CACHE_LIMITS = {
  /** Pages with cached data (each: at most lib/visits.ts KEEP_SNAPSHOTS snapshots and one kept scan). */
  pages: 50,
  /** Characters of cached data (about bytes: snapshots and scans are mostly ASCII). */
  bytes: 50 * 1024 * 1024,
} as const;

/** One page's cached data, as the background counts it (schema v4, table `cachedPages`). */
export interface CachedPage {
  pageId: string;
  /** When the page was last visited (ISO): the least recently used page is evicted first. */
  usedAt: string;
  /** Characters of the page's visit snapshots, as JSON. */
  visitBytes: number;
  /** Characters of the page's kept scan. */
  scanBytes: number;
}

/**
 * The pages whose cached data to drop, least recently used first, so that the rest is within `limits`. The page
 * being visited (`keep`) is never one of them.
 */
export function pagesToEvict(pages: readonly CachedPage[], keep: string, limits: { pages: number; bytes: number } = CACHE_LIMITS): string[] {
  const oldestFirst = [...pages].sort((a, b) => a.usedAt.localeCompare(b.usedAt) || a.pageId.localeCompare(b.pageId));
  let count = pages.length;
  let bytes = pages.reduce((sum, page) => sum + page.visitBytes + page.scanBytes, 0);
  const evicted: string[] = [];
  for (const page of oldestFirst) {
    if (count <= limits.pages && bytes <= limits.bytes) break;
    if (page.pageId === keep) continue;
    evicted.push(page.pageId);
    count--;
    bytes -= page.visitBytes + page.scanBytes;
  }
  return evicted;
}
