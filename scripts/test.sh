#!/usr/bin/env bash
# The README's test command (npm test). Installs Debian's Chromium + Firefox ESR and the npm deps (scripts/setup.sh),
# type-checks, runs the unit suite (vitest), builds both browsers, runs the e2e suites with the built
# extension (Playwright + Debian Chromium; puppeteer-core + Debian Firefox ESR over WebDriver BiDi) and
# web-ext lint. Ends with one line "N passed, N failed" summed over every runner.
#
# Speed (README, top): the runners that do not depend on each other run at the same time. The unit suite
# needs no build: it starts right after set-up, at a lower CPU priority (nice), so that it uses what the browser
# suites leave idle (they mostly wait on pages) without slowing them down. The Chromium and Firefox suites and
# the linter run side by side once the builds are there. Each runner writes its own log in test-results/; the
# logs are printed whole, one after the other, when the runners end, and counted as before.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}" DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 NO_COLOR=1 FORCE_COLOR=0
SECONDS=0
step() { echo; echo "=== [${SECONDS}s] $*"; }
fail=0; passed=0; failed=0
count() { passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); }
R=test-results
rm -rf "$R" && mkdir -p "$R"

# Run a command in the background: its output goes to $R/<name>.log, its exit code to $R/<name>.rc.
bg() {
  local name=$1; shift
  ( SECONDS=0; "$@" > "$R/$name.log" 2>&1; rc=$?; echo "$rc" > "$R/$name.rc"; echo "($name: ${SECONDS}s, exit $rc)" >> "$R/$name.log" ) &
}
# Wait for a background runner and print its log; returns its exit code.
collect() {
  local name=$1 pid=$2
  wait "$pid"
  cat "$R/$name.log"
  return "$(cat "$R/$name.rc" 2>/dev/null || echo 1)"
}

step "set-up (browsers from Debian, npm ci)"
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
/usr/bin/chromium --version 2>/dev/null | tail -1; /usr/bin/firefox-esr --version

step "unit tests started in the background (vitest: happy-dom + WXT fakeBrowser, the fuzz in Chromium; nice 10; printed at the end)"
bg unit nice -n 10 npx vitest run --reporter=default --reporter=json --outputFile.json="$R/unit.json"
unit_pid=$!

step "typecheck"
npx tsc --noEmit || { fail=1; failed=$((failed + 1)); }

step "build chrome-mv3 + firefox-mv2"
build_failed() {
  collect unit "$unit_pid"
  [ -f "$R/unit.json" ] && count $(node -e 'const r=require("./test-results/unit.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
  echo "${passed} passed, $((failed + 1)) failed"; exit 1
}
npx wxt build || build_failed
npx wxt build -b firefox || build_failed

step "e2e chromium (Playwright) + e2e firefox (puppeteer-core) + release + web-ext lint, side by side"
bg e2e-chromium env PLAYWRIGHT_JSON_OUTPUT_NAME="$R/e2e.json" npx playwright test --reporter=list,json
chromium_pid=$!
bg e2e-firefox node --test --test-concurrency=1 tests/e2e-firefox/
firefox_pid=$!
# The release test (npm run release into a temporary folder, npm ci + rebuild from the sources zip, byte
# comparison): mostly npm and disk, it shares the cores with the browser suites. Its own output folders only.
bg release node --test tests/release/
release_pid=$!
bg web-ext-lint bash -c "npx web-ext lint --source-dir .output/firefox-mv2 --output json > $R/web-ext-lint.json 2> $R/web-ext-lint.err"
lint_pid=$!

step "e2e chromium (Playwright + Debian chromium, extension loaded)"
collect e2e-chromium "$chromium_pid" || fail=1
if [ -f "$R/e2e.json" ]; then
  count $(node -e 'const s=require("./test-results/e2e.json").stats;console.log(s.expected+s.flaky, s.unexpected)')
else fail=1; failed=$((failed + 1)); fi

step "e2e firefox (puppeteer-core over WebDriver BiDi + Debian firefox-esr)"
collect e2e-firefox "$firefox_pid" || fail=1
cp "$R/e2e-firefox.log" "$R/e2e-firefox.tap"
count $(awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0, f+0}' "$R/e2e-firefox.tap")

step "release: npm run release + rebuild from the sources zip, byte-identical (node:test)"
collect release "$release_pid" || fail=1
count $(awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0, f+0}' "$R/release.log")

step "web-ext lint (AMO linter: 0 errors, 0 warnings required)"
wait "$lint_pid"
if [ "$(cat "$R/web-ext-lint.rc" 2>/dev/null)" = 0 ]; then
  # 0 warnings too (README, "web-ext lint"): a new warning fails the run instead of waiting for AMO's review.
  if node -e 'const r=require("./test-results/web-ext-lint.json");console.log("web-ext lint:", JSON.stringify(r.summary), r.warnings.map(w=>w.code+" "+w.file).join(", "));process.exit(r.warnings.length?1:0)'; then
    count 1 0
  else fail=1; count 0 1; fi
else
  node -e 'try{const r=require("./test-results/web-ext-lint.json");console.log(JSON.stringify(r.errors,null,1))}catch(e){console.log("no lint report:", e.message)}'
  tail -20 "$R/web-ext-lint.err"
  fail=1; count 0 1
fi

step "unit tests (vitest: happy-dom + WXT fakeBrowser, the fuzz in Chromium)"
unit_rc=0
collect unit "$unit_pid" || unit_rc=1
if [ -f "$R/unit.json" ]; then
  count $(node -e 'const r=require("./test-results/unit.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
else unit_rc=1; failed=$((failed + 1)); fi
# A file whose worker did not start in vitest's fixed 60 s (a saturated machine; scripts/unit-unstarted.mjs)
# never ran: when that is the only failure, those files run once more, alone, and their result decides.
unstarted=$([ "$unit_rc" = 0 ] || node scripts/unit-unstarted.mjs "$R/unit.log" "$R/unit.json")
if [ -n "$unstarted" ]; then
  step "unit tests whose worker did not start, run again: $(echo $unstarted)"
  unit_rc=0
  npx vitest run $unstarted --reporter=default --reporter=json --outputFile.json="$R/unit-again.json" || unit_rc=1
  if [ -f "$R/unit-again.json" ]; then
    count $(node -e 'const r=require("./test-results/unit-again.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
  else unit_rc=1; failed=$((failed + 1)); fi
fi
[ "$unit_rc" = 0 ] || fail=1

step "done in ${SECONDS}s"
echo "${passed} passed, ${failed} failed"
[ "$fail" = 0 ] && [ "$failed" = 0 ]
