/* admin_test.c - who may do what: admin ops refused to other uids (with
 * an audit row) and allowed to configured ones; agents bound to a uid in
 * the rule files or by register. The tests run as root; the other uid is
 * nobody (65534), in a forked child. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#define NOBODY 65534

static const char *rules =
	"default allow\n"
	"agent @billing_bot\n"
	"  role    \"support_agent\"\n"
	"  purpose \"answers billing questions from customers\"\n"
	"  tools   [\"lookup_invoice\", \"send_email\"]\n"
	"  uid     65534\n"
	"end\n"
	"rule @keep\n"
	"  trigger lookup_invoice\n"
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

TestSuite(admin, .init = setup, .fini = teardown, .timeout = 120);

/* child side: plain calls, results as exit codes (no asserts in the child) */
struct call {
	const char *sock;
	const char *op;
	const char *agent;
	const char *want_error; /* NULL: expect ok */
};

static int child_call(void *arg)
{
	struct call *c = arg;
	agate_arena *a = agate_arena_new(1u << 20);
	agate_value *rep = NULL;
	agt_req r;
	int fd, e;

	fd = agt_connect(c->sock);
	if (!strcmp(c->op, "check")) {
		agt_send_check(fd, 3, c->agent, "s", "lookup_invoice", "invoice 7");
	} else if (!strcmp(c->op, "register")) {
		agt_req_begin(&r, 6, 3, "register");
		agt_kstr(&r, "agent", c->agent);
		agt_kstr(&r, "purpose", "answers questions");
		agt_kstr(&r, "session", "s");
		agt_req_send(&r, fd);
	} else if (!strcmp(c->op, "approve") || !strcmp(c->op, "deny")) {
		agt_req_begin(&r, 4, 3, c->op);
		agt_kint(&r, "audit_id", 1);
		agt_req_send(&r, fd);
	} else {
		agt_req_begin(&r, 3, 3, c->op);
		agt_req_send(&r, fd);
	}
	e = agt_recv(fd, a, &rep);
	close(fd);
	if (e)
		return 10;
	if (agt_int(rep, "id") != 3)
		return 11;
	if (!c->want_error)
		return agt_bool(rep, "ok") ? 0 : 12;
	if (agt_bool(rep, "ok"))
		return 13;
	if (!agt_str(rep, "error") || strcmp(agt_str(rep, "error"), c->want_error))
		return 14;
	if (!agt_str(rep, "verdict") || strcmp(agt_str(rep, "verdict"), "block"))
		return 15;
	return 0;
}

static int as_nobody(const char *op, const char *agent, const char *want_error)
{
	struct call c = { d.sock, op, agent, want_error };
	return agt_as_uid(NOBODY, NOBODY, child_call, &c);
}

static void open_socket(void)
{
	/* the socket is 0660 root:root; let nobody in for the test */
	cr_assert_eq(chmod(d.sock, 0666), 0);
}

Test(admin, admin_ops_refused_to_other_uids)
{
	static const char *ops[] = { "reload", "approve", "deny", "pending", "resume", "sessions" };

	agt_start(&d, NULL);
	open_socket();
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		cr_assert_eq(as_nobody(ops[i], NULL, "forbidden"), 0, "op %s", ops[i]);
	/* the ordinary ops are for everyone */
	cr_assert_eq(as_nobody("ping", NULL, NULL), 0);
	cr_assert_eq(as_nobody("stats", NULL, NULL), 0);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE error='forbidden' AND peer_uid=65534 AND verdict='block'"), 6,
		     "each refusal has its row");
}

Test(admin, configured_admin_uid_is_accepted)
{
	const char *extra[] = { "--admin-uid", "65534", NULL };

	agt_start(&d, extra);
	open_socket();
	cr_assert_eq(as_nobody("pending", NULL, NULL), 0);
	cr_assert_eq(as_nobody("sessions", NULL, NULL), 0);
	cr_assert_eq(as_nobody("approve", NULL, "not_found"), 0);
	cr_assert_eq(agt_stop(&d), 0);
}

Test(admin, agent_bound_in_rule_files)
{
	agate_value *rep;
	agt_req r;

	agt_start(&d, NULL);
	open_socket();
	/* root may not speak as billing_bot, bound to nobody */
	agt_req_begin(&r, 7, 1, "check");
	agt_kstr(&r, "agent", "billing_bot");
	agt_kstr(&r, "session", "s");
	agt_kstr(&r, "tool", "lookup_invoice");
	agt_kargs_cmd(&r, "invoice 7");
	rep = agt_call(&d, arena, &r);
	cr_assert_not(agt_bool(rep, "ok"));
	cr_assert_str_eq(agt_str(rep, "error"), "forbidden");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	/* nobody may */
	cr_assert_eq(as_nobody("check", "billing_bot", NULL), 0);
	cr_assert_eq(as_nobody("register", "billing_bot", NULL), 0);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE agent='billing_bot' AND error='forbidden' AND peer_uid=0"), 1);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE agent='billing_bot' AND op='check' AND verdict='allow' AND peer_uid=65534"), 1);
}

Test(admin, register_binds_the_agent_to_its_uid)
{
	agate_value *rep;
	agt_req r;

	agt_start(&d, NULL);
	open_socket();
	cr_assert_eq(as_nobody("register", "helper_x", NULL), 0);
	cr_assert_eq(as_nobody("check", "helper_x", NULL), 0);
	/* root speaking as helper_x is refused, for check and register */
	agt_req_begin(&r, 7, 1, "check");
	agt_kstr(&r, "agent", "helper_x");
	agt_kstr(&r, "session", "s");
	agt_kstr(&r, "tool", "lookup_invoice");
	agt_kargs_cmd(&r, "invoice 7");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "error"), "forbidden");
	agt_req_begin(&r, 5, 2, "register");
	agt_kstr(&r, "agent", "helper_x");
	agt_kstr(&r, "purpose", "something else");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "error"), "forbidden");
	/* and nobody cannot take an agent root registered */
	agt_req_begin(&r, 5, 3, "register");
	agt_kstr(&r, "agent", "root_agent");
	agt_kstr(&r, "purpose", "ops");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(as_nobody("check", "root_agent", "forbidden"), 0);
	cr_assert_eq(agt_stop(&d), 0);
}
