#!/bin/sh
# agate_dev_test.sh - scripts/agate-dev writes outside the checkout only
# when asked: `up` takes only its own options (and refuses others before
# it builds or starts anything), and install-links puts the binaries into
# the folder it is given.
# Usage: agate_dev_test.sh SOURCE_ROOT BUILD_DIR
set -eu
src=$1
build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# an unknown option is refused with status 2, before deps, build or start
st=0
BUILD_DIR=$build AGATE_RUN=$tmp/run "$src/scripts/agate-dev" up --bogus >"$tmp/out" 2>&1 || st=$?
[ "$st" -eq 2 ] || fail "up --bogus: status $st, want 2: $(cat "$tmp/out")"
grep -q "unknown option '--bogus'" "$tmp/out" || fail "up --bogus: $(cat "$tmp/out")"
[ ! -e "$tmp/run" ] || fail "up --bogus created its run folder"
st=0
BUILD_DIR=$build "$src/scripts/agate-dev" up --rules >"$tmp/out" 2>&1 || st=$?
[ "$st" -eq 2 ] || fail "up --rules without a path: status $st"

# `up` links nothing anywhere: the only ln is install-links'
n=$(grep -c '^[[:space:]]*ln ' "$src/scripts/agate-dev" || true)
[ "$n" -eq 2 ] || fail "expected the two ln of install-links, found $n"
awk '/^up\)/, /^\t;;/' "$src/scripts/agate-dev" | grep -q '/usr/local' &&
	fail "up mentions /usr/local"

# install-links links the four programs into the folder named
mkdir "$tmp/bin"
BUILD_DIR=$build "$src/scripts/agate-dev" install-links "$tmp/bin" >"$tmp/out" 2>&1 ||
	fail "install-links: $(cat "$tmp/out")"
[ "$(readlink "$tmp/bin/agatectl")" = "$build/client/agatectl" ] || fail "agatectl link"
[ "$(readlink "$tmp/bin/agated")" = "$build/daemon/agated" ] || fail "agated link"
[ "$(readlink "$tmp/bin/agate-hook")" = "$build/client/agate-hook" ] || fail "agate-hook link"
[ "$(readlink "$tmp/bin/agate-mcp")" = "$build/client/agate-mcp" ] || fail "agate-mcp link"
st=0
BUILD_DIR=$build "$src/scripts/agate-dev" install-links "$tmp/nope" >"$tmp/out" 2>&1 || st=$?
[ "$st" -ne 0 ] || fail "install-links into a missing folder succeeded"
echo "ok"
