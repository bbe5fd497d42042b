#!/usr/bin/env bash
# Records the names the `Cl` object of the oracle's @stacks/transactions exports (the helpers
# clarinet-sdk tests build values with), one a line, sorted, into the resource that ClNamesTest
# compares io.clarity.Cl's public methods with. Never edit that file by hand.
#
# usage: scripts/record-cl-names.sh
#
# Environment: CLARITY_SHARED points at the shared folder that holds oracle/ (default: ../shared
# beside the repository); ORACLE_MODULES at another node_modules folder of the same lockfile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLARITY_SHARED:-$root/../shared}"
modules="${ORACLE_MODULES:-$shared/oracle/node_modules}"
out="$root/interpreter/src/test/resources/sdk/cl-names.txt"

if [[ ! -d "$modules/@stacks/transactions" ]]; then
  echo "record-cl-names: no @stacks/transactions in $modules; run ../shared/oracle/setup first" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
NODE_PATH="$modules" node -e '
  const t = require("@stacks/transactions");
  const version = require(require.resolve("@stacks/transactions").replace(/dist[\\/].*$/, "package.json")).version;
  process.stdout.write("# Cl of @stacks/transactions " + version + " (scripts/record-cl-names.sh)\n");
  process.stdout.write(Object.keys(t.Cl).sort().join("\n") + "\n");
' > "$out"
echo "record-cl-names: wrote $(grep -vc '^#' "$out") names to ${out#$root/}"
