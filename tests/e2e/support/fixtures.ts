// The e2e test fixture: every test gets Chromium with the built extension (.output/chrome-mv3) in a
// fresh profile, the extension's id, and a stand-in for the wiki (see wiki.ts). Tests that restart
// the browser on the same profile use `profileDir` with `launchBrowser`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { backgroundWorkerOf, extensionIdOf, launchWithExtension, type LaunchOptions } from '../../../scripts/extension-browser';
import { wikiOf, type WikiStandIn } from './wiki';

export { expect };
export { backgroundWorkerOf, extensionIdOf, launchWithExtension as launchBrowser, type LaunchOptions };

interface Fixtures {
  /** Chromium (headless) with the extension loaded, in a fresh profile deleted after the test. */
  context: BrowserContext;
  /** The context's first tab. */
  page: Page;
  /** The extension's id, e.g. for chrome-extension://<id>/dashboard.html. */
  extensionId: string;
  /** The wiki stand-in of `context`: `wiki.serve(url, fixture)`, `wiki.serveHtml(url, html)`. */
  wiki: WikiStandIn;
  /** An empty profile directory, removed after the test: pass it to `launchBrowser` to restart on one profile. */
  profileDir: string;
  /** Launches another Chromium with the extension (e.g. `{ userDataDir: profileDir }`); closed after the test if still open. */
  launchBrowser: (options?: LaunchOptions) => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures>({
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  wiki: async ({ context }, use) => {
    await use(await wikiOf(context));
  },
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'idea-scout-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  // Depends on profileDir so the browsers close before their profile directory is removed.
  launchBrowser: async ({ profileDir: _profileDir }, use) => {
    const launched: BrowserContext[] = [];
    await use(async (options) => {
      const context = await launchWithExtension(options);
      launched.push(context);
      return context;
    });
    // Closing an already closed context is a no-op.
    await Promise.all(launched.map((context) => context.close()));
  },
});
