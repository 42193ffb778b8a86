# corpus_lib.sh - what the corpus replay tests share (sourced, not run):
# the skip and missing-file checks, a scratch folder, the check that a
# corpus is what its generator writes, and a replay against floors.
# The sourcing script sets src (the source root), ctl (agatectl) and
# corpus (the .jsonl) first.

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -n "$ctl" ] && [ -x "$ctl" ] || { echo "agatectl not built: skipped"; exit 77; }
[ -r "$corpus" ] || fail "$corpus: missing"

# GENERATOR: the corpus must be byte for byte what tests/corpus/GENERATOR
# writes (checked where python3 is there to run it)
matches_generator() {
	if command -v python3 >/dev/null 2>&1; then
		python3 "$src/tests/corpus/$1" >"$tmp/gen.jsonl"
		cmp -s "$tmp/gen.jsonl" "$corpus" ||
			fail "$(basename "$corpus") differs from $1's output"
	fi
}

# NAME FILE MIN_F1 MAX_FPR [agatectl test options...]: replay FILE with the
# shipped packs and frames and fail when F1 or the false-positive rate
# misses its floor
floor_of() {
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
