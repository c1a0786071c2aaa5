#!/usr/bin/env bash
# Set up a fresh Debian machine (as root, or with sudo): Debian's Chromium and Firefox ESR, then the npm
# dependencies from the lock file. Idempotent: what is already there is not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node >= 20.19 is needed, found " + process.versions.node); process.exit(1) }'

pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
[ -x /usr/bin/firefox-esr ] || pkgs+=(firefox-esr)
command -v unzip >/dev/null || pkgs+=(unzip)   # the release test unpacks the zips
if [ ${#pkgs[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "Installing from Debian: ${pkgs[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
