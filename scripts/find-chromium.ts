// Finds a Chromium to drive with Playwright. One module for the e2e tests and `npm start`, so both
// run the same browser. Playwright cannot download its own browser here (no internet), so the
// system's Chromium comes first.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where to look, best first. Debian's /usr/bin/chromium is a shell wrapper that adds noisy flags, so its real binary wins. */
function candidates(): string[] {
  let playwrightOwn: string[] = [];
  try {
    playwrightOwn = [chromium.executablePath()];
  } catch {
    // Playwright throws when it has no browser registry entry for this platform; skip it.
  }
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    ...playwrightOwn,
  ];
}

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it.`);
    return fromEnv;
  }
  const found = candidates().find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found: install one with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}
