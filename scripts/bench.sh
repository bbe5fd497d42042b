#!/usr/bin/env bash
# Runs the real VM's own benchmark (the oracle's bench/bench.mjs and run-scenario.mjs) and ours in
# the same run, and prints one table: workload | real VM | ours | ratio | target | ok? | peak memory.
#
# usage: scripts/bench.sh [--runs N] [--baseline OLD.jar [--baseline-launcher OLD_LAUNCHER]] [--jar NEW.jar]
#
#   --runs N          medians of N runs (default 5)
#   --baseline OLD    also measure another build of the CLI jar in the same run (its figures and
#                     peak memory beside ours), e.g. a copy of clarity.jar kept before a change
#   --baseline-launcher L  run the baseline's whole processes through L instead of ./clarity,
#                     e.g. the launcher of a worktree of the commit the baseline was built from
#   --jar NEW         the jar to measure as ours (default cli/target/clarity.jar, built if missing)
#
# Workloads: in process, public calls of the seed contract with and without cost tracking, folds
# over a 1,000-uint argument and constant, 1,000 chained sha256 (scripts/bench/Workloads.java
# against bench/bench.mjs); whole processes, the 6,001-call scenario, a deploy-only scenario,
# --version, and the realistic conformance topic one process per scenario; the REPL until its
# prompt at a pseudo-terminal (ours only: the oracle has no REPL). It took 35 minutes
# with --runs 3 on the loaded 2-core machine, and is not part of the build (`mvn -B verify`). Needs Node >= 20 and npm: the oracle is
# copied out of the read-only shared folder into a cache (CLARITY_BENCH_CACHE, default
# ~/.cache/clarity-bench) and set up there with npm ci from its lockfile. CLARITY_SHARED points at
# the shared folder (default: ../shared beside the repository).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLARITY_SHARED:-$root/../shared}"
cache="${CLARITY_BENCH_CACHE:-$HOME/.cache/clarity-bench}"
runs=5; baseline=""; baseline_launcher=""; jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --baseline) baseline="${2:?--baseline needs a jar}"; shift 2 ;;
    --baseline-launcher) baseline_launcher="${2:?--baseline-launcher needs a file}"; shift 2 ;;
    --jar) jar="${2:?--jar needs a jar}"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs needs a positive number, not $runs" >&2; exit 2; }
for f in "$shared/oracle/bench/bench.mjs" "$shared/seed/compute-sharing.clar"; do
  [ -f "$f" ] || { echo "bench.sh: $f is missing (set CLARITY_SHARED to the shared folder)" >&2; exit 2; }
done
command -v node > /dev/null || { echo "bench.sh: node (>= 20) is needed to run the oracle" >&2; exit 2; }
if [ -z "$jar" ]; then
  jar="$root/cli/target/clarity.jar"
  [ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package -pl cli -am)
fi
for j in "$jar" ${baseline:+"$baseline"}; do
  [ -f "$j" ] || { echo "bench.sh: no jar at $j" >&2; exit 2; }
done

# a writable copy of the oracle, the seed contract beside it as bench.mjs expects; refreshed when
# the shared one changes
mkdir -p "$cache"
if ! diff -rq -x node_modules "$shared/oracle" "$cache/oracle" > /dev/null 2>&1 \
    || ! diff -rq "$shared/seed" "$cache/seed" > /dev/null 2>&1; then
  rm -rf "$cache/oracle" "$cache/seed"
  cp -r "$shared/oracle" "$cache/oracle"
  cp -r "$shared/seed" "$cache/seed"
  chmod -R u+w "$cache/oracle" "$cache/seed"
fi
(cd "$cache/oracle" && ./setup > /dev/null)

exec python3 "$root/scripts/bench/bench.py" --root "$root" --oracle "$cache/oracle" --jar "$jar" \
  --runs "$runs" ${baseline:+--baseline "$baseline"} ${baseline_launcher:+--baseline-launcher "$baseline_launcher"}
