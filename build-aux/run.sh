#!/usr/bin/env bash
# Installs what is missing, builds Headroom and starts it on the sample plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
meson compile -C build
if [ -x build/src/gui/headroom ]; then
  # the settings schema and translations of the build directory
  export GSETTINGS_SCHEMA_DIR="$PWD/build/data" HEADROOM_LOCALEDIR="$PWD/build/po"
  exec build/src/gui/headroom "$@"
else
  build/src/cli/headroom-cli sample -o build/sample.headroom
  exec build/src/cli/headroom-cli compare build/sample.headroom
fi
