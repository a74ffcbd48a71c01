// This load's snapshot of the page and the URL it is recorded under, shared by the review and visit features.
import { takeSnapshot, type PageSnapshot } from '../../../lib/snapshot';
import type { IdeasPage } from '../ideas-page';
import { visitStateOf, type VisitState } from './since-last-visit-state';

export function visitState(page: IdeasPage): VisitState {
  return visitStateOf(page, (): PageSnapshot => takeSnapshot(page.scan));
}

/**
 * Whether this view shows the page as it is now. An old revision (`oldid`), a diff or an edit preview must not
 * become the baseline of the next visit.
 */
export function isCurrentVersion(url = location.href): boolean {
  const params = new URL(url).searchParams;
  const action = params.get('action');
  return !params.has('oldid') && !params.has('diff') && (action === null || action === 'view' || action === 'purge');
}

/** The page's URL as recorded with visits: without the fragment, which only picks a place on the page. */
export function recordedUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}
