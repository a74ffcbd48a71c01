// The Xen Project wiki's MediaWiki Action API, as Idea Scout uses it: which pages embed the ideas template, their
// latest revisions, and each page's rendered HTML. Pure: `fetch` and the clock are handed in.
//
// Manners (https://www.mediawiki.org/wiki/API:Etiquette): at most two requests at a time, `maxlag=5`, an
// `Api-User-Agent` header naming the extension, and retries with growing waits when the wiki says it is busy
// (HTTP 5xx, or the `maxlag` error, which comes with HTTP 200 and a Retry-After header).

export const API_URL = 'https://wiki.xenproject.org/api.php';
/** The template every ideas page uses for its ideas. */
export const IDEAS_TEMPLATE = 'Template:Project';
/** Pages per `prop=revisions` query: the API's limit for clients without the apihighlimits right. */
export const REVISION_BATCH = 50;
export const MAX_CONCURRENT = 2;
export const MAXLAG_SECONDS = 5;
/** The longest wait between tries, whatever Retry-After asks. */
const MAX_WAIT_MS = 60_000;

export interface WikiApiOptions {
  fetch: typeof fetch;
  /** Waits `ms` (tests pass one that records the wait and returns at once). */
  sleep: (ms: number) => Promise<void>;
  /** e.g. "IdeaScout/0.1.0 (browser extension)". */
  userAgent: string;
  /** Tries per request, the first included. */
  attempts?: number;
  /** The first retry's wait; each later one doubles it (a Retry-After header asking for longer wins). */
  backoffMs?: number;
  /** A request that has not answered by then counts as failed. */
  timeoutMs?: number;
}

/** What went wrong, in words for the person, and of which kind. */
export class WikiApiError extends Error {
  constructor(
    message: string,
    /** `network`: no answer; `http`: an HTTP error status; `api`: an API error code; `format`: an answer we cannot read. */
    readonly kind: 'network' | 'http' | 'api' | 'format',
    /** The HTTP status or the API's error code. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'WikiApiError';
  }
}

export interface PageRef {
  pageid: number;
  title: string;
}

export interface RevisionInfo {
  pageid: number;
  title: string;
  revid: number;
  /** ISO 8601, as the API gives it. */
  timestamp: string;
}

export interface ParsedHtml {
  pageid: number;
  title: string;
  revid: number;
  /** The page's rendered content, without the skin: `<div class="mw-parser-output">…</div>`. */
  html: string;
}

type Params = Record<string, string>;
type Json = Record<string, unknown>;

export interface WikiApi {
  /** Every page of the main namespace that uses the ideas template, following `continue`. */
  pagesUsingTemplate(template?: string): Promise<PageRef[]>;
  /**
   * The latest revision of each page: one query per 50 pages. Pages the wiki no longer has are left out.
   * A batch that fails rejects the whole call.
   */
  latestRevisions(pageids: readonly number[]): Promise<Map<number, RevisionInfo>>;
  /** A page's rendered HTML and the revision it shows. */
  parsePage(pageid: number): Promise<ParsedHtml>;
}

export function createWikiApi(options: WikiApiOptions): WikiApi {
  const { fetch, sleep, userAgent, attempts = 4, backoffMs = 1000, timeoutMs = 30_000 } = options;
  const slots = new Semaphore(MAX_CONCURRENT);

  async function request(params: Params): Promise<Json> {
    const url = apiUrl(params);
    await slots.acquire();
    try {
      for (let attempt = 1; ; attempt++) {
        const outcome = await once(url);
        if (!('retryAfterMs' in outcome)) return outcome.body;
        if (attempt >= attempts) throw outcome.error;
        await sleep(Math.min(MAX_WAIT_MS, Math.max(outcome.retryAfterMs, backoffMs * 2 ** (attempt - 1))));
      }
    } finally {
      slots.release();
    }
  }

  /** One try: the answer, or the error with how long the wiki asks us to wait before trying again. */
  async function once(url: string): Promise<{ body: Json } | { error: WikiApiError; retryAfterMs: number }> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'Api-User-Agent': userAgent },
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = (error as Error)?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error)?.message || String(error);
      throw new WikiApiError(`The wiki could not be reached (${reason}).`, 'network', 'network');
    }
    const retryAfterMs = retryAfter(response.headers.get('Retry-After'));
    if (response.status >= 500) {
      const error = new WikiApiError(`The wiki answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, 'http', String(response.status));
      return { error, retryAfterMs };
    }
    if (!response.ok) {
      throw new WikiApiError(`The wiki answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, 'http', String(response.status));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new WikiApiError('The wiki sent an answer that is not JSON.', 'format', 'json');
    }
    if (!isObject(body)) throw new WikiApiError('The wiki sent an answer of an unknown shape.', 'format', 'shape');
    const apiError = body.error;
    if (isObject(apiError)) {
      const code = typeof apiError.code === 'string' ? apiError.code : 'unknown';
      const info = typeof apiError.info === 'string' ? apiError.info : '';
      if (code === 'maxlag') {
        return { error: new WikiApiError(`The wiki is busy (maxlag): ${info}`, 'api', code), retryAfterMs: retryAfterMs || MAXLAG_SECONDS * 1000 };
      }
      throw new WikiApiError(`The wiki refused the request (${code})${info ? `: ${info}` : '.'}`, 'api', code);
    }
    return { body };
  }

  return {
    async pagesUsingTemplate(template = IDEAS_TEMPLATE) {
      const pages: PageRef[] = [];
      let next: Params = {};
      for (;;) {
        const body = await request({ action: 'query', list: 'embeddedin', eititle: template, einamespace: '0', eilimit: 'max', ...next });
        const list = field(body, ['query', 'embeddedin']);
        if (list !== undefined && !Array.isArray(list)) throw shapeError('embeddedin');
        for (const entry of (list as unknown[] | undefined) ?? []) {
          if (isObject(entry) && typeof entry.pageid === 'number' && typeof entry.title === 'string') {
            pages.push({ pageid: entry.pageid, title: entry.title });
          }
        }
        const more = continuation(body);
        if (!more) return pages;
        next = more;
      }
    },

    async latestRevisions(pageids) {
      const revisions = new Map<number, RevisionInfo>();
      for (let start = 0; start < pageids.length; start += REVISION_BATCH) {
        const batch = pageids.slice(start, start + REVISION_BATCH);
        let next: Params = {};
        for (;;) {
          const body = await request({ action: 'query', prop: 'revisions', rvprop: 'ids|timestamp', pageids: batch.join('|'), ...next });
          const pages = field(body, ['query', 'pages']);
          if (pages !== undefined && !Array.isArray(pages)) throw shapeError('pages');
          for (const page of (pages as unknown[] | undefined) ?? []) {
            if (!isObject(page) || typeof page.pageid !== 'number' || page.missing) continue;
            const revision: unknown = Array.isArray(page.revisions) ? page.revisions[0] : undefined;
            if (!isObject(revision) || typeof revision.revid !== 'number') continue;
            revisions.set(page.pageid, {
              pageid: page.pageid,
              title: typeof page.title === 'string' ? page.title : '',
              revid: revision.revid,
              timestamp: typeof revision.timestamp === 'string' ? revision.timestamp : '',
            });
          }
          const more = continuation(body);
          if (!more) break;
          next = more;
        }
      }
      return revisions;
    },

    async parsePage(pageid) {
      const body = await request({ action: 'parse', pageid: String(pageid), prop: 'text|revid' });
      const parse = body.parse;
      if (!isObject(parse) || typeof parse.text !== 'string' || typeof parse.revid !== 'number') throw shapeError('parse');
      return {
        pageid: typeof parse.pageid === 'number' ? parse.pageid : pageid,
        title: typeof parse.title === 'string' ? parse.title : '',
        revid: parse.revid,
        html: parse.text,
      };
    },
  };
}

/** The request's URL: JSON in the current format, and the lag limit on every request. */
export function apiUrl(params: Params): string {
  const query = new URLSearchParams({ ...params, format: 'json', formatversion: '2', maxlag: String(MAXLAG_SECONDS) });
  return `${API_URL}?${query}`;
}

/** The parameters that fetch the next part of a list, or null when it is complete. */
function continuation(body: Json): Params | null {
  const more = body.continue;
  if (!isObject(more)) return null;
  const params: Params = {};
  for (const [key, value] of Object.entries(more)) if (typeof value === 'string' || typeof value === 'number') params[key] = String(value);
  return params;
}

/** Retry-After in seconds (the API's form) or as an HTTP date; 0 when absent or unreadable. */
function retryAfter(header: string | null): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}

function field(body: Json, path: string[]): unknown {
  let value: unknown = body;
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  return value;
}

function shapeError(what: string): WikiApiError {
  return new WikiApiError(`The wiki sent an answer without the expected "${what}".`, 'format', 'shape');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most `size` holders at a time; the others wait in line, first come first served. */
class Semaphore {
  private waiting: Array<() => void> = [];
  private held = 0;

  constructor(private readonly size: number) {}

  acquire(): Promise<void> {
    if (this.held < this.size) {
      this.held++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}
