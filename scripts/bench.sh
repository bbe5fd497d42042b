#!/usr/bin/env bash
# Measures our speed on the workloads of the oracle's benchmark and prints it beside the real
# VM's, as ratios (the oracle's figures: ../shared/reference/oracle-speed.md).
#
# usage: scripts/bench.sh [--oracle]
#
#   (no option)  in-process throughput (the `bench` JUnit tag: public calls of the seed
#                contract with and without cost tracking, compute-heavy read-only calls), then
#                the whole CLI end to end on 6,001 calls of the seed contract, 3 runs each
#   --oracle     also time the oracle end to end on the same scenario (needs Node; slow)
#
# Not part of the test run (`mvn -B verify`): timings on a shared machine are noisy, and this
# takes a few minutes. Environment: CLARITY_SHARED points at the shared folder (default:
# ../shared beside the repository).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLARITY_SHARED:-$root/../shared}"
with_oracle=false
for arg in "$@"; do
  case "$arg" in
    --oracle) with_oracle=true ;;
    -h|--help) sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
seed="$shared/seed/compute-sharing.clar"
if [ ! -f "$seed" ]; then
  echo "bench.sh: the seed contract is not at $seed (set CLARITY_SHARED)" >&2
  exit 2
fi
cd "$root"

echo "# $(nproc) CPUs, $(uptime | sed 's/.*load/load/')"
echo "## in process (best of 3 runs after 10 warm-up runs)"
log="$(mktemp)"
if ! mvn -q -B -Pbench test -pl grammar,interpreter -Dclarity.shared="$shared" > "$log" 2>&1; then
  grep -v '^\x1b\[0m' "$log" | grep -v '^\[ERROR\] *$' | head -40 >&2
  echo "bench.sh: the benchmark failed (a speed floor, or the build)" >&2
  exit 1
fi
grep -o 'bench .*' "$log"
rm -f "$log"

[ -f cli/target/clarity.jar ] || mvn -q -B -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/bench/cycles2000.py" "$work/cycles2000.scn" "$seed"

seconds() { # runs "$@" and prints its wall time in seconds
  local start end
  start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
echo "## end to end: 6,001 public calls of the seed contract, one scenario file, JVM start included"
for mode in costs free; do
  flag=""; [ "$mode" = free ] && flag="--no-cost-tracking"
  for i in 1 2 3; do
    echo "clarity scenario ($mode): $(seconds java -jar cli/target/clarity.jar scenario $flag "$work/cycles2000.scn") s"
  done
done
if $with_oracle; then
  (cd "$shared/oracle" && ./setup > /dev/null 2>&1)
  for mode in costs free; do
    flag=""; [ "$mode" = free ] && flag="--no-cost-tracking"
    echo "oracle run-scenario.mjs ($mode): $(cd "$shared/oracle" && seconds node run-scenario.mjs $flag "$work/cycles2000.scn") s"
  done
fi
