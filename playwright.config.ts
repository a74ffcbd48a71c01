import { defineConfig } from '@playwright/test';

// Browser tests for the Chrome build. The harness (tests/e2e/support) launches the system Chromium
// with .output/chrome-mv3 loaded; globalSetup rebuilds that first (IDEA_SCOUT_SKIP_BUILD=1 skips it).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI), // a stray test.only must not pass CI
  workers: 2, // the machine has 2 cores
  retries: 0,
  // Waits are on state, with bounds for a loaded 2-core machine (another test run alongside can make a step
  // three times slower): they cost time only when a test fails.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
  },
});
