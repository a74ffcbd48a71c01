import { IdeaScoutDb } from './db/database';
import { createRouter, listen } from './router';

export default defineBackground(() => {
  // The listener is registered synchronously at start-up, so a message that wakes the MV3 service worker is
  // not missed. Dexie opens the database on first use.
  listen(createRouter(new IdeaScoutDb()));
});
