/**
 * Hardening (issue 9): fuzzed fixture pages, shard 3 of 4 (the suite is in tests/support/fuzz.ts). Runs in
 * Chromium: the `fuzz` project of vitest.config.ts.
 */
import { fuzzSuite } from '../support/fuzz';

fuzzSuite(2, 4);
