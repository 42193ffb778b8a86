/* review_test.c - held calls: approve, deny, timeout, a reload while a
 * call is held, replies behind a held call keep their order; stop and
 * resume of a session. */
#include <criterion/criterion.h>

#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static const char *rules =
	"default allow\n"
	"rule @pay_review\n"
	"  trigger pay\n"
	"  enforce review \"payments need a human\"\n"
	"end\n"
	"rule @halt\n"
	"  trigger nuke\n"
	"  enforce stop \"destructive agent\"\n"
	"end\n"
	"rule @keep\n"
	"  trigger ls\n"
	"  enforce allow \"fine\"\n"
	"end\n";

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 22);
	agt_init(&d, rules);
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(review, .init = setup, .fini = teardown, .timeout = 120);

static bool readable(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	return poll(&p, 1, ms) == 1;
}

/* the audit id of the only pending call, waiting for it to show */
static int64_t pending_one(const char *want_tool)
{
	for (int i = 0; i < 100; i++) {
		agt_req r;
		agate_value *rep;
		const agate_value *list;

		agt_req_begin(&r, 3, 900, "pending");
		rep = agt_call(&d, arena, &r);
		cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
		list = agate_value_get(rep, "pending", 7);
		cr_assert(list && list->type == AGATE_ARRAY);
		if (list->as.array.len == 1) {
			const agate_value *h = &list->as.array.items[0];
			cr_assert_str_eq(agt_str(h, "tool"), want_tool);
			cr_assert_str_eq(agt_str(h, "agent"), "payer");
			cr_assert_str_eq(agt_str(h, "reason"), "payments need a human");
			cr_assert_not_null(agate_value_get(h, "age", 3));
			return agt_int(h, "audit_id");
		}
		usleep(10000);
	}
	cr_assert_fail("no pending call appeared");
	return -1;
}

static agate_value *decide(const char *op, int64_t audit_id)
{
	agt_req r;

	agt_req_begin(&r, 4, 901, op);
	agt_kint(&r, "audit_id", audit_id);
	return agt_call(&d, arena, &r);
}

static void run_decision(bool approve)
{
	agate_value *rep;
	int64_t held;
	int fd;
	char sql[200];

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	agt_send_check(fd, 1, "payer", "s", "pay", "pay 100 EUR");
	held = pending_one("pay");
	cr_assert_not(readable(fd, 200), "the reply is held");
	rep = decide(approve ? "approve" : "deny", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_gt(agt_int(rep, "decision_audit_id"), held);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_eq(agt_int(rep, "id"), 1);
	cr_assert_str_eq(agt_str(rep, "verdict"), approve ? "allow" : "block");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "review");
	cr_assert_str_eq(agt_str(rep, "rule"), "pay_review");
	cr_assert_eq(agt_int(rep, "audit_id"), held);
	/* a second decision finds nothing */
	rep = decide("approve", held);
	cr_assert_str_eq(agt_str(rep, "error"), "not_found");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM verdicts WHERE id=%lld AND verdict='review'",
		 (long long)held);
	cr_assert_eq(agt_db_int(&d, sql), 1, "the check's row says review");
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM verdicts WHERE op='%s' AND verdict='%s' AND peer_uid=0 AND trace LIKE '%%%lld'",
		 approve ? "approve" : "deny", approve ? "allow" : "block", (long long)held);
	cr_assert_eq(agt_db_int(&d, sql), 1, "the decision has its own row");
}

Test(review, approve)
{
	run_decision(true);
}

Test(review, deny)
{
	run_decision(false);
}

Test(review, timeout_blocks)
{
	const char *extra[] = { "--review-timeout", "1", NULL };
	agate_value *rep;
	int fd;

	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	agt_send_check(fd, 1, "payer", "s", "pay", "pay 100 EUR");
	cr_assert(readable(fd, 5000), "answered after the timeout");
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	cr_assert(strstr(agt_str(rep, "reason"), "timed out"), "%s", agt_str(rep, "reason"));
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='review_timeout' AND verdict='block'"), 1);
}

Test(review, held_call_survives_reload_and_keeps_order)
{
	agate_value *rep;
	agt_req r;
	int64_t held;
	int fd;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	agt_send_check(fd, 1, "payer", "s", "pay", "pay 100 EUR");
	agt_send_check(fd, 2, "payer", "s", "ls", "ls");
	held = pending_one("pay");
	cr_assert_not(readable(fd, 200), "the later reply waits behind the held one");

	agt_req_begin(&r, 3, 5, "reload");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "generation"), 2);
	cr_assert_eq(pending_one("pay"), held, "still held after the reload");

	rep = decide("approve", held);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_eq(agt_int(rep, "id"), 1);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_eq(agt_int(rep, "id"), 2);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
}

Test(review, shutdown_blocks_held_calls)
{
	int fd;
	agate_value *rep;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	agt_send_check(fd, 1, "payer", "s", "pay", "pay 100 EUR");
	pending_one("pay");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0, "answered before exit");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	close(fd);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='review_timeout' AND reason='daemon shutting down'"), 1);
}

static agate_value *check_in(const char *session, const char *tool)
{
	agt_req r;

	agt_req_begin(&r, 7, 77, "check");
	agt_kstr(&r, "agent", "wild");
	agt_kstr(&r, "session", session);
	agt_kstr(&r, "tool", tool);
	agt_kargs_cmd(&r, "x");
	return agt_call(&d, arena, &r);
}

Test(review, stop_and_resume)
{
	agate_value *rep;
	agt_req r;

	agt_start(&d, NULL);
	rep = check_in("s1", "ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	rep = check_in("s1", "nuke");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "stop");
	cr_assert_str_eq(agt_str(rep, "rule"), "halt");
	rep = check_in("s1", "ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "the session is stopped");
	cr_assert_str_eq(agt_str(rep, "rule"), "halt");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "stop");
	rep = check_in("s2", "ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "other sessions go on");

	agt_req_begin(&r, 4, 3, "sessions");
	agt_kint(&r, "limit", 10);
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_eq(agt_int(rep, "total"), 2);

	agt_req_begin(&r, 5, 4, "resume");
	agt_kstr(&r, "agent", "wild");
	agt_kstr(&r, "session", "s1");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	rep = check_in("s1", "ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "resumed");

	agt_req_begin(&r, 5, 5, "resume");
	agt_kstr(&r, "agent", "wild");
	agt_kstr(&r, "session", "s1");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "error"), "not_found", "nothing to resume");
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check' AND session='s1' AND rule='halt' AND verdict='block'"), 2);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='resume'"), 1);
}

/* ---- hold:false: review answered at once, approval grants the call once */

/* check pay with hold:false; args {command, amount} in either order */
static agate_value *check_unheld(const char *session, const char *cmd, bool reversed)
{
	agt_req r;

	agt_req_begin(&r, 8, 60, "check");
	agt_kstr(&r, "agent", "payer");
	agt_kstr(&r, "session", session);
	agt_kstr(&r, "tool", "pay");
	agt_kbool(&r, "hold", false);
	msgpack_pack_str(&r.pk, 4);
	msgpack_pack_str_body(&r.pk, "args", 4);
	msgpack_pack_map(&r.pk, 2);
	if (reversed) {
		agt_kint(&r, "amount", 100);
		agt_kstr(&r, "command", cmd);
	} else {
		agt_kstr(&r, "command", cmd);
		agt_kint(&r, "amount", 100);
	}
	return agt_call(&d, arena, &r);
}

static int64_t expect_unheld_review(agate_value *rep)
{
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "review");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "review");
	cr_assert_str_eq(agt_str(rep, "rule"), "pay_review");
	cr_assert_str_eq(agt_str(rep, "reason"), "payments need a human");
	cr_assert_gt(agt_int(rep, "approval_id"), 0);
	cr_assert_eq(agt_int(rep, "approval_id"), agt_int(rep, "audit_id"));
	return agt_int(rep, "approval_id");
}

Test(review, unheld_approval_grants_the_exact_call_once)
{
	agate_value *rep;
	int64_t id, id2;
	agt_req r;
	char sql[300];

	agt_start(&d, NULL);
	id = expect_unheld_review(check_unheld("s", "pay 100 EUR", false));
	cr_assert_eq(pending_one("pay"), id);
	agt_req_begin(&r, 3, 900, "pending");
	rep = agt_call(&d, arena, &r);
	cr_assert_not(agt_bool(&agate_value_get(rep, "pending", 7)->as.array.items[0], "held"));

	rep = decide("approve", id);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	cr_assert_not(agt_bool(rep, "held"));
	cr_assert_eq(agt_int(rep, "expires_in"), 600);
	cr_assert_gt(agt_int(rep, "decision_audit_id"), id);
	cr_assert_str_eq(agt_str(decide("approve", id), "error"), "not_found");

	/* another session, another argument: not this grant */
	expect_unheld_review(check_unheld("s2", "pay 100 EUR", false));
	expect_unheld_review(check_unheld("s", "pay 900 EUR", false));
	/* the same call, its keys in another order: allowed, once */
	rep = check_unheld("s", "pay 100 EUR", true);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "%s", agt_str(rep, "reason"));
	cr_assert_str_eq(agt_str(rep, "enforcement"), "review");
	cr_assert(strstr(agt_str(rep, "reason"), "grant from the review of audit_id"),
		  "%s", agt_str(rep, "reason"));
	cr_assert_null(agate_value_get(rep, "approval_id", 11));
	id2 = expect_unheld_review(check_unheld("s", "pay 100 EUR", false));
	cr_assert_neq(id2, id);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM verdicts WHERE op='approve' AND verdict='allow' "
		 "AND agent='payer' AND session='s' AND tool='pay' AND trace LIKE 'grant for the unheld call of audit_id %lld:%%'",
		 (long long)id);
	cr_assert_eq(agt_db_int(&d, sql), 1, "the grant is a row");
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM verdicts WHERE op='check' AND verdict='allow' "
		 "AND session='s' AND reason LIKE '%%grant from the review of audit_id %lld %%'", (long long)id);
	cr_assert_eq(agt_db_int(&d, sql), 1, "its use is a row");
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check' AND verdict='review'"), 4);
}

Test(review, unheld_denial_and_expiry)
{
	const char *extra[] = { "--grant-ttl", "1", "--review-timeout", "1", NULL };
	agate_value *rep;
	int64_t id;

	agt_start(&d, extra);
	id = expect_unheld_review(check_unheld("s", "pay 1 EUR", false));
	rep = decide("deny", id);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	expect_unheld_review(check_unheld("s", "pay 1 EUR", false));
	/* a grant not used within grant-ttl is gone */
	id = expect_unheld_review(check_unheld("s", "pay 2 EUR", false));
	rep = decide("approve", id);
	cr_assert_eq(agt_int(rep, "expires_in"), 1);
	usleep(1500000);
	expect_unheld_review(check_unheld("s", "pay 2 EUR", false));
	/* a review nobody decides within review-timeout can no longer be approved */
	id = expect_unheld_review(check_unheld("s", "pay 3 EUR", false));
	usleep(2500000);
	cr_assert_str_eq(agt_str(decide("approve", id), "error"), "not_found");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='deny' AND verdict='block' AND tool='pay'"), 1);
}

Test(review, hold_flag_must_be_boolean)
{
	agate_value *rep;
	agt_req r;

	agt_start(&d, NULL);
	agt_req_begin(&r, 5, 61, "check");
	agt_kstr(&r, "tool", "pay");
	agt_kstr(&r, "hold", "no");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "error"), "bad_request");
	cr_assert_str_eq(agt_str(rep, "message"), "hold must be a boolean");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	/* hold:true is the default: held as before */
	cr_assert_eq(agt_stop(&d), 0);
}
