// A running background for tests: its own in-memory database, the real router and listener, a clock that
// ticks one second per reading (so createdAt/updatedAt are distinct and predictable).
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IdeaScoutDb } from '../../../entrypoints/background/db/database';
import { createRouter, listen } from '../../../entrypoints/background/router';
import { emulateMessaging } from './messaging';

let databases = 0;

export function testClock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

export function startBackground() {
  const db = new IdeaScoutDb(`idea-scout-test-${++databases}`);
  const route = createRouter(db, testClock());
  const stop = listen(route);
  return {
    db,
    route,
    async close() {
      stop();
      await db.delete();
    },
  };
}

/**
 * For every test of the calling file: a reset fake browser, messaging between its contexts, and a fresh
 * background, closed afterwards. Returns the function that gives the current test's background.
 */
export function withBackground(): () => ReturnType<typeof startBackground> {
  let background: ReturnType<typeof startBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    emulateMessaging();
    background = startBackground();
  });
  afterEach(async () => {
    await background.close();
    vi.restoreAllMocks();
  });
  return () => background;
}
