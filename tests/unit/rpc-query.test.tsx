// @vitest-environment jsdom
// useRpcQuery, the extension pages' reads: it loads, reads again when another tab or page changes a table it
// depends on, says why a read failed, keeps only the newest answer, and reads nothing until enabled.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useRpcQuery, type RpcQuery } from '../../hooks/rpc';
import { call } from '../../lib/rpc/client';
import type { Result } from '../../lib/rpc/protocol';
import { withBackground } from './helpers/background';
import { OUTREACH_ID, OUTREACH_URL, sampleIdea } from './helpers/ideas';

withBackground();

type Bookmarks = RpcQuery<Result<'bookmarks.list'>>;

/** Renders a component that uses the hook, and gives what it returned last. */
async function mount(props: { pageId?: string; enabled?: boolean }) {
  const root = document.createElement('div');
  let last: Bookmarks | undefined;
  function Probe({ pageId, enabled }: { pageId?: string; enabled?: boolean }) {
    last = useRpcQuery('bookmarks.list', pageId === undefined ? {} : { pageId }, ['bookmarks'], { enabled });
    return null;
  }
  await act(() => render(<Probe {...props} />, root));
  return {
    current: () => last!,
    rerender: async (next: { pageId?: string; enabled?: boolean }) => {
      await act(() => render(<Probe {...next} />, root));
    },
    unmount: async () => {
      await act(() => render(null, root));
    },
  };
}

const bookmark = (key: string) =>
  call('bookmarks.set', { pageId: OUTREACH_ID, pageUrl: OUTREACH_URL, idea: sampleIdea({ key, anchor: key, title: `Idea ${key}` }), bookmarked: true });

const titles = (query: Bookmarks) => query.data?.map((b) => b.title) ?? null;

afterEach(() => vi.restoreAllMocks());

describe('useRpcQuery', () => {
  it('loads, then reads again when a bookmark is added elsewhere', async () => {
    await bookmark('a');
    const view = await mount({});
    expect(view.current().data).toBeNull();
    await vi.waitFor(() => expect(titles(view.current())).toEqual(['Idea a']));
    await bookmark('b');
    await vi.waitFor(() => expect(titles(view.current())).toEqual(['Idea a', 'Idea b']));
    expect(view.current().error).toBeNull();
    await view.unmount();
  });

  it('says why a read failed, and keeps what it showed', async () => {
    await bookmark('a');
    const view = await mount({ pageId: OUTREACH_ID });
    await vi.waitFor(() => expect(titles(view.current())).toEqual(['Idea a']));
    await view.rerender({ pageId: '' });
    await vi.waitFor(() => expect(view.current().error).toBe('Invalid "bookmarks.list" message: pageId: must not be empty'));
    expect(titles(view.current())).toEqual(['Idea a']);
    await view.unmount();
  });

  it('shows the newest read when an older answer arrives after it', async () => {
    const answers: Array<(value: unknown) => void> = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    const view = await mount({ pageId: 'First' });
    await view.rerender({ pageId: 'Second' });
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    const only = (title: string) => ({ ok: true, value: [{ ...sampleIdea(), title }] });
    await act(async () => {
      answers[1](only('from the second read'));
      await Promise.resolve();
      answers[0](only('from the first read'));
    });
    await vi.waitFor(() => expect(titles(view.current())).toEqual(['from the second read']));
    await view.unmount();
  });

  it('reads nothing until enabled', async () => {
    await bookmark('a');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const view = await mount({ enabled: false });
    await bookmark('b');
    expect(sent.mock.calls.map(([message]) => (message as { type: string }).type)).not.toContain('bookmarks.list');
    await view.rerender({ enabled: true });
    await vi.waitFor(() => expect(titles(view.current())).toEqual(['Idea a', 'Idea b']));
    await view.unmount();
  });
});
