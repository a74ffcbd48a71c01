// Schema upgrades: a database written by each shipped version must open with the current code, data intact.
//
// To ship version N+1: append it to SCHEMA_VERSIONS in entrypoints/background/db.ts, then append a case to
// SHIPPED below with the stores exactly as declared, records exactly as that version wrote them, and a check
// that the current code reads them back as it should (after N+1 the v1 case's check may need to expect the
// migrated form, e.g. a default shortlist rank).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IdeaScoutDb, SCHEMA_VERSIONS } from '../../entrypoints/background/db';
import { Bookmark } from '../../lib/bookmark';

type ShippedVersion = {
  version: number;
  /** Frozen copy of the version's declaration: editing a shipped declaration breaks existing installs. */
  stores: Record<string, string | null>;
  /** Records as that version wrote them, by table. Literal JSON, not built by current code. */
  seed: Record<string, object[]>;
  /** Reads the seeded database with the current code. */
  check(db: IdeaScoutDb): Promise<void>;
};

const V1_BOOKMARK = {
  id: 'Outreach_Program_Projects#pv-grant-table',
  pageId: 'Outreach_Program_Projects',
  pageUrl: 'https://wiki.xen.org/wiki/Outreach_Program_Projects',
  ideaKey: 'pv-grant-table',
  anchor: 'PV_grant_table',
  title: 'PV grant table improvements',
  idea: {
    key: 'pv-grant-table',
    anchor: 'PV_grant_table',
    title: 'PV grant table improvements',
    status: 'peer-reviewed',
    section: 'Hypervisor',
    category: null,
    inserted: { raw: '15/01/2024', date: '2024-01-15', ambiguous: false },
    verified: null,
    gsoc: true,
    contacts: [{ name: 'Jane Mentor', email: 'jane@example.org' }],
    mailingList: 'xen-devel',
    irc: null,
    difficulty: { raw: 'Medium', min: 'medium', max: 'medium' },
    skills: { raw: 'C, Xen', tags: ['c', 'xen'] },
    description: { text: 'Make grant tables faster.', links: [{ text: 'docs', href: 'https://xenbits.xen.org/docs/' }] },
    outcomes: null,
    comments: [{ author: 'Lars', timestamp: '2024-01-16T10:00:00Z', text: 'Looks good', field: 'review' }],
  },
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-02T09:00:00.000Z',
};
const V1_OTHER_PAGE = {
  ...V1_BOOKMARK,
  id: 'GSoC_ideas#pv-grant-table',
  pageId: 'GSoC_ideas',
  pageUrl: 'https://wiki.xenproject.org/index.php?title=GSoC_ideas',
  createdAt: '2025-02-01T09:00:00.000Z',
};

const SHIPPED: ShippedVersion[] = [
  {
    version: 1,
    stores: { bookmarks: 'id, pageId, createdAt' },
    seed: { bookmarks: [V1_BOOKMARK, V1_OTHER_PAGE] },
    async check(db) {
      expect(await db.bookmarks.get(V1_BOOKMARK.id)).toEqual(V1_BOOKMARK);
      expect(await db.bookmarks.orderBy('createdAt').primaryKeys()).toEqual([V1_OTHER_PAGE.id, V1_BOOKMARK.id]);
      expect(await db.bookmarks.where('pageId').equals('GSoC_ideas').toArray()).toEqual([V1_OTHER_PAGE]);
    },
  },
];

/** Create the database exactly as the shipped code up to `version` would have, and fill it. */
async function seedAsShipped(name: string, upTo: ShippedVersion): Promise<void> {
  const old = new Dexie(name);
  for (const shipped of SHIPPED.filter((s) => s.version <= upTo.version)) old.version(shipped.version).stores(shipped.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(upTo.seed)) await old.table(table).bulkAdd(records);
  });
  old.close();
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('schema versions', () => {
  it('every declared version has an upgrade case, and shipped declarations are unchanged', () => {
    expect(SCHEMA_VERSIONS.map((v) => ({ version: v.version, stores: v.stores }))).toEqual(
      SHIPPED.map((s) => ({ version: s.version, stores: s.stores })),
    );
  });

  it('a fresh install opens at the latest version', async () => {
    const db = new IdeaScoutDb('idea-scout-upgrade-fresh');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['bookmarks']);
  });

  it.each(SHIPPED)('a v$version database opens with the current code, data intact', async (shipped) => {
    const name = `idea-scout-upgrade-from-v${shipped.version}`;
    await seedAsShipped(name, shipped);

    const db = new IdeaScoutDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    await shipped.check(db);
    // Old snapshots must still satisfy today's record schema, or the upgrade has to rewrite them.
    for (const record of await db.bookmarks.toArray()) expect(Bookmark.safeParse(record).error).toBeUndefined();
  });
});
