// Visits through the whole RPC path: which snapshot each load is compared with (the baseline), "Mark all as
// seen", bounded storage, and bookmarks of ideas that left the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IdeaScoutDb } from '../../entrypoints/background/db/database';
import { createRouter, listen } from '../../entrypoints/background/router';
import { call } from '../../lib/rpc/client';
import { diffSnapshots, isEmptyDiff, type PageDiff } from '../../lib/diff';
import { takeSnapshot, type PageSnapshot } from '../../lib/snapshot';
import { KEEP_SNAPSHOTS, prunableIds, VISIT_HOURS } from '../../lib/visits';
import { writeKeptScan, type KeptVersion } from '../../lib/kept-scan';
import { scanPage } from '../../lib/parse/index';
import { scanRecord } from '../../lib/parse/scan-record';
import { FIXTURE_URL, loadFixturePage, parseFixture } from './helpers/fixture-pages';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';
import { emulateMessaging } from './helpers/messaging';

const HOUR = 60 * 60 * 1000;
const REV1 = takeSnapshot(parseFixture('outreach-vector-mw1.31.html'));
const REV2 = takeSnapshot(parseFixture('outreach-vector-mw1.31.rev2.html'));
/** rev2 with one more edit, as if the wiki changed again. */
const REV3: PageSnapshot = {
  ...REV2,
  ideas: REV2.ideas.map((idea) =>
    idea.key === 'DRBD_Integration' ? { ...idea, fields: { ...idea.fields, difficulty: { value: 'Easy', hash: 'edited' } } } : idea,
  ),
};

let db: IdeaScoutDb;
let stop: () => void;
let clock: number;
let databases = 0;

beforeEach(() => {
  fakeBrowser.reset();
  emulateMessaging();
  db = new IdeaScoutDb(`idea-scout-visits-${++databases}`);
  clock = Date.UTC(2025, 2, 3, 9, 0);
  stop = listen(createRouter(db, () => new Date(clock).toISOString()));
});

afterEach(async () => {
  stop();
  await db.delete();
  vi.restoreAllMocks();
});

const later = (hours: number) => (clock += hours * HOUR);
const load = async (snapshot: PageSnapshot, pageId = OUTREACH_ID, pageUrl = OUTREACH_URL) =>
  (await call('visits.record', { pageId, pageUrl, snapshot })).baseline;
const markSeen = (snapshot: PageSnapshot) => call('visits.markSeen', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, snapshot });
const changesSince = (baseline: { diff: PageDiff } | null) => (baseline ? !isEmptyDiff(baseline.diff) : false);
/** The reply when this load is compared with `before`, taken at `takenAt`. */
const comparedWith = (takenAt: string, before: PageSnapshot, now: PageSnapshot) => ({ takenAt, diff: diffSnapshots(before, now) });

describe('since your last visit: the baseline', () => {
  it('the first visit has nothing to compare with; the next load, even a reload, is compared with it', async () => {
    expect(await load(REV1)).toBeNull();
    later(0.01);
    const baseline = await load(REV2);
    expect(baseline).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));
  });

  it('reloads keep the marks until "Mark all as seen", then a reload shows none', async () => {
    await load(REV1);
    later(1);
    expect(changesSince(await load(REV2))).toBe(true);
    later(1);
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2)); // reloaded: still compared with rev1
    later(1);
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));

    expect(await markSeen(REV2)).toEqual({ seenAt: '2025-03-03T12:00:00.000Z' });
    later(0.1);
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T12:00:00.000Z', REV2, REV2));
    expect(changesSince(await load(REV2))).toBe(false);
  });

  it('after "Mark all as seen", a later edit of the wiki still shows up on the same day', async () => {
    await load(REV1);
    later(1);
    await load(REV2);
    await markSeen(REV2);
    later(1);
    const baseline = await load(REV3);
    expect(baseline).toEqual(comparedWith('2025-03-03T10:00:00.000Z', REV2, REV3));
    expect(baseline!.diff.changed.map((c) => c.key)).toEqual(['DRBD_Integration']);
  });

  it(`a load more than ${VISIT_HOURS} hours after the visit began starts a new visit, compared with the page as last shown`, async () => {
    await load(REV1);
    later(1);
    await load(REV2); // visit 2 (compared with rev1), never marked seen
    later(2);
    await load(REV3); // a reload in visit 2: refreshes its snapshot
    later(VISIT_HOURS);
    const baseline = await load(REV3); // visit 3
    expect(baseline).toEqual(comparedWith('2025-03-03T12:00:00.000Z', REV3, REV3));
  });

  it('pages are independent', async () => {
    const GSOC = 'https://wiki.xenproject.org/wiki/GSoC_ideas';
    await load(REV1);
    expect(await load(REV2, 'GSoC_ideas', GSOC)).toBeNull();
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));
  });

  it('marking seen before any recorded visit makes that page the baseline', async () => {
    await markSeen(REV1);
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));
  });
});

describe('bounded storage', () => {
  it(`keeps the newest ${KEEP_SNAPSHOTS} snapshots per page, however many visits`, async () => {
    const OTHER = 'https://wiki.xenproject.org/wiki/GSoC_ideas';
    await load(REV1, 'GSoC_ideas', OTHER);
    let previousAt = '';
    for (let day = 0; day < 12; day++) {
      later(24);
      const snapshot = { ...REV1, page: { ...REV1.page, title: `Day ${day}` } };
      const baseline = await load(snapshot);
      if (day > 0) expect(baseline?.takenAt).toBe(previousAt); // the baseline is never pruned away
      previousAt = new Date(clock).toISOString();
      if (day % 2) await markSeen(snapshot); // freezes that day's record, adds none
    }
    expect(await db.snapshots.where('pageId').equals(OUTREACH_ID).count()).toBe(KEEP_SNAPSHOTS);
    expect(await db.snapshots.where('pageId').equals('GSoC_ideas').count()).toBe(1);
    const kept = await db.snapshots.where('pageId').equals(OUTREACH_ID).toArray();
    expect(kept.map((r) => r.snapshot.page.title)).toEqual(['Day 7', 'Day 8', 'Day 9', 'Day 10', 'Day 11']);
  });

  it('pruning keeps the newest and the newest one\'s baseline', () => {
    const records = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, baselineId: id - 1 || null }));
    expect(prunableIds(records, 3)).toEqual([4, 3, 2, 1]);
    expect(prunableIds([...records, { id: 8, baselineId: 1 }], 3)).toEqual([5, 4, 3, 2]);
    expect(prunableIds([], 3)).toEqual([]);
  });
});

describe('the newest snapshots, for the dashboard', () => {
  it('lists the newest snapshot of each page, newest first', async () => {
    const OTHER = 'https://wiki.xen.org/wiki/GSoC_ideas';
    await load(REV1);
    later(1);
    await load(REV2, 'GSoC_ideas', OTHER);
    later(1);
    await load(REV2);
    const latest = await call('snapshots.latest');
    expect(latest.map((l) => [l.pageId, l.pageUrl, l.takenAt, l.snapshot === undefined])).toEqual([
      [OUTREACH_ID, OUTREACH_URL, '2025-03-03T11:00:00.000Z', false],
      ['GSoC_ideas', OTHER, '2025-03-03T10:00:00.000Z', false],
    ]);
    expect(latest[0].snapshot).toEqual(REV2);
    expect(await call('snapshots.latest', { pageId: 'GSoC_ideas' })).toEqual([latest[1]]);
    expect(await call('snapshots.latest', { pageId: 'Nothing' })).toEqual([]);
  });
});

describe('bookmarked ideas that leave the page', () => {
  const bookmark = (key: string) =>
    call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key, anchor: key, title: key }), bookmarked: true });
  const missingSince = async (key: string) => (await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: key }))?.missingSince ?? null;

  it('are flagged from the first visit that misses them, stay on the shortlist, and are unflagged when back', async () => {
    await bookmark('Advanced_Scheduling_Parameters');
    await bookmark('Mirage_OS_web_stack_testing');
    await load(REV1);
    expect(await missingSince('Advanced_Scheduling_Parameters')).toBeNull();

    later(1);
    await load(REV2);
    expect(await missingSince('Advanced_Scheduling_Parameters')).toBe('2025-03-03T10:00:00.000Z');
    expect(await missingSince('Mirage_OS_web_stack_testing')).toBeNull();
    later(1);
    await load(REV2);
    expect(await missingSince('Advanced_Scheduling_Parameters')).toBe('2025-03-03T10:00:00.000Z'); // since then, not since now
    expect((await call('bookmarks.list')).map((b) => b.ideaKey)).toContain('Advanced_Scheduling_Parameters');

    later(1);
    await load(REV1);
    expect(await missingSince('Advanced_Scheduling_Parameters')).toBeNull();
  });

  it('announces bookmark changes only when a flag changed', async () => {
    await bookmark('Advanced_Scheduling_Parameters');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await load(REV1);
    expect(set.mock.calls.flatMap((c) => Object.keys(c[0]))).toEqual(['changes:snapshots']);
    set.mockClear();
    await load(REV2);
    expect(set.mock.calls.flatMap((c) => Object.keys(c[0])).sort()).toEqual(['changes:bookmarks', 'changes:snapshots']);
  });
});

describe('bookmarked ideas whose heading is renamed', () => {
  const OLD = 'Advanced_Scheduling_Parameters';
  const NEW = 'Advanced_scheduling_parameters_for_credit2';
  /** REV1 with one heading renamed on the wiki: new title, so a new key and anchor; the body is the same. */
  const RENAMED: PageSnapshot = {
    ...REV1,
    ideas: REV1.ideas.map((idea) => (idea.key === OLD ? { ...idea, key: NEW, anchor: NEW, title: 'Advanced scheduling parameters for credit2' } : idea)),
  };
  const bookmark = (key: string, title = key) =>
    call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key, anchor: key, title }), bookmarked: true });
  const draft = (key: string, text: string) =>
    call('drafts.save', { pageId: OUTREACH_ID, ideaKey: key, title: key, text, subjectTag: '', editedAt: new Date(clock).toISOString(), session: `s-${text}` });

  it('keep their bookmark, shortlist place, draft and versions under the new key, not flagged missing', async () => {
    await bookmark('Mirage_OS_web_stack_testing');
    await bookmark(OLD, 'Advanced Scheduling Parameters');
    await call('shortlist.update', { id: `${OUTREACH_ID}#${OLD}`, note: 'ask about credit2', progress: 'contacted' });
    await draft(OLD, 'Dear mentors');
    later(1);
    await draft(OLD, 'Dear mentors, I would like to');
    await load(REV1);
    const before = (await call('bookmarks.list')).map((b) => b.ideaKey);

    later(1);
    await load(RENAMED);
    const moved = await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: NEW });
    expect(moved).toMatchObject({
      id: `${OUTREACH_ID}#${NEW}`,
      ideaKey: NEW,
      title: 'Advanced scheduling parameters for credit2',
      anchor: NEW,
      note: 'ask about credit2',
      progress: 'contacted',
    });
    expect(moved!.missingSince ?? null).toBeNull();
    expect(moved!.idea).toMatchObject({ key: NEW, title: 'Advanced scheduling parameters for credit2', anchor: NEW });
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: OLD })).toBeNull();
    // Same place on the shortlist.
    expect((await call('bookmarks.list')).map((b) => b.ideaKey)).toEqual(before.map((key) => (key === OLD ? NEW : key)));

    const id = `${OUTREACH_ID}#${NEW}`;
    expect(await call('drafts.get', { id })).toMatchObject({ id, ideaKey: NEW, text: 'Dear mentors, I would like to' });
    expect(await call('drafts.get', { id: `${OUTREACH_ID}#${OLD}` })).toBeNull();
    expect((await call('drafts.versions', { id })).map((v) => v.text)).toEqual(['Dear mentors, I would like to', 'Dear mentors']);
  });

  it('are recorded where they moved from, and Undo puts bookmark, draft and versions back under the earlier key', async () => {
    await bookmark('Mirage_OS_web_stack_testing');
    await bookmark(OLD, 'Advanced Scheduling Parameters');
    await draft(OLD, 'Dear mentors');
    await load(REV1);
    const order = (await call('bookmarks.list')).map((b) => b.id);
    later(1);
    await load(RENAMED);
    const oldIdea = REV1.ideas.find((idea) => idea.key === OLD)!;
    const movedAt = new Date(clock).toISOString();
    expect((await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: NEW }))!.renamedFrom).toEqual({
      ideaKey: OLD,
      title: 'Advanced Scheduling Parameters',
      anchor: oldIdea.anchor,
      at: movedAt,
    });

    const undone = await call('shortlist.undoRename', { id: `${OUTREACH_ID}#${NEW}` });
    expect(undone).toMatchObject({ id: `${OUTREACH_ID}#${OLD}`, ideaKey: OLD, title: 'Advanced Scheduling Parameters', anchor: oldIdea.anchor, renamedFrom: null });
    expect(undone.idea).toMatchObject({ key: OLD, title: 'Advanced Scheduling Parameters' });
    expect((await call('bookmarks.list')).map((b) => b.id)).toEqual(order);
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: NEW })).toBeNull();
    expect(await call('drafts.get', { id: `${OUTREACH_ID}#${OLD}` })).toMatchObject({ ideaKey: OLD, text: 'Dear mentors' });
    expect((await call('drafts.versions', { id: `${OUTREACH_ID}#${OLD}` })).map((v) => v.text)).toEqual(['Dear mentors']);
    await expect(call('shortlist.undoRename', { id: `${OUTREACH_ID}#${OLD}` })).rejects.toThrow('This idea has no rename to undo');

    // The next load of the page does not move it again: the student chose.
    later(1);
    await load(RENAMED);
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: OLD })).toMatchObject({ renamedFrom: null });
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: NEW })).toBeNull();
  });

  it('when two renamed ideas could be the bookmarked one, nothing moves and the student picks', async () => {
    const oldIdea = REV1.ideas.find((idea) => idea.key === OLD)!;
    // The wiki split the idea in two headings with the same body: either could be the one bookmarked.
    const SPLIT: PageSnapshot = {
      ...REV1,
      ideas: REV1.ideas.flatMap((idea) =>
        idea.key === OLD
          ? [
              { ...idea, key: 'Scheduling_for_credit1', anchor: 'Scheduling_for_credit1', title: 'Scheduling for credit1' },
              { ...idea, key: 'Scheduling_for_credit2', anchor: 'Scheduling_for_credit2', title: 'Scheduling for credit2' },
            ]
          : [idea],
      ),
    };
    await bookmark(OLD, 'Advanced Scheduling Parameters');
    await draft(OLD, 'Dear mentors');
    await load(REV1);
    later(1);
    await load(SPLIT);
    const asking = await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: OLD });
    expect(asking).toMatchObject({ title: 'Advanced Scheduling Parameters', renameCandidates: [
      { ideaKey: 'Scheduling_for_credit1', title: 'Scheduling for credit1', anchor: 'Scheduling_for_credit1' },
      { ideaKey: 'Scheduling_for_credit2', title: 'Scheduling for credit2', anchor: 'Scheduling_for_credit2' },
    ] });
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'Scheduling_for_credit1' })).toBeNull();
    expect(await call('drafts.get', { id: `${OUTREACH_ID}#${OLD}` })).toMatchObject({ text: 'Dear mentors' });

    await expect(call('shortlist.pickRename', { id: `${OUTREACH_ID}#${OLD}`, ideaKey: 'Fuzz_testing_Xen_with_Mirage' })).rejects.toThrow(
      'That idea was not one of those offered for this bookmark.',
    );
    const picked = await call('shortlist.pickRename', { id: `${OUTREACH_ID}#${OLD}`, ideaKey: 'Scheduling_for_credit2' });
    expect(picked).toMatchObject({
      id: `${OUTREACH_ID}#Scheduling_for_credit2`,
      title: 'Scheduling for credit2',
      renameCandidates: null,
      renamedFrom: { ideaKey: OLD, title: 'Advanced Scheduling Parameters', anchor: oldIdea.anchor, at: new Date(clock).toISOString() },
    });
    expect(await call('drafts.get', { id: `${OUTREACH_ID}#Scheduling_for_credit2` })).toMatchObject({ text: 'Dear mentors' });
  });

  it('"none of these" keeps the bookmark under its old key', async () => {
    const SPLIT: PageSnapshot = {
      ...REV1,
      ideas: REV1.ideas.flatMap((idea) => (idea.key === OLD ? [{ ...idea, key: 'A', title: 'A' }, { ...idea, key: 'B', title: 'B' }] : [idea])),
    };
    await bookmark(OLD, 'Advanced Scheduling Parameters');
    await load(REV1);
    later(1);
    await load(SPLIT);
    const kept = await call('shortlist.pickRename', { id: `${OUTREACH_ID}#${OLD}`, ideaKey: null });
    expect(kept).toMatchObject({ id: `${OUTREACH_ID}#${OLD}`, renameCandidates: null });
    expect(kept.missingSince).toBeTruthy();
  });

  it('leave a bookmark already on the new key alone', async () => {
    await bookmark(OLD);
    await bookmark(NEW, 'Bookmarked under the new key already');
    await load(REV1);
    later(1);
    await load(RENAMED);
    expect((await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: NEW }))!.title).toBe('Bookmarked under the new key already');
    // The old one is kept (its idea is gone from the page, so it is flagged, as before).
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: OLD })).toMatchObject({ missingSince: '2025-03-03T10:00:00.000Z' });
  });
});

describe('a page whose scan is kept names it instead of sending its snapshot', () => {
  const REV1_VERSION = { parser: 'parser-1', digest: 'digest-of-rev1' };
  const keep = async (fixture: string, version: KeptVersion) => {
    const doc = loadFixturePage(fixture);
    const kept = await writeKeptScan(fakeBrowser.storage.local, OUTREACH_ID, version, scanRecord(scanPage(doc, FIXTURE_URL)), 0);
    expect(kept).toBe(true);
  };
  const loadKept = async (keptScan: KeptVersion) => (await call('visits.record', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, keptScan })).baseline;

  it('the background takes the same snapshot from the kept scan as the page would have sent', async () => {
    await keep('outreach-vector-mw1.31.html', REV1_VERSION);
    expect(await loadKept(REV1_VERSION)).toBeNull();
    expect((await call('snapshots.latest', { pageId: OUTREACH_ID }))[0].snapshot).toEqual(REV1);
    later(0.01);
    expect(await load(REV2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));
    later(0.01);
    // And the other way round: a kept rev2 compared with the sent rev1.
    const rev2 = { parser: 'parser-1', digest: 'digest-of-rev2' };
    await keep('outreach-vector-mw1.31.rev2.html', rev2);
    expect(await loadKept(rev2)).toEqual(comparedWith('2025-03-03T09:00:00.000Z', REV1, REV2));
  });

  it('a kept scan that is not there, of another parser or another text is refused, and nothing is recorded', async () => {
    await expect(loadKept(REV1_VERSION)).rejects.toThrow(`The kept scan of ${OUTREACH_ID} is not in storage; send the page's snapshot.`);
    await keep('outreach-vector-mw1.31.html', REV1_VERSION);
    await expect(loadKept({ ...REV1_VERSION, parser: 'parser-2' })).rejects.toThrow(/is not in storage/);
    await expect(loadKept({ ...REV1_VERSION, digest: 'digest-of-rev2' })).rejects.toThrow(/is not in storage/);
    // A part overwritten by another record's write.
    await fakeBrowser.storage.local.set({ [`scan:${OUTREACH_ID}:0`]: { digest: 'another', ideasJson: '[]' } });
    await expect(loadKept(REV1_VERSION)).rejects.toThrow(/is not in storage/);
    // A part of this record in an older format (the ideas as objects).
    await fakeBrowser.storage.local.set({ [`scan:${OUTREACH_ID}:0`]: { digest: REV1_VERSION.digest, ideas: REV1.ideas } });
    await expect(loadKept(REV1_VERSION)).rejects.toThrow(/is not in storage/);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('a message with both a snapshot and a kept scan, or neither, is refused', async () => {
    const both = { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, snapshot: REV1, keptScan: REV1_VERSION };
    await expect(call('visits.record', both)).rejects.toThrow(/give either a snapshot or a keptScan/);
    await expect(call('visits.record', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL })).rejects.toThrow(/give either a snapshot or a keptScan/);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('messages are checked', () => {
  it('refuses a pageUrl of another page', async () => {
    await expect(load(REV1, OUTREACH_ID, 'https://wiki.xenproject.org/wiki/Main_Page')).rejects.toThrow(
      'Invalid "visits.record" message: pageUrl https://wiki.xenproject.org/wiki/Main_Page is not the wiki page Outreach_Program_Projects.',
    );
    expect(await db.snapshots.count()).toBe(0);
  });

  it('refuses a snapshot that is not one', async () => {
    const bad = { ...REV1, ideas: [{ ...REV1.ideas[0], title: 'x'.repeat(10_000) }] };
    await expect(load(bad)).rejects.toThrow(/Invalid "visits.record" message: snapshot\.ideas\[0\]\.title/);
    await expect(load({ ...REV1, format: 2 } as unknown as PageSnapshot)).rejects.toThrow(/snapshot.format/);
  });
});
