/* gate_test.c - verdicts from a real agated: a block and an allow naming
 * their rules, the shipped default pack on `rm -rf /`, the check reply's
 * keys, explain, register, ping, stats, the drift cascade's abstentions
 * and bounds, and libagate against the daemon. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client/agate.h"
#include "harness.h"
#include "schema/wire.h"

static const char *rules =
	"default allow\n"
	"rule @no_curl\n"
	"  trigger curl\n"
	"  enforce block \"no network fetches\"\n"
	"end\n"
	"rule @ls_ok\n"
	"  trigger ls\n"
	"  enforce allow \"listing is harmless\"\n"
	"end\n"
	"rule @think_again\n"
	"  trigger delete_branch\n"
	"  enforce reflect \"ask the user before deleting branches\"\n"
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

TestSuite(gate, .init = setup, .fini = teardown, .timeout = 120);

static agate_value *check(const char *tool, const char *cmd, bool explain)
{
	agt_req r;

	agt_req_begin(&r, explain ? 8 : 7, 42, "check");
	agt_kstr(&r, "agent", "gate-agent");
	agt_kstr(&r, "session", "s1");
	agt_kstr(&r, "tool", tool);
	agt_kargs_cmd(&r, cmd);
	if (explain)
		agt_kbool(&r, "explain", true);
	return agt_call(&d, arena, &r);
}

Test(gate, block_and_allow_name_their_rules)
{
	agate_value *rep;
	const agate_value *scores;
	char buf[256];
	int64_t block_id, allow_id;

	agt_start(&d, NULL);
	rep = check("curl", "curl http://example.test/x", false);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "id"), 42);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "block");
	cr_assert_str_eq(agt_str(rep, "rule"), "no_curl");
	cr_assert_str_eq(agt_str(rep, "reason"), "no network fetches");
	cr_assert_gt(agt_int(rep, "audit_id"), 0);
	cr_assert_geq(agt_int(rep, "eval_ns"), 0);
	cr_assert_eq(agt_int(rep, "generation"), 1);
	scores = agate_value_get(rep, "scores", 6);
	cr_assert(scores && scores->type == AGATE_MAP);
	cr_assert_not_null(agate_value_get(scores, "drift", 5));
	cr_assert_not_null(agate_value_get(scores, "votes", 5));
	cr_assert_null(agate_value_get(rep, "trace", 5), "trace only when asked");
	block_id = agt_int(rep, "audit_id");

	rep = check("ls", "ls -l", true);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "reason: %s", agt_str(rep, "reason"));
	cr_assert_str_eq(agt_str(rep, "rule"), "ls_ok");
	cr_assert_not_null(agt_str(rep, "trace"), "explain gives a trace");
	allow_id = agt_int(rep, "audit_id");
	cr_assert_gt(allow_id, block_id);

	rep = check("delete_branch", "git branch -D main", false);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "reflect");
	cr_assert_str_eq(agt_str(rep, "advice"), "ask the user before deleting branches");

	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	snprintf(buf, sizeof(buf), "SELECT rule FROM verdicts WHERE id=%lld", (long long)block_id);
	cr_assert_str_eq(agt_db_text(&d, buf, buf, sizeof(buf)), "no_curl");
	snprintf(buf, sizeof(buf), "SELECT verdict || ' ' || rule || ' ' || tool || ' ' || generation FROM verdicts WHERE id=%lld",
		 (long long)allow_id);
	cr_assert_str_eq(agt_db_text(&d, buf, buf, sizeof(buf)), "allow ls_ok ls 1");
	snprintf(buf, sizeof(buf), "SELECT args_json FROM verdicts WHERE id=%lld", (long long)block_id);
	cr_assert(strstr(agt_db_text(&d, buf, buf, sizeof(buf)), "curl http://example.test/x"), "%s", buf);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE kind='verdict' AND op='check' AND peer_uid IS NOT NULL AND ruleset_digest IS NOT NULL AND scores_json IS NOT NULL"), 3);
}

Test(gate, default_pack_blocks_rm_rf_root)
{
	agt_daemon dp;
	agate_value *rep;
	agt_req r;

	agt_init(&dp, NULL); /* no rule file: the shipped default pack */
	agt_start(&dp, NULL);
	agt_req_begin(&r, 6, 1, "check");
	agt_kstr(&r, "agent", "coder");
	agt_kstr(&r, "tool", "bash");
	agt_kargs_cmd(&r, "rm -rf /");
	rep = agt_call(&dp, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	cr_assert_not_null(agt_str(rep, "rule"), "a named rule decided: %s", agt_str(rep, "reason"));
	cr_assert_eq(agt_stop(&dp), 0);
	agt_cleanup(&dp);
}

Test(gate, register_ping_stats)
{
	agate_value *rep;
	const agate_value *v;
	agt_req r;

	agt_start(&d, NULL);
	agt_req_begin(&r, 7, 5, "register");
	agt_kstr(&r, "agent", "billing");
	agt_kstr(&r, "session", "s9");
	agt_kstr(&r, "purpose", "answers billing questions from customers");
	agate_wire_pack_cstr(&r.pk, "tools");
	msgpack_pack_array(&r.pk, 2);
	agate_wire_pack_cstr(&r.pk, "lookup_invoice");
	agate_wire_pack_cstr(&r.pk, "send_email");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "tools"), 2);

	agt_req_begin(&r, 3, 6, "ping");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_eq(agt_int(rep, "v"), 1);

	for (int i = 0; i < 5; i++)
		check(i % 2 ? "curl" : "ls", "x", false);
	agt_req_begin(&r, 3, 7, "stats");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_eq(agt_int(rep, "checks"), 5);
	cr_assert_eq(agt_int(rep, "generation"), 1);
	cr_assert_eq(agt_int(rep, "rules"), 3);
	v = agate_value_get(rep, "verdicts", 8);
	cr_assert_eq(agt_int(v, "block"), 2);
	cr_assert_eq(agt_int(v, "allow"), 3);
	v = agate_value_get(rep, "rule_hits", 9);
	cr_assert_eq(agt_int(v, "no_curl"), 2);
	v = agate_value_get(rep, "latency_ns", 10);
	cr_assert_not_null(v);
	cr_assert_eq(agt_int(agate_value_get(v, "eval", 4), "count"), 5);
	cr_assert_gt(agt_int(agate_value_get(v, "eval", 4), "p99"), 0);
	cr_assert_eq(agt_int(rep, "sessions"), 2);
	cr_assert_not_null(agate_value_get(rep, "audit", 5));

	agt_req_begin(&r, 4, 8, "stats");
	agt_kstr(&r, "format", "prometheus");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert(strstr(agt_str(rep, "text"), "agate_checks_total 5\n"), "%s", agt_str(rep, "text"));
	cr_assert(strstr(agt_str(rep, "text"), "agate_rule_hits_total{rule=\"no_curl\"} 2\n"));
	cr_assert_eq(agt_stop(&d), 0);
}

/* A check with a trigger and no task: provenance abstains, and says so
 * in the reply and in the audit row. An agent registered with 10,000
 * tools uses one of them; a trigger near the frame limit and arguments
 * nested deeper than the cascade reads are answered like any other. */
static agate_value *drift_check(uint64_t id, const char *tool, const char *trigger,
				int depth)
{
	agt_req r;

	agt_req_begin(&r, 9, id, "check");
	agt_kstr(&r, "agent", "crm_agent");
	agt_kstr(&r, "session", "s10");
	agt_kstr(&r, "tool", tool);
	agate_wire_pack_cstr(&r.pk, "args");
	msgpack_pack_map(&r.pk, 1);
	agate_wire_pack_cstr(&r.pk, "customer");
	for (int i = 0; i < depth; i++)
		msgpack_pack_array(&r.pk, 1);
	agate_wire_pack_cstr(&r.pk, "acme");
	agate_wire_pack_cstr(&r.pk, "context");
	msgpack_pack_map(&r.pk, 1);
	agt_kstr(&r, "trigger", trigger);
	agt_kbool(&r, "explain", true);
	return agt_call(&d, arena, &r);
}

Test(gate, drift_abstentions_and_bounds)
{
	enum { NTOOLS = 10000 };
	agate_value *rep;
	agt_req r;
	char name[32];

	agt_start(&d, NULL);
	agt_req_begin(&r, 7, 1, "register");
	agt_kstr(&r, "agent", "crm_agent");
	agt_kstr(&r, "session", "s10");
	agt_kstr(&r, "purpose", "crm_agent");
	agate_wire_pack_cstr(&r.pk, "tools");
	msgpack_pack_array(&r.pk, NTOOLS);
	for (int i = 0; i < NTOOLS; i++) {
		snprintf(name, sizeof(name), "tool_%d_lookup", i);
		agate_wire_pack_cstr(&r.pk, name);
	}
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "tools"), NTOOLS);

	rep = drift_check(2, "tool_9999_lookup", "Email from Acme: please look up our account.", 0);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "%s", agt_str(rep, "reason"));
	const agate_value *votes = agate_value_get(agate_value_get(rep, "scores", 6), "votes", 5);
	cr_assert(votes && votes->type == AGATE_ARRAY);
	bool seen = false;
	for (uint32_t i = 0; i < votes->as.array.len; i++) {
		const agate_value *v = &votes->as.array.items[i];
		if (strcmp(agt_str(v, "component"), "provenance"))
			continue;
		seen = true;
		cr_assert(agt_bool(v, "abstain"));
		cr_assert_not(agt_bool(v, "block"));
		cr_assert(strstr(agt_str(v, "why"), "no task"), "%s", agt_str(v, "why"));
	}
	cr_assert(seen, "a provenance vote");

	/* 900 KiB of trigger, and arguments nested 30 deep */
	size_t n = 900u << 10;
	char *big = malloc(n + 1);
	cr_assert_not_null(big);
	for (size_t i = 0; i < n; i++)
		big[i] = "lorem ipsum "[i % 12];
	big[n] = '\0';
	rep = drift_check(3, "tool_1_lookup", big, 30);
	free(big);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "%s", agt_str(rep, "reason"));

	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check' AND session='s10' "
				    "AND scores_json LIKE '%\"component\":\"provenance\"%' "
				    "AND scores_json LIKE '%\"abstain\":true%'"), 2);
}

Test(gate, libagate_against_the_daemon)
{
	agate_client *c = NULL;
	agate_check_reply out;
	agate_check_request req = { .agent = "lib", .session = "s", .tool = "curl" };

	agt_start(&d, NULL);
	cr_assert_eq(agate_client_new(d.sock, 5000, &c), 0);
	cr_assert_eq(agate_client_check(c, &req, arena, &out), 0, "%s", agate_client_message(c));
	cr_assert_eq(out.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(out.rule, "no_curl");
	cr_assert_gt(out.audit_id, 0);
	req.tool = "ls";
	cr_assert_eq(agate_client_check(c, &req, arena, &out), 0);
	cr_assert_eq(out.verdict, AGATE_CHECK_ALLOW);
	req.tool = NULL; /* refused by the library or the daemon: never allow */
	agate_client_check(c, &req, arena, &out);
	cr_assert_eq(out.verdict, AGATE_CHECK_BLOCK);
	agate_client_free(c);
	cr_assert_eq(agt_stop(&d), 0);
}
