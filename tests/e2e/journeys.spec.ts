// The shared user journeys (tests/journeys) in Chromium with the Chrome build. The same lists run in
// Firefox from tests/firefox/journeys.test.ts; this file only hands each journey Playwright drivers.
import { JOURNEYS, TWO_BROWSER_JOURNEYS } from '../journeys';
import { PlaywrightDriver } from '../journeys/drivers/playwright';
import { traced } from '../journeys/trace';
import { extensionIdOf, test } from './support';
import { wikiOf } from './support/wiki';

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

test.describe('user journeys on two browsers', () => {
  for (const journey of TWO_BROWSER_JOURNEYS) {
    const cannot = journey.cannotRunIn?.chromium;
    if (cannot) {
      test.skip(`${journey.name} [cannot run in Chromium: ${cannot}]`, () => {});
      continue;
    }
    test(journey.name, async ({ context, page, wiki, extensionId, launchBrowser }) => {
      test.setTimeout(120_000); // two browsers on a small machine
      const other = await launchBrowser();
      const otherDriver = new PlaywrightDriver(other, other.pages()[0] ?? (await other.newPage()), await wikiOf(other), await extensionIdOf(other));
      await journey.run(traced(new PlaywrightDriver(context, page, wiki, extensionId)), traced(otherDriver));
    });
  }
});
