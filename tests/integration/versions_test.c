/* versions_test.c - rule versions, shadow rules, explain and the rule
 * watch, end to end through a real agated and the agatectl binary:
 * every reload attempt leaves one audit row whoever asked, generations
 * only grow over the life of a database, the digest does not depend on
 * how the rule path was spelled, the operator's label reaches every row,
 * a shadow rule's match is seen in the check line, the reply, the audit
 * row, stats and the audit reports, and --explain lists the operator's
 * own files after the default pack.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

static agt_daemon d;

static void setup(void)
{
	memset(&d, 0, sizeof d);
}

static void teardown(void)
{
	agt_cleanup(&d);
}

TestSuite(versions, .init = setup, .fini = teardown, .timeout = 300);

/* ---- helpers ------------------------------------------------------------ */

struct run {
	int status;
	char out[262144];
	char err[16384];
};

static const char *agatectl(void)
{
	return agt_program("AGATECTL");
}

/* agatectl with args (NULL-terminated), in d's folder */
static void run(struct run *r, const char *const *args)
{
	char out[512], err[512];
	const char *argv[64];
	size_t n = 0;
	pid_t pid;
	int st;

	snprintf(out, sizeof out, "%s/ctl.out", d.dir);
	snprintf(err, sizeof err, "%s/ctl.err", d.dir);
	argv[n++] = agatectl();
	for (size_t i = 0; args[i] && n < 63; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (o < 0 || e < 0)
			_exit(126);
		dup2(o, 1);
		dup2(e, 2);
		if (chdir(d.dir) != 0)
			_exit(126);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	agt_slurp(out, r->out, sizeof r->out);
	agt_slurp(err, r->err, sizeof r->err);
}

static void write_text(const char *path, const char *text)
{
	char tmp[600];
	FILE *f;

	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	f = fopen(tmp, "w");
	cr_assert_not_null(f, "%s", tmp);
	fputs(text, f);
	cr_assert_eq(fclose(f), 0);
	cr_assert_eq(rename(tmp, path), 0);
}

static int64_t ping_generation(void)
{
	agate_arena *a = agate_arena_new(1 << 16);
	agt_req r;
	int64_t g;

	agt_req_begin(&r, 3, 1, "ping");
	g = agt_int(agt_call(&d, a, &r), "generation");
	agate_arena_free(a);
	return g;
}

/* wait (up to 10 s) for the policy in force to reach generation g */
static bool wait_generation(int64_t g)
{
	for (int i = 0; i < 500; i++) {
		if (ping_generation() >= g)
			return true;
		usleep(20000);
	}
	return false;
}

static const char *stats_digest(agate_arena *a)
{
	agt_req r;

	agt_req_begin(&r, 3, 1, "stats");
	return agt_str(agt_call(&d, a, &r), "digest");
}

static const char shadow_rules[] =
	"rule @site_try_curl\n"
	"trigger  tool shell\n"
	"check    args.command matches /\\bcurl\\b/\n"
	"mode     shadow\n"
	"enforce  block \"curl is on trial\"\n"
	"end\n"
	"rule @site_try_ls\n"
	"trigger  tool shell\n"
	"check    args.command matches /^ls\\b/\n"
	"mode     shadow\n"
	"enforce  allow \"ls stays allowed\"\n"
	"end\n";

/* ---- rule versions ------------------------------------------------------ */

/* start-up, SIGHUP, an admin reload that fails and one that loads: four
 * attempts, four rows, each saying who asked and how it ended */
Test(versions, every_reload_attempt_has_its_row)
{
	struct run r;
	char buf[256];

	agt_init(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a\"\nend\n");
	agt_start(&d, NULL);
	kill(d.pid, SIGHUP);
	cr_assert(wait_generation(2), "SIGHUP loaded generation 2: %s", agt_log_tail(&d));
	agt_write_rules(&d, "rule @a\ntrigger x\nenforce nonsense\nend\n");
	run(&r, (const char *[]){ "--socket", d.sock, "reload", NULL });
	cr_assert_eq(r.status, 1, "a broken set is refused: %s", r.err);
	agt_write_rules(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a\"\nend\n"
			    "rule @b\ntrigger y\nenforce block \"b\"\nend\n");
	run(&r, (const char *[]){ "--socket", d.sock, "reload", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_eq(ping_generation(), 3, "a failed attempt takes no generation");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));

	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'reload'"), 4);
	agt_db_text(&d, "SELECT group_concat(json_extract(args_json, '$.who') || '/' || "
			"json_extract(args_json, '$.outcome') || '/' || generation, ' ') "
			"FROM (SELECT * FROM verdicts WHERE op = 'reload' ORDER BY id)", buf, sizeof buf);
	cr_assert_str_eq(buf, "start-up/loaded/1 signal/loaded/2 admin/failed/2 admin/loaded/3");
	/* the admin's row names the asker; the others say there was none */
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'reload' AND "
				    "json_extract(args_json, '$.who') = 'admin' AND peer_uid >= 0 "
				    "AND peer_pid > 0"), 2);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'reload' AND "
				    "json_extract(args_json, '$.who') IN ('signal', 'start-up') "
				    "AND peer_uid = -1"), 2);
	/* the failed one keeps the digest in force; the last names the new set */
	cr_assert_eq(agt_db_int(&d, "SELECT count(DISTINCT ruleset_digest) FROM verdicts WHERE op = 'reload'"), 2);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'reload' AND error = 'reload_failed'"), 1);
}

/* a restart continues above every generation the database has seen */
Test(versions, generation_grows_across_restarts)
{
	agate_arena *a = agate_arena_new(1 << 16);
	agt_req r;

	agt_init(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a\"\nend\n");
	agt_start(&d, NULL);
	agt_req_begin(&r, 3, 1, "reload");
	cr_assert(agt_bool(agt_call(&d, a, &r), "ok"));
	cr_assert_eq(ping_generation(), 2);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	agt_start(&d, NULL);
	cr_assert_eq(ping_generation(), 3, "not 1 again");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts a JOIN verdicts b ON a.id < b.id "
				    "WHERE a.op = 'reload' AND b.op = 'reload' AND "
				    "a.error IS NULL AND b.error IS NULL AND a.generation >= b.generation"), 0,
		     "each loaded generation is above the ones before");
	cr_assert_eq(agt_db_int(&d, "SELECT max(generation) FROM verdicts"), 3);
	agate_arena_free(a);
}

/* one rule folder spelled three ways gives one digest */
Test(versions, digest_does_not_depend_on_the_path_spelling)
{
	agate_arena *a = agate_arena_new(1 << 16);
	char pack[400], sub[420], abs_digest[80] = "", buf[80];
	const char *spellings[] = { NULL, "site", "./site/" };

	agt_init(&d, NULL);
	snprintf(pack, sizeof pack, "%s/site", d.dir);
	cr_assert_eq(mkdir(pack, 0755), 0);
	snprintf(sub, sizeof sub, "%s/site/sub", d.dir);
	cr_assert_eq(mkdir(sub, 0755), 0);
	snprintf(sub, sizeof sub, "%s/site/sub/10-x.rules", d.dir);
	write_text(sub, "rule @site_x\ntrigger x\nenforce block \"x\"\nend\n");
	spellings[0] = pack;
	cr_assert_eq(chdir(d.dir), 0, "the daemon's relative paths start here");
	for (int i = 0; i < 3; i++) {
		agt_start(&d, (const char *[]){ "--rules", spellings[i], NULL });
		snprintf(buf, sizeof buf, "%s", stats_digest(a));
		cr_assert_eq(strlen(buf), 64, "%s", buf);
		if (i == 0)
			snprintf(abs_digest, sizeof abs_digest, "%s", buf);
		else
			cr_assert_str_eq(buf, abs_digest, "--rules %s", spellings[i]);
		cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
		agate_arena_reset(a);
	}
	/* and a change of content changes it */
	write_text(sub, "rule @site_x\ntrigger x\nenforce block \"y\"\nend\n");
	agt_start(&d, (const char *[]){ "--rules", "site", NULL });
	cr_assert_str_neq(stats_digest(a), abs_digest);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	agate_arena_free(a);
}

/* rules-label goes into every row; reload --label replaces it */
Test(versions, label_is_carried_into_every_row)
{
	struct run r;

	agt_init(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a\"\nend\n");
	agt_start(&d, (const char *[]){ "--rules-label", "commit 1111aaa", NULL });
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "x", NULL });
	cr_assert_eq(r.status, 1, "%s%s", r.out, r.err);
	run(&r, (const char *[]){ "--socket", d.sock, "reload", "--label", "commit 2222bbb", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "x", NULL });
	run(&r, (const char *[]){ "--socket", d.sock, "stats", NULL });
	cr_assert_not_null(strstr(r.out, "rules_label: commit 2222bbb"), "%s", r.out);
	run(&r, (const char *[]){ "--socket", d.sock, "reload", "--label", "bad\001label", NULL });
	cr_assert_neq(r.status, 0, "a label with control characters is refused");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'check' AND "
				    "rules_label = 'commit 1111aaa' AND generation = 1"), 1);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'check' AND "
				    "rules_label = 'commit 2222bbb' AND generation = 2"), 1);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'check' AND rules_label IS NULL"), 0);
	run(&r, (const char *[]){ "audit", "verify", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "rows with a label verify: %s%s", r.out, r.err);
}

/* ---- shadow rules ------------------------------------------------------- */

Test(versions, shadow_match_is_seen_everywhere)
{
	struct run r;
	char site[400], buf[256];
	agate_arena *a = agate_arena_new(1 << 20);
	agt_req q;
	const agate_value *rep, *sh;

	agt_init(&d, "default allow\n");
	snprintf(site, sizeof site, "%s/site.rules", d.dir);
	write_text(site, shadow_rules);
	agt_start(&d, (const char *[]){ "--rules", site, NULL });

	/* the check line: allowed today, the shadow rule would block */
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "shell",
				  "--arg", "command=curl https://example.com/", NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "shadow=site_try_curl:block"), "%s", r.out);
	/* the reply */
	agt_req_begin(&q, 6, 1, "check");
	agt_kstr(&q, "tool", "shell");
	agt_kstr(&q, "agent", "a1");
	agt_kargs_cmd(&q, "ls -l; curl -O https://example.com/f");
	rep = agt_call(&d, a, &q);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	cr_assert_str_eq(agt_str(rep, "shadow_matched"), "site_try_curl:block,site_try_ls:allow");
	cr_assert_str_eq(agt_str(rep, "shadow"), "site_try_curl", "the one that would flip");
	/* a call no shadow rule matches carries none */
	agt_req_begin(&q, 6, 2, "check");
	agt_kstr(&q, "tool", "shell");
	agt_kstr(&q, "agent", "a1");
	agt_kargs_cmd(&q, "pwd");
	rep = agt_call(&d, a, &q);
	cr_assert_null(agt_str(rep, "shadow_matched"));
	/* stats, as a map and as Prometheus text */
	agt_req_begin(&q, 3, 3, "stats");
	rep = agt_call(&d, a, &q);
	sh = agate_value_get(agate_value_get(rep, "shadow", 6), "site_try_curl", 13);
	cr_assert_not_null(sh, "stats has the shadow rule");
	cr_assert_eq(agt_int(sh, "matched"), 2);
	cr_assert_eq(agt_int(sh, "would_block"), 2);
	cr_assert_eq(agt_int(sh, "flips"), 2);
	run(&r, (const char *[]){ "--socket", d.sock, "stats", "--prometheus", NULL });
	cr_assert_not_null(strstr(r.out, "agate_shadow_flips_total{rule=\"site_try_curl\"} 2"), "%s", r.out);
	agt_req_begin(&q, 4, 4, "stats");
	agt_kstr(&q, "format", "prometheus");
	rep = agt_call(&d, a, &q);
	cr_assert_not_null(strstr(agt_str(rep, "text"),
				  "agate_shadow_would_block_total{rule=\"site_try_curl\"} 2"), "%s",
			   agt_str(rep, "text"));
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));

	/* the audit row's column, and the auditor's two reports */
	agt_db_text(&d, "SELECT group_concat(shadow, '|') FROM verdicts WHERE op = 'check'", buf, sizeof buf);
	cr_assert_str_eq(buf, "site_try_curl:block|site_try_curl:block,site_try_ls:allow");
	run(&r, (const char *[]){ "audit", "query", "--db", d.db, "--shadow", "--format", "jsonl", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "\"shadow\":\"site_try_curl:block\""), "%s", r.out);
	cr_assert_null(strstr(r.out, "pwd"), "rows without a shadow match are left out");
	run(&r, (const char *[]){ "audit", "shadow-report", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "site_try_curl"), "%s", r.out);
	run(&r, (const char *[]){ "audit", "shadow-report", "--db", d.db, "--json", NULL });
	cr_assert_not_null(strstr(r.out, "{\"rule\":\"site_try_curl\",\"matched\":2,\"would_block\":2,\"flips\":2,"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "{\"rule\":\"site_try_ls\",\"matched\":1,\"would_block\":0,\"flips\":0,"), "%s", r.out);
	run(&r, (const char *[]){ "audit", "verify", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "rows with a shadow column verify: %s%s", r.out, r.err);
	agate_arena_free(a);
}

/* a shadow block where the enforced verdict already blocks is counted,
 * but is no flip */
Test(versions, shadow_report_counts_flips_only_for_allowed_calls)
{
	struct run r;
	char site[400];

	agt_init(&d, "default allow\nrule @no_wget\ntrigger shell\ncheck args.command matches /wget/\n"
		     "enforce block \"no wget\"\nend\n");
	snprintf(site, sizeof site, "%s/site.rules", d.dir);
	write_text(site, "rule @try_net\ntrigger shell\ncheck args.command matches /wget|curl/\n"
			 "mode shadow\nenforce block \"net\"\nend\n");
	agt_start(&d, (const char *[]){ "--rules", site, NULL });
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "shell",
				  "--arg", "command=wget https://example.com/", NULL });
	cr_assert_eq(r.status, 1, "%s", r.out);
	cr_assert_not_null(strstr(r.out, "rule=no_wget"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "shadow=try_net:block"), "%s", r.out);
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "shell",
				  "--arg", "command=curl https://example.com/", NULL });
	cr_assert_eq(r.status, 0, "%s", r.out);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	run(&r, (const char *[]){ "audit", "shadow-report", "--db", d.db, "--json", NULL });
	cr_assert_not_null(strstr(r.out, "{\"rule\":\"try_net\",\"matched\":2,\"would_block\":2,\"flips\":1,"
					 "\"flip_ids\":["), "%s", r.out);
}

/* ---- explain -------------------------------------------------------------- */

/* behind the default pack, the operator's own file is in the trace, a
 * cut trace says where and how to see the rest */
Test(versions, explain_shows_the_operators_files)
{
	struct run r;
	char site[400];

	agt_init(&d, NULL); /* the default pack first */
	snprintf(site, sizeof site, "%s/zz-site.rules", d.dir);
	write_text(site, shadow_rules);
	agt_start(&d, (const char *[]){ "--rules", site, NULL });
	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "shell", "--explain",
				  "--arg", "command=curl https://example.com/", NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "[trace cut at 4096 bytes"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "--explain-all"), "%s", r.out);
	const char *list = strstr(r.out, "rules considered (");
	cr_assert_not_null(list, "%s", r.out);
	cr_assert_not_null(strstr(list, "zz-site.rules:"), "the operator's file is listed: %s", list);
	cr_assert_not_null(strstr(list, "site_try_curl (shadow): match block"), "%s", list);
	cr_assert_not_null(strstr(list, "10-shell-destroy.rules:"), "and the pack's files: %s", list);

	run(&r, (const char *[]){ "--socket", d.sock, "check", "--tool", "shell", "--explain-all",
				  "--arg", "command=curl https://example.com/", NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_null(strstr(r.out, "[trace cut"), "--explain-all is whole");
	cr_assert_not_null(strstr(r.out, "rule site_try_curl (mode shadow):"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "match block (shadow: not enforced)"), "%s", r.out);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* ---- the rule watch -------------------------------------------------------- */

/* a rule file rewritten under --watch-rules reloads through the same
 * path as SIGHUP, with its row saying who; a broken file is refused and
 * the policy in force stays */
Test(versions, watch_reloads_changed_rules)
{
	char buf[256];

	agt_init(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a\"\nend\n");
	agt_start(&d, (const char *[]){ "--watch-rules", NULL });
	cr_assert_eq(ping_generation(), 1);
	agt_write_rules(&d, "default allow\nrule @a\ntrigger x\nenforce block \"a2\"\nend\n");
	cr_assert(wait_generation(2), "the change was seen: %s", agt_log_tail(&d));
	agt_write_rules(&d, "rule @a\ntrigger x\nenforce what\nend\n");
	for (int i = 0; i < 500 && agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op = 'reload' "
						  "AND error = 'reload_failed'") == 0; i++)
		usleep(20000);
	cr_assert_eq(ping_generation(), 2, "a broken file changes nothing");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	agt_db_text(&d, "SELECT group_concat(json_extract(args_json, '$.who') || '/' || "
			"json_extract(args_json, '$.outcome'), ' ') "
			"FROM (SELECT * FROM verdicts WHERE op = 'reload' ORDER BY id)", buf, sizeof buf);
	cr_assert_str_eq(buf, "start-up/loaded watch/loaded watch/failed");
}
