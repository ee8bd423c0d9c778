#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build the extension, serve the demo pages
# and open Chromium with Crosscheck loaded on them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "demo: installing Debian Chromium (needs root or sudo)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
[ -d node_modules/wxt ] || npm ci --no-audit --no-fund
npx wxt build
exec npx tsx scripts/demo.ts "$@"
