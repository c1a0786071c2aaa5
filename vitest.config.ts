import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/i18n-setup.ts'],
    // One worker per core: vitest's default (cores − 1) leaves one of CI's 2 cores idle while the fuzz shards
    // (tests/unit/fuzz*.test.ts, CPU-bound) run; the main process only collects results.
    maxWorkers: Math.max(os.availableParallelism(), 2),
    // The fuzz builds and drops thousands of happy-dom trees: a larger young generation means fewer scavenges
    // (about 5 % less CPU for the fuzz shards).
    execArgv: ['--max-semi-space-size=32'],
    // A hang guard, not a timing check: in CI the unit suite runs at nice 10 beside two browsers on 2 cores,
    // where a test is starved 10–20 times its quiet time (2 s alone once took over 30 s). Long loops are split
    // into one test per page; this guard only has to catch a real hang.
    testTimeout: 120_000,
  },
});
