// Visits to an ideas page, as the background stores them (the `snapshots` table, schema v3), and the rules that
// decide which snapshot a visit is compared with: its baseline. Pure, so the rules are tested without a database.
//
// What "since your last visit" means:
// - A visit is one record. Loading the page again within VISIT_HOURS of the visit's start (a reload, coming back
//   after lunch) continues the visit: its record's snapshot is refreshed and its baseline stays, so the "new since
//   your last visit" marks survive reloads until the person chooses "Mark all as seen".
// - A load after that starts a new visit whose baseline is the previous visit's record, i.e. the page as it was
//   last shown then. What was marked then and not marked seen counts as seen by now.
// - "Mark all as seen" freezes the current record (with the page as shown) as `seen`. A seen record is never
//   refreshed: the next load starts a new visit against it, so the marks are gone after a reload, and anything
//   the wiki changes later still shows up.
// - The first visit of a page has nothing to compare with; it is recorded as seen, so the next load (even a
//   reload a minute later) is compared with it.
// - Only the newest KEEP_SNAPSHOTS records per page are kept; the newest record's baseline is always among them.
import { diffSnapshots, type PageDiff } from './diff';
import type { PageSnapshot } from './snapshot';

export const KEEP_SNAPSHOTS = 5;
export const VISIT_HOURS = 12;
const VISIT_MS = VISIT_HOURS * 60 * 60 * 1000;

export interface VisitRecord {
  /** Auto-incremented by the database: newer records have higher ids. */
  id: number;
  pageId: string;
  pageUrl: string;
  /** When the visit began (ISO). */
  startedAt: string;
  /** When `snapshot` was taken: the last load of the page in this visit (ISO). */
  takenAt: string;
  /** Marked seen (or the first visit): later loads compare with it and never overwrite it. */
  seen: boolean;
  /** The record this visit is compared with; null on the first visit. */
  baselineId: number | null;
  snapshot: PageSnapshot;
  /** Schema v4: characters of the snapshot as JSON, counted towards the ceilings of lib/cached-pages.ts. */
  bytes?: number;
}

/** Whether a load at `now` continues the visit `current` (newest record of the page) rather than starting one. */
export function continuesVisit(current: Pick<VisitRecord, 'seen' | 'startedAt'>, now: string): boolean {
  const elapsed = Date.parse(now) - Date.parse(current.startedAt);
  return !current.seen && elapsed >= 0 && elapsed < VISIT_MS;
}

/**
 * The ids to delete so that the newest `keep` records of a page remain. `records` are one page's, any order.
 * The newest record's baseline is kept even if older (it cannot be, with one new record per visit, but a
 * baseline lost would silently turn the marks off).
 */
export function prunableIds(records: ReadonlyArray<Pick<VisitRecord, 'id' | 'baselineId'>>, keep = KEEP_SNAPSHOTS): number[] {
  const newestFirst = [...records].sort((a, b) => b.id - a.id);
  const kept = new Set(newestFirst.slice(0, keep).map((r) => r.id));
  const baseline = newestFirst[0]?.baselineId;
  if (baseline !== null && baseline !== undefined) kept.add(baseline);
  return newestFirst.filter((r) => !kept.has(r.id)).map((r) => r.id);
}

/** What a load shows as new: since when (the baseline's snapshot) and what changed from that one to this one. */
export function changesSince(baseline: Pick<VisitRecord, 'takenAt' | 'snapshot'>, snapshot: PageSnapshot): { takenAt: string; diff: PageDiff } {
  return { takenAt: baseline.takenAt, diff: diffSnapshots(baseline.snapshot, snapshot) };
}
