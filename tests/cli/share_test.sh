#!/usr/bin/env bash
# CLI tests of issue 4: share (query string, --embed snippet, --decode) and render --svg.
# usage: tests/cli/share_test.sh path/to/modelwatt      (prints "share: N/M passed")
set -u
NAME=share
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"
same() { if [ "$2" == "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi; }
has() { if grep -qF -- "$3" "$2"; then pass; else fail "$1: '$3' not in $(head -c 300 "$2")"; fi; }

# expect_bad NAME PATTERN ARGS...: the error line is "error: PATTERN"
expect_bad() { local name=$1 pat=$2; shift 2; expect_bad_cmd "$name" "error: $pat" "$@"; }

cat > "$tmp/pair.json" <<'J'
{"scenarios": [{"preset": "deepseek-v3"}, {"preset": "llama-3.1-405b", "label": "Llama <b>&", "training": {"pue": 1.3}}]}
J
q=$("$MW" share "$tmp/pair.json"); rc=$?
same "share exit" "$rc" 0
same "share query" "$q" 'v=1&s=deepseek-v3,llama-3.1-405b&s1.label=Llama%20%3Cb%3E%26&s1.training.pue=1.3&metric=gpu_hours'
same "share --metric --lang" "$("$MW" share "$tmp/pair.json" --metric co2e --lang it --view log --theme dark)" \
  'v=1&s=deepseek-v3,llama-3.1-405b&s1.label=Llama%20%3Cb%3E%26&s1.training.pue=1.3&metric=co2e&view=log&lang=it&theme=dark'
# share reads stdin, and decode(share(x)) gives x back, which estimates to the same numbers.
same "share -" "$("$MW" share - < "$tmp/pair.json")" "$q"
"$MW" share --decode "$q" > "$tmp/decoded.json"; same "decode exit" $? 0
python3 - "$tmp/pair.json" "$tmp/decoded.json" <<'P' && pass || fail "decode(share(x)) == x"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
norm = lambda d: json.dumps(d, sort_keys=True)
sys.exit(0 if norm(a) == norm(b) else 1)
P
"$MW" estimate --format json "$tmp/pair.json" > "$tmp/e1.json"
"$MW" estimate --format json "$tmp/decoded.json" > "$tmp/e2.json"
cmp -s "$tmp/e1.json" "$tmp/e2.json" && pass || fail "estimate(decode(share(x))) == estimate(x)"
same "share(decode(q)) == q" "$("$MW" share "$tmp/decoded.json")" "$q"
# A whole URL decodes too; trackers are ignored.
"$MW" share --decode "https://example.org/mw/index.html?$q&utm_source=news#x" > "$tmp/d2.json"
cmp -s "$tmp/decoded.json" "$tmp/d2.json" && pass || fail "decode of a whole URL"

# --embed: iframe with lazy loading, a title, a fixed fallback height, an id, and embed.js.
"$MW" share --embed "$tmp/pair.json" --base https://example.org/mw > "$tmp/snippet.html" 2>"$tmp/err"
same "embed exit" $? 0
has "embed src" "$tmp/snippet.html" '<iframe src="https://example.org/mw/embed.html?v=1&amp;s=deepseek-v3,llama-3.1-405b&amp;s1.label=Llama%20%3Cb%3E%26&amp;'
has "embed lazy" "$tmp/snippet.html" 'loading="lazy"'
has "embed title" "$tmp/snippet.html" 'title="ModelWatt — GPU-hours of training: DeepSeek-V3 vs Llama &lt;b&gt;&amp;"'
has "embed height" "$tmp/snippet.html" 'height="434"'
has "embed data attr" "$tmp/snippet.html" 'data-modelwatt></iframe>'
has "embed script" "$tmp/snippet.html" '<script src="https://example.org/mw/embed.js" async></script>'
id=$(grep -o 'id="mw-[0-9a-f]*"' "$tmp/snippet.html" | head -1)
has "embed id in the query" "$tmp/snippet.html" "&amp;id=${id:4:9}\""
grep -q '<b>' "$tmp/snippet.html" && fail "embed: label became markup" || pass

# render --svg: the card's standalone SVG, to stdout or -o, from a file or a query.
"$MW" render --svg "$tmp/pair.json" -o "$tmp/c.svg"; same "render exit" $? 0
has "svg root" "$tmp/c.svg" '<svg xmlns="http://www.w3.org/2000/svg" width="720"'
has "svg title" "$tmp/c.svg" '<title id="mw-title">GPU-hours of training: DeepSeek-V3 vs Llama &lt;b&gt;&amp;</title>'
has "svg value" "$tmp/c.svg" '>2.79M GPU-h</text>'
has "svg ratio" "$tmp/c.svg" '>30.8M GPU-h (11.1×)</text>'
has "svg sources" "$tmp/c.svg" 'DeepSeek-V3 Technical Report'
python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" "$tmp/c.svg" && pass || fail "svg is well-formed XML"
"$MW" render --svg "v=1&s=deepseek-v3,gpt-3&metric=energy&lang=it&theme=dark" --width 390 > "$tmp/d.svg"
has "svg from a query, Italian" "$tmp/d.svg" '>2,44 GWh</text>'
has "svg dark" "$tmp/d.svg" 'fill="#111827"'
has "svg width" "$tmp/d.svg" 'width="390"'
# Whiskers (issue 5): p5–p95 over the undisclosed inputs' ranges, drawn, said in <desc> and in the
# summary. Energy: DeepSeek-V3's PUE is assumed (a range), Llama 3.1 405B's measured.
"$MW" render --svg "v=1&s=llama-3.1-405b,deepseek-v3&metric=energy" > "$tmp/w.svg"
same "svg whiskers: one per uncertain bar" "$(grep -c '<g class="whisker"' "$tmp/w.svg")" 1
has "svg whisker in desc" "$tmp/w.svg" 'DeepSeek-V3: 2.44 GWh (1/9); 90% interval 2.25 GWh to 2.88 GWh.'
has "svg interval sentence" "$tmp/w.svg" '<desc id="mw-desc">DeepSeek-V3 used between 1/10 and 1/7 of the energy of Llama 3.1 405B'
has "svg whisker note" "$tmp/w.svg" '>Whiskers: 90% interval (p5–p95)'
cat > "$tmp/ranges.json" <<'J'
{"scenarios": [{"preset": "llama-3.1-405b"}, {"preset": "deepseek-v3", "training": {"gpu_hours": {"low": 2.6e6, "high": 3.0e6}}}]}
J
"$MW" render --svg "$tmp/ranges.json" --lang it > "$tmp/r.svg"
has "svg range in the file, Italian" "$tmp/r.svg" 'DeepSeek-V3 ha usato tra 1/12 e 1/10 delle ore-GPU di Llama 3.1 405B'
has "svg whisker from a file" "$tmp/r.svg" '<g class="whisker"'
python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" "$tmp/r.svg" && pass || fail "svg with whiskers is well-formed XML"
grep -q 'class="whisker"' "$tmp/c.svg" && fail "no ranges: no whisker" || pass

# Errors: exit 2, "error: <path>: <reason>", nothing on stdout.
expect_bad "decode bad value" 's1.training.pue: must be >= 1 (got 0.8)' share --decode 'v=1&s=deepseek-v3,llama-3.1-405b&s1.training.pue=0.8'
expect_bad "decode version" 'v: unsupported version "2"' share --decode 'v=2&s=gpt-3'
expect_bad "decode not a number" 's0.training.pue: must be a number (got "abc")' share --decode 'v=1&s=gpt-3&s0.training.pue=abc'
expect_bad "decode unknown preset" 's0.preset: unknown preset "gpt3"' share --decode 'v=1&s=gpt3'
expect_bad "decode bad escape" 's0.label: bad percent-encoding or not UTF-8' share --decode 'v=1&s=gpt-3&s0.label=%C3%28'
expect_bad "share bad file" 'scenarios[0].training.pue: must be >= 1' share <(echo '{"scenarios":[{"preset":"gpt-3","training":{"pue":0.5}}]}')
expect_bad "share bad metric" '--metric: unknown metric "gpu"' share "$tmp/pair.json" --metric gpu
expect_bad "share needs a file" 'share: needs one FILE' share
expect_bad "render bad width" '--width: must be a whole number' render --svg "$tmp/pair.json" --width 20
expect_bad "render png" '--png: not available' render --png "$tmp/pair.json"
expect_bad "render bad query" 'v: missing' render --svg 'https://x.org/?s=gpt-3'
printf '{"scenarios": [%s]}' "$(for i in 1 2 3 4 5 6 7 8 9; do printf '{"preset":"gpt-3"},'; done)" | sed 's/,]}/]}/' > "$tmp/nine.json"
expect_bad "share too many" 'scenarios: more than 8 scenarios fit in a link' share "$tmp/nine.json"

# a range on an input survives the link: DeepSeek-V3 with PUE uniform on [1.1, 1.4] -> point 1.25,
# energy 2,788,000 h × 0.7 kW × 1.25 = 2,439,500 kWh
echo '{"preset": "deepseek-v3", "training": {"pue": {"low": 1.1, "high": 1.4}}}' > "$tmp/range.json"
q=$("$MW" share "$tmp/range.json")
case "$q" in *"s0.training.pue.low=1.1&s0.training.pue.high=1.4"*) pass ;; *) fail "range encode: $q" ;; esac
"$MW" share --decode "$q" > "$tmp/range_back.json" && pass || fail "range decode"
"$MW" estimate "$tmp/range_back.json" | python3 -c "import json,sys; d=json.load(sys.stdin); r=d['results'][0]; assert abs(r['training']['energy_kwh']-2439500)<1e-3; assert r['inputs']['training.pue']['range']=={'low':1.1,'high':1.4}" && pass || fail "range round trip estimate"

echo "share: $((n-fails))/$n passed"
[ $fails -eq 0 ]
