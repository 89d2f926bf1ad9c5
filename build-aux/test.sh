#!/usr/bin/env bash
# Installs what is missing, builds Headroom and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
meson compile -C build
# a virtual display and session bus for the widget and accessibility tests
xvfb-run -a -s '-screen 0 1440x900x24' dbus-run-session -- \
  meson test -C build --print-errorlogs "$@"
