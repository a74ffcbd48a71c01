// The file is parsed and validated in the extension page (lib/import.ts) and again by the protocol on receipt.
import type { IdeaScoutDb } from '../db/database';
import { exportAll, importAll } from '../db/transfer';
import type { HandlersFor } from '../types';

export function dataHandlers(db: IdeaScoutDb): HandlersFor<'data.'> {
  return {
    'data.export': () => exportAll(db),

    'data.import': async (dataSet, ctx) => {
      const report = await importAll(db, dataSet, ctx.now());
      if (report.bookmarks.added + report.bookmarks.updated > 0) ctx.changed('bookmarks');
      if (report.drafts.added + report.drafts.updated + report.versions.added + report.versions.updated > 0) {
        ctx.changed('drafts');
      }
      return report;
    },
  };
}
