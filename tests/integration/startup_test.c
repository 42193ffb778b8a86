/* startup_test.c - what agated says when it starts with the shipped
 * frames: nothing above info when the start succeeds, and when it fails,
 * only the errors at error level (the frames' own lint warnings once came
 * out as error lines at every start); and the reload row a failed start
 * leaves in the audit log. */
#include "harness.h"

#include <criterion/criterion.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "schema/auditdb.h"

static char *read_log(const agt_daemon *d)
{
	FILE *f = fopen(d->log, "r");
	cr_assert_not_null(f, "no log at %s", d->log);
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* the log's lines at a level: "<time> <level> <message>" */
static int lines_at(const char *log, const char *level, const char *containing)
{
	int n = 0;
	char want[32];
	snprintf(want, sizeof(want), "Z %s ", level);
	for (const char *p = log; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char line[2048];
		snprintf(line, sizeof(line), "%.*s", (int)(len < sizeof(line) ? len : sizeof(line) - 1), p);
		if (strstr(line, want) && (!containing || strstr(line, containing)))
			n++;
		p = nl ? nl + 1 : NULL;
	}
	return n;
}

static const char *frames(void)
{
	const char *f = getenv("AGATE_FRAMES");
	if (!f || !*f)
		cr_skip_test("AGATE_FRAMES is not set");
	return f;
}

TestSuite(startup, .timeout = 60);

Test(startup, shipped_frames_start_without_warnings)
{
	agt_daemon d;
	const char *extra[] = { "--frames", frames(), NULL };
	agt_init(&d, NULL); /* the shipped default pack */
	agt_start(&d, extra);
	cr_assert_eq(agt_stop(&d), 0);
	const char *log = read_log(&d);
	cr_assert_eq(lines_at(log, "warn", NULL), 0, "log:\n%s", log);
	cr_assert_eq(lines_at(log, "error", NULL), 0, "log:\n%s", log);
	cr_assert_geq(lines_at(log, "info", "policy generation 1"), 1, "log:\n%s", log);
	agt_cleanup(&d);
}

#define BROKEN_RULES "rule @broken\n  trigger bash\n  check args.command ==\n" \
		     "  enforce block\nend\n"

/* Run agated to its end on d's socket, database and rule file (label:
 * --rules-label, or NULL), its output in d's log; its exit status. For
 * starts that must fail: one that succeeds would run on. */
static int run_to_exit(agt_daemon *d, const char *label)
{
	const char *agated = getenv("AGATED");
	cr_assert(agated && *agated, "AGATED is not set");
	const char *fr = frames();
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int fd = open(d->log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		dup2(fd, 2);
		if (label)
			execl(agated, agated, "--socket", d->sock, "--db", d->db, "--rules", d->rules,
			      "--frames", fr, "--rules-label", label, (char *)NULL);
		else
			execl(agated, agated, "--socket", d->sock, "--db", d->db, "--rules", d->rules,
			      "--frames", fr, (char *)NULL);
		_exit(127);
	}
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

Test(startup, a_failed_start_logs_its_errors_and_no_warning_as_an_error)
{
	agt_daemon d;
	agt_init(&d, BROKEN_RULES);
	cr_assert_eq(run_to_exit(&d, NULL), 1, "agated must refuse to start");
	const char *log = read_log(&d);
	cr_assert_eq(lines_at(log, "error", "test.rules:3:24: error: expected an operand"), 1,
		     "log:\n%s", log);
	cr_assert_eq(lines_at(log, "error", "warning:"), 0,
		     "a warning printed as an error:\n%s", log);
	cr_assert_eq(lines_at(log, "error", ".lex"), 0, "the frames have nothing to say:\n%s",
		     log);
	agt_cleanup(&d);
}

/* Every reload attempt leaves a row, start-up included: a start whose
 * rules do not compile still fails closed (exit 1, nothing listening
 * afterwards), and leaves one reload row saying so, with the error and
 * what it tried, in a chain that verifies; the next start that loads
 * comes after it, at generation 1 (the failed one put no set in force). */
Test(startup, a_failed_start_leaves_its_reload_row)
{
	agt_daemon d;
	char buf[4096], want[400];
	agate_auditdb *db = NULL;
	agate_auditdb_verify_result res;

	agt_init(&d, BROKEN_RULES);
	cr_assert_eq(run_to_exit(&d, "commit 1a2b3c"), 1, "agated must refuse to start:\n%s",
		     read_log(&d));
	cr_assert_eq(access(d.sock, F_OK), -1, "the socket was left behind");
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts"), 1, "log:\n%s", read_log(&d));
	cr_assert_str_eq(agt_db_text(&d, "SELECT op || ' ' || verdict || ' ' || error || ' ' || "
				     "generation || ' ' || coalesce(ruleset_digest, '-') FROM verdicts",
				     buf, sizeof buf),
			 "reload block reload_failed 0 -");
	agt_db_text(&d, "SELECT reason FROM verdicts", buf, sizeof buf);
	cr_assert_not_null(strstr(buf, "start-up failed with 1 error"), "%s", buf);
	cr_assert_not_null(strstr(buf, "test.rules:3:24: error: expected an operand"), "%s", buf);
	cr_assert_str_eq(agt_db_text(&d, "SELECT json_extract(args_json, '$.who') || ' ' || "
				     "json_extract(args_json, '$.outcome') || ' ' || "
				     "json_extract(args_json, '$.errors') || ' ' || "
				     "json_extract(args_json, '$.label') FROM verdicts",
				     buf, sizeof buf),
			 "start-up failed 1 commit 1a2b3c");
	snprintf(want, sizeof want, "[\"%s\"]", d.rules);
	cr_assert_str_eq(agt_db_text(&d, "SELECT json_extract(args_json, '$.files') FROM verdicts",
				     buf, sizeof buf), want);
	cr_assert_eq(agate_auditdb_open(d.db, AGATE_AUDITDB_READONLY, &db, buf, sizeof buf), 0,
		     "%s", buf);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	agate_auditdb_close(db);

	/* fixed: the next start's row follows it */
	agt_write_rules(&d, "default allow\n");
	agt_start(&d, (const char *const[]){ "--frames", frames(), NULL });
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_str_eq(agt_db_text(&d, "SELECT group_concat(json_extract(args_json, '$.who') || ':' "
				     "|| json_extract(args_json, '$.outcome') || ':' || generation, ' ') "
				     "FROM (SELECT * FROM verdicts WHERE op = 'reload' ORDER BY id)",
				     buf, sizeof buf),
			 "start-up:failed:0 start-up:loaded:1");
	agt_cleanup(&d);
}

/* The row needs the socket first: a start that fails while another
 * agated serves the same socket and database writes nothing into that
 * agated's log (two writers would break its chain). */
Test(startup, a_failed_start_beside_a_running_agated_writes_nothing)
{
	agt_daemon d;
	int64_t rows;

	agt_init(&d, "default allow\n");
	agt_start(&d, (const char *const[]){ "--frames", frames(), NULL });
	/* the socket takes connections before the log is open, and the
	 * start-up row is committed in the background: the reply to a check
	 * (sync mode: sent once its row, the later one, is committed) says
	 * both are there */
	agate_arena *a = agate_arena_new(1 << 16);
	agate_value *rep;
	int fd = agt_connect(d.sock);
	agt_send_check(fd, 1, "bot", "s1", "bash", "ls");
	cr_assert_eq(agt_recv(fd, a, &rep), 0);
	close(fd);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	agate_arena_free(a);
	rows = agt_db_int(&d, "SELECT count(*) FROM verdicts");
	cr_assert_eq(rows, 2, "the start-up row and the check's");
	agt_write_rules(&d, BROKEN_RULES);
	cr_assert_eq(run_to_exit(&d, NULL), 1);
	cr_assert_not_null(strstr(read_log(&d), "cannot listen on"), "%s", read_log(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts"), rows);
	cr_assert_eq(access(d.sock, F_OK), 0, "the running agated's socket was removed");
	cr_assert_eq(agt_stop(&d), 0);
	agt_cleanup(&d);
}

/* agated --check with the given frames folder, its output in d's log; its
 * exit status. */
static int check_with_frames(agt_daemon *d, const char *frames_dir)
{
	const char *agated = getenv("AGATED");
	cr_assert(agated && *agated, "AGATED is not set");
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int fd = open(d->log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		dup2(fd, 2);
		execl(agated, agated, "--check", "--rules", d->rules, "--frames", frames_dir,
		      (char *)NULL);
		_exit(127);
	}
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* --check loads what a start loads: a lexicon that would stop the start
 * fails the check (the shipped unit's ExecStartPre), naming its line. */
Test(startup, check_fails_on_a_lexicon_that_would_stop_the_start)
{
	agt_daemon d;
	char dir[512], path[600], cmd[1400];
	agt_init(&d, "default allow\n");

	cr_assert_eq(check_with_frames(&d, frames()), 0, "%s", read_log(&d));
	cr_assert_not_null(strstr(read_log(&d), "lexicons in "), "%s", read_log(&d));

	snprintf(dir, sizeof(dir), "%s/frames", d.dir);
	snprintf(cmd, sizeof(cmd), "cp -r '%s' '%s'", frames(), dir);
	cr_assert_eq(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/00-common.lex", dir);
	FILE *f = fopen(path, "a");
	cr_assert_not_null(f);
	fputs("this is no lexicon line\n", f);
	cr_assert_eq(fclose(f), 0);
	cr_assert_eq(check_with_frames(&d, dir), 1, "%s", read_log(&d));
	cr_assert_not_null(strstr(read_log(&d), "00-common.lex:"), "%s", read_log(&d));
	agt_cleanup(&d);
}
