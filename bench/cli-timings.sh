#!/usr/bin/env bash
# Whole-process timings of headroom-cli on the benchmark's large plan (and,
# for validate and forecast, its 80-tier, 240-moment variant), measured by
# hyperfine: start-up, loading, computing and writing, as a user runs it.
# Prints a Markdown table for docs/performance.md; with BEFORE, another
# headroom-cli (an older build) runs the same commands in the same run.
#
#   bench/cli-timings.sh [BUILDDIR [RUNS [BEFORE]]]      (build, 20)
set -euo pipefail

build=${1:-build}
runs=${2:-20}
before=${3:-}
cli="$build/src/cli/headroom-cli"
bench="$build/bench/hr-bench"
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "cli-timings: $tool is not installed" >&2; exit 1; }
done
[ -x "$cli" ] && [ -x "$bench" ] || { echo "cli-timings: build $build first (meson compile -C $build)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bench" --plan > "$tmp/large.headroom"
"$bench" --plan --tiers 80 --moments 240 > "$tmp/wide.headroom"

commands=(
  "validate|validate $tmp/large.headroom"
  "forecast --format json|forecast $tmp/large.headroom --format json"
  "forecast --format csv|forecast $tmp/large.headroom --format csv"
  "compare --format json|compare $tmp/large.headroom --format json"
  "chart --chart effort -o effort.png|chart $tmp/large.headroom --chart effort -o $tmp/effort.png"
  "validate (80 tiers, 240 moments)|validate $tmp/wide.headroom"
  "forecast --format json (80 tiers, 240 moments)|forecast $tmp/wide.headroom --format json"
)
args=()
for c in "${commands[@]}"; do
  name=${c%%|*}
  line=${c#*|}
  if [ -n "$before" ]; then
    args+=(-n "before: $name" "$before $line")
  fi
  args+=(-n "$name" "$cli $line")
done

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"\
     "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $runs runs each"
hyperfine -N --style none --warmup 3 --runs "$runs" --export-json "$tmp/times.json" "${args[@]}" > /dev/null

python3 - "$tmp/times.json" <<'EOF'
import json
import sys

targets = {
    "validate": "≤ 20 ms",
    "forecast --format json": "≤ 40 ms",
    "chart --chart effort -o effort.png": "≤ 150 ms CPU",
}
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
with_before = any(name.startswith("before: ") for name in results)


def cell(r):
    return f"{r['median'] * 1000:.1f} ms | {(r['user'] + r['system']) * 1000:.1f} ms"


head = "| command | "
if with_before:
    head += "before: wall, median | before: CPU, mean | "
print(head + "wall, median | CPU (user + system), mean | target |")
print("|---" * (6 if with_before else 4) + "|")
for name, r in results.items():
    if name.startswith("before: "):
        continue
    old = results.get("before: " + name)
    before = cell(old) + " | " if old else ""
    print(f"| `{name}` | {before}{cell(r)} | {targets.get(name, '—')} |")
EOF
