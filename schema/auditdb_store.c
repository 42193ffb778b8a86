/* auditdb_store.c - the audit database as a store: open and migrate,
 * close, the chain head, and append (the writer's path). See auditdb.h
 * for the contracts and docs/audit.md for the design. */
#include "schema/auditdb_int.h"

#include <errno.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 3000

/* The statements of schema/audit.sql, one string per migration section
 * (comments dropped). tests/schema/auditdb_test.c compares them with the
 * file. */
static const char *const migrations[AGATE_AUDITDB_SCHEMA_VERSION + 1] = {
	[1] =
	"CREATE TABLE verdicts (\n"
	"  id             INTEGER PRIMARY KEY,\n"
	"  kind           TEXT NOT NULL DEFAULT 'verdict',\n"
	"  time_ms        INTEGER NOT NULL,\n"
	"  op             TEXT,\n"
	"  request_id     INTEGER,\n"
	"  agent          TEXT,\n"
	"  session        TEXT,\n"
	"  peer_uid       INTEGER,\n"
	"  peer_pid       INTEGER,\n"
	"  tool           TEXT,\n"
	"  args_json      TEXT,\n"
	"  verdict        TEXT,\n"
	"  enforcement    TEXT,\n"
	"  rule           TEXT,\n"
	"  reason         TEXT,\n"
	"  scores_json    TEXT,\n"
	"  trace          TEXT,\n"
	"  error          TEXT,\n"
	"  generation     INTEGER,\n"
	"  ruleset_digest TEXT,\n"
	"  eval_ns        INTEGER,\n"
	"  prev_hash      TEXT NOT NULL,\n"
	"  hash           TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE meta (\n"
	"  key   TEXT PRIMARY KEY,\n"
	"  value TEXT\n"
	");\n"
	"INSERT INTO meta(key, value) VALUES\n"
	"  ('schema_version', '1'),\n"
	"  ('hash', 'sha256'),\n"
	"  ('encoding', 'agate-audit-row-1'),\n"
	"  ('head_id', '0'),\n"
	"  ('head_hash', '0000000000000000000000000000000000000000000000000000000000000000');\n",
	[2] =
	"CREATE INDEX verdicts_time ON verdicts(time_ms);\n"
	"CREATE INDEX verdicts_agent ON verdicts(agent, time_ms);\n"
	"CREATE INDEX verdicts_session ON verdicts(session, time_ms);\n"
	"CREATE INDEX verdicts_tool ON verdicts(tool, time_ms);\n"
	"CREATE INDEX verdicts_verdict ON verdicts(verdict, time_ms);\n"
	"CREATE INDEX verdicts_rule ON verdicts(rule, time_ms);\n"
	"CREATE INDEX verdicts_peer_uid ON verdicts(peer_uid, time_ms);\n"
	"CREATE VIEW verdicts_readable AS\n"
	"  SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', time_ms / 1000.0, 'unixepoch') AS time,\n"
	"         kind, op, agent, session, peer_uid, peer_pid, tool, verdict,\n"
	"         enforcement, rule, reason, error, generation, ruleset_digest,\n"
	"         eval_ns, args_json, scores_json, trace\n"
	"  FROM verdicts;\n"
	"UPDATE meta SET value = '2' WHERE key = 'schema_version';\n",
	[3] =
	"DROP INDEX verdicts_agent;\n"
	"DROP INDEX verdicts_session;\n"
	"DROP INDEX verdicts_tool;\n"
	"DROP INDEX verdicts_verdict;\n"
	"DROP INDEX verdicts_rule;\n"
	"DROP INDEX verdicts_peer_uid;\n"
	"CREATE INDEX verdicts_agent_session ON verdicts(agent, session);\n"
	"CREATE INDEX verdicts_flagged ON verdicts(verdict, rule) WHERE verdict <> 'allow';\n"
	"UPDATE meta SET value = '3' WHERE key = 'schema_version';\n",
	[4] =
	"INSERT INTO meta(key, value) SELECT 'id_reserved', value FROM meta WHERE key = 'head_id';\n"
	"UPDATE meta SET value = '4' WHERE key = 'schema_version';\n",
	[5] =
	"ALTER TABLE verdicts ADD COLUMN shadow TEXT;\n"
	"ALTER TABLE verdicts ADD COLUMN rules_label TEXT;\n"
	"INSERT INTO meta(key, value) SELECT 'generation', coalesce(max(generation), 0) FROM verdicts;\n"
	"CREATE INDEX verdicts_shadow ON verdicts(id) WHERE shadow IS NOT NULL;\n"
	"DROP VIEW verdicts_readable;\n"
	"CREATE VIEW verdicts_readable AS\n"
	"  SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', time_ms / 1000.0, 'unixepoch') AS time,\n"
	"         kind, op, agent, session, peer_uid, peer_pid, tool, verdict,\n"
	"         enforcement, rule, reason, error, generation, ruleset_digest,\n"
	"         eval_ns, args_json, scores_json, trace, shadow, rules_label\n"
	"  FROM verdicts;\n"
	"UPDATE meta SET value = '5' WHERE key = 'schema_version';\n",
};

void seterr(char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;

	if (!err || cap == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
}

/* SQLite result code -> negative errno, so callers need not know SQLite. */
int sql_errno(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return -ENOSPC;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return -EBUSY;
	case SQLITE_READONLY:
		return -EROFS;
	case SQLITE_CANTOPEN:
		return -ENOENT;
	case SQLITE_NOMEM:
		return -ENOMEM;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return -EACCES;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return -EPROTO;
	default:
		return -EIO;
	}
}

/* ---- open and migrate -------------------------------------------------- */

const char *agate_auditdb_migration_sql(int version)
{
	if (version < 1 || version > AGATE_AUDITDB_SCHEMA_VERSION)
		return NULL;
	return migrations[version];
}

static int exec(sqlite3 *db, const char *sql, char *err, size_t errcap)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);

	if (rc != SQLITE_OK) {
		seterr(err, errcap, "%s", msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		return sql_errno(rc);
	}
	return 0;
}

int auditdb_get_int(sqlite3 *db, const char *sql, int64_t *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return sql_errno(rc);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? -ENOENT : sql_errno(rc);
}

/* Bring db up to AGATE_AUDITDB_SCHEMA_VERSION, one transaction per step so
 * that a crash leaves a consistent older version. The version is read
 * again under the write lock in case another process migrates too. */
static int migrate(agate_auditdb *a, char *err, size_t errcap)
{
	for (;;) {
		int64_t v = 0, tables = 0;
		int rc = exec(a->db, "BEGIN IMMEDIATE", err, errcap);
		char sql[64];

		if (rc < 0)
			return rc;
		if ((rc = auditdb_get_int(a->db, "PRAGMA user_version", &v)) < 0 ||
		    (rc = auditdb_get_int(a->db, "SELECT count(*) FROM sqlite_master", &tables)) < 0) {
			seterr(err, errcap, "reading the schema version: %s",
			       sqlite3_errmsg(a->db));
			goto fail;
		}
		if (v == 0 && tables > 0) {
			seterr(err, errcap, "not an agate audit database (tables but no schema version)");
			rc = -EPROTO;
			goto fail;
		}
		if (v > AGATE_AUDITDB_SCHEMA_VERSION) {
			seterr(err, errcap, "audit database schema version %" PRId64
			       " is newer than this build knows (%d)", v,
			       AGATE_AUDITDB_SCHEMA_VERSION);
			rc = -EPROTO;
			goto fail;
		}
		if (v == AGATE_AUDITDB_SCHEMA_VERSION) {
			a->version = (int)v;
			return exec(a->db, "COMMIT", err, errcap);
		}
		if ((rc = exec(a->db, migrations[v + 1], err, errcap)) < 0)
			goto fail;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", (int)v + 1);
		if ((rc = exec(a->db, sql, err, errcap)) < 0 ||
		    (rc = exec(a->db, "COMMIT", err, errcap)) < 0)
			goto fail;
		continue;
fail:
		sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
}

/* meta id_reserved (schema 4); the head where it is missing or lower. */
static void load_reserved(agate_auditdb *a)
{
	sqlite3_stmt *st = NULL;

	a->reserved = a->head_id;
	if (sqlite3_prepare_v2(a->db, "SELECT value FROM meta WHERE key = 'id_reserved'",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		uint64_t r = strtoull((const char *)sqlite3_column_text(st, 0), NULL, 10);

		if (r > a->reserved)
			a->reserved = r;
	}
	sqlite3_finalize(st);
}

/* meta generation (schema 5); 0 where it is missing. */
static void load_generation(agate_auditdb *a)
{
	sqlite3_stmt *st = NULL;

	a->generation = 0;
	if (sqlite3_prepare_v2(a->db, "SELECT value FROM meta WHERE key = 'generation'",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		a->generation = strtoull((const char *)sqlite3_column_text(st, 0), NULL, 10);
	sqlite3_finalize(st);
}

uint64_t agate_auditdb_generation(agate_auditdb *a)
{
	return a->generation;
}

/* Raise meta generation to gen inside the open transaction (rare: only
 * a row naming a new generation does it). */
static int set_generation(agate_auditdb *a, uint64_t gen)
{
	char sql[96];

	snprintf(sql, sizeof sql, "UPDATE meta SET value = '%" PRIu64 "' WHERE key = 'generation'", gen);
	return sqlite3_exec(a->db, sql, NULL, NULL, NULL);
}

static int load_head(agate_auditdb *a, char *err, size_t errcap)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(a->db,
		"SELECT id, kind, prev_hash, hash FROM verdicts ORDER BY id DESC LIMIT 1",
		-1, &st, NULL);

	if (rc != SQLITE_OK) {
		seterr(err, errcap, "reading the chain head: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	rc = sqlite3_step(st);
	a->head_id = 0;
	memcpy(a->link, zero_hash, sizeof a->link);
	if (rc == SQLITE_ROW) {
		const unsigned char *kind = sqlite3_column_text(st, 1);
		int col = kind && strcmp((const char *)kind, "checkpoint") == 0 ? 2 : 3;

		a->head_id = (uint64_t)sqlite3_column_int64(st, 0);
		if (!unhex(sqlite3_column_text(st, col), sqlite3_column_bytes(st, col), a->link)) {
			/* A damaged head row: keep writing linked to what the
			 * column says would hide it, so refuse; verify names it. */
			seterr(err, errcap, "the last row (id %" PRIu64 ") has a malformed hash; run agatectl audit verify",
			       a->head_id);
			sqlite3_finalize(st);
			return -EPROTO;
		}
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		seterr(err, errcap, "reading the chain head: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	return 0;
}

static int open_db(const char *path, unsigned flags, const agate_auditdb_access *acc,
		   agate_auditdb **out, char *err, size_t errcap)
{
	agate_auditdb *a;
	bool ro = flags & AGATE_AUDITDB_READONLY;
	int rc, sflags;
	int64_t v = 0;

	if (!path || !*path || !out) {
		seterr(err, errcap, "no database path");
		return -EINVAL;
	}
	if (ro && access(path, F_OK) != 0) {
		seterr(err, errcap, "%s: %s", path, strerror(errno));
		return -errno;
	}
	if (!ro && (rc = auditdb_prepare_files(path, acc, err, errcap)) < 0)
		return rc;
	a = calloc(1, sizeof *a);
	if (!a) {
		seterr(err, errcap, "out of memory");
		return -ENOMEM;
	}
	a->flags = flags;
	a->md = EVP_MD_CTX_new();
	if (!a->md) {
		rc = -ENOMEM;
		seterr(err, errcap, "out of memory");
		goto fail;
	}
	/* NOMUTEX: one thread at a time uses a handle (see auditdb.h). */
	sflags = (ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
		 SQLITE_OPEN_NOMUTEX;
	rc = sqlite3_open_v2(path, &a->db, sflags, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errcap, "%s: %s", path,
		       a->db ? sqlite3_errmsg(a->db) : sqlite3_errstr(rc));
		rc = sql_errno(rc);
		goto fail;
	}
	sqlite3_extended_result_codes(a->db, 1);
	sqlite3_busy_timeout(a->db, BUSY_TIMEOUT_MS);
	if (ro) {
		if ((rc = auditdb_get_int(a->db, "PRAGMA user_version", &v)) < 0) {
			seterr(err, errcap, "%s: %s", path, sqlite3_errmsg(a->db));
			goto fail;
		}
		if (v > AGATE_AUDITDB_SCHEMA_VERSION || v < 1) {
			seterr(err, errcap, v < 1 ? "%s: not an agate audit database"
			       : "%s: audit database schema is newer than this build knows", path);
			rc = -EPROTO;
			goto fail;
		}
		a->version = (int)v;
	} else {
		/* WAL first: readers (agatectl) never block the writer. */
		if ((rc = exec(a->db, "PRAGMA journal_mode = WAL", err, errcap)) < 0)
			goto fail;

		if ((rc = exec(a->db, flags & AGATE_AUDITDB_SYNC_FULL ?
			       "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
			       err, errcap)) < 0)
			goto fail;
		/* The writer's working set is the right edge of a few trees;
		 * a larger cache keeps it from being read back after each
		 * checkpoint. Pages are allocated only as they are used. */
		if ((rc = exec(a->db, "PRAGMA cache_size = -32768", err, errcap)) < 0)
			goto fail;
		/* Checkpoint every 4000 pages (16 MiB of WAL) rather than 1000:
		 * a quarter of the checkpoint stalls and fsyncs, and the hot
		 * pages rewritten by many commits are copied once. */
		if ((rc = exec(a->db, "PRAGMA wal_autocheckpoint = 4000", err, errcap)) < 0)
			goto fail;
		if ((rc = migrate(a, err, errcap)) < 0)
			goto fail;
		rc = sqlite3_prepare_v3(a->db,
			"INSERT INTO verdicts(" COLS_ALL ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			-1, SQLITE_PREPARE_PERSISTENT, &a->insert, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db,
				"UPDATE meta SET value = ?1 WHERE key = 'head_id'",
				-1, SQLITE_PREPARE_PERSISTENT, &a->set_head, NULL);
		/* two statements, not one over key IN (...): the IN list
		 * made SQLite build a temporary B-tree on every commit */
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db,
				"UPDATE meta SET value = ?1 WHERE key = 'head_hash'",
				-1, SQLITE_PREPARE_PERSISTENT, &a->set_head_hash, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db,
				"UPDATE meta SET value = ?1 WHERE key = 'id_reserved'",
				-1, SQLITE_PREPARE_PERSISTENT, &a->set_reserved, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db, "BEGIN IMMEDIATE", -1,
						SQLITE_PREPARE_PERSISTENT, &a->begin, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db, "COMMIT", -1,
						SQLITE_PREPARE_PERSISTENT, &a->commit, NULL);
		if (rc != SQLITE_OK) {
			seterr(err, errcap, "%s: %s", path, sqlite3_errmsg(a->db));
			rc = sql_errno(rc);
			goto fail;
		}
	}
	if ((rc = load_head(a, err, errcap)) < 0)
		goto fail;
	load_reserved(a);
	load_generation(a);
	*out = a;
	return 0;
fail:
	agate_auditdb_close(a);
	return rc;
}

int agate_auditdb_open(const char *path, unsigned flags, agate_auditdb **out,
		       char *err, size_t errcap)
{
	return open_db(path, flags, NULL, out, err, errcap);
}

int agate_auditdb_open_as(const char *path, unsigned flags, const agate_auditdb_access *acc,
			  agate_auditdb **out, char *err, size_t errcap)
{
	if (!acc || (flags & AGATE_AUDITDB_READONLY)) {
		seterr(err, errcap, "open_as: a read-write open with an access");
		return -EINVAL;
	}
	return open_db(path, flags, acc, out, err, errcap);
}

void agate_auditdb_close(agate_auditdb *a)
{
	if (!a)
		return;
	sqlite3_finalize(a->insert);
	sqlite3_finalize(a->set_head);
	sqlite3_finalize(a->set_head_hash);
	sqlite3_finalize(a->set_reserved);
	sqlite3_finalize(a->begin);
	sqlite3_finalize(a->commit);
	/* close_v2: the handle goes away even if a caller leaked a statement. */
	sqlite3_close_v2(a->db);
	EVP_MD_CTX_free(a->md);
	free(a);
}

sqlite3 *agate_auditdb_sqlite(agate_auditdb *a)
{
	return a->db;
}

int agate_auditdb_schema_version(agate_auditdb *a)
{
	return a->version;
}

void agate_auditdb_head(agate_auditdb *a, uint64_t *last_id,
			uint8_t link[AGATE_AUDITDB_HASH_LEN])
{
	if (last_id)
		*last_id = a->head_id;
	if (link)
		memcpy(link, a->link, AGATE_AUDITDB_HASH_LEN);
}

/* ---- append ------------------------------------------------------------ */

void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Insert r with r->prev_hash already set; computes r->hash. */
int insert_row(agate_auditdb *a, agate_auditdb_row *r)
{
	sqlite3_stmt *st = a->insert;
	char prev[AGATE_AUDITDB_HEX_LEN + 1], hash[AGATE_AUDITDB_HEX_LEN + 1];
	int rc;

	hash_row_md(a->md, r->prev_hash, r, r->hash);
	agate_auditdb_hex(r->prev_hash, prev);
	agate_auditdb_hex(r->hash, hash);
	sqlite3_bind_int64(st, 1, (int64_t)r->id);
	bind_text(st, 2, r->kind ? r->kind : "verdict");
	sqlite3_bind_int64(st, 3, r->time_ms);
	bind_text(st, 4, r->op);
	sqlite3_bind_int64(st, 5, (int64_t)r->request_id);
	bind_text(st, 6, r->agent);
	bind_text(st, 7, r->session);
	sqlite3_bind_int64(st, 8, r->peer_uid);
	sqlite3_bind_int64(st, 9, r->peer_pid);
	bind_text(st, 10, r->tool);
	bind_text(st, 11, r->args_json);
	bind_text(st, 12, r->verdict);
	bind_text(st, 13, r->enforcement);
	bind_text(st, 14, r->rule);
	bind_text(st, 15, r->reason);
	bind_text(st, 16, r->scores_json);
	bind_text(st, 17, r->trace);
	bind_text(st, 18, r->error);
	sqlite3_bind_int64(st, 19, (int64_t)r->generation);
	bind_text(st, 20, r->ruleset_digest);
	sqlite3_bind_int64(st, 21, (int64_t)r->eval_ns);
	bind_text(st, 22, prev);
	bind_text(st, 23, hash);
	bind_text(st, 24, r->shadow);
	bind_text(st, 25, r->rules_label);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Run a prepared statement that returns no rows (BEGIN, COMMIT, the head
 * updates): SQLITE_OK or the error; the statement is reset either way. */
static int step_once(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int set_head(agate_auditdb *a, uint64_t id, const uint8_t link[AGATE_AUDITDB_HASH_LEN])
{
	char hex[AGATE_AUDITDB_HEX_LEN + 1];
	char ids[24];
	int rc;

	agate_auditdb_hex(link, hex);
	snprintf(ids, sizeof ids, "%" PRIu64, id);
	sqlite3_bind_text(a->set_head, 1, ids, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(a->set_head_hash, 1, hex, -1, SQLITE_TRANSIENT);
	rc = step_once(a->set_head);
	return rc == SQLITE_OK ? step_once(a->set_head_hash) : rc;
}

static int set_reserved(agate_auditdb *a, uint64_t id)
{
	char ids[24];
	int rc;

	snprintf(ids, sizeof ids, "%" PRIu64, id);
	sqlite3_bind_text(a->set_reserved, 1, ids, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(a->set_reserved);
	sqlite3_reset(a->set_reserved);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

uint64_t agate_auditdb_reserved(agate_auditdb *a)
{
	return a->reserved > a->head_id ? a->reserved : a->head_id;
}

int sql_fail(agate_auditdb *a, int rc, const char *what, char *err, size_t errcap)
{
	seterr(err, errcap, "%s: %s", what, sqlite3_errmsg(a->db));
	sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
	return sql_errno(rc);
}

int agate_auditdb_append(agate_auditdb *a, agate_auditdb_row *rows, size_t n,
			 char *err, size_t errcap)
{
	return agate_auditdb_append_reserve(a, rows, n, 0, err, errcap);
}

int agate_auditdb_append_reserve(agate_auditdb *a, agate_auditdb_row *rows, size_t n,
				 uint64_t reserve_to, char *err, size_t errcap)
{
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	uint64_t last = a->head_id, gen = a->generation;
	bool reserve;
	int rc;

	if (!a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	reserve = reserve_to > a->reserved;
	if (n == 0 && !reserve)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (rows[i].id <= last) {
			seterr(err, errcap, "row id %" PRIu64 " not above %" PRIu64,
			       rows[i].id, last);
			return -EINVAL;
		}
		last = rows[i].id;
		if (rows[i].generation > gen)
			gen = rows[i].generation;
	}
	rc = step_once(a->begin);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "begin", err, errcap);
	memcpy(link, a->link, sizeof link);
	for (size_t i = 0; i < n; i++) {
		memcpy(rows[i].prev_hash, link, sizeof link);
		rc = insert_row(a, &rows[i]);
		if (rc != SQLITE_OK)
			return sql_fail(a, rc, "insert", err, errcap);
		if (rows[i].kind && strcmp(rows[i].kind, "checkpoint") == 0)
			continue; /* a checkpoint passes its prev_hash on */
		memcpy(link, rows[i].hash, sizeof link);
	}
	if (n > 0 && (rc = set_head(a, last, link)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	if (reserve && (rc = set_reserved(a, reserve_to)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	if (gen > a->generation && (rc = set_generation(a, gen)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	rc = step_once(a->commit);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	a->generation = gen;
	a->head_id = last;
	memcpy(a->link, link, sizeof link);
	if (reserve)
		a->reserved = reserve_to;
	return 0;
}

int agate_auditdb_release(agate_auditdb *a, char *err, size_t errcap)
{
	int rc;

	if (!a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	if (a->reserved <= a->head_id)
		return 0;
	rc = step_once(a->begin);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "begin", err, errcap);
	if ((rc = set_reserved(a, a->head_id)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	if ((rc = step_once(a->commit)) != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	a->reserved = a->head_id;
	return 0;
}

int agate_auditdb_continue(agate_auditdb *a, uint64_t last_id,
			   const uint8_t link[AGATE_AUDITDB_HASH_LEN], uint64_t reserved,
			   int64_t now_ms, const char *why, char *err, size_t errcap)
{
	agate_auditdb_row r = {
		.id = last_id, .kind = "checkpoint", .time_ms = now_ms,
		.op = "continue", .reason = why, .peer_uid = -1, .peer_pid = -1,
	};
	char args[160];
	int rc;

	if (!a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	if (a->head_id != 0) {
		seterr(err, errcap, "the database already holds a chain");
		return -EEXIST;
	}
	/* Nothing pruned here: the rows up to last_id are gone with the
	 * old file; count 0 keeps prune arithmetic honest. */
	snprintf(args, sizeof args, "{\"first_id\":%" PRIu64 ",\"last_id\":%" PRIu64
		 ",\"count\":0,\"lost\":true}", last_id, last_id);
	r.args_json = args;
	memcpy(r.prev_hash, link, AGATE_AUDITDB_HASH_LEN);
	rc = sqlite3_exec(a->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "begin", err, errcap);
	if ((rc = insert_row(a, &r)) != SQLITE_OK)
		return sql_fail(a, rc, "insert", err, errcap);
	if ((rc = set_head(a, last_id, link)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	/* the ids the old file had reserved stay reserved in this one */
	if (reserved < last_id)
		reserved = last_id;
	if ((rc = set_reserved(a, reserved)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	if ((rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	a->head_id = last_id;
	a->reserved = reserved;
	memcpy(a->link, link, AGATE_AUDITDB_HASH_LEN);
	return 0;
}
