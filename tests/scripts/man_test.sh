#!/bin/sh
# man_test.sh - the manual pages name every option and setting the
# programs accept: each setting of daemon/config.c in docs/agated.8.
# Usage: man_test.sh SOURCE_ROOT
set -eu
src=$1
fail=0
# the settings table of agated_config_parse_args, and its other options
settings=$(sed -n '/static const char \*const settings\[\] = {/,/};/p' "$src/daemon/config.c" |
	grep -o '"[a-z-]*"' | tr -d '"')
[ -n "$settings" ] || { echo "FAIL: no settings found in daemon/config.c" >&2; exit 1; }
for s in $settings config check foreground help version; do
	# groff writes a dash as \-
	pat=$(printf '%s' "$s" | sed 's/-/\\\\-/g')
	if ! grep -q -e "^\.B[IR]* *\(\\\\-\\\\-\)\{0,1\}$pat\b" -e "\\\\-\\\\-$pat\b" "$src/docs/agated.8"; then
		echo "FAIL: docs/agated.8 does not describe '$s'" >&2
		fail=1
	fi
done
grep -q 'agated (8)' "$src/docs/agatectl.1" || grep -q '^\.BR agated (8)' "$src/docs/agatectl.1" ||
	{ echo "FAIL: agatectl.1 no longer refers to agated(8)" >&2; fail=1; }
[ "$fail" -eq 0 ] && echo ok
exit "$fail"
