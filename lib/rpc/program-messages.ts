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
  /** Every stored page copy, in no particular order. */
  'program.pages': message({}, z.array(PageCopy), { from: PAGES, readOnly: true }),
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
