// Merging this device's shortlist with storage.sync: newer wins per bookmark, removals travel as tombstones and
// expire after 60 days, rank order converges, and items from a newer version or damaged ones are left alone.
// Two simulated devices each keep a database, a shadow and their own copy of storage.sync; the browser's sync
// service is played by copying items between the copies.
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../lib/bookmark';
import { bookmarkKey, deviceKey, encodeBookmark, TOMBSTONE_MS } from '../../lib/sync/format';
import { planSync, type ShadowEntry, type SyncPlan } from '../../lib/sync/merge';
import { sortShortlist } from '../../lib/shortlist';
import { OUTREACH_ID, sampleIdea } from './helpers/ideas';
import { sampleBookmark } from './helpers/shortlist';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 3, 1);
const at = (ms: number) => new Date(ms).toISOString();

function idea(key: string, rank: number, updated = T0): Bookmark {
  return sampleBookmark({
    idea: sampleIdea({ key, anchor: key, title: key.toUpperCase() }),
    rank,
    createdAt: at(T0 - DAY + rank),
    updatedAt: at(updated),
  });
}
const idOf = (key: string) => `${OUTREACH_ID}#${key}`;

class Device {
  readonly local = new Map<string, Bookmark>();
  readonly shadow = new Map<string, ShadowEntry>();
  drafts: string[] = [];
  replica: Record<string, unknown> = {};
  /** Keys this device wrote since the last exchange through the sync service. */
  written = new Set<string>();

  constructor(readonly id: string) {}

  /** One sync run: merge storage.sync into the database and write what storage.sync lacks (unless the write fails). */
  sync(now: number, { writeFails = false } = {}): SyncPlan {
    const plan = planSync({ device: this.id, now, local: [...this.local.values()], shadow: [...this.shadow.values()], remote: this.replica, draftIds: this.drafts });
    for (const bookmark of plan.localPuts) this.local.set(bookmark.id, bookmark);
    for (const id of plan.localDeletes) this.local.delete(id);
    for (const entry of plan.shadowNow) this.shadow.set(entry.id, entry);
    for (const id of plan.shadowDeletes) this.shadow.delete(id);
    for (const { key, value } of writeFails ? [] : plan.remoteSets) {
      this.replica[key] = structuredClone(value);
      this.written.add(key);
    }
    for (const key of writeFails ? [] : plan.remoteRemoves) {
      delete this.replica[key];
      this.written.add(key);
    }
    return plan;
  }

  put(bookmark: Bookmark): void {
    this.local.set(bookmark.id, bookmark);
  }

  edit(key: string, change: Partial<Bookmark>, when: number): void {
    const bookmark = this.local.get(idOf(key))!;
    this.local.set(bookmark.id, { ...bookmark, ...change, updatedAt: at(when) });
  }

  /** A reorder as the shortlist makes it: ranks 1..n in the new order, changed ones stamped. */
  reorder(keys: string[], when: number): void {
    keys.forEach((key, index) => {
      const bookmark = this.local.get(idOf(key))!;
      if (bookmark.rank !== index + 1) this.local.set(bookmark.id, { ...bookmark, rank: index + 1, updatedAt: at(when) });
    });
  }

  order(): string[] {
    return sortShortlist([...this.local.values()]).map((b) => b.ideaKey);
  }
}

/** The browser's sync service: makes `to`'s copy of storage.sync equal to `from`'s. */
function copy(from: Device, to: Device): void {
  to.replica = structuredClone(from.replica);
  from.written.clear();
}

/**
 * The sync service passes on what each device wrote since the last exchange; where both wrote one key, the write
 * that reached it last wins.
 */
function meet(first: Device, last: Device): void {
  const merged = { ...first.replica };
  for (const key of last.written) {
    if (key in last.replica) merged[key] = last.replica[key];
    else delete merged[key];
  }
  for (const device of [first, last]) {
    device.replica = structuredClone(merged);
    device.written.clear();
  }
}

/** Exchanges and sync runs until neither device has anything left to write. */
function settle(a: Device, b: Device, now: number): void {
  for (let round = 0; round < 5; round++) {
    meet(a, b);
    const writes = [...a.sync(now).remoteSets, ...b.sync(now).remoteSets];
    if (process.env.DEBUG_SYNC) console.log(round, writes.map((w) => [w.key, JSON.stringify(w.value).slice(0, 120)]));
    if (!writes.length) return;
  }
  throw new Error('sync did not settle in 5 rounds');
}

/** Two devices that agree on these bookmarks: made on A at T0, carried to B. */
function agreeing(...bookmarks: Bookmark[]): [Device, Device] {
  const a = new Device('deva');
  const b = new Device('devb');
  for (const bookmark of bookmarks) a.put(bookmark);
  a.sync(T0);
  copy(a, b);
  b.sync(T0);
  return [a, b];
}

const shortlistOf = (device: Device) =>
  sortShortlist([...device.local.values()]).map(({ ideaKey, rank, progress, note }) => ({ ideaKey, rank, progress, note }));

describe('planSync between two devices', () => {
  it('a bookmark with its progress and note reaches the other device', () => {
    const a = new Device('deva');
    const b = new Device('devb');
    a.put({ ...idea('xen', 1), progress: 'contacted', note: 'Mail Jane' });
    a.sync(T0);
    copy(a, b);
    const plan = b.sync(T0 + 1000);
    expect(plan.localPuts.map((p) => p.id)).toEqual([idOf('xen')]);
    expect(shortlistOf(b)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'contacted', note: 'Mail Jane' }]);
    // Nothing is written back: B agrees with storage.sync (apart from its own device record).
    expect(plan.remoteSets.map((s) => s.key)).toEqual([deviceKey('devb')]);
    expect(b.sync(T0 + 2000).remoteSets).toEqual([]);
  });

  it('a removal travels as a tombstone and the idea stays removed on both', () => {
    const [a, b] = agreeing(idea('xen', 1));
    b.local.delete(idOf('xen'));
    const removal = b.sync(T0 + 2000);
    expect(removal.remoteSets).toEqual([{ key: bookmarkKey(idOf('xen')), value: { v: 1, p: OUTREACH_ID, k: 'xen', t: T0 + 2000, d: 'devb', x: 1 } }]);
    expect(removal.shadowNow).toEqual([{ id: idOf('xen'), t: T0 + 2000, d: 'devb', gone: true, fields: null }]);
    copy(b, a);
    expect(a.sync(T0 + 3000).localDeletes).toEqual([idOf('xen')]);
    expect(a.order()).toEqual([]);
    expect(a.sync(T0 + 4000).remoteSets).toEqual([]);
  });

  it('a device offline for weeks does not bring a removed idea back', () => {
    const [a, b] = agreeing(idea('xen', 1));
    a.local.delete(idOf('xen'));
    a.sync(T0 + DAY);
    // B was offline for 30 days, then hears of the removal; its copy of the idea was older.
    copy(a, b);
    b.sync(T0 + 31 * DAY);
    expect(b.order()).toEqual([]);
  });

  it('tombstones expire after 60 days: removed from storage.sync and from the shadow', () => {
    const a = new Device('deva');
    a.put(idea('xen', 1));
    a.sync(T0);
    a.local.delete(idOf('xen'));
    a.sync(T0 + DAY);
    expect(Object.keys(a.replica)).toContain(bookmarkKey(idOf('xen')));
    const late = a.sync(T0 + DAY + TOMBSTONE_MS + 1);
    expect(late.remoteRemoves).toEqual([bookmarkKey(idOf('xen'))]);
    expect(late.shadowDeletes).toEqual([idOf('xen')]);
    expect(Object.keys(a.replica)).toEqual([deviceKey('deva')]);
  });

  it('per bookmark the newer change wins, even when the sync service keeps the older copy', () => {
    const [a, b] = agreeing(idea('xen', 1));
    a.edit('xen', { note: 'from A' }, T0 + 1000);
    b.edit('xen', { note: 'from B (later)' }, T0 + 2000);
    a.sync(T0 + 3000);
    b.sync(T0 + 3000);
    meet(b, a); // A's older copy reached the service last
    settle(a, b, T0 + 4000);
    expect(shortlistOf(a)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'interested', note: 'from B (later)' }]);
    expect(shortlistOf(b)).toEqual(shortlistOf(a));
  });

  it('a removal and an edit: whichever was later wins', () => {
    const [a1, b1] = agreeing(idea('xen', 1));
    a1.edit('xen', { note: 'edited' }, T0 + 1000);
    b1.local.delete(idOf('xen'));
    a1.sync(T0 + 1000);
    b1.sync(T0 + 2000); // removed later
    settle(a1, b1, T0 + 3000);
    expect([a1.order(), b1.order()]).toEqual([[], []]);

    const [a2, b2] = agreeing(idea('xen', 1));
    b2.local.delete(idOf('xen'));
    b2.sync(T0 + 1000);
    a2.edit('xen', { note: 'edited later' }, T0 + 2000);
    a2.sync(T0 + 2000);
    settle(a2, b2, T0 + 3000);
    expect(shortlistOf(a2)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'interested', note: 'edited later' }]);
    expect(shortlistOf(b2)).toEqual(shortlistOf(a2));
  });

  it("a change made after seeing another device's wins even when this device's clock is behind", () => {
    const a = new Device('deva');
    const b = new Device('devb');
    a.put(idea('xen', 1, T0 + 10 * 60_000)); // A's clock is 10 minutes ahead
    a.sync(T0 + 10 * 60_000);
    copy(a, b);
    b.sync(T0);
    b.edit('xen', { progress: 'applied' }, T0 + 1000);
    b.sync(T0 + 1000);
    copy(b, a);
    a.sync(T0 + 10 * 60_000 + 2000);
    expect(shortlistOf(a)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'applied', note: '' }]);
  });

  it('two devices reordering at once end in the same order on both', () => {
    // Per idea the later rank wins (B reorders after A); ties fall back to when the idea was bookmarked.
    const scenarios: { a: string[]; b: string[]; lastToReachService: 'A' | 'B'; both: string[] }[] = [
      // Moves of different ideas both survive.
      { a: ['b', 'a', 'c', 'd', 'e'], b: ['a', 'b', 'c', 'e', 'd'], lastToReachService: 'A', both: ['b', 'a', 'c', 'e', 'd'] },
      // A renumbered everything, B only d and c: a, b, e keep A's ranks, c and d take B's; b and d tie at 3.
      { a: ['e', 'a', 'b', 'c', 'd'], b: ['a', 'b', 'd', 'c', 'e'], lastToReachService: 'A', both: ['e', 'a', 'b', 'd', 'c'] },
      { a: ['e', 'a', 'b', 'c', 'd'], b: ['a', 'b', 'd', 'c', 'e'], lastToReachService: 'B', both: ['e', 'a', 'b', 'd', 'c'] },
      { a: ['c', 'b', 'a', 'd', 'e'], b: ['a', 'e', 'b', 'c', 'd'], lastToReachService: 'B', both: ['e', 'a', 'b', 'c', 'd'] },
    ];
    for (const { a: orderA, b: orderB, lastToReachService, both } of scenarios) {
      const [a, b] = agreeing(...['a', 'b', 'c', 'd', 'e'].map((key, i) => idea(key, i + 1)));
      a.reorder(orderA, T0 + 1000);
      b.reorder(orderB, T0 + 1500);
      a.sync(T0 + 2000);
      b.sync(T0 + 2000);
      if (lastToReachService === 'A') meet(b, a);
      else meet(a, b);
      settle(a, b, T0 + 3000);
      expect([a.order(), b.order()]).toEqual([both, both]);
    }
  });

  it('the later of two whole reorders is the order both end with', () => {
    const [a, b] = agreeing(...['a', 'b', 'c'].map((key, i) => idea(key, i + 1)));
    a.reorder(['c', 'b', 'a'], T0 + 1000);
    b.reorder(['b', 'c', 'a'], T0 + 2000);
    a.sync(T0 + 2000);
    b.sync(T0 + 2000);
    meet(b, a);
    settle(a, b, T0 + 3000);
    expect([a.order(), b.order()]).toEqual([
      ['b', 'c', 'a'],
      ['b', 'c', 'a'],
    ]);
  });

  it('an item of a newer format is left alone and never overwritten; the idea is named', () => {
    const a = new Device('deva');
    a.put(idea('xen', 1));
    a.sync(T0);
    const key = bookmarkKey(idOf('xen'));
    const future = { v: 2, p: OUTREACH_ID, k: 'xen', t: T0 + 5000, whatever: { new: true } };
    a.replica[key] = future;
    a.edit('xen', { note: 'local change' }, T0 + 6000);
    const plan = a.sync(T0 + 7000);
    expect(plan.futureKeys).toEqual([key]);
    expect(plan.heldByNewerVersion).toEqual([idOf('xen')]);
    expect(plan.remoteSets.map((s) => s.key)).not.toContain(key);
    expect(a.replica[key]).toEqual(future);
    expect(a.local.get(idOf('xen'))!.note).toBe('local change');
  });

  it('a malformed item is ignored with the reason; it does not touch the shortlist', () => {
    const a = new Device('deva');
    a.put(idea('xen', 1));
    const key = bookmarkKey(idOf('xen'));
    a.replica[key] = { v: 1, p: OUTREACH_ID, k: 'xen', t: T0 + 5000, d: 'devb', r: -1 };
    a.replica.junk = 42;
    const plan = a.sync(T0 + 6000);
    expect(plan.ignored).toEqual([
      { key, reason: 'not a bookmark record of format 1' },
      { key: 'junk', reason: 'unknown key' },
    ]);
    expect(plan.localPuts).toEqual([]);
    expect(shortlistOf(a)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'interested', note: '' }]);
    // The damaged item is replaced by this device's good copy.
    expect(a.replica[key]).toEqual(encodeBookmark(a.local.get(idOf('xen'))!, T0, 'deva'));
  });

  it('each device says which ideas have a draft there; the other shows them as drafts elsewhere', () => {
    const a = new Device('deva');
    const b = new Device('devb');
    a.put(idea('xen', 1));
    a.put(idea('arm', 2));
    a.drafts = [idOf('arm'), idOf('not-shortlisted')];
    a.sync(T0);
    expect(a.replica[deviceKey('deva')]).toEqual({ v: 1, t: T0, w: [bookmarkKey(idOf('arm'))] });
    copy(a, b);
    expect(b.sync(T0 + 1000).draftsElsewhere).toEqual([idOf('arm')]);
    expect(a.sync(T0 + 1000).draftsElsewhere).toEqual([]);
  });

  it('a device record is refreshed weekly, and one unseen for 60 days is pruned', () => {
    const a = new Device('deva');
    const b = new Device('devb');
    a.sync(T0);
    copy(a, b);
    expect(b.sync(T0 + 8 * DAY).remoteSets.map((s) => s.key)).toEqual([deviceKey('devb')]);
    expect(b.sync(T0 + 9 * DAY).remoteSets).toEqual([]);
    const late = b.sync(T0 + 61 * DAY);
    expect(late.remoteRemoves).toEqual([deviceKey('deva')]);
  });

  it('storage.sync emptied by another browser (its sync turned off) is filled again from this device', () => {
    const a = new Device('deva');
    a.put(idea('xen', 1));
    a.sync(T0);
    a.replica = {};
    expect(a.sync(T0 + 1000).remoteSets.map((s) => s.key)).toEqual([deviceKey('deva'), bookmarkKey(idOf('xen'))]);
    expect(a.local.size).toBe(1);
  });

  it('writes are ordered by importance: own device record, removals, then the shortlist from the top', () => {
    const a = new Device('deva');
    ['a', 'b', 'c'].forEach((key, i) => a.put(idea(key, 3 - i)));
    a.sync(T0);
    a.local.delete(idOf('b'));
    a.edit('a', { note: 'x' }, T0 + 1000);
    a.edit('c', { note: 'y' }, T0 + 1000);
    a.drafts = [idOf('a')];
    const plan = a.sync(T0 + 2000);
    expect(plan.remoteSets.map((s) => s.key)).toEqual([deviceKey('deva'), bookmarkKey(idOf('b')), bookmarkKey(idOf('c')), bookmarkKey(idOf('a'))]);
  });

  it('a bookmark whose timestamps do not parse (an old import) still syncs, once', () => {
    const a = new Device('deva');
    const b = new Device('devb');
    a.put({ ...idea('xen', 1), createdAt: 'long ago', updatedAt: 'yesterday' });
    const first = a.sync(T0);
    expect(first.remoteSets.map((s) => (s.value as { t: number; c?: number }).t)).toEqual([T0, 0]);
    expect(a.sync(T0 + 1000).remoteSets).toEqual([]);
    copy(a, b);
    b.sync(T0 + 2000);
    expect(shortlistOf(b)).toEqual([{ ideaKey: 'xen', rank: 1, progress: 'interested', note: '' }]);
  });

  it('a reorder on one device and a note typed on the other at the same time both survive', () => {
    const [a, b] = agreeing(idea('a', 1), idea('b', 2), idea('c', 3));
    b.edit('a', { note: 'typed on B' }, T0 + 1000);
    a.reorder(['c', 'a', 'b'], T0 + 2000); // later, and it stamps every moved idea
    a.sync(T0 + 2000);
    b.sync(T0 + 2000);
    meet(b, a);
    settle(a, b, T0 + 3000);
    const expected = [
      { ideaKey: 'c', rank: 1, progress: 'interested', note: '' },
      { ideaKey: 'a', rank: 2, progress: 'interested', note: 'typed on B' },
      { ideaKey: 'b', rank: 3, progress: 'interested', note: '' },
    ];
    expect([shortlistOf(a), shortlistOf(b)]).toEqual([expected, expected]);
  });

  it('progress set on one device and a note on the other: both kept; the same field on both: the later wins', () => {
    const [a, b] = agreeing(idea('xen', 1));
    a.edit('xen', { progress: 'applied', note: 'A wrote first' }, T0 + 1000);
    b.edit('xen', { note: 'B wrote later' }, T0 + 2000);
    a.sync(T0 + 2000);
    b.sync(T0 + 2000);
    meet(b, a);
    settle(a, b, T0 + 3000);
    const expected = [{ ideaKey: 'xen', rank: 1, progress: 'applied', note: 'B wrote later' }];
    expect([shortlistOf(a), shortlistOf(b)]).toEqual([expected, expected]);
    // Each field carries its own time; the item's t is the latest.
    const item = a.replica[bookmarkKey(idOf('xen'))] as Record<string, unknown>;
    expect([item.t, item.st, item.nt, item.rt, item.ft]).toEqual([T0 + 2000, T0 + 1000, undefined, T0, T0]);
  });

  it('a write that did not reach storage.sync (quota) is made again, as the same version, on the next run', () => {
    const a = new Device('deva');
    a.put(idea('xen', 1));
    a.sync(T0);
    a.edit('xen', { note: 'kept here' }, T0 + 1000);
    const failed = a.sync(T0 + 1000, { writeFails: true });
    const again = a.sync(T0 + 5000);
    expect(again.remoteSets).toEqual(failed.remoteSets.filter((write) => write.key !== deviceKey('deva')));
    expect(a.replica[bookmarkKey(idOf('xen'))]).toMatchObject({ n: 'kept here', t: T0 + 1000 });
    expect(a.sync(T0 + 6000).remoteSets).toEqual([]);
  });
});
