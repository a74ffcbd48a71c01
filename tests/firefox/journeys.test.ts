// The shared user journeys (tests/journeys) in a real Firefox with the Firefox build: one fresh Firefox
// profile per journey (two for a two-browser journey), as in Chromium. `npm run test:firefox`; see
// tests/firefox/support/global-setup.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject, test } from 'vitest';
import { JOURNEYS, TWO_BROWSER_JOURNEYS } from '../journeys';
import { FirefoxDriver, ROOT } from '../journeys/drivers/firefox';
import { traced } from '../journeys/trace';

const firefoxPath = inject('firefoxPath');
const RESULTS_DIR = join(ROOT, 'test-results', 'firefox');

const suite = firefoxPath ? 'user journeys in Firefox' : 'user journeys in Firefox [skipped: no Firefox on this machine]';

/** Like Playwright's screenshot on failure: what the user would have seen, added to the error itself. */
async function withWhatWasOnScreen(error: unknown, drivers: Record<string, FirefoxDriver>, journey: string): Promise<never> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (error instanceof Error) {
    for (const [which, driver] of Object.entries(drivers)) {
      const shot = join(RESULTS_DIR, `${journey.replace(/[^\w]+/g, '-').slice(0, 80)}${which ? `-${which}` : ''}.png`);
      error.message += `\n\n${which ? `${which}: ` : ''}${await driver.whatWasOnScreen(shot)}`;
    }
  }
  throw error;
}

describe.skipIf(!firefoxPath)(suite, () => {
  const launch = () => FirefoxDriver.launch({ executablePath: firefoxPath! });

  for (const journey of JOURNEYS) {
    const cannot = journey.cannotRunIn?.firefox;
    if (cannot) {
      // The reason is part of the title, so the reporter prints it.
      test.skip(`${journey.name} [cannot run in Firefox: ${cannot}]`, () => {});
      continue;
    }
    test(journey.name, async () => {
      const driver = await launch();
      try {
        await journey.run(traced(driver));
      } catch (error) {
        await withWhatWasOnScreen(error, { '': driver }, journey.name);
      } finally {
        await driver.close();
      }
    });
  }

  for (const journey of TWO_BROWSER_JOURNEYS) {
    const cannot = journey.cannotRunIn?.firefox;
    if (cannot) {
      test.skip(`${journey.name} [cannot run in Firefox: ${cannot}]`, () => {});
      continue;
    }
    test(journey.name, async () => {
      const first = await launch();
      const second = await launch().catch(async (error: unknown) => {
        await first.close();
        throw error;
      });
      try {
        await journey.run(traced(first), traced(second));
      } catch (error) {
        await withWhatWasOnScreen(error, { first, second }, journey.name);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    }, 240_000); // two Firefoxes on a small machine
  }
});
