/* Rows edited, deleted and inserted behind agated's back (with sqlite3,
 * while it runs and after it stopped): `agatectl audit verify` (and the
 * library under it) names the first bad row each time and exits 1; once
 * the damage is undone it passes again, and agated keeps extending the
 * chain. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "harness.h"
#include "policy/base/arena.h"
#include "schema/auditdb.h"

/* A small rule set of our own: these tests are about the audit log. */
static const char rules[] =
	"default allow\n"
	"rule @no_rm_root\n"
	"  trigger bash\n"
	"  check args.command contains \"rm -rf /\"\n"
	"  enforce block \"recursive delete of /\"\n"
	"end\n";

static void sql(agt_daemon *d, const char *q)
{
	sqlite3 *db;
	char *msg = NULL;

	cr_assert_eq(sqlite3_open(d->db, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	cr_assert_eq(sqlite3_exec(db, q, NULL, NULL, &msg), SQLITE_OK, "%s: %s", q, msg ? msg : "");
	sqlite3_close(db);
}

static agate_auditdb_verify_result lib_verify(agt_daemon *d)
{
	agate_auditdb *db = NULL;
	agate_auditdb_verify_result res;
	char err[256] = "";

	cr_assert_eq(agate_auditdb_open(d->db, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	agate_auditdb_close(db);
	return res;
}

/* Run `agatectl audit verify --db` when the binary was built; returns its
 * exit status and its first output line in out. -1 when not available. */
static int cli_verify(agt_daemon *d, char *out, size_t cap)
{
	const char *ctl = getenv("AGATECTL");
	char cmd[1024];
	FILE *p;
	int st;

	out[0] = '\0';
	if (!ctl || access(ctl, X_OK) != 0)
		return -1;
	snprintf(cmd, sizeof cmd, "'%s' audit verify --db '%s' 2>&1", ctl, d->db);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	if (!fgets(out, (int)cap, p))
		out[0] = '\0';
	while (fgetc(p) != EOF)
		;
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -2;
}

/* The chain is broken at bad_id in the way expected, by both tools. */
static void expect_bad(agt_daemon *d, agate_auditdb_problem what, int64_t bad_id,
		       const char *word)
{
	agate_auditdb_verify_result res = lib_verify(d);
	char line[512], want[64];
	int rc;

	cr_assert_eq(res.problem, what, "%s", res.message);
	cr_assert_eq((int64_t)res.bad_id, bad_id, "%s", res.message);
	snprintf(want, sizeof want, "row %lld %s", (long long)bad_id, word);
	cr_assert_not_null(strstr(res.message, want), "'%s' not in '%s'", want, res.message);
	rc = cli_verify(d, line, sizeof line);
	if (rc >= 0) {
		cr_assert_eq(rc, 1, "agatectl audit verify exit %d: %s", rc, line);
		cr_assert_not_null(strstr(line, want), "'%s' not in '%s'", want, line);
	}
}

static void expect_ok(agt_daemon *d)
{
	agate_auditdb_verify_result res = lib_verify(d);
	char line[512];
	int rc;

	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	rc = cli_verify(d, line, sizeof line);
	if (rc >= 0)
		cr_assert_eq(rc, 0, "agatectl audit verify exit %d: %s", rc, line);
}

static void checks(agt_daemon *d, agate_arena *arena, int n, uint64_t *next)
{
	int fd = agt_connect(d->sock);

	for (int i = 0; i < n; i++, (*next)++) {
		agate_value *rep = NULL;

		agt_send_check(fd, *next, "tamper_agent", "s1", "bash",
			       i % 3 == 0 ? "rm -rf /" : "ls -la");
		cr_assert_eq(agt_recv(fd, arena, &rep), 0);
		cr_assert(agt_bool(rep, "ok"), "%s", agt_log_tail(d));
		cr_assert_eq(agt_int(rep, "audit_id"), (int64_t)*next);
	}
	close(fd);
	agate_arena_reset(arena);
}

Test(audit_tamper, verify_names_first_bad_row, .timeout = 300)
{
	agt_daemon d;
	agate_arena *arena = agate_arena_new(1 << 20);
	uint64_t next = 2; /* row 1 is the start-up reload row */
	int64_t max;
	const char *const extra[] = { "--audit", "sync", NULL };

	cr_assert_not_null(arena);
	agt_init(&d, rules);
	agt_start(&d, extra);
	checks(&d, arena, 20, &next);
	expect_ok(&d);

	/* changed, while agated runs */
	sql(&d, "CREATE TABLE saved AS SELECT * FROM verdicts WHERE id IN (5, 8)");
	sql(&d, "UPDATE verdicts SET verdict = 'allow', reason = 'nothing here' WHERE id = 5");
	expect_bad(&d, AGATE_AUDITDB_CHANGED, 5, "changed");
	sql(&d, "UPDATE verdicts SET verdict = (SELECT verdict FROM saved WHERE id = 5),"
		" reason = (SELECT reason FROM saved WHERE id = 5) WHERE id = 5");
	expect_ok(&d);
	/* agated goes on extending the same chain */
	checks(&d, arena, 5, &next);
	expect_ok(&d);

	/* deleted, while agated runs */
	sql(&d, "DELETE FROM verdicts WHERE id = 8");
	expect_bad(&d, AGATE_AUDITDB_DELETED, 8, "deleted");
	sql(&d, "INSERT INTO verdicts SELECT * FROM saved WHERE id = 8");
	expect_ok(&d);

	/* a changed row deep in the chain is found first, before a later one */
	sql(&d, "UPDATE verdicts SET agent = 'someone_else' WHERE id IN (3, 17)");
	expect_bad(&d, AGATE_AUDITDB_CHANGED, 3, "changed");
	sql(&d, "UPDATE verdicts SET agent = 'tamper_agent' WHERE id IN (3, 17)");
	expect_ok(&d);

	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));

	/* inserted, after agated stopped: a row made to look like the next one */
	max = agt_db_int(&d, "SELECT max(id) FROM verdicts");
	{
		char q[512];

		snprintf(q, sizeof q,
			 "INSERT INTO verdicts(id, kind, time_ms, op, agent, session, tool, verdict,"
			 " prev_hash, hash) SELECT id + 1, 'verdict', time_ms + 1, 'check',"
			 " 'tamper_agent', 's1', 'bash', 'allow', hash, hash FROM verdicts WHERE id = %lld",
			 (long long)max);
		sql(&d, q);
	}
	expect_bad(&d, AGATE_AUDITDB_INSERTED, max + 1, "inserted");
	{
		char q[128];

		snprintf(q, sizeof q, "DELETE FROM verdicts WHERE id = %lld", (long long)max + 1);
		sql(&d, q);
	}
	sql(&d, "DROP TABLE saved");
	expect_ok(&d);

	/* the tail cut off: the recorded head gives it away */
	{
		char q[128];

		snprintf(q, sizeof q, "CREATE TABLE saved AS SELECT * FROM verdicts WHERE id = %lld",
			 (long long)max);
		sql(&d, q);
		snprintf(q, sizeof q, "DELETE FROM verdicts WHERE id = %lld", (long long)max);
		sql(&d, q);
		expect_bad(&d, AGATE_AUDITDB_HEAD, max, "deleted");
		sql(&d, "INSERT INTO verdicts SELECT * FROM saved");
		sql(&d, "DROP TABLE saved");
	}
	expect_ok(&d);

	/* restarted on the repaired file, it continues */
	agt_start(&d, extra);
	next = 1;
	{
		int fd = agt_connect(d.sock);
		agate_value *rep = NULL;

		agt_send_check(fd, 1, "tamper_agent", "s2", "bash", "ls");
		cr_assert_eq(agt_recv(fd, arena, &rep), 0);
		/* max + 1 is this start's reload row */
		cr_assert_eq(agt_int(rep, "audit_id"), max + 2);
		close(fd);
	}
	cr_assert_eq(agt_stop(&d), 0);
	expect_ok(&d);

	/* an export re-imported elsewhere keeps a chain that verifies, and
	 * an edit in the export is caught there */
	if (getenv("AGATECTL") && access(getenv("AGATECTL"), X_OK) == 0) {
		const char *ctl = getenv("AGATECTL");
		char cmd[2048];

		snprintf(cmd, sizeof cmd, "'%s' audit export --db '%s' --output '%s/x.jsonl' 2>/dev/null"
			 " && '%s' audit import --db '%s/central.db' '%s/x.jsonl' >/dev/null"
			 " && '%s' audit verify --quiet --db '%s/central.db'",
			 ctl, d.db, d.dir, ctl, d.dir, d.dir, ctl, d.dir);
		cr_assert_eq(system(cmd), 0, "%s", cmd);
		snprintf(cmd, sizeof cmd, "sed -i '3s/tamper_agent/mallory/' '%s/x.jsonl'"
			 " && '%s' audit import --db '%s/central2.db' '%s/x.jsonl' >/dev/null",
			 d.dir, ctl, d.dir, d.dir);
		cr_assert_eq(system(cmd), 0, "%s", cmd);
		snprintf(cmd, sizeof cmd, "'%s' audit verify --quiet --db '%s/central2.db'", ctl, d.dir);
		cr_assert_eq(WEXITSTATUS(system(cmd)), 1, "the edited export verifies: %s", cmd);
	}
	agate_arena_free(arena);
	agt_cleanup(&d);
}
