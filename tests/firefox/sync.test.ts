// Sync in Firefox: the shared two-browser journey (tests/journeys/sync-between-browsers.ts) with two Firefox
// profiles, storage.sync carried between them by the test as Firefox Sync would.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject, test } from 'vitest';
import { FirefoxDriver, ROOT } from '../journeys/drivers/firefox';
import { syncBetweenBrowsers } from '../journeys/sync-between-browsers';
import { traced } from '../journeys/trace';

const firefoxPath = inject('firefoxPath');
const RESULTS_DIR = join(ROOT, 'test-results', 'firefox');

describe.skipIf(!firefoxPath)(firefoxPath ? 'sync in Firefox' : 'sync in Firefox [skipped: no Firefox on this machine]', () => {
  test(syncBetweenBrowsers.name, async () => {
    const first = await FirefoxDriver.launch({ executablePath: firefoxPath! });
    const second = await FirefoxDriver.launch({ executablePath: firefoxPath! }).catch(async (error: unknown) => {
      await first.close();
      throw error;
    });
    try {
      await syncBetweenBrowsers.run(traced(first), traced(second));
    } catch (error) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      if (error instanceof Error) {
        error.message += `\n\nFirst: ${await first.whatWasOnScreen(join(RESULTS_DIR, 'sync-first.png'))}`;
        error.message += `\n\nSecond: ${await second.whatWasOnScreen(join(RESULTS_DIR, 'sync-second.png'))}`;
      }
      throw error;
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }, 240_000); // two Firefoxes on a small machine
});
