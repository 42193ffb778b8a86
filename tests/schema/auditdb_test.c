/* Tests of schema/auditdb.h: schema and migrations, the hash chain,
 * verify naming the first changed, deleted or inserted row, prune with a
 * checkpoint, query formats and time parsing. */
#include <criterion/criterion.h>

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema/auditdb.h"

static char dir[64];
static char path[128];

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/auditdb-test-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/audit.db", dir);
}

static void teardown(void)
{
	char cmd[160];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(auditdb, .init = setup, .fini = teardown);

static agate_auditdb *open_rw(void)
{
	agate_auditdb *db = NULL;
	char err[256] = "";
	int rc = agate_auditdb_open(path, 0, &db, err, sizeof err);

	cr_assert_eq(rc, 0, "open: %d %s", rc, err);
	return db;
}

static agate_auditdb_row mkrow(uint64_t id, int64_t t)
{
	static char agent[8][16], reason[8][32];
	int k = (int)(id % 8);

	snprintf(agent[k], sizeof agent[k], "agent%d", (int)(id % 3));
	snprintf(reason[k], sizeof reason[k], "reason %" PRIu64, id);
	return (agate_auditdb_row){
		.id = id, .time_ms = t, .op = "check", .request_id = id * 10,
		.agent = agent[k], .session = id % 2 ? "s1" : "s2",
		.peer_uid = 1000 + (int64_t)(id % 2), .peer_pid = 4242,
		.tool = id % 4 == 0 ? "bash" : "read_file",
		.args_json = "{\"command\":\"ls -l\"}",
		.verdict = id % 5 == 0 ? "block" : "allow", .enforcement = "allow",
		.rule = id % 5 == 0 ? "no_rm" : NULL, .reason = reason[k],
		.scores_json = "{\"drift\":0.25}", .trace = NULL, .error = NULL,
		.generation = 3, .ruleset_digest = "sha256:abcd", .eval_ns = 1234,
	};
}

/* Append rows with ids from..to (one per call, so each gets its own
 * static strings) at times 1000*id. */
static void fill(agate_auditdb *db, uint64_t from, uint64_t to)
{
	char err[256] = "";

	for (uint64_t id = from; id <= to; id++) {
		agate_auditdb_row r = mkrow(id, (int64_t)id * 1000);
		int rc = agate_auditdb_append(db, &r, 1, err, sizeof err);

		cr_assert_eq(rc, 0, "append %" PRIu64 ": %d %s", id, rc, err);
	}
}

static void sql(agate_auditdb *db, const char *q)
{
	char *msg = NULL;
	int rc = sqlite3_exec(agate_auditdb_sqlite(db), q, NULL, NULL, &msg);

	cr_assert_eq(rc, SQLITE_OK, "%s: %s", q, msg ? msg : "");
}

static agate_auditdb_verify_result verify(agate_auditdb *db)
{
	agate_auditdb_verify_result res;
	int rc = agate_auditdb_verify(db, &res);

	cr_assert_eq(rc, 0, "verify: %d %s", rc, res.message);
	return res;
}

Test(auditdb, intact_chain_verifies_and_links)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	uint64_t last;
	uint8_t link[32];
	agate_auditdb_row batch[3] = { mkrow(11, 1), mkrow(12, 2), mkrow(13, 3) };
	char err[256];

	cr_assert_eq(agate_auditdb_schema_version(db), AGATE_AUDITDB_SCHEMA_VERSION);
	fill(db, 1, 10);
	cr_assert_eq(agate_auditdb_append(db, batch, 3, err, sizeof err), 0, "%s", err);
	/* the chain links row to row */
	cr_assert_eq(memcmp(batch[1].prev_hash, batch[0].hash, 32), 0);
	cr_assert_eq(memcmp(batch[2].prev_hash, batch[1].hash, 32), 0);
	agate_auditdb_head(db, &last, link);
	cr_assert_eq(last, 13);
	cr_assert_eq(memcmp(link, batch[2].hash, 32), 0);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.rows, 13);
	cr_assert_eq(res.first_id, 1);
	cr_assert_eq(res.last_id, 13);

	/* ids must go up */
	batch[0] = mkrow(13, 1);
	cr_assert_eq(agate_auditdb_append(db, batch, 1, err, sizeof err), -EINVAL);
	agate_auditdb_close(db);

	/* the head survives a reopen */
	db = open_rw();
	agate_auditdb_head(db, &last, NULL);
	cr_assert_eq(last, 13);
	agate_auditdb_close(db);
}

Test(auditdb, hash_is_the_documented_function)
{
	agate_auditdb_row r = mkrow(1, 1000), r2;
	uint8_t zero[32] = { 0 }, h1[32], h2[32];

	agate_auditdb_hash_row(zero, &r, h1);
	r2 = r;
	r2.reason = "reason 2";
	agate_auditdb_hash_row(zero, &r2, h2);
	cr_assert_neq(memcmp(h1, h2, 32), 0, "content enters the hash");
	r2 = r;
	agate_auditdb_hash_row(h1, &r2, h2);
	cr_assert_neq(memcmp(h1, h2, 32), 0, "prev_hash enters the hash");
	/* NULL and "" differ: the encoding is length-prefixed with a tag */
	r2 = r;
	r2.trace = "";
	agate_auditdb_hash_row(zero, &r2, h2);
	cr_assert_neq(memcmp(h1, h2, 32), 0);
	/* field boundaries are unambiguous */
	r.agent = "ab";
	r.session = "c";
	r2 = r;
	r2.agent = "a";
	r2.session = "bc";
	agate_auditdb_hash_row(zero, &r, h1);
	agate_auditdb_hash_row(zero, &r2, h2);
	cr_assert_neq(memcmp(h1, h2, 32), 0);
}

Test(auditdb, verify_names_changed_row)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;

	fill(db, 1, 10);
	sql(db, "UPDATE verdicts SET verdict = 'allow' WHERE id = 5");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "%s", res.message);
	cr_assert_eq(res.bad_id, 5, "%s", res.message);
	cr_assert_not_null(strstr(res.message, "row 5 changed"), "%s", res.message);
	agate_auditdb_close(db);
}

Test(auditdb, verify_names_first_of_several_changes)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;

	fill(db, 1, 10);
	sql(db, "UPDATE verdicts SET reason = 'nothing to see' WHERE id IN (4, 8)");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED);
	cr_assert_eq(res.bad_id, 4);
	agate_auditdb_close(db);
}

Test(auditdb, verify_catches_a_type_change)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;

	fill(db, 1, 6);
	/* same bytes, different SQLite type */
	sql(db, "UPDATE verdicts SET agent = CAST(agent AS BLOB) WHERE id = 3");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "%s", res.message);
	cr_assert_eq(res.bad_id, 3);
	agate_auditdb_close(db);
}

Test(auditdb, verify_names_changed_row_with_recomputed_hash)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	sqlite3_stmt *st;
	agate_auditdb_row r = mkrow(6, 6000);
	uint8_t prev[32], h[32];
	char hex[65], q[256];

	fill(db, 1, 10);
	/* The attacker rewrites row 6 and gives it a valid hash over its
	 * new content; row 7 still links to the old one. */
	cr_assert_eq(sqlite3_prepare_v2(agate_auditdb_sqlite(db),
		"SELECT prev_hash FROM verdicts WHERE id = 6", -1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	for (int i = 0; i < 32; i++)
		sscanf((const char *)sqlite3_column_text(st, 0) + 2 * i, "%2hhx", &prev[i]);
	sqlite3_finalize(st);
	r.verdict = "allow";
	r.rule = NULL;
	r.reason = "fine";
	agate_auditdb_hash_row(prev, &r, h);
	agate_auditdb_hex(h, hex);
	snprintf(q, sizeof q, "UPDATE verdicts SET verdict='allow', rule=NULL, reason='fine', "
		 "hash='%s' WHERE id = 6", hex);
	sql(db, q);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "%s", res.message);
	cr_assert_eq(res.bad_id, 6, "%s", res.message);
	agate_auditdb_close(db);
}

Test(auditdb, verify_names_deleted_row)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;

	fill(db, 1, 10);
	sql(db, "DELETE FROM verdicts WHERE id IN (4, 5)");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_DELETED, "%s", res.message);
	cr_assert_eq(res.bad_id, 4, "%s", res.message);
	cr_assert_not_null(strstr(res.message, "4..5"), "%s", res.message);
	agate_auditdb_close(db);
}

Test(auditdb, verify_names_deleted_first_and_last_rows)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;

	fill(db, 1, 10);
	sql(db, "DELETE FROM verdicts WHERE id = 1");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_DELETED, "%s", res.message);
	cr_assert_eq(res.bad_id, 1, "%s", res.message);
	agate_auditdb_close(db);

	teardown();
	setup();
	db = open_rw();
	fill(db, 1, 10);
	sql(db, "DELETE FROM verdicts WHERE id >= 9");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_HEAD, "%s", res.message);
	cr_assert_eq(res.bad_id, 9, "%s", res.message);
	agate_auditdb_close(db);
}

Test(auditdb, verify_names_inserted_row)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	char err[256];
	agate_auditdb_row r;

	/* ids 1..3, a gap row (6) for 4..5, then 7..8: a gap an attacker
	 * can fill */
	fill(db, 1, 3);
	{
		char args[64];

		agate_auditdb_gap_row(&r, 4, 5, 6000, args, sizeof args);
		cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	}
	fill(db, 7, 8);
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);
	sql(db, "INSERT INTO verdicts SELECT 4, kind, time_ms, op, request_id, 'mallory', session,"
		" peer_uid, peer_pid, tool, args_json, 'allow', enforcement, rule, reason, scores_json,"
		" trace, error, generation, ruleset_digest, eval_ns, prev_hash, hash, shadow, rules_label"
		" FROM verdicts WHERE id = 3");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_INSERTED, "%s", res.message);
	cr_assert_eq(res.bad_id, 4, "%s", res.message);

	/* a row appended after the head, even with a fitting hash */
	sql(db, "DELETE FROM verdicts WHERE id = 4");
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);
	sql(db, "INSERT INTO verdicts(id, kind, time_ms, prev_hash, hash) SELECT 9, 'verdict', 9,"
		" hash, hash FROM verdicts WHERE id = 8");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_INSERTED, "%s", res.message);
	cr_assert_eq(res.bad_id, 9, "%s", res.message);
	agate_auditdb_close(db);
}

/* Ids skipped after a crash: a gap row naming them exactly verifies and
 * is counted; a jump without one, or with one naming other ids, is
 * reported as missing rows. */
Test(auditdb, gap_rows_explain_jumps_in_ids)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	agate_auditdb_row r;
	char err[256] = "", args[64];

	fill(db, 1, 3);
	agate_auditdb_gap_row(&r, 4, 9, 5000, args, sizeof args);
	cr_assert_eq(r.id, 10);
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0, "%s", err);
	fill(db, 11, 12);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.gaps, 1);
	cr_assert_eq(res.gap_ids, 6);
	cr_assert_eq(res.rows, 6);
	agate_auditdb_close(db);

	/* a jump no gap row explains */
	teardown();
	setup();
	db = open_rw();
	fill(db, 1, 3);
	r = mkrow(6, 6000);
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_DELETED, "%s", res.message);
	cr_assert_eq(res.bad_id, 4, "%s", res.message);
	cr_assert_not_null(strstr(res.message, "no gap row"), "%s", res.message);
	agate_auditdb_close(db);

	/* a gap row naming other ids than the ones skipped */
	teardown();
	setup();
	db = open_rw();
	fill(db, 1, 3);
	agate_auditdb_gap_row(&r, 5, 9, 5000, args, sizeof args);
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_DELETED, "%s", res.message);
	cr_assert_eq(res.bad_id, 4, "%s", res.message);
	agate_auditdb_close(db);
}

/* The reservation: raised with a batch (or alone), kept across a close,
 * lowered to the head by release; an upgraded database starts with it at
 * the head. */
Test(auditdb, id_reservation_rises_and_is_released)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_row rows[2] = { mkrow(1, 1000), mkrow(2, 2000) };
	char err[256] = "";

	cr_assert_eq(agate_auditdb_reserved(db), 0);
	cr_assert_eq(agate_auditdb_append_reserve(db, rows, 2, 100, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_reserved(db), 100);
	/* never lowered by a smaller reservation, and one alone works */
	cr_assert_eq(agate_auditdb_append_reserve(db, NULL, 0, 50, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_reserved(db), 100);
	cr_assert_eq(agate_auditdb_append_reserve(db, NULL, 0, 300, err, sizeof err), 0, "%s", err);
	agate_auditdb_close(db);
	db = open_rw();
	cr_assert_eq(agate_auditdb_reserved(db), 300);
	cr_assert_eq(agate_auditdb_release(db, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_reserved(db), 2);
	agate_auditdb_close(db);
	db = open_rw();
	cr_assert_eq(agate_auditdb_reserved(db), 2);
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);
	agate_auditdb_close(db);
}

static void assert_modes(mode_t want, gid_t gid)
{
	static const char *const sfx[] = { "", "-wal", "-shm" };
	char name[160];
	struct stat st;

	for (int i = 0; i < 3; i++) {
		snprintf(name, sizeof name, "%s%s", path, sfx[i]);
		cr_assert_eq(stat(name, &st), 0, "%s", name);
		cr_assert_eq(st.st_mode & 0777, want, "%s: %o", name, st.st_mode & 0777);
		cr_assert_eq(st.st_gid, gid, "%s: group %u", name, (unsigned)st.st_gid);
	}
}

/* The database and its -wal and -shm get exactly the access asked for,
 * whatever the umask, also when they were looser before. */
Test(auditdb, open_as_sets_group_and_mode)
{
	agate_auditdb_access acc = { .gid = (unsigned)getegid(), .group_read = true };
	agate_auditdb *db = NULL;
	char err[256] = "";
	mode_t old = umask(022);

	cr_assert_eq(agate_auditdb_open_as(path, 0, &acc, &db, err, sizeof err), 0, "%s", err);
	fill(db, 1, 2);
	assert_modes(0640, getegid());
	agate_auditdb_close(db);
	/* looser than asked: tightened at the next open */
	acc.group_read = false;
	cr_assert_eq(chmod(path, 0644), 0);
	cr_assert_eq(agate_auditdb_open_as(path, 0, &acc, &db, err, sizeof err), 0, "%s", err);
	assert_modes(0600, getegid());
	agate_auditdb_close(db);
	umask(old);
	cr_assert_eq(agate_auditdb_open_as(path, AGATE_AUDITDB_READONLY, &acc, &db, err,
					   sizeof err), -EINVAL);
}

Test(auditdb, prune_keeps_chain_verifiable)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	agate_auditdb_prune_result pr;
	char err[256] = "";
	uint64_t last;

	fill(db, 1, 10);
	cr_assert_eq(agate_auditdb_prune(db, 5500, 99000, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.deleted, 5);
	cr_assert_eq(pr.first_id, 1);
	cr_assert_eq(pr.last_id, 5);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert(res.checkpoint);
	cr_assert_eq(res.pruned, 5);
	cr_assert_eq(res.first_id, 5); /* the checkpoint stands in for row 5 */
	cr_assert_eq(res.rows, 6);

	/* appending continues the same chain */
	fill(db, 11, 12);
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);

	/* a second prune folds the first checkpoint in */
	cr_assert_eq(agate_auditdb_prune(db, 8500, 99000, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.deleted, 3);
	cr_assert_eq(pr.first_id, 1);
	cr_assert_eq(pr.total_pruned, 8);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.pruned, 8);

	/* nothing older: nothing to do */
	cr_assert_eq(agate_auditdb_prune(db, 100, 99000, &pr, err, sizeof err), 0);
	cr_assert_eq(pr.deleted, 0);

	/* everything, then reopen and append after a lone checkpoint */
	cr_assert_eq(agate_auditdb_prune(db, INT64_MAX, 99000, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.last_id, 12);
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);
	agate_auditdb_close(db);
	db = open_rw();
	agate_auditdb_head(db, &last, NULL);
	cr_assert_eq(last, 12);
	fill(db, 13, 14);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.rows, 3);

	/* editing the checkpoint is caught; so is removing it */
	sql(db, "UPDATE verdicts SET reason = 'pruned 0 rows' WHERE kind = 'checkpoint'");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "%s", res.message);
	cr_assert_eq(res.bad_id, 12);
	sql(db, "DELETE FROM verdicts WHERE kind = 'checkpoint'");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_DELETED, "%s", res.message);
	agate_auditdb_close(db);
}

Test(auditdb, continue_starts_a_new_file_on_the_old_chain)
{
	agate_auditdb *db = open_rw();
	uint64_t last;
	uint8_t link[32];
	char err[256] = "";
	agate_auditdb_verify_result res;

	fill(db, 1, 4);
	agate_auditdb_head(db, &last, link);
	agate_auditdb_close(db);
	cr_assert_eq(unlink(path), 0);
	db = open_rw();
	cr_assert_eq(agate_auditdb_continue(db, last, link, 0, 5000, "file removed", err, sizeof err), 0, "%s", err);
	fill(db, 5, 7);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert(res.checkpoint);
	cr_assert_eq(res.first_id, 4);
	/* only into an empty database */
	cr_assert_eq(agate_auditdb_continue(db, last, link, 0, 5000, "x", err, sizeof err), -EEXIST);
	agate_auditdb_close(db);
}

/* Build a version-1 database by hand, as an older agated left it. */
static void make_v1(int nrows)
{
	sqlite3 *s;
	uint8_t link[32] = { 0 };

	cr_assert_eq(sqlite3_open(path, &s), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(s, "PRAGMA journal_mode=WAL", NULL, NULL, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(s, agate_auditdb_migration_sql(1), NULL, NULL, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(s, "PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
	for (int i = 1; i <= nrows; i++) {
		agate_auditdb_row r = mkrow((uint64_t)i, i * 1000);
		char ph[65], hh[65];
		char *q;

		agate_auditdb_hash_row(link, &r, r.hash);
		agate_auditdb_hex(link, ph);
		agate_auditdb_hex(r.hash, hh);
		q = sqlite3_mprintf("INSERT INTO verdicts VALUES (%d, 'verdict', %lld, %Q, %lld, %Q, %Q,"
				    " %lld, %lld, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %lld, %Q, %lld, %Q, %Q);"
				    "UPDATE meta SET value = '%d' WHERE key = 'head_id';"
				    "UPDATE meta SET value = '%s' WHERE key = 'head_hash';",
				    i, (long long)r.time_ms, r.op, (long long)r.request_id, r.agent,
				    r.session, (long long)r.peer_uid, (long long)r.peer_pid, r.tool,
				    r.args_json, r.verdict, r.enforcement, r.rule, r.reason,
				    r.scores_json, r.trace, r.error, (long long)r.generation,
				    r.ruleset_digest, (long long)r.eval_ns, ph, hh, i, hh);
		cr_assert_eq(sqlite3_exec(s, q, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(s));
		sqlite3_free(q);
		memcpy(link, r.hash, 32);
	}
	sqlite3_close(s);
}

Test(auditdb, migrates_older_schema_in_place)
{
	agate_auditdb *db;
	sqlite3_stmt *st;
	int64_t n = 0;
	agate_auditdb_verify_result res;

	make_v1(3);
	db = open_rw();
	cr_assert_eq(agate_auditdb_schema_version(db), AGATE_AUDITDB_SCHEMA_VERSION);
	cr_assert_eq(sqlite3_prepare_v2(agate_auditdb_sqlite(db),
		"SELECT (SELECT count(*) FROM sqlite_master WHERE name IN ('verdicts_agent_session', 'verdicts_readable')),"
		" (SELECT value FROM meta WHERE key = 'schema_version'), (SELECT count(*) FROM verdicts)",
		-1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	cr_assert_eq(n, 2, "index and view created");
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 1), "5");
	cr_assert_eq(sqlite3_column_int64(st, 2), 3, "rows kept");
	sqlite3_finalize(st);
	/* version 4: the reservation starts at the head, so no gap */
	cr_assert_eq(agate_auditdb_reserved(db), 3);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "old rows still verify: %s", res.message);
	fill(db, 4, 5);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.rows, 5);
	agate_auditdb_close(db);
}

/* Version 3 keeps three indexes: each one is a page written per commit. */
Test(auditdb, keeps_only_the_needed_indexes)
{
	agate_auditdb *db = open_rw();
	sqlite3_stmt *st;
	char names[256] = "";

	cr_assert_eq(sqlite3_prepare_v2(agate_auditdb_sqlite(db),
		"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'verdicts'"
		" AND sql IS NOT NULL ORDER BY name", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		strncat(names, (const char *)sqlite3_column_text(st, 0), sizeof names - strlen(names) - 2);
		strcat(names, " ");
	}
	sqlite3_finalize(st);
	/* verdicts_shadow is partial: only rows with a shadow match enter it */
	cr_assert_str_eq(names, "verdicts_agent_session verdicts_flagged verdicts_shadow verdicts_time ");
	/* a query for blocks can use the partial index */
	cr_assert_eq(sqlite3_prepare_v2(agate_auditdb_sqlite(db),
		"EXPLAIN QUERY PLAN SELECT id FROM verdicts WHERE id > 0 AND verdict <> 'allow'"
		" AND verdict = ? ORDER BY id DESC", -1, &st, NULL), SQLITE_OK);
	names[0] = '\0';
	while (sqlite3_step(st) == SQLITE_ROW)
		strncat(names, (const char *)sqlite3_column_text(st, 3), sizeof names - strlen(names) - 1);
	sqlite3_finalize(st);
	cr_assert_not_null(strstr(names, "verdicts_flagged"), "%s", names);
	agate_auditdb_close(db);
}

Test(auditdb, refuses_newer_schema)
{
	agate_auditdb *db = open_rw();
	char err[256] = "";

	fill(db, 1, 2);
	sql(db, "PRAGMA user_version = 6");
	agate_auditdb_close(db);
	db = NULL;
	cr_assert_eq(agate_auditdb_open(path, 0, &db, err, sizeof err), -EPROTO);
	cr_assert_null(db);
	cr_assert_not_null(strstr(err, "newer"), "%s", err);
	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), -EPROTO);
}

Test(auditdb, refuses_foreign_database_and_missing_file)
{
	agate_auditdb *db = NULL;
	sqlite3 *s;
	char err[256] = "";

	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), -ENOENT);
	cr_assert_eq(sqlite3_open(path, &s), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(s, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(s);
	cr_assert_eq(agate_auditdb_open(path, 0, &db, err, sizeof err), -EPROTO);
	cr_assert_null(db);
}

Test(auditdb, readonly_open_reads_while_writer_holds_db)
{
	agate_auditdb *w = open_rw(), *r = NULL;
	char err[256] = "";

	fill(w, 1, 3);
	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &r, err, sizeof err), 0, "%s", err);
	cr_assert_eq(verify(r).rows, 3);
	fill(w, 4, 5);
	cr_assert_eq(verify(r).rows, 5);
	cr_assert_lt(agate_auditdb_append(r, NULL, 0, err, sizeof err), 0);
	agate_auditdb_close(r);
	agate_auditdb_close(w);
}

static char *run_query(agate_auditdb *db, const agate_auditdb_filter *f,
		       agate_auditdb_format fmt, uint64_t *count)
{
	char *buf = NULL, err[256] = "";
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	cr_assert_not_null(out);
	cr_assert_eq(agate_auditdb_query(db, f, fmt, out, count, NULL, err, sizeof err), 0, "%s", err);
	fclose(out);
	return buf;
}

static int count_lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

Test(auditdb, query_filters_and_formats)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_filter f = { 0 };
	uint64_t n;
	char *out;

	fill(db, 1, 20);
	f.verdict = "block";
	out = run_query(db, &f, AGATE_AUDITDB_JSONL, &n);
	cr_assert_eq(n, 4); /* ids 5, 10, 15, 20 */
	cr_assert_eq(count_lines(out), 4);
	cr_assert_not_null(strstr(out, "{\"id\":5,\"time\":\"1970-01-01T00:00:05.000Z\",\"kind\":\"verdict\""), "%s", out);
	cr_assert_not_null(strstr(out, "\"rule\":\"no_rm\""));
	cr_assert_not_null(strstr(out, "\"args_json\":\"{\\\"command\\\":\\\"ls -l\\\"}\""), "%s", out);
	cr_assert_not_null(strstr(out, "\"trace\":null"));
	cr_assert_not_null(strstr(out, "\"hash\":\""));
	free(out);

	memset(&f, 0, sizeof f);
	f.agent = "agent1";
	f.tool = "bash";
	f.has_uid = true;
	f.uid = 1000;
	out = run_query(db, &f, AGATE_AUDITDB_JSONL, &n);
	/* id%3==1, id%4==0, id even: 4, 16 */
	cr_assert_eq(n, 2, "%s", out);
	free(out);

	memset(&f, 0, sizeof f);
	f.has_since = f.has_until = true;
	f.since_ms = 3000;
	f.until_ms = 7000;
	f.session = "s1";
	out = run_query(db, &f, AGATE_AUDITDB_CSV, &n);
	cr_assert_eq(n, 2); /* 3, 5 */
	cr_assert(strncmp(out, "id,time,kind,time_ms,op,", 24) == 0, "%s", out);
	cr_assert_not_null(strstr(out, "\r\n3,1970-01-01T00:00:03.000Z,\"verdict\",3000,"), "%s", out);
	cr_assert_not_null(strstr(out, "\"{\"\"command\"\":\"\"ls -l\"\"}\""), "%s", out);
	free(out);

	memset(&f, 0, sizeof f);
	f.rule = "no_rm";
	f.newest_first = true;
	f.limit = 1;
	out = run_query(db, &f, AGATE_AUDITDB_TABLE, &n);
	cr_assert_eq(n, 1);
	cr_assert(strncmp(out, "ID ", 3) == 0);
	cr_assert_not_null(strstr(out, "\n20 "), "%s", out);
	free(out);

	memset(&f, 0, sizeof f);
	f.after_id = 18;
	out = run_query(db, &f, AGATE_AUDITDB_JSONL, &n);
	cr_assert_eq(n, 2);
	cr_assert_not_null(strstr(out, "{\"id\":19,"));
	free(out);
	agate_auditdb_close(db);
}

Test(auditdb, jsonl_escapes_control_and_invalid_utf8)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_row r = mkrow(1, 0);
	char err[256], *out;
	uint64_t n;

	r.reason = "a\"b\\c\nd\x01 \xc3\xa9 \xff";
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	out = run_query(db, NULL, AGATE_AUDITDB_JSONL, &n);
	cr_assert_not_null(strstr(out, "\"reason\":\"a\\\"b\\\\c\\nd\\u0001 \xc3\xa9 \\u00ff\""), "%s", out);
	free(out);
	agate_auditdb_close(db);
}

Test(auditdb, parse_time_forms)
{
	int64_t ms;
	int64_t now = 1700000000000;

	cr_assert_eq(agate_auditdb_parse_time("2024-03-01", now, &ms), 0);
	cr_assert_eq(ms, 1709251200000);
	cr_assert_eq(agate_auditdb_parse_time("2024-03-01T12:30", now, &ms), 0);
	cr_assert_eq(ms, 1709251200000 + 45000000);
	cr_assert_eq(agate_auditdb_parse_time("2024-03-01T12:30:15.250Z", now, &ms), 0);
	cr_assert_eq(ms, 1709251200000 + 45015250);
	cr_assert_eq(agate_auditdb_parse_time("2024-03-01T14:30:15+02:00", now, &ms), 0);
	cr_assert_eq(ms, 1709251200000 + 45015000);
	cr_assert_eq(agate_auditdb_parse_time("@1700000000", now, &ms), 0);
	cr_assert_eq(ms, 1700000000000);
	cr_assert_eq(agate_auditdb_parse_time("2d", now, &ms), 0);
	cr_assert_eq(ms, now - 2 * 86400000);
	cr_assert_eq(agate_auditdb_parse_time("90s", now, &ms), 0);
	cr_assert_eq(ms, now - 90000);
	cr_assert_eq(agate_auditdb_parse_time("2024-02-30", now, &ms), -EINVAL);
	cr_assert_eq(agate_auditdb_parse_time("2024-13-01", now, &ms), -EINVAL);
	cr_assert_eq(agate_auditdb_parse_time("yesterday", now, &ms), -EINVAL);
	cr_assert_eq(agate_auditdb_parse_time("2024-03-01T12", now, &ms), -EINVAL);
	cr_assert_eq(agate_auditdb_parse_time("", now, &ms), -EINVAL);
}

Test(auditdb, format_time)
{
	char b[32];

	agate_auditdb_format_time(1709251200123, b, sizeof b);
	cr_assert_str_eq(b, "2024-03-01T00:00:00.123Z");
	agate_auditdb_format_time(-1, b, sizeof b);
	cr_assert_str_eq(b, "1969-12-31T23:59:59.999Z");
}

/* Statements of schema/audit.sql with comments and blank space folded, per
 * "-- migration N" section. */
static char *normalise(const char *text)
{
	size_t n = strlen(text);
	char *out = malloc(n + 1), *o = out;
	bool space = false;

	cr_assert_not_null(out);
	for (const char *p = text; *p;) {
		if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			space = true;
			p++;
			continue;
		}
		if (space && o != out)
			*o++ = ' ';
		space = false;
		*o++ = *p++;
	}
	*o = '\0';
	return out;
}

Test(auditdb, embedded_sql_matches_schema_file)
{
	const char *root = getenv("AGATE_SOURCE_ROOT");
	char file[512], *text = NULL;
	size_t len = 0;
	FILE *f;

	if (root)
		snprintf(file, sizeof file, "%s/schema/audit.sql", root);
	else
		snprintf(file, sizeof file, "%s/../../schema/audit.sql", AGATE_SOURCE_PACKS);
	f = fopen(file, "r");
	cr_assert_not_null(f, "%s", file);
	text = calloc(1, 1 << 16);
	cr_assert_not_null(text);
	len = fread(text, 1, (1 << 16) - 1, f);
	fclose(f);
	cr_assert_gt(len, 0);
	for (int v = 1; v <= AGATE_AUDITDB_SCHEMA_VERSION; v++) {
		char mark[32], next[32], *start, *end, saved, *a, *b;

		snprintf(mark, sizeof mark, "-- migration %d\n", v);
		snprintf(next, sizeof next, "-- migration %d\n", v + 1);
		start = strstr(text, mark);
		cr_assert_not_null(start, "section %d missing from audit.sql", v);
		start += strlen(mark);
		end = strstr(start, next);
		if (!end)
			end = text + len;
		saved = *end;
		*end = '\0';
		a = normalise(start);
		b = normalise(agate_auditdb_migration_sql(v));
		*end = saved;
		cr_assert_str_eq(a, b, "migration %d differs between audit.sql and auditdb_store.c", v);
		free(a);
		free(b);
	}
	cr_assert_null(agate_auditdb_migration_sql(AGATE_AUDITDB_SCHEMA_VERSION + 1));
	free(text);
}

Test(auditdb, prune_from_another_connection_while_a_writer_appends)
{
	agate_auditdb *w = open_rw(), *p = open_rw();
	agate_auditdb_prune_result pr;
	agate_auditdb_verify_result res;
	char err[256] = "";

	/* the writer keeps its head in memory; a prune by another process
	 * (agatectl) must not invalidate it */
	fill(w, 1, 10);
	cr_assert_eq(agate_auditdb_prune(p, 6500, 99000, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.deleted, 6);
	fill(w, 11, 12);
	cr_assert_eq(agate_auditdb_prune(p, INT64_MAX, 99000, &pr, err, sizeof err), 0, "%s", err);
	fill(w, 13, 14);
	res = verify(p);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.pruned, 12);
	cr_assert_eq(res.rows, 3);
	agate_auditdb_close(p);
	agate_auditdb_close(w);
}

/* verify --all: every fault once, in id order, with what is wrong; the
 * first-fault summary agrees with verify. */
struct faults {
	int n;
	agate_auditdb_fault_kind kind[16];
	uint64_t id[16];
};

static void collect(void *ud, const agate_auditdb_fault *f)
{
	struct faults *fs = ud;

	if (fs->n < 16) {
		fs->kind[fs->n] = f->kind;
		fs->id[fs->n] = f->id;
	}
	fs->n++;
}

Test(auditdb, verify_all_reports_every_fault)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	struct faults fs = { 0 };

	fill(db, 1, 20);
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK);
	cr_assert_eq(fs.n, 0);
	cr_assert_eq(res.faults, 0);

	sql(db, "UPDATE verdicts SET reason = 'x' WHERE id = 4");
	sql(db, "DELETE FROM verdicts WHERE id BETWEEN 9 AND 11");
	sql(db, "UPDATE verdicts SET hash = 'zz' WHERE id = 15");
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	cr_assert_eq(fs.n, 4, "%d faults: %s", fs.n, res.message);
	cr_assert_eq(fs.kind[0], AGATE_AUDITDB_FAULT_HASH);
	cr_assert_eq(fs.id[0], 4);
	cr_assert_eq(fs.kind[1], AGATE_AUDITDB_FAULT_LINK);
	cr_assert_eq(fs.id[1], 12);
	cr_assert_eq(fs.kind[2], AGATE_AUDITDB_FAULT_GAP);
	cr_assert_eq(fs.id[2], 12);
	cr_assert_eq(fs.kind[3], AGATE_AUDITDB_FAULT_HASH);
	cr_assert_eq(fs.id[3], 15);
	/* the row after a malformed hash cannot be linked to it; the walk
	 * goes on from that row's own hash, and the head matches */
	cr_assert_eq(res.faults, 4);
	sql(db, "UPDATE meta SET value = '19' WHERE key = 'head_id'");
	fs.n = 0;
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	cr_assert_eq(fs.n, 6, "%d faults: %s", fs.n, res.message);
	cr_assert_eq(fs.kind[4], AGATE_AUDITDB_FAULT_INSERTED, "row 20 after the recorded head");
	cr_assert_eq(fs.kind[5], AGATE_AUDITDB_FAULT_HEAD);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED);
	cr_assert_eq(res.bad_id, 4);
	cr_assert_eq(verify(db).bad_id, 4, "verify stops at the same first row");
	cr_assert_str_eq(agate_auditdb_fault_name(AGATE_AUDITDB_FAULT_LINK), "broken link");
	agate_auditdb_close(db);
}

Test(auditdb, verify_all_skips_an_inserted_row_once)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_verify_result res;
	struct faults fs = { 0 };
	char err[256], args[64];
	agate_auditdb_row r;

	fill(db, 1, 3);
	agate_auditdb_gap_row(&r, 4, 5, 6000, args, sizeof args);
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	fill(db, 7, 8);
	sql(db, "INSERT INTO verdicts SELECT 4, kind, time_ms, op, request_id, 'mallory', session,"
		" peer_uid, peer_pid, tool, args_json, 'allow', enforcement, rule, reason, scores_json,"
		" trace, error, generation, ruleset_digest, eval_ns, prev_hash, hash, shadow, rules_label"
		" FROM verdicts WHERE id = 3");
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	/* the copy's hash does not match its content, and the chain steps
	 * over it: nothing after it is reported */
	cr_assert_eq(fs.n, 2, "%d: %s", fs.n, res.message);
	cr_assert_eq(fs.kind[0], AGATE_AUDITDB_FAULT_HASH);
	cr_assert_eq(fs.kind[1], AGATE_AUDITDB_FAULT_INSERTED);
	cr_assert_eq(fs.id[1], 4);
	agate_auditdb_close(db);
}

/* A bounded step removes at most max_rows rows, never above max_id, and
 * says whether more wait; a dry run reports the same and changes nothing;
 * repeated steps fold their checkpoints into one. */
Test(auditdb, prune_step_is_bounded_and_dry_runs)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_prune_opts o = { .before_ms = 15500, .max_rows = 4, .now_ms = 99000 };
	agate_auditdb_prune_result pr;
	agate_auditdb_info in;
	char err[256] = "";

	fill(db, 1, 20);
	cr_assert_eq(agate_auditdb_info_get(db, &in), 0);
	cr_assert(in.has_oldest);
	cr_assert_eq(in.oldest_ms, 1000);
	cr_assert_eq(in.first_id, 1);
	cr_assert_eq(in.last_id, 20);
	cr_assert_gt(in.size_bytes, 0);

	o.dry_run = true;
	cr_assert_eq(agate_auditdb_prune_step(db, &o, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.deleted, 4);
	cr_assert(pr.more);
	cr_assert_eq(pr.oldest_ms, 1000);
	cr_assert_eq(pr.newest_ms, 4000);
	cr_assert_eq(agate_auditdb_info_get(db, &in), 0);
	cr_assert_eq(in.first_id, 1, "the dry run removed rows");

	o.dry_run = false;
	o.op = "retention";
	for (int i = 0; i < 10; i++) {
		cr_assert_eq(agate_auditdb_prune_step(db, &o, &pr, err, sizeof err), 0, "%s", err);
		if (!pr.more)
			break;
		cr_assert_leq(pr.deleted, 4);
	}
	/* rows 1..15 are older than 15.5 s: row 16 is the first kept */
	cr_assert_eq(agate_auditdb_info_get(db, &in), 0);
	cr_assert_eq(in.oldest_ms, 16000);
	cr_assert_eq(in.first_id, 15, "the checkpoint has the last pruned id");
	{
		agate_auditdb_verify_result res = verify(db);

		cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
		cr_assert(res.checkpoint);
		cr_assert_eq(res.pruned, 15);
	}

	/* never above max_id: the shipped-rows hook */
	o.before_ms = INT64_MAX;
	o.max_rows = 0;
	o.max_id = 17;
	cr_assert_eq(agate_auditdb_prune_step(db, &o, &pr, err, sizeof err), 0, "%s", err);
	cr_assert_eq(pr.deleted, 2);
	cr_assert(pr.more);
	cr_assert_eq(agate_auditdb_info_get(db, &in), 0);
	cr_assert_eq(in.oldest_ms, 18000);
	cr_assert_eq(verify(db).pruned, 17);
	agate_auditdb_close(db);
}

Test(auditdb, nested_jsonl_and_table)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_row r = mkrow(1, 1000), r2 = mkrow(2, 2000);
	char err[256], *out;
	uint64_t n;

	r2.args_json = "not json {";
	r2.rule = "a_rule_name_that_is_longer_than_the_twenty_four_columns_of_old";
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0);
	cr_assert_eq(agate_auditdb_append(db, &r2, 1, err, sizeof err), 0);
	out = run_query(db, NULL, AGATE_AUDITDB_JSONL_NESTED, &n);
	cr_assert_eq(n, 2);
	cr_assert_not_null(strstr(out, ",\"args\":{\"command\":\"ls -l\"},"), "%s", out);
	cr_assert_not_null(strstr(out, ",\"scores\":{\"drift\":0.25},"), "%s", out);
	cr_assert_not_null(strstr(out, ",\"args\":\"not json {\","), "%s", out);
	cr_assert_null(strstr(out, "args_json"), "%s", out);
	free(out);
	out = run_query(db, NULL, AGATE_AUDITDB_TABLE, &n);
	cr_assert_not_null(strstr(out, " GEN "), "%s", out);
	cr_assert_not_null(strstr(out, "command=\"ls -l\""), "%s", out);
	cr_assert_not_null(strstr(out, r2.rule), "%s", out);
	cr_assert_not_null(strstr(out, "not json {"), "%s", out);
	free(out);
	agate_auditdb_close(db);
}

/* The table's SHADOW column, between GEN and ARGS: "-" where no shadow
 * rule matched, the matches where some did, cut with '~' at 40 cells so
 * that the arguments and the reason stay in view; as narrow as its title
 * when no row printed has one. */
static const char *table_line(const char *out, const char *id, char *line, size_t cap)
{
	char want[32];
	const char *p;

	snprintf(want, sizeof want, "\n%s ", id);
	p = strstr(out, want);
	cr_assert_not_null(p, "row %s not in %s", id, out);
	snprintf(line, cap, "%.*s", (int)strcspn(p + 1, "\n"), p + 1);
	return line;
}

/* the n-th blank-separated field of line (0 = id) */
static const char *field(const char *line, int n, char *buf, size_t cap)
{
	const char *p = line;

	for (int i = 0; i < n; i++) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
	}
	snprintf(buf, cap, "%.*s", (int)strcspn(p, " "), p);
	return buf;
}

Test(auditdb, table_shows_shadow_matches)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_row r2 = mkrow(2, 2000), r3 = mkrow(3, 3000);
	agate_auditdb_filter f = { 0 };
	char err[256] = "", line[1024], fb[128], *out;
	uint64_t n;

	fill(db, 1, 1);
	r2.shadow = "try_rm:block";
	r3.shadow = "try_one:block,try_two:allow,try_three:block,try_four:review";
	cr_assert_eq(agate_auditdb_append(db, &r2, 1, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_append(db, &r3, 1, err, sizeof err), 0, "%s", err);
	fill(db, 4, 4);

	out = run_query(db, NULL, AGATE_AUDITDB_TABLE, &n);
	cr_assert_eq(n, 4);
	/* ID TIME OP AGENT SESSION TOOL VERDICT RULE GEN SHADOW ARGS REASON */
	cr_assert_str_eq(field(out, 9, fb, sizeof fb), "SHADOW", "%s", out);
	cr_assert_str_eq(field(out, 10, fb, sizeof fb), "ARGS", "%s", out);
	cr_assert_str_eq(field(table_line(out, "1", line, sizeof line), 9, fb, sizeof fb), "-");
	cr_assert_str_eq(field(table_line(out, "2", line, sizeof line), 9, fb, sizeof fb),
			 "try_rm:block", "%s", out);
	cr_assert_str_eq(field(line, 10, fb, sizeof fb), "command=\"ls", "%s", out);
	/* 40 cells: 39 of the text and the mark of the cut */
	cr_assert_str_eq(field(table_line(out, "3", line, sizeof line), 9, fb, sizeof fb),
			 "try_one:block,try_two:allow,try_three:b~", "%s", out);
	cr_assert_str_eq(field(line, 10, fb, sizeof fb), "command=\"ls", "%s", out);
	free(out);

	/* --shadow: only the rows where one matched */
	f.shadow = true;
	out = run_query(db, &f, AGATE_AUDITDB_TABLE, &n);
	cr_assert_eq(n, 2, "%s", out);
	cr_assert_null(strstr(out, "\n1 "), "%s", out);
	free(out);

	/* none among the rows printed: the column takes no more than its title */
	f.shadow = false;
	f.after_id = 3;
	out = run_query(db, &f, AGATE_AUDITDB_TABLE, &n);
	cr_assert_eq(n, 1);
	cr_assert_not_null(strstr(out, " GEN SHADOW ARGS "), "%s", out);
	free(out);
	agate_auditdb_close(db);
}

/* Schema 5: a row naming a shadow match or a label is hashed with both
 * columns (encoding 2); clearing either is a change that verify finds,
 * while rows without them keep encoding 1. verify --all reads them too
 * (it once read only the first columns and called every such row
 * changed). */
Test(auditdb, shadow_and_label_columns_enter_the_chain)
{
	agate_auditdb *db = open_rw();
	agate_auditdb_row r = mkrow(2, 2000);
	agate_auditdb_verify_result res;
	struct faults fs = { 0 };
	char err[256] = "";

	fill(db, 1, 1);
	r.shadow = "try_rm:block";
	r.rules_label = "commit 1a2b3c";
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0, "%s", err);
	fill(db, 3, 3);
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.rows, 3);
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	cr_assert_eq(fs.n, 0, "verify --all: %s", res.message);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	sql(db, "UPDATE verdicts SET shadow = NULL WHERE id = 2");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "%s", res.message);
	cr_assert_eq(res.bad_id, 2);
	cr_assert_eq(agate_auditdb_verify_all(db, &res, collect, &fs), 0);
	cr_assert_eq(fs.n, 1, "verify --all: %s", res.message);
	cr_assert_eq(fs.id[0], 2);
	sql(db, "UPDATE verdicts SET shadow = 'try_rm:block', rules_label = 'other' WHERE id = 2");
	res = verify(db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_CHANGED, "a changed label is a change: %s", res.message);
	sql(db, "UPDATE verdicts SET rules_label = 'commit 1a2b3c' WHERE id = 2");
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_OK);
	/* a row without them may not gain one */
	sql(db, "UPDATE verdicts SET rules_label = 'x' WHERE id = 3");
	cr_assert_eq(verify(db).problem, AGATE_AUDITDB_CHANGED);
	agate_auditdb_close(db);
}

/* meta.generation: the highest generation any row named, kept across
 * opens, and computed from the rows when an older database migrates. */
Test(auditdb, generation_only_grows_across_opens)
{
	agate_auditdb *db;
	agate_auditdb_row r;
	char err[256] = "";

	make_v1(2); /* rows of generation 3 */
	db = open_rw();
	cr_assert_eq(agate_auditdb_generation(db), 3, "migration takes the rows' highest");
	r = mkrow(3, 3000);
	r.generation = 7;
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0, "%s", err);
	r = mkrow(4, 4000);
	r.generation = 5; /* a lower one never lowers it */
	cr_assert_eq(agate_auditdb_append(db, &r, 1, err, sizeof err), 0, "%s", err);
	cr_assert_eq(agate_auditdb_generation(db), 7);
	agate_auditdb_close(db);
	db = open_rw();
	cr_assert_eq(agate_auditdb_generation(db), 7, "kept in meta");
	agate_auditdb_close(db);
}
