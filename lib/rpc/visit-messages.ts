// Messages of "since your last visit", spread into MESSAGES in protocol.ts. Kept in their own file so
// the catalogue grows by one line per feature. zod/mini only, as protocol.ts.
import * as z from 'zod/mini';
import { PageId, PageUrl, Timestamp } from '../bookmark';
import type { PageDiff } from '../diff';
import { PageSnapshot } from '../snapshot-schema';
import { message } from './message';

/** What this load is compared with: when that page was shown, and what changed since (made by the background). */
const Baseline = z.object({ takenAt: Timestamp, diff: z.custom<PageDiff>() });
const KeptScan = z.strictObject({ parser: z.string().check(z.maxLength(64)), digest: z.string().check(z.maxLength(128)) });
const LatestSnapshot = z.object({ pageId: PageId, pageUrl: PageUrl, takenAt: Timestamp, snapshot: PageSnapshot });

const record = message(
  { pageId: PageId, pageUrl: PageUrl, snapshot: z.optional(PageSnapshot), keptScan: z.optional(KeptScan) },
  z.object({ baseline: z.nullable(Baseline) }),
  { from: ['wiki-page'] },
);

export const VISIT_MESSAGES = {
  /**
   * Record this load of a page (content script, once per page load). Replies with what changed since the snapshot
   * the page is compared with (the baseline: see lib/visits.ts), or null on the first visit. The background
   * compares, so the page neither receives the old snapshot nor spends its main thread on the diff. Also flags
   * bookmarked ideas the page no longer lists (`missingSince`) and clears the flag of those back on it.
   *
   * A page whose scan is kept (lib/kept-scan.ts) names that scan instead of sending a snapshot: the background
   * takes the snapshot from it, off the page's main thread. If it is gone, the request fails and the page sends
   * its snapshot.
   */
  'visits.record': {
    ...record,
    payload: record.payload.check(z.refine((p) => (p.snapshot === undefined) !== (p.keptScan === undefined), 'give either a snapshot or a keptScan')),
  },
  /** "Mark all as seen": the page as shown (`snapshot`) becomes the baseline of the next load. */
  'visits.markSeen': message({ pageId: PageId, pageUrl: PageUrl, snapshot: PageSnapshot }, z.object({ seenAt: Timestamp }), { from: ['wiki-page'] }),
  /** The newest snapshot of each page (or of one), newest first: the dashboard's review queue reads them. */
  'snapshots.latest': message({ pageId: z.optional(PageId) }, z.array(LatestSnapshot), { from: ['extension-pages'], readOnly: true }),
};
