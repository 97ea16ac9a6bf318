#!/usr/bin/env bash
# CLI tests of issue 5: estimate --samples/--seed, explain --sensitivity, claim.
# usage: tests/cli/uncertainty_test.sh path/to/modelwatt      (prints "N passed, N failed")
set -u
NAME=uncertainty
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
check() { local name=$1 file=$2 expr=$3; if py "$file" "$expr" 2>/dev/null; then pass; else fail "$name: $expr"; fi; }

expect_bad() { expect_bad_cmd "$@"; }

# --- intervals -------------------------------------------------------------------------------------
cat > "$tmp/two.json" <<'J'
{"scenarios": [
  {"label": "A", "training": {"gpu_hours": 1000, "power_w": {"low": 400, "high": 800}, "pue": {"low": 1.1, "high": 1.5}, "grid_gco2e_per_kwh": 400}},
  {"label": "B", "training": {"gpu_hours": 4000, "power_w": 600, "pue": {"low": 1.1, "high": 1.5}, "grid_gco2e_per_kwh": 400}}]}
J
"$MW" estimate --samples 5000 --seed 7 "$tmp/two.json" > "$tmp/i.json"; rc=$?
[ $rc -eq 0 ] && pass || fail "estimate --samples: exit $rc"
check "intervals mirror sections" "$tmp/i.json" 'set(d["results"][0]["intervals"]["training"]) == set(d["results"][0]["training"])'
check "p5 <= p50 <= p95" "$tmp/i.json" 'all(v is None or v["p5"] <= v["p50"] <= v["p95"] for r in d["results"] for v in r["intervals"]["training"].values())'
check "energy_it_kwh ~ U[400, 800]" "$tmp/i.json" 'abs(d["results"][0]["intervals"]["training"]["energy_it_kwh"]["p5"] - 420) < 5 and abs(d["results"][0]["intervals"]["training"]["energy_it_kwh"]["p95"] - 780) < 5'
check "point stays a point" "$tmp/i.json" 'd["results"][1]["intervals"]["training"]["gpu_hours"] == {"p5": 4000, "p50": 4000, "p95": 4000}'
check "comparison_intervals parallel to results" "$tmp/i.json" 'len(d["comparison_intervals"]) == 2 and d["comparison_intervals"][1]["label"] == "B"'
# B/A = 4000 × 600 / (1000 × power_A): the shared PUE cancels, only A's power moves it
check "shared PUE cancels in the ratio" "$tmp/i.json" 'abs(d["comparison_intervals"][1]["training"]["co2e_kg"]["p5"] - 2400/780) < 0.03 and abs(d["comparison_intervals"][1]["training"]["co2e_kg"]["p95"] - 2400/420) < 0.08'
check "uncertainty metadata" "$tmp/i.json" 'd["uncertainty"]["samples"] == 5000 and d["uncertainty"]["seed"] == 7 and [i["path"] for i in d["uncertainty"]["inputs"]] == ["training.power_w", "training.pue"] and d["uncertainty"]["inputs"][1]["scenarios"] == [0, 1]'
check "point outputs unchanged" "$tmp/i.json" 'd["results"][0]["training"]["energy_it_kwh"] == 600'
"$MW" estimate --samples 5000 --seed 7 "$tmp/two.json" > "$tmp/i2.json"
cmp -s "$tmp/i.json" "$tmp/i2.json" && pass || fail "same seed: output differs"
"$MW" estimate --samples 5000 --seed 8 "$tmp/two.json" > "$tmp/i3.json"
cmp -s "$tmp/i.json" "$tmp/i3.json" && fail "another seed: same output" || pass
"$MW" estimate --seed 3 "$tmp/two.json" > "$tmp/i4.json"
check "--seed alone: default 10000 samples" "$tmp/i4.json" 'd["uncertainty"]["samples"] == 10000'
"$MW" estimate "$tmp/two.json" > "$tmp/p.json"
check "without --samples: no intervals" "$tmp/p.json" '"intervals" not in d["results"][0] and "comparison_intervals" not in d'
echo '{"training": {"gpu_hours": 10, "power_w": 700, "pue": 1.2}}' > "$tmp/pt.json"
"$MW" estimate --samples 100 "$tmp/pt.json" > "$tmp/pt.out"
check "no ranges: collapse to the point" "$tmp/pt.out" 'd["results"][0]["intervals"]["training"]["energy_kwh"] == {"p5": 8.4, "p50": 8.4, "p95": 8.4}'
"$MW" estimate --samples 1000 --format table "$tmp/two.json" > "$tmp/t.txt" && grep -q "p50 (p5" "$tmp/t.txt" && pass || fail "table with intervals"
"$MW" estimate --samples 1000 --format csv "$tmp/two.json" > "$tmp/c.csv" && head -1 "$tmp/c.csv" | grep -q '^section,metric,unit,A p5,A p50,A p95,B p5' && pass || fail "csv with intervals"

# --- sensitivity -----------------------------------------------------------------------------------
"$MW" explain --sensitivity --format json "$tmp/two.json" > "$tmp/s.json"; rc=$?
[ $rc -eq 0 ] && pass || fail "explain --sensitivity: exit $rc"
check "tornado rows ranked" "$tmp/s.json" '[r["input"] for r in d["results"][0]["sensitivity"]["training.co2e_kg"]["rows"]] == ["training.power_w", "training.pue"]'
check "shares sum to 1" "$tmp/s.json" 'abs(sum(r["share"] for r in d["results"][0]["sensitivity"]["training.co2e_kg"]["rows"]) - 1) < 1e-12'
"$MW" explain --sensitivity "$tmp/two.json" | grep -q "training.power_w" && pass || fail "sensitivity text"

# --- claim -----------------------------------------------------------------------------------------
cat > "$tmp/claim.json" <<'J'
{"scenarios": [
  {"label": "DeepSeek-V3", "training": {"gpu_hours": {"low": 2.5e6, "high": 3.1e6}, "power_w": 700}},
  {"label": "Llama 3.1 405B", "training": {"gpu_hours": 30.84e6, "power_w": 700}}],
 "claim": {"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1}}
J
out=$("$MW" claim "$tmp/claim.json"); rc=$?
[ $rc -eq 0 ] && pass || fail "claim: exit $rc"
[ "$out" = "DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B: the claim 'at most 0.1×' is supported (probability 97%)." ] && pass || fail "claim sentence: $out"
"$MW" claim --lang it "$tmp/claim.json" | grep -q "è confermata (probabilità 97%)" && pass || fail "claim in Italian"
"$MW" claim --format json "$tmp/claim.json" > "$tmp/cl.json"
check "claim json" "$tmp/cl.json" 'd["verdict"] == "supported" and 0.96 < d["probability"] < 0.99 and set(d["ratio"]) == {"p5", "p50", "p95"}'
cat > "$tmp/presets.json" <<'J'
{"scenarios": [{"preset": "deepseek-v3"}, {"preset": "llama-3.1-405b"}], "claim": {"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1}}
J
"$MW" claim --format json "$tmp/presets.json" > "$tmp/cp.json"
check "presets: supported" "$tmp/cp.json" 'd["verdict"] == "supported"'

# --- bad input -------------------------------------------------------------------------------------
bad_claim() { printf '%s' "$2" > "$tmp/bad.json"; expect_bad "$1" "$3" claim "$tmp/bad.json"; }
S='"scenarios": [{"training": {"gpu_hours": 1, "power_w": 700}}, {"training": {"gpu_hours": 2, "power_w": 700}}]'
bad_claim "claim.op" "{$S, \"claim\": {\"metric\": \"training.gpu_hours\", \"op\": \"<\", \"ratio\": 0.1}}" 'error: claim.op: must be "<=", ">=" or "~"'
bad_claim "claim.ratio" "{$S, \"claim\": {\"metric\": \"training.gpu_hours\", \"op\": \"<=\", \"ratio\": -1}}" 'error: claim.ratio: must be > 0 (got -1)'
bad_claim "claim.metric" "{$S, \"claim\": {\"metric\": \"training.gpu_hour\", \"op\": \"<=\", \"ratio\": 1}}" 'error: claim.metric: unknown metric "training.gpu_hour" (did you mean training.gpu_hours'
bad_claim "claim missing" "{$S}" 'error: claim: required'
bad_claim "claim typo key" "{$S, \"claims\": {}}" 'error: claims: unknown key (did you mean claim'
bad_claim "three scenarios" '{"scenarios": [{"training": {"gpu_hours": 1, "power_w": 1}}, {"training": {"gpu_hours": 1, "power_w": 1}}, {"training": {"gpu_hours": 1, "power_w": 1}}], "claim": {}}' 'error: scenarios: a claim compares exactly 2 scenarios (got 3)'
bad_claim "range in a claim scenario" "{\"scenarios\": [{\"training\": {\"gpu_hours\": {\"low\": 2, \"high\": 1}, \"power_w\": 1}}, {\"training\": {\"gpu_hours\": 1, \"power_w\": 1}}], \"claim\": {}}" 'error: scenarios[0].training.gpu_hours.high: must be >= low (got 1 < 2)'
bad_claim "not json" '{"scenarios": [' 'error: '
printf '{"training": {"gpu_hours": 1, "power_w": 1, "pue": {"low": 0.8, "high": 1.2}}}' > "$tmp/b.json"
expect_bad "range bound" 'error: training.pue.low: must be >= 1 (got 0.8)' estimate --samples 10 "$tmp/b.json"
expect_bad "samples 0" 'error: --samples: must be a whole number from 1 to 1000000 (got "0")' estimate --samples 0 "$tmp/two.json"
expect_bad "samples too many" 'error: --samples: must be a whole number from 1 to 1000000 (got "1000001")' estimate --samples 1000001 "$tmp/two.json"
expect_bad "samples text" 'error: --samples: must be a whole number' estimate --samples=ten "$tmp/two.json"
expect_bad "seed negative" 'error: --seed: must be a whole number' estimate --seed -1 "$tmp/two.json"
expect_bad "seed overflow" 'error: --seed: must be a whole number' estimate --seed 18446744073709551616 "$tmp/two.json"
"$MW" estimate --seed 18446744073709551615 --samples 10 "$tmp/two.json" > /dev/null && pass || fail "largest seed"

echo "uncertainty: $((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
