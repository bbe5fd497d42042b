#!/usr/bin/env bash
# Checks the launcher `clarity` and its start-up archive (README, "Speed"): --version, a deploy-only
# scenario and the REPL print the same with and without the archive; the archive is made once,
# used (classes come from it), remade for a new build, and a damaged, cut, unwritable or
# concurrently made archive never breaks a run. Runs on a copy of the launcher and of the built
# jar (cli/target/clarity.jar must exist), with a cache of its own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$root/cli/target/clarity.jar" ] || { echo "check-launcher: build the jar first (mvn -B package)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/cli/target" "$work/run"
cp "$root/clarity" "$work/app/clarity"
cp "$root/cli/target/clarity.jar" "$work/app/cli/target/clarity.jar"
cp "$root/cli/src/main/resources/io/clarity/cli/warmup.clar" "$work/run/c.clar"
printf 'epoch 3.2\ndeploy c c.clar\n' > "$work/run/deploy.scn"
export XDG_CACHE_HOME="$work/cache"
unset CLARITY_CDS CLARITY_JAVA_OPTS
cache="$XDG_CACHE_HOME/clarity$work/app"
clarity() { (cd "$work/run" && "$work/app/clarity" "$@"); }
failures=0
fail() { echo "check-launcher: FAIL: $*" >&2; failures=$((failures + 1)); }
same() { # NAME EXPECTED ACTUAL
  [ "$2" = "$3" ] || fail "$1: expected [$2], got [$3]"
}
archives() { find "$cache" -name 'clarity-*.jsa' 2>/dev/null | wc -l | tr -d ' '; }

# The three runs whose output must not depend on the archive.
outputs() {
  clarity --version
  clarity scenario deploy.scn
  printf '(+ 1 2)\n(contract-call? .c get-deposit tx-sender)\n' | clarity repl --no-project c.clar
}

plain=$(CLARITY_CDS=off outputs 2>&1)
case "$plain" in
  "clarity "[0-9]*) ;;
  *) fail "--version without the archive printed: $(printf '%s' "$plain" | head -n 1)" ;;
esac
printf '%s' "$plain" | grep -q "deploy c c.clar => deployed" || fail "no deploy line without the archive"
printf '%s' "$plain" | grep -q "{ amount: u0, count: u0 }" || fail "the REPL did not answer without the archive"
same "archives after runs with CLARITY_CDS=off" 0 "$(archives)"

# --version alone answers without the archive, and does not make one.
clarity --version >/dev/null 2>&1
same "archives after --version alone" 0 "$(archives)"

# First run: makes the archive (saying so on stderr only), prints the same.
first_err=$(clarity scenario deploy.scn 2>&1 >/dev/null)
printf '%s' "$first_err" | grep -q "preparing the start-up archive" || fail "the first run did not prepare the archive: $first_err"
same "archives after the first run" 1 "$(archives)"
with=$(outputs 2>&1)
same "output with the archive" "$plain" "$with"
[ -z "$(ls "$cache"/tmp-* 2>/dev/null)" ] || fail "a temporary archive was left behind"

# The classes come from the archive: the interpreter's and picocli's (a static archive holds
# picocli's Java 5 class files, which a dynamic one skipped). A plain scenario reads its
# arguments without picocli, and never loads its CommandLine; eval goes through picocli.
CLARITY_JAVA_OPTS="-Xlog:class+load:file=$work/classes.log" clarity scenario deploy.scn >/dev/null
grep -q 'io.clarity.natives.Natives source: shared objects file' "$work/classes.log" \
  || fail "the interpreter's classes were not loaded from the archive"
! grep -q ' picocli\.CommandLine source' "$work/classes.log" || fail "a plain scenario loaded picocli"
CLARITY_JAVA_OPTS="-Xlog:class+load:file=$work/classes-eval.log" clarity eval '(+ 1 2)' >/dev/null
grep -q 'picocli.CommandLine source: shared objects file' "$work/classes-eval.log" \
  || fail "picocli's classes were not loaded from the archive"
[ -z "$(ls "$cache"/tmp-* 2>/dev/null)" ] || fail "the class list of the warm-up was left behind"

# A damaged archive (same size, other bytes) is refused quietly: same output, nothing added.
archive=$(find "$cache" -name 'clarity-*.jsa')
size=$(wc -c < "$archive" | tr -d ' ')
chmod u+w "$archive"
head -c "$size" /dev/zero > "$archive.new" && mv "$archive.new" "$archive"
same "output with a zeroed archive" "$plain" "$(outputs 2>&1)"
rm -f "$cache"/clarity-*.jsa
clarity scenario deploy.scn >/dev/null 2>&1
archive=$(find "$cache" -name 'clarity-*.jsa')
chmod u+w "$archive"
python3 - "$archive" <<'EOF' 2>/dev/null || dd if=/dev/urandom of="$archive" bs=1 count=64 seek=200000 conv=notrunc 2>/dev/null
import sys
p = sys.argv[1]
d = bytearray(open(p, 'rb').read())
for i in range(100000, len(d), 50000):
    d[i] ^= 0xff
open(p, 'wb').write(d)
EOF
same "output with a flipped archive" "$plain" "$(outputs 2>&1)"

# A cut archive (it would crash the JVM) is never mapped: a new one is made beside it.
rm -f "$cache"/clarity-*.jsa "$cache"/*.failed
clarity scenario deploy.scn >/dev/null 2>&1
archive=$(find "$cache" -name 'clarity-*.jsa')
head -c 100000 "$archive" > "$archive.cut" && rm -f "$archive" && mv "$archive.cut" "$archive"
same "output with a cut archive" "$plain" "$(outputs 2>/dev/null)"

# A new build (the jar changed) gets a new archive; the old one goes.
rm -rf "$cache"
clarity scenario deploy.scn >/dev/null 2>&1
old=$(find "$cache" -name 'clarity-*.jsa')
touch -d '2001-01-01 00:00:00' "$work/app/cli/target/clarity.jar"
renew_err=$(clarity scenario deploy.scn 2>&1 >/dev/null)
printf '%s' "$renew_err" | grep -q "preparing the start-up archive" || fail "a changed jar did not get a new archive"
[ ! -e "$old" ] || fail "the archive of the old build was kept"
same "archives after a new build" 1 "$(archives)"

# Two first runs at once: both print what they should; the cache holds whole archives only.
rm -rf "$cache"
clarity scenario deploy.scn > "$work/a.out" 2>/dev/null &
clarity scenario deploy.scn > "$work/b.out" 2>/dev/null &
wait
same "first of two concurrent runs" "$(CLARITY_CDS=off clarity scenario deploy.scn)" "$(cat "$work/a.out")"
same "second of two concurrent runs" "$(CLARITY_CDS=off clarity scenario deploy.scn)" "$(cat "$work/b.out")"
[ -z "$(ls "$cache"/tmp-* 2>/dev/null)" ] || fail "a temporary archive was left behind by concurrent runs"
[ "$(archives)" -ge 1 ] || fail "concurrent first runs made no archive"
same "output after concurrent first runs" "$plain" "$(outputs 2>&1)"

# An unwritable cache (its parent is a file): runs without an archive, silently.
: > "$work/not-a-folder"
err=$(XDG_CACHE_HOME="$work/not-a-folder/cache" clarity scenario deploy.scn 2>&1 >/dev/null)
same "stderr with an unwritable cache" "" "$err"
same "output with an unwritable cache" "$plain" "$(XDG_CACHE_HOME="$work/not-a-folder/cache" outputs 2>&1)"

if [ "$failures" -gt 0 ]; then
  echo "check-launcher: $failures check(s) failed" >&2
  exit 1
fi
echo "check-launcher: the launcher and its start-up archive behave"
