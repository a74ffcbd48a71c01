// Every user journey, in the order a newcomer would meet them. Both browsers run these lists:
// tests/e2e/journeys.spec.ts (Chromium) and tests/firefox/journeys.test.ts (Firefox).
import { allIdeasPages } from './all-ideas-pages';
import { backgroundRestart } from './background-restart';
import { bookmarkSurvivesReload } from './bookmark-reload';
import { draftHistoryAndRestore } from './draft-history';
import type { Journey, TwoBrowserJourney } from './driver';
import { exportAndImport } from './export-import';
import { filtersInTheUrl } from './filters-in-url';
import { findIdeas } from './find-ideas';
import { reviewBadges } from './review-badges';
import { searchAndFilter } from './search-and-filter';
import { shortlistAndDraft } from './shortlist-and-draft';
import { sinceLastVisit } from './since-last-visit';
import { storageInExtensionOrigin } from './storage-origin';
import { syncBetweenBrowsers } from './sync-between-browsers';

export type { Driver, Journey, TwoBrowserJourney } from './driver';

export const JOURNEYS: Journey[] = [
  ...findIdeas,
  searchAndFilter,
  filtersInTheUrl,
  bookmarkSurvivesReload,
  reviewBadges,
  sinceLastVisit,
  shortlistAndDraft,
  draftHistoryAndRestore,
  backgroundRestart,
  storageInExtensionOrigin,
  allIdeasPages,
];

/** Journeys of one person on two browsers (two fresh profiles). */
export const TWO_BROWSER_JOURNEYS: TwoBrowserJourney[] = [exportAndImport, syncBetweenBrowsers];
