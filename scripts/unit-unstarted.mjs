/**
 * The unit test files that vitest's worker pool could not start, one per line, when that is the run's only
 * failure (every test that ran passed, and every unhandled error is such a start). Otherwise prints nothing.
 * vitest 4 gives a new worker 60 s to answer, fixed in its code (vitest-dev/vitest#8968): on a saturated CI
 * machine a file can miss that and never run. scripts/test.sh runs those files again, once.
 *
 *   node scripts/unit-unstarted.mjs test-results/unit.log test-results/unit.json
 */
import fs from 'node:fs';

const [logFile, jsonFile] = process.argv.slice(2);
try {
  const log = fs.readFileSync(logFile, 'utf8');
  const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  const starts = [...log.matchAll(/Failed to start \w+ worker for test files (.+?)\.$/gm)].map((m) => m[1]);
  const errors = Number(/^\s*Errors\s+(\d+) errors?\s*$/m.exec(log)?.[1] ?? 0);
  const onlyStarts = starts.length > 0 && errors === starts.length && !report.numFailedTests && !report.numFailedTestSuites;
  if (onlyStarts) {
    const files = starts.flatMap((s) => s.split(', ')).filter((f) => fs.existsSync(f));
    if (files.length) console.log([...new Set(files)].join('\n'));
  }
} catch {
  // No log or report: nothing to run again; the run's own failure stands.
}
