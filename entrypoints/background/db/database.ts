// The extension's one database. It lives in the extension origin (MV3 service worker / MV2 background page),
// never in the wiki's origin; content scripts reach it only through the RPC (router.ts).
import Dexie, { type EntityTable } from 'dexie';
import type { Bookmark } from '../../../lib/bookmark';
import type { CachedPage } from '../../../lib/cached-pages';
import type { Draft, DraftVersion, PageAdvice } from '../../../lib/draft';
import type { PageCopy } from '../../../lib/program/page-copy';
import type { ShadowEntry } from '../../../lib/sync/merge';
import type { VisitRecord } from '../../../lib/visits';
import { SCHEMA_VERSIONS } from './schema';

export const DB_NAME = 'idea-scout';

export class IdeaScoutDb extends Dexie {
  // `declare`, not a field: a class field would reset the table Dexie sets up in the constructor.
  declare bookmarks: EntityTable<Bookmark, 'id'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare draftVersions: EntityTable<DraftVersion, 'id'>;
  declare pageAdvice: EntityTable<PageAdvice, 'pageId'>;
  declare snapshots: EntityTable<VisitRecord, 'id'>;
  declare programPages: EntityTable<PageCopy, 'pageid'>;
  declare syncShadow: EntityTable<ShadowEntry, 'id'>;
  declare cachedPages: EntityTable<CachedPage, 'pageId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
