#!/usr/bin/env bash
# Builds Headroom with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs every test (the fuzz corpus replay included). Fails on a failing
# test and on any sanitizer report, even from a test that passed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash build-aux/install-deps.sh || exit 1
[ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined || exit 1
meson compile -C build-asan || exit 1
xvfb-run -a -s '-screen 0 1440x900x24 -noreset' dbus-run-session -- \
  meson test -C build-asan --print-errorlogs --timeout-multiplier 3 "$@"
status=$?
log=build-asan/meson-logs/testlog.txt
if grep -nE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
  echo "sanitize: a sanitizer reported an error above (in $log)"
  status=1
fi
exit "$status"
