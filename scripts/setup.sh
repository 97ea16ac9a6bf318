#!/usr/bin/env bash
# Idempotent setup of a fresh Debian 12 (bookworm) machine, as root, for every ModelWatt build:
# installs only the missing Debian packages (apt-get update at most once), enables source packages
# and fetches Dear ImGui 1.86 from Debian's `imgui` source package into third_party/imgui.
# The UI font is subset at build time by CMake (ui/CMakeLists.txt) from fonts-dejavu-core.
#
#   bash scripts/setup.sh            # everything (native, web, tests)
#   bash scripts/setup.sh --native   # compiler, CMake, JSON, doctest, GLFW/GL, font tools, imgui
#   bash scripts/setup.sh --web      # + emscripten, node/npm, terser (minifies the page scripts)
#   bash scripts/setup.sh --test     # + chromium, Xvfb, imagemagick, sanitizer/bench libs, playwright-core
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

want_native=0 want_web=0 want_test=0
[ $# -eq 0 ] && want_native=1 want_web=1 want_test=1
for arg in "$@"; do
  case $arg in
    --native) want_native=1 ;;
    --web) want_native=1 want_web=1 ;;
    --test) want_native=1 want_test=1 ;;
    --all) want_native=1 want_web=1 want_test=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

pkgs=(cmake g++ nlohmann-json3-dev doctest-dev libglfw3-dev libgl-dev fonts-dejavu-core python3-fonttools dpkg-dev)
[ $want_web = 1 ] && pkgs+=(emscripten nodejs npm terser)
[ $want_test = 1 ] && pkgs+=(chromium chromium-driver xvfb xauth imagemagick x11-apps libbenchmark-dev
  libclang-rt-14-dev clang-14 nodejs npm)

SUDO=""
[ "$(id -u)" != 0 ] && SUDO=sudo
updated=0
apt_update_once() {
  [ $updated = 1 ] && return 0
  $SUDO apt-get update -qq
  updated=1
}

# dpkg-query answers "install ok installed" only for packages that are fully installed.
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm from NodeSource's nodejs provides npm itself; do not fight it.
if [ ${#missing[@]} -gt 0 ] && command -v npm >/dev/null; then
  missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d' | sort -u))
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_update_once
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
else
  echo "setup: all ${#pkgs[@]} packages present"
fi

# Dear ImGui 1.86 from Debian's source package (libimgui-dev has no imgui.cpp).
imgui="$root/third_party/imgui"
if [ ! -f "$imgui/imgui.cpp" ]; then
  src=/etc/apt/sources.list.d/debian-src.sources
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
      $SUDO tee "$src" >/dev/null
    updated=0
  fi
  apt_update_once
  tmp=$(mktemp -d) && chmod 755 "$tmp"  # apt-get source hands the download to user _apt
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null && tar xf imgui_*.orig.tar.*)
  mkdir -p "$root/third_party"
  rm -rf "$imgui"
  mv "$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -1)" "$imgui"
  rm -rf "$tmp"
  echo "setup: Dear ImGui $(grep -m1 'define IMGUI_VERSION ' "$imgui/imgui.h" | cut -d'"' -f2) in third_party/imgui"
else
  echo "setup: third_party/imgui present"
fi

# Browser tests drive Debian's chromium through playwright-core (never a downloaded browser).
if [ $want_test = 1 ] && [ -f "$root/tests/e2e/package.json" ] && [ ! -d "$root/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$root/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
echo "setup: done"
