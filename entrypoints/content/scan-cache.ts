// Pages read before are not read node by node again. The scan of a page is kept as a record in the extension's
// own storage (browser.storage.local: the extension's origin, never the wiki's) with a digest of the article's
// text and revision, and the parser's version. A later load whose text and parser are the same takes its ideas from the record
// and only looks up where they sit (lib/parse/scan-record.ts); anything else is parsed as usual.
import { browser } from 'wxt/browser';
import { contentRoot } from '../../lib/parse/headings';
import type { ScannedPage } from '../../lib/parse/index';
import { scanFromRecord, scanRecord, type ScanRecord } from '../../lib/parse/scan-record';

/** A digest of the parser's sources, set at build time (wxt.config.ts): a changed parser never reuses old records. */
declare const __PARSER_VERSION__: string;

/** Longer pages are not kept: storing their record would be one long task, and they are parsed in slices anyway. */
export const MAX_KEPT_IDEAS = 300;
const KEY_PREFIX = 'scan:';

interface Kept {
  parser: string;
  digest: string;
  record: ScanRecord;
}

export interface ScanCache {
  /** The page placed from its record, or null: parse it. */
  reused: ScannedPage | null;
  /** Keeps a fresh scan for the next load (the record now, the write in a later task). */
  keep(scan: ScannedPage): void;
}

const NONE: ScanCache = { reused: null, keep() {} };

/** Call before anything of ours is added to the page: the digest is of the wiki's text alone. */
export async function openScanCache(doc: Document, url: string, pageId: string): Promise<ScanCache> {
  // http:, where there is no SubtleCrypto: no digest, so nothing is kept or reused.
  if (!globalThis.crypto?.subtle) return NONE;
  const key = KEY_PREFIX + pageId;
  try {
    const text = `${revisionOf(doc)}\n${contentRoot(doc).textContent ?? ''}`;
    const [stored, digest] = await Promise.all([browser.storage.local.get(key), digestOf(text)]);
    const kept = stored[key] as Kept | undefined;
    const reused = kept?.parser === __PARSER_VERSION__ && kept.digest === digest ? scanFromRecord(doc, url, kept.record) : null;
    return {
      reused,
      keep(scan) {
        if (scan.ideas.length > MAX_KEPT_IDEAS) return;
        const value: Kept = { parser: __PARSER_VERSION__, digest, record: scanRecord(doc, scan) };
        setTimeout(() => void browser.storage.local.set({ [key]: value }).catch(() => {}));
      },
    };
  } catch (error) {
    // A record that cannot be read (or placed) only costs the parse it would have saved.
    console.warn('Idea Scout: the kept scan of this page could not be used', error);
    return NONE;
  }
}

/**
 * MediaWiki's id of the revision shown (its inline config), or '' when the page does not give it. Every edit
 * changes it, also one that changes only a link's target, which the text alone would not show.
 */
function revisionOf(doc: Document): string {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = /"wgRevisionId":\s*(\d+)/.exec(script.textContent ?? '');
    if (match) return match[1];
  }
  return '';
}

async function digestOf(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
