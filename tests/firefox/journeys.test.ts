// The shared user journeys (tests/journeys) in a real Firefox with the Firefox build: one fresh Firefox
// profile per journey, as in Chromium. `npm run test:firefox`; see tests/firefox/support/global-setup.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject, test } from 'vitest';
import { JOURNEYS } from '../journeys';
import { FirefoxDriver, ROOT } from '../journeys/drivers/firefox';
import { traced } from '../journeys/trace';

const firefoxPath = inject('firefoxPath');
const RESULTS_DIR = join(ROOT, 'test-results', 'firefox');

const suite = firefoxPath ? 'user journeys in Firefox' : 'user journeys in Firefox [skipped: no Firefox on this machine]';

describe.skipIf(!firefoxPath)(suite, () => {
  for (const journey of JOURNEYS) {
    const cannot = journey.cannotRunIn?.firefox;
    if (cannot) {
      // The reason is part of the title, so the reporter prints it.
      test.skip(`${journey.name} [cannot run in Firefox: ${cannot}]`, () => {});
      continue;
    }
    test(journey.name, async () => {
      const driver = await FirefoxDriver.launch({ executablePath: firefoxPath! });
      try {
        await journey.run(traced(driver));
      } catch (error) {
        // Like Playwright's screenshot on failure: what the user would have seen, in the error itself.
        mkdirSync(RESULTS_DIR, { recursive: true });
        const shot = join(RESULTS_DIR, `${journey.name.replace(/[^\w]+/g, '-').slice(0, 80)}.png`);
        if (error instanceof Error) error.message += `\n\n${await driver.whatWasOnScreen(shot)}`;
        throw error;
      } finally {
        await driver.close();
      }
    });
  }
});
