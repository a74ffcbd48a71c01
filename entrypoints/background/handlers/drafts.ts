import type { IdeaScoutDb } from '../db/database';
import { getDraft, getVersion, listDrafts, listVersions, saveDraft } from '../db/drafts';
import { RequestError } from '../errors';
import type { HandlersFor } from '../types';

export function draftHandlers(db: IdeaScoutDb): HandlersFor<'drafts.'> {
  return {
    'drafts.list': () => listDrafts(db),

    'drafts.get': ({ id }) => getDraft(db, id),

    'drafts.save': async (input, ctx) => {
      const { draft, stale, wrote } = await saveDraft(db, input, ctx.now());
      if (wrote) ctx.changed('drafts');
      return { draft, stale };
    },

    'drafts.versions': ({ id }) => listVersions(db, id),

    'drafts.restore': async ({ id, versionId, editedAt }, ctx) => {
      const [draft, version] = await Promise.all([getDraft(db, id), getVersion(db, id, versionId)]);
      if (!draft || !version) throw new RequestError('That version of the draft no longer exists, so it could not be restored.');
      // A session of its own: the text before the restore stays in history as its own version.
      const session = `restore-${crypto.randomUUID()}`;
      const restored = await saveDraft(db, { ...draft, text: version.text, subjectTag: version.subjectTag, editedAt, session }, ctx.now());
      if (restored.wrote) ctx.changed('drafts');
      return restored.draft;
    },
  };
}
