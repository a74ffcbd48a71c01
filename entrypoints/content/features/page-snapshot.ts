// This load's snapshot of the page and the URL it is recorded under, shared by the review and visit features.
import { takeSnapshot, type PageSnapshot } from '../../../lib/snapshot';
import type { IdeasPage } from '../ideas-page';
import { visitStateOf, type VisitState } from './since-last-visit-state';

export function visitState(page: IdeasPage): VisitState {
  return visitStateOf(page, (): PageSnapshot => takeSnapshot(page.scan));
}

/** The page's URL as recorded with visits: without the fragment, which only picks a place on the page. */
export function recordedUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}
