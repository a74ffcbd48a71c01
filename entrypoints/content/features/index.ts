// Every in-page feature, in the order they start (the first one's panel section, the search box, is shown before
// the others start). One file per feature, named for what the user sees.
import type { Feature } from '../ideas-page';
import { bookmarks } from './bookmarks';
import { ideaFacts } from './idea-facts';
import { mailSubjectTag } from './mail-subject-tag';
import { openShortlistLink } from './open-shortlist-link';
import { reviewComments } from './review-comments';
import { searchAndFilters } from './search-and-filters';
import { sinceLastVisit } from './since-last-visit';

export const FEATURES: Feature[] = [searchAndFilters, bookmarks, ideaFacts, openShortlistLink, mailSubjectTag, sinceLastVisit, reviewComments];
