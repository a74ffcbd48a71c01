// Which wiki page a URL shows, independent of how the URL spells it. Bookmarks, drafts and snapshots are keyed
// by this id, so the same page reached through either host or either URL form shares one set of data.

/** The hosts serving the Xen Project wiki (kept in step with wxt.config.ts). */
export const WIKI_HOSTS = ['wiki.xenproject.org', 'wiki.xen.org'] as const;

/** Where links we build point: the wiki's current name. */
export const CANONICAL_WIKI_ORIGIN = 'https://wiki.xenproject.org';

/**
 * The page id for a wiki URL: the MediaWiki title in its database form (`Outreach_Program_Projects`), or null
 * when the URL is not a page of the Xen wiki. Host, `/wiki/T` vs `/index.php?title=T` vs `/index.php/T`,
 * fragment, `_` vs space and percent-encoding do not change the id. Query parameters such as `action` or
 * `oldid` are ignored: they pick a view of the page, not another page.
 */
export function pageIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!(WIKI_HOSTS as readonly string[]).includes(parsed.hostname)) return null;

  const raw = rawTitle(parsed);
  return raw === null ? null : normaliseTitle(raw);
}

/**
 * Whether a wiki URL shows the page as it is now. An old revision (`oldid`), a diff, an edit form or an edit
 * preview (`action=edit|submit`) shows something else: nothing read there may be stored as the page.
 */
export function isCurrentView(url: string): boolean {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return false;
  }
  const action = params.get('action');
  return !params.has('oldid') && !params.has('diff') && (action === null || action === 'view' || action === 'purge');
}

/** The canonical link to a page (and optionally to an anchor on it). */
export function wikiPageUrl(pageId: string, anchor?: string): string {
  const page = `${CANONICAL_WIKI_ORIGIN}/wiki/${encodeTitle(pageId)}`;
  return anchor ? `${page}#${encodeFragment(anchor)}` : page;
}

/** The title exactly as the URL carries it, already percent-decoded; null when the URL names no page. */
function rawTitle(url: URL): string | null {
  const path = url.pathname;
  if (path.startsWith('/wiki/')) return decodePath(path.slice('/wiki/'.length));
  if (path === '/index.php') return url.searchParams.get('title'); // searchParams decodes `+` as space, as PHP does
  if (path.startsWith('/index.php/')) return decodePath(path.slice('/index.php/'.length));
  return null;
}

function decodePath(segment: string): string | null {
  try {
    return decodeURIComponent(segment); // in a path `+` is a literal plus, which titles may contain
  } catch {
    return null; // malformed percent-encoding: not a URL MediaWiki would serve
  }
}

/** MediaWiki's own normalisation for the default wiki setup: spaces as `_`, no runs, first letter upper case. */
function normaliseTitle(raw: string): string | null {
  const title = raw
    .split('#')[0] // an encoded `#` still ends the title for MediaWiki
    .normalize('NFC')
    .replace(/[\s_]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  if (title === '') return null;
  const first = String.fromCodePoint(title.codePointAt(0)!);
  return first.toUpperCase() + title.slice(first.length);
}

/** Like MediaWiki's wfUrlencode: encode, but keep the characters its own links keep readable. */
function encodeTitle(pageId: string): string {
  return keepReadable(encodeURIComponent(pageId), /%(3A|2F|3B|40|24|2C)/gi); // : / ; @ $ ,
}

/** A fragment may hold more characters unencoded than a path segment; browsers decode it to find the id. */
function encodeFragment(anchor: string): string {
  return keepReadable(encodeURIComponent(anchor), /%(3A|2F|3F|40|24|2C|3B|3D|2B|26)/gi); // : / ? @ $ , ; = + &
}

/** Undo the escapes `pattern` matches: encodeURIComponent escapes more than a URL needs. */
function keepReadable(encoded: string, pattern: RegExp): string {
  return encoded.replace(pattern, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
