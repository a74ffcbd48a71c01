// A running background for tests: its own in-memory database, the real router and listener, a clock that
// ticks one second per reading (so createdAt/updatedAt are distinct and predictable).
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IdeaScoutDb } from '../../../entrypoints/background/db/database';
import { createRouter, listen } from '../../../entrypoints/background/router';
import { ShortlistSync, type SyncEngineOptions } from '../../../entrypoints/background/sync/engine';
import { emulateMessaging } from './messaging';

let databases = 0;

export function testClock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

/** `sync`: also run the storage.sync engine (with these options), as the real background does. */
export function startBackground(options: { sync?: SyncEngineOptions } = {}) {
  const db = new IdeaScoutDb(`idea-scout-test-${++databases}`);
  const sync = new ShortlistSync(db, options.sync);
  const route = createRouter(db, testClock(), sync);
  const stop = listen(route);
  const stopSync = options.sync ? sync.start() : () => {};
  return {
    db,
    route,
    sync,
    async close() {
      stop();
      stopSync();
      await sync.idle();
      await db.delete();
    },
  };
}

/**
 * For every test of the calling file: a reset fake browser, messaging between its contexts, and a fresh
 * background, closed afterwards. Returns the function that gives the current test's background.
 */
export function withBackground(options: Parameters<typeof startBackground>[0] = {}): () => ReturnType<typeof startBackground> {
  let background: ReturnType<typeof startBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    emulateMessaging();
    background = startBackground(options);
  });
  afterEach(async () => {
    await background.close();
    vi.restoreAllMocks();
  });
  return () => background;
}
