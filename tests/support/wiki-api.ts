// A stand-in for the Xen wiki's MediaWiki Action API (api.php), answering as the real one does with
// `format=json&formatversion=2`: list=embeddedin with `continue`, prop=revisions for up to 50 pageids, action=parse
// with the page's rendered HTML (`<div class="mw-content-ltr mw-parser-output" …>`, no skin), the `maxlag` error
// (HTTP 200, Retry-After, MediaWiki-API-Error) and API errors in their `{"error": {code, info, docref}}` form.
// Shared by the unit tests (as a `fetch`), the Chromium e2e tests (through context.route) and the journeys.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { scanPage } from '../../lib/parse/index';

export const API_URL = 'https://wiki.xenproject.org/api.php';
const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');
const DOCREF =
  'See https://wiki.xenproject.org/api.php for API usage. Subscribe to the mediawiki-api-announce mailing list at &lt;https://lists.wikimedia.org/postorius/lists/mediawiki-api-announce.lists.wikimedia.org/&gt; for notice of API deprecations and breaking changes.';
/** What the real API allows a client without apihighlimits per multi-value parameter. */
const PAGEIDS_LIMIT = 50;

export interface ApiPage {
  pageid: number;
  title: string;
  revid: number;
  /** ISO 8601 of the revision. */
  timestamp: string;
  /** The page's rendered content, as action=parse gives it. */
  html: string;
  /** How its action=parse request fails, if it does. */
  parseFails?: ParseFailure;
}

export type ParseFailure =
  /** An HTTP error status (the wiki's web server or PHP died): 5xx answers are retried by the client. */
  | { status: number }
  /** An exception inside MediaWiki: the API answers HTTP 200 with an internal_api_error_* code. */
  | { apiError: string; info: string };

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiRequestRecord {
  url: string;
  params: URLSearchParams;
  userAgent: string | null;
}

export class WikiApiStandIn {
  readonly pages = new Map<number, ApiPage>();
  readonly requests: ApiRequestRecord[] = [];
  /** The wiki is unreachable: every request fails as a network error. */
  down = false;
  /** The next this-many requests get the maxlag error. */
  lagged = 0;
  /** The next this-many requests get HTTP 503. */
  unavailable = 0;
  /** Entries per embeddedin answer when the client asks for `max` (the real wiki: 500). */
  listLimit = 500;

  constructor(pages: ApiPage[] = []) {
    for (const page of pages) this.pages.set(page.pageid, page);
  }

  set(page: ApiPage): this {
    this.pages.set(page.pageid, page);
    return this;
  }

  /** The answer to one GET of api.php, or 'network-error' while the wiki is down. */
  answer(url: string, userAgent: string | null = null): ApiAnswer | 'network-error' {
    const params = new URL(url).searchParams;
    this.requests.push({ url, params, userAgent });
    if (this.down) return 'network-error';
    if (this.unavailable > 0) {
      this.unavailable--;
      return { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body><h1>Service Unavailable</h1></body></html>' };
    }
    if (params.get('format') !== 'json') return error('badformat', 'This stand-in answers format=json only.');
    if (params.get('formatversion') !== '2') return error('badformatversion', 'This stand-in answers formatversion=2 only.');
    if (params.has('maxlag') && this.lagged > 0) {
      this.lagged--;
      const lag = Number(params.get('maxlag')) + 2;
      return json(
        { error: { code: 'maxlag', info: `Waiting for 10.0.6.44: ${lag} seconds lagged.`, host: '10.0.6.44', lag, type: 'db', docref: DOCREF }, servedby: 'mw-api-ext.eqiad.main' },
        { 'retry-after': String(Math.max(Number(params.get('maxlag')), 5)), 'x-database-lag': String(lag), 'mediawiki-api-error': 'maxlag' },
      );
    }
    const action = params.get('action');
    if (action === 'query' && params.get('list') === 'embeddedin') return this.embeddedIn(params);
    if (action === 'query' && params.get('prop') === 'revisions') return this.revisions(params);
    if (action === 'parse') return this.parse(params);
    return error('badvalue', `Unrecognized value for parameter "action": ${action}.`);
  }

  private embeddedIn(params: URLSearchParams): ApiAnswer {
    if (params.get('eititle') !== 'Template:Project') return json({ batchcomplete: true, query: { embeddedin: [] } });
    const limit = params.get('eilimit') === 'max' ? this.listLimit : Number(params.get('eilimit') ?? 10);
    const from = Number(/^0\|(\d+)$/.exec(params.get('eicontinue') ?? '')?.[1] ?? 0);
    const all = [...this.pages.values()].sort((a, b) => a.pageid - b.pageid).filter((page) => page.pageid >= from);
    const shown = all.slice(0, limit).map(({ pageid, title }) => ({ pageid, ns: 0, title }));
    const next = all[limit];
    return json({
      batchcomplete: true,
      ...(next ? { continue: { eicontinue: `0|${next.pageid}`, continue: '-||' } } : {}),
      query: { embeddedin: shown },
    });
  }

  private revisions(params: URLSearchParams): ApiAnswer {
    const ids = (params.get('pageids') ?? '').split('|').filter(Boolean).map(Number);
    const warnings = ids.length > PAGEIDS_LIMIT ? { main: { warnings: `Too many values supplied for parameter "pageids". The limit is ${PAGEIDS_LIMIT}.` } } : null;
    const pages = ids
      .slice(0, PAGEIDS_LIMIT)
      .sort((a, b) => a - b)
      .map((pageid) => {
        const page = this.pages.get(pageid);
        if (!page) return { pageid, missing: true };
        return { pageid, ns: 0, title: page.title, revisions: [{ revid: page.revid, parentid: page.revid - 1, timestamp: page.timestamp }] };
      });
    return json({ ...(warnings ? { warnings } : {}), batchcomplete: true, query: { pages } });
  }

  private parse(params: URLSearchParams): ApiAnswer {
    const pageid = Number(params.get('pageid'));
    const page = this.pages.get(pageid);
    if (!page) return error('nosuchpageid', `There is no page with ID ${pageid}.`);
    const failure = page.parseFails;
    if (failure && 'status' in failure) {
      return { status: failure.status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<html><body><h1>${failure.status} Internal Server Error</h1></body></html>` };
    }
    if (failure) return error(failure.apiError, failure.info);
    const parse: Record<string, unknown> = { title: page.title, pageid: page.pageid };
    const props = (params.get('prop') ?? '').split('|');
    if (props.includes('revid')) parse.revid = page.revid;
    if (props.includes('text')) parse.text = page.html;
    return json({ parse });
  }

  /** A `fetch` answering from this stand-in, for unit tests. Each answer comes a macrotask later, as over a network. */
  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    const userAgent = new Headers(init?.headers).get('Api-User-Agent');
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const answer = this.answer(url, userAgent);
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return new Response(answer.body, { status: answer.status, statusText: STATUS_TEXT[answer.status] ?? '', headers: answer.headers });
    } finally {
      this.inFlight--;
    }
  };

  /** Requests being answered right now, and the most there ever were at once (through `fetch`). */
  inFlight = 0;
  maxInFlight = 0;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

function json(body: unknown, headers: Record<string, string> = {}): ApiAnswer {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

function error(code: string, info: string): ApiAnswer {
  return json({ error: { code, info, docref: DOCREF }, servedby: 'mw-api-ext.eqiad.main' }, { 'mediawiki-api-error': code });
}

export interface RenderingOptions {
  /** Keep only the ideas with these titles (the others are cut out with their fields). */
  keep?: string[];
  /** Ideas renamed: old title → new title. */
  rename?: Record<string, string>;
  /** Ideas whose "Verified" becomes this date (YYYY-MM-DD): old title → date. */
  verified?: Record<string, string>;
}

/**
 * A saved rendering (a file in tests/fixtures) as action=parse returns it: the content of its
 * `.mw-parser-output`, without the skin, optionally with some ideas cut out, renamed or re-verified.
 */
export function parserOutputOf(fixture: string, options: RenderingOptions = {}): string {
  const key = JSON.stringify([fixture, options]);
  let html = renderings.get(key);
  if (html === undefined) renderings.set(key, (html = render(fixture, options)));
  return html;
}

const renderings = new Map<string, string>();

function render(fixture: string, options: RenderingOptions): string {
  const path = isAbsolute(fixture) ? fixture : join(FIXTURES_DIR, fixture);
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url: 'https://wiki.xenproject.org/wiki/Saved_page' });
  const doc = dom.window.document;
  const scan = scanPage(doc);
  for (const idea of scan.ideas) {
    const { heading, blocks } = scan.nodes.get(idea.key)!;
    if (options.keep && !options.keep.includes(idea.title)) {
      for (const block of blocks) block.remove();
      heading.remove();
      doc.querySelector(`#toc a[href="#${idea.anchor.replace(/["\\]/g, '\\$&')}"]`)?.closest('li')?.remove();
      continue;
    }
    const date = options.verified?.[idea.title];
    if (date) {
      for (const block of blocks) {
        const walker = doc.createTreeWalker(block, dom.window.NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.textContent = node.textContent!.replace(/(Verified:\s*)[^;\n]*/, `$1${date}`);
        }
      }
    }
    const renamed = options.rename?.[idea.title];
    if (renamed) {
      const headline = heading.querySelector('.mw-headline') ?? heading.querySelector('h1, h2, h3, h4, h5, h6') ?? heading;
      headline.textContent = renamed;
    }
  }
  const content = doc.querySelector('.mw-parser-output');
  if (!content) throw new Error(`${fixture} has no .mw-parser-output`);
  return `<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${content.innerHTML}\n<!-- \nNewPP limit report\nCached time: 20261201120000\n-->\n</div>`;
}
