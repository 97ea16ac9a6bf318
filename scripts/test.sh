#!/usr/bin/env bash
# Builds everything and runs every test: native unit + CLI tests, the same under ASan+UBSan,
# bounded libFuzzer runs, the core's unit tests compiled to wasm under node, the web build with
# headless-Chromium end-to-end tests, and the desktop app under Xvfb. Prints benchmark and web
# budget figures (never asserted). Installs what it needs first (scripts/setup.sh).
#   FUZZ_SECONDS=60 (per fuzzer)   JOBS=2
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-45}
export NODE_PATH=/usr/share/nodejs
t0=$(date +%s)
step() { printf '\n=== %s (%ss)\n' "$1" "$(( $(date +%s) - t0 ))"; }

step "setup"
bash scripts/setup.sh

step "native build + unit, CLI and UI tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"
ctest --preset native -j "$JOBS"
build/native/modelwatt validate

step "ASan + UBSan build + tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan -j "$JOBS"

step "libFuzzer (${FUZZ_SECONDS}s per target)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$JOBS"
for f in build/fuzz/fuzz/fuzz_*; do
  [ -x "$f" ] || continue
  name=$(basename "$f"); name=${name#fuzz_}
  corpus=$(mktemp -d); cp -r fuzz/corpus/"$name"/. "$corpus"/ 2>/dev/null || true
  dict=(); [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  "$f" -max_total_time="$FUZZ_SECONDS" -max_len=8192 -timeout=5 "${dict[@]}" "$corpus" 2>&1 | tail -2
  rm -rf "$corpus"
done

step "web build + wasm unit tests"
cmake --preset web >/dev/null
cmake --build --preset web -j "$JOBS"
ctest --preset web

step "browser end-to-end tests (headless Chromium)"
bash scripts/e2e.sh

step "desktop app under Xvfb"
bash scripts/gui_smoke.sh

step "benchmarks (reported, not asserted)"
[ -x build/native/bench/modelwatt_bench ] && build/native/bench/modelwatt_bench --benchmark_min_time=0.1
[ -x scripts/web_budget.sh ] && bash scripts/web_budget.sh || true

step "all tests passed"
