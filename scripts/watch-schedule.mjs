// The watch's timing (utils/watch.ts), read from its source for the tools that must follow it: the e2e waits
// (tests/support/schedule.mjs) and the steady-state bench (scripts/bench-steady.mjs). Plain JavaScript, so that
// node's test runner and the bench read it as they are.
import fs from 'node:fs';
import path from 'node:path';

const WATCH = 'utils/watch.ts';
const source = fs.readFileSync(path.resolve(import.meta.dirname, '..', WATCH), 'utf8');
function find(re, what) {
  const m = re.exec(source);
  if (!m) throw new Error(`scripts/watch-schedule.mjs: ${what} not found in ${WATCH}; update the pattern there`);
  return m[1];
}

/** The first delay of a pass after a mutation that counts (`FAST_MS[0]`). */
export const THROTTLE_MS = Number(find(/FAST_MS\s*=\s*\[(\d+)/, 'the re-check throttle'));
/** The watch's looks after it starts (`SETTLE_MS`). */
export const SETTLE_MS = find(/SETTLE_MS\s*=\s*\[([\d,\s]+)\]/, 'the settle looks').split(',').map(Number);
