/* key_needs_test.c - a rule's key needs (policy/lang/key_needs.c) change
 * what evaluation runs, never what it answers:
 *   - a check false whenever its param() is nil makes a need of the
 *     param()'s names; `not`, `== nil`, `all`, an `or` whose other side
 *     needs nothing, a param() of a derived text make none;
 *   - a rule is skipped only when the call holds none of those names as
 *     an argument key (at any depth), or as `key=value` in one of its
 *     strings, its text or its tool, folded as param() folds them;
 *   - for many generated calls (names from the lists and not, case and
 *     separator variants, non-ASCII, nesting, trees deeper than param()
 *     walks), plain evaluation (needs used) and explained evaluation
 *     (every check run) answer the same verdict, rule and reason, on a
 *     pack of its own and on the shipped default pack;
 *   - a rule that could answer an error on a call without the names (an
 *     ordering of another value) has no key need.
 */
#include "tests/policy/rules_testlib.h"

#include "policy/eval/eval_int.h"

static const rl_rule *rule_named(const agate_ruleset *rs, const char *name)
{
	for (size_t i = 0; i < rs->nrules; i++)
		if (strcmp(rs->rules[i]->name, name) == 0)
			return rs->rules[i];
	cr_assert_fail("no rule %s", name);
	return NULL;
}

static const char key_rules[] =
	"default allow\n"
	"rule @switch\ntrigger any\n"
	"check first(param(args, [\"skip_review\", \"no_review\"]), param(text, [\"skip_review\", \"no_review\"])) in [true, \"true\", \"yes\", \"1\", 1]\n"
	"enforce review \"switch\"\nend\n"
	"rule @big_amount\ntrigger any\n"
	"check amount(first(param(args, [\"amount\", \"sum\"]), param(text, [\"amount\", \"sum\"]), param(tool, [\"amount\"]))) > 1000\n"
	"enforce block \"amount\"\nend\n"
	"rule @either\ntrigger any\n"
	"check param(args, [\"flag\"]) in [\"on\"] or param(text, [\"level\"]) matches /high/\n"
	"enforce review \"either\"\nend\n"
	"rule @is_there\ntrigger any\n"
	"check any param(context, [\"approver\"]) matches /^(self|none)$/\n"
	"check param(args, [\"owner\"]) != nil\n"
	"enforce review \"there\"\nend\n"
	/* none of these may make a need */
	"rule @negated\ntrigger any\n"
	"check not param(args, [\"mode\"]) matches /safe/\n"
	"check tool == \"negated\"\n"
	"enforce review \"negated\"\nend\n"
	"rule @absent\ntrigger any\n"
	"check param(args, [\"owner\"]) == nil\n"
	"check tool == \"absent\"\n"
	"enforce review \"absent\"\nend\n"
	"rule @every\ntrigger any\n"
	"check all param(args, [\"tags\"]) matches /^ok$/\n"
	"check tool == \"every\"\n"
	"enforce review \"every\"\nend\n"
	"rule @half_or\ntrigger any\n"
	"check param(args, [\"flag\"]) in [\"on\"] or tool == \"half_or\"\n"
	"enforce review \"half\"\nend\n"
	"rule @derived\ntrigger any\n"
	"check param(lower(text), [\"flag\"]) in [\"on\"]\n"
	"enforce review \"derived\"\nend\n"
	/* skipping it would hide the error of a count that is no number */
	"rule @loud\ntrigger any\n"
	"check args.count > 3\n"
	"check param(args, [\"flag\"]) in [\"on\"]\n"
	"enforce review \"loud\"\nend\n"
	"rule @other_value\ntrigger any\n"
	"check first(param(args, [\"flag\"]), \"on\") == \"on\"\n"
	"check tool == \"other_value\"\n"
	"enforce review \"other\"\nend\n";

Test(key_needs, required_param_lookups_make_needs_and_only_they)
{
	agate_ruleset *rs = compile_ok(key_rules);
	cr_expect_eq(rule_named(rs, "switch")->nkneeds, 1);
	cr_expect_eq(rule_named(rs, "big_amount")->nkneeds, 1);
	cr_expect_eq(rule_named(rs, "either")->nkneeds, 1);
	cr_expect_eq(rule_named(rs, "is_there")->nkneeds, 2);
	cr_expect_eq(rule_named(rs, "negated")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "absent")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "every")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "half_or")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "derived")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "other_value")->nkneeds, 0);
	cr_expect_eq(rule_named(rs, "loud")->nkneeds, 0);
	cr_expect_not_null(rs->knames);
	agate_ruleset_unref(rs);
}

/* whether rule `name` ran its checks on the call, and the verdict */
static bool ran(const agate_ruleset *rs, const char *name, const char *tool, const char *args,
		const char *text, agate_enforcement want)
{
	agate_arena *a = agate_arena_new(1 << 20);
	agate_rule_tally *t = calloc(rs->nrules, sizeof(*t));
	cr_assert(a && t);
	agate_eval_env env = { .tally = t };
	agate_action act = mkact(a, tool, args);
	if (text) {
		act.text.ptr = text;
		act.text.len = strlen(text);
	}
	agate_rules_result r;
	cr_assert_eq(agate_rules_eval(rs, &act, &env, a, &r), 0);
	cr_expect_eq(r.enforcement, want, "%s %s: %s", tool, args,
		     agate_enforcement_name(r.enforcement));
	uint32_t id = rule_named(rs, name)->index;
	cr_expect_eq(t[id].reached, 1u);
	bool evaluated = t[id].evaluated > 0;
	free(t);
	agate_arena_free(a);
	return evaluated;
}

Test(key_needs, a_rule_runs_only_when_the_call_holds_a_name)
{
	agate_ruleset *rs = compile_ok(key_rules);
	const agate_enforcement A = AGATE_ENFORCE_ALLOW, R = AGATE_ENFORCE_REVIEW;
	/* no such name anywhere: skipped */
	cr_expect(!ran(rs, "switch", "note", "{\"review\": \"true\", \"skip\": 1}", "skip review", A));
	/* as a key, folded as param() folds it, at any depth */
	cr_expect(ran(rs, "switch", "note", "{\"SkipReview\": \"yes\"}", NULL, R));
	cr_expect(ran(rs, "switch", "note", "{\"a\": [{\"b\": {\"skip-review\": true}}]}", NULL, R));
	cr_expect(ran(rs, "switch", "note", "{\"NO.REVIEW\": \"no\"}", NULL, A));
	/* as key=value in an argument's string or in the text */
	cr_expect(ran(rs, "switch", "note", "{\"q\": \"x=1&skip_review=1\"}", NULL, R));
	cr_expect(ran(rs, "switch", "note", "{}", "please: skip_review: yes", R));
	/* a name without `=` or `:` after it is no assignment: skipped */
	cr_expect(!ran(rs, "switch", "note", "{\"q\": \"skip_review is on\"}", NULL, A));
	/* the tool's own key=value counts for param(tool, ...) */
	cr_expect(ran(rs, "big_amount", "pay?amount=5000", "{}", NULL, AGATE_ENFORCE_BLOCK));
	cr_expect(!ran(rs, "big_amount", "pay", "{\"total\": 5000}", NULL, A));
	/* a rule without a key need runs */
	cr_expect(ran(rs, "half_or", "note", "{}", NULL, A));
	agate_ruleset_unref(rs);
}

/* ---- the oracle: needs used and not, on generated calls ------------------ */

typedef struct rng {
	uint64_t s;
} rng;

static unsigned pick(rng *r, unsigned n)
{
	r->s = r->s * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((r->s >> 33) % n);
}

/* a name a call might use: one of the rule set's names respelt (case,
 * separators), a near miss, or another word */
static void name_of(rng *r, const rl_pkeys *ks, char *out, size_t cap)
{
	static const char *const other[] = { "review", "skip", "mode", "id", "to", "note",
					     "r\xc3\xa9view", "\xc3\x9f" "kip_review", "amountx",
					     "x-amount", "count", "" };
	unsigned how = pick(r, 10);
	if (!ks || how >= 7) {
		snprintf(out, cap, "%s", other[pick(r, sizeof other / sizeof *other)]);
		return;
	}
	const char *k = ks->key[pick(r, (unsigned)ks->n)];
	size_t n = strlen(k), o = 0;
	for (size_t i = 0; i < n && o + 3 < cap; i++) {
		char ch = k[i];
		if (how >= 1 && i && pick(r, 4) == 0)
			out[o++] = "_-. "[pick(r, how >= 3 ? 4 : 1)];
		out[o++] = how >= 2 && pick(r, 2) ? (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch) : ch;
	}
	if (how == 6 && o + 1 < cap)
		out[o++] = 'x'; /* one letter too many: another name */
	out[o] = '\0';
}

static const char *value_of(rng *r)
{
	static const char *const v[] = {
		"true", "\"true\"", "\"yes\"", "1", "0", "false", "\"off\"", "\"no\"", "null",
		"\"none\"", "\"self\"", "\"disabled\"", "48000", "\"EUR 9,500\"", "\"50000\"",
		"\"high\"", "\"on\"", "\"safe\"", "\"ok\"", "[\"ok\", \"no\"]", "{}", "\"lots\"",
		"\"skip_review=yes\"", "\"amount: 20000\"", "\"\"",
	};
	return v[pick(r, sizeof v / sizeof *v)];
}

/* one JSON object of a few members, some of them nested */
static void object_of(rng *r, const rl_pkeys *ks, char *out, size_t cap, int depth)
{
	size_t o = (size_t)snprintf(out, cap, "{");
	unsigned n = pick(r, 4);
	for (unsigned i = 0; i < n && o + 256 < cap; i++) {
		char name[64];
		name_of(r, ks, name, sizeof name);
		o += (size_t)snprintf(out + o, cap - o, "%s\"%s\": ", i ? ", " : "", name);
		if (depth < 3 && pick(r, 4) == 0) {
			char sub[1024];
			object_of(r, ks, sub, sizeof sub, depth + 1);
			o += (size_t)snprintf(out + o, cap - o, pick(r, 2) ? "%s" : "[%s]", sub);
		} else if (pick(r, 5) == 0) {
			char n2[64];
			name_of(r, ks, n2, sizeof n2);
			o += (size_t)snprintf(out + o, cap - o, "\"go %s=%s; then\"", n2,
					      pick(r, 2) ? "yes" : "20000");
		} else {
			o += (size_t)snprintf(out + o, cap - o, "%s", value_of(r));
		}
	}
	snprintf(out + o, cap - o, "}");
}

/* a tree deeper than param() walks, with a name at the bottom */
static void deep_of(rng *r, const rl_pkeys *ks, char *out, size_t cap)
{
	char name[64];
	name_of(r, ks, name, sizeof name);
	size_t o = 0;
	for (int i = 0; i < RL_MAX_WALK + 3 && o + 8 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "{\"d\": ");
	o += (size_t)snprintf(out + o, cap - o, "{\"%s\": true}", name);
	for (int i = 0; i < RL_MAX_WALK + 3 && o + 2 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "}");
}

static const char *const tools[] = { "note", "bank_transfer", "update_record", "bash",
				     "send_message", "set_config", "api_call", "pay?amount=90000",
				     "delete_bucket", "negated", "absent", "every", "half_or",
				     "other_value", "grant_role", "run_sql" };

/* n generated calls: plain and explained answers equal; how many rules
 * the plain evaluation skipped by a key need, into *skipped */
static void same_answers(const agate_ruleset *rs, unsigned n, uint64_t seed, size_t *blocked)
{
	rng r = { seed };
	const rl_pkeys *ks = rs->knames;
	cr_assert_not_null(ks);
	for (unsigned i = 0; i < n; i++) {
		agate_arena *a = agate_arena_new(1 << 22);
		cr_assert(a);
		char args[8192], ctx[2048], text[256], n1[64];
		if (pick(&r, 40) == 0)
			deep_of(&r, ks, args, sizeof args);
		else
			object_of(&r, ks, args, sizeof args, 0);
		object_of(&r, ks, ctx, sizeof ctx, 1);
		name_of(&r, ks, n1, sizeof n1);
		snprintf(text, sizeof text, pick(&r, 2) ? "please %s=%s now" : "\"%s\": \"%s\"", n1,
			 pick(&r, 2) ? "true" : "none");
		agate_action act = mkact(a, tools[pick(&r, sizeof tools / sizeof *tools)], args);
		if (pick(&r, 2)) {
			act.text.ptr = text;
			act.text.len = strlen(text);
		}
		if (pick(&r, 2))
			act.context = tj(a, ctx);
		agate_rules_result p = eval1(rs, &act, a);
		agate_eval_env env = { .explain = true };
		agate_rules_result x = eval_env(rs, &act, &env, a);
		cr_assert_eq(p.enforcement, x.enforcement, "call %u %s %s: %s plain, %s explained", i,
			     act.tool.ptr, args, agate_enforcement_name(p.enforcement),
			     agate_enforcement_name(x.enforcement));
		cr_assert((!p.rule && !x.rule) || (p.rule && x.rule && !strcmp(p.rule, x.rule)),
			  "call %u %s: rule %s plain, %s explained", i, args, p.rule ? p.rule : "-",
			  x.rule ? x.rule : "-");
		cr_assert_str_eq(p.reason, x.reason, "call %u %s", i, args);
		*blocked += p.enforcement != AGATE_ENFORCE_ALLOW;
		agate_arena_free(a);
	}
}

Test(key_needs, own_pack_verdicts_do_not_depend_on_key_needs)
{
	agate_ruleset *rs = compile_ok(key_rules);
	size_t blocked = 0;
	same_answers(rs, 4000, 17, &blocked);
	/* both answers are reached, or the comparison shows little */
	cr_expect_gt(blocked, 200);
	cr_expect_lt(blocked, 3800);
	agate_ruleset_unref(rs);
}

Test(key_needs, default_pack_verdicts_do_not_depend_on_key_needs, .timeout = 120)
{
	agate_ruleset *rs = load_default_pack();
	size_t nk = 0;
	for (size_t i = 0; i < rs->nrules; i++)
		nk += rs->rules[i]->nkneeds > 0;
	/* the pack's switch and setting rules have them */
	cr_expect_gt(nk, 5);
	cr_expect_gt(rule_named(rs, "control_skipped_in_arguments")->nkneeds, 0);
	cr_expect_gt(rule_named(rs, "safety_nets_switched_off")->nkneeds, 0);
	size_t blocked = 0;
	same_answers(rs, 1500, 91, &blocked);
	cr_expect_gt(blocked, 20);
	cr_expect_lt(blocked, 1480);
	agate_ruleset_unref(rs);
}

/* Texts of a few bytes around a name, every way a name may end or be
 * followed (quotes, blanks, `==`, separators a name folds away, bytes of
 * other scripts): param() finding the name or not is the oracle for the
 * names read back from `=` and `:`. */
static const char text_rules[] =
	"default allow\n"
	"rule @in_text\ntrigger any\n"
	"check param(text, [\"k\"]) != nil\n"
	"enforce review \"text\"\nend\n"
	"rule @in_tool\ntrigger any\n"
	"check param(tool, [\"k\"]) != nil\n"
	"enforce review \"tool\"\nend\n"
	"rule @in_args\ntrigger any\n"
	"check param(args, [\"k\"]) != nil\n"
	"enforce block \"args\"\nend\n";

Test(key_needs, names_in_text_are_those_param_finds)
{
	agate_ruleset *rs = compile_ok(text_rules);
	cr_assert_eq(rule_named(rs, "in_text")->nkneeds, 1);
	cr_assert_eq(rule_named(rs, "in_tool")->nkneeds, 1);
	static const char *const bits[] = { "k", "K", "_", "-", ".", "'", "\"", " ", "=", ":",
					    "a", "\xc3\xa9", "==", "k=", "\t", "1" };
	rng r = { 5 };
	size_t held[3] = { 0, 0, 0 };
	for (unsigned i = 0; i < 20000; i++) {
		char s[64] = "";
		unsigned n = 1 + pick(&r, 8);
		for (unsigned j = 0; j < n; j++)
			strcat(s, bits[pick(&r, sizeof bits / sizeof *bits)]);
		agate_arena *a = agate_arena_new(1 << 20);
		char args[160], esc[128];
		size_t o = 0;
		for (const char *p = s; *p && o + 2 < sizeof esc; p++) {
			if (*p == '"' || *p == '\\')
				esc[o++] = '\\';
			esc[o++] = *p == '\t' ? ' ' : *p;
		}
		esc[o] = '\0';
		snprintf(args, sizeof args, "{\"v\": \"%s\"}", esc);
		const char *tool = pick(&r, 2) ? s : "note";
		agate_action act = mkact(a, pick(&r, 2) ? tool : "note", pick(&r, 2) ? args : "{}");
		act.text.ptr = s;
		act.text.len = strlen(s);
		agate_rules_result p = eval1(rs, &act, a);
		agate_eval_env env = { .explain = true };
		agate_rules_result x = eval_env(rs, &act, &env, a);
		cr_assert_eq(p.enforcement, x.enforcement, "[%s] args %s: %s plain, %s explained", s,
			     args, agate_enforcement_name(p.enforcement),
			     agate_enforcement_name(x.enforcement));
		cr_assert((!p.rule && !x.rule) || (p.rule && x.rule && !strcmp(p.rule, x.rule)),
			  "[%s]: rule %s plain, %s explained", s, p.rule ? p.rule : "-",
			  x.rule ? x.rule : "-");
		held[p.enforcement == AGATE_ENFORCE_ALLOW ? 0 :
		     p.enforcement == AGATE_ENFORCE_REVIEW ? 1 : 2]++;
		agate_arena_free(a);
	}
	/* the texts fall on both sides, or the comparison shows little */
	cr_expect_gt(held[0], 1000);
	cr_expect_gt(held[1], 1000);
	cr_expect_gt(held[2], 500);
	agate_ruleset_unref(rs);
}
