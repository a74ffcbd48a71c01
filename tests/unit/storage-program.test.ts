// The copies of the ideas pages through the path the dashboard uses: client call -> message -> router -> Dexie.
import { describe, expect, it } from 'vitest';
import { MAX_IDEAS_PER_PAGE, type PageCopy } from '../../lib/program/page-copy';
import { call } from '../../lib/rpc/client';
import { withBackground } from './helpers/background';
import { sampleIdea } from './helpers/ideas';

withBackground();

const copy = (pageid: number, title: string, overrides: Partial<PageCopy> = {}): PageCopy => ({
  pageid,
  title,
  revid: pageid * 10,
  revisedAt: '2026-11-20T08:15:00Z',
  readAt: '2026-12-01T10:00:00.000Z',
  checkedAt: '2026-12-01T10:00:00.000Z',
  parser: 'p1',
  ideas: [sampleIdea()],
  warnings: [],
  error: null,
  ...overrides,
});

describe('page copies', () => {
  it('stores, lists, marks checked and removes copies', async () => {
    expect(await call('program.pages')).toEqual([]);
    await call('program.save', { copy: copy(12, 'GSoC 2015') });
    await call('program.save', { copy: copy(7, 'Outreach Program Projects') });
    expect((await call('program.pages')).map((page) => [page.pageid, page.title])).toEqual([[7, 'Outreach Program Projects'], [12, 'GSoC 2015']]);

    await call('program.checked', { pages: [{ pageid: 12, title: 'Archived/GSoC 2015' }, { pageid: 99, title: 'Never stored' }], at: '2026-12-02T08:00:00.000Z' });
    expect(await call('program.pages')).toEqual([
      copy(7, 'Outreach Program Projects'),
      copy(12, 'Archived/GSoC 2015', { checkedAt: '2026-12-02T08:00:00.000Z' }),
    ]);

    await call('program.remove', { pageids: [7] });
    expect((await call('program.pages')).map((page) => page.pageid)).toEqual([12]);
  });

  it('lists them a few at a time, by page id', async () => {
    for (const pageid of [30, 4, 12, 7, 21]) await call('program.save', { copy: copy(pageid, `Page ${pageid}`) });
    const ids = async (payload: { after?: number; limit?: number }) => (await call('program.pages', payload)).map((page) => page.pageid);
    expect(await ids({ limit: 2 })).toEqual([4, 7]);
    expect(await ids({ after: 7, limit: 2 })).toEqual([12, 21]);
    expect(await ids({ after: 21, limit: 2 })).toEqual([30]);
    expect(await ids({ after: 30, limit: 2 })).toEqual([]);
    expect(await ids({ after: 12 })).toEqual([21, 30]);
    await expect(call('program.pages', { limit: 0 })).rejects.toThrow('limit');
  });

  it('announces each write to open views', async () => {
    await call('program.save', { copy: copy(7, 'Outreach Program Projects') });
    const { browser } = await import('wxt/browser');
    expect(await browser.storage.local.get('changes:programPages')).toEqual({ 'changes:programPages': expect.objectContaining({ seq: expect.any(Number) }) });
  });

  it('refuses a copy over its bounds, and keeps the stored one', async () => {
    await call('program.save', { copy: copy(7, 'Outreach Program Projects') });
    const many = Array.from({ length: MAX_IDEAS_PER_PAGE + 1 }, (_, i) => sampleIdea({ key: `k${i}` }));
    await expect(call('program.save', { copy: copy(7, 'Outreach Program Projects', { ideas: many }) })).rejects.toThrow(
      'Invalid "program.save" message: copy.ideas: must have at most 2000 items',
    );
    await expect(call('program.save', { copy: copy(7, 'x'.repeat(600)) })).rejects.toThrow('copy.title: must have at most 512 characters');
    await expect(call('program.save', { copy: copy(0, 'Zero') })).rejects.toThrow('copy.pageid');
    expect(await call('program.pages')).toEqual([copy(7, 'Outreach Program Projects')]);
  });
});
