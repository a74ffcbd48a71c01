// "Update from the wiki" end to end in Node: the API client against the api.php stand-in, the pages read with the
// live page's parser (jsdom), and an in-memory store. Only changed pages are read again; nothing read is lost.
import { JSDOM } from 'jsdom';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageCopy } from '../../lib/program/page-copy';
import { readIdeas } from '../../lib/program/read-page';
import { updateFromWiki, type UpdateDeps, type UpdateProgress } from '../../lib/program/update';
import { createWikiApi } from '../../lib/program/wiki-api';
import { TaskSlicer } from '../../lib/slices';
import { ARCHIVED, GSOC_2015, GSOC_2026, OUTREACH, outreachRevision2, programWiki } from '../support/program-wiki';
import type { WikiApiStandIn } from '../support/wiki-api';

// Each update parses saved renderings with jsdom: seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const PARSER = 'parser-v1';
const times = ['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:01.000Z', '2026-12-01T10:00:02.000Z', '2026-12-01T10:00:03.000Z', '2026-12-01T10:00:04.000Z'];

class MemoryStore {
  copies = new Map<number, PageCopy>();
  list = () => [...this.copies.values()].sort((a, b) => a.pageid - b.pageid);
}

let wiki: WikiApiStandIn;
let store: MemoryStore;
let progress: UpdateProgress[];
let clock: number;

function deps(overrides: Partial<UpdateDeps> = {}): UpdateDeps {
  return {
    api: createWikiApi({ fetch: wiki.fetch, sleep: async () => {}, userAgent: 'IdeaScout/test' }),
    parser: PARSER,
    readIdeas: (html, title) =>
      readIdeas(html, title, { parseHtml: (text) => new JSDOM(text).window.document, slicer: new TaskSlicer(() => new Promise((r) => setTimeout(r, 0))) }),
    save: (copy) => {
      store.copies.set(copy.pageid, structuredClone(copy));
      return Promise.resolve();
    },
    markChecked: (pages, at) => {
      for (const { pageid, title } of pages) store.copies.set(pageid, { ...store.copies.get(pageid)!, title, checkedAt: at });
      return Promise.resolve();
    },
    remove: (pageids) => {
      for (const pageid of pageids) store.copies.delete(pageid);
      return Promise.resolve();
    },
    now: () => times[Math.min(clock++, times.length - 1)],
    onProgress: (p) => progress.push(p),
    ...overrides,
  };
}

const actions = () => wiki.requests.map((request) => request.params.get('action') === 'parse' ? `parse ${request.params.get('pageid')}` : request.params.get('list') ?? request.params.get('prop'));

beforeEach(() => {
  wiki = programWiki(new Date('2026-12-01T10:00:00Z'));
  store = new MemoryStore();
  progress = [];
  clock = 0;
});

describe('the first update', () => {
  test('finds the four pages, checks their revisions in one query and reads each, two at a time', async () => {
    const report = await updateFromWiki([], deps());

    expect(actions()).toEqual(['embeddedin', 'revisions', `parse ${OUTREACH.pageid}`, `parse ${ARCHIVED.pageid}`, `parse ${GSOC_2015.pageid}`, `parse ${GSOC_2026.pageid}`]);
    expect(wiki.maxInFlight).toBe(2);
    expect({ ...report, read: [...report.read].sort() }).toEqual({
      at: times[0],
      error: null,
      read: [ARCHIVED.title, GSOC_2015.title, GSOC_2026.title, OUTREACH.title],
      unchanged: 0,
      failed: [],
      removed: [],
    });
    expect(progress).toEqual([
      { phase: 'finding' },
      { phase: 'checking', pages: 4 },
      { phase: 'reading', done: 0, total: 4 },
      { phase: 'reading', done: 1, total: 4 },
      { phase: 'reading', done: 2, total: 4 },
      { phase: 'reading', done: 3, total: 4 },
      { phase: 'reading', done: 4, total: 4 },
    ]);
    expect(store.list().map(({ ideas, readAt, ...copy }) => ({ ...copy, ideas: ideas.length, read: readAt !== null }))).toEqual([
      { pageid: OUTREACH.pageid, title: OUTREACH.title, revid: 5071, revisedAt: '2014-03-03T10:02:00Z', checkedAt: times[0], parser: PARSER, ideas: 18, warnings: expect.any(Array), error: null, read: true },
      { pageid: ARCHIVED.pageid, title: ARCHIVED.title, revid: 8013, revisedAt: '2021-06-01T12:00:00Z', checkedAt: times[0], parser: PARSER, ideas: 2, warnings: expect.any(Array), error: null, read: true },
      { pageid: GSOC_2015.pageid, title: GSOC_2015.title, revid: 7702, revisedAt: '2015-03-02T09:05:00Z', checkedAt: times[0], parser: PARSER, ideas: 4, warnings: expect.any(Array), error: null, read: true },
      { pageid: GSOC_2026.pageid, title: GSOC_2026.title, revid: 9120, revisedAt: '2026-11-20T08:15:00Z', checkedAt: times[0], parser: PARSER, ideas: 4, warnings: expect.any(Array), error: null, read: true },
    ]);
  });

  test('the ideas are read as on the live page: anchors, links to the wiki and review comments', async () => {
    await updateFromWiki([], deps());
    const outreach = store.copies.get(OUTREACH.pageid)!;
    const ovmf = outreach.ideas.find((idea) => idea.title === 'OVMF Compatibility Support Module support in Xen')!;
    expect({ key: ovmf.key, anchor: ovmf.anchor, status: ovmf.status, comments: ovmf.comments.length, contacts: ovmf.contacts }).toEqual({
      key: 'OVMF_Compatibility_Support_Module_support_in_Xen',
      anchor: 'OVMF_Compatibility_Support_Module_support_in_Xen',
      status: 'peer-reviewed',
      comments: 1,
      contacts: [{ name: 'Wei Liu', email: 'wei.liu2@citrix.com' }],
    });
    const gsoc2015 = store.copies.get(GSOC_2015.pageid)!;
    expect(gsoc2015.ideas.map((idea) => idea.title)).toEqual(['Credit2 & RTDS: tuning, tests (phase 1)', 'Improve documentation', 'Improve documentation', 'Improve documentation']);
    expect(gsoc2015.ideas[0].description?.links).toEqual([{ text: 'Credit2', href: 'https://wiki.xenproject.org/wiki/Credit2_Scheduler' }]);
  });
});

describe('a later update', () => {
  let firstRead: PageCopy[];
  beforeAll(async () => {
    wiki = programWiki(new Date('2026-12-01T10:00:00Z'));
    store = new MemoryStore();
    clock = 0;
    progress = [];
    await updateFromWiki([], deps());
    firstRead = store.list();
  });

  beforeEach(() => {
    for (const copy of firstRead) store.copies.set(copy.pageid, structuredClone(copy));
    clock = times.length; // the first update used the clock up; later ones all start at its last reading
  });

  test('nothing changed: one list query, one revisions query, no page read again', async () => {
    const report = await updateFromWiki(store.list(), deps());
    expect(actions()).toEqual(['embeddedin', 'revisions']);
    expect(report).toEqual({ at: times[5 - 1], error: null, read: [], unchanged: 4, failed: [], removed: [] });
    expect(store.list().map((copy) => copy.checkedAt)).toEqual(Array(4).fill(times[4]));
    expect(progress).toEqual([{ phase: 'finding' }, { phase: 'checking', pages: 4 }, { phase: 'reading', done: 0, total: 0 }]);
  });

  test('one page edited: only that page is read again', async () => {
    wiki.set(outreachRevision2());
    const report = await updateFromWiki(store.list(), deps());
    expect(actions()).toEqual(['embeddedin', 'revisions', `parse ${OUTREACH.pageid}`]);
    expect([report.read, report.unchanged]).toEqual([[OUTREACH.title], 3]);
    const outreach = store.copies.get(OUTREACH.pageid)!;
    expect([outreach.revid, outreach.ideas.length, outreach.ideas.some((idea) => idea.title === 'Xen network backend multiqueue support')]).toEqual([5090, 18, true]);
  });

  test('a page that fails keeps its earlier copy, with the error beside it; the next update reads it again', async () => {
    wiki.set({ ...outreachRevision2(), parseFails: { apiError: 'internal_api_error_DBQueryError', info: '[a1b2c3] Caught exception of type Wikimedia\\Rdbms\\DBQueryError' } });
    const before = store.copies.get(OUTREACH.pageid)!;
    const report = await updateFromWiki(store.list(), deps());
    const message = 'The wiki refused the request (internal_api_error_DBQueryError): [a1b2c3] Caught exception of type Wikimedia\\Rdbms\\DBQueryError';
    expect(report.failed).toEqual([{ title: OUTREACH.title, error: message }]);
    expect(store.copies.get(OUTREACH.pageid)).toEqual({ ...before, error: { message, at: report.at } });

    wiki.set(outreachRevision2());
    wiki.requests.length = 0;
    const again = await updateFromWiki(store.list(), deps());
    expect(actions()).toEqual(['embeddedin', 'revisions', `parse ${OUTREACH.pageid}`]);
    expect(again.failed).toEqual([]);
    expect(store.copies.get(OUTREACH.pageid)!.error).toBeNull();
  });

  test('the wiki down: the update says so and changes nothing', async () => {
    const before = store.list();
    wiki.down = true;
    const report = await updateFromWiki(before, deps());
    expect(report).toEqual({ at: report.at, error: 'The wiki could not be reached (Failed to fetch).', read: [], unchanged: 0, failed: [], removed: [] });
    expect(store.list()).toEqual(before);
  });

  test('a page that no longer uses the template is dropped; a renamed page keeps its copy under its new title', async () => {
    wiki.pages.delete(GSOC_2015.pageid);
    const renamed = wiki.pages.get(ARCHIVED.pageid)!;
    wiki.set({ ...renamed, title: 'Archived/Outreachy 2021 Projects' });
    const report = await updateFromWiki(store.list(), deps());
    expect([report.removed, report.unchanged, report.read]).toEqual([[GSOC_2015.title], 3, []]);
    expect(store.list().map((copy) => copy.title)).toEqual([OUTREACH.title, 'Archived/Outreachy 2021 Projects', GSOC_2026.title]);
  });

  test('a copy read by another version of the parser is read again', async () => {
    const report = await updateFromWiki(store.list(), deps({ parser: 'parser-v2' }));
    expect(report.read.length).toBe(4);
    expect(store.list().map((copy) => copy.parser)).toEqual(Array(4).fill('parser-v2'));
  });

  test('the revisions query fails: every page keeps its copy and is named with the error', async () => {
    const api = createWikiApi({ fetch: wiki.fetch, sleep: async () => {}, userAgent: 'IdeaScout/test' });
    const report = await updateFromWiki(store.list(), deps({ api: { ...api, latestRevisions: async () => Promise.reject(new Error('The wiki answered 502 Bad Gateway.')) } }));
    expect(report.failed.map((f) => f.error)).toEqual(Array(4).fill('Could not check for changes: The wiki answered 502 Bad Gateway.'));
    expect(store.list().map((copy) => [copy.ideas.length, copy.error?.message])).toEqual([
      [18, 'Could not check for changes: The wiki answered 502 Bad Gateway.'],
      [2, 'Could not check for changes: The wiki answered 502 Bad Gateway.'],
      [4, 'Could not check for changes: The wiki answered 502 Bad Gateway.'],
      [4, 'Could not check for changes: The wiki answered 502 Bad Gateway.'],
    ]);
  });

  test('the wiki lists no page at all: nothing stored is dropped', async () => {
    const before = store.list();
    wiki.pages.clear();
    const report = await updateFromWiki(before, deps());
    expect(report.error).toBe('The wiki lists no page using the ideas template; what was read before is kept.');
    expect(store.list()).toEqual(before);
  });
});

test('a page that fails on its first read is named, with no ideas', async () => {
  wiki.set({ ...wiki.pages.get(GSOC_2015.pageid)!, parseFails: { status: 500 } });
  const report = await updateFromWiki([], deps());
  expect(report.failed).toEqual([{ title: GSOC_2015.title, error: 'The wiki answered 500 Internal Server Error.' }]);
  expect(store.copies.get(GSOC_2015.pageid)).toEqual({
    pageid: GSOC_2015.pageid,
    title: GSOC_2015.title,
    revid: null,
    revisedAt: null,
    readAt: null,
    checkedAt: report.at,
    parser: PARSER,
    ideas: [],
    warnings: [],
    error: { message: 'The wiki answered 500 Internal Server Error.', at: report.at },
  });
});
