#!/bin/sh
# evasion_corpus_test.sh - replay the evasion corpus (tests/corpus/
# evasion.jsonl: commands the default pack blocks, rewritten to walk
# around it, and look-alikes that must stay allowed) with the shipped
# packs and frames, with the cascade and without it. Every case must get
# its `expect`: each label-1 case blocked (or held, where the construct
# itself is reviewed), each label-0 case allowed. No threshold: one
# evasion that gets through fails the test.
# Usage: evasion_corpus_test.sh SOURCE_ROOT AGATECTL
set -eu
src=$1
ctl=$2
corpus=$src/tests/corpus/evasion.jsonl
. "$src/tests/scripts/corpus_lib.sh"

# the corpus must be what its generator writes, and hold both labels
matches_generator gen_evasion.py
bad=$(grep -c '"label": 1,' "$corpus" || true)
good=$(grep -c '"label": 0,' "$corpus" || true)
[ "$bad" -ge 50 ] || fail "only $bad label-1 cases"
[ "$good" -ge 20 ] || fail "only $good label-0 cases"
n=$(grep -c '"expect": ' "$corpus" || true)
[ "$n" -eq $((bad + good)) ] || fail "$n of $((bad + good)) cases carry an expect"

# NAME [--no-drift]
replay() {
	name=$1
	shift
	st=0
	"$ctl" test --rules "$src/policy/packs/default" --frames "$src/policy/frames" "$@" \
		"$corpus" >"$tmp/out" 2>"$tmp/err" || st=$?
	[ "$st" -eq 0 ] || fail "$name: status $st: $(grep '^FAIL' "$tmp/out" | head -20) $(cat "$tmp/err")"
	grep -q "^expectations: $((bad + good)) checked, 0 failed" "$tmp/out" ||
		fail "$name: $(grep '^expectations' "$tmp/out")"
	echo "ok $name: $bad evasions stopped, $good look-alikes allowed"
}

replay "cascade"
replay "rules only" --no-drift
