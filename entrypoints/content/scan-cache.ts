// Pages read before are not read node by node again. The scan of a page is kept as a record in the extension's
// own storage (browser.storage.local: the extension's origin, never the wiki's) with a digest of the article's
// text and revision, and the parser's version. A later load whose text and parser are the same takes its ideas
// from the record and only looks up where they sit (lib/parse/scan-record.ts); anything else is parsed as usual.
//
// The ideas are stored in parts of IDEAS_PER_PART, each read and written in a task of its own: a page of a
// thousand ideas is a few megabytes, and (de)serialising it at once would hold the main thread for 100 ms and more.
import { browser } from 'wxt/browser';
import type { Idea } from '../../lib/idea';
import { contentRoot } from '../../lib/parse/headings';
import type { ScannedPage } from '../../lib/parse/index';
import { scanFromRecordInSlices, scanRecord, type ScanRecord } from '../../lib/parse/scan-record';
import { nextTask, type TaskSlicer } from '../../lib/slices';

/** A digest of the parser's sources, set at build time (wxt.config.ts): a changed parser never reuses old records. */
declare const __PARSER_VERSION__: string;

const KEY_PREFIX = 'scan:';
export const IDEAS_PER_PART = 100;

/** Stored under `scan:<pageId>`, written last: a record whose parts are not all written is never read. */
interface KeptHeader {
  parser: string;
  digest: string;
  parts: number;
  record: Omit<ScanRecord, 'ideas'>;
}

/** Stored under `scan:<pageId>:<n>`. The digest tells a part of this record from one of another tab's. */
interface KeptPart {
  digest: string;
  ideas: Idea[];
}

export interface ScanCache {
  /** The page placed from its record, or null: parse it. */
  reused: ScannedPage | null;
  /** Keeps a fresh scan for the next load (the record now, the writes in later tasks). */
  keep(scan: ScannedPage): void;
}

const NONE: ScanCache = { reused: null, keep() {} };

/** Call before anything of ours is added to the page: the digest is of the wiki's text alone. */
export async function openScanCache(doc: Document, url: string, pageId: string, slicer: TaskSlicer): Promise<ScanCache> {
  // http:, where there is no SubtleCrypto: no digest, so nothing is kept or reused.
  if (!globalThis.crypto?.subtle) return NONE;
  const key = KEY_PREFIX + pageId;
  try {
    const text = `${revisionOf(doc)}\n${contentRoot(doc).textContent ?? ''}`;
    const [stored, digest] = await Promise.all([browser.storage.local.get(key), digestOf(text)]);
    const header = stored[key] as KeptHeader | undefined;
    const usable = header?.parser === __PARSER_VERSION__ && header.digest === digest;
    const ideas = usable ? await readParts(key, header.parts, digest) : null;
    const reused = ideas ? await scanFromRecordInSlices(doc, url, { ...header!.record, ideas }, slicer) : null;
    return {
      reused,
      keep(scan) {
        const { ideas: all, ...record } = scanRecord(scan);
        void writeRecord(key, { parser: __PARSER_VERSION__, digest, parts: Math.ceil(all.length / IDEAS_PER_PART), record }, all, header?.parts ?? 0);
      },
    };
  } catch (error) {
    // A record that cannot be read (or placed) only costs the parse it would have saved.
    console.warn('Idea Scout: the kept scan of this page could not be used', error);
    return NONE;
  }
}

/** The ideas of a record, or null when a part is missing or belongs to another record. */
async function readParts(key: string, parts: number, digest: string): Promise<Idea[] | null> {
  const keys = Array.from({ length: parts }, (_, n) => `${key}:${n}`);
  // One request per part: each reply is deserialised in a task of its own.
  const replies = await Promise.all(keys.map((partKey) => browser.storage.local.get(partKey)));
  const ideas: Idea[] = [];
  for (const [n, reply] of replies.entries()) {
    const part = reply[keys[n]] as KeptPart | undefined;
    if (part?.digest !== digest) return null;
    ideas.push(...part.ideas);
  }
  return ideas;
}

async function writeRecord(key: string, header: KeptHeader, ideas: Idea[], oldParts: number) {
  try {
    for (let n = 0; n < header.parts; n++) {
      await nextTask();
      const part: KeptPart = { digest: header.digest, ideas: ideas.slice(n * IDEAS_PER_PART, (n + 1) * IDEAS_PER_PART) };
      await browser.storage.local.set({ [`${key}:${n}`]: part });
    }
    await browser.storage.local.set({ [key]: header });
    const stale = Array.from({ length: Math.max(0, oldParts - header.parts) }, (_, n) => `${key}:${header.parts + n}`);
    if (stale.length) await browser.storage.local.remove(stale);
  } catch {
    // Not kept (storage full, extension reloaded): the next load parses the page, as this one did.
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
