// The client side of the RPC: typed calls, errors surfacing as RpcError, and change notification across tabs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { call, onDataChanged, RpcError, type DataChange } from '../../lib/rpc/client';
import type { MessageType } from '../../lib/rpc/protocol';
import { startBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';
import { contentScriptSender, emulateMessaging } from './helpers/messaging';

let background: ReturnType<typeof startBackground>;
let sender: Browser.runtime.MessageSender;

beforeEach(() => {
  fakeBrowser.reset();
  sender = contentScriptSender(7);
  emulateMessaging(() => sender);
  background = startBackground();
});

afterEach(async () => {
  await background.close();
  vi.restoreAllMocks();
});

const setBookmark = (bookmarked: boolean, key = 'pv-grant-table') =>
  call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key }), bookmarked });

describe('call', () => {
  it('rejects with the background message when a message is unknown', async () => {
    const error = await call('bookmarks.purge' as MessageType).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    // The catalogue grows with each feature: check the start of the list.
    expect((error as Error).message).toMatch(
      /^Unknown message type "bookmarks\.purge"\. Known: bookmarks\.list, bookmarks\.get, bookmarks\.set, .*\.$/,
    );
  });

  it('rejects with the background message when a payload is bad', async () => {
    await expect(call('bookmarks.get', { pageId: OUTREACH_ID } as never)).rejects.toThrow(
      'Invalid "bookmarks.get" message: ideaKey: expected string',
    );
  });

  it('the background refuses messages that do not come from this extension', async () => {
    sender = { ...contentScriptSender(), id: 'some-other-extension' };
    await expect(call('bookmarks.list')).rejects.toThrow('Message refused: it does not come from Idea Scout.');
  });

  it('says so when the background is not there', async () => {
    await background.close();
    await expect(call('bookmarks.list')).rejects.toThrow(
      'Idea Scout could not reach its background (bookmarks.list): Could not establish connection.',
    );
    background = startBackground(); // for afterEach
  });

  it('says so when nothing answers', async () => {
    await background.close();
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(call('bookmarks.list')).rejects.toThrow("Idea Scout's background gave no answer to bookmarks.list.");
    background = startBackground();
  });
});

describe('onDataChanged', () => {
  it('tells every other listener (another tab) about a committed bookmark', async () => {
    const otherTab: DataChange[] = [];
    const thirdTab: DataChange[] = [];
    onDataChanged(['bookmarks'], (change) => otherTab.push(change));
    onDataChanged(['bookmarks'], (change) => thirdTab.push(change));

    await setBookmark(true);

    expect(otherTab).toEqual([
      { table: 'bookmarks', stamp: { at: expect.any(String), seq: expect.any(Number), by: 'tab:7/0' } },
    ]);
    expect(thirdTab).toEqual(otherTab);
  });

  it('lets another tab see the new bookmark on its next read, without a reload', async () => {
    const seenInTab9: string[][] = [];
    onDataChanged(['bookmarks'], () => {
      sender = contentScriptSender(9);
      void call('bookmarks.list', { pageId: OUTREACH_ID }).then((list) => seenInTab9.push(list.map((b) => b.ideaKey)));
    });
    sender = contentScriptSender(7);
    await setBookmark(true);
    await vi.waitFor(() => expect(seenInTab9).toEqual([['pv-grant-table']]));
  });

  it('fires once per write, also for quick successive writes, and for removals', async () => {
    const stamps: DataChange['stamp'][] = [];
    onDataChanged(['bookmarks'], ({ stamp }) => stamps.push(stamp));
    await setBookmark(true, 'a');
    await setBookmark(true, 'b');
    await setBookmark(false, 'a');
    expect(stamps).toHaveLength(3);
    expect(new Set(stamps.map((s) => s.seq)).size).toBe(3);
  });

  it('stays quiet for reads, for removals of nothing, and for failed writes', async () => {
    const callback = vi.fn();
    onDataChanged(['bookmarks'], callback);
    await call('bookmarks.list', { pageId: OUTREACH_ID });
    await call('bookmarks.get', { pageId: OUTREACH_ID, ideaKey: 'x' });
    await setBookmark(false);
    vi.spyOn(background.db.bookmarks, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(setBookmark(true)).rejects.toThrow(/storage is full/);
    expect(callback).not.toHaveBeenCalled();
  });

  it('ignores other tables, other keys and other storage areas, and stops when unsubscribed', async () => {
    const callback = vi.fn();
    const stop = onDataChanged(['bookmarks'], callback);
    await fakeBrowser.storage.local.set({ 'changes:drafts': { at: 'x', seq: 1, by: 'y' }, unrelated: 1 });
    await fakeBrowser.storage.session.set({ 'changes:bookmarks': { at: 'x', seq: 1, by: 'y' } });
    expect(callback).not.toHaveBeenCalled();
    stop();
    await setBookmark(true);
    expect(callback).not.toHaveBeenCalled();
  });

  it('a failed announcement does not fail the committed write', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('storage.local broke'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await setBookmark(true)).not.toBeNull();
    expect(await call('bookmarks.list', { pageId: OUTREACH_ID })).toHaveLength(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not announce'), expect.any(Error));
  });
});
