import { IdeaScoutDb } from './db/database';
import { createRouter, listen } from './router';
import { ShortlistSync } from './sync/engine';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up, so a message or a storage change that wakes the MV3
  // service worker is not missed. Dexie opens the database on first use.
  const db = new IdeaScoutDb();
  const sync = new ShortlistSync(db);
  listen(createRouter(db, undefined, sync));
  sync.start();
});
