#!/usr/bin/env bash
# Re-records the conformance corpus with the oracle (the real Clarity VM that
# clarinet-sdk ships), so that every expected transcript comes from the VM we
# match and none is ever typed or edited by hand (docs: ../shared/GUIDE.md §4).
#
# usage: scripts/record-conformance.sh [--with-costs | --free-only] [TOPIC...]
#
#   TOPIC         only re-record these topic directories (default: all of them)
#   --with-costs  also record NAME.costs.out for every scenario; without it,
#                 only scenarios that already have a NAME.costs.out get one
#   --free-only   only run the oracle without cost tracking, recording
#                 NAME.free.out where that run differs from NAME.out
#
# Every scenario also runs with --no-cost-tracking: where the transcript differs
# from NAME.out (a step that hits the cost or memory limit), it is kept as
# NAME.free.out, which FreeCostConformanceTest compares with instead; where it
# does not, any NAME.free.out is removed.
#
# Environment: CLARITY_SHARED points at the shared folder that holds oracle/
# (default: ../shared beside the repository).
set -euo pipefail

usage() {
  sed -n '6,20p' "$0" | sed 's/^# \{0,1\}//'
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLARITY_SHARED:-$root/../shared}"
oracle="$shared/oracle"
corpus_rel="interpreter/src/test/resources/conformance"

with_costs=false
free_only=false
topics=()
for arg in "$@"; do
  case "$arg" in
    --with-costs) with_costs=true ;;
    --free-only) free_only=true ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "record-conformance: unknown option $arg" >&2; usage >&2; exit 2 ;;
    *) topics+=("${arg%/}") ;;
  esac
done

# Fail before touching any transcript: a half-installed oracle would overwrite
# good expectations with error text.
if ! command -v node >/dev/null 2>&1; then
  echo "record-conformance: node is not on PATH; the oracle needs Node.js >= 20" >&2
  exit 1
fi
if [[ ! -f "$oracle/run-scenario.mjs" ]]; then
  echo "record-conformance: no oracle at $oracle (set CLARITY_SHARED to the folder that holds oracle/)" >&2
  exit 1
fi
if [[ ! -d "$oracle/node_modules/@stacks/clarinet-sdk" ]]; then
  echo "record-conformance: the oracle is not set up; run ../shared/oracle/setup first" >&2
  exit 1
fi

# Scenario paths are given relative to the repository root so that the
# recording does not depend on where the script is started from.
cd "$root"
if [[ ! -d "$corpus_rel" ]]; then
  echo "record-conformance: no corpus at $root/$corpus_rel" >&2
  exit 1
fi

if [[ ${#topics[@]} -eq 0 ]]; then
  for dir in "$corpus_rel"/*/; do
    [[ -d "$dir" ]] && topics+=("$(basename "$dir")")
  done
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/record-conformance.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Runs one oracle process over a list of scenarios (the VM boot is paid once
# per process) and refuses the result when a step could not be run: those
# lines embed absolute paths or mean the simulator broke, so they must never
# become expectations.
run_oracle() {
  local out_dir="$1"
  shift
  local status=0
  node "$oracle/run-scenario.mjs" --out-dir "$out_dir" "$@" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "record-conformance: the oracle exited with status $status for: $*" >&2
    grep -H 'scenario error\|internal error' "$out_dir"/*.out >&2 || true
    return 1
  fi
  if grep -q 'scenario error\|internal error' "$out_dir"/*.out 2>/dev/null; then
    echo "record-conformance: scenario or internal errors in the transcripts:" >&2
    grep -H 'scenario error\|internal error' "$out_dir"/*.out >&2
    return 1
  fi
}

# Records NAME.out of every scenario of a topic, and NAME.costs.out of those that
# have one (or of all, with --with-costs).
record_topic() {
  local topic="$1" dir="$2"
  shift 2
  local scenarios=("$@") costed=() scn name
  run_oracle "$tmp/$topic" "${scenarios[@]}"
  for scn in "${scenarios[@]}"; do
    if $with_costs || [[ -f "${scn%.scn}.costs.out" ]]; then
      costed+=("$scn")
    fi
  done
  if [[ ${#costed[@]} -gt 0 ]]; then
    # --out-dir names outputs after the scenario, so the cost run needs its
    # own folder before it is renamed to NAME.costs.out.
    run_oracle "$tmp/costs/$topic" --costs "${costed[@]}"
  fi

  for scn in "${scenarios[@]}"; do
    name="$(basename "$scn" .scn)"
    mv "$tmp/$topic/$name.out" "$dir/$name.out"
    recorded=$((recorded + 1))
  done
  for scn in "${costed[@]}"; do
    name="$(basename "$scn" .scn)"
    mv "$tmp/costs/$topic/$name.out" "$dir/$name.costs.out"
  done
  echo "recorded $topic: ${#scenarios[@]} scenario(s), ${#costed[@]} with costs"
}

recorded=0
for topic in "${topics[@]}"; do
  dir="$corpus_rel/$topic"
  if [[ ! -d "$dir" ]]; then
    echo "record-conformance: no topic directory $dir" >&2
    exit 1
  fi
  scenarios=("$dir"/*.scn)
  if [[ ! -e "${scenarios[0]}" ]]; then
    echo "record-conformance: $topic has no scenarios, skipped" >&2
    continue
  fi

  # Every transcript of a topic is written to the temporary folder first, so
  # a failing run leaves the committed expectations untouched.
  run_oracle "$tmp/free/$topic" --no-cost-tracking "${scenarios[@]}"
  if ! $free_only; then
    record_topic "$topic" "$dir" "${scenarios[@]}"
  fi
  free=0
  for scn in "${scenarios[@]}"; do
    name="$(basename "$scn" .scn)"
    if cmp -s "$tmp/free/$topic/$name.out" "$dir/$name.out"; then
      rm -f "$dir/$name.free.out"
    else
      mv "$tmp/free/$topic/$name.out" "$dir/$name.free.out"
      free=$((free + 1))
    fi
  done
  echo "checked $topic without cost tracking: $free scenario(s) differ (NAME.free.out)"

  # A transcript without its scenario would otherwise linger as a dead case.
  for out in "$dir"/*.out; do
    [[ -e "$out" ]] || continue
    base="${out%.out}"
    base="${base%.costs}"
    base="${base%.free}"
    [[ -f "$base.scn" ]] || echo "record-conformance: warning: $out has no scenario" >&2
  done
done

echo "recorded $recorded transcript(s)"
