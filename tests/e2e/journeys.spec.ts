// The shared user journeys (tests/journeys) in Chromium with the Chrome build. The same list runs in
// Firefox from tests/firefox/journeys.test.ts; this file only hands each journey a Playwright driver.
import { JOURNEYS } from '../journeys';
import { PlaywrightDriver } from '../journeys/drivers/playwright';
import { traced } from '../journeys/trace';
import { test } from './support';

test.describe('user journeys', () => {
  for (const journey of JOURNEYS) {
    const cannot = journey.cannotRunIn?.chromium;
    if (cannot) {
      // The reason is part of the title, so the list reporter prints it.
      test.skip(`${journey.name} [cannot run in Chromium: ${cannot}]`, () => {});
      continue;
    }
    test(journey.name, async ({ context, page, wiki, extensionId }) => {
      await journey.run(traced(new PlaywrightDriver(context, page, wiki, extensionId)));
    });
  }
});
