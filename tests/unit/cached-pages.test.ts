// Cached page data is bounded: least recently used pages go first beyond the ceilings, the page being visited
// never, and clearing it never touches bookmarks or drafts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearCachedPages, evictCachedPages } from '../../entrypoints/background/db/cached-pages';
import { IdeaScoutDb } from '../../entrypoints/background/db/database';
import { createRouter, listen } from '../../entrypoints/background/router';
import { pagesToEvict, type CachedPage } from '../../lib/cached-pages';
import { keptScanKey } from '../../lib/kept-scan';
import { call } from '../../lib/rpc/client';
import { takeSnapshot } from '../../lib/snapshot';
import { sampleIdea } from './helpers/ideas';
import { emulateMessaging } from './helpers/messaging';

const page = (pageId: string, usedAt: string, visitBytes: number, scanBytes = 0): CachedPage => ({ pageId, usedAt, visitBytes, scanBytes });

describe('pagesToEvict', () => {
  const pages = [page('B', '2025-03-02', 300), page('A', '2025-03-01', 100, 900), page('C', '2025-03-03', 200)];

  it('evicts nothing within the ceilings', () => {
    expect(pagesToEvict(pages, 'C', { pages: 3, bytes: 1500 })).toEqual([]);
  });

  it('evicts the least recently used pages until the count fits', () => {
    expect(pagesToEvict(pages, 'C', { pages: 1, bytes: 10_000 })).toEqual(['A', 'B']);
  });

  it('evicts until the bytes fit, counting snapshots and kept scans', () => {
    expect(pagesToEvict(pages, 'C', { pages: 10, bytes: 600 })).toEqual(['A']);
    expect(pagesToEvict(pages, 'C', { pages: 10, bytes: 250 })).toEqual(['A', 'B']);
  });

  it('never evicts the page being visited, even when it alone is over the ceiling', () => {
    expect(pagesToEvict(pages, 'A', { pages: 1, bytes: 10 })).toEqual(['B', 'C']);
  });
});

describe('in the background', () => {
  let db: IdeaScoutDb;
  let stop: () => void;
  let clock = Date.UTC(2025, 2, 1);
  let databases = 0;
  beforeEach(() => {
    fakeBrowser.reset();
    emulateMessaging();
    db = new IdeaScoutDb(`idea-scout-cache-${++databases}`);
    stop = listen(createRouter(db, () => new Date((clock += 13 * 60 * 60 * 1000)).toISOString()));
  });
  afterEach(async () => {
    stop();
    await db.delete();
    vi.restoreAllMocks();
  });

  const url = (pageId: string) => `https://wiki.xenproject.org/wiki/${pageId}`;
  const visit = (pageId: string) =>
    call('visits.record', { pageId, pageUrl: url(pageId), snapshot: takeSnapshot({ page: { title: pageId, url: url(pageId) }, ideas: [sampleIdea()] }) });
  const keep = (pageId: string, bytes: number) =>
    fakeBrowser.storage.local.set({ [keptScanKey(pageId)]: { parser: 'p', digest: 'd', parts: 1, bytes, record: {} }, [`${keptScanKey(pageId)}:0`]: { digest: 'd', ideasJson: '[]' } });

  it('counts each visited page, and evicts the least recently visited beyond the ceiling, kept scan included', async () => {
    await keep('GSoC_2014', 5000);
    for (const pageId of ['GSoC_2014', 'GSoC_2015', 'GSoC_2016']) await visit(pageId);
    const counted = await db.cachedPages.orderBy('usedAt').toArray();
    expect(counted.map((p) => [p.pageId, p.scanBytes])).toEqual([['GSoC_2014', 5000], ['GSoC_2015', 0], ['GSoC_2016', 0]]);
    expect(counted[0].visitBytes).toBe((await db.snapshots.where('pageId').equals('GSoC_2014').first())!.bytes);

    expect(await evictCachedPages(db, 'GSoC_2016', { pages: 2, bytes: 1e9 })).toEqual(['GSoC_2014']);
    expect(await db.snapshots.where('pageId').equals('GSoC_2014').count()).toBe(0);
    expect(await db.cachedPages.get('GSoC_2014')).toBeUndefined();
    expect(await fakeBrowser.storage.local.get([keptScanKey('GSoC_2014'), `${keptScanKey('GSoC_2014')}:0`])).toEqual({});
    expect((await call('snapshots.latest')).map((s) => s.pageId).sort()).toEqual(['GSoC_2015', 'GSoC_2016']);
  });

  it('clearing cached page data drops snapshots and kept scans, never bookmarks or drafts', async () => {
    const pageId = 'GSoC_2014';
    await call('bookmarks.set', { pageId, pageUrl: url(pageId), idea: sampleIdea(), bookmarked: true });
    await call('drafts.save', { pageId, ideaKey: 'pv-grant-table', title: 'PV', text: 'My plan', subjectTag: '', editedAt: '2025-03-01T00:00:00.000Z', session: 's' });
    await keep(pageId, 5000);
    await visit(pageId);
    await visit('GSoC_2015');
    const before = await call('data.export');

    expect(await call('storage.usage')).toMatchObject({ bookmarks: 1, drafts: 1, draftVersions: 1, cachedPages: 2 });
    expect(await call('storage.clearCache')).toEqual({ pages: 2 });
    expect(await call('storage.usage')).toMatchObject({ bookmarks: 1, drafts: 1, draftVersions: 1, cachedPages: 0, cachedBytes: 0 });
    expect(await db.snapshots.count()).toBe(0);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('scan:'))).toEqual([]);
    expect(await call('data.export')).toEqual(before);
    expect(await clearCachedPages(db)).toBe(0);
  });
});
