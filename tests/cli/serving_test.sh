#!/usr/bin/env bash
# CLI tests of issue 10 parts 2 and 3: the serving presets (method phases) and `modelwatt validate`
# with its calibration rows (tolerance and context).
# usage: tests/cli/serving_test.sh path/to/modelwatt      (prints "N passed, N failed")
set -u
NAME=serving
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
check() { local name=$1 file=$2 expr=$3; if py "$file" "$expr" 2>/dev/null; then pass; else fail "$name: $expr"; fi; }

# validate --format json: context rows are present, have ok null, and the run still exits 0
"$MW" validate --format json > "$tmp/v.json"; rc=$?
[ $rc -eq 0 ] && pass || fail "validate json exit $rc"
check "overall ok" "$tmp/v.json" 'd["ok"] is True'
check "kinds" "$tmp/v.json" 'all(r["kind"] in ("tolerance", "context") for r in d["rows"])'
check "context rows" "$tmp/v.json" 'sum(r["kind"] == "context" for r in d["rows"]) >= 5'
check "context ok null" "$tmp/v.json" 'all(r["ok"] is None for r in d["rows"] if r["kind"] == "context")'
check "verdicts" "$tmp/v.json" 'all(r["verdict"] == ("context" if r["kind"] == "context" else "ok") for r in d["rows"])'
check "context notes" "$tmp/v.json" 'all(len(r["note"]) > 20 for r in d["rows"] if r["kind"] == "context")'
check "context far off" "$tmp/v.json" 'any(abs(r["diff_pct"]) > 50 for r in d["rows"] if r["kind"] == "context")'
check "tolerance within" "$tmp/v.json" 'all(r["ok"] is True and abs(r["diff_pct"]) <= r["tolerance_pct"] for r in d["rows"] if r["kind"] == "tolerance")'
check "mlenergy b64 row" "$tmp/v.json" 'any(r["id"] == "mlenergy-llama-405b-fp8-h100x8-b64" and r["kind"] == "tolerance" and r["published"] == 3.08 for r in d["rows"])'
check "deepseek fleet row" "$tmp/v.json" 'any(r["id"] == "deepseek-fleet-feb2025-throughput" and r["kind"] == "context" for r in d["rows"])'

# the table says "context" instead of ok/FAIL
"$MW" validate > "$tmp/v.txt"; rc=$?
[ $rc -eq 0 ] && pass || fail "validate table exit $rc"
grep -E '^mlenergy-deepseek-v3.1-b200x8-b128 .* context$' "$tmp/v.txt" >/dev/null && pass || fail "table context mark"
grep -q 'context rows: known gaps' "$tmp/v.txt" && pass || fail "table footer"
grep -q 'FAIL' "$tmp/v.txt" && fail "table has FAIL" || pass

# estimate on a serving preset: phases outputs
echo '{"preset": "chatgpt-4o-serving"}' > "$tmp/c.json"
"$MW" estimate --format json "$tmp/c.json" > "$tmp/c.out"; rc=$?
[ $rc -eq 0 ] && pass || fail "estimate chatgpt exit $rc"
check "phases outputs" "$tmp/c.out" 'all(k in d["results"][0]["inference"] for k in ["prefill_seconds_per_query", "decode_seconds_per_query", "step_seconds", "decode_bound", "gpus_per_replica", "tokens_per_second_per_replica", "energy_it_j_per_output_token"])'
check "method phases" "$tmp/c.out" 'd["results"][0]["inputs"]["inference.method"]["value"] == "phases"'
check "boundary fleet" "$tmp/c.out" 'd["results"][0]["inputs"]["inference.boundary"]["value"] == "fleet"'
# hand value (tests/unit/serving_catalog_test.cpp): 0.909285 Wh per query at PUE 1.2
check "energy by hand" "$tmp/c.out" 'abs(d["results"][0]["inference"]["energy_wh_per_query"] - 0.909285) < 1e-5'
for id in deepseek-v3-serving deepseek-r1-serving llama-3.1-405b-serving; do
  echo "{\"preset\": \"$id\"}" > "$tmp/s.json"
  "$MW" estimate --format json "$tmp/s.json" > "$tmp/s.out" && pass || fail "estimate $id"
  check "$id finite" "$tmp/s.out" 'd["results"][0]["inference"]["energy_wh_per_query"] > 0 and d["results"][0]["inference"]["decode_bound"] in ("memory", "compute")'
done

# a mistyped preset id suggests the serving run
echo '{"preset": "chatgtp"}' > "$tmp/typo.json"
expect_bad_cmd typo 'chatgpt-4o-serving' estimate "$tmp/typo.json"

echo "serving: $((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
