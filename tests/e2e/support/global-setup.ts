// Builds the Chrome extension once per `playwright test` run, so the suite always tests fresh code.
// IDEA_SCOUT_SKIP_BUILD=1 skips it (for re-running tests against a build you just made).
import { assertExtensionBuilt, buildExtension } from '../../../scripts/extension-browser';
import { findChromium } from '../../../scripts/find-chromium';

export default function globalSetup(): void {
  findChromium(); // no browser: stop the run here with one clear line, not once per test
  if (process.env.IDEA_SCOUT_SKIP_BUILD === '1') {
    assertExtensionBuilt();
    return;
  }
  buildExtension();
}
