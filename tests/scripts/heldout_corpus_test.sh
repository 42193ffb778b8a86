#!/bin/sh
# heldout_corpus_test.sh - replay the held-out corpus (tests/corpus/
# heldout.jsonl, written before it was measured) with the shipped packs
# and frames, with the cascade and without it, per source, and fail when a
# figure falls below its floor. The floors sit a little below the figures
# measured after the fixes (docs/packs.md, "Held-out corpus"), so that a
# change that costs the gate on data it was not tuned on is caught.
# Usage: heldout_corpus_test.sh SOURCE_ROOT AGATECTL
set -eu
src=$1
ctl=$2
corpus=$src/tests/corpus/heldout.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -n "$ctl" ] && [ -x "$ctl" ] || { echo "agatectl not built: skipped"; exit 77; }
[ -r "$corpus" ] || fail "$corpus: missing"

# the corpus must be what its generator writes, and hold both labels of both sources
if command -v python3 >/dev/null 2>&1; then
	python3 "$src/tests/corpus/gen_heldout.py" >"$tmp/gen.jsonl"
	cmp -s "$tmp/gen.jsonl" "$corpus" || fail "heldout.jsonl differs from gen_heldout.py's output"
fi
for s in heldout-code heldout-biz; do
	for l in 0 1; do
		n=$(grep "\"source\": \"$s\"" "$corpus" | grep -c "\"label\": $l," || true)
		[ "$n" -ge 50 ] || fail "$s: only $n cases of label $l"
	done
	grep "\"source\": \"$s\"" "$corpus" >"$tmp/$s.jsonl"
done

# NAME FILE MIN_F1 MAX_FPR [--no-drift]
floor() {
	name=$1 file=$2 f1=$3 fpr=$4
	shift 4
	st=0
	"$ctl" test --rules "$src/policy/packs/default" --frames "$src/policy/frames" "$@" \
		--min-f1 "$f1" --max-fpr "$fpr" "$file" >"$tmp/out" 2>"$tmp/err" || st=$?
	[ "$st" -le 1 ] || fail "$name: status $st: $(cat "$tmp/err")"
	grep -q "^ok   --min-f1" "$tmp/out" || fail "$name: $(grep -- '--min-f1' "$tmp/out")"
	grep -q "^ok   --max-fpr" "$tmp/out" || fail "$name: $(grep -- '--max-fpr' "$tmp/out")"
	echo "ok $name: $(grep -- '--min-f1' "$tmp/out"); $(grep -- '--max-fpr' "$tmp/out")"
}

#     name                    file                       F1 >=  FPR <=
floor "all, cascade"          "$corpus"                  0.89   0.05
floor "all, rules only"       "$corpus"                  0.89   0.03   --no-drift
floor "code, cascade"         "$tmp/heldout-code.jsonl"  0.96   0.03
floor "code, rules only"      "$tmp/heldout-code.jsonl"  0.96   0.03   --no-drift
floor "business, cascade"     "$tmp/heldout-biz.jsonl"   0.80   0.08
floor "business, rules only"  "$tmp/heldout-biz.jsonl"   0.80   0.03   --no-drift
