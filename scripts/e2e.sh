#!/usr/bin/env bash
# Browser end-to-end tests (headless Debian Chromium via playwright-core): the app and the embed card,
# against the web build in build/web (or $MODELWATT_WEB_DIR). Needs build/native/modelwatt for the
# reference values and snippets. Each test file serves the build itself on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tests/e2e"
[ -d node_modules/playwright-core ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent
export MODELWATT_WEB_DIR=${MODELWATT_WEB_DIR:-$root/build/web}
export MODELWATT_CLI=${MODELWATT_CLI:-$root/build/native/modelwatt}
export MODELWATT_SHOTS=${MODELWATT_SHOTS:-$(mktemp -d)}
node --test app.test.js embed.test.mjs
echo "e2e: screenshots in $MODELWATT_SHOTS"
