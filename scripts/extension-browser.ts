// Builds the Chrome extension and launches Chromium with it loaded. Shared by the e2e harness
// (tests/e2e/support) and `npm start`, so what the tests check is what a person sees.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './find-chromium';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

/** Runs `npx wxt build` (Chrome MV3) in the project root; throws when it fails. */
export function buildExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`\`npx wxt build\` failed (exit ${result.status ?? result.signal}).`);
  }
  assertExtensionBuilt();
}

export function assertExtensionBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
}

export interface LaunchOptions {
  /** Profile directory; '' (the default) gives a fresh throw-away profile that Playwright deletes on close. */
  userDataDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** The unpacked extension to load; the built Idea Scout unless told. */
  extensionDir?: string;
}

/** Chromium with an extension loaded (the built one by default), as a persistent context (extensions need one). */
export function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const { userDataDir = '', headless = true, viewport, extensionDir = EXTENSION_DIR } = options;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    ...(viewport !== undefined ? { viewport } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The extension's background service worker (it can start late). */
export async function backgroundWorkerOf(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
}

/** The extension's id, read from its background service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await backgroundWorkerOf(context)).url()).host;
}
