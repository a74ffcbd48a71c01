// Every user journey, in the order a newcomer would meet them. Both browsers run this list:
// tests/e2e/journeys.spec.ts (Chromium) and tests/firefox/journeys.test.ts (Firefox).
import { allIdeasPages } from './all-ideas-pages';
import { bookmarkSurvivesReload } from './bookmark-reload';
import type { Journey } from './driver';
import { findIdeas } from './find-ideas';
import { reviewBadges } from './review-badges';
import { searchAndFilter } from './search-and-filter';
import { shortlistAndDraft } from './shortlist-and-draft';
import { storageInExtensionOrigin } from './storage-origin';

export type { Driver, Journey } from './driver';

export const JOURNEYS: Journey[] = [
  ...findIdeas,
  searchAndFilter,
  bookmarkSurvivesReload,
  reviewBadges,
  shortlistAndDraft,
  storageInExtensionOrigin,
  allIdeasPages,
];
