#!/usr/bin/env bash
# Installs what dialogue-networks needs on a Debian machine that already has the Swift toolchain.
#
#   scripts/setup.sh run    what the main job needs: Graphviz's C library and its plugin configuration
#   scripts/setup.sh test   all of the above, plus what the test suite needs: Python packages (networkx,
#                           igraph, frictionless, nbclient …) and headless Chromium for the report test
#
# Idempotent and quiet when everything is already there. Steps that install system packages need
# root: run as root, or have password-less sudo, or the script stops and says what to run.
set -euo pipefail

mode="${1:-run}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo "$@"
  else
    say "this step needs root: $*"
    say "run 'sudo scripts/setup.sh $mode' once, then try again."
    exit 1
  fi
}

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  if [ "$apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if ! command -v swift >/dev/null 2>&1; then
  say "the Swift toolchain is not on PATH; install Swift 6 (swift.org) first."
  exit 1
fi

# 1. Graphviz's C library (libgvc, libcgraph, libcdt) with headers and pkg-config file.
apt_install libgraphviz-dev pkg-config

# 2. Graphviz finds its layout and output plugins through Debian's config6a file, written by
#    libgvc6-config-update. Without it, layout fails with 'Layout type: "dot" not recognized'.
plugin_dir="$(pkg-config --variable=libdir libgvc)/graphviz"
if [ ! -s "$plugin_dir/config6a" ]; then
  say "writing Graphviz's plugin configuration ($plugin_dir/config6a)"
  as_root libgvc6-config-update -c
fi

[ "$mode" = "run" ] && exit 0

# 3. The test suite: Python peers for cross-checks, dataset validation and notebooks.
apt_install python3 python3-pip chromium fonts-dejavu-core
# LibreOffice Calc without a GUI: the spreadsheet test converts `--format csv` output to xlsx with
# `soffice --headless --convert-to xlsx` and checks that non-ASCII labels survive.
apt_install libreoffice-calc-nogui
requirements="$here/requirements-test.txt"
if ! python3 "$here/check_python_packages.py" "$requirements" 2>/dev/null; then
  say "installing Python packages from scripts/requirements-test.txt"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    -r "$requirements" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages \
      -r "$requirements"
fi
