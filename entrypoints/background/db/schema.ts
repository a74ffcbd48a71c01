// Every schema version of the database ever shipped. Never edit a shipped entry: append the next version (and
// its migration in migrations.ts), then its case in tests/unit/storage-upgrade.test.ts.
import type { Transaction } from 'dexie';
import { countCachedPages, rankBookmarksByAge } from './migrations';

export type SchemaVersion = {
  version: number;
  /** Dexie store syntax: primary key first, then indexes; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    // id = `${pageId}#${ideaKey}`; pageId lists one page's bookmarks; createdAt orders the shortlist.
    stores: { bookmarks: 'id, pageId, createdAt' },
  },
  {
    version: 2,
    // Shortlist: bookmarks gain rank (indexed, orders the list), progress and note. One draft per idea
    // (id = the bookmark id); draftVersions keep the last 20 per draft; pageAdvice holds what each page asks of
    // applicants (the mail subject tag).
    stores: {
      bookmarks: 'id, pageId, createdAt, rank',
      drafts: 'id, updatedAt',
      draftVersions: 'id, draftId, [draftId+savedAt]',
      pageAdvice: 'pageId',
    },
    upgrade: rankBookmarksByAge,
  },
  {
    version: 3,
    // Page snapshots per visit (rules in lib/visits.ts): ++id orders a page's visits, pageId finds them.
    // Only the new table is declared: Dexie carries the others over from version 2.
    stores: { snapshots: '++id, pageId' },
  },
  {
    version: 4,
    // Cached page data is bounded (lib/cached-pages.ts): per page, the size of its snapshots and kept scan and when
    // it was last visited, so the least recently used page is evicted first. Snapshots count their own size.
    // Bookmarks gain renamedFrom and renameCandidates (no index needed).
    stores: { cachedPages: 'pageId, usedAt' },
    upgrade: countCachedPages,
  },
  {
    version: 5,
    // "All ideas pages": each ideas page's copy as read through the wiki's API, keyed by MediaWiki's page id
    // (rules in lib/program/update.ts).
    stores: { programPages: 'pageid' },
  },
  {
    version: 6,
    // Sync (lib/sync/merge.ts): per bookmark id, the version this device last agreed with storage.sync.
    stores: { syncShadow: 'id' },
  },
];
