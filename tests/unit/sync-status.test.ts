// What the student is told about sync: nothing when all is well or sync is off; otherwise each problem once,
// with the ideas named.
import { describe, expect, it } from 'vitest';
import { syncMessages, type SyncStatus } from '../../lib/sync/status';

const NOW = Date.UTC(2025, 3, 1, 12);
const healthy: SyncStatus = {
  available: true,
  enabled: true,
  lastSyncedAt: NOW,
  usage: { bytes: 101_000, items: 15, quotaBytes: 102_400, maxItems: 512 },
  unsynced: [],
  draftsElsewhere: [],
  waitingUntil: null,
  error: null,
  futureItems: 0,
  ignoredItems: 0,
};

describe('syncMessages', () => {
  it('says nothing when all is well, when sync is off, or where the browser does not sync', () => {
    expect(syncMessages(healthy, NOW)).toEqual([]);
    const problems: Partial<SyncStatus> = { unsynced: [{ id: 'P#a', title: 'A', reason: 'no-room' }], error: 'boom.' };
    expect(syncMessages({ ...healthy, ...problems, enabled: false }, NOW)).toEqual([]);
    expect(syncMessages({ ...healthy, ...problems, available: false }, NOW)).toEqual([]);
  });

  it('names the ideas without room, the ones too large, and those held by a newer version', () => {
    const status: SyncStatus = {
      ...healthy,
      unsynced: [
        { id: 'P#a', title: 'Idea A', reason: 'no-room' },
        { id: 'P#b', title: 'Idea B', reason: 'no-room' },
        { id: 'P#c', title: 'Idea C', reason: 'too-large', bytes: 9_463 },
        { id: 'P#d', title: 'Idea D', reason: 'newer-version' },
      ],
    };
    expect(syncMessages(status, NOW)).toEqual([
      {
        level: 'warning',
        text: 'Sync storage has no room for “Idea A”, “Idea B”: they stay on this device only (98.6 KB of 100.0 KB and 15 of 512 items in use). Everything else keeps syncing; remove ideas you no longer need, or shorten long notes, to make room.',
      },
      {
        level: 'warning',
        text: '“Idea C” does not sync: it takes 9,463 bytes and the browser syncs at most 8,192 bytes per idea. Shorten its note to sync it; it is safe on this device.',
      },
      { level: 'warning', text: '“Idea D” was last changed by a newer Idea Scout on another device. Update Idea Scout here to sync it.' },
    ]);
  });

  it('names three ideas and counts the rest', () => {
    const unsynced = ['A', 'B', 'C', 'D', 'E'].map((t) => ({ id: `P#${t}`, title: t, reason: 'no-room' as const }));
    expect(syncMessages({ ...healthy, unsynced }, NOW)[0].text).toMatch(/^Sync storage has no room for “A”, “B”, “C” and 2 more: they stay/);
  });

  it('a failure, a wait for the write rate (not a short one), and items left alone', () => {
    const at = new Date(NOW + 60_000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    expect(syncMessages({ ...healthy, error: 'Sync storage is not available.', waitingUntil: NOW + 60_000, futureItems: 1, ignoredItems: 2 }, NOW)).toEqual([
      { level: 'warning', text: 'Sync failed: Sync storage is not available. Your shortlist is safe on this device; sync tries again with the next change.' },
      { level: 'info', text: `Many changes in a short time: the browser limits how often extensions write to sync, so the latest changes sync at ${at}.` },
      { level: 'info', text: '1 synced item comes from a newer Idea Scout on another device and is left as it is.' },
      { level: 'info', text: '2 damaged items in sync storage were ignored.' },
    ]);
    expect(syncMessages({ ...healthy, waitingUntil: NOW + 3_000 }, NOW)).toEqual([]);
  });
});
