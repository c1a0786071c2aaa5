/**
 * Hardening (issue 9): fuzzed fixture pages, shard 2 of 2 (the suite is in tests/support/fuzz.ts; two
 * files so that the unit runner spreads the ≥ 1000 variants per page over its workers).
 */
import { fuzzSuite } from '../support/fuzz';

fuzzSuite(1, 2);
