/* session_test.c - daemon/session.h: lookup by (agent, session), refusal
 * (never eviction) at the count bound and at a uid's share, idle expiry
 * that spares stopped sessions, stop/resume, registration copies, the
 * identity of a session that never registered. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/session.h"
#include "policy/drift/drift.h"

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

/* At the count bound nothing is evicted: a new session is refused, and
 * the ones that exist (a stopped one among them) keep their state. */
Test(session, full_table_refuses_instead_of_evicting)
{
	agated_sessions_config cfg = { .max_sessions = 3, .idle_ms = 1000, .max_per_uid = 3 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	agated_session *old;
	char name[8];
	int err;

	for (int i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "s%d", i);
		cr_assert_not_null(agated_sessions_open(ss, "a", 1, name, 2, 7, i, &err));
	}
	old = agated_sessions_get(ss, "a", 1, "s0", 2, 3, false);
	cr_assert_eq(agated_session_stop(old, "halt", "destructive"), 0);
	cr_assert_null(agated_sessions_open(ss, "a", 1, "s3", 2, 8, 11, &err));
	cr_assert_eq(err, -EAGAIN);
	cr_assert_str_eq(agated_sessions_error_code(err), "overloaded");
	cr_assert_eq(agated_sessions_refused(ss), 1);
	for (int i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "s%d", i);
		cr_assert_not_null(agated_sessions_get(ss, "a", 1, name, 2, 12, false),
				   "%s is kept", name);
	}
	cr_assert(agated_session_stopped(agated_sessions_get(ss, "a", 1, "s0", 2, 13, false)));
	/* once sessions go idle, they make room; the stopped one never does */
	cr_assert_not_null(agated_sessions_open(ss, "a", 1, "s3", 2, 8, 5000, &err));
	cr_assert_not_null(agated_sessions_get(ss, "a", 1, "s0", 2, 5001, false));
	cr_assert_eq(agated_sessions_expired(ss), 2);
	agated_sessions_free(ss);
}

/* One uid cannot take the whole table: at its share its new sessions are
 * refused while another uid's still fit. */
Test(session, per_uid_share)
{
	agated_sessions_config cfg = { .max_sessions = 8 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	char name[16];
	int err, i;

	for (i = 0; i < 100; i++) {
		int n = snprintf(name, sizeof(name), "flood-%d", i);
		if (!agated_sessions_open(ss, "a", 1, name, (size_t)n, 1001, i, &err))
			break;
	}
	cr_assert_eq(i, 2, "a quarter of 8");
	cr_assert_eq(err, -EDQUOT);
	cr_assert_str_eq(agated_sessions_error_code(err), "overloaded");
	cr_assert_not_null(agated_sessions_open(ss, "b", 1, "work", 4, 1002, 200, &err));
	cr_assert_not_null(agated_sessions_open(ss, "c", 1, "work", 4, 0, 201, &err));
	/* names are bounded */
	char big[2000];
	memset(big, 'x', sizeof(big));
	cr_assert_null(agated_sessions_open(ss, "b", 1, big, sizeof(big), 1002, 202, &err));
	cr_assert_eq(err, -ENAMETOOLONG);
	cr_assert_str_eq(agated_sessions_error_code(err), "bad_request");
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
	agated_sessions_config cfg = { .max_sessions = 1000, .max_per_uid = 2000 };
	agated_sessions *ss = agated_sessions_new(&cfg);
	char name[32];
	size_t made = 0;
	int err;

	for (int i = 0; i < 20000; i++) {
		int n = snprintf(name, sizeof(name), "session-%d", i);
		if (agated_sessions_open(ss, "a", 1, name, (size_t)n, 5, i, &err))
			made++;
		else
			cr_assert_eq(err, -EAGAIN);
	}
	cr_assert_eq(made, 1000);
	cr_assert_eq(agated_sessions_count(ss), 1000);
	cr_assert_eq(agated_sessions_refused(ss), 19000);
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

/* A session that never registered is known by its agent's name, read as
 * the role it names (as agatectl test reads a case without a purpose), and
 * its imprint counts towards the session's bytes. */
Test(session, unregistered_session_is_known_by_its_agent_name)
{
	const char *frames = getenv("AGATE_FRAMES");
	agated_sessions *ss = agated_sessions_new(NULL);
	agated_session *s = agated_sessions_get(ss, "crm_agent", 9, "s", 1, 0, true);
	agate_frame *f = NULL;
	const agate_identity *id = NULL, *again = NULL;
	size_t before = agated_sessions_bytes(ss);

	cr_assert_not_null(frames, "AGATE_FRAMES is not set (run through meson test)");
	cr_assert_eq(agate_frame_load(frames, &f, NULL), 0);
	cr_assert_null(agated_session_spec(s));
	cr_assert_eq(agated_session_identity(s, f, 1, &id), 0);
	cr_assert_not_null(id);
	cr_assert_str_eq(agate_identity_agent(id), "crm_agent");
	cr_assert_str_eq(agate_identity_purpose(id), "");
	cr_assert_neq(agate_identity_roles(id)[0], '\0', "the role name is read as a role");
	cr_assert_not(agate_identity_is_empty(id));
	/* built once per generation */
	cr_assert_eq(agated_session_identity(s, f, 1, &again), 0);
	cr_assert_eq(again, id);
	agated_session_touch(ss, s);
	cr_assert_geq(agated_sessions_bytes(ss), before + agate_identity_bytes(id));
	cr_assert_gt(agate_identity_bytes(id), 1000);
	agated_sessions_free(ss);
	agate_frame_free(f);
}
