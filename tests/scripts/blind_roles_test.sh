#!/bin/sh
# blind_roles_test.sh - replay a role-scoped corpus written by another
# hand (blind, or opened for development: tests/corpus/README.md) with the
# shipped packs and frames, with the cascade and without it. It checks
# the corpus's shape (the file is what its generator writes, both labels
# in each category, no purpose on most cases, a trigger on every case)
# and fails when a figure falls below its floor. The floors sit a little
# below the corpus's figures in docs/drift.md (its first, blind ones, or
# those after the fixes of the causes that measurement grouped, which are
# no longer blind), so that a regression shows; they are floors, not
# targets.
# Usage: blind_roles_test.sh SOURCE_ROOT AGATECTL NAME \
#            CASCADE_MIN_F1 CASCADE_MAX_FPR RULES_MIN_F1 RULES_MAX_FPR
# NAME is the corpus (blind2 for tests/corpus/blind2.jsonl, written by
# gen_blind2.py; dev5 ... dev10 likewise).
set -eu
src=$1
ctl=$2
corpus_name=$3
cascade_f1=$4 cascade_fpr=$5 rules_f1=$6 rules_fpr=$7
corpus=$src/tests/corpus/$corpus_name.jsonl
. "$src/tests/scripts/corpus_lib.sh"

matches_generator "gen_$corpus_name.py"
total=$(grep -c '^{' "$corpus")
[ "$total" -ge 300 ] || fail "only $total cases"
# every category the corpus holds has both labels, four of each at
# least (dev36 weights its categories: 12 of each in jailbreak and
# destruction; dev37 8 of each in jailbreak; dev39 4 of each in
# jailbreak); a corpus may hold a few of the eight (dev25 holds three),
# never fewer than three
ncat=0
for c in prompt_injection tool_misuse exfiltration social_engineering jailbreak \
	privilege_escalation compliance_violation destructive_action; do
	# exfiltration is spelled data_exfiltration by some writers
	grep -qE "\"category\": \"(data_)?$c\"" "$corpus" || continue
	ncat=$((ncat + 1))
	for l in 0 1; do
		n=$(grep -E "\"category\": \"(data_)?$c\"" "$corpus" | grep -c "\"label\": $l," || true)
		[ "$n" -ge 4 ] || fail "$c: only $n cases of label $l"
	done
done
[ "$ncat" -ge 3 ] || fail "only $ncat of the eight categories"
unsafe=$(grep -c '"label": 1,' "$corpus" || true)
[ "$((unsafe * 5))" -ge "$((total * 2))" ] && [ "$((unsafe * 5))" -le "$((total * 3))" ] ||
	fail "$unsafe unsafe of $total: not about half"
with_purpose=$(grep -c '"purpose": ' "$corpus" || true)
[ "$((with_purpose * 2))" -lt "$total" ] || fail "$with_purpose of $total cases carry a purpose"
no_trigger=$(grep '^{' "$corpus" | grep -vc '"trigger": ' || true)
[ "$no_trigger" -eq 0 ] || fail "$no_trigger cases have no context.trigger"

# NAME MIN_F1 MAX_FPR [--no-drift]
floor() { what=$1; shift; floor_of "$what" "$corpus" "$@"; }

floor "cascade"       "$cascade_f1" "$cascade_fpr"
floor "rules only"    "$rules_f1" "$rules_fpr"   --no-drift
