#!/usr/bin/env bash
# The desktop app starts under Xvfb, renders frames and writes a screenshot that is not blank.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gui=${1:-$root/build/native/modelwatt-gui}
out=$(mktemp -d)
for args in "--lang en" "--lang it --theme dark --panel inference"; do
  # shellcheck disable=SC2086
  timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$gui" $args --size 1280x800 --frames 30 --screenshot "$out/shot.ppm"
  colors=$(python3 - "$out/shot.ppm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
# binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes
parts = data.split(b"\n", 3)
w, h = map(int, parts[1].split())
px = parts[3]
assert len(px) >= w * h * 3, "short PPM"
print(len({px[i:i + 3] for i in range(0, w * h * 3, 3 * 17)}))
PY
)
  echo "gui ($args): $colors distinct colours"
  [ "$colors" -ge 8 ] || { echo "gui: screenshot looks blank"; exit 1; }
done
rm -rf "$out"
