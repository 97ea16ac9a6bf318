#!/usr/bin/env bash
# CLI tests of issue 11: nothing crashes, nothing lies. Overflow, hostile labels, bounded work,
# strict input, escaped messages, checked output.
# usage: tests/cli/hostile_test.sh path/to/modelwatt      (prints "hostile: N/M passed")
set -u
NAME=hostile
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"
same() { if [ "$2" == "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi; }
# expect_bad NAME PATTERN ARGS...: the error line is "error: PATTERN"
expect_bad() { local name=$1 pat=$2; shift 2; expect_bad_cmd "$name" "error: $pat" "$@"; }
# expect_bad_in NAME PATTERN FILE_CONTENT ARGS... (the content goes to $tmp/in.json, the last argument)
expect_bad_in() {
  local name=$1 pat=$2 content=$3; shift 3
  printf '%s' "$content" > "$tmp/in.json"
  expect_bad "$name" "$pat" "$@" "$tmp/in.json"
}

# 1. Non-finite results: the 160-byte link that crashed the CLI, and overflowing point estimates.
crash='v=1&s=_&s0.training.gpu_hours=1000&s0.training.power_w=700&s0.training.pue=1.2&s0.training.grid_gco2e_per_kwh.low=0&s0.training.grid_gco2e_per_kwh.high=1e308&metric=co2e'
expect_bad "crash link render" 's0.training.grid_gco2e_per_kwh: result too large (training.co2e_kg is not a finite number)' \
  render --svg "$crash"
expect_bad "crash link decode" 's0.training.grid_gco2e_per_kwh: result too large' share --decode "$crash"
# the point (2e305) is fine, the range's high end overflows: 840 kWh × 4e305 g/kWh
high='v=1&s=_&s0.training.gpu_hours=1000&s0.training.power_w=700&s0.training.pue=1.2&s0.training.grid_gco2e_per_kwh.low=0&s0.training.grid_gco2e_per_kwh.high=4e305&metric=co2e'
expect_bad "range high overflows" 's0.training.grid_gco2e_per_kwh.high: result too large (training.co2e_kg' render --svg "$high"
tokens='{"model": {"params_total": 1e9}, "training": {"tokens": 1e308, "gpu_hours": 1000, "power_w": 700}}'
for fmt in json table csv; do
  expect_bad_in "tokens 1e308 $fmt" 'training.tokens: result too large (training.flops is not a finite number)' "$tokens" estimate --format $fmt
done
expect_bad_in "gpu_hours x power_w" 'training.gpu_hours: result too large (training.energy_it_kwh' \
  '{"training": {"gpu_hours": 1e300, "power_w": 1e300}}' estimate
expect_bad_in "explain overflow" 'training.gpu_hours: result too large' '{"training": {"gpu_hours": 1e300, "power_w": 1e300}}' explain
expect_bad_in "tiny mfu divisor" 'training.mfu: result too large (training.gpu_hours' \
  '{"training": {"flops": 1e25, "accelerator": "h100", "mfu": {"low": 5e-324, "high": 1e-300}}}' estimate
expect_bad_in "batch names the scenario" 'scenarios[1].training.gpu_hours: result too large' \
  '{"scenarios": [{"preset": "gpt-3"}, {"training": {"gpu_hours": 1e300, "power_w": 1e300}}]}' estimate
# Monte Carlo: each input alone is fine, their product in some samples is not (1e154 × 1e154 × 1e3 × 1.2)
# (the point 9.05e153² and each high end alone, 1.8e154 × 9.05e153, stay below 1.8e308; both high do not)
mc='{"training": {"gpu_hours": {"low": 1e153, "high": 1.8e154}, "power_w": {"low": 1e153, "high": 1.8e154}, "pue": 1}}'
printf '%s' "$mc" > "$tmp/mc.json"
"$MW" estimate "$tmp/mc.json" > /dev/null 2>&1; same "mc point is finite" $? 0
expect_bad "mc sample overflows" 'training.gpu_hours: result too large (training.energy_it_kwh is not a finite number)' \
  estimate --samples 1000 "$tmp/mc.json"
expect_bad "mc sample overflows, csv" 'training.gpu_hours: result too large' estimate --samples 1000 --format csv "$tmp/mc.json"
printf '{"scenarios": [%s, %s], "claim": {"metric": "training.energy_kwh", "op": "<=", "ratio": 1}}' '{"preset": "gpt-3"}' "$mc" > "$tmp/claim.json"
expect_bad "claim sample overflows" 'scenarios[1].training.gpu_hours: result too large' claim --samples 1000 "$tmp/claim.json"
# A value that is tiny but not zero prints as such, never as "0"
printf '%s' '{"inference": {"energy_it_wh_per_query": 1e-300, "pue": 1}}' > "$tmp/tiny.json"
"$MW" estimate --format table "$tmp/tiny.json" > "$tmp/out" 2>&1
grep -qF '1×10⁻³⁰⁰ Wh' "$tmp/out" && pass || fail "tiny value: $(cat "$tmp/out")"

# 4. Bounded work: samples × scenarios within 2,000,000; at most 100 scenarios.
printf '{"scenarios": [%s]}' "$(for i in 1 2 3; do printf '{"preset":"gpt-3"},'; done)" | sed 's/,]}/]}/' > "$tmp/three.json"
expect_bad "sample budget" '--samples: 1000000 samples × 3 scenarios is over the budget of 2000000 (samples × scenarios); use at most 666666 samples' \
  estimate --samples 1000000 "$tmp/three.json"
python3 -c 'import json; print(json.dumps({"scenarios": [{"preset": "gpt-3"}] * 101}))' > "$tmp/many.json"
expect_bad "scenario cap" 'scenarios: more than 100 scenarios (got 101)' estimate "$tmp/many.json"

# 5. Strict input.
expect_bad_in "duplicate key path" 'training.pue: given twice' '{"training": {"gpu_hours": 1000, "power_w": 700, "pue": 0.5, "pue": 1.2}}' estimate
expect_bad_in "duplicate in batch" 'scenarios[1].label: given twice' '{"scenarios": [{"preset": "gpt-3"}, {"preset": "gpt-3", "label": "a", "label": "b"}]}' estimate
printf '{"preset": "gpt-3"}\000{"junk": ' > "$tmp/nul.json"
expect_bad "NUL byte" 'not valid JSON at byte 20: NUL byte' estimate "$tmp/nul.json"
printf '%s' '{"training": {"gpu_hours": 1000, "power_w": 700, "pue": 1, "grid_gco2e_per_kwh": -0}}' > "$tmp/negzero.json"
"$MW" estimate "$tmp/negzero.json" > "$tmp/out"
grep -q -- '-0' "$tmp/out" && fail "-0 printed: $(grep -- '-0' "$tmp/out" | head -2)" || pass
grep -q '"co2e_kg": 0.0' "$tmp/out" && pass || fail "co2e_kg of a zero grid is 0.0"
for key in s00.training.pue s0x.training.pue S0.training.pue s0; do
  expect_bad "url key $key" "$key: not a scenario parameter" share --decode "v=1&s=gpt-3&$key=1.2"
done
for cmd in estimate explain claim share; do
  expect_bad_in "--lang xx $cmd" '--lang: unknown language "xx"; use en or it' '{"preset": "gpt-3"}' $cmd --lang xx
done
expect_bad "--lang render" '--lang: unknown language "fr"' render --svg 'v=1&s=gpt-3' --lang fr
printf '%s' '{"preset": "gpt-3"}' > "$tmp/gpt3.json"
for base in 'javascript:alert(1)//' 'JavaScript:alert(1)' 'data:text/html,x' 'https://x.org/"onload="x' 'vbscript:x'; do
  expect_bad "--base $base" '--base: must' share --embed "$tmp/gpt3.json" --base "$base"
done
for base in 'https://example.org/mw/' 'http://example.org/mw' '/mw/' 'mw/' '//cdn.example.org/mw/'; do
  "$MW" share --embed "$tmp/gpt3.json" --base "$base" > "$tmp/out" 2>/dev/null
  grep -qF "src=\"${base%/}/embed.html?" "$tmp/out" && pass || fail "--base $base: $(head -c 200 "$tmp/out")"
done

# 6. Messages: control characters escaped, quoted input bounded, preset named only for its values.
printf '%s' '{"training": {"\u001b[31mred\nerror: fake": 1}}' > "$tmp/esc.json"
"$MW" estimate "$tmp/esc.json" > /dev/null 2> "$tmp/err"
same "one error line" "$(wc -l < "$tmp/err")" 1
grep -qF 'error: training.\x1B[31mred\nerror: fake: unknown key' "$tmp/err" && pass || fail "escaped: $(cat -v "$tmp/err")"
grep -q $'\x1b' "$tmp/err" && fail "raw ESC in the error" || pass
long=$(head -c 100000 /dev/zero | tr '\0' 'k')
"$MW" share --decode "v=1&s=gpt-3&metric=$long" > /dev/null 2> "$tmp/err"
[ "$(wc -c < "$tmp/err")" -lt 700 ] && pass || fail "100 KB value gives a $(wc -c < "$tmp/err")-byte error"
expect_bad_in "typed value: no preset note" 'training.pue: must be >= 1 (got 0.8)' '{"preset": "gpt-3", "training": {"pue": 0.8}}' estimate
grep -qF 'value from preset' "$tmp/err" && fail "typed value named the preset: $(cat "$tmp/err")" || pass
expect_bad_in "null section: no preset note" 'training: must be an object (got null' '{"preset": "gpt-3", "training": null}' estimate
grep -qF 'value from preset' "$tmp/err" && fail "null section named the preset: $(cat "$tmp/err")" || pass
expect_bad_in "custom accelerator typed: no preset note" 'training.accelerator.tdp_w: must be > 0' \
  '{"preset": "gpt-3", "training": {"accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": -1}}}' estimate
grep -qF 'value from preset' "$tmp/err" && fail "typed accelerator named the preset: $(cat "$tmp/err")" || pass

# 7. Output: a full disk or closed stdout is an error; render -o replaces atomically, never the input.
if [ -w /dev/full ]; then
  "$MW" estimate "$tmp/gpt3.json" > /dev/full 2> "$tmp/err"; rc=$?
  [ $rc -ne 0 ] && pass || fail "write to /dev/full exited 0"
  grep -qF 'error: cannot write to standard output' "$tmp/err" && pass || fail "full disk message: $(cat "$tmp/err")"
fi
"$MW" catalog >&- 2> "$tmp/err"; rc=$?
[ $rc -ne 0 ] && pass || fail "write to a closed stdout exited 0"
cp "$tmp/gpt3.json" "$tmp/keep.json"
expect_bad "render -o input" '-o: ' render --svg "$tmp/keep.json" -o "$tmp/keep.json"
ln -s keep.json "$tmp/alias.json"
expect_bad_cmd "render -o symlink to input" 'is the input file' render --svg "$tmp/keep.json" -o "$tmp/alias.json"
cmp -s "$tmp/keep.json" "$tmp/gpt3.json" && pass || fail "the input was overwritten"
ln -s "$tmp/nowhere/target.svg" "$tmp/dangling.svg"
"$MW" render --svg 'v=1&s=gpt-3' -o "$tmp/dangling.svg" 2> "$tmp/err"; same "render -o over a dangling link" $? 0
[ -f "$tmp/dangling.svg" ] && [ ! -L "$tmp/dangling.svg" ] && [ ! -e "$tmp/nowhere" ] && pass || fail "the dangling symlink was followed"
grep -qF '<svg' "$tmp/dangling.svg" && pass || fail "render -o wrote no SVG"
mkdir "$tmp/ro" && echo old > "$tmp/ro/out.svg" && chmod 555 "$tmp/ro"
if [ ! -w "$tmp/ro" ]; then  # as root every directory is writable: skip
  expect_bad "render -o unwritable" 'cannot write' render --svg 'v=1&s=gpt-3' -o "$tmp/ro/out.svg"
  same "failed write keeps the old file" "$(cat "$tmp/ro/out.svg")" old
fi
chmod 755 "$tmp/ro"
[ -z "$(ls -A "$tmp" | grep modelwatt-)" ] && pass || fail "a temporary file was left behind"

# Inference by phases (issue 10): hostile values of the new inputs are exit 2, never a crash or a hang.
ph='"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1, "output_tokens": 1, "accelerator": "h100"'
for extra in '"batch_size": 1e308' '"gpus_per_replica": 0.5' '"gpus_per_replica": 1e308' '"mbu_decode": 5e-324' \
    '"boundary": 7' '"method": null' '"kv_bytes_per_token": 1e308' '"batch_size": {"low": 1, "mode": 2, "high": 1e308}'; do
  echo "{$ph, $extra}}" > "$tmp/ph.json"
  "$MW" estimate "$tmp/ph.json" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q '^error: inference\.' "$tmp/err" && pass || fail "phases $extra: exit $rc, $(cat "$tmp/err")"
done
echo '{"model": {"params_total": 1e308}, "inference": {"method": "phases", "input_tokens": 1, "output_tokens": 1, "accelerator": "h100"}}' > "$tmp/ph.json"
"$MW" estimate "$tmp/ph.json" > /dev/null 2>&1; [ $? -eq 2 ] && pass || fail "phases: weights no replica holds"

echo "hostile: $((n-fails))/$n passed"
[ $fails -eq 0 ]
