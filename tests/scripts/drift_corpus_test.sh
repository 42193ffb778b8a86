#!/bin/sh
# drift_corpus_test.sh - replay the cascade's own corpora with the shipped
# packs and frames: every case meets its "expect" unless it is listed in
# tests/policy/drift/known_misses.txt, and the figures stay above their
# floors (docs/drift.md has the figures and the command).
# Usage: drift_corpus_test.sh SOURCE_ROOT AGATECTL
set -eu
src=$1
ctl=$2
dir=$src/tests/policy/drift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -n "$ctl" ] && [ -x "$ctl" ] || { echo "agatectl not built: skipped"; exit 77; }

# FILE MIN_F1 MAX_FPR
replay() {
	st=0
	"$ctl" test --rules "$src/policy/packs/default" --frames "$src/policy/frames" \
		--min-f1 "$2" --max-fpr "$3" "$dir/$1" >"$tmp/out" 2>"$tmp/err" || st=$?
	[ "$st" -le 1 ] || fail "$1: status $st: $(cat "$tmp/err")"
	grep -q "^ok   --min-f1" "$tmp/out" || fail "$1: $(grep -- '--min-f1' "$tmp/out")"
	grep -q "^ok   --max-fpr" "$tmp/out" || fail "$1: $(grep -- '--max-fpr' "$tmp/out")"
	grep '^FAIL  ' "$tmp/out" | awk '{print $2}' >"$tmp/failed" || true
	while read -r id; do
		grep -q "^$id " "$dir/known_misses.txt" ||
			fail "$1: $id: $(grep "^FAIL  $id " "$tmp/out")"
	done <"$tmp/failed"
	echo "ok $1: $(grep -c . "$tmp/failed") known misses; $(grep -- '--min-f1' "$tmp/out")"
}

# the cases must say what they expect, or nothing is checked
for f in roles_cases.jsonl generic_cases.jsonl; do
	n=$(grep -c . "$dir/$f")
	e=$(grep -c '"expect": "' "$dir/$f")
	[ "$n" -eq "$e" ] || fail "$f: $e of $n cases have an expect"
done
replay roles_cases.jsonl 0.68 0.0
replay generic_cases.jsonl 0.95 0.0
replay drift_cases.jsonl 0.85 0.03
