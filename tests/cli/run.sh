#!/usr/bin/env bash
# CLI contract tests: exit codes, stdout/stderr discipline, and values against published figures.
# usage: tests/cli/run.sh path/to/modelwatt
set -u
NAME=cli
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"

# expect_bad NAME JSON PATTERN: exit 2, nothing on stdout, stderr matches PATTERN
expect_bad() {
  local name=$1 json=$2 pat=$3
  printf '%s' "$json" > "$tmp/in.json"
  "$MW" estimate "$tmp/in.json" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ $rc -ne 2 ]; then fail "$name: exit $rc (want 2)"; return; fi
  if [ -s "$tmp/out" ]; then fail "$name: stdout not empty"; return; fi
  if ! grep -qF -- "$pat" "$tmp/err"; then fail "$name: stderr '$(cat "$tmp/err")' lacks '$pat'"; return; fi
  pass
}

# json_get FILE EXPR: evaluate a Python expression over the parsed JSON `d`
json_get() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

# approx NAME GOT WANT REL
approx() {
  if python3 -c "import sys; g,w,r=float(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); sys.exit(0 if abs(g-w)<=r*abs(w) else 1)" "$2" "$3" "$4" 2>/dev/null
  then pass; else fail "$1: got $2, want $3 (±$4)"; fi
}

# --- the headline comparison, from presets, against the published record -------------------------
cat > "$tmp/headline.json" <<'J'
{"scenarios": [{"preset": "deepseek-v3"}, {"preset": "llama-3.1-405b"}]}
J
"$MW" estimate --format json "$tmp/headline.json" > "$tmp/h.json"; rc=$?
[ $rc -eq 0 ] && pass || fail "headline: exit $rc"
approx "dsv3 gpu_hours (DeepSeek-V3 report Table 1)" "$(json_get "$tmp/h.json" 'd["results"][0]["training"]["gpu_hours"]')" 2788000 0
approx "dsv3 flops = 6 x 37e9 x 14.8e12" "$(json_get "$tmp/h.json" 'd["results"][0]["training"]["flops"]')" 3.2856e24 1e-9
approx "dsv3 cost (\$5.576M)" "$(json_get "$tmp/h.json" 'd["results"][0]["training"]["cost_usd"]')" 5576000 1e-9
approx "llama 405b co2e (model card 8,930 t)" "$(json_get "$tmp/h.json" 'd["results"][1]["training"]["co2e_kg"]')" 8930000 0.01
approx "ratio gpu_hours (1/11)" "$(json_get "$tmp/h.json" 'd["comparison"][1]["training"]["gpu_hours"]')" 11.0617 0.001
approx "comparison baseline is 1" "$(json_get "$tmp/h.json" 'd["comparison"][0]["training"]["gpu_hours"]')" 1 0

# a preset with one override (PUE 1.3 on DeepSeek): energy = 2,788,000 x 700 W x 1.3 = 2,537,080 kWh
echo '{"preset": "deepseek-v3", "training": {"pue": 1.3}}' > "$tmp/o.json"
"$MW" estimate "$tmp/o.json" > "$tmp/o.out"
approx "override pue" "$(json_get "$tmp/o.out" 'd["results"][0]["training"]["energy_kwh"]')" 2537080 1e-9
[ "$(json_get "$tmp/o.out" 'd["results"][0]["inputs"]["training.pue"]["status"]')" = user ] && pass || fail "pue status user"
[ "$(json_get "$tmp/o.out" 'd["results"][0]["inputs"]["training.gpu_hours"]["status"]')" = disclosed ] && pass || fail "gpu_hours disclosed"
[ "$(json_get "$tmp/o.out" '"comparison" in d')" = False ] && pass || fail "single scenario has no comparison"

# stdin, table and csv
"$MW" estimate - < "$tmp/o.json" | grep -q '"results"' && pass || fail "stdin"
"$MW" estimate --format table "$tmp/headline.json" | grep -q 'training.gpu_hours' && pass || fail "table"
"$MW" estimate --format csv "$tmp/headline.json" | grep -q '^training,gpu_hours,GPU-h,2788000,30840000$' && pass || fail "csv row"

# explain shows the arithmetic
"$MW" explain "$tmp/o.json" | grep -qF 'energy_kwh = energy_it_kwh × pue = 1.95 GWh × 1.3 = 2.54 GWh' && pass || fail "explain"
"$MW" explain --lang it "$tmp/o.json" | grep -qF '1,95 GWh × 1,3 = 2,54 GWh' && pass || fail "explain it"

# catalog: every entry has id and non-empty sources with title, year and url or locator
"$MW" catalog --format json > "$tmp/cat.json" && pass || fail "catalog exit"
python3 - "$tmp/cat.json" <<'P' && pass || fail "catalog sources"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("accelerators", "regions", "runs"):
    assert len(d[k]) > 0, k
    for e in d[k]:
        assert e["id"] and e["sources"], (k, e.get("id"))
        for s in e["sources"]:
            assert s["title"] and s["year"] and (s.get("url") or s.get("locator")), (k, e["id"], s)
assert len(d["accelerators"]) >= 18 and len(d["regions"]) >= 35 and len(d["runs"]) >= 14
P
"$MW" --version | grep -q 'catalog 20' && pass || fail "--version"

# validate reproduces the published footprints
"$MW" validate > "$tmp/v.txt"; rc=$?
[ $rc -eq 0 ] && pass || fail "validate exit $rc: $(tail -3 "$tmp/v.txt")"
grep -q 'llama-3.1-405b' "$tmp/v.txt" && grep -q 'deepseek-vs-llama-gpu-hours' "$tmp/v.txt" && pass || fail "validate rows"

# --- bad input: exit 2, the field path and the reason, no stdout -----------------------------------
expect_bad pue '{"scenarios": [{"preset": "deepseek-v3"}, {"preset": "deepseek-v3", "training": {"pue": 0.8}}]}' 'error: scenarios[1].training.pue: must be >= 1 (got 0.8)'
expect_bad string '{"training": {"gpu_hours": "x", "power_w": 1}}' 'training.gpu_hours: must be a number'
expect_bad negative '{"training": {"gpu_hours": -1, "power_w": 1}}' 'training.gpu_hours: must be > 0'
expect_bad count '{"training": {"gpu_hours": 1, "power_w": 1, "count": 1.5}}' 'training.count: must be a whole number'
expect_bad zero-count '{"training": {"gpu_hours": 1, "power_w": 1, "count": 0}}' 'training.count'
expect_bad zero-hours '{"training": {"gpu_hours": 0, "power_w": 1}}' 'training.gpu_hours: must be > 0'
expect_bad zero-tokens '{"training": {"tokens": 0, "gpu_hours": 1, "power_w": 1}}' 'training.tokens: must be > 0'
expect_bad active '{"model": {"params_total": 1e9, "params_active": 2e9}, "training": {"gpu_hours": 1, "power_w": 1}}' 'model.params_active'
expect_bad mfu '{"training": {"gpu_hours": 1, "power_w": 1, "mfu": 1.2}}' 'training.mfu: must be in (0, 1]'
expect_bad util '{"inference": {"energy_it_wh_per_query": 1, "utilization": 0}}' 'inference.utilization'
expect_bad preset '{"preset": "llama-3.1-450b"}' 'preset: unknown preset "llama-3.1-450b" (did you mean'
expect_bad accel '{"training": {"gpu_hours": 1, "accelerator": "h1000"}}' 'training.accelerator: unknown accelerator'
expect_bad region '{"training": {"gpu_hours": 1, "power_w": 1, "region": "mars"}}' 'training.region: unknown region'
expect_bad precision '{"training": {"gpu_hours": 1, "accelerator": "h100", "precision": "int4"}}' 'training.precision: unknown precision'
expect_bad fp8-on-a100 '{"training": {"gpu_hours": 1, "accelerator": "a100-80gb", "precision": "fp8"}}' 'has no dense fp8 peak'
expect_bad fp8-on-v100 '{"training": {"gpu_hours": 1, "accelerator": "v100", "precision": "fp8"}}' 'has no dense fp8 peak'
expect_bad top-key '{"trainin": {}}' 'trainin: unknown key (did you mean training?)'
expect_bad section-key '{"training": {"gpu_hours": 1, "power_w": 1, "pue_": 1.1}}' 'training.pue_: unknown key'
expect_bad empty '{"scenarios": []}' 'scenarios: is empty'
expect_bad nothing '{"label": "x"}' 'nothing to estimate'
expect_bad nothing-in-batch '{"scenarios": [{"label": "x"}]}' 'error: scenarios[0]: nothing to estimate'
expect_bad nan '{"training": {"gpu_hours": NaN}}' 'not valid JSON'
expect_bad inf '{"training": {"gpu_hours": 1e400}}' 'number overflow'
expect_bad utf8 $'{"label": "\xc3\x28", "training": {"gpu_hours": 1, "power_w": 1}}' 'not valid JSON'
expect_bad depth "$(printf '%.0s[' {1..40})" 'nesting deeper than 16'
expect_bad not-json 'hello' 'not valid JSON'
head -c 1100000 /dev/zero | tr '\0' ' ' > "$tmp/big.json"
"$MW" estimate "$tmp/big.json" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q '1 MiB' "$tmp/err" && pass || fail "1 MiB limit (rc $rc)"
"$MW" estimate /nonexistent.json >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] && pass || fail "missing file"
"$MW" estimate --format xml "$tmp/o.json" >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "bad format"
"$MW" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "unknown command"

echo "cli: $((n-fails))/$n passed"
[ $fails -eq 0 ]
