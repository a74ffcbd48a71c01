// Import merge in the background: per record the newer wins, nothing is dropped without being counted, a draft
// text that loses stays in history, and a failure writes nothing.
import { describe, expect, it, vi } from 'vitest';
import { call } from '../../lib/rpc/client';
import { withBackground } from './helpers/background';
import { sampleIdea } from './helpers/ideas';
import { emulateMessaging } from './helpers/messaging';
import { sampleBookmark, sampleDraft, sampleVersion } from './helpers/shortlist';

const background = withBackground();

const idea = (key: string) => sampleIdea({ key, anchor: key, title: `Idea ${key}` });
const a = sampleBookmark({ idea: idea('a'), rank: 1, note: 'a from file', updatedAt: '2025-03-10T00:00:00.000Z' });
const b = sampleBookmark({ idea: idea('b'), rank: 2, createdAt: '2025-03-02T00:00:00.000Z', updatedAt: '2025-03-02T00:00:00.000Z' });
const draftA = sampleDraft(a, { text: 'draft from file', updatedAt: '2025-03-10T00:00:00.000Z' });
const fileData = { bookmarks: [a, b], drafts: [draftA], draftVersions: [sampleVersion(draftA, { id: 'va' })] };

describe('data.import', () => {
  it('into an empty profile: everything added, same shortlist and drafts as exported', async () => {
    const report = await call('data.import', fileData);
    expect(report).toEqual({
      bookmarks: { added: 2, updated: 0, unchanged: 0 },
      drafts: { added: 1, updated: 0, unchanged: 0 },
      versions: { added: 1, updated: 0, unchanged: 0, dropped: 0 },
    });
    expect(await call('data.export', {})).toEqual(fileData);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await call('data.import', fileData);
    const again = await call('data.import', fileData);
    expect(again).toEqual({
      bookmarks: { added: 0, updated: 0, unchanged: 2 },
      drafts: { added: 0, updated: 0, unchanged: 1 },
      versions: { added: 0, updated: 0, unchanged: 1, dropped: 0 },
    });
    expect(await call('data.export', {})).toEqual(fileData);
  });

  it('per record the newer wins, and the losing draft text is kept in history', async () => {
    await call('data.import', fileData);
    // Locally: a newer note on a, an older one on b's record; a newer draft text than the file's.
    const newerA = { ...a, note: 'a edited locally', updatedAt: '2025-03-20T00:00:00.000Z' };
    const newerB = { ...b, progress: 'applied' as const, updatedAt: '2025-03-20T00:00:00.000Z' };
    const newerDraft = { ...draftA, text: 'draft from the other computer', updatedAt: '2025-03-20T00:00:00.000Z' };
    const report = await call('data.import', { bookmarks: [newerA, b], drafts: [newerDraft], draftVersions: [] });
    expect(report.bookmarks).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(report.drafts).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const older = await call('data.import', { bookmarks: [{ ...newerB, updatedAt: '2025-01-01T00:00:00.000Z' }], drafts: [draftA], draftVersions: [] });
    expect(older.bookmarks).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const now = await call('data.export', {});
    expect(now.bookmarks.map((x) => x.note)).toEqual(['a edited locally', '']);
    expect(now.drafts[0].text).toBe('draft from the other computer');
    expect(now.draftVersions.map((v) => v.text).sort()).toEqual(['draft from file', 'draft from the other computer']);
  });

  it('merges ranks: imported ideas interleave with the local ones by rank, then by age', async () => {
    await call('bookmarks.set', { pageId: a.pageId, pageUrl: a.pageUrl, idea: idea('local'), bookmarked: true });
    await call('data.import', fileData);
    const list = (await call('bookmarks.list')).sort((x, y) => x.rank - y.rank);
    // local and a both have rank 1; local was bookmarked first (the test clock starts in January).
    expect(list.map((x) => [x.ideaKey, x.rank])).toEqual([['local', 1], ['a', 2], ['b', 3]]);
  });

  it('counts the versions it had to drop beyond 20 per draft', async () => {
    const versions = Array.from({ length: 23 }, (_, i) =>
      sampleVersion(draftA, { id: `v${i}`, text: `t${i}`, savedAt: new Date(Date.UTC(2025, 2, 1, 0, i)).toISOString() }),
    );
    const report = await call('data.import', { bookmarks: [a], drafts: [draftA], draftVersions: versions });
    // 23 from the file, plus the draft's current text (not among them): 24 added, the 4 oldest dropped.
    expect(report.versions).toEqual({ added: 24, updated: 0, unchanged: 0, dropped: 4 });
    expect(await background().db.draftVersions.count()).toBe(20);
  });

  it('a failure half-way writes nothing', async () => {
    vi.spyOn(background().db.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(call('data.import', fileData)).rejects.toThrow(/storage is full/);
    vi.restoreAllMocks();
    emulateMessaging();
    expect(await call('data.export', {})).toEqual({ bookmarks: [], drafts: [], draftVersions: [] });
  });

  it('the background validates the records again', async () => {
    const bad = { ...fileData, bookmarks: [{ ...a, rank: -1 }] };
    await expect(call('data.import', bad)).rejects.toThrow(/^Invalid "data.import" message: bookmarks\[0\]\.rank: /);
    expect(await background().db.bookmarks.count()).toBe(0);
  });
});
