// `npm start`: builds the extension and opens Chromium with it on the wiki's project-ideas page.
// The live wiki is used when it answers; otherwise the bundled snapshot is served at the real URL,
// so the extension behaves exactly as it would on the live site.
//
//   npm start                                  headed; exits when you close the browser
//   npm start -- --url URL                     another wiki page
//   npm start -- --fixture FILE                which snapshot to serve when offline (default: the Vector one)
//   npm start -- --screenshot FILE.png         headless: saves the panel and the first ideas (1280x900) and exits
import { parseArgs } from 'node:util';
import { buildExtension, launchWithExtension } from './extension-browser';
import { OUTREACH_URL, wikiOf } from '../tests/e2e/support/wiki';
import { errorMessage } from '../lib/errors';

const DEFAULT_SNAPSHOT = 'outreach-vector-mw1.31.html';
const LIVE_CHECK_TIMEOUT_MS = 3_000;
const UI_TIMEOUT_MS = 15_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values: options } = (() => {
  try {
    return parseArgs({
      options: {
        url: { type: 'string', default: OUTREACH_URL },
        fixture: { type: 'string', default: DEFAULT_SNAPSHOT },
        screenshot: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\nUsage: npm start [-- --url URL] [--fixture FILE] [--screenshot FILE.png]`);
  }
})();

const url = options.url;
if (!URL.canParse(url)) fail(`--url ${url} is not a URL.`);
const screenshotPath = options.screenshot;
const headless = screenshotPath !== undefined;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!headless && !hasDisplay) {
  fail('npm start opens a browser window and needs a display (DISPLAY is unset); without one, run `npm start -- --screenshot shot.png`.');
}

/** True when the live wiki answers the page within a few seconds. */
async function liveWikiAnswers(pageUrl: string): Promise<boolean> {
  try {
    const response = await fetch(pageUrl, { signal: AbortSignal.timeout(LIVE_CHECK_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

buildExtension();
const live = await liveWikiAnswers(url);
const context = await launchWithExtension({
  headless,
  // Headed: the window decides the size. Screenshot: a typical laptop viewport.
  viewport: headless ? { width: 1280, height: 900 } : null,
}).catch((error: unknown) => {
  // Playwright's message is the launch command and the whole browser log; keep what explains the failure.
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with the ESC control character
  const lines = errorMessage(error).replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const browserErrors = lines
    .filter((line) => /\[err\].*ERROR:/.test(line) && !line.includes('to the bus')) // D-Bus noise is harmless
    .map((line) => line.replace(/^.*ERROR:\S*\s*/, '  ').replace(/',?$/, ''));
  return fail(['Could not start Chromium: ' + lines[0], ...browserErrors].join('\n'));
});
if (!live) {
  const wiki = await wikiOf(context, { blockOtherSites: false });
  wiki.serve(url, options.fixture);
  console.log(`Live wiki unreachable: showing the bundled snapshot at the real URL (${url}).`);
} else {
  console.log(`Opening the live wiki: ${url}`);
}

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);

if (screenshotPath !== undefined) {
  // The extension's UI: the panel's heading, or its results' status line.
  const extensionUi = page
    .getByText('Idea Scout found')
    .or(page.getByRole('status').filter({ hasText: 'Showing' }))
    .first();
  let uiShown = true;
  try {
    await extensionUi.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  } catch {
    uiShown = false;
  }
  if (uiShown) {
    // The panel at the top of the view, with the first ideas and their tools below it.
    await page.locator('idea-scout-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
    await page.locator('idea-scout-heading').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS }).catch(() => {});
  }
  await page.screenshot({ path: screenshotPath });
  await context.close();
  if (!uiShown) fail(`The extension's UI did not appear within ${UI_TIMEOUT_MS / 1000} s; screenshot of the page saved anyway to ${screenshotPath}.`);
  console.log(`Screenshot saved to ${screenshotPath}`);
} else {
  console.log('Idea Scout is running in Chromium. Close the browser window (or press Ctrl+C) to exit.');
  context.on('close', () => process.exit(0));
  process.on('SIGINT', () => void context.close());
  process.on('SIGTERM', () => void context.close());
}
