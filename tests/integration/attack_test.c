/* attack_test.c - the ways around the gate found under attack, each
 * replayed against a real agated as the attacker sent it: every one must
 * now end in a block, a refusal or an error, never in an allow. One test
 * per attack; docs/security.md says how each is stopped. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "schema/protocol.h"
#include "schema/wire.h"

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 24);
	agt_init(&d, NULL);
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(attack, .init = setup, .fini = teardown, .timeout = 300);

static const agate_value *recv_one(int fd)
{
	agate_value *rep = NULL;

	cr_assert_eq(agt_recv(fd, arena, &rep), 0, "log: %s", agt_log_tail(&d));
	return rep;
}

/* Duplicate keys: `command` twice in args (ls, then rm -rf /), and twice
 * `tool` and `op` at the top, are malformed requests, never judged on
 * one of the two values. */
Test(attack, duplicate_keys_are_bad_requests)
{
	static const char *const keys[][2] = {
		{"args", "command"}, {"top", "tool"}, {"top", "op"},
	};
	int fd;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		const agate_value *rep;
		agt_req r;
		bool in_args = !strcmp(keys[k][0], "args");
		bool dup_tool = !strcmp(keys[k][1], "tool");
		bool dup_op = !strcmp(keys[k][1], "op");

		agt_req_begin(&r, 7 + (in_args ? 0 : 1), 100 + k, "check");
		if (dup_op)
			agt_kstr(&r, "op", "ping");
		agt_kstr(&r, "agent", "dup");
		agt_kstr(&r, "session", "s1");
		agt_kstr(&r, "tool", "bash");
		if (dup_tool)
			agt_kstr(&r, "tool", "noop");
		agate_wire_pack_cstr(&r.pk, "args");
		msgpack_pack_map(&r.pk, in_args ? 2 : 1);
		agt_kstr(&r, "command", "ls");
		if (in_args)
			agt_kstr(&r, "command", "rm -rf /");
		agt_req_send(&r, fd);
		rep = recv_one(fd);
		cr_assert_not(agt_bool(rep, "ok"), "duplicate %s accepted", keys[k][1]);
		cr_assert_str_eq(agt_str(rep, "error"), AGATE_ERR_BAD_REQUEST);
		cr_assert_str_eq(agt_str(rep, "verdict"), "block");
		cr_assert(strstr(agt_str(rep, "message"), "duplicate map key"),
			  "%s", agt_str(rep, "message"));
		cr_assert(strstr(agt_str(rep, "message"), keys[k][1]),
			  "%s", agt_str(rep, "message"));
	}
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE "
				"error='bad_request' AND verdict='block'"), 3);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE "
				"verdict='allow'"), 0);
}
