// What each ideas page asks of applicants (the mail subject tag), reported by the content script on a visit
// and read when a draft is started.
import type { IdeaScoutDb } from './db';
import type { HandlersFor } from './handlers';

export function pageAdviceHandlers(db: IdeaScoutDb): HandlersFor<'pageAdvice.'> {
  return {
    'pageAdvice.get': async ({ pageId }) => (await db.pageAdvice.get(pageId)) ?? null,

    'pageAdvice.set': async ({ pageId, subjectTag }, ctx) => {
      const existing = await db.pageAdvice.get(pageId);
      // Sent on every visit: write only when the page says something new, so visits cost no write.
      if (existing?.subjectTag !== subjectTag) await db.pageAdvice.put({ pageId, subjectTag, seenAt: ctx.now() });
      return null;
    },
  };
}
