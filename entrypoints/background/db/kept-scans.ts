// Kept scans of pages (lib/kept-scan.ts): the content script writes them to browser.storage.local, and the
// background reads one instead of receiving the page's snapshot in a message.
import { browser } from 'wxt/browser';
import { readKeptIdeas, readKeptStart, type KeptVersion } from '../../../lib/kept-scan';
import { takeSnapshot, type PageSnapshot } from '../../../lib/snapshot';
import { PageSnapshot as PageSnapshotSchema } from '../../../lib/snapshot-schema';
import { RequestError } from '../errors';

/** The snapshot of a page's kept scan, checked as a sent one would be; a RequestError when it is not there. */
export async function keptSnapshot(pageId: string, version: KeptVersion): Promise<PageSnapshot> {
  const area = browser.storage.local;
  const start = await readKeptStart(area, pageId);
  const ideas = await readKeptIdeas(area, pageId, start, version);
  if (!ideas) throw new RequestError(`The kept scan of ${pageId} is not in storage; send the page's snapshot.`);
  const parsed = PageSnapshotSchema.safeParse(takeSnapshot({ page: start.header!.record.page, ideas }));
  if (!parsed.success) throw new RequestError(`The kept scan of ${pageId} is not a valid page: ${parsed.error.message}`);
  return parsed.data;
}
