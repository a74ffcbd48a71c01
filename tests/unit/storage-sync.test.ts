// The background's sync engine against the fake browser's storage.sync: local changes reach storage.sync in few
// writes, changes from another device merge into the database live, a full quota is reported while the rest
// syncs, and turning sync off removes our data from storage.sync.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { call, onDataChanged } from '../../lib/rpc/client';
import { sortShortlist } from '../../lib/shortlist';
import { bookmarkKey, deviceKey, encodeBookmark, encodeTombstone } from '../../lib/sync/format';
import type { SyncStatus } from '../../lib/sync/status';
import { withBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';

const NOW = Date.UTC(2025, 0, 2);
/** Waits on state for up to 10 s: the machine may be busy. */
const eventually = (check: () => Promise<void> | void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

const background = withBackground({ sync: { now: () => NOW, quietMs: 30, maxWaitMs: 200 } });

const idOf = (key: string) => `${OUTREACH_ID}#${key}`;
const bookmark = async (key: string) =>
  (await call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key, anchor: key, title: `Idea ${key}` }), bookmarked: true }))!;
const syncItems = () => fakeBrowser.storage.sync.get(null);

async function device(): Promise<string> {
  const { 'sync:device': id } = await fakeBrowser.storage.local.get('sync:device');
  return id as string;
}

const statusWith = (fields: Partial<SyncStatus>): SyncStatus => ({
  available: true,
  enabled: true,
  lastSyncedAt: NOW,
  usage: expect.objectContaining({ quotaBytes: 102_400, maxItems: 512 }) as SyncStatus['usage'],
  unsynced: [],
  draftsElsewhere: [],
  waitingUntil: null,
  error: null,
  futureItems: 0,
  ignoredItems: 0,
  ...fields,
});

describe('sync engine', () => {
  it('a bookmark reaches storage.sync, with this device’s record', async () => {
    const saved = await bookmark('xen');
    await eventually(async () => expect(Object.keys(await syncItems())).toHaveLength(2));
    const me = await device();
    expect(await syncItems()).toEqual({
      [deviceKey(me)]: { v: 1, t: NOW, w: [] },
      [bookmarkKey(idOf('xen'))]: encodeBookmark(saved, Date.parse(saved.updatedAt), me),
    });
    await eventually(async () => expect(await call('sync.status')).toEqual(statusWith({})));
  });

  // How few writes typing makes is timed in sync-batch.test.ts, with fake timers.
  it('typing a note (ten saves): the last text is what syncs', async () => {
    await bookmark('xen');
    await background().sync.syncNow();
    for (let i = 1; i <= 10; i++) await call('shortlist.update', { id: idOf('xen'), note: 'Ask about ARM'.slice(0, i + 3) });
    await eventually(async () => expect((await syncItems())[bookmarkKey(idOf('xen'))]).toMatchObject({ n: 'Ask about ARM' }));
  });

  it('a change from another device merges into the database and the views are told', async () => {
    const saved = await bookmark('xen');
    await background().sync.syncNow();
    const told: string[] = [];
    onDataChanged(['bookmarks'], ({ stamp }) => told.push(stamp.by));

    const later = Date.parse(saved.updatedAt) + 60_000;
    const other = sampleIdea({ key: 'arm', anchor: 'arm', title: 'Idea arm' });
    await fakeBrowser.storage.sync.set({
      [bookmarkKey(idOf('xen'))]: encodeBookmark({ ...saved, note: 'from the laptop', progress: 'applied' }, later, 'laptop1'),
      [bookmarkKey(idOf('arm'))]: encodeBookmark({ ...saved, id: idOf('arm'), ideaKey: 'arm', anchor: 'arm', title: 'Idea arm', idea: other, rank: 2 }, later, 'laptop1'),
    });
    await eventually(async () => expect(sortShortlist(await call('bookmarks.list')).map((b) => [b.ideaKey, b.progress, b.note])).toEqual([
      ['xen', 'applied', 'from the laptop'],
      ['arm', 'interested', ''],
    ]));
    await eventually(() => expect(told).toContain('sync'));

    await fakeBrowser.storage.sync.set({ [bookmarkKey(idOf('arm'))]: encodeTombstone({ pageId: OUTREACH_ID, ideaKey: 'arm' }, later + 1000, 'laptop1') });
    await eventually(async () => expect((await call('bookmarks.list')).map((b) => b.ideaKey)).toEqual(['xen']));
  });

  it('a removal here is written as a tombstone', async () => {
    await bookmark('xen');
    await background().sync.syncNow();
    await call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key: 'xen', anchor: 'xen', title: 'Idea xen' }), bookmarked: false });
    await eventually(async () =>
      expect((await syncItems())[bookmarkKey(idOf('xen'))]).toEqual({ v: 1, p: OUTREACH_ID, k: 'xen', t: NOW, d: await device(), x: 1 }),
    );
  });

  it('ranks renumbered by an import reach storage.sync, so every device keeps the same order', async () => {
    const a = await bookmark('a');
    await bookmark('b');
    await background().sync.syncNow();
    const imported = { ...a, id: idOf('c'), ideaKey: 'c', anchor: 'c', title: 'Idea c', idea: { ...a.idea, key: 'c', anchor: 'c', title: 'Idea c' }, rank: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
    await call('data.import', { bookmarks: [imported], drafts: [], draftVersions: [] });
    await eventually(async () => {
      const items = (await syncItems()) as Record<string, { r?: number }>;
      expect(['c', 'a', 'b'].map((key) => items[bookmarkKey(idOf(key))]?.r)).toEqual([1, 2, 3]);
    });
  });

  it('when storage.sync is full, the ideas that do not fit are named and the rest syncs; nothing local is lost', async () => {
    // Items of about 7.3 KB: fourteen fill the 100 KB, the fifteenth finds no room. An idea with a 9,000-character
    // note is over the 8 KB an item may take. Sync is off while the shortlist fills, so one run sees it all: which
    // ideas find room depends on what earlier runs wrote, and a busy machine would start runs between the saves.
    await call('sync.setEnabled', { enabled: false });
    for (let i = 1; i <= 15; i++) {
      await bookmark(`idea${i}`);
      await call('shortlist.update', { id: idOf(`idea${i}`), note: `${i} `.padEnd(7_000, 'x') });
    }
    await bookmark('huge');
    await call('shortlist.update', { id: idOf('huge'), note: 'h'.repeat(9_000) });
    await call('sync.setEnabled', { enabled: true });
    const status = await call('sync.status');
    expect(status.unsynced).toEqual([
      { id: idOf('idea15'), title: 'Idea idea15', reason: 'no-room' },
      { id: idOf('huge'), title: 'Idea huge', reason: 'too-large', bytes: expect.any(Number) },
    ]);
    expect(status.unsynced[1].bytes).toBeGreaterThan(9_000);
    expect(status.usage.bytes).toBeGreaterThan(100_000);
    expect(status.usage.bytes).toBeLessThanOrEqual(102_400);
    const keys = Object.keys(await syncItems());
    expect(keys).toHaveLength(15); // this device's record and idea1..idea14
    for (let i = 1; i <= 14; i++) expect(keys).toContain(bookmarkKey(idOf(`idea${i}`)));
    const local = await call('bookmarks.list');
    expect(local.find((b) => b.ideaKey === 'idea15')!.note).toHaveLength(7_000);
    expect(local.find((b) => b.ideaKey === 'huge')!.note).toHaveLength(9_000);
  });

  it('the browser refusing writes for the minute is said, and the write is retried then', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await bookmark('xen');
    await background().sync.syncNow();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    await call('shortlist.update', { id: idOf('xen'), note: 'later' });
    await eventually(async () => expect((await call('sync.status')).waitingUntil).toBe(NOW + 60_000));
    expect((await syncItems())[bookmarkKey(idOf('xen'))]).not.toMatchObject({ n: 'later' });
    expect(warn).toHaveBeenCalledWith('Idea Scout: writing to sync storage failed', expect.any(Error));
  });

  it('items of a newer format and damaged items are left alone, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ [bookmarkKey(idOf('new'))]: { v: 2, future: true }, junk: 'x' });
    await background().sync.syncNow();
    expect(await call('sync.status')).toEqual(statusWith({ futureItems: 1, ignoredItems: 1 }));
    expect(warn).toHaveBeenCalledWith('Idea Scout: ignored the sync item junk: unknown key');
    expect((await syncItems())[bookmarkKey(idOf('new'))]).toEqual({ v: 2, future: true });
    expect(await call('bookmarks.list')).toEqual([]);
  });

  it('turning sync off removes our data from storage.sync and keeps the shortlist; on again, it syncs again', async () => {
    await bookmark('xen');
    await background().sync.syncNow();
    const off = await call('sync.setEnabled', { enabled: false });
    expect(off).toMatchObject({ enabled: false, available: true, unsynced: [] });
    expect(await syncItems()).toEqual({});
    expect((await call('bookmarks.list')).map((b) => b.ideaKey)).toEqual(['xen']);
    await call('shortlist.update', { id: idOf('xen'), note: 'while off' });
    // Even a run asked for now writes nothing while sync is off.
    await background().sync.syncNow();
    expect(await syncItems()).toEqual({});

    const on = await call('sync.setEnabled', { enabled: true });
    expect(on).toEqual(statusWith({}));
    expect((await syncItems())[bookmarkKey(idOf('xen'))]).toMatchObject({ n: 'while off' });
  });
});
