// The shortlist through the RPC: new bookmarks go to the end, reordering, progress and note, and a snapshot
// refresh keeps what the student set.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { call, onDataChanged } from '../../lib/rpc/client';
import { withBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';

withBackground();

const bookmark = (key: string) =>
  call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key, anchor: key, title: `Idea ${key}` }), bookmarked: true });
const ids = async () => (await call('bookmarks.list')).sort((a, b) => a.rank - b.rank).map((b) => b.ideaKey);

describe('shortlist', () => {
  it('puts each new bookmark at the end, as "interested" with an empty note', async () => {
    for (const key of ['a', 'b', 'c']) await bookmark(key);
    const list = await call('bookmarks.list');
    expect(list.map((b) => [b.ideaKey, b.rank, b.progress, b.note])).toEqual([
      ['a', 1, 'interested', ''],
      ['b', 2, 'interested', ''],
      ['c', 3, 'interested', ''],
    ]);
  });

  it('reorders, and says so to other views', async () => {
    for (const key of ['a', 'b', 'c']) await bookmark(key);
    const changes: string[] = [];
    onDataChanged(['bookmarks'], ({ table }) => changes.push(table));
    const list = await call('shortlist.reorder', { ids: [`${OUTREACH_ID}#c`, `${OUTREACH_ID}#a`, `${OUTREACH_ID}#b`] });
    expect(list.map((b) => [b.ideaKey, b.rank])).toEqual([['c', 1], ['a', 2], ['b', 3]]);
    expect(await ids()).toEqual(['c', 'a', 'b']);
    await vi.waitFor(() => expect(changes).toEqual(['bookmarks']));
  });

  it('keeps ideas the view did not know of after the ones it ordered, and ignores unknown ids', async () => {
    for (const key of ['a', 'b', 'c']) await bookmark(key);
    await call('shortlist.reorder', { ids: [`${OUTREACH_ID}#b`, 'Nope#x'] });
    expect(await ids()).toEqual(['b', 'a', 'c']);
  });

  it('sets progress and note, bumping updatedAt', async () => {
    const first = await bookmark('a');
    const updated = await call('shortlist.update', { id: first!.id, progress: 'task-done', note: 'Sent the patch' });
    expect(updated).toMatchObject({ progress: 'task-done', note: 'Sent the patch', rank: 1 });
    expect(updated.updatedAt > first!.updatedAt).toBe(true);
    expect(await call('shortlist.update', { id: first!.id, note: '' })).toMatchObject({ progress: 'task-done', note: '' });
  });

  it('a snapshot refresh from the page keeps rank, progress and note', async () => {
    await bookmark('a');
    const b = await bookmark('b');
    await call('shortlist.reorder', { ids: [b!.id] });
    await call('shortlist.update', { id: b!.id, progress: 'applied', note: 'n' });
    const refreshed = await call('bookmarks.set', {
      pageId: OUTREACH_ID,
      pageUrl: OUTREACH_URL,
      idea: sampleIdea({ key: 'b', anchor: 'b', title: 'Renamed b' }),
      bookmarked: true,
    });
    expect(refreshed).toMatchObject({ title: 'Renamed b', rank: 1, progress: 'applied', note: 'n' });
  });

  it('refuses to update an idea that is not on the shortlist, with a sentence for the person', async () => {
    await expect(call('shortlist.update', { id: 'X#y', note: 'hi' })).rejects.toThrow(/no longer on the shortlist/);
  });

  it('refuses an invalid progress value', async () => {
    await expect(call('shortlist.update', { id: 'X#y', progress: 'hired' as never })).rejects.toThrow(
      'Invalid "shortlist.update" message: progress: expected one of "interested", "contacted", "task-done", "applied"',
    );
  });
});

describe('dashboard.open', () => {
  it('opens the dashboard in a new tab (for the in-page "Open shortlist" button)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await call('dashboard.open', {})).toBeNull();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
    await call('dashboard.open', { ideaId: `${OUTREACH_ID}#a b` });
    expect(create).toHaveBeenLastCalledWith({ url: `${fakeBrowser.runtime.getURL('/dashboard.html')}#idea=Outreach_Program_Projects%23a%20b` });
  });
});

describe('pageAdvice', () => {
  it('remembers the subject tag a page asks for, writing only when it changes', async () => {
    expect(await call('pageAdvice.get', { pageId: OUTREACH_ID })).toBeNull();
    await call('pageAdvice.set', { pageId: OUTREACH_ID, subjectTag: 'OPW 2014' });
    const first = await call('pageAdvice.get', { pageId: OUTREACH_ID });
    expect(first).toEqual({ pageId: OUTREACH_ID, subjectTag: 'OPW 2014', seenAt: expect.any(String) });
    await call('pageAdvice.set', { pageId: OUTREACH_ID, subjectTag: 'OPW 2014' });
    expect(await call('pageAdvice.get', { pageId: OUTREACH_ID })).toEqual(first);
  });
});
