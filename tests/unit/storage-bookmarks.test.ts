// Bookmarks through the whole path a content script uses: client call -> message -> router -> Dexie.
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_FULL } from '../../entrypoints/background/errors';
import { call, RpcError } from '../../lib/rpc/client';
import { Bookmark } from '../../lib/bookmark';
import { withBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';
import { emulateMessaging } from './helpers/messaging';

const background = withBackground();

const bookmark = (idea = sampleIdea(), pageUrl = OUTREACH_URL, pageId = OUTREACH_ID) =>
  call('bookmarks.set', { pageId, pageUrl, idea, bookmarked: true });

describe('bookmarks', () => {
  it('starts empty', async () => {
    expect(await call('bookmarks.list')).toEqual([]);
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table' })).toBeNull();
  });

  it('stores the key, the page URL and a snapshot of the idea', async () => {
    const idea = sampleIdea();
    const saved = await bookmark(idea);
    expect(saved).toEqual({
      id: 'Outreach_Program_Projects#pv-grant-table',
      pageId: OUTREACH_ID,
      pageUrl: OUTREACH_URL,
      ideaKey: 'pv-grant-table',
      anchor: 'PV_grant_table',
      title: 'PV grant table improvements',
      idea,
      createdAt: '2025-01-01T00:00:01.000Z',
      updatedAt: '2025-01-01T00:00:01.000Z',
      // Shortlist fields (schema v2): a new bookmark goes to the end of the shortlist.
      rank: 1,
      progress: 'interested',
      note: '',
    });
    expect(Bookmark.safeParse(saved).success).toBe(true);
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table' })).toEqual(saved);
    expect(await call('bookmarks.list')).toEqual([saved]);
    expect(await background().db.bookmarks.count()).toBe(1);
  });

  it('refreshes the snapshot when set again, keeping when it was first bookmarked', async () => {
    const first = await bookmark();
    const renamed = sampleIdea({ title: 'Grant tables, faster', status: 'needs-work' });
    const second = await bookmark(renamed);
    expect(second).toMatchObject({ id: first!.id, title: 'Grant tables, faster', idea: renamed, createdAt: first!.createdAt });
    expect(second!.updatedAt > first!.updatedAt).toBe(true);
    expect(await call('bookmarks.list')).toEqual([second]);
  });

  it('unbookmarks, and unbookmarking twice is harmless', async () => {
    await bookmark();
    const unset = { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea(), bookmarked: false };
    expect(await call('bookmarks.set', unset)).toBeNull();
    expect(await call('bookmarks.set', unset)).toBeNull();
    expect(await call('bookmarks.list')).toEqual([]);
    expect(await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'pv-grant-table' })).toBeNull();
  });

  it('lists oldest first, for all pages or for one', async () => {
    const a = await bookmark(sampleIdea({ key: 'a', anchor: 'A', title: 'A' }));
    const other = await bookmark(
      sampleIdea({ key: 'a', anchor: 'A', title: 'A' }),
      'https://wiki.xenproject.org/wiki/GSoC_2024_ideas',
      'GSoC_2024_ideas',
    );
    const b = await bookmark(sampleIdea({ key: 'b', anchor: 'B', title: 'B' }));
    expect((await call('bookmarks.list')).map((x) => x.id)).toEqual([a!.id, other!.id, b!.id]);
    expect(await call('bookmarks.list', { pageId: OUTREACH_ID })).toEqual([a, b]);
    expect(await call('bookmarks.list', { pageId: 'GSoC_2024_ideas' })).toEqual([other]);
  });

  it('treats the same page under the other host and URL form as one page', async () => {
    await bookmark();
    const again = await bookmark(sampleIdea(), 'https://wiki.xen.org/index.php?title=Outreach_Program_Projects#x');
    expect(await call('bookmarks.list')).toEqual([again]);
  });

  it('refuses a pageUrl that is not the page named by pageId', async () => {
    await expect(bookmark(sampleIdea(), 'https://wiki.xenproject.org/wiki/Main_Page')).rejects.toThrow(
      'Invalid "bookmarks.set" message: pageUrl https://wiki.xenproject.org/wiki/Main_Page is not the wiki page Outreach_Program_Projects.',
    );
    expect(await call('bookmarks.list')).toEqual([]);
  });
});

describe('storage errors reach the caller', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    ['rejects', () => Promise.reject(quota())],
    ['throws', () => { throw quota(); }],
  ])('a put that %s QuotaExceededError says storage is full', async (_, put) => {
    vi.spyOn(background().db.bookmarks, 'put').mockImplementation(put as never);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await bookmark().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).message).toBe(STORAGE_FULL);
    expect((error as RpcError).message).toMatch(/storage is full/i);
    expect((error as RpcError).type).toBe('bookmarks.set');
    expect(log).toHaveBeenCalledWith('Idea Scout: "bookmarks.set" failed', expect.anything()); // and logged
    vi.restoreAllMocks();
    emulateMessaging();
    expect(await call('bookmarks.list')).toEqual([]);
  });

  it('a storage failure of another kind keeps its name and message', async () => {
    vi.spyOn(background().db.bookmarks, 'get').mockRejectedValue(new DOMException('Disk I/O failed', 'UnknownError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'k' })).rejects.toThrow(
      'Idea Scout could not complete "bookmarks.get" (UnknownError: Disk I/O failed).',
    );
  });
});
