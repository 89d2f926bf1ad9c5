#!/usr/bin/env bash
# Installs what is missing, builds Headroom and starts it on the sample plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
meson compile -C build
if [ -x build/src/gui/headroom ]; then
  exec build/src/gui/headroom "$@"
else
  build/src/cli/headroom-cli sample -o build/sample.headroom
  exec build/src/cli/headroom-cli compare build/sample.headroom
fi
