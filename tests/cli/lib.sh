# Shared by the CLI test scripts: source it after setting NAME; takes the binary as $1.
# Provides $MW, $tmp, pass/fail counters, expect_bad_cmd and finish.
MW=${1:?usage: $0 path/to/modelwatt}
[ -x "$MW" ] || { echo "$NAME: $MW is not an executable"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0; n=0
pass() { n=$((n+1)); }
fail() { n=$((n+1)); fails=$((fails+1)); echo "FAIL: $*"; }

# expect_bad_cmd NAME PATTERN ARGS...: exit 2, nothing on stdout, stderr contains PATTERN
expect_bad_cmd() {
  local name=$1 pat=$2; shift 2
  "$MW" "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ $rc -ne 2 ]; then fail "$name: exit $rc (want 2)"; return; fi
  if [ -s "$tmp/out" ]; then fail "$name: stdout not empty"; return; fi
  if ! grep -qF -- "$pat" "$tmp/err"; then fail "$name: stderr '$(cat "$tmp/err")' lacks '$pat'"; return; fi
  pass
}
