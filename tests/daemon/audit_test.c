/* Tests of daemon/audit.h: the writer thread, group commit, the sync
 * guarantee (the row is visible from another connection when the
 * callback runs), the async bound, failure and recovery through an
 * injectable sink, close draining, ids continuing after a restart. */
#include <criterion/criterion.h>

#include <errno.h>
#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/audit.h"
#include "daemon/sink.h"
#include "policy/base/json.h"
#include "schema/auditdb.h"
#include "schema/wire.h"

static char dir[64], path[128];
static uv_loop_t loop;

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/audit-test-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/audit.db", dir);
	cr_assert_eq(uv_loop_init(&loop), 0);
}

static void teardown(void)
{
	char cmd[160];

	/* every handle was closed: the loop closes cleanly */
	cr_assert_eq(uv_loop_close(&loop), 0, "a handle was left open");
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(audit, .init = setup, .fini = teardown, .timeout = 60);

/* ---- an injectable sink around the SQLite one --------------------------- */

typedef struct test_sink {
	agate_sink base;
	agate_sink *inner;
	atomic_int fail;      /* append fails with -ENOSPC */
	atomic_int hold;      /* append waits while set */
	atomic_int in_append;
	atomic_int nbatches;
	size_t sizes[256];
} test_sink;

static int ts_open(agate_sink *s, uint64_t *last, uint64_t *reserved, char *err, size_t cap)
{
	test_sink *t = (test_sink *)s;

	return t->inner->ops->open(t->inner, last, reserved, err, cap);
}

static int ts_append(agate_sink *s, agate_auditdb_row *rows, size_t n, uint64_t reserve_to,
		     char *err, size_t cap)
{
	test_sink *t = (test_sink *)s;
	int rc;

	atomic_store(&t->in_append, 1);
	while (atomic_load(&t->hold))
		usleep(500);
	if (atomic_load(&t->fail)) {
		snprintf(err, cap, "injected failure");
		atomic_store(&t->in_append, 0);
		return -ENOSPC;
	}
	rc = t->inner->ops->append(t->inner, rows, n, reserve_to, err, cap);
	if (rc == 0 && n > 0) { /* a reservation alone is not a batch */
		int b = atomic_fetch_add(&t->nbatches, 1);

		if (b < 256)
			t->sizes[b] = n;
	}
	atomic_store(&t->in_append, 0);
	return rc;
}

static int ts_sync(agate_sink *s, char *err, size_t cap)
{
	test_sink *t = (test_sink *)s;

	return t->inner->ops->sync(t->inner, err, cap);
}

static void ts_close(agate_sink *s)
{
	test_sink *t = (test_sink *)s;

	t->inner->ops->close(t->inner);
	free(t);
}

static int ts_release(agate_sink *s, char *err, size_t cap)
{
	test_sink *t = (test_sink *)s;

	return t->inner->ops->release(t->inner, err, cap);
}

static void ts_after(agate_sink *s)
{
	test_sink *t = (test_sink *)s;

	t->inner->ops->after(t->inner);
}

static const agate_sink_ops test_ops = {
	"test", ts_open, ts_append, ts_release, ts_sync, ts_close, NULL, NULL, NULL, /* no upkeep, no generation */
	ts_after,
};

static test_sink *test_sink_new(void)
{
	test_sink *t = calloc(1, sizeof *t);

	cr_assert_not_null(t);
	t->base.ops = &test_ops;
	t->inner = agate_sink_sqlite_new(path, 0);
	cr_assert_not_null(t->inner);
	return t;
}

/* ---- helpers ------------------------------------------------------------ */

#define MAXCB 4096
static struct {
	int n;
	int status[MAXCB];
	uint64_t id[MAXCB];
	int visible[MAXCB]; /* the row could be read from another connection */
	bool closed;
} cb;
static sqlite3 *reader;

static bool row_visible(uint64_t id)
{
	sqlite3_stmt *st;
	bool found;

	cr_assert_eq(sqlite3_prepare_v2(reader, "SELECT count(*) FROM verdicts WHERE id = ?",
					-1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (int64_t)id);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	found = sqlite3_column_int64(st, 0) == 1;
	sqlite3_finalize(st);
	return found;
}

static void on_done(void *ud, int status, uint64_t id)
{
	cr_assert_lt(cb.n, MAXCB);
	cr_assert_eq((uintptr_t)ud, (uintptr_t)cb.n + 1, "callbacks come in submission order");
	cb.status[cb.n] = status;
	cb.id[cb.n] = id;
	cb.visible[cb.n] = reader ? row_visible(id) : -1;
	cb.n++;
}

static void on_closed(void *ud)
{
	cb.closed = true;
}

static int next_ud;

static int submit(agate_audit *a, uint64_t *id)
{
	agate_audit_record r = {
		.time_ms = 1700000000000, .op = "check", .request_id = 7,
		.agent = "billing_bot", .session = "s1", .peer_uid = 1000, .peer_pid = 99,
		.tool = "bash", .args_json = "{\"command\":\"ls\"}", .verdict = "allow",
		.enforcement = "allow", .rule = NULL, .reason = "no rule matched",
		.scores_json = "{\"drift\":0.1}", .generation = 2,
		.ruleset_digest = "sha256:feed", .eval_ns = 5000,
	};
	uint64_t tmp;
	int rc = agate_audit_submit(a, &r, on_done, (void *)(uintptr_t)(next_ud + 1),
				    id ? id : &tmp);

	if (rc == 0)
		next_ud++;
	return rc;
}

static void run_until(bool (*cond)(void *), void *arg, int ms)
{
	for (int i = 0; i < ms && !cond(arg); i++) {
		uv_run(&loop, UV_RUN_NOWAIT);
		usleep(1000);
	}
	uv_run(&loop, UV_RUN_NOWAIT);
}

static bool got_n(void *arg)
{
	return cb.n >= *(int *)arg;
}

static bool is_closed(void *arg)
{
	return cb.closed;
}

static void close_audit(agate_audit *a)
{
	agate_audit_close(a, on_closed, NULL);
	run_until(is_closed, NULL, 10000);
	cr_assert(cb.closed, "closed_cb ran");
}

static agate_audit *open_audit(agate_audit_mode mode, size_t qmax, test_sink **ts)
{
	agate_audit_config cfg = { .db_path = path, .mode = mode, .queue_max = qmax, .flush_ms = 20 };
	agate_audit *a = NULL;
	char err[256] = "";
	int rc;

	if (ts) {
		*ts = test_sink_new();
		rc = agate_audit_open_sink(&loop, &cfg, &(*ts)->base, &a, err, sizeof err);
	} else {
		rc = agate_audit_open(&loop, &cfg, &a, err, sizeof err);
	}
	cr_assert_eq(rc, 0, "open: %d %s", rc, err);
	return a;
}

static void open_reader(void)
{
	cr_assert_eq(sqlite3_open_v2(path, &reader, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
}

static void close_reader(void)
{
	sqlite3_close(reader);
	reader = NULL;
}

static int64_t count_rows(const char *where)
{
	sqlite3 *s;
	sqlite3_stmt *st;
	char q[256];
	int64_t n;

	snprintf(q, sizeof q, "SELECT count(*) FROM verdicts WHERE %s", where);
	cr_assert_eq(sqlite3_open_v2(path, &s, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(s, q, -1, &st, NULL), SQLITE_OK, "%s", sqlite3_errmsg(s));
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(s);
	return n;
}

static void assert_verifies(void)
{
	agate_auditdb *db;
	agate_auditdb_verify_result res;
	char err[256];

	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	agate_auditdb_close(db);
}

/* ---- tests -------------------------------------------------------------- */

Test(audit, sync_callback_runs_after_commit)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	uint64_t id, prev = 0;
	int want = 50;

	open_reader();
	for (int i = 0; i < want; i++) {
		cr_assert_eq(submit(a, &id), 0);
		cr_assert_eq(id, prev + 1, "ids are monotonic from 1");
		prev = id;
		if (i % 10 == 0)
			run_until(got_n, &(int){ i + 1 }, 5000);
	}
	run_until(got_n, &want, 5000);
	cr_assert_eq(cb.n, want);
	for (int i = 0; i < want; i++) {
		cr_assert_eq(cb.status[i], 0);
		cr_assert_eq(cb.id[i], (uint64_t)i + 1);
		cr_assert_eq(cb.visible[i], 1, "row %d not committed when its callback ran", i + 1);
	}
	close_reader();
	close_audit(a);
	cr_assert_eq(count_rows("agent = 'billing_bot' AND ruleset_digest = 'sha256:feed' AND generation = 2"), want);
	assert_verifies();
}

Test(audit, ids_continue_after_restart)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	uint64_t id;
	int n = 5;

	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, &id), 0);
	run_until(got_n, &n, 5000);
	close_audit(a);
	cb.closed = false;
	a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	cr_assert_eq(agate_audit_next_id(a), 6);
	cr_assert_eq(submit(a, &id), 0);
	cr_assert_eq(id, 6);
	n = 6;
	run_until(got_n, &n, 5000);
	close_audit(a);
	assert_verifies();
}

/* A crash leaves the reservation above the last row: the next open
 * continues above it, behind a gap row naming the ids skipped; a clean
 * close lowers it again. */
Test(audit, ids_after_a_crash_skip_the_reservation)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	agate_auditdb *db;
	agate_auditdb_verify_result res;
	char err[256] = "";
	uint64_t id;
	int n = 3;

	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, &id), 0);
	run_until(got_n, &n, 5000);
	close_audit(a);
	cb.closed = false;
	/* a clean close: nothing reserved above the head */
	cr_assert_eq(agate_auditdb_open(path, 0, &db, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_reserved(db), 3);
	/* what a killed writer leaves: ids up to 50 reserved, 3 written */
	cr_assert_eq(agate_auditdb_append_reserve(db, NULL, 0, 50, err, sizeof err), 0, "%s", err);
	agate_auditdb_close(db);

	a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	cr_assert_eq(agate_audit_next_id(a), 52);
	cr_assert_eq(submit(a, &id), 0);
	cr_assert_eq(id, 52);
	n = 4;
	run_until(got_n, &n, 5000);
	close_audit(a);
	cr_assert_eq(count_rows("id = 51 AND kind = 'gap' AND "
				"json_extract(args_json, '$.first_id') = 4 AND "
				"json_extract(args_json, '$.last_id') = 50"), 1);
	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.gaps, 1);
	cr_assert_eq(agate_auditdb_reserved(db), 52);
	agate_auditdb_close(db);
}

/* Async: never more acknowledged and unwritten than the window; beyond
 * it a record is accepted but acknowledged only once its row is written
 * (as in sync mode), and one nobody waits for is refused -EBUSY. */
Test(audit, async_window_bounds_the_unwritten)
{
	agate_audit_config cfg = { .db_path = path, .mode = AGATE_AUDIT_ASYNC,
				   .flush_ms = 60000, .window = 8 };
	test_sink *ts = test_sink_new();
	agate_audit *a = NULL;
	agate_audit_stats st;
	char err[256] = "";
	int accepted = 0, rc, n;

	cr_assert_eq(agate_audit_open_sink(&loop, &cfg, &ts->base, &a, err, sizeof err), 0, "%s", err);
	atomic_store(&ts->hold, 1);
	while (accepted < 12 && (rc = submit(a, NULL)) == 0)
		accepted++;
	cr_assert_eq(rc, 0);
	cr_assert_eq(accepted, 12, "accepted beyond the window, to wait");
	n = 8;
	run_until(got_n, &n, 5000);
	for (int i = 0; i < 50; i++) {
		uv_run(&loop, UV_RUN_NOWAIT);
		usleep(1000);
	}
	cr_assert_eq(cb.n, 8, "only the window is acknowledged before a commit");
	{
		agate_audit_record fire = { .time_ms = 1, .op = "ping", .verdict = "allow" };
		uint64_t fid;
		cr_assert_eq(agate_audit_submit(a, &fire, NULL, NULL, &fid), -EBUSY,
			     "a record nobody waits for cannot pass the window");
	}
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.written, 0);
	atomic_store(&ts->hold, 0);
	n = 12;
	run_until(got_n, &n, 5000);
	cr_assert_eq(cb.n, 12, "the rest are acknowledged once written");
	/* half the window started a commit; the rest follow by count or
	 * at close, never by the (one minute) timer */
	for (int i = 0; i < 5000; i++) {
		agate_audit_get_stats(a, &st);
		if (st.queue_depth < 8)
			break;
		uv_run(&loop, UV_RUN_NOWAIT);
		usleep(1000);
	}
	cr_assert_eq(submit(a, NULL), 0, "accepts again once rows are written");
	close_audit(a);
	cr_assert_eq(count_rows("1"), 13);
	assert_verifies();
}

static bool in_append(void *arg)
{
	return atomic_load(&((test_sink *)arg)->in_append);
}

Test(audit, group_commit_takes_everything_that_waited)
{
	test_sink *ts;
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, &ts);
	agate_audit_stats st;
	int total = 1000;

	atomic_store(&ts->hold, 1);
	cr_assert_eq(submit(a, NULL), 0);
	run_until(in_append, ts, 5000);
	cr_assert(atomic_load(&ts->in_append), "writer took the first record");
	/* these arrive while the first commit is running */
	for (int i = 1; i < total; i++)
		cr_assert_eq(submit(a, NULL), 0);
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.queue_depth, (size_t)total);
	cr_assert_eq(cb.n, 0, "no callback before its commit");
	atomic_store(&ts->hold, 0);
	run_until(got_n, &total, 10000);
	cr_assert_eq(cb.n, total);
	cr_assert_eq(atomic_load(&ts->nbatches), 2, "one commit for the first, one for the rest");
	cr_assert_eq(ts->sizes[0], 1);
	cr_assert_eq(ts->sizes[1], (size_t)total - 1);
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.written, (uint64_t)total);
	cr_assert_eq(st.batches, 2);
	close_audit(a);
	cr_assert_eq(count_rows("1"), total);
}

Test(audit, async_acks_at_once_and_bounds_the_queue)
{
	test_sink *ts;
	agate_audit *a = open_audit(AGATE_AUDIT_ASYNC, 8, &ts);
	agate_audit_stats st;
	int accepted = 0, rc, want;

	atomic_store(&ts->hold, 1);
	while ((rc = submit(a, NULL)) == 0)
		accepted++;
	cr_assert_eq(rc, -EAGAIN);
	cr_assert_eq(accepted, 8);
	want = accepted;
	run_until(got_n, &want, 5000);
	cr_assert_eq(cb.n, 8, "async callbacks come before any commit");
	for (int i = 0; i < 8; i++)
		cr_assert_eq(cb.status[i], 0);
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.written, 0);
	cr_assert_eq(st.queue_max, 8);
	atomic_store(&ts->hold, 0);
	close_audit(a);
	cr_assert_eq(count_rows("1"), 8, "close wrote every accepted row");
}

static bool visible_1(void *arg)
{
	return row_visible(1);
}

Test(audit, async_commits_within_flush_interval)
{
	agate_audit *a = open_audit(AGATE_AUDIT_ASYNC, 0, NULL);
	uint64_t t0;
	int one = 1;

	open_reader();
	cr_assert_eq(submit(a, NULL), 0);
	run_until(got_n, &one, 1000);
	cr_assert_eq(cb.n, 1);
	t0 = uv_hrtime();
	run_until(visible_1, NULL, 2000);
	cr_assert(row_visible(1));
	/* flush_ms is 20; allow for a loaded machine */
	cr_assert_lt((uv_hrtime() - t0) / 1000000, 1000);
	close_reader();
	close_audit(a);
}

static bool not_failing(void *arg)
{
	agate_audit_stats st;

	agate_audit_get_stats(arg, &st);
	return !st.failing;
}

static bool submit_ok(void *arg)
{
	return submit(arg, NULL) == 0;
}

Test(audit, write_failure_blocks_then_recovers)
{
	test_sink *ts;
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, &ts);
	agate_audit_stats st;
	int n = 3;

	atomic_store(&ts->fail, 1);
	atomic_store(&ts->hold, 1);
	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, NULL), 0);
	atomic_store(&ts->hold, 0);
	run_until(got_n, &n, 5000);
	cr_assert_eq(cb.n, 3);
	for (int i = 0; i < n; i++)
		cr_assert_lt(cb.status[i], 0, "a record that was not written is not reported written");
	cr_assert_eq(submit(a, NULL), -EIO, "while failing, submit refuses");
	agate_audit_get_stats(a, &st);
	cr_assert(st.failing);
	cr_assert_not_null(strstr(st.last_error, "injected failure"), "%s", st.last_error);
	cr_assert_eq(st.failed, 3);

	atomic_store(&ts->fail, 0);
	run_until(not_failing, a, 10000);
	agate_audit_get_stats(a, &st);
	cr_assert(!st.failing, "recovered");
	cr_assert_eq(st.last_error[0], '\0');
	/* the kept rows were written, saying what the client got */
	cr_assert_eq(st.written, 3);
	run_until(submit_ok, a, 1000);
	n = 4;
	run_until(got_n, &n, 5000);
	cr_assert_eq(cb.status[3], 0);
	close_audit(a);
	cr_assert_eq(count_rows("id <= 3 AND verdict = 'block' AND error = 'audit_unavailable'"), 3);
	cr_assert_eq(count_rows("id = 4 AND verdict = 'allow' AND error IS NULL"), 1);
	assert_verifies();
}

Test(audit, async_failure_loses_nothing_accepted)
{
	test_sink *ts;
	agate_audit *a = open_audit(AGATE_AUDIT_ASYNC, 0, &ts);
	int n = 5;

	atomic_store(&ts->fail, 1);
	atomic_store(&ts->hold, 1);
	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, NULL), 0);
	atomic_store(&ts->hold, 0);
	run_until(got_n, &n, 5000);
	for (int i = 0; i < n; i++)
		cr_assert_eq(cb.status[i], 0);
	usleep(100000);
	cr_assert_eq(submit(a, NULL), -EIO);
	atomic_store(&ts->fail, 0);
	run_until(not_failing, a, 10000);
	close_audit(a);
	cr_assert_eq(count_rows("verdict = 'allow'"), 5, "accepted rows kept their verdict");
}

Test(audit, close_drains_every_callback)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	uint64_t id;
	int n = 500;

	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, &id), 0);
	agate_audit_close(a, on_closed, NULL);
	cr_assert_eq(submit(a, &id), -ESHUTDOWN);
	run_until(is_closed, NULL, 10000);
	cr_assert(cb.closed);
	cr_assert_eq(cb.n, n, "every callback delivered before closed_cb");
	for (int i = 0; i < n; i++)
		cr_assert_eq(cb.status[i], 0);
	cr_assert_eq(count_rows("1"), n);
}

Test(audit, close_while_failing_answers_every_record)
{
	test_sink *ts;
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, &ts);
	int n = 4;

	atomic_store(&ts->fail, 1);
	atomic_store(&ts->hold, 1);
	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, NULL), 0);
	agate_audit_close(a, on_closed, NULL);
	atomic_store(&ts->hold, 0);
	run_until(is_closed, NULL, 20000);
	cr_assert(cb.closed);
	cr_assert_eq(cb.n, n);
	for (int i = 0; i < n; i++)
		cr_assert_lt(cb.status[i], 0);
}

Test(audit, removed_database_is_recreated_on_the_same_chain)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	char f[160];
	int n = 3;
	agate_audit_stats st;

	for (int i = 0; i < n; i++)
		cr_assert_eq(submit(a, NULL), 0);
	run_until(got_n, &n, 5000);
	unlink(path);
	snprintf(f, sizeof f, "%s-wal", path);
	unlink(f);
	snprintf(f, sizeof f, "%s-shm", path);
	unlink(f);
	cr_assert_eq(submit(a, NULL), 0);
	n = 4;
	run_until(got_n, &n, 5000);
	cr_assert_lt(cb.status[3], 0, "the write into a removed file is not reported written");
	run_until(not_failing, a, 10000);
	agate_audit_get_stats(a, &st);
	cr_assert(!st.failing);
	run_until(submit_ok, a, 1000);
	n = 5;
	run_until(got_n, &n, 5000);
	cr_assert_eq(cb.status[4], 0);
	close_audit(a);
	/* the new file: a checkpoint for 1..3, then rows 4 (re-labelled) and 5 */
	cr_assert_eq(count_rows("kind = 'checkpoint' AND id = 3"), 1);
	cr_assert_eq(count_rows("id = 4 AND error = 'audit_unavailable'"), 1);
	cr_assert_eq(count_rows("id = 5"), 1);
	assert_verifies();
}

Test(audit, open_refuses_newer_schema)
{
	agate_auditdb *db;
	agate_audit *a = NULL;
	agate_audit_config cfg = { .db_path = path };
	char err[256] = "";

	cr_assert_eq(agate_auditdb_open(path, 0, &db, err, sizeof err), 0);
	cr_assert_eq(sqlite3_exec(agate_auditdb_sqlite(db), "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	agate_auditdb_close(db);
	cr_assert_eq(agate_audit_open(&loop, &cfg, &a, err, sizeof err), -EPROTO);
	cr_assert_null(a);
	cr_assert_not_null(strstr(err, "newer"), "%s", err);
}

Test(audit, open_fails_on_unusable_path)
{
	agate_audit *a = NULL;
	agate_audit_config cfg = { .db_path = "/nonexistent-dir/x/audit.db" };
	char err[256] = "";

	cr_assert_lt(agate_audit_open(&loop, &cfg, &a, err, sizeof err), 0);
	cr_assert_null(a);
	cr_assert_neq(err[0], '\0');
}

/* Many one-row commits (the sync mode of a single client): the WAL is
 * checkpointed away from the commits and still starts over, so it stays
 * bounded, and every row is in the chain afterwards. */
Test(audit, small_commits_keep_the_wal_bounded)
{
	agate_sink *s = agate_sink_sqlite_new(path, 0);
	agate_auditdb *db;
	agate_auditdb_verify_result res;
	char err[256] = "", wal[160];
	uint64_t last = 0, reserved = 0;
	struct stat st;
	int n = 12000;

	cr_assert_not_null(s);
	cr_assert_eq(s->ops->open(s, &last, &reserved, err, sizeof err), 0, "%s", err);
	for (int i = 1; i <= n; i++) {
		agate_auditdb_row r = {
			.id = (uint64_t)i, .time_ms = 1700000000000 + i, .op = "check",
			.agent = "billing_bot", .session = "s1", .tool = "bash",
			.verdict = "allow", .peer_uid = 1000, .peer_pid = 1,
		};
		cr_assert_eq(s->ops->append(s, &r, 1, 0, err, sizeof err), 0, "%s", err);
		s->ops->after(s); /* as the writer does, once the commit's replies went */
		if (i % 100 == 0)
			usleep(2000); /* room for the background checkpoint */
	}
	/* About four frames per commit: without a restart the WAL would
	 * hold some 48,000 frames (198 MB). How soon a background pass
	 * catches up depends on the scheduler (on a loaded machine it may
	 * not before the writer's own checkpoint at 32,000 frames, 132 MB);
	 * the bound is that checkpoint plus what one pass lets in. */
	snprintf(wal, sizeof wal, "%s-wal", path);
	cr_assert_eq(stat(wal, &st), 0);
	cr_assert_lt(st.st_size, 170L * 1024 * 1024, "WAL grew to %lld bytes",
		     (long long)st.st_size);
	cr_assert_eq(s->ops->sync(s, err, sizeof err), 0, "%s", err);
	s->ops->close(s);
	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.rows, (uint64_t)n);
	agate_auditdb_close(db);
}

/* Retention in the writer: rows past the age are pruned behind a
 * checkpoint, but never above what the shipped-rows hook allows; stats
 * report the database's size and oldest row. */
static uint64_t shipped_upto;

static uint64_t shipped(void *ud)
{
	(void)ud;
	return __atomic_load_n(&shipped_upto, __ATOMIC_SEQ_CST);
}

static bool pruned_at_least(void *arg)
{
	agate_audit_stats st;

	agate_audit_get_stats(arg, &st);
	return st.retention_pruned >= 5 && st.have_db;
}

Test(audit, retention_prunes_old_rows_only_up_to_the_shipped_id)
{
	agate_audit_config cfg = { .db_path = path, .mode = AGATE_AUDIT_SYNC, .flush_ms = 20,
				   .retain_ms = 86400000, .shipped_id = shipped };
	agate_audit *a = NULL;
	agate_audit_stats st;
	char err[256] = "";
	int want = 10;

	__atomic_store_n(&shipped_upto, 0, __ATOMIC_SEQ_CST);
	cr_assert_eq(agate_audit_open(&loop, &cfg, &a, err, sizeof err), 0, "%s", err);
	/* rows from 2023: all older than a day */
	for (int i = 0; i < want; i++)
		cr_assert_eq(submit(a, NULL), 0);
	run_until(got_n, &want, 5000);
	/* nothing shipped: nothing may go, however old */
	usleep(1500000);
	run_until(got_n, &want, 100);
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.retention_pruned, 0);
	cr_assert(st.have_db);
	cr_assert_gt(st.db_bytes, 0);
	cr_assert(st.have_oldest);
	cr_assert_eq(st.oldest_ms, 1700000000000);
	__atomic_store_n(&shipped_upto, 5, __ATOMIC_SEQ_CST);
	run_until(pruned_at_least, a, 5000);
	agate_audit_get_stats(a, &st);
	cr_assert_eq(st.retention_pruned, 5, "%s", st.retention_error);
	cr_assert_geq(st.retention_steps, 1);
	close_audit(a);
	cr_assert_eq(count_rows("kind = 'verdict'"), 5);
	cr_assert_eq(count_rows("kind = 'checkpoint' AND op = 'retention' AND id = 5"), 1);
	assert_verifies();
}

/* Arguments and scores handed over as value trees are written as the
 * JSON agate_json_encode makes of them, byte for byte, after the loop
 * thread's trees are gone (its arena is wiped right after submit). */
Test(audit, value_trees_are_written_as_their_json)
{
	agate_audit *a = open_audit(AGATE_AUDIT_ASYNC, 0, NULL);
	agate_arena *ar = agate_arena_new(1 << 20);
	agate_value *args = NULL, *scores = NULL;
	char *want_args, *want_scores, err[128];
	msgpack_sbuffer sb;
	msgpack_packer pk;
	uint64_t id;
	sqlite3 *s;
	sqlite3_stmt *st;
	int want = 1;

	/* the trees as the daemon has them: decoded from msgpack */
	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	msgpack_pack_map(&pk, 2);
	agate_wire_pack_cstr(&pk, "drift");
	msgpack_pack_double(&pk, 0.55);
	agate_wire_pack_cstr(&pk, "votes");
	msgpack_pack_array(&pk, 1);
	msgpack_pack_map(&pk, 1);
	agate_wire_pack_cstr(&pk, "why");
	agate_wire_pack_cstr(&pk, "path \"/etc\"");
	cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, ar, &scores, err, sizeof err), 0,
		     "%s", err);
	msgpack_sbuffer_clear(&sb);
	msgpack_pack_map(&pk, 6);
	agate_wire_pack_cstr(&pk, "command");
	agate_wire_pack_cstr(&pk, "rm -rf /tmp/x");
	agate_wire_pack_cstr(&pk, "n");
	msgpack_pack_int64(&pk, -3);
	agate_wire_pack_cstr(&pk, "x");
	msgpack_pack_double(&pk, 0.1);
	agate_wire_pack_cstr(&pk, "deep");
	msgpack_pack_array(&pk, 2);
	msgpack_pack_array(&pk, 3);
	msgpack_pack_true(&pk);
	msgpack_pack_nil(&pk);
	agate_wire_pack_cstr(&pk, "\xc3\xa9\n");
	msgpack_pack_map(&pk, 1);
	agate_wire_pack_cstr(&pk, "k");
	msgpack_pack_double(&pk, 1e300);
	agate_wire_pack_cstr(&pk, "e");
	msgpack_pack_map(&pk, 0);
	agate_wire_pack_cstr(&pk, "l");
	msgpack_pack_array(&pk, 0);
	cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, ar, &args, err, sizeof err), 0,
		     "%s", err);
	msgpack_sbuffer_destroy(&sb);
	want_args = strdup(agate_json_encode(ar, args));
	want_scores = strdup(agate_json_encode(ar, scores));

	agate_audit_record r = {
		.time_ms = 1700000000000, .op = "check", .request_id = 9, .tool = "bash",
		.verdict = "block", .args_value = args, .scores_value = scores,
	};
	cr_assert_eq(agate_audit_submit(a, &r, on_done, (void *)(uintptr_t)1, &id), 0);
	next_ud = 1;
	/* what the loop thread does next: its arena is reused */
	memset(args->as.map.items, 0, args->as.map.len * sizeof(agate_member));
	agate_arena_free(ar);
	run_until(got_n, &want, 5000);
	close_audit(a);

	cr_assert_eq(sqlite3_open_v2(path, &s, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(s, "SELECT args_json, scores_json FROM verdicts WHERE id = ?",
					-1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (int64_t)id);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), want_args);
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 1), want_scores);
	cr_assert(strstr(want_args, "\"x\":0.10000000000000001") != NULL, "%s", want_args);
	cr_assert(strstr(want_args, "\"e\":{},\"l\":[]") != NULL, "%s", want_args);
	sqlite3_finalize(st);
	sqlite3_close(s);
	free(want_args);
	free(want_scores);
	assert_verifies();
}

/* Text longer than the writer's format buffer: the buffer grows, and the
 * scores after the arguments are still right. */
Test(audit, large_tree_is_written_whole)
{
	agate_audit *a = open_audit(AGATE_AUDIT_SYNC, 0, NULL);
	agate_arena *ar = agate_arena_new(4 << 20);
	size_t big = 300000;
	char *blob = malloc(big);
	agate_value *args = agate_arena_zalloc(ar, sizeof *args);
	agate_member *m = agate_arena_zalloc(ar, sizeof *m);
	agate_value scores = { .type = AGATE_FLOAT, .as.real = 0.25 };
	sqlite3 *s;
	sqlite3_stmt *st;
	uint64_t id;
	int want = 1;
	char *want_args;

	cr_assert(blob && args && m);
	memset(blob, 'q', big);
	blob[7] = '"';
	m->key = AGATE_STR_LIT("blob");
	m->value.type = AGATE_STR;
	m->value.as.str = (agate_str){ blob, big };
	args->type = AGATE_MAP;
	args->as.map.items = m;
	args->as.map.len = 1;
	want_args = agate_json_encode(ar, args);
	cr_assert_not_null(want_args);

	agate_audit_record r = { .time_ms = 1700000000000, .op = "check", .tool = "bash",
				 .verdict = "allow", .args_value = args, .scores_value = &scores };
	cr_assert_eq(agate_audit_submit(a, &r, on_done, (void *)(uintptr_t)1, &id), 0);
	next_ud = 1;
	free(blob);
	run_until(got_n, &want, 5000);
	cr_assert_eq(cb.status[0], 0);
	close_audit(a);

	cr_assert_eq(sqlite3_open_v2(path, &s, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_prepare_v2(s, "SELECT args_json, scores_json FROM verdicts WHERE id = ?",
					-1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (int64_t)id);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	cr_assert_eq(strlen((const char *)sqlite3_column_text(st, 0)), strlen(want_args));
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), want_args);
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 1), "0.25");
	sqlite3_finalize(st);
	sqlite3_close(s);
	agate_arena_free(ar);
	assert_verifies();
}

/* The checkpointer thread copies the WAL into the database file by
 * itself: with the writer's own checkpoint (after) never run, the file
 * still grows. (Its connection must open the WAL first: a checkpoint on
 * a fresh connection copies nothing, and then every cycle's copy and
 * fsyncs fell to the writer, between two commits.) */
Test(audit, checkpointer_thread_copies_the_wal)
{
	agate_sink *s = agate_sink_sqlite_new(path, 0);
	char err[256] = "";
	uint64_t last = 0, reserved = 0;
	struct stat before, st;
	int n = 3000;

	cr_assert_not_null(s);
	cr_assert_eq(s->ops->open(s, &last, &reserved, err, sizeof err), 0, "%s", err);
	cr_assert_eq(stat(path, &before), 0);
	for (int i = 1; i <= n; i++) {
		agate_auditdb_row r = {
			.id = (uint64_t)i, .time_ms = 1700000000000 + i, .op = "check",
			.agent = "billing_bot", .session = "s1", .tool = "bash",
			.args_json = "{\"command\":\"a line long enough to fill pages quickly, "
				     "a line long enough to fill pages quickly\"}",
			.verdict = "allow", .peer_uid = 1000, .peer_pid = 1,
		};
		cr_assert_eq(s->ops->append(s, &r, 1, 0, err, sizeof err), 0, "%s", err);
		if (i % 100 == 0)
			usleep(2000); /* room for the background checkpoint */
	}
	/* a liveness bound, not a speed one: on a loaded machine the
	 * checkpointer thread may wait seconds for a core */
	for (int i = 0; i < 3000; i++) {
		cr_assert_eq(stat(path, &st), 0);
		if (st.st_size > before.st_size + 256 * 1024)
			break;
		usleep(10000);
	}
	cr_assert_gt(st.st_size, before.st_size + 256 * 1024,
		     "the database file stayed at %lld bytes: nothing was checkpointed",
		     (long long)st.st_size);
	cr_assert_eq(s->ops->sync(s, err, sizeof err), 0, "%s", err);
	s->ops->close(s);
}
