// Schema upgrades: a database written by each shipped version must open with the current code, data intact.
//
// To ship version N+1: append it to SCHEMA_VERSIONS in entrypoints/background/db/schema.ts, then append a case to
// SHIPPED below with the stores exactly as declared, records exactly as that version wrote them, and a check
// that the current code reads them back as it should (after N+1 the v1 case's check may need to expect the
// migrated form, e.g. a default shortlist rank).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IdeaScoutDb } from '../../entrypoints/background/db/database';
import { SCHEMA_VERSIONS } from '../../entrypoints/background/db/schema';
import { Bookmark } from '../../lib/bookmark';
import { Draft, DraftVersion } from '../../lib/draft';
import { PageCopy } from '../../lib/program/page-copy';
import { PageSnapshot } from '../../lib/snapshot-schema';

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

// v2: bookmarks carry shortlist fields; drafts, their versions and page advice have tables.
const V2_BOOKMARK = { ...V1_BOOKMARK, rank: 2, progress: 'contacted', note: 'Ask about the \u201cgrant v3\u201d design' };
const V2_FIRST = { ...V1_OTHER_PAGE, rank: 1, progress: 'interested', note: '' };
const V2_DRAFT = {
  id: V1_BOOKMARK.id,
  pageId: V1_BOOKMARK.pageId,
  ideaKey: V1_BOOKMARK.ideaKey,
  title: V1_BOOKMARK.title,
  text: '# Application: PV grant table improvements\n\nAbout me: second draft.',
  subjectTag: 'GSoC 2025',
  createdAt: '2025-03-03T09:00:00.000Z',
  updatedAt: '2025-03-04T09:00:00.000Z',
};
const V2_VERSIONS = [
  { id: 'v-1', draftId: V2_DRAFT.id, text: 'About me: first draft.', subjectTag: 'GSoC 2025', session: 's1', createdAt: '2025-03-03T09:00:00.000Z', savedAt: '2025-03-03T09:04:00.000Z' },
  { id: 'v-2', draftId: V2_DRAFT.id, text: V2_DRAFT.text, subjectTag: 'GSoC 2025', session: 's2', createdAt: '2025-03-04T08:58:00.000Z', savedAt: '2025-03-04T09:00:00.000Z' },
];
const V2_ADVICE = { pageId: 'Outreach_Program_Projects', subjectTag: 'OPW 2014', seenAt: '2025-03-01T09:00:00.000Z' };

// v3: page snapshots per visit; bookmarks of ideas gone from their page carry missingSince.
const V3_MISSING = { ...V2_FIRST, missingSince: '2025-03-05T09:00:00.000Z' };
const V3_SNAPSHOT = {
  format: 1,
  page: { title: 'Outreach Program Projects', url: 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects' },
  ideas: [
    {
      key: 'pv-grant-table',
      title: 'PV grant table improvements',
      anchor: 'PV_grant_table',
      status: 'peer-reviewed',
      section: 'Hypervisor',
      category: null,
      fields: Object.fromEntries(
        ['inserted', 'verified', 'gsoc', 'contacts', 'mailingList', 'irc', 'difficulty', 'skills', 'description', 'outcomes'].map((name) => [
          name,
          { value: name === 'difficulty' ? 'Medium' : '', hash: name === 'difficulty' ? '1abc' : '0' },
        ]),
      ),
      comments: [{ author: 'Lars', timestamp: '2024-01-16T10:00:00Z', field: 'review', text: 'Looks good', hash: '2def' }],
      needs: ['outcomes'],
    },
  ],
};
const V3_VISITS = [
  { id: 1, pageId: 'Outreach_Program_Projects', pageUrl: V1_BOOKMARK.pageUrl, startedAt: '2025-03-01T09:00:00.000Z', takenAt: '2025-03-01T09:00:00.000Z', seen: true, baselineId: null, snapshot: V3_SNAPSHOT },
  { id: 2, pageId: 'Outreach_Program_Projects', pageUrl: V1_BOOKMARK.pageUrl, startedAt: '2025-03-05T09:00:00.000Z', takenAt: '2025-03-05T10:00:00.000Z', seen: false, baselineId: 1, snapshot: V3_SNAPSHOT },
];

// v4: a bookmark that followed a renamed idea records where from; one whose rename was not sure lists the candidates.
const V4_RENAMED = {
  ...V2_FIRST,
  pageId: 'Outreach_Program_Projects',
  id: 'Outreach_Program_Projects#Scheduling_for_credit2',
  ideaKey: 'Scheduling_for_credit2',
  renamedFrom: { ideaKey: 'Advanced_Scheduling_Parameters', title: 'Advanced Scheduling Parameters', anchor: 'Advanced_Scheduling_Parameters', at: '2025-03-06T09:00:00.000Z' },
};
const V4_ASKING = {
  ...V2_FIRST,
  pageId: 'Outreach_Program_Projects',
  id: 'Outreach_Program_Projects#Old_idea',
  ideaKey: 'Old_idea',
  renameCandidates: [
    { ideaKey: 'New_idea_A', title: 'New idea A', anchor: 'New_idea_A' },
    { ideaKey: 'New_idea_B', title: 'New idea B', anchor: 'New_idea_B' },
  ],
};

// v5 (All ideas pages): each ideas page's copy as read through the wiki's API, keyed by MediaWiki's page id.
const V5_PAGE = {
  pageid: 1201,
  title: 'Outreach Program Projects',
  revid: 5071,
  revisedAt: '2014-03-03T10:02:00Z',
  readAt: '2025-03-06T09:00:00.000Z',
  checkedAt: '2025-03-07T09:00:00.000Z',
  parser: '0123456789abcdef',
  ideas: [V1_BOOKMARK.idea],
  warnings: ['"XL to XCP VM motion" has no Difficulty field.'],
  error: { message: 'The wiki answered 503 Service Unavailable.', at: '2025-03-07T09:00:00.000Z' },
};

// v6 (issue 19): per bookmark, the version of each synced field this device holds (hash of the value, change time).
const V6_SHADOW_LIVE = {
  id: V2_BOOKMARK.id,
  t: Date.parse('2025-03-02T09:00:00.000Z'),
  d: 'k3x9q2aa',
  gone: false,
  fields: { r: ['1x2y3z', 1740906000000], s: ['2a3b4c', 1740906000000], n: ['3d4e5f', 1740906000000], f: ['4g5h6i', 1740819600000] },
};
const V6_SHADOW_GONE = { id: 'GSoC_ideas#removed-idea', t: Date.parse('2025-03-06T09:00:00.000Z'), d: 'k3x9q2aa', gone: true, fields: null };

const SHIPPED: ShippedVersion[] = [
  {
    version: 1,
    stores: { bookmarks: 'id, pageId, createdAt' },
    seed: { bookmarks: [V1_BOOKMARK, V1_OTHER_PAGE] },
    async check(db) {
      // v2 gave every bookmark its shortlist fields: ranked in the order they were made, nothing else changed.
      expect(await db.bookmarks.get(V1_BOOKMARK.id)).toEqual({ ...V1_BOOKMARK, rank: 2, progress: 'interested', note: '' });
      expect(await db.bookmarks.get(V1_OTHER_PAGE.id)).toEqual({ ...V1_OTHER_PAGE, rank: 1, progress: 'interested', note: '' });
      expect(await db.bookmarks.orderBy('createdAt').primaryKeys()).toEqual([V1_OTHER_PAGE.id, V1_BOOKMARK.id]);
      expect(await db.bookmarks.orderBy('rank').primaryKeys()).toEqual([V1_OTHER_PAGE.id, V1_BOOKMARK.id]);
      expect((await db.bookmarks.where('pageId').equals('GSoC_ideas').toArray()).map((b) => b.id)).toEqual([V1_OTHER_PAGE.id]);
      expect(await db.drafts.count()).toBe(0);
      expect(await db.draftVersions.count()).toBe(0);
    },
  },
  {
    version: 2,
    stores: {
      bookmarks: 'id, pageId, createdAt, rank',
      drafts: 'id, updatedAt',
      draftVersions: 'id, draftId, [draftId+savedAt]',
      pageAdvice: 'pageId',
    },
    seed: { bookmarks: [V2_BOOKMARK, V2_FIRST], drafts: [V2_DRAFT], draftVersions: V2_VERSIONS, pageAdvice: [V2_ADVICE] },
    async check(db) {
      expect(await db.bookmarks.get(V2_BOOKMARK.id)).toEqual(V2_BOOKMARK);
      expect(await db.bookmarks.orderBy('rank').primaryKeys()).toEqual([V2_FIRST.id, V2_BOOKMARK.id]);
      expect(await db.drafts.get(V2_DRAFT.id)).toEqual(V2_DRAFT);
      expect(Draft.safeParse(await db.drafts.get(V2_DRAFT.id)).success).toBe(true);
      const versions = await db.draftVersions.where('draftId').equals(V2_DRAFT.id).sortBy('savedAt');
      expect(versions).toEqual(V2_VERSIONS);
      for (const version of versions) expect(DraftVersion.safeParse(version).success).toBe(true);
      expect(await db.pageAdvice.get(V2_ADVICE.pageId)).toEqual(V2_ADVICE);
    },
  },
  {
    version: 3,
    stores: { snapshots: '++id, pageId' },
    seed: {
      bookmarks: [V2_BOOKMARK, V3_MISSING],
      drafts: [V2_DRAFT],
      draftVersions: V2_VERSIONS,
      pageAdvice: [V2_ADVICE],
      snapshots: V3_VISITS,
    },
    async check(db) {
      // Everything of the earlier versions is there as written...
      expect(await db.bookmarks.get(V2_BOOKMARK.id)).toEqual(V2_BOOKMARK);
      expect(await db.bookmarks.get(V3_MISSING.id)).toEqual(V3_MISSING);
      expect(await db.drafts.get(V2_DRAFT.id)).toEqual(V2_DRAFT);
      expect(await db.draftVersions.where('draftId').equals(V2_DRAFT.id).sortBy('savedAt')).toEqual(V2_VERSIONS);
      expect(await db.pageAdvice.get(V2_ADVICE.pageId)).toEqual(V2_ADVICE);
      // ...and the visits too, newest last per page, their snapshots still valid.
      const visits = await db.snapshots.where('pageId').equals('Outreach_Program_Projects').toArray();
      // v4 counted each snapshot's size, and the page's cached data, last used at its newest snapshot.
      const size = JSON.stringify(V3_SNAPSHOT).length;
      expect(visits).toEqual(V3_VISITS.map((visit) => ({ ...visit, bytes: size })));
      for (const visit of visits) expect(PageSnapshot.safeParse(visit.snapshot).error).toBeUndefined();
      expect(await db.cachedPages.toArray()).toEqual([
        { pageId: 'Outreach_Program_Projects', usedAt: '2025-03-05T10:00:00.000Z', visitBytes: 2 * size, scanBytes: 0 },
      ]);
    },
  },
  {
    version: 4,
    stores: { cachedPages: 'pageId, usedAt' },
    seed: {
      bookmarks: [V4_RENAMED, V4_ASKING],
      snapshots: [{ ...V3_VISITS[0], bytes: 1234 }],
      cachedPages: [{ pageId: 'Outreach_Program_Projects', usedAt: '2025-03-01T09:00:00.000Z', visitBytes: 1234, scanBytes: 56_000 }],
    },
    async check(db) {
      expect(await db.bookmarks.get(V4_RENAMED.id)).toEqual(V4_RENAMED);
      expect(await db.bookmarks.get(V4_ASKING.id)).toEqual(V4_ASKING);
      expect(await db.snapshots.toArray()).toEqual([{ ...V3_VISITS[0], bytes: 1234 }]);
      expect(await db.cachedPages.toArray()).toEqual([
        { pageId: 'Outreach_Program_Projects', usedAt: '2025-03-01T09:00:00.000Z', visitBytes: 1234, scanBytes: 56_000 },
      ]);
    },
  },
  {
    version: 5,
    stores: { programPages: 'pageid' },
    seed: {
      bookmarks: [V2_BOOKMARK, V3_MISSING],
      drafts: [V2_DRAFT],
      draftVersions: V2_VERSIONS,
      pageAdvice: [V2_ADVICE],
      snapshots: V3_VISITS,
      programPages: [V5_PAGE],
    },
    async check(db) {
      expect(await db.bookmarks.get(V3_MISSING.id)).toEqual(V3_MISSING);
      expect(await db.snapshots.where('pageId').equals('Outreach_Program_Projects').toArray()).toEqual(V3_VISITS);
      expect(await db.programPages.toArray()).toEqual([V5_PAGE]);
      expect(PageCopy.safeParse(await db.programPages.get(V5_PAGE.pageid)).error).toBeUndefined();
    },
  },
  {
    version: 6,
    stores: { syncShadow: 'id' },
    seed: {
      bookmarks: [V2_BOOKMARK, V3_MISSING],
      drafts: [V2_DRAFT],
      programPages: [V5_PAGE],
      syncShadow: [
        V6_SHADOW_LIVE,
        V6_SHADOW_GONE,
      ],
    },
    async check(db) {
      expect(await db.bookmarks.get(V2_BOOKMARK.id)).toEqual(V2_BOOKMARK);
      expect(await db.programPages.toArray()).toEqual([V5_PAGE]);
      expect(await db.syncShadow.orderBy('id').toArray()).toEqual([V6_SHADOW_GONE, V6_SHADOW_LIVE]);
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
    const declared = new Set(SHIPPED.flatMap((s) => Object.entries(s.stores).flatMap(([name, spec]) => (spec === null ? [] : [name]))));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
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
