#!/bin/sh
# tests/mcp/run.sh SOURCE_DIR CACHE_DIR - the real-parts test of agate-mcp:
# the official MCP TypeScript SDK client drives agate-mcp in front of the
# reference filesystem server (versions pinned in package.json and
# package-lock.json), against a real agated.
#
# The npm packages are installed with `npm ci` into CACHE_DIR (inside the
# build folder) and reinstalled only when the lock file changes. Exit 77
# (meson: skipped) when node or npm is missing, node is older than the
# packages need, or the install fails for want of a network; any other
# failure is a failure.
set -u
src=$1
cache=$2

skip() { echo "SKIP: $*"; exit 77; }

command -v node >/dev/null 2>&1 || skip "node is not installed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null 2>&1 || skip "npm is not installed (Debian: apt-get install npm)"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$major" -ge 20 ] || skip "node $(node --version) is older than 20, which the pinned packages need"

mkdir -p "$cache" || exit 1
want=$(cat "$src/package.json" "$src/package-lock.json" | cksum)
if [ ! -d "$cache/node_modules/@modelcontextprotocol/server-filesystem" ] ||
   [ "$(cat "$cache/.installed" 2>/dev/null)" != "$want" ]; then
	rm -rf "$cache/node_modules" "$cache/.installed"
	cp "$src/package.json" "$src/package-lock.json" "$cache/" || exit 1
	echo "npm ci in $cache"
	if ! (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error) >"$cache/npm.log" 2>&1; then
		cat "$cache/npm.log"
		if grep -qiE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network|offline|fetch failed|getaddrinfo|proxy' "$cache/npm.log"; then
			skip "npm could not reach the registry"
		fi
		echo "FAIL: npm ci failed (see above)"
		exit 1
	fi
	echo "$want" >"$cache/.installed"
fi
# the script beside its node_modules, so that its imports resolve there
cp "$src/filesystem_test.mjs" "$cache/" || exit 1
MCP_TEST_SRC=$src exec node "$cache/filesystem_test.mjs"
