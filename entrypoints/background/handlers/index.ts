// All handlers, one family of messages per module. Adding a message: its entry in lib/rpc/protocol.ts, then its
// handler in the family's module here (the Handlers type makes a missing one a compile error).
import type { IdeaScoutDb } from '../db/database';
import type { ShortlistSync } from '../sync/engine';
import type { Handlers } from '../types';
import { bookmarkHandlers } from './bookmarks';
import { dashboardHandlers } from './dashboard';
import { dataHandlers } from './data-transfer';
import { draftHandlers } from './drafts';
import { pageAdviceHandlers } from './page-advice';
import { programHandlers } from './program';
import { shortlistHandlers } from './shortlist';
import { storageHandlers } from './storage';
import { syncHandlers } from './sync';
import { visitHandlers } from './visits';

export function createHandlers(db: IdeaScoutDb, sync: ShortlistSync): Handlers {
  return {
    ...bookmarkHandlers(db),
    ...shortlistHandlers(db),
    ...draftHandlers(db),
    ...dataHandlers(db),
    ...pageAdviceHandlers(db),
    ...dashboardHandlers(),
    ...visitHandlers(db),
    ...programHandlers(db),
    ...syncHandlers(sync),
    ...storageHandlers(db),
  };
}
