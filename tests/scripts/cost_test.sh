#!/bin/sh
# cost_test.sh - a decision's cost per input byte is bounded and does not
# grow with the input: for each shape of tests/policy/cost_probe.c (a shell
# script, one long word, assignments and expansions, Python, a business
# call with a long text, a call whose task prints a long tool list), the
# instructions of one decision (default pack, cascade on) counted by
# callgrind at 4, 16 and 64 KiB, in one run. Counts
# steps, never time; skipped (exit 77) where valgrind is missing.
#
#   cost_test.sh COST_PROBE PACKS FRAMES
set -eu
probe=$1 packs=$2 frames=$3
# instructions per input byte allowed at any size, and the most the cost
# may grow from 16 to 64 KiB (x4 is linear; a quadratic step gives x16)
max_per_byte=${COST_MAX_PER_BYTE:-2000}
max_growth_x100=${COST_MAX_GROWTH_X100:-500}

command -v valgrind >/dev/null 2>&1 || { echo "valgrind missing: skipped"; exit 77; }
case ${AGATE_SANITIZE:-none} in
none | "") ;;
*) echo "a sanitizer build (${AGATE_SANITIZE}): its instruction counts measure the sanitizer: skipped"; exit 77 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shapes="script word vars python mail prompt"
sizes="4096 16384 65536"
set --
for sh in $shapes; do for n in $sizes; do set -- "$@" "$sh:$n"; done; done
valgrind --tool=callgrind --toggle-collect=cost_probe_decide --dump-after=cost_probe_decide \
	--callgrind-out-file="$tmp/cg.out" "$probe" "$packs" "$frames" "$@" \
	>"$tmp/probe.out" 2>"$tmp/vg.err" || { cat "$tmp/vg.err" >&2; exit 1; }
[ "$(wc -l <"$tmp/probe.out")" -eq $# ] || { echo "FAIL: the probe decided $(wc -l <"$tmp/probe.out") of $# inputs" >&2; exit 1; }

# cg.out.1, .2, ...: one dump per decision, in the order of the inputs
fail=0 k=0
for sh in $shapes; do
	line="$sh:"
	prev=0
	for n in $sizes; do
		k=$((k + 1))
		ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$tmp/cg.out.$k")
		[ -n "$ir" ] && [ "$ir" -gt 0 ] || { echo "FAIL: no count for $sh $n" >&2; exit 1; }
		per=$((ir / n))
		line="$line $n B: $ir ($per/B);"
		if [ "$per" -gt "$max_per_byte" ]; then
			echo "FAIL $sh at $n bytes: $per instructions per byte > $max_per_byte" >&2
			fail=1
		fi
		if [ "$n" = 65536 ] && [ $((ir * 100 / prev)) -gt "$max_growth_x100" ]; then
			echo "FAIL $sh: cost x$((ir * 100 / prev))/100 from 16 to 64 KiB (more than linear)" >&2
			fail=1
		fi
		prev=$ir
	done
	echo "$line $(grep "^$sh " "$tmp/probe.out" | awk '{ printf "%s ", $3 }')"
done
exit $fail
