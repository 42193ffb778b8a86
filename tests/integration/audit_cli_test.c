/* audit_cli_test.c - the auditor's commands end to end, on the database a
 * real agated wrote: `agatectl audit verify --all` lists every bad row,
 * `prune --dry-run` changes nothing, `export --format jsonl` nests the
 * arguments and scores, the `query` table shows the op, the arguments,
 * the generation and what shadow rules would have done without cutting
 * rule names; and agated's own retention (audit-retain-days,
 * audit-max-size) prunes in bounded steps behind a checkpoint while
 * checks go on, reporting the database's size and oldest row in stats. */
#include "harness.h"

#include <criterion/criterion.h>

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "schema/auditdb.h"

#define LONG_RULE "a_rule_name_much_longer_than_any_table_column_would_allow_for"

static const char rules_text[] =
	"default allow\n"
	"rule @" LONG_RULE "\n"
	"  trigger bash\n"
	"  check args.command contains \"rm -rf /\"\n"
	"  enforce block \"recursive delete of /\"\n"
	"end\n"
	"rule @big_transfer\n"
	"  trigger transfer\n"
	"  check args.amount > 10000\n"
	"  enforce block \"transfer above 10000\"\n"
	"end\n";

struct run {
	int status;
	char *out; /* heap, NUL-terminated */
	char err[16384];
};

static const char *agatectl(void)
{
	return agt_program("AGATECTL");
}

static char *slurp_whole(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;

	cr_assert_not_null(f, "%s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	cr_assert_not_null(buf);
	n = (long)fread(buf, 1, (size_t)n, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Run agatectl with args (NULL-terminated) in dir; r->out must be freed. */
static void run(struct run *r, const char *dir, const char *const *args)
{
	char out[512], err[512];
	const char *argv[64];
	size_t n = 0;
	pid_t pid;
	int st;
	char *e;

	snprintf(out, sizeof out, "%s/cli.out", dir);
	snprintf(err, sizeof err, "%s/cli.err", dir);
	argv[n++] = agatectl();
	for (size_t i = 0; args[i] && n < 63; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int i0 = open("/dev/null", O_RDONLY);
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int eo = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (i0 < 0 || o < 0 || eo < 0 || chdir(dir) != 0)
			_exit(126);
		dup2(i0, 0);
		dup2(o, 1);
		dup2(eo, 2);
		unsetenv("AGATE_DB");
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	r->out = slurp_whole(out);
	e = slurp_whole(err);
	snprintf(r->err, sizeof r->err, "%s", e);
	free(e);
}

static agt_daemon d;

static void start_with(const char *const *more)
{
	const char *extra[16] = { "--frames", "none" };
	size_t n = 2;

	for (size_t i = 0; more && more[i] && n < 15; i++)
		extra[n++] = more[i];
	extra[n] = NULL;
	agt_start(&d, extra);
}

static void setup(void)
{
	agatectl();
	agt_init(&d, rules_text);
}

static void teardown(void)
{
	agt_stop(&d);
	agt_cleanup(&d);
}

TestSuite(audit_cli, .init = setup, .fini = teardown, .timeout = 180);

/* One check through agatectl: tool and one arg ("command=..." or a typed
 * "amount:=20000"); returns its exit status. */
static int check(const char *tool, const char *arg)
{
	const char *args[] = { "--socket", d.sock, "check", "--agent", "billing_bot",
			       "--session", "s1", "--tool", tool, "--arg", arg, NULL };
	struct run r;

	run(&r, d.dir, args);
	free(r.out);
	return r.status;
}

static void some_checks(int n)
{
	for (int i = 0; i < n; i++) {
		char arg[64];

		snprintf(arg, sizeof arg, "command=%s %d", i % 4 == 1 ? "rm -rf /" : "ls", i);
		cr_assert_leq(check("bash", arg), 1, "%s", agt_log_tail(&d));
	}
}

static void sql(const char *db, const char *q)
{
	sqlite3 *h;
	char *msg = NULL;

	cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 5000);
	cr_assert_eq(sqlite3_exec(h, q, NULL, NULL, &msg), SQLITE_OK, "%s: %s", q, msg ? msg : "");
	sqlite3_close(h);
}

Test(audit_cli, verify_all_names_every_bad_row)
{
	struct run r;
	json_t *j, *faults;
	json_error_t jerr;

	start_with(NULL);
	some_checks(12);
	agt_stop(&d);
	/* three separate faults: an edited row, two deleted rows, another
	 * edited row further on */
	sql(d.db, "update verdicts set reason = 'edited' where id = 3;"
		  "delete from verdicts where id in (6, 7);"
		  "update verdicts set reason = 'nothing to see' where id = 10");

	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--db", d.db, NULL });
	cr_assert_eq(r.status, 1, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "row 3 changed"), "%s", r.out);
	cr_assert_null(strstr(r.out, "row 10"), "plain verify stops at the first: %s", r.out);
	free(r.out);

	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--all", "--db", d.db, NULL });
	cr_assert_eq(r.status, 1, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "row 3: hash mismatch: its content does not match its hash"),
			   "%s", r.out);
	cr_assert_not_null(strstr(r.out, "row 8: gap: ids 6..7 are missing"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "row 8: broken link: it does not link to row 5"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "row 10: hash mismatch"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "FAILED: 4 faults"), "%s", r.out);
	free(r.out);

	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--all", "--json", "--db", d.db, NULL });
	cr_assert_eq(r.status, 1);
	j = json_loads(r.out, 0, &jerr);
	cr_assert_not_null(j, "%s: %s", jerr.text, r.out);
	faults = json_object_get(j, "faults");
	cr_assert(json_is_array(faults));
	cr_assert_eq(json_array_size(faults), 4, "%s", r.out);
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(faults, 3), "id")), 10);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(faults, 1), "fault")),
			 "broken link");
	cr_assert(json_is_false(json_object_get(j, "ok")));
	json_decref(j);
	free(r.out);

	/* repaired (the two edits undone cannot be: remove the damage by
	 * pruning past it), an intact chain passes --all with exit 0 */
	run(&r, d.dir, (const char *const[]){ "audit", "prune", "--before", "0s", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	free(r.out);
	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--all", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "ok: 1 rows"), "%s", r.out);
	free(r.out);
}

Test(audit_cli, prune_dry_run_changes_nothing)
{
	struct run r;
	char *before, *after;

	start_with(NULL);
	some_checks(6);
	agt_stop(&d);
	run(&r, d.dir, (const char *const[]){ "audit", "export", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0);
	before = r.out;

	run(&r, d.dir, (const char *const[]){ "audit", "prune", "--dry-run", "--before", "0s",
					      "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "dry run: would prune 7 rows before "), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "checkpoint row 7 would stand for ids 1..7"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "nothing changed"), "%s", r.out);
	free(r.out);

	run(&r, d.dir, (const char *const[]){ "audit", "export", "--db", d.db, NULL });
	after = r.out;
	cr_assert_str_eq(before, after, "the dry run changed the rows");
	cr_assert_eq(agt_db_int(&d, "select count(*) from verdicts where kind = 'checkpoint'"), 0);
	free(before);
	free(after);

	/* a dry run and --vacuum contradict each other */
	run(&r, d.dir, (const char *const[]){ "audit", "prune", "--dry-run", "--vacuum", "--before",
					      "0s", "--db", d.db, NULL });
	cr_assert_eq(r.status, 2, "%s", r.err);
	free(r.out);

	/* the real prune does what the dry run said */
	run(&r, d.dir, (const char *const[]){ "audit", "prune", "--before", "0s", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "pruned 7 rows"), "%s", r.out);
	free(r.out);
	cr_assert_eq(agt_db_int(&d, "select count(*) from verdicts"), 1);
}

Test(audit_cli, export_jsonl_nests_arguments_and_scores)
{
	struct run r;
	char *line, *save = NULL, imported[400], nested[400];
	int rows = 0;

	start_with(NULL);
	cr_assert_eq(check("bash", "command=ls -la"), 0);
	cr_assert_eq(check("transfer", "amount:=20000"), 1);
	agt_stop(&d);

	run(&r, d.dir, (const char *const[]){ "audit", "export", "--format", "jsonl", "--db", d.db,
					      NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	for (line = strtok_r(r.out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		json_error_t jerr;
		json_t *o = json_loads(line, 0, &jerr), *args, *scores;

		cr_assert_not_null(o, "%s: %s", jerr.text, line);
		if (strcmp(json_string_value(json_object_get(o, "op")), "check") != 0) {
			/* the start-up reload row: arguments, no scores */
			cr_assert(json_is_object(json_object_get(o, "args")), "%s", line);
			json_decref(o);
			continue;
		}
		args = json_object_get(o, "args");
		scores = json_object_get(o, "scores");
		cr_assert(json_is_object(args), "args is not an object: %s", line);
		cr_assert(json_is_object(scores), "scores is not an object: %s", line);
		cr_assert_null(json_object_get(o, "args_json"), "%s", line);
		cr_assert_not_null(json_object_get(o, "hash"), "%s", line);
		if (rows == 0)
			cr_assert_str_eq(json_string_value(json_object_get(args, "command")), "ls -la");
		else
			cr_assert_eq(json_integer_value(json_object_get(args, "amount")), 20000, "%s", line);
		json_decref(o);
		rows++;
	}
	cr_assert_eq(rows, 2);
	free(r.out);
	snprintf(nested, sizeof nested, "%s/nested.jsonl", d.dir);
	run(&r, d.dir, (const char *const[]){ "audit", "export", "--format", "jsonl", "-o", nested,
					      "--db", d.db, NULL });
	free(r.out);

	/* the chain form is still the default, and import reads it */
	run(&r, d.dir, (const char *const[]){ "audit", "export", "--db", d.db, "-o", "chain.jsonl", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	free(r.out);
	run(&r, d.dir, (const char *const[]){ "audit", "query", "--format", "chain", "--db", d.db, NULL });
	cr_assert_not_null(strstr(r.out, "\"args_json\":\"{\\\"command\\\":\\\"ls -la\\\"}\""), "%s", r.out);
	free(r.out);
	snprintf(imported, sizeof imported, "%s/central.db", d.dir);
	run(&r, d.dir, (const char *const[]){ "audit", "import", "--db", imported, "chain.jsonl", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	free(r.out);
	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--db", imported, NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	free(r.out);
	/* a nested export is refused by import, saying why */
	run(&r, d.dir, (const char *const[]){ "audit", "import", "--db", "other.db", nested, NULL });
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "--format jsonl line"), "%s", r.err);
	free(r.out);
	/* csv keeps working */
	run(&r, d.dir, (const char *const[]){ "audit", "export", "--format", "csv", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strncmp(r.out, "id,time,kind,", 13) == 0, "%s", r.out);
	free(r.out);
	run(&r, d.dir, (const char *const[]){ "audit", "export", "--format", "table", "--db", d.db, NULL });
	cr_assert_eq(r.status, 2, "export has no table format");
	free(r.out);
}

/* The whitespace-separated fields of the line of out that starts with id. */
static int row_fields(const char *out, const char *id, char f[16][128])
{
	char want[32], line[1024];
	const char *p;
	int n = 0;

	snprintf(want, sizeof want, "\n%s ", id);
	if (strncmp(out, want + 1, strlen(want + 1)) == 0) {
		p = out; /* the first line: the titles */
	} else {
		p = strstr(out, want);
		cr_assert_not_null(p, "row %s not in %s", id, out);
		p++;
	}
	sscanf(p, "%1023[^\n]", line);
	for (char *save = NULL, *t = strtok_r(line, " ", &save); t && n < 16;
	     t = strtok_r(NULL, " ", &save))
		snprintf(f[n++], 128, "%s", t);
	return n;
}

Test(audit_cli, query_table_shows_op_args_generation_and_whole_rule_names)
{
	struct run r;
	char f[16][128];
	int n;

	start_with(NULL);
	cr_assert_eq(check("bash", "command=rm -rf /"), 1);
	run(&r, d.dir, (const char *const[]){ "--socket", d.sock, "reload", NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	free(r.out);
	cr_assert_eq(check("transfer", "amount:=20000"), 1);

	run(&r, d.dir, (const char *const[]){ "audit", "query", "--db", d.db, "--verdict", "block",
					      NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strncmp(r.out, "ID ", 3) == 0, "%s", r.out);
	cr_assert_not_null(strstr(r.out, " OP "), "%s", r.out);
	cr_assert_not_null(strstr(r.out, " GEN "), "%s", r.out);
	cr_assert_not_null(strstr(r.out, " ARGS "), "%s", r.out);
	/* id time op agent session tool verdict rule gen shadow args... */
	/* audit id 1 is the start-up reload row, 3 the admin's reload */
	n = row_fields(r.out, "2", f);
	cr_assert_geq(n, 11, "%s", r.out);
	cr_assert_str_eq(f[2], "check");
	cr_assert_str_eq(f[3], "billing_bot");
	cr_assert_str_eq(f[7], LONG_RULE, "the rule name was cut: %s", r.out);
	cr_assert_str_eq(f[8], "1");
	cr_assert_str_eq(f[9], "-", "no shadow rule matched: %s", r.out);
	cr_assert_str_eq(f[10], "command=\"rm");
	cr_assert_not_null(strstr(r.out, "command=\"rm -rf /\""), "%s", r.out);
	n = row_fields(r.out, "4", f);
	cr_assert_str_eq(f[7], "big_transfer", "%s", r.out);
	cr_assert_str_eq(f[8], "2", "the row after the reload has generation 2: %s", r.out);
	cr_assert_str_eq(f[10], "amount=20000", "%s", r.out);
	free(r.out);
}

/* A rule tried in shadow mode: the table names it, with the verdict it
 * would have given, on the rows where it matched (the call itself was
 * decided by the rules in force), and --shadow lists only those. */
Test(audit_cli, query_table_shows_what_shadow_rules_would_have_done)
{
	struct run r;
	char f[16][128];

	agt_write_rules(&d, "default allow\n"
			    "rule @try_no_curl\n"
			    "  mode shadow\n"
			    "  trigger bash\n"
			    "  check args.command contains \"curl\"\n"
			    "  enforce block \"curl goes through the proxy\"\n"
			    "end\n");
	start_with(NULL);
	cr_assert_eq(check("bash", "command=ls /tmp"), 0);
	cr_assert_eq(check("bash", "command=curl http://example.org"), 0,
		     "a shadow rule decided: %s", agt_log_tail(&d));

	run(&r, d.dir, (const char *const[]){ "audit", "query", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_eq(row_fields(r.out, "ID", f), 12, "%s", r.out);
	cr_assert_str_eq(f[9], "SHADOW", "%s", r.out);
	row_fields(r.out, "2", f);
	cr_assert_str_eq(f[6], "allow", "%s", r.out);
	cr_assert_str_eq(f[9], "-", "%s", r.out);
	row_fields(r.out, "3", f);
	cr_assert_str_eq(f[6], "allow", "%s", r.out);
	cr_assert_str_eq(f[9], "try_no_curl:block", "%s", r.out);
	cr_assert_str_eq(f[10], "command=\"curl", "%s", r.out);
	free(r.out);

	run(&r, d.dir, (const char *const[]){ "audit", "query", "--db", d.db, "--shadow", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_null(strstr(r.out, "\n2 "), "%s", r.out);
	row_fields(r.out, "3", f);
	cr_assert_str_eq(f[9], "try_no_curl:block", "%s", r.out);
	free(r.out);
}

static int64_t wall_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

/* Fill the database at path with n rows at time t0 + i ms (ids 1..n). */
static void old_rows(const char *path, int n, int64_t t0, int64_t t_last)
{
	agate_auditdb *db = NULL;
	agate_auditdb_row *rows = calloc((size_t)n, sizeof *rows);
	char err[256] = "";

	cr_assert_not_null(rows);
	cr_assert_eq(agate_auditdb_open(path, 0, &db, err, sizeof err), 0, "%s", err);
	for (int i = 0; i < n; i++) {
		rows[i].id = (uint64_t)i + 1;
		rows[i].time_ms = i == n - 1 ? t_last : t0 + i;
		rows[i].op = "check";
		rows[i].agent = "old_bot";
		rows[i].session = "s0";
		rows[i].tool = "bash";
		rows[i].args_json = "{\"command\":\"ls\"}";
		rows[i].verdict = "allow";
		rows[i].peer_uid = rows[i].peer_pid = -1;
		rows[i].generation = 1;
	}
	cr_assert_eq(agate_auditdb_append(db, rows, (size_t)n, err, sizeof err), 0, "%s", err);
	agate_auditdb_close(db);
	free(rows);
}

/* The audit map of `stats`, polled until key reaches want (or 30 s). */
static int64_t stats_audit(const char *key)
{
	agate_arena *a = agate_arena_new(1 << 20);
	agt_req q;
	agate_value *rep;
	const agate_value *audit;
	int64_t v;

	agt_req_begin(&q, 3, 1, "stats");
	rep = agt_call(&d, a, &q);
	audit = agate_value_get(rep, "audit", 5);
	cr_assert_not_null(audit);
	v = agt_int(audit, key);
	agate_arena_free(a);
	return v;
}

static int64_t wait_stat(const char *key, int64_t want)
{
	int64_t v = -1;

	for (int i = 0; i < 300 && (v = stats_audit(key)) < want; i++)
		usleep(100000);
	return v;
}

Test(audit_cli, retention_by_age_prunes_in_bounded_steps_while_checks_go_on)
{
	int64_t now = wall_ms(), oldest, pruned;
	struct run r;

	/* 2,500 rows ten days old and one an hour old, written before agated
	 * starts with a retention of five days */
	old_rows(d.db, 2501, now - 10 * 86400000LL, now - 3600000LL);
	start_with((const char *const[]){ "--audit-retain-days", "5", NULL });
	/* checks are answered while retention works through the old rows */
	for (int i = 0; i < 20; i++)
		cr_assert_eq(check("bash", "command=ls"), 0, "%s", agt_log_tail(&d));
	pruned = wait_stat("retention_pruned", 2500);
	cr_assert_eq(pruned, 2500, "%s", agt_log_tail(&d));
	/* at most AGATE_AUDIT_RETAIN_BATCH rows per transaction */
	cr_assert_geq(stats_audit("retention_steps"), 3);
	cr_assert_gt(stats_audit("db_bytes"), 0);
	oldest = stats_audit("oldest_ms");
	for (int i = 0; i < 50 && oldest != now - 3600000LL; i++) {
		usleep(100000);
		oldest = stats_audit("oldest_ms");
	}
	cr_assert_eq(oldest, now - 3600000LL, "the oldest row kept is the hour-old one");
	agt_stop(&d);

	cr_assert_eq(agt_db_int(&d, "select count(*) from verdicts where agent = 'old_bot'"), 1);
	cr_assert_eq(agt_db_int(&d, "select count(*) from verdicts where agent = 'billing_bot'"), 20);
	cr_assert_eq(agt_db_int(&d, "select count(*) from verdicts where kind = 'checkpoint' "
				    "and op = 'retention' and id = 2500"), 1);
	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_not_null(strstr(r.out, "starting at a checkpoint for 2500 pruned rows"), "%s", r.out);
	free(r.out);
}

Test(audit_cli, retention_by_size_keeps_the_database_bounded)
{
	char cmd[600];
	struct run r;
	int64_t rows;

	start_with((const char *const[]){ "--audit-max-size", "64K", NULL });
	memset(cmd, 'x', sizeof cmd);
	memcpy(cmd, "command=", 8);
	cmd[sizeof cmd - 1] = '\0';
	for (int i = 0; i < 150; i++)
		cr_assert_eq(check("bash", cmd), 0, "%s", agt_log_tail(&d));
	cr_assert_gt(wait_stat("retention_pruned", 1), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(stats_audit("max_size"), 65536);
	cr_assert_gt(stats_audit("oldest_ms"), 0);
	agt_stop(&d);
	rows = agt_db_int(&d, "select count(*) from verdicts where kind = 'verdict'");
	cr_assert_lt(rows, 150, "nothing was pruned");
	cr_assert_gt(rows, 0);
	run(&r, d.dir, (const char *const[]){ "audit", "verify", "--db", d.db, NULL });
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	free(r.out);
}

Test(audit_cli, retention_settings_refuse_bad_values)
{
	const char *agated = getenv("AGATED");
	char cmd[1024], out[1024] = "";
	FILE *p;
	int st;

	cr_assert_not_null(agated);
	snprintf(cmd, sizeof cmd, "'%s' --check --frames none --rules '%s' --audit-max-size 10Q 2>&1",
		 agated, d.rules);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	if (!fgets(out, sizeof out, p))
		out[0] = '\0';
	st = pclose(p);
	cr_assert_neq(WEXITSTATUS(st), 0, "%s", out);
	cr_assert_not_null(strstr(out, "audit-max-size: expected a size"), "%s", out);
	snprintf(cmd, sizeof cmd, "'%s' --check --frames none --rules '%s' --audit-retain-days -1 2>&1",
		 agated, d.rules);
	p = popen(cmd, "r");
	if (!fgets(out, sizeof out, p))
		out[0] = '\0';
	st = pclose(p);
	cr_assert_neq(WEXITSTATUS(st), 0, "%s", out);
	cr_assert_not_null(strstr(out, "audit-retain-days"), "%s", out);
}
