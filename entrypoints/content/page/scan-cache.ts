// Pages read before are not read node by node again. The scan of a page is kept as a record in the extension's
// own storage (browser.storage.local: the extension's origin, never the wiki's) with a digest of the article's
// text and revision, and the parser's version. A later load whose text and parser are the same takes its ideas
// from the record and only looks up where they sit (lib/parse/scan-record.ts); anything else is parsed as usual.
//
// The storage format is in lib/kept-scan.ts.
import { browser } from 'wxt/browser';
import { readKeptIdeas, writeKeptScan, type KeptVersion } from '../../../lib/kept-scan';
import type { ScannedPage } from '../../../lib/parse/index';
import { scanFromRecord, scanRecord } from '../../../lib/parse/scan-record';
import type { KeptScanStart } from '../kept-scan-request';

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

/** `kept` is the loader's request (kept-scan-request.ts), asked before anything of ours was added to the page. */
export async function openScanCache(doc: Document, url: string, pageId: string, kept: Promise<KeptScanStart>): Promise<ScanCache> {
  const area = browser.storage.local;
  try {
    const { start, version } = await kept;
    const { header } = start;
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
