#!/usr/bin/env bash
# Prints the web faces' budgets (issue 8) as a table: the app's gzip transfer until ready (every
# request), its first render with numbers (median of 5 loads in headless Chromium), the embed card's
# transfer, core time per committed edit, and renders/timers while idle. Reported, not asserted
# (README: no timing asserts); exits non-zero only when the measurement cannot run.
#   bash scripts/web_budget.sh [build/web]      (build the modelwatt_app and modelwatt_embed targets first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/build/web}
[ -f "$dir/index.html" ] && [ -f "$dir/embed.html" ] || { echo "web_budget: no web build in $dir" >&2; exit 1; }
if [ ! -d "$root/tests/e2e/node_modules/playwright-core" ] || [ ! -d "$root/tests/e2e/node_modules/axe-core" ]; then
  (cd "$root/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi
MODELWATT_WEB_DIR=$(cd "$dir" && pwd) exec node "$root/tests/e2e/budget.js"
