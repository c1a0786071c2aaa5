#!/usr/bin/env bash
# The README's test command (npm test). Installs Debian's Chromium + Firefox ESR and the npm deps (scripts/setup.sh),
# type-checks, runs the unit suite (vitest), builds both browsers, runs the e2e suites with the built
# extension (Playwright + Debian Chromium; puppeteer-core + Debian Firefox ESR over WebDriver BiDi) and
# web-ext lint. Ends with one line "N passed, N failed" summed over every runner.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}" DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 NO_COLOR=1 FORCE_COLOR=0
SECONDS=0
step() { echo; echo "=== [${SECONDS}s] $*"; }
fail=0; passed=0; failed=0
count() { passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); }
rm -rf test-results && mkdir -p test-results

step "set-up (browsers from Debian, npm ci)"
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
/usr/bin/chromium --version 2>/dev/null | tail -1; /usr/bin/firefox-esr --version

step "typecheck"
npx tsc --noEmit || { fail=1; failed=$((failed + 1)); }

step "unit tests (vitest + happy-dom + WXT fakeBrowser)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || fail=1
if [ -f test-results/unit.json ]; then
  count $(node -e 'const r=require("./test-results/unit.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
else fail=1; failed=$((failed + 1)); fi

step "build chrome-mv3 + firefox-mv2"
npx wxt build || { echo "${passed} passed, $((failed + 1)) failed"; exit 1; }
npx wxt build -b firefox || { echo "${passed} passed, $((failed + 1)) failed"; exit 1; }

step "e2e chromium (Playwright + Debian chromium, extension loaded)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json || fail=1
if [ -f test-results/e2e.json ]; then
  count $(node -e 'const s=require("./test-results/e2e.json").stats;console.log(s.expected+s.flaky, s.unexpected)')
else fail=1; failed=$((failed + 1)); fi

step "e2e firefox (puppeteer-core over WebDriver BiDi + Debian firefox-esr)"
node --test --test-concurrency=1 tests/e2e-firefox/ 2>&1 | tee test-results/e2e-firefox.tap; [ "${PIPESTATUS[0]}" = 0 ] || fail=1
count $(awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0, f+0}' test-results/e2e-firefox.tap)

step "web-ext lint (AMO linter: 0 errors required)"
if npx web-ext lint --source-dir .output/firefox-mv2 --output json > test-results/web-ext-lint.json 2> test-results/web-ext-lint.err; then
  node -e 'const r=require("./test-results/web-ext-lint.json");console.log("web-ext lint:", JSON.stringify(r.summary), r.warnings.map(w=>w.code).join(" "))'
  count 1 0
else
  node -e 'try{const r=require("./test-results/web-ext-lint.json");console.log(JSON.stringify(r.errors,null,1))}catch(e){console.log("no lint report:", e.message)}'
  tail -20 test-results/web-ext-lint.err
  fail=1; count 0 1
fi

step "done in ${SECONDS}s"
echo "${passed} passed, ${failed} failed"
[ "$fail" = 0 ] && [ "$failed" = 0 ]
