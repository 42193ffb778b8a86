/* override_test.c - `override list` and `override predicate`: a site file
 * replaces a pack's threshold or list without editing the pack; and a list
 * of one number is that number in an ordering comparison. */
#include "tests/policy/rules_testlib.h"

static agate_ruleset *compile2(const char *a, const char *b, agate_diags *d, int *rc)
{
	agate_rules_source src[2] = { { "pack.rules", a, strlen(a) },
				      { "site.rules", b, strlen(b) } };
	agate_ruleset *rs = NULL;
	*rc = agate_rules_compile(src, 2, &rs, d);
	return rs;
}

static const char *const pack =
	"default allow\n"
	"list @review_above := [10000]\n"
	"list @payees := [\"acme\", \"globex\"]\n"
	"predicate big := args.amount > @review_above\n"
	"rule @big_transfer\n"
	"  trigger transfer\n"
	"  check big and args.to not in @payees\n"
	"  enforce review \"large transfer to a new payee\"\n"
	"end\n";

static agate_enforcement run(const agate_ruleset *rs, const char *args)
{
	agate_arena *a = agate_arena_new(1 << 20);
	agate_action act = mkact(a, "transfer", args);
	agate_enforcement e = eval1(rs, &act, a).enforcement;
	agate_arena_free(a);
	return e;
}

Test(override, a_list_of_one_number_is_a_threshold)
{
	agate_diags *d = agate_diags_new();
	int rc;
	agate_ruleset *rs = compile2(pack, "", d, &rc);
	cr_assert_eq(rc, 0);
	cr_expect_eq(run(rs, "{\"amount\": 20000, \"to\": \"x\"}"), AGATE_ENFORCE_REVIEW);
	cr_expect_eq(run(rs, "{\"amount\": 20000, \"to\": \"acme\"}"), AGATE_ENFORCE_ALLOW);
	cr_expect_eq(run(rs, "{\"amount\": 9000, \"to\": \"x\"}"), AGATE_ENFORCE_ALLOW);
	/* the argument is still read strictly: a list sent by the agent is
	 * not a number, and the comparison fails closed */
	agate_rules_result r;
	agate_arena *a = agate_arena_new(1 << 20);
	agate_action act = mkact(a, "transfer", "{\"amount\": [5], \"to\": \"x\"}");
	r = eval1(rs, &act, a);
	cr_expect_eq(r.enforcement, AGATE_ENFORCE_BLOCK);
	agate_arena_free(a);
	agate_ruleset_unref(rs);
	agate_diags_free(d);
	/* a list of two numbers is no threshold */
	rs = compile_ok("default allow\nlist @two := [1, 2]\nrule @t\ntrigger any\n"
			"check args.x > @two\nenforce review\nend\n");
	a = agate_arena_new(1 << 20);
	act = mkact(a, "t", "{\"x\": 5}");
	r = eval1(rs, &act, a);
	cr_expect_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "an error, not a review");
	agate_arena_free(a);
	agate_ruleset_unref(rs);
}

Test(override, a_site_file_replaces_a_threshold_and_a_list)
{
	agate_diags *d = agate_diags_new();
	int rc;
	agate_ruleset *rs = compile2(pack,
				     "override list @review_above := [50000]\n"
				     "override list @payees := [@old, \"initech\"]\n"
				     "list @old := [\"acme\"]\n",
				     d, &rc);
	if (rc != 0)
		dump_diags(d);
	cr_assert_eq(rc, 0);
	cr_expect_eq(agate_diags_count(d), 0, "no warning either");
	cr_expect_eq(run(rs, "{\"amount\": 20000, \"to\": \"x\"}"), AGATE_ENFORCE_ALLOW);
	cr_expect_eq(run(rs, "{\"amount\": 60000, \"to\": \"x\"}"), AGATE_ENFORCE_REVIEW);
	cr_expect_eq(run(rs, "{\"amount\": 60000, \"to\": \"initech\"}"), AGATE_ENFORCE_ALLOW);
	cr_expect_eq(run(rs, "{\"amount\": 60000, \"to\": \"globex\"}"), AGATE_ENFORCE_REVIEW);
	agate_ruleset_unref(rs);
	agate_diags_free(d);

	/* the override may come first in load order too */
	d = agate_diags_new();
	const char *site = "override predicate big := args.amount > 100\n";
	agate_rules_source src[2] = {
		{ "site.rules", site, strlen(site) },
		{ "pack.rules", pack, strlen(pack) },
	};
	rs = NULL;
	cr_assert_eq(agate_rules_compile(src, 2, &rs, d), 0);
	cr_expect_eq(run(rs, "{\"amount\": 500, \"to\": \"x\"}"), AGATE_ENFORCE_REVIEW);
	agate_ruleset_unref(rs);
	agate_diags_free(d);
}

Test(override, overrides_of_nothing_or_twice_are_errors)
{
	agate_diags *d = agate_diags_new();
	int rc;
	(void)compile2(pack, "override list @review_abov := [1]\n", d, &rc);
	cr_expect_neq(rc, 0);
	cr_expect(has_diag(d, "site.rules:1:15: error: override of an unknown list @review_abov"));
	agate_diags_free(d);

	d = agate_diags_new();
	(void)compile2(pack,
		       "override predicate big := false\noverride predicate big := true\n", d,
		       &rc);
	cr_expect_neq(rc, 0);
	cr_expect(has_diag(d, "predicate 'big' is overridden twice (first at site.rules:1)"));
	agate_diags_free(d);

	d = agate_diags_new();
	(void)compile2(pack, "override predicate nosuch := true\n", d, &rc);
	cr_expect(has_diag(d, "override of an unknown predicate 'nosuch'"));
	agate_diags_free(d);

	/* without `override` a second definition is still a duplicate */
	d = agate_diags_new();
	(void)compile2(pack, "list @review_above := [1]\n", d, &rc);
	cr_expect_neq(rc, 0);
	cr_expect(has_diag(d, "duplicate list @review_above"));
	agate_diags_free(d);

	/* a broken override is reported once, and the next statement parses */
	d = agate_diags_new();
	(void)compile2(pack, "override list @review_above := 5\nlist @fine := [1]\n"
			     "rule @r\ntrigger x\ncheck args.a in @fine\nenforce block\nend\n",
		       d, &rc);
	cr_expect_neq(rc, 0);
	if (!has_diag(d, "site.rules:1:32: error: expected '['"))
		dump_diags(d);
	cr_expect(has_diag(d, "site.rules:1:32: error: expected '['"));
	cr_expect_not(has_diag(d, "duplicate"));
	cr_expect_eq(agate_diags_errors(d), 1);
	agate_diags_free(d);

	/* inside a rule, `override` alone is still the clause */
	agate_ruleset *rs = compile_ok("default block\nrule @ok\ntrigger t\npriority 5\noverride\n"
				       "enforce allow\nend\n");
	agate_ruleset_unref(rs);
}
