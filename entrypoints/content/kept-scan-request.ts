// The first steps of opening a page's kept scan (entrypoints/content/page/scan-cache.ts), asked by the loader the
// moment it finds ideas, alongside the import of the page's module: the storage read and the digest (hashed off
// the main thread) wait while that module is fetched and compiled, not after it.
import { browser } from 'wxt/browser';
import { readKeptStart, type KeptStart, type KeptVersion } from '../../lib/kept-scan';
import { contentRoot } from '../../lib/parse/headings';
import { REVISION_ID } from '../../lib/parse/wiki-markup';

/** A digest of the parser's sources, set at build time (wxt.config.ts): a changed parser never reuses old records. */
declare const __PARSER_VERSION__: string;

/** The page's kept scan as far as one request reads it, and the version the page as it is now would be kept as. */
export interface KeptScanStart {
  start: KeptStart;
  version: KeptVersion;
}

const NOTHING_KEPT: KeptStart = { header: null, first: undefined };

/**
 * Call before anything of ours is added to the page: the digest is of the wiki's text alone. It is read in a task of
 * its own, after the one that found the DOM complete: that task goes on to lay out the page for its first paint.
 */
export function requestKeptScan(doc: Document, pageId: string): Promise<KeptScanStart> {
  const request = new Promise((resolve) => setTimeout(resolve)).then(async () => {
    const start = readKeptStart(browser.storage.local, pageId).catch(() => NOTHING_KEPT);
    const digest = await digestOf(`${revisionOf(doc)}\n${contentRoot(doc).textContent ?? ''}`);
    return { start: await start, version: { parser: __PARSER_VERSION__, digest } };
  });
  // A failure is reported where the request is awaited, which may be after the page's module has loaded.
  request.catch(() => {});
  return request;
}

/**
 * MediaWiki's id of the revision shown (its inline config), or '' when the page does not give it. Every edit
 * changes it, also one that changes only a link's target, which the text alone would not show.
 */
function revisionOf(doc: Document): string {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = REVISION_ID.exec(script.textContent ?? '');
    if (match) return match[1];
  }
  return '';
}

async function digestOf(text: string): Promise<string> {
  // Encoded into a buffer of the largest size it can take (3 bytes per UTF-16 unit): on a long page (2 MB of
  // text) this is several times quicker than `encode`, which sizes its result as it goes.
  const buffer = new Uint8Array(text.length * 3);
  const { written } = new TextEncoder().encodeInto(text, buffer);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer.subarray(0, written)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
