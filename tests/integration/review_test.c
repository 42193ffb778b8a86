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
