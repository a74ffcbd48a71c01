// Messages of "All ideas pages", spread into MESSAGES in protocol.ts. Sent by extension pages only (the dashboard
// reads the wiki's API and keeps each page's copy in the database). zod/mini only, as protocol.ts.
import * as z from 'zod/mini';
import { Timestamp } from '../bookmark';
import { PageCopy, WikiPageId, WikiTitle } from '../program/page-copy';
import { message } from './message';

const PAGES = ['extension-pages'] as const;

/** More pages than the wiki has ever had ideas pages, by far. */
const MAX_PAGES = 2000;

export const PROGRAM_MESSAGES = {
  /**
   * The stored page copies by page id, from the first after `after` (all, without it), at most `limit` of them: a
   * page reads them a few at a time, each reply a message of its own, not thirty pages' ideas in one.
   */
  'program.pages': message(
    { after: z.optional(z.int().check(z.gte(0))), limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_PAGES))) },
    z.array(PageCopy),
    { from: PAGES, readOnly: true },
  ),
  /** Store one page's copy (read, re-read, or with the error of its last read), replacing the earlier one. */
  'program.save': message({ copy: PageCopy }, z.null(), { from: PAGES }),
  /** These pages were checked at `at` and had not changed (a renamed page comes with its new title). */
  'program.checked': message(
    { pages: z.array(z.strictObject({ pageid: WikiPageId, title: WikiTitle })).check(z.maxLength(MAX_PAGES)), at: Timestamp },
    z.null(),
    { from: PAGES },
  ),
  /** Drop the copies of pages that no longer use the ideas template. */
  'program.remove': message({ pageids: z.array(WikiPageId).check(z.maxLength(MAX_PAGES)) }, z.null(), { from: PAGES }),
};
