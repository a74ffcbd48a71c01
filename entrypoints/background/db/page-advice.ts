// What each ideas page asks of applicants (the mail subject tag), reported by the content script on a visit
// and read when a draft is started.
import type { PageAdvice } from '../../../lib/draft';
import type { IdeaScoutDb } from './database';

export async function getPageAdvice(db: IdeaScoutDb, pageId: string): Promise<PageAdvice | null> {
  return (await db.pageAdvice.get(pageId)) ?? null;
}

/** Sent on every visit: writes only when the page says something new, so a visit costs no write. */
export async function putPageAdvice(db: IdeaScoutDb, pageId: string, subjectTag: string, now: string): Promise<void> {
  const existing = await db.pageAdvice.get(pageId);
  if (existing?.subjectTag !== subjectTag) await db.pageAdvice.put({ pageId, subjectTag, seenAt: now });
}
