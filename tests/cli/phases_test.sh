#!/usr/bin/env bash
# CLI tests of issue 10: `modelwatt estimate` with "method": "phases" (inference by phases).
# usage: tests/cli/phases_test.sh path/to/modelwatt      (prints "N passed, N failed")
set -u
NAME=phases
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
check() { local name=$1 file=$2 expr=$3; if py "$file" "$expr" 2>/dev/null; then pass; else fail "$name: $expr"; fi; }
expect_bad() { expect_bad_cmd "$@"; }

# Dense 70B bf16 on 2 H100 (989.5 TF, 3.35 TB/s, 700 W), in 500, out 300, B 32, no KV: hand values
# prefill 7e13 / 9.895e14 = 0.0707428 s; step = 1.4e11 / 4.02e12 = 0.0348259 s (memory);
# decode = 300 × step / 32 = 0.3264925 s; accelerator-s = 2 × 0.3972353 = 0.7944707; energy = × 700 / 3600.
cat > "$tmp/p.json" <<'J'
{"model": {"params_total": 70e9}, "inference": {"method": "phases", "input_tokens": 500, "output_tokens": 300,
 "accelerator": "h100", "precision": "bf16", "batch_size": 32, "gpus_per_replica": 2, "pue": 1.1}}
J
"$MW" estimate --format json "$tmp/p.json" > "$tmp/p.out"; rc=$?
[ $rc -eq 0 ] && pass || fail "estimate phases: exit $rc"
check "phases keys" "$tmp/p.out" 'all(k in d["results"][0]["inference"] for k in ["prefill_seconds_per_query", "decode_seconds_per_query", "step_seconds", "decode_bound", "gpus_per_replica", "tokens_per_second_per_replica", "energy_it_j_per_output_token", "notes"])'
check "decode memory-bound" "$tmp/p.out" 'd["results"][0]["inference"]["decode_bound"] == "memory"'
check "energy by hand" "$tmp/p.out" 'abs(d["results"][0]["inference"]["energy_it_wh_per_query"] - 0.7944706734141320 * 700 / 3600) < 1e-12'
check "kv note" "$tmp/p.out" 'd["results"][0]["inference"]["notes"][0].startswith("kv_bytes_per_token: 0")'
check "defaults shown as assumed" "$tmp/p.out" 'd["results"][0]["inputs"]["inference.mbu_decode"]["status"] == "assumed" and d["results"][0]["inputs"]["inference.mbu_decode"]["range"] == {"low": 0.4, "high": 0.8}'
"$MW" estimate --format json <(echo '{"preset": "llama-3.1-70b"}') > "$tmp/v1.out"
check "v1 has no phases keys" "$tmp/v1.out" '"step_seconds" not in d["results"][0]["inference"] and "decode_bound" not in d["results"][0]["inference"]'
"$MW" estimate --samples 2000 --seed 5 "$tmp/p.json" > "$tmp/i.out"
check "intervals of phases outputs" "$tmp/i.out" 'd["results"][0]["intervals"]["inference"]["step_seconds"]["p5"] < d["results"][0]["intervals"]["inference"]["step_seconds"]["p95"]'
check "default ranges sampled" "$tmp/i.out" '{"inference.mfu_prefill", "inference.mbu_decode"} <= {i["path"] for i in d["uncertainty"]["inputs"]}'
"$MW" estimate --format csv "$tmp/p.json" > "$tmp/p.csv"
grep -q '^inference,step_seconds,s,' "$tmp/p.csv" && pass || fail "csv has step_seconds"

# --- exit 2 ----------------------------------------------------------------------------------------
bad() { local name=$1 pat=$2 body=$3; echo "$body" > "$tmp/b.json"; expect_bad "$name" "$pat" estimate "$tmp/b.json"; }
base='"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1, "output_tokens": 1, "accelerator": "h100"'
bad "boundary" 'error: inference.boundary: must be one of accelerator, server, fleet (got "rack")' "{$base, \"boundary\": \"rack\"}}"
bad "boundary in a list" 'error: scenarios[0].inference.boundary: must be one of' "{\"scenarios\": [{$base, \"boundary\": \"rack\"}}]}"
bad "method" 'error: inference.method: must be one of flops, phases' '{"model": {"params_total": 8e9}, "inference": {"method": "decode"}}'
bad "gpus 0.5" 'error: inference.gpus_per_replica: must be a whole number >= 1 (got 0.5)' "{$base, \"gpus_per_replica\": 0.5}}"
bad "batch 0" 'error: inference.batch_size: must be a whole number >= 1 (got 0)' "{$base, \"batch_size\": 0}}"
bad "mbu" 'error: inference.mbu_decode: must be in (0, 1] (got 2)' "{$base, \"mbu_decode\": 2}}"
bad "batch huge" 'error: inference.' "{$base, \"batch_size\": 1e308}}"
bad "no bandwidth" 'error: inference.accelerator: method phases needs the memory bandwidth' \
  '{"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1, "output_tokens": 1, "accelerator": "ascend-910"}}'
bad "NaN" 'error:' "{$base, \"batch_size\": NaN}}"

echo "phases: $((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
