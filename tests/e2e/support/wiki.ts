// A stand-in for the Xen Project wiki, served through Playwright routes so the browser believes it is
// on the real site (the content script matches the real URLs) while nothing touches the network.
// Page URLs get fixture HTML; the skin's subresources get tiny stand-ins; every other web request is
// refused, so a test can never depend on the live internet.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { ROOT } from '../../../scripts/extension-browser';

export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');

export const OUTREACH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
export const OUTREACH_URL_XEN_ORG = 'https://wiki.xen.org/index.php?title=Outreach_Program_Projects';

export const WIKI_ORIGIN = /^https?:\/\/wiki\.(xenproject|xen)\.org\//;
// A 1x1 transparent GIF, so wiki images (the comment pictogram) load instead of logging 404 errors.
const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Keys page URLs the way the browser reports them (normalised, without the #fragment). Like MediaWiki, the
 * stand-in ignores Idea Scout's own `scout` query parameter (the filters a link carries).
 */
function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.searchParams.delete('scout');
  return parsed.href;
}

export class WikiStandIn {
  private readonly pages = new Map<string, Buffer>();

  /** Serves a fixture file (a name in tests/fixtures, or an absolute path) at a page URL; replaces what was served there before. */
  serve(url: string, fixtureFile: string): this {
    const path = isAbsolute(fixtureFile) ? fixtureFile : join(FIXTURES_DIR, fixtureFile);
    this.pages.set(pageKey(url), readFileSync(path));
    return this;
  }

  /** Serves an HTML string at a page URL; replaces what was served there before. */
  serveHtml(url: string, html: string): this {
    this.pages.set(pageKey(url), Buffer.from(html, 'utf8'));
    return this;
  }

  /** Answers one intercepted wiki request. */
  async answer(route: Route): Promise<void> {
    const request = route.request();
    await route.fulfill(this.response(request.url(), request.resourceType()));
  }

  /** What the wiki answers for a URL, by the kind of resource the browser asked for (Playwright's names). */
  response(url: string, resourceType: string): WikiResponse {
    const page = this.pages.get(pageKey(url));
    if (page) return { status: 200, contentType: 'text/html; charset=utf-8', body: page };
    switch (resourceType) {
      case 'stylesheet':
        return { status: 200, contentType: 'text/css', body: '' };
      case 'script':
        return { status: 200, contentType: 'text/javascript', body: '' };
      case 'image':
        return { status: 200, contentType: 'image/gif', body: BLANK_GIF };
      default:
        return { status: 404, contentType: 'text/plain; charset=utf-8', body: `Not served by the test wiki stand-in: ${url}` };
    }
  }
}

export interface WikiResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
}

const standIns = new WeakMap<BrowserContext, WikiStandIn>();

/**
 * The wiki stand-in of a browser context, installing its routes on first use. Other web sites are
 * refused unless `blockOtherSites` is false on that first call (`npm start` lets them through).
 */
export async function wikiOf(
  context: BrowserContext,
  { blockOtherSites = true }: { blockOtherSites?: boolean } = {},
): Promise<WikiStandIn> {
  let wiki = standIns.get(context);
  if (wiki) return wiki;
  wiki = new WikiStandIn();
  standIns.set(context, wiki);
  const standIn = wiki;
  // Routes added later take precedence, so the catch-all goes first.
  if (blockOtherSites) {
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('blockedbyclient'),
    );
  }
  await context.route(WIKI_ORIGIN, (route) => standIn.answer(route));
  return wiki;
}

/** Serves a fixture file at a wiki page URL in this context (call again to swap what the URL serves). */
export async function servePage(context: BrowserContext, url: string, fixtureFile: string): Promise<WikiStandIn> {
  return (await wikiOf(context)).serve(url, fixtureFile);
}

/** Serves an HTML string at a wiki page URL in this context. */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<WikiStandIn> {
  return (await wikiOf(context)).serveHtml(url, html);
}
