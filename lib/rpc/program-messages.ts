// Messages of "All ideas pages", spread into MESSAGES in protocol.ts. Sent by extension pages only (the dashboard
// reads the wiki's API and keeps each page's copy in the database). zod/mini only, as protocol.ts.
import * as z from 'zod/mini';
import { Timestamp } from '../bookmark';
import { PageCopy, WikiPageId, WikiTitle } from '../program/page-copy';

/** More pages than the wiki has ever had ideas pages, by far. */
const MAX_PAGES = 2000;

export const PROGRAM_MESSAGES = {
  /** Every stored page copy, in no particular order. */
  'program.pages': { payload: z.strictObject({}), result: z.array(PageCopy) },
  /** Store one page's copy (read, re-read, or with the error of its last read), replacing the earlier one. */
  'program.save': { payload: z.strictObject({ copy: PageCopy }), result: z.null() },
  /** These pages were checked at `at` and had not changed (a renamed page comes with its new title). */
  'program.checked': {
    payload: z.strictObject({
      pages: z.array(z.strictObject({ pageid: WikiPageId, title: WikiTitle })).check(z.maxLength(MAX_PAGES)),
      at: Timestamp,
    }),
    result: z.null(),
  },
  /** Drop the copies of pages that no longer use the ideas template. */
  'program.remove': { payload: z.strictObject({ pageids: z.array(WikiPageId).check(z.maxLength(MAX_PAGES)) }), result: z.null() },
};
