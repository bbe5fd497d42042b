#!/usr/bin/env bash
# Renders a page written by `clarity scenario --html` (or @ClarityTest(page = ...)) in headless
# Chromium and saves a PNG, to see the page as a browser shows it. Not part of the build.
#
# usage: scripts/html-screenshot.sh REPORT.html OUT.png [WIDTH,HEIGHT]
#
# Installs Debian's chromium package with apt-get when no chromium is on the PATH. Chromium gets
# a throwaway profile and no network of its own (no background networking, sync or component
# updates); the page itself loads nothing from outside.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report=$1
png=$2
size=${3:-1280,1600}
if [ ! -f "$report" ]; then
  echo "$0: no file $report" >&2
  exit 2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "$0: installing chromium with apt-get..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  browser=$(command -v chromium)
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs_report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
abs_png=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$abs_png" --window-size="$size" "file://$abs_report" >/dev/null 2>&1

if [ ! -s "$abs_png" ]; then
  echo "$0: chromium wrote no screenshot" >&2
  exit 1
fi
# a page is mostly flat colour: where pngquant is installed, a palette of 256 colours makes the
# file a third of its size without a visible change (docs/scenario-page.png was made so)
if command -v pngquant >/dev/null 2>&1; then
  pngquant --quality 70-95 --speed 1 --force --output "$abs_png" "$abs_png" || true
fi
echo "$png"
