// The extension's one database. It lives in the extension origin (MV3 service worker / MV2 background page),
// never in the wiki's origin; content scripts reach it only through the RPC (router.ts).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Bookmark } from '../../lib/bookmark';

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
];

export class IdeaScoutDb extends Dexie {
  // `declare`, not a field: a class field would reset the table Dexie sets up in the constructor.
  declare bookmarks: EntityTable<Bookmark, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
