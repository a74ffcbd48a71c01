// The extension's one database. It lives in the extension origin (MV3 service worker / MV2 background page),
// never in the wiki's origin; content scripts reach it only through the RPC (router.ts).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Bookmark } from '../../lib/bookmark';
import type { Draft, DraftVersion, PageAdvice } from '../../lib/draft';
import type { VisitRecord } from '../../lib/visits';
import { rankExistingBookmarks } from './shortlist';

export const DB_NAME = 'idea-scout';

export type SchemaVersion = {
  version: number;
  /** Dexie store syntax: primary key first, then indexes; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
};

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry: append the next version and its
 * case in tests/unit/storage-upgrade.test.ts. Planned: v2 drafts + shortlist rank/status/note on bookmarks,
 * v3 page snapshots.
 */
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
    upgrade: rankExistingBookmarks,
  },
  {
    version: 3,
    // Page snapshots per visit (issue 5; rules in lib/visits.ts): ++id orders a page's visits, pageId finds them.
    // Only the new table is declared: Dexie carries the others over from version 2.
    stores: { snapshots: '++id, pageId' },
  },
];

export class IdeaScoutDb extends Dexie {
  // `declare`, not a field: a class field would reset the table Dexie sets up in the constructor.
  declare bookmarks: EntityTable<Bookmark, 'id'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare draftVersions: EntityTable<DraftVersion, 'id'>;
  declare pageAdvice: EntityTable<PageAdvice, 'pageId'>;
  declare snapshots: EntityTable<VisitRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
