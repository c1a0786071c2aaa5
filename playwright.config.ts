import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results/ itself: Playwright empties its output folder when it starts, and scripts/test.sh runs the
  // Firefox suite and the unit suite alongside, writing their logs and screenshots in test-results/.
  outputDir: 'test-results/playwright',
  // Budget per test, not an assertion: in CI the Chromium suite shares the 2 cores with the Firefox suite and the
  // (niced) unit suite, and a long test (the demo walk: ~20 page changes, each with its checks) needs more than
  // 45 s on a loaded machine. Tests that set their own budget keep it.
  timeout: process.env.CI ? 90_000 : 45_000,
  expect: { timeout: 6_000 },
  // Two workers, each with its own browser and profile (tests/e2e/harness.ts): the tests mostly wait on pages,
  // so two of them share CI's 2 cores well. Files are not split (fullyParallel: false) except where a file
  // says its tests are independent (test.describe.configure({ mode: 'parallel' })).
  fullyParallel: false,
  workers: Number(process.env.PW_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // A trace costs as much as the test itself (DOM snapshots and screenshots at every step: twice the CPU time and
  // the wall time of the suite). In CI the retry of a failed test records one; locally every failure keeps one.
  use: { trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure' },
});
