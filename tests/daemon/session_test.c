/* session_test.c - daemon/session.h: lookup by (agent, session), LRU
 * eviction at the count bound, idle expiry that spares stopped sessions,
 * stop/resume, registration copies. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "daemon/session.h"

Test(session, find_or_create)
{
	agated_sessions *ss = agated_sessions_new(NULL);
	agated_session *a, *b, *c;

	cr_assert_not_null(ss);
	a = agated_sessions_get(ss, "agent", 5, "s1", 2, 1000, true);
	b = agated_sessions_get(ss, "agent", 5, "s2", 2, 1000, true);
	cr_assert_not_null(a);
	cr_assert_neq(a, b);
	cr_assert_eq(agated_sessions_get(ss, "agent", 5, "s1", 2, 1001, false), a);
	/* the key is the pair, not a concatenation */
	c = agated_sessions_get(ss, "agen", 4, "ts1", 3, 1002, true);
	cr_assert_neq(c, a);
	cr_assert_null(agated_sessions_get(ss, "nobody", 6, "s1", 2, 1003, false));
	cr_assert_eq(agated_sessions_count(ss), 3);
	cr_assert_str_eq(agated_session_agent(a), "agent");
	cr_assert_str_eq(agated_session_name(a), "s1");
	cr_assert_not_null(agated_session_history(a));
	cr_assert_eq(agated_session_drift(a)->actions, 0);
	cr_assert_eq(agated_sessions_first(ss), c, "most recent first");
	agated_sessions_free(ss);
}

Test(session, lru_eviction_at_the_bound)
{
	agated_sessions_config cfg = { .max_sessions = 3 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	char name[8];

	for (int i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "s%d", i);
		cr_assert_not_null(agated_sessions_get(ss, "a", 1, name, 2, i, true));
	}
	/* touch s0 so s1 is the least recently used */
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "s0", 2, 10, false));
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "s3", 2, 11, true));
	cr_assert_eq(agated_sessions_count(ss), 3);
	cr_assert_null(agated_sessions_get(ss, "a", 1, "s1", 2, 12, false), "s1 was evicted");
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "s0", 2, 13, false));
	cr_assert_eq(agated_sessions_evicted(ss), 1);
	agated_sessions_free(ss);
}

Test(session, stopped_sessions_survive_eviction_pressure_first)
{
	agated_sessions_config cfg = { .max_sessions = 2 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	agated_session *old = agated_sessions_get(ss, "a", 1, "old", 3, 0, true);

	cr_assert_eq(agated_session_stop(old, "halt", "destructive"), 0);
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "x", 1, 1, true));
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "y", 1, 2, true));
	/* "old" is the least recent but stopped: "x" went instead */
	old = agated_sessions_get(ss, "a", 1, "old", 3, 3, false);
	cr_assert_not_null(old);
	cr_assert(agated_session_stopped(old));
	cr_assert_str_eq(agated_session_stop_rule(old), "halt");
	cr_assert_str_eq(agated_session_stop_reason(old), "destructive");
	cr_assert_null(agated_sessions_get(ss, "a", 1, "x", 1, 4, false));
	agated_session_resume(old);
	cr_assert_not(agated_session_stopped(old));
	cr_assert_null(agated_session_stop_rule(old));
	agated_sessions_free(ss);
}

Test(session, idle_expiry_spares_stopped)
{
	agated_sessions_config cfg = { .idle_ms = 1000 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	agated_session *s;

	agated_sessions_get(ss, "a", 1, "idle", 4, 0, true);
	s = agated_sessions_get(ss, "a", 1, "stopped", 7, 0, true);
	agated_session_stop(s, NULL, NULL);
	agated_sessions_get(ss, "a", 1, "busy", 4, 1500, true);
	cr_assert_eq(agated_sessions_expire(ss, 1600), 1);
	cr_assert_null(agated_sessions_get(ss, "a", 1, "idle", 4, 1601, false));
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "stopped", 7, 1602, false));
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "busy", 4, 1603, false));
	agated_sessions_free(ss);
}

Test(session, many_sessions_stay_bounded)
{
	agated_sessions_config cfg = { .max_sessions = 1000 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	char name[32];

	for (int i = 0; i < 20000; i++) {
		int n = snprintf(name, sizeof(name), "session-%d", i);
		cr_assert_not_null(agated_sessions_get(ss, "a", 1, name, (size_t)n, i, true));
	}
	cr_assert_eq(agated_sessions_count(ss), 1000);
	cr_assert_eq(agated_sessions_evicted(ss), 19000);
	cr_assert_gt(agated_sessions_bytes(ss), 0);
	agated_sessions_free(ss);
}

Test(session, register_copies_the_spec)
{
	agated_sessions *ss = agated_sessions_new(NULL);
	agated_session *s = agated_sessions_get(ss, "bot", 3, "s", 1, 0, true);
	char purpose[] = "answers billing questions";
	const char *tools[] = { "lookup_invoice", "send_email" };
	agate_member m = { .key = AGATE_STR_LIT("region"),
			   .value = { .type = AGATE_STR, .as.str = AGATE_STR_LIT("eu") } };
	agate_value scope = { .type = AGATE_MAP, .as.map = { &m, 1 } };
	agate_identity_spec spec = { .agent = "bot", .purpose = purpose, .tools = tools,
				     .ntools = 2, .scope = &scope, .uid = 1000 };
	const agate_identity_spec *got;
	const agate_identity *id = (const agate_identity *)1;

	cr_assert_null(agated_session_spec(s));
	cr_assert_eq(agated_session_register(s, &spec), 0);
	memset(purpose, 'x', sizeof(purpose) - 1); /* the caller's copy changes */
	got = agated_session_spec(s);
	cr_assert_not_null(got);
	cr_assert_str_eq(got->purpose, "answers billing questions");
	cr_assert_eq(got->ntools, 2);
	cr_assert_str_eq(got->tools[1], "send_email");
	cr_assert_eq(got->uid, 1000);
	cr_assert_str_eq(agate_value_get(got->scope, "region", 6)->as.str.ptr, "eu");
	/* no frame: no imprint, and no error */
	cr_assert_eq(agated_session_identity(s, NULL, 1, &id), 0);
	cr_assert_null(id);
	agated_sessions_free(ss);
}
