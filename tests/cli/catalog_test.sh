#!/usr/bin/env bash
# CLI contract tests of `modelwatt catalog --search` and `--format csv`.
# usage: tests/cli/catalog_test.sh path/to/modelwatt
set -u
NAME=cli_catalog
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"

# --search, JSON: the catalog's shape with only the matches, best first
"$MW" catalog --search "Llama-3.1-405B" > "$tmp/s.json" && pass || fail "search exit"
python3 - "$tmp/s.json" <<'P' && pass || fail "search json shape"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("accelerators", "regions", "datacenters", "runs", "footprints", "sources"):
    assert isinstance(d[k], list), k
assert d["runs"][0]["id"] == "llama-3.1-405b", d["runs"][0]["id"]
assert d["search"]["hits"][0] == {"kind": "run", "id": "llama-3.1-405b", "score": 1.0}, d["search"]["hits"][0]
assert all(f["run"] in {r["id"] for r in d["runs"]} for f in d["footprints"])
assert any(f["id"] == "llama-3.1-405b-co2e" for f in d["footprints"])
for r in d["runs"]:
    assert r["sources"] and all(s["title"] for s in r["sources"]), r["id"]
P
# the same model written three ways finds the same first entry
for q in "llama 3.1 405b" "llama3.1 405b" "LLAMA_3.1_405B"; do
  "$MW" catalog --search "$q" --format table | sed -n 2p | grep -q ' llama-3.1-405b ' && pass || fail "search table '$q'"
done
"$MW" catalog --search chatgpt --format table | sed -n 2p | grep -q 'gpt-4o' && pass || fail "search chatgpt"
# the ChatGPT serving scenario is among the first two hits; a mistyped preset names it
"$MW" catalog --search chatgpt --format table | sed -n 2,3p | grep -q ' chatgpt-4o-serving ' && pass || fail "search chatgpt serving"
"$MW" catalog --search chatgpt | python3 -c 'import json,sys; d=json.load(sys.stdin); assert "chatgpt-4o-serving" in [h["id"] for h in d["search"]["hits"][:2]]' \
  && pass || fail "search chatgpt serving json"
echo '{"preset": "chatgtp"}' > "$tmp/typo.json"
expect_bad_cmd preset-typo 'did you mean' estimate "$tmp/typo.json"
grep -q 'chatgpt-4o-serving' "$tmp/err" && pass || fail "preset typo names chatgpt-4o-serving: $(cat "$tmp/err")"
"$MW" catalog --search "zzqx" --format table | grep -q '0 matches' && pass || fail "search no match"
"$MW" catalog --search "zzqx" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert not d["runs"] and not d["search"]["hits"]' \
  && pass || fail "search no match json"

# --format csv: a header and one row per entry, every row the same width
"$MW" catalog --format csv > "$tmp/c.csv" && pass || fail "csv exit"
python3 - "$tmp/c.csv" "$tmp/s.json" <<'P' && pass || fail "csv"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][:5] == ["kind", "id", "name", "organization", "year"], rows[0]
assert len({len(r) for r in rows}) == 1
h = rows[0]
by_id = {(r[0], r[1]): dict(zip(h, r)) for r in rows[1:]}
l = by_id[("run", "llama-3.1-405b")]
assert float(l["gpu_hours"]) == 30.84e6 and l["accelerator"] == "h100" and l["open_weights"] == "true", l
a = by_id[("accelerator", "h100")]
assert float(a["bf16_tflops"]) == 989.5 and float(a["tdp_w"]) == 700, a
P
"$MW" catalog --search deepseek --format csv | awk -F, 'NR > 1 {print $2}' | grep -q '^deepseek-' && pass || fail "search csv"

# bad input: exit 2, one line naming the option
expect_bad_cmd search-value '--search: needs a value' catalog --search
expect_bad_cmd search-elsewhere '--search: only the catalog command' estimate --search x -
expect_bad_cmd search-long '--search: at most 256 characters' catalog --search "$(printf 'a%.0s' $(seq 300))"
expect_bad_cmd catalog-arg 'catalog: unexpected argument' catalog foo

echo "catalog: $((n-fails))/$n passed"
[ $fails -eq 0 ]
