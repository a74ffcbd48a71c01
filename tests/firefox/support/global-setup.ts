// Once per `npm run test:firefox`: build the Firefox extension (.output/firefox-mv2) so the tests check fresh
// code (IDEA_SCOUT_SKIP_BUILD=1 reuses the last build), and find Firefox. Without Firefox the journeys are
// skipped with one line saying so, except on CI, where that is a failure; the manifest checks still run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIREFOX_EXTENSION_DIR, ROOT } from '../../journeys/drivers/firefox';
import { findFirefox, onCi, whereFirefoxWasSought } from './find-firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Firefox binary to run the journeys in; null skips them. */
    firefoxPath: string | null;
  }
}

export default function setup(project: TestProject): void {
  const firefox = findFirefox();
  if (!firefox && onCi()) {
    throw new Error(`No Firefox found (${whereFirefoxWasSought()}): CI must run the Firefox journeys. Install firefox-esr.`);
  }
  if (process.env.IDEA_SCOUT_SKIP_BUILD !== '1') {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`\`npx wxt build -b firefox\` failed (exit ${build.status ?? build.signal}).`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  if (!firefox) {
    console.warn(
      `\n⚠ Firefox journeys SKIPPED: no Firefox found (${whereFirefoxWasSought()}). Install firefox-esr or set FIREFOX_PATH.\n`,
    );
  }
  project.provide('firefoxPath', firefox);
}
