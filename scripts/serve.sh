#!/usr/bin/env bash
# Builds the web app (CMake preset "web" -> build/web) and serves it at http://127.0.0.1:PORT/
# from 127.0.0.1 only, .wasm as application/wasm.
#   bash scripts/serve.sh [--port 8080] [--dir build/web] [--no-build]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=8080 dir="$root/build/web" build=1
while [ $# -gt 0 ]; do
  case $1 in
    --port|-p) port=$2; shift 2 ;;
    --dir) dir=$(cd "$2" && pwd); shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "serve.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ $build = 1 ]; then
  [ -f "$root/third_party/imgui/imgui.cpp" ] || bash "$root/scripts/setup.sh" --web
  export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs it for acorn (Node 20 does not search there)
  cd "$root"
  [ -f "$dir/CMakeCache.txt" ] || cmake --preset web -B "$dir" >/dev/null
  cmake --build "$dir" -j"$(nproc)" --target modelwatt_app modelwatt_embed modelwatt_workbench
fi
[ -f "$dir/index.html" ] || { echo "serve.sh: no $dir/index.html (build first)" >&2; exit 1; }
echo "ModelWatt: http://127.0.0.1:$port/  (Ctrl-C to stop)"
# Debian's python3 (not a pyenv shim): the standard library is all this needs.
exec /usr/bin/python3 - "$dir" "$port" <<'PY'
import functools, http.server, sys
directory, port = sys.argv[1], int(sys.argv[2])
class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".svg": "image/svg+xml"}
    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
server.serve_forever()
PY
