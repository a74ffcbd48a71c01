import type { IdeaScoutDb } from '../db/database';
import { getPageAdvice, putPageAdvice } from '../db/page-advice';
import type { HandlersFor } from '../types';

export function pageAdviceHandlers(db: IdeaScoutDb): HandlersFor<'pageAdvice.'> {
  return {
    'pageAdvice.get': ({ pageId }) => getPageAdvice(db, pageId),

    'pageAdvice.set': async ({ pageId, subjectTag }, ctx) => {
      await putPageAdvice(db, pageId, subjectTag, ctx.now());
      return null;
    },
  };
}
