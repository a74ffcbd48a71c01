// Every in-page feature, one file each, named for what the user sees. Each says whether it is critical (started
// first); the panel orders its sections by their own `order`.
import type { Feature } from '../page';
import { bookmarks } from './bookmarks';
import { ideaFacts } from './idea-facts';
import { mailSubjectTag } from './mail-subject-tag';
import { openShortlistLink } from './open-shortlist-link';
import { reviewComments } from './review-comments';
import { searchAndFilters } from './search-and-filters';
import { sinceLastVisit } from './since-last-visit';

export const FEATURES: readonly Feature[] = [bookmarks, ideaFacts, mailSubjectTag, openShortlistLink, reviewComments, searchAndFilters, sinceLastVisit];
