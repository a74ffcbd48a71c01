// Finds a Firefox to drive over WebDriver BiDi: FIREFOX_PATH first, then Debian's firefox-esr, then firefox
// (at /usr/bin, then anywhere on PATH).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const NAMES_ON_PATH = ['firefox-esr', 'firefox'];

/** The Firefox binary, or null when this machine has none. A FIREFOX_PATH that does not exist is an error, not a skip. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist: point it at a Firefox binary, or unset it.`);
    return fromEnv;
  }
  const onPath = NAMES_ON_PATH.flatMap((name) => (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name)));
  return [...FIREFOX_CANDIDATES, ...onPath].find((path) => existsSync(path)) ?? null;
}

/** Where findFirefox looked, for the message saying it found nothing. */
export function whereFirefoxWasSought(): string {
  return `FIREFOX_PATH unset, none of ${FIREFOX_CANDIDATES.join(', ')}, no ${NAMES_ON_PATH.join(' or ')} on PATH`;
}

/** CI sets CI (GitHub, GitLab, .ci/run): there a missing Firefox fails the run instead of skipping it. */
export function onCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}
