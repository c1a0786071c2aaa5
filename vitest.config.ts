import os from 'node:os';
import path from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const FUZZ = 'tests/unit/fuzz*.test.ts';

export default defineConfig({
  test: {
    // One worker per core: vitest's default (cores − 1) leaves one of CI's 2 cores idle.
    maxWorkers: Math.max(os.availableParallelism(), 2),
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [FUZZ],
          setupFiles: ['tests/support/i18n-setup.ts'],
          // One module graph and one happy-dom per worker, not one per file: the per-file set-up was more than
          // half of this project's CPU, and CI's length follows its CPU (README, « CI's length »). Each file
          // resets what it uses (WXT's fakeBrowser, its own DOM); the suite passes with its files shuffled.
          isolate: false,
          // A hang guard, not a timing check: in CI the unit suite runs at nice 10 beside two browsers on 2
          // cores, where a test is starved 10–20 times its quiet time. Long loops are split into one test per
          // page; this guard only has to catch a real hang.
          testTimeout: 120_000,
        },
      },
      {
        // The fuzz needs the recogniser and the portal data only: no WXT fakes, no texts.
        resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
        define: { 'import.meta.env.FUZZ_RUNS': JSON.stringify(process.env.FUZZ_RUNS ?? '1000') },
        test: {
          name: 'fuzz',
          include: [FUZZ],
          testTimeout: 600_000,
          // Debian's Chromium, headless (docs/decisions/fuzz-in-browser.md).
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
              },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
