/* attack_test.c - the ways around the gate found under attack, each
 * replayed against a real agated as the attacker sent it: every one must
 * now end in a block, a refusal or an error, never in an allow. One test
 * per attack; docs/security.md says how each is stopped. */
#include <criterion/criterion.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
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

	int rc = agt_recv(fd, arena, &rep);
	cr_assert_eq(rc, 0, "recv %d, log: %s", rc, agt_log_tail(&d));
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
	/* (the start-up reload row is no request) */
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE "
				"verdict='allow' AND op <> 'reload'"), 0);
}

/* Numbers that mean large: NaN, "1e400", "inf", "50_000", fullwidth
 * digits, "0x10000" and [50000] all used to read as "not large" and pass
 * `args.amount > 10000`. Each now blocks (a plain number above the limit,
 * or an evaluation error that fails closed); a small plain amount and an
 * absent one still pass; the audit log keeps NaN and infinities readable. */
typedef enum { AMT_STR, AMT_DBL, AMT_LIST, AMT_NONE } amount_kind;

static const agate_value *check_amount(int fd, uint64_t id, amount_kind k,
				       const char *s, double x)
{
	agt_req r;

	agt_req_begin(&r, 7, id, "check");
	agt_kstr(&r, "agent", "payer");
	agt_kstr(&r, "session", "pay-1");
	agt_kstr(&r, "tool", "bank_transfer");
	agate_wire_pack_cstr(&r.pk, "args");
	msgpack_pack_map(&r.pk, k == AMT_NONE ? 1 : 2);
	agt_kstr(&r, "to", "acct-9");
	if (k != AMT_NONE)
		agate_wire_pack_cstr(&r.pk, "amount");
	if (k == AMT_STR)
		agate_wire_pack_cstr(&r.pk, s);
	else if (k == AMT_DBL)
		msgpack_pack_double(&r.pk, x);
	else if (k == AMT_LIST) {
		msgpack_pack_array(&r.pk, 1);
		msgpack_pack_int(&r.pk, 50000);
	}
	agt_req_send(&r, fd);
	return recv_one(fd);
}

Test(attack, numbers_that_mean_large_are_large)
{
	static const char *const big_strings[] = {
		"1e400", "inf", "50_000", "\xef\xbc\x95\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90",
		"0x10000", "50000", "$50,000.00", "NaN", "-inf",
	};
	const agate_value *rep;
	int fd;
	uint64_t id = 1;
	char buf[256];

	agt_write_rules(&d, "default allow\n"
			    "rule @large_transfer\n"
			    "  trigger bank_transfer\n"
			    "  check args.amount > 10000\n"
			    "  enforce block \"transfer above 10,000\"\n"
			    "end\n");
	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	for (size_t i = 0; i < sizeof(big_strings) / sizeof(big_strings[0]); i++) {
		rep = check_amount(fd, id++, AMT_STR, big_strings[i], 0);
		cr_assert(agt_bool(rep, "ok"));
		cr_assert_str_eq(agt_str(rep, "verdict"), "block", "amount '%s': %s",
				 big_strings[i], agt_str(rep, "reason"));
		cr_assert_str_eq(agt_str(rep, "rule"), "large_transfer");
	}
	rep = check_amount(fd, id++, AMT_DBL, NULL, NAN);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "NaN: %s", agt_str(rep, "reason"));
	rep = check_amount(fd, id++, AMT_DBL, NULL, INFINITY);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "+inf");
	rep = check_amount(fd, id++, AMT_LIST, NULL, 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "[50000]");
	/* what is plainly small, or absent, still passes */
	rep = check_amount(fd, id++, AMT_STR, " 9,999.50 ", 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "%s", agt_str(rep, "reason"));
	rep = check_amount(fd, id++, AMT_DBL, NULL, 25.0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	rep = check_amount(fd, id++, AMT_NONE, NULL, 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	/* NaN and +inf are kept in the audit row, readable, not as null
	 * (request ids 10 and 11 are the NaN and +inf checks above) */
	agt_db_text(&d, "SELECT args_json FROM verdicts WHERE request_id=10",
		    buf, sizeof(buf));
	cr_assert(strstr(buf, "\"amount\":\"NaN\""), "%s", buf);
	agt_db_text(&d, "SELECT args_json FROM verdicts WHERE request_id=11",
		    buf, sizeof(buf));
	cr_assert(strstr(buf, "\"amount\":1e999"), "%s", buf);
	cr_assert_eq(agt_db_int(&d, "SELECT json_extract(args_json, '$.amount') > 1e300 "
				"FROM verdicts WHERE request_id=11"), 1,
		     "sqlite reads 1e999 back as infinity");
}

static const char *stop_and_count_rules =
	"default allow\n"
	"rule @halt_on_wipe\n"
	"  trigger bash\n"
	"  check args.command contains \"rm -rf /\"\n"
	"  enforce stop \"wiping the disk\"\n"
	"end\n"
	"rule @mail_burst\n"
	"  trigger send_email\n"
	"  check count(tool == \"send_email\", within 1h) > 3\n"
	"  enforce block \"too many emails\"\n"
	"end\n";

/* Send n checks, each in a session of its own, pipelined in batches;
 * returns how many were refused as overloaded (the rest must be allows). */
static unsigned flood_new_sessions(int fd, unsigned n, const char *prefix,
				   size_t name_pad)
{
	static char name[1u << 20];
	unsigned refused = 0, sent = 0, got = 0;
	uint64_t id = 1u << 20;

	while (got < n) {
		for (; sent < n && sent - got < 500; sent++) {
			int k = snprintf(name, sizeof(name), "%s-%u-", prefix, sent);
			if (name_pad) {
				memset(name + k, 'p', name_pad);
				name[k + name_pad] = '\0';
			}
			agt_send_check(fd, id++, "flooder", name, "bash", "echo hi");
		}
		agate_arena_reset(arena);
		const agate_value *rep = recv_one(fd);
		got++;
		if (agt_bool(rep, "ok")) {
			cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
			continue;
		}
		cr_assert_str_eq(agt_str(rep, "verdict"), "block");
		cr_assert(!strcmp(agt_str(rep, "error"), AGATE_ERR_OVERLOADED) ||
			  !strcmp(agt_str(rep, "error"), AGATE_ERR_BAD_REQUEST),
			  "%s: %s; log: %s", agt_str(rep, "error"), agt_str(rep, "message"),
			  agt_log_tail(&d));
		refused++;
	}
	return refused;
}

static const char *check_in(int fd, uint64_t id, const char *session, const char *tool,
			    const char *cmd)
{
	agt_send_check(fd, id, "worker", session, tool, cmd);
	return agt_str(recv_one(fd), "verdict");
}

/* A stop and the history a count() reads survive a flood of 100,000
 * checks, each in a new session, and 600 checks with 900 KiB session
 * names: the flood is refused, nothing is evicted. */
Test(attack, flood_of_sessions_lifts_no_stop_and_resets_no_count, .timeout = 600)
{
	static const char *const extra[] = { "--audit", "async", NULL };
	agate_value *st;
	agt_req r;
	int fd;

	agt_write_rules(&d, stop_and_count_rules);
	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	cr_assert_str_eq(check_in(fd, 1, "victim", "bash", "rm -rf /"), "block");
	cr_assert_str_eq(check_in(fd, 2, "victim", "bash", "ls"), "block", "stopped");
	for (int i = 0; i < 3; i++)
		cr_assert_str_eq(check_in(fd, 10 + i, "mailer", "send_email", "hello"), "allow");
	cr_assert_str_eq(check_in(fd, 13, "mailer", "send_email", "hello"), "block", "4th");
	cr_assert_str_eq(check_in(fd, 14, "mailer", "send_email", "hello"), "block", "5th");

	unsigned refused = flood_new_sessions(fd, 100000, "flood", 0);
	cr_assert_gt(refused, 0, "the flood reached the uid's share");
	refused = flood_new_sessions(fd, 600, "fat", 900 * 1024);
	cr_assert_eq(refused, 600, "900 KiB session names are refused");

	cr_assert_str_eq(check_in(fd, 20, "victim", "bash", "ls"), "block",
			 "the stop outlived the flood");
	cr_assert_str_eq(check_in(fd, 21, "mailer", "send_email", "hello"), "block",
			 "the 6th email is still counted");
	agt_req_begin(&r, 3, 30, "stats");
	st = agt_call(&d, arena, &r);
	cr_assert_geq(agt_int(st, "sessions_refused"), 100000 - 25000);
	cr_assert_eq(agt_int(st, "sessions_evicted"), 0);
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	/* the refused 900 KiB names are in the log, clipped, with their size */
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE session LIKE "
				    "'fat-%(921606 bytes)'"), 10);
	cr_assert_lt(agt_db_int(&d, "SELECT max(length(session)) FROM verdicts"), 400);
}

/* A rule file replaced by a dangling link, a link loop or a FIFO named
 * *.rules: the reload fails and changes nothing (rm -rf / stays blocked),
 * SIGHUP keeps the old set, and `agated --check` fails too. */
Test(attack, unreadable_rule_file_fails_the_reload)
{
	static const char *const kinds[] = { "dangling", "loop", "fifo" };
	char pack[400], wipe[480], other[480], loop[480], cmd[1400];
	const char *extra[] = { "--rules", pack, NULL };
	agate_value *rep;
	agt_req r;
	FILE *f;
	int fd;
	uint64_t id = 1;

	agt_write_rules(&d, "default allow\n");
	snprintf(pack, sizeof(pack), "%s/pack", d.dir);
	cr_assert_eq(mkdir(pack, 0700), 0);
	snprintf(wipe, sizeof(wipe), "%s/00-wipe.rules", pack);
	snprintf(other, sizeof(other), "%s/10-other.rules", pack);
	snprintf(loop, sizeof(loop), "%s/loop", pack);
	f = fopen(other, "w");
	cr_assert_not_null(f);
	for (int i = 0; i < 10; i++)
		fprintf(f, "rule @other_%d\n  trigger tool_%d\n  enforce block \"x\"\nend\n", i, i);
	fclose(f);
	f = fopen(wipe, "w");
	cr_assert_not_null(f);
	fputs("rule @wipe\n  trigger bash\n  check args.command contains \"rm -rf /\"\n"
	      "  enforce block \"wipe\"\nend\n", f);
	fclose(f);
	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		cr_assert_eq(rename(wipe, loop), 0); /* keep the text for the next round */
		if (!strcmp(kinds[k], "dangling"))
			cr_assert_eq(symlink("/nonexistent/00-wipe.rules", wipe), 0);
		else if (!strcmp(kinds[k], "loop"))
			cr_assert_eq(symlink(wipe, wipe), 0);
		else
			cr_assert_eq(mkfifo(wipe, 0600), 0);
		agt_req_begin(&r, 3, id++, "reload");
		agt_req_send(&r, fd);
		rep = (agate_value *)recv_one(fd);
		cr_assert_not(agt_bool(rep, "ok"), "%s: reload accepted", kinds[k]);
		cr_assert_str_eq(agt_str(rep, "error"), "reload_failed");
		cr_assert_eq(agt_int(rep, "generation"), 1, "nothing changed");
		kill(d.pid, SIGHUP);
		usleep(200 * 1000);
		agt_send_check(fd, id++, "a", "s", "bash", "rm -rf /");
		rep = (agate_value *)recv_one(fd);
		cr_assert_str_eq(agt_str(rep, "verdict"), "block", "%s", kinds[k]);
		cr_assert_str_eq(agt_str(rep, "rule"), "wipe");
		snprintf(cmd, sizeof(cmd), "'%s' --check --frames none --rules '%s' >/dev/null 2>&1",
			 getenv("AGATED"), pack);
		cr_assert_neq(system(cmd), 0, "%s: agated --check passed", kinds[k]);
		cr_assert_eq(unlink(wipe), 0);
		cr_assert_eq(rename(loop, wipe), 0);
	}
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_geq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='reload' "
				 "AND verdict='block'"), 3);
}
