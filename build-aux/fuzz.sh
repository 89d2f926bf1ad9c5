#!/usr/bin/env bash
# Fuzzes every target of tests/fuzz with libFuzzer under AddressSanitizer
# and UndefinedBehaviorSanitizer, for SECONDS each (default 10), starting
# from the kept corpus. An input that crashes, hangs (60 s, for a loaded machine), leaks or trips
# a sanitizer fails the run and is kept in build-fuzz/artifacts/: add it to
# tests/fuzz/corpus/ once fixed. Prints "Fuzz: N passed, N failed".
#   bash build-aux/fuzz.sh [SECONDS] [TARGET…]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-10}}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv activities xlsx accounts time-log plan scenario forecast hiring compare books rebalance uncertainty)

clang=$(command -v clang || command -v clang-14)
if [ -z "$clang" ]; then
  echo "fuzz: clang is missing; install clang and libclang-rt-14-dev"
  echo "Fuzz: 0 passed, 1 failed"
  exit 1
fi
if [ ! -f build-fuzz/build.ninja ]; then
  CC=$clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dc_args=-fsanitize=fuzzer-no-link >/dev/null || exit 1
fi
meson compile -C build-fuzz $(printf 'tests/fuzz/fuzz-%s ' "${targets[@]}") >/dev/null || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p build-fuzz/artifacts
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export ASAN_OPTIONS=detect_leaks=1
passed=0 failed=0
for t in "${targets[@]}"; do
  kind=plan dict=plan
  case $t in
    csv) kind=csv dict=csv ;;
    activities) kind=activities dict=csv ;;
    xlsx) kind=xlsx dict=xlsx ;;
    accounts) kind=accounts dict=csv ;;
    time-log) kind=time-log dict=csv ;;
    # bytes that describe small books: no words to suggest
    rebalance) kind=rebalance dict= ;;
  esac
  mkdir -p "$work/$t"
  # new inputs go to the scratch corpus; the kept one seeds it
  build-fuzz/tests/fuzz/fuzz-"$t" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 ${dict:+-dict=tests/fuzz/$dict.dict} \
    -artifact_prefix=build-fuzz/artifacts/"$t"- "$work/$t" tests/fuzz/corpus/"$kind" \
    >"$work/$t.log" 2>&1
  status=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$work/$t.log" | grep -oE '[0-9]+$')
  if [ "$status" -eq 0 ]; then
    echo "fuzz-$t: OK, ${runs:-0} inputs in ${seconds} s"
    passed=$((passed + 1))
  else
    echo "fuzz-$t: FAILED (exit $status; a 60 s timeout is a hang)"
    tail -n 60 "$work/$t.log"
    failed=$((failed + 1))
  fi
done
echo "Fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
