#!/usr/bin/env bash
# Browser end-to-end tests (headless Debian Chromium via playwright-core, axe-core for accessibility):
# the HTML app (app.test.js), the ImGui workbench page (workbench.test.js) and the embed card
# (embed.test.mjs), against the web build in build/web (or $MODELWATT_WEB_DIR). The reference values
# and snippets come from the native CLI: build/native/modelwatt, or $MODELWATT_CLI — when
# MODELWATT_CLI is set and missing this fails at once. Screenshots go to $MODELWATT_SHOTS (a fresh
# temporary folder by default). Each test file serves the build itself on 127.0.0.1.
#   bash scripts/e2e.sh [test file ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${MODELWATT_CLI:-}" ] && [ ! -x "$MODELWATT_CLI" ]; then
  echo "e2e: MODELWATT_CLI=$MODELWATT_CLI is missing (build it: cmake --build build/native --target modelwatt)" >&2
  exit 1
fi
export MODELWATT_CLI=${MODELWATT_CLI:-$root/build/native/modelwatt}
[ -x "$MODELWATT_CLI" ] || echo "e2e: no CLI at $MODELWATT_CLI: the comparisons with the CLI are skipped" >&2
cd "$root/tests/e2e"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent
fi
export MODELWATT_WEB_DIR=${MODELWATT_WEB_DIR:-$root/build/web}
export MODELWATT_SHOTS=${MODELWATT_SHOTS:-$(mktemp -d)}
if [ $# -gt 0 ]; then files=("$@"); else files=(app.test.js workbench.test.js embed.test.mjs); fi
status=0
node --test --test-concurrency=1 "${files[@]}" || status=$?
echo "e2e: screenshots in $MODELWATT_SHOTS"
exit $status
