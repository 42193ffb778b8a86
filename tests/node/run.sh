#!/bin/sh
# tests/node/run.sh SOURCE_DIR CACHE_DIR CLIENT_DIR TEST_FILE - one test of
# the Node client (client/node, package agated-client) and its framework
# adapters, run with node's own test runner against a real agated.
#
# The frameworks are the real npm packages, pinned in package.json and
# package-lock.json, installed with `npm ci` into CACHE_DIR (inside the
# build folder) and reinstalled only when the lock file changes; the
# meson tests of this folder share that install, one at a time (flock).
#
# Exit 77 (meson: skipped) when node or npm is missing, node is older than
# 20, or the install fails for want of a network; any other failure is a
# failure.
set -u
src=$1
cache=$2
client=$3
test_file=$4

skip() { echo "SKIP: $*"; exit 77; }

command -v node >/dev/null 2>&1 || skip "node is not installed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null 2>&1 || skip "npm is not installed (Debian: apt-get install npm)"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$major" -ge 20 ] || skip "node $(node --version) is older than 20, which the pinned packages need"

mkdir -p "$cache" || exit 1

npm_install() {
	want=$(cat "$src/package.json" "$src/package-lock.json" | cksum)
	if [ -d "$cache/node_modules/@openai/agents" ] &&
	   [ "$(cat "$cache/.installed" 2>/dev/null)" = "$want" ]; then
		return 0
	fi
	rm -rf "$cache/node_modules" "$cache/.installed"
	cp "$src/package.json" "$src/package-lock.json" "$cache/" || return 1
	echo "npm ci in $cache"
	if ! (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error) >"$cache/npm.log" 2>&1; then
		cat "$cache/npm.log"
		if grep -qiE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network|offline|fetch failed|getaddrinfo|proxy' "$cache/npm.log"; then
			return 77
		fi
		echo "FAIL: npm ci failed (see above)"
		return 1
	fi
	echo "$want" >"$cache/.installed"
}

# one install at a time: meson runs the tests of this folder in parallel
if command -v flock >/dev/null 2>&1; then
	exec 9>"$cache/.lock"
	flock 9
fi
npm_install
status=$?
[ $status -eq 77 ] && skip "npm could not reach the registry"
[ $status -eq 0 ] || exit 1
exec 9>&-
# Each test in its own folder under the shared node_modules: its copy of
# the client (as an installed package, so that the tests import it by its
# name, as an agent would) and of the test files; a test starting while
# another runs changes nothing the other uses.
run=$cache/run-${test_file%.mjs}
rm -rf "$run"
mkdir -p "$run/node_modules/agated-client/adapters" || exit 1
cp "$client/package.json" "$client"/*.js "$client"/*.d.ts "$run/node_modules/agated-client/" &&
cp "$client/adapters/"*.js "$client/adapters/"*.d.ts "$run/node_modules/agated-client/adapters/" &&
cp "$src"/*.mjs "$src"/*.ts "$run/" || exit 1
exec node --test --test-reporter=spec "$run/$test_file"
