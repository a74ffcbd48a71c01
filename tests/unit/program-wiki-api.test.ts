// The MediaWiki API client against the api.php stand-in (tests/support/wiki-api.ts), which answers in the real
// API's formatversion=2 shapes: paging with `continue`, revisions in batches of 50, errors, maxlag and retries.
import { describe, expect, test } from 'vitest';
import { createWikiApi, WikiApiError, type WikiApiOptions } from '../../lib/program/wiki-api';
import { WikiApiStandIn, type ApiPage } from '../support/wiki-api';

const USER_AGENT = 'IdeaScout/0.1.0 (browser extension; tests)';

function page(pageid: number, title = `Page ${pageid}`): ApiPage {
  return { pageid, title, revid: pageid * 10, timestamp: `2026-01-${String((pageid % 28) + 1).padStart(2, '0')}T00:00:00Z`, html: `<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>${title}</p></div>` };
}

function clientOf(wiki: WikiApiStandIn, options: Partial<WikiApiOptions> = {}) {
  const waits: number[] = [];
  const api = createWikiApi({
    fetch: wiki.fetch,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    userAgent: USER_AGENT,
    ...options,
  });
  return { api, waits };
}

/** A request's parameters as a plain object, in the order sent. */
function paramsOf(wiki: WikiApiStandIn, index: number): Record<string, string> {
  return Object.fromEntries(wiki.requests[index].params);
}

describe('finding the ideas pages (list=embeddedin)', () => {
  test('follows `continue` until the list is complete, with the manners on every request', async () => {
    const wiki = new WikiApiStandIn([page(30, 'GSoC 2015'), page(10, 'Outreach Program Projects'), page(20, 'Archived/GSoC 2014'), page(40, 'GSoC 2026 Ideas'), page(50, 'Outreachy')]);
    wiki.listLimit = 2;
    const { api } = clientOf(wiki);

    expect(await api.pagesUsingTemplate()).toEqual([
      { pageid: 10, title: 'Outreach Program Projects' },
      { pageid: 20, title: 'Archived/GSoC 2014' },
      { pageid: 30, title: 'GSoC 2015' },
      { pageid: 40, title: 'GSoC 2026 Ideas' },
      { pageid: 50, title: 'Outreachy' },
    ]);
    const first = { action: 'query', list: 'embeddedin', eititle: 'Template:Project', einamespace: '0', eilimit: 'max', format: 'json', formatversion: '2', maxlag: '5' };
    expect(wiki.requests.map((_, i) => paramsOf(wiki, i))).toEqual([
      first,
      { ...first, eicontinue: '0|30', continue: '-||', format: 'json', formatversion: '2', maxlag: '5' },
      { ...first, eicontinue: '0|50', continue: '-||', format: 'json', formatversion: '2', maxlag: '5' },
    ]);
    expect(wiki.requests.map((request) => request.url.split('?')[0])).toEqual(Array(3).fill('https://wiki.xenproject.org/api.php'));
    expect(wiki.requests.map((request) => request.userAgent)).toEqual(Array(3).fill(USER_AGENT));
  });

  test('no page uses the template: an empty list', async () => {
    const { api } = clientOf(new WikiApiStandIn());
    expect(await api.pagesUsingTemplate()).toEqual([]);
  });
});

describe('latest revisions (prop=revisions)', () => {
  test('one query per 50 pages; pages the wiki no longer has are left out', async () => {
    const wiki = new WikiApiStandIn(Array.from({ length: 120 }, (_, i) => page(i + 1)));
    const { api } = clientOf(wiki);
    const asked = [...Array.from({ length: 120 }, (_, i) => i + 1), 999];

    const revisions = await api.latestRevisions(asked);

    expect(wiki.requests.map((request) => request.params.get('pageids')!.split('|').length)).toEqual([50, 50, 21]);
    expect(wiki.requests.map((request) => [request.params.get('prop'), request.params.get('rvprop')])).toEqual(Array(3).fill(['revisions', 'ids|timestamp']));
    expect(revisions.size).toBe(120);
    expect(revisions.get(7)).toEqual({ pageid: 7, title: 'Page 7', revid: 70, timestamp: '2026-01-08T00:00:00Z' });
    expect(revisions.has(999)).toBe(false);
  });

  test('no pages: no request', async () => {
    const wiki = new WikiApiStandIn();
    const { api } = clientOf(wiki);
    expect(await api.latestRevisions([])).toEqual(new Map());
    expect(wiki.requests).toEqual([]);
  });
});

describe('a page\'s content (action=parse)', () => {
  test('the rendered HTML without the skin, and the revision it shows', async () => {
    const wiki = new WikiApiStandIn([page(10, 'Outreach Program Projects')]);
    const { api } = clientOf(wiki);
    expect(await api.parsePage(10)).toEqual({
      pageid: 10,
      title: 'Outreach Program Projects',
      revid: 100,
      html: '<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>Outreach Program Projects</p></div>',
    });
    expect(paramsOf(wiki, 0)).toEqual({ action: 'parse', pageid: '10', prop: 'text|revid', format: 'json', formatversion: '2', maxlag: '5' });
  });
});

describe('errors and retries', () => {
  test('an API error is reported with its code and not retried', async () => {
    const wiki = new WikiApiStandIn();
    const { api, waits } = clientOf(wiki);
    const error = await api.parsePage(77).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WikiApiError);
    expect({ ...(error as WikiApiError), message: (error as Error).message }).toEqual({
      name: 'WikiApiError',
      kind: 'api',
      code: 'nosuchpageid',
      message: 'The wiki refused the request (nosuchpageid): There is no page with ID 77.',
    });
    expect(wiki.requests.length).toBe(1);
    expect(waits).toEqual([]);
  });

  test('maxlag: waits as long as Retry-After asks (5 s), then tries again', async () => {
    const wiki = new WikiApiStandIn([page(10)]);
    wiki.lagged = 2;
    const { api, waits } = clientOf(wiki);
    expect((await api.parsePage(10)).revid).toBe(100);
    expect(wiki.requests.length).toBe(3);
    expect(waits).toEqual([5000, 5000]);
  });

  test('maxlag that does not pass: the error after the last try', async () => {
    const wiki = new WikiApiStandIn([page(10)]);
    wiki.lagged = 10;
    const { api, waits } = clientOf(wiki);
    await expect(api.parsePage(10)).rejects.toThrow('The wiki is busy (maxlag): Waiting for 10.0.6.44: 7 seconds lagged.');
    expect(wiki.requests.length).toBe(4);
    expect(waits).toEqual([5000, 5000, 5000]);
  });

  test('HTTP 5xx: retried with waits that double', async () => {
    const wiki = new WikiApiStandIn([page(10)]);
    wiki.unavailable = 2;
    const { api, waits } = clientOf(wiki);
    expect((await api.parsePage(10)).revid).toBe(100);
    expect(waits).toEqual([1000, 2000]);
  });

  test('HTTP 5xx on every try: the status after four tries', async () => {
    const wiki = new WikiApiStandIn([page(10)]);
    wiki.unavailable = 100;
    const { api, waits } = clientOf(wiki);
    const error = (await api.pagesUsingTemplate().catch((e: unknown) => e)) as WikiApiError;
    expect([error.kind, error.code, error.message]).toEqual(['http', '503', 'The wiki answered 503 Service Unavailable.']);
    expect(wiki.requests.length).toBe(4);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  test('a page whose request fails with HTTP 500 every time', async () => {
    const wiki = new WikiApiStandIn([{ ...page(10), parseFails: { status: 500 } }]);
    const { api, waits } = clientOf(wiki, { attempts: 2, backoffMs: 300 });
    await expect(api.parsePage(10)).rejects.toThrow('The wiki answered 500 Internal Server Error.');
    expect(waits).toEqual([300]);
  });

  test('the wiki unreachable: a network error at once, not retried', async () => {
    const wiki = new WikiApiStandIn([page(10)]);
    wiki.down = true;
    const { api, waits } = clientOf(wiki);
    const error = (await api.pagesUsingTemplate().catch((e: unknown) => e)) as WikiApiError;
    expect([error.kind, error.message]).toEqual(['network', 'The wiki could not be reached (Failed to fetch).']);
    expect(wiki.requests.length).toBe(1);
    expect(waits).toEqual([]);
  });

  test('an answer that is not JSON', async () => {
    const { api } = clientOf(new WikiApiStandIn(), {
      fetch: () => Promise.resolve(new Response('<html>Login required</html>', { status: 200, headers: { 'content-type': 'text/html' } })),
    });
    await expect(api.pagesUsingTemplate()).rejects.toThrow('The wiki sent an answer that is not JSON.');
  });

  test('an HTTP 4xx is not retried', async () => {
    let calls = 0;
    const { api, waits } = clientOf(new WikiApiStandIn(), {
      fetch: () => {
        calls++;
        return Promise.resolve(new Response('Forbidden', { status: 403, statusText: 'Forbidden' }));
      },
    });
    await expect(api.pagesUsingTemplate()).rejects.toThrow('The wiki answered 403 Forbidden.');
    expect([calls, waits]).toEqual([1, []]);
  });
});

test('at most two requests at a time, however many are asked for', async () => {
  const wiki = new WikiApiStandIn(Array.from({ length: 8 }, (_, i) => page(i + 1)));
  const { api } = clientOf(wiki);
  const parsed = await Promise.all(Array.from({ length: 8 }, (_, i) => api.parsePage(i + 1)));
  expect(parsed.map((p) => p.revid)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
  expect(wiki.maxInFlight).toBe(2);
});
