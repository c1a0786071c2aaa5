#!/usr/bin/env bash
# The main job: build the extension for Chrome and Firefox (+ store zips), then render the illustrated
# guide of every journey into guide/ with headless Chromium and the built extension.
# `npm start -- --open` (with a display) opens Chromium with the extension on the demonstration page instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
npx wxt build -b firefox
npx wxt zip >/dev/null && npx wxt zip -b firefox >/dev/null
ls -1 .output/*.zip
if [ -f scripts/guide.mjs ]; then
  node scripts/guide.mjs "$@"
fi
