/**
 * Hardening (issue 9): fuzzed fixture pages, shard 2 of 4 (the suite is in tests/support/fuzz.ts; four
 * files so that the unit runner spreads the ≥ 1000 variants per page over its workers).
 */
import { fuzzSuite } from '../support/fuzz';

fuzzSuite(1, 4);
