#!/usr/bin/env bash
# Compares the speed of two builds of the CLI jar in interleaved runs, so that both see the
# same machine load: the in-process workloads of scripts/bench/Workloads.java and the whole
# CLI on the 6,001 seed-contract calls of scripts/bench.sh, each run RUNS times (default 5)
# alternating old and new. Prints the median of each side and new/old as a ratio.
#
# usage: scripts/compare-jars.sh OLD.jar NEW.jar [RUNS]
#
# Keep a copy of the old jar before rebuilding (cp cli/target/clarity.jar /tmp/old.jar).
# Environment: CLARITY_SHARED points at the shared folder (default: ../shared beside the repository);
# WORKLOADS, names of Workloads.java's workloads to run (default: all), e.g. "fold-constant".
#
# Its noise floor (a jar against an identical copy of itself, 3 runs, on the 2-core machine with
# other builds running, load about 10): the bytes allocated per call agree within 0.8%; the
# medians of CPU-time rates differ by up to 20%, the whole-CLI seconds by 8%. So a within-3%
# verdict rests on bytes per call, or on CPU-time medians of many runs on a quiet machine.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLARITY_SHARED:-$root/../shared}"
old="$(realpath "$1")"; new="$(realpath "$2")"; runs="${3:-5}"
seed="$shared/seed/compute-sharing.clar"
[ -f "$seed" ] || { echo "compare-jars.sh: the seed contract is not at $seed (set CLARITY_SHARED)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/bench/cycles2000.py" "$work/cycles2000.scn" "$seed"
# the workload runner compiled once per jar, so that each run times only the workloads
for side in old new; do
  jar="$old"; [ "$side" = new ] && jar="$new"
  mkdir -p "$work/$side"
  javac -d "$work/$side" -cp "$jar" "$root/scripts/bench/Workloads.java"
done
results="$work/results"
for i in $(seq 1 "$runs"); do
  for side in old new; do
    jar="$old"; [ "$side" = new ] && jar="$new"
    # shellcheck disable=SC2086 # WORKLOADS is a list of names
    java -cp "$jar:$work/$side" Workloads "$seed" "$root/interpreter/src/test/resources/bench/heavy.clar" ${WORKLOADS:-} \
      | sed "s/^/$side /" >> "$results"
    start=$(date +%s%N)
    java -jar "$jar" scenario "$work/cycles2000.scn" > /dev/null
    end=$(date +%s%N)
    echo "$side cli-6001-calls-seconds $(( (end - start) / 1000000 ))e-3" >> "$results"
  done
done
python3 - "$results" "$runs" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    side, name, value = line.split()
    rows[name][side].append(float(value))
print(f"# {sys.argv[2]} interleaved runs per side; medians; new/old > 1 means new is faster for rates, allocates more for bytes-per-call, is slower for seconds")
print("# old and new: the median, and in brackets the range of the runs (a JVM's JIT decisions vary from run to run)")
print(f"{'workload':34} {'old':>30} {'new':>30} {'new/old':>8}")
for name, sides in rows.items():
    o, n = statistics.median(sides["old"]), statistics.median(sides["new"])
    spread = lambda xs: f"{statistics.median(xs):12,.2f} [{min(xs):,.0f}-{max(xs):,.0f}]"
    print(f"{name:34} {spread(sides['old']):>30} {spread(sides['new']):>30} {n / o:8.3f}")
PY
