// How the scan of a page is kept in the extension's storage (browser.storage.local: the extension's origin, never
// the wiki's): a header under `scan:<pageId>`, written last, and the ideas in parts of IDEAS_PER_PART under
// `scan:<pageId>:<n>`. The content script reads and writes it (entrypoints/content/page/scan-cache.ts); the
// background reads it to take a page's visit snapshot, so a page read before need not send its ideas again.
//
// A page of a thousand ideas is a few megabytes: each part is read and written in a request of its own, and holds
// its ideas as one JSON string, which the browser copies into storage cheaply where it would convert an object
// tree value by value.
import type { Idea } from './idea';
import type { ScanRecord } from './parse/scan-record';

export const IDEAS_PER_PART = 100;

/** What a kept scan is valid for: the parser that made it and a digest of the page's text and revision. */
export interface KeptVersion {
  parser: string;
  digest: string;
}

/** A record whose parts are not all written has no header yet, so it is never read. */
export interface KeptHeader extends KeptVersion {
  parts: number;
  /** Characters of the ideas' JSON in all parts: what the record costs in storage. */
  bytes?: number;
  record: Omit<ScanRecord, 'ideas'>;
}

/** The digest tells a part of this record from one of another tab's record. */
interface KeptPart {
  digest: string;
  /** The ideas, as JSON. */
  ideasJson: string;
}

/** The part of browser.storage.local used here (a fake in unit tests). */
export interface KeptScanStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The header of the page's kept scan and its first part, read in one request: a short page needs no other. */
export interface KeptStart {
  header: KeptHeader | null;
  first: KeptPart | undefined;
}

export const keptScanKey = (pageId: string) => `scan:${pageId}`;

export async function readKeptStart(area: KeptScanStorage, pageId: string): Promise<KeptStart> {
  const key = keptScanKey(pageId);
  const items = await area.get([key, `${key}:0`]);
  return { header: (items[key] as KeptHeader | undefined) ?? null, first: items[`${key}:0`] as KeptPart | undefined };
}

/**
 * The ideas of the page's record if it is the one of `version`, else null (none, another version, a part missing
 * or of another record). The parts after the first are read only then, each in a request of its own.
 */
export async function readKeptIdeas(area: KeptScanStorage, pageId: string, { header, first }: KeptStart, version: KeptVersion): Promise<Idea[] | null> {
  if (header?.parser !== version.parser || header.digest !== version.digest) return null;
  const keys = Array.from({ length: header.parts - 1 }, (_, n) => `${keptScanKey(pageId)}:${n + 1}`);
  const replies = await Promise.all(keys.map((key) => area.get(key)));
  const parts = [first, ...replies.map((reply, n) => reply[keys[n]] as KeptPart | undefined)];
  const ideas: Idea[] = [];
  for (const part of parts) {
    if (part?.digest !== version.digest || typeof part.ideasJson !== 'string') return null;
    ideas.push(...(JSON.parse(part.ideasJson) as Idea[]));
  }
  return ideas;
}

/**
 * Writes the record, a part per request, the header last, then removes parts an older, longer record left.
 * Resolves to whether it was kept (not when storage is full or the extension was reloaded).
 */
export async function writeKeptScan(
  area: KeptScanStorage,
  pageId: string,
  version: KeptVersion,
  { ideas, ...record }: ScanRecord,
  oldParts: number,
): Promise<boolean> {
  const key = keptScanKey(pageId);
  const header: KeptHeader = { ...version, parts: Math.ceil(ideas.length / IDEAS_PER_PART), bytes: 0, record };
  try {
    for (let n = 0; n < header.parts; n++) {
      const part: KeptPart = { digest: version.digest, ideasJson: JSON.stringify(ideas.slice(n * IDEAS_PER_PART, (n + 1) * IDEAS_PER_PART)) };
      header.bytes! += part.ideasJson.length;
      await area.set({ [`${key}:${n}`]: part });
    }
    await area.set({ [key]: header });
    const stale = Array.from({ length: Math.max(0, oldParts - header.parts) }, (_, n) => `${key}:${header.parts + n}`);
    if (stale.length) await area.remove(stale);
    return true;
  } catch {
    return false;
  }
}
