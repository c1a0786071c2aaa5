#!/usr/bin/env bash
# The main job: build the extension for Chrome and Firefox (+ store zips), render the store screenshots, then the
# illustrated guide of every journey into guide/ with headless Chromium and the built extension.
# `npm start -- --open` (with a display) opens Chromium with the extension on the demonstration page instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
npx wxt build -b firefox
npx wxt zip >/dev/null && npx wxt zip -b firefox >/dev/null
ls -1 .output/*.zip
# Store screenshots (store/README.md): the demo at 1280×800 and 640×400, fr/en/ar, into store/screenshots/.
node scripts/store-screenshots.mjs
if [ -f scripts/guide.mjs ]; then
  node scripts/guide.mjs "$@"
fi
