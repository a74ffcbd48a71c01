// Pages read before are not read node by node again. The scan of a page is kept as a record in the extension's
// own storage (browser.storage.local: the extension's origin, never the wiki's) with a digest of the article's
// text and revision, and the parser's version. A later load whose text and parser are the same takes its ideas
// from the record and only looks up where they sit (lib/parse/scan-record.ts); anything else is parsed as usual.
//
// The storage format is in lib/kept-scan.ts.
import { browser } from 'wxt/browser';
import { readKeptIdeas, readKeptStart, writeKeptScan, type KeptStart, type KeptVersion } from '../../../lib/kept-scan';
import { contentRoot } from '../../../lib/parse/headings';
import type { ScannedPage } from '../../../lib/parse/index';
import { scanFromRecord, scanRecord } from '../../../lib/parse/scan-record';
import { REVISION_ID } from '../../../lib/parse/wiki-markup';

/** A digest of the parser's sources, set at build time (wxt.config.ts): a changed parser never reuses old records. */
declare const __PARSER_VERSION__: string;

export interface ScanCache {
  /** The page placed from its record, or null: parse it. */
  reused: ScannedPage | null;
  /**
   * Keeps the page's scan for the next load (a fresh one is written part by part; a reused one is there already).
   * Resolves to the kept scan's version once it is in storage (the background takes visit snapshots from it), or
   * null when it is not kept.
   */
  keep(scan: ScannedPage): Promise<KeptVersion | null>;
}

const NONE: ScanCache = { reused: null, keep: () => Promise.resolve(null) };
const NOTHING_KEPT: KeptStart = { header: null, first: undefined };

/** Call before anything of ours is added to the page: the digest is of the wiki's text alone. */
export async function openScanCache(doc: Document, url: string, pageId: string): Promise<ScanCache> {
  const area = browser.storage.local;
  try {
    const kept = readKeptStart(area, pageId).catch(() => NOTHING_KEPT);
    const digest = await digestOf(`${revisionOf(doc)}\n${contentRoot(doc).textContent ?? ''}`);
    const start = await kept;
    const { header } = start;
    const version = { parser: __PARSER_VERSION__, digest };
    const ideas = await readKeptIdeas(area, pageId, start, version);
    const reused = ideas ? scanFromRecord(doc, url, { ...header!.record, ideas }) : null;
    return {
      reused,
      keep: async (scan) => {
        if (scan === reused) return version;
        return (await writeKeptScan(area, pageId, version, scanRecord(scan), header?.parts ?? 0)) ? version : null;
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
