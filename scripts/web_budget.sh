#!/usr/bin/env bash
# Prints the web app's budgets: gzip transfer of HTML + JS + wasm (font and catalog data are
# embedded in the wasm), first frame in headless Chromium (median of 5), idle frames over 3 s and
# core time per change. Exit 1 when a budget is exceeded.
#   bash scripts/web_budget.sh [build/web]      (build it first: bash scripts/serve.sh, or the web preset)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/build/web}
[ -f "$dir/modelwatt.wasm" ] || { echo "web_budget: no web build in $dir" >&2; exit 1; }
if [ ! -d "$root/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$root/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
MODELWATT_WEB_DIR=$(cd "$dir" && pwd) exec node "$root/tests/e2e/budget.js"
