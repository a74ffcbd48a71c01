import { defineConfig } from 'vitest/config';

// The user journeys in Firefox (tests/firefox): `npm run test:firefox`. Each test starts its own Firefox,
// so files and tests run one at a time, with browser-sized timeouts. The global setup finds Firefox and
// builds .output/firefox-mv2 first (IDEA_SCOUT_SKIP_BUILD=1 skips the build).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/support/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000, // sized for a 2-core machine shared with other browsers (docs/testing.md has the times)
    hookTimeout: 30_000,
    reporters: ['verbose'],
  },
});
