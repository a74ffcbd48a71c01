// "All ideas pages": the dashboard reads the wiki's API and keeps each page's copy here.
import type { IdeaScoutDb } from '../db/database';
import { listProgramPages, markProgramPagesChecked, putProgramPage, removeProgramPages } from '../db/program-pages';
import type { HandlersFor } from '../types';

export function programHandlers(db: IdeaScoutDb): HandlersFor<'program.'> {
  return {
    'program.pages': ({ after, limit }) => listProgramPages(db, { after, limit }),

    'program.save': async ({ copy }, ctx) => {
      await putProgramPage(db, copy);
      ctx.changed('programPages');
      return null;
    },

    'program.checked': async ({ pages, at }, ctx) => {
      await markProgramPagesChecked(db, pages, at);
      ctx.changed('programPages');
      return null;
    },

    'program.remove': async ({ pageids }, ctx) => {
      await removeProgramPages(db, pageids);
      ctx.changed('programPages');
      return null;
    },
  };
}
