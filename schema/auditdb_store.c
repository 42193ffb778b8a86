/* auditdb_store.c - the audit database: open/migrate, the hash chain, verify,
 * query, export and prune. See auditdb.h for the contracts and
 * docs/audit.md for the design. */
#include "schema/auditdb.h"

#include <errno.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#define ENCODING_DOMAIN "agate-audit-row-1"
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
};

/* Columns in table order; the first NCONTENT enter the canonical
 * encoding, then prev_hash and hash. */
#define COLS "id, kind, time_ms, op, request_id, agent, session, peer_uid, " \
	"peer_pid, tool, args_json, verdict, enforcement, rule, reason, "    \
	"scores_json, trace, error, generation, ruleset_digest, eval_ns, "   \
	"prev_hash, hash"
#define NCONTENT 21
#define COL_PREV 21
#define COL_HASH 22
static const char *const col_names[NCONTENT + 2] = {
	"id", "kind", "time_ms", "op", "request_id", "agent", "session",
	"peer_uid", "peer_pid", "tool", "args_json", "verdict", "enforcement",
	"rule", "reason", "scores_json", "trace", "error", "generation",
	"ruleset_digest", "eval_ns", "prev_hash", "hash",
};
/* Columns holding unsigned 64-bit values stored with the same bits. */
static bool col_unsigned(int i)
{
	return i == 0 || i == 4 || i == 18 || i == 20;
}

struct agate_auditdb {
	sqlite3 *db;
	unsigned flags;
	int version;
	sqlite3_stmt *insert;
	sqlite3_stmt *set_head;
	EVP_MD_CTX *md;
	uint64_t head_id;
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
};

static const uint8_t zero_hash[AGATE_AUDITDB_HASH_LEN];

static void seterr(char *err, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void seterr(char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;

	if (!err || cap == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
}

/* SQLite result code -> negative errno, so callers need not know SQLite. */
static int sql_errno(int rc)
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

void agate_auditdb_hex(const uint8_t h[AGATE_AUDITDB_HASH_LEN],
		       char out[AGATE_AUDITDB_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < AGATE_AUDITDB_HASH_LEN; i++) {
		out[2 * i] = digits[h[i] >> 4];
		out[2 * i + 1] = digits[h[i] & 15];
	}
	out[AGATE_AUDITDB_HEX_LEN] = '\0';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1; /* upper case is not canonical: the writer never makes it */
}

static bool unhex(const unsigned char *s, int len,
		  uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	if (!s || len != AGATE_AUDITDB_HEX_LEN)
		return false;
	for (int i = 0; i < AGATE_AUDITDB_HASH_LEN; i++) {
		int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return false;
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	return true;
}

/* ---- canonical encoding ------------------------------------------------ */

static void put_be(uint8_t *p, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (uint8_t)v;
		v >>= 8;
	}
}

/* The encoding goes to SHA-256 through a small buffer: a row is some
 * forty short fields, and one digest update per field cost more than
 * the hashing itself. */
typedef struct hasher {
	EVP_MD_CTX *ctx;
	size_t n;
	uint8_t buf[2048];
} hasher;

static void hput(hasher *h, const void *p, size_t len)
{
	if (h->n + len > sizeof h->buf) {
		if (h->n)
			EVP_DigestUpdate(h->ctx, h->buf, h->n);
		h->n = 0;
		if (len > sizeof h->buf / 2) {
			EVP_DigestUpdate(h->ctx, p, len);
			return;
		}
	}
	memcpy(h->buf + h->n, p, len);
	h->n += len;
}

static void enc_null(hasher *md)
{
	hput(md, "N", 1);
}

static void enc_int(hasher *md, int64_t v)
{
	uint8_t b[9] = { 'I' };

	put_be(b + 1, (uint64_t)v, 8);
	hput(md, b, sizeof b);
}

static void enc_bytes(hasher *md, char tag, const void *p, size_t len)
{
	uint8_t b[5] = { (uint8_t)tag };

	/* SQLite values are below 2^31 bytes, so 4 bytes of length hold them. */
	put_be(b + 1, (uint64_t)len, 4);
	hput(md, b, sizeof b);
	if (len)
		hput(md, p, len);
}

static void enc_text(hasher *md, const char *s)
{
	if (!s)
		enc_null(md);
	else
		enc_bytes(md, 'T', s, strlen(s));
}

static void enc_col(hasher *md, sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		enc_int(md, sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT: {
		double d = sqlite3_column_double(st, i);
		uint64_t bits;
		uint8_t b[9] = { 'R' };

		memcpy(&bits, &d, sizeof bits);
		put_be(b + 1, bits, 8);
		hput(md, b, sizeof b);
		break;
	}
	case SQLITE_TEXT: {
		const unsigned char *t = sqlite3_column_text(st, i);

		enc_bytes(md, 'T', t, (size_t)sqlite3_column_bytes(st, i));
		break;
	}
	case SQLITE_BLOB: {
		const void *b = sqlite3_column_blob(st, i);

		enc_bytes(md, 'B', b, (size_t)sqlite3_column_bytes(st, i));
		break;
	}
	default:
		enc_null(md);
		break;
	}
}

static void hash_begin(hasher *md, EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN])
{
	md->ctx = ctx;
	md->n = 0;
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	hput(md, prev, AGATE_AUDITDB_HASH_LEN);
	hput(md, ENCODING_DOMAIN, sizeof ENCODING_DOMAIN); /* with NUL */
}

static void hash_end(hasher *md, uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	unsigned n = AGATE_AUDITDB_HASH_LEN;

	if (md->n)
		EVP_DigestUpdate(md->ctx, md->buf, md->n);
	EVP_DigestFinal_ex(md->ctx, out, &n);
}

static void hash_row_md(EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
			const agate_auditdb_row *r, uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	hasher h, *md = &h;

	hash_begin(md, ctx, prev);
	enc_int(md, (int64_t)r->id);
	enc_text(md, r->kind ? r->kind : "verdict");
	enc_int(md, r->time_ms);
	enc_text(md, r->op);
	enc_int(md, (int64_t)r->request_id);
	enc_text(md, r->agent);
	enc_text(md, r->session);
	enc_int(md, r->peer_uid);
	enc_int(md, r->peer_pid);
	enc_text(md, r->tool);
	enc_text(md, r->args_json);
	enc_text(md, r->verdict);
	enc_text(md, r->enforcement);
	enc_text(md, r->rule);
	enc_text(md, r->reason);
	enc_text(md, r->scores_json);
	enc_text(md, r->trace);
	enc_text(md, r->error);
	enc_int(md, (int64_t)r->generation);
	enc_text(md, r->ruleset_digest);
	enc_int(md, (int64_t)r->eval_ns);
	hash_end(md, out);
}

void agate_auditdb_hash_row(const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
			    const agate_auditdb_row *row,
			    uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();

	if (!md) {
		/* No memory for a digest context: return a value that can
		 * never match a real chain rather than crash. */
		memset(out, 0xff, AGATE_AUDITDB_HASH_LEN);
		return;
	}
	hash_row_md(md, prev, row, out);
	EVP_MD_CTX_free(md);
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

static int get_int(sqlite3 *db, const char *sql, int64_t *out)
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
		if ((rc = get_int(a->db, "PRAGMA user_version", &v)) < 0 ||
		    (rc = get_int(a->db, "SELECT count(*) FROM sqlite_master", &tables)) < 0) {
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

int agate_auditdb_open(const char *path, unsigned flags, agate_auditdb **out,
		       char *err, size_t errcap)
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
		if ((rc = get_int(a->db, "PRAGMA user_version", &v)) < 0) {
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
			"INSERT INTO verdicts(" COLS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			-1, SQLITE_PREPARE_PERSISTENT, &a->insert, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v3(a->db,
				"UPDATE meta SET value = CASE key WHEN 'head_id' THEN ?1 ELSE ?2 END "
				"WHERE key IN ('head_id', 'head_hash')",
				-1, SQLITE_PREPARE_PERSISTENT, &a->set_head, NULL);
		if (rc != SQLITE_OK) {
			seterr(err, errcap, "%s: %s", path, sqlite3_errmsg(a->db));
			rc = sql_errno(rc);
			goto fail;
		}
	}
	if ((rc = load_head(a, err, errcap)) < 0)
		goto fail;
	*out = a;
	return 0;
fail:
	agate_auditdb_close(a);
	return rc;
}

void agate_auditdb_close(agate_auditdb *a)
{
	if (!a)
		return;
	sqlite3_finalize(a->insert);
	sqlite3_finalize(a->set_head);
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

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Insert r with r->prev_hash already set; computes r->hash. */
static int insert_row(agate_auditdb *a, agate_auditdb_row *r)
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
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
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
	sqlite3_bind_text(a->set_head, 2, hex, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(a->set_head);
	sqlite3_reset(a->set_head);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int sql_fail(agate_auditdb *a, int rc, const char *what, char *err, size_t errcap)
{
	seterr(err, errcap, "%s: %s", what, sqlite3_errmsg(a->db));
	sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
	return sql_errno(rc);
}

int agate_auditdb_append(agate_auditdb *a, agate_auditdb_row *rows, size_t n,
			 char *err, size_t errcap)
{
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	uint64_t last = a->head_id;
	int rc;

	if (!a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (rows[i].id <= last) {
			seterr(err, errcap, "row id %" PRIu64 " not above %" PRIu64,
			       rows[i].id, last);
			return -EINVAL;
		}
		last = rows[i].id;
	}
	rc = sqlite3_exec(a->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
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
	if ((rc = set_head(a, last, link)) != SQLITE_OK)
		return sql_fail(a, rc, "meta", err, errcap);
	rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	a->head_id = last;
	memcpy(a->link, link, sizeof link);
	return 0;
}

int agate_auditdb_continue(agate_auditdb *a, uint64_t last_id,
			   const uint8_t link[AGATE_AUDITDB_HASH_LEN],
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
	if ((rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	a->head_id = last_id;
	memcpy(a->link, link, AGATE_AUDITDB_HASH_LEN);
	return 0;
}

/* ---- verify ------------------------------------------------------------ */

typedef struct vrow {
	uint64_t id;
	bool checkpoint;
	bool hashes_ok;     /* both hash columns are well-formed */
	bool content_ok;    /* recomputed hash == stored hash */
	uint8_t prev[AGATE_AUDITDB_HASH_LEN], hash[AGATE_AUDITDB_HASH_LEN];
	uint64_t pruned;
} vrow;

static uint64_t json_u64(const unsigned char *s, const char *key)
{
	const char *p;

	if (!s || !(p = strstr((const char *)s, key)))
		return 0;
	p += strlen(key);
	return strtoull(p, NULL, 10);
}

static void read_vrow(EVP_MD_CTX *ctx, sqlite3_stmt *st, vrow *v)
{
	uint8_t calc[AGATE_AUDITDB_HASH_LEN];
	hasher h, *md = &h;
	const unsigned char *kind = sqlite3_column_text(st, 1);

	memset(v, 0, sizeof *v);
	v->id = (uint64_t)sqlite3_column_int64(st, 0);
	v->checkpoint = kind && strcmp((const char *)kind, "checkpoint") == 0;
	v->hashes_ok = unhex(sqlite3_column_text(st, COL_PREV),
			     sqlite3_column_bytes(st, COL_PREV), v->prev) &&
		       unhex(sqlite3_column_text(st, COL_HASH),
			     sqlite3_column_bytes(st, COL_HASH), v->hash);
	if (v->checkpoint)
		v->pruned = json_u64(sqlite3_column_text(st, 10), "\"count\":");
	if (!v->hashes_ok)
		return;
	hash_begin(md, ctx, v->prev);
	for (int i = 0; i < NCONTENT; i++)
		enc_col(md, st, i);
	hash_end(md, calc);
	v->content_ok = memcmp(calc, v->hash, sizeof calc) == 0;
}

static void problem(agate_auditdb_verify_result *res, agate_auditdb_problem p,
		    uint64_t id, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void problem(agate_auditdb_verify_result *res, agate_auditdb_problem p,
		    uint64_t id, const char *fmt, ...)
{
	va_list ap;

	res->problem = p;
	res->bad_id = id;
	va_start(ap, fmt);
	vsnprintf(res->message, sizeof res->message, fmt, ap);
	va_end(ap);
}

static void meta_head(sqlite3 *db, uint64_t *id, uint8_t link[AGATE_AUDITDB_HASH_LEN], bool *ok)
{
	sqlite3_stmt *st = NULL;
	bool got_id = false, got_hash = false;

	*ok = false;
	if (sqlite3_prepare_v2(db, "SELECT key, value FROM meta WHERE key IN ('head_id','head_hash')",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);
		const unsigned char *val = sqlite3_column_text(st, 1);

		if (!k || !val)
			continue;
		if (strcmp(k, "head_id") == 0) {
			*id = strtoull((const char *)val, NULL, 10);
			got_id = true;
		} else if (unhex(val, sqlite3_column_bytes(st, 1), link)) {
			got_hash = true;
		}
	}
	sqlite3_finalize(st);
	*ok = got_id && got_hash;
}

/* Decide what is wrong with row r, whose content does not match its hash
 * or whose link is broken, using the row after it (n, may be NULL): a
 * row that the next one links to belongs to the chain and was changed; a
 * row that the chain steps over was inserted. */
static void classify(agate_auditdb_verify_result *res, const vrow *r, const vrow *n,
		     const uint8_t link[AGATE_AUDITDB_HASH_LEN], bool have_prev,
		     uint64_t prev_id)
{
	bool next_links_r = n && n->hashes_ok && memcmp(n->prev, r->hash, AGATE_AUDITDB_HASH_LEN) == 0;
	bool next_skips_r = n && n->hashes_ok && memcmp(n->prev, link, AGATE_AUDITDB_HASH_LEN) == 0;

	if (!r->hashes_ok) {
		problem(res, AGATE_AUDITDB_CHANGED, r->id,
			"row %" PRIu64 " changed: its hash columns are malformed", r->id);
		return;
	}
	if (r->content_ok && memcmp(r->prev, link, AGATE_AUDITDB_HASH_LEN) != 0) {
		/* The row is self-consistent but does not link to the row
		 * before it. */
		if (next_skips_r && have_prev) {
			problem(res, AGATE_AUDITDB_INSERTED, r->id,
				"row %" PRIu64 " inserted: it is not part of the chain (row %" PRIu64
				" links to row %" PRIu64 ")", r->id, n->id, prev_id);
		} else if (!have_prev) {
			problem(res, AGATE_AUDITDB_DELETED, r->id > 1 ? r->id - 1 : r->id,
				"rows before %" PRIu64 " deleted: the first row does not start the chain "
				"and there is no checkpoint", r->id);
		} else if (r->id > prev_id + 1) {
			problem(res, AGATE_AUDITDB_DELETED, prev_id + 1,
				"row %" PRIu64 " deleted: rows %" PRIu64 "..%" PRIu64
				" are missing between %" PRIu64 " and %" PRIu64,
				prev_id + 1, prev_id + 1, r->id - 1, prev_id, r->id);
		} else {
			/* Contiguous ids but a broken link: the row before was
			 * replaced with a recomputed hash (or rows were deleted
			 * and the later ones renumbered). */
			problem(res, AGATE_AUDITDB_CHANGED, prev_id,
				"row %" PRIu64 " changed: row %" PRIu64 " does not link to it (its hash was "
				"recomputed, or rows were deleted and renumbered)", prev_id, r->id);
		}
		return;
	}
	if (have_prev && next_skips_r) {
		problem(res, AGATE_AUDITDB_INSERTED, r->id,
			"row %" PRIu64 " inserted: it is not part of the chain (row %" PRIu64
			" links to row %" PRIu64 ")", r->id, n->id, prev_id);
	} else {
		problem(res, AGATE_AUDITDB_CHANGED, r->id,
			"row %" PRIu64 " changed: its content does not match its hash%s", r->id,
			next_links_r ? " (the next row still links to it)" : "");
	}
}

int agate_auditdb_verify(agate_auditdb *a, agate_auditdb_verify_result *res)
{
	sqlite3_stmt *st = NULL;
	uint8_t link[AGATE_AUDITDB_HASH_LEN], mlink[AGATE_AUDITDB_HASH_LEN];
	uint64_t mid = 0, prev_id = 0;
	bool have_prev = false, meta_ok, have_cur = false, done = false;
	vrow win[2], *cur = &win[0], *nxt = &win[1];
	int rc;

	memset(res, 0, sizeof *res);
	memcpy(link, zero_hash, sizeof link);
	rc = sqlite3_exec(a->db, "BEGIN", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_errno(rc);
	meta_head(a->db, &mid, mlink, &meta_ok);
	rc = sqlite3_prepare_v2(a->db, "SELECT " COLS " FROM verdicts ORDER BY id", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		snprintf(res->message, sizeof res->message, "%s", sqlite3_errmsg(a->db));
		rc = sql_errno(rc);
		goto out;
	}
	/* A window of two rows: whether the next row links to this one or
	 * to the one before tells a changed row from an inserted one. */
	while (!done) {
		vrow *n = NULL;

		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			read_vrow(a->md, st, nxt);
			n = nxt;
		} else if (rc != SQLITE_DONE) {
			snprintf(res->message, sizeof res->message, "%s", sqlite3_errmsg(a->db));
			rc = sql_errno(rc);
			goto out;
		} else {
			done = true;
		}
		if (have_cur) {
			vrow *r = cur;

			if (meta_ok && r->id > mid) {
				problem(res, AGATE_AUDITDB_INSERTED, r->id,
					"row %" PRIu64 " inserted: it lies after the recorded chain head (row %" PRIu64 ")",
					r->id, mid);
				break;
			}
			if (!r->hashes_ok || !r->content_ok ||
			    (!r->checkpoint && memcmp(r->prev, link, sizeof link) != 0)) {
				classify(res, r, n, link, have_prev, prev_id);
				break;
			}
			if (r->checkpoint) {
				if (have_prev) {
					problem(res, AGATE_AUDITDB_INSERTED, r->id,
						"row %" PRIu64 " inserted: a checkpoint may only start the chain", r->id);
					break;
				}
				res->checkpoint = true;
				res->pruned = r->pruned;
				memcpy(link, r->prev, sizeof link);
			} else {
				memcpy(link, r->hash, sizeof link);
			}
			if (res->rows == 0)
				res->first_id = r->id;
			res->rows++;
			res->last_id = r->id;
			prev_id = r->id;
			have_prev = true;
		}
		if (n) {
			vrow *t = cur;

			cur = nxt;
			nxt = t;
			have_cur = true;
		} else {
			have_cur = false;
		}
	}
	rc = 0;
	agate_auditdb_hex(link, res->head);
	if (res->problem == AGATE_AUDITDB_OK && meta_ok &&
	    (mid != prev_id || memcmp(mlink, link, sizeof link) != 0)) {
		if (mid > prev_id)
			problem(res, AGATE_AUDITDB_HEAD, prev_id + 1,
				"row %" PRIu64 " deleted: the chain ends at row %" PRIu64
				" but its recorded head is row %" PRIu64, prev_id + 1, prev_id, mid);
		else
			problem(res, AGATE_AUDITDB_HEAD, prev_id,
				"the recorded chain head (row %" PRIu64 ") does not match row %" PRIu64
				" (meta table edited, or the last row replaced)", mid, prev_id);
	} else if (res->problem == AGATE_AUDITDB_OK && !meta_ok) {
		problem(res, AGATE_AUDITDB_HEAD, prev_id, "the meta table has no chain head");
	}
out:
	sqlite3_finalize(st);
	sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

/* ---- query and export --------------------------------------------------- */

void agate_auditdb_format_time(int64_t ms, char *out, size_t cap)
{
	time_t s = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
	int frac = (int)(ms - (int64_t)s * 1000);
	struct tm tm;

	if (!gmtime_r(&s, &tm)) {
		snprintf(out, cap, "%" PRId64, ms);
		return;
	}
	snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
}

/* Length of a valid UTF-8 sequence at p (n bytes left), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	size_t len;
	uint32_t cp;

	if (p[0] < 0x80)
		return 1;
	if ((p[0] & 0xe0) == 0xc0) {
		len = 2;
		cp = p[0] & 0x1f;
	} else if ((p[0] & 0xf0) == 0xe0) {
		len = 3;
		cp = p[0] & 0x0f;
	} else if ((p[0] & 0xf8) == 0xf0) {
		len = 4;
		cp = p[0] & 0x07;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/* A JSON string. Bytes that are not UTF-8 are written as the code points
 * U+0080..U+00FF so the line stays valid JSON (docs/audit.md). */
static void json_str(FILE *f, const unsigned char *s, size_t n)
{
	fputc('"', f);
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t l;

		if (c == '"' || c == '\\') {
			fputc('\\', f);
			fputc(c, f);
			i++;
		} else if (c == '\n') {
			fputs("\\n", f);
			i++;
		} else if (c == '\t') {
			fputs("\\t", f);
			i++;
		} else if (c == '\r') {
			fputs("\\r", f);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			fprintf(f, "\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			fputc(c, f);
			i++;
		} else if ((l = utf8_len(s + i, n - i)) > 0) {
			fwrite(s + i, 1, l, f);
			i += l;
		} else {
			fprintf(f, "\\u%04x", c);
			i++;
		}
	}
	fputc('"', f);
}

static void json_col(FILE *f, sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		if (col_unsigned(i))
			fprintf(f, "%" PRIu64, (uint64_t)sqlite3_column_int64(st, i));
		else
			fprintf(f, "%" PRId64, (int64_t)sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT:
		fprintf(f, "%.17g", sqlite3_column_double(st, i));
		break;
	case SQLITE_TEXT:
	case SQLITE_BLOB:
		/* A blob only appears when someone edited the table; show its
		 * bytes rather than hide it. */
		json_str(f, sqlite3_column_text(st, i), (size_t)sqlite3_column_bytes(st, i));
		break;
	default:
		fputs("null", f);
		break;
	}
}

static void csv_col(FILE *f, sqlite3_stmt *st, int i)
{
	const unsigned char *t;
	int n;

	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		return;
	case SQLITE_INTEGER:
		if (col_unsigned(i))
			fprintf(f, "%" PRIu64, (uint64_t)sqlite3_column_int64(st, i));
		else
			fprintf(f, "%" PRId64, (int64_t)sqlite3_column_int64(st, i));
		return;
	default:
		break;
	}
	t = sqlite3_column_text(st, i);
	n = sqlite3_column_bytes(st, i);
	fputc('"', f);
	for (int k = 0; k < n; k++) {
		if (t[k] == '"')
			fputc('"', f);
		fputc(t[k], f);
	}
	fputc('"', f);
}

/* Write s (may be NULL) in a column of `width` display cells, cutting on
 * a character boundary and turning control characters into spaces. */
static void table_cell(FILE *f, const unsigned char *s, int width, bool last)
{
	int cells = 0;
	size_t n = s ? strlen((const char *)s) : 0, i = 0;

	if (!s) {
		s = (const unsigned char *)"-";
		n = 1;
	}
	while (i < n && cells < width) {
		size_t l = s[i] < 0x80 ? 1 : utf8_len(s + i, n - i);

		if (cells == width - 1 && i + (l ? l : 1) < n) {
			fputc('~', f); /* cut */
			cells++;
			i = n;
			break;
		}
		if (l == 0 || s[i] < 0x20 || s[i] == 0x7f) {
			fputc(l == 0 ? '?' : ' ', f);
			i++;
		} else {
			fwrite(s + i, 1, l, f);
			i += l;
		}
		cells++;
	}
	if (!last)
		for (; cells < width + 1; cells++)
			fputc(' ', f);
}

static void table_row(FILE *f, sqlite3_stmt *st)
{
	char idb[24], tb[32];

	snprintf(idb, sizeof idb, "%" PRIu64, (uint64_t)sqlite3_column_int64(st, 0));
	agate_auditdb_format_time(sqlite3_column_int64(st, 2), tb, sizeof tb);
	table_cell(f, (const unsigned char *)idb, 8, false);
	table_cell(f, (const unsigned char *)tb, 24, false);
	if (sqlite3_column_text(st, 1) &&
	    strcmp((const char *)sqlite3_column_text(st, 1), "checkpoint") == 0) {
		table_cell(f, (const unsigned char *)"(checkpoint)", 16, false);
		table_cell(f, NULL, 12, false);
		table_cell(f, NULL, 16, false);
		table_cell(f, NULL, 7, false);
		table_cell(f, NULL, 24, false);
	} else {
		table_cell(f, sqlite3_column_text(st, 5), 16, false);
		table_cell(f, sqlite3_column_text(st, 6), 12, false);
		table_cell(f, sqlite3_column_text(st, 9), 16, false);
		table_cell(f, sqlite3_column_text(st, 11), 7, false);
		table_cell(f, sqlite3_column_text(st, 13), 24, false);
	}
	table_cell(f, sqlite3_column_text(st, sqlite3_column_text(st, 14) ? 14 : 17), 60, true);
	fputc('\n', f);
}

int agate_auditdb_query(agate_auditdb *a, const agate_auditdb_filter *flt,
			agate_auditdb_format fmt, FILE *out, uint64_t *count,
			uint64_t *max_id, char *err, size_t errcap)
{
	uint64_t top = 0;
	static const agate_auditdb_filter none;
	const agate_auditdb_filter *f = flt ? flt : &none;
	char sql[1024];
	size_t len;
	sqlite3_stmt *st = NULL;
	uint64_t n = 0;
	int rc, bi = 1;

	len = (size_t)snprintf(sql, sizeof sql, "SELECT " COLS " FROM verdicts WHERE id > ?");
#define ADD(cond) len += (size_t)snprintf(sql + len, sizeof sql - len, " AND " cond)
	if (f->agent) ADD("agent = ?");
	if (f->session) ADD("session = ?");
	if (f->tool) ADD("tool = ?");
	/* the literal condition lets the planner use the partial index
	 * verdicts_flagged, which a bound parameter alone does not */
	if (f->verdict && strcmp(f->verdict, "allow") != 0) ADD("verdict <> 'allow'");
	if (f->verdict) ADD("verdict = ?");
	if (f->rule) ADD("rule = ?");
	if (f->has_since) ADD("time_ms >= ?");
	if (f->has_until) ADD("time_ms < ?");
	if (f->has_uid) ADD("peer_uid = ?");
#undef ADD
	snprintf(sql + len, sizeof sql - len, " ORDER BY id %s LIMIT ?",
		 f->newest_first ? "DESC" : "ASC");
	rc = sqlite3_prepare_v2(a->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errcap, "query: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	sqlite3_bind_int64(st, bi++, (int64_t)f->after_id);
	if (f->agent) bind_text(st, bi++, f->agent);
	if (f->session) bind_text(st, bi++, f->session);
	if (f->tool) bind_text(st, bi++, f->tool);
	if (f->verdict) bind_text(st, bi++, f->verdict);
	if (f->rule) bind_text(st, bi++, f->rule);
	if (f->has_since) sqlite3_bind_int64(st, bi++, f->since_ms);
	if (f->has_until) sqlite3_bind_int64(st, bi++, f->until_ms);
	if (f->has_uid) sqlite3_bind_int64(st, bi++, f->uid);
	sqlite3_bind_int64(st, bi++, f->limit ? (int64_t)f->limit : -1);

	if (fmt == AGATE_AUDITDB_TABLE) {
		fprintf(out, "%-8s %-24s %-16s %-12s %-16s %-7s %-24s %s\n", "ID", "TIME",
			"AGENT", "SESSION", "TOOL", "VERDICT", "RULE", "REASON");
	} else if (fmt == AGATE_AUDITDB_CSV) {
		fputs("id,time", out);
		for (int i = 1; i < NCONTENT + 2; i++)
			fprintf(out, ",%s", col_names[i]);
		fputs("\r\n", out);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char tb[32];

		agate_auditdb_format_time(sqlite3_column_int64(st, 2), tb, sizeof tb);
		if (fmt == AGATE_AUDITDB_TABLE) {
			table_row(out, st);
		} else if (fmt == AGATE_AUDITDB_JSONL) {
			fputs("{\"id\":", out);
			json_col(out, st, 0);
			fprintf(out, ",\"time\":\"%s\"", tb);
			for (int i = 1; i < NCONTENT + 2; i++) {
				fprintf(out, ",\"%s\":", col_names[i]);
				json_col(out, st, i);
			}
			fputs("}\n", out);
		} else {
			csv_col(out, st, 0);
			fprintf(out, ",%s", tb);
			for (int i = 1; i < NCONTENT + 2; i++) {
				fputc(',', out);
				csv_col(out, st, i);
			}
			fputs("\r\n", out);
		}
		n++;
		if ((uint64_t)sqlite3_column_int64(st, 0) > top)
			top = (uint64_t)sqlite3_column_int64(st, 0);
		if (ferror(out))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		seterr(err, errcap, "query: %s", sqlite3_errmsg(a->db));
		sqlite3_finalize(st);
		return sql_errno(rc);
	}
	sqlite3_finalize(st);
	if (count)
		*count = n;
	if (max_id)
		*max_id = top;
	if (fflush(out) != 0 || ferror(out)) {
		seterr(err, errcap, "write: %s", strerror(errno));
		return -EPIPE;
	}
	return 0;
}

/* ---- prune ------------------------------------------------------------- */

int agate_auditdb_prune(agate_auditdb *a, int64_t before_ms, int64_t now_ms,
			agate_auditdb_prune_result *res, char *err, size_t errcap)
{
	sqlite3_stmt *st = NULL;
	int64_t cut = 0, first = 0, n_verdicts = 0;
	uint64_t old_first = 0, old_count = 0;
	bool have_cut;
	agate_auditdb_row cp = { .kind = "checkpoint", .op = "prune",
				 .peer_uid = -1, .peer_pid = -1, .time_ms = now_ms };
	char args[256], reason[256], bt[32];
	int rc;

	memset(res, 0, sizeof *res);
	if (!a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	rc = sqlite3_exec(a->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "begin (is agated committing? retry, or stop it)", err, errcap);

	/* The prefix ends just before the first row at or after the cut, so
	 * a clock that went backwards never makes prune drop a newer row. */
	rc = sqlite3_prepare_v2(a->db,
		"SELECT (SELECT min(id) FROM verdicts WHERE time_ms >= ?1 AND kind = 'verdict'),"
		" (SELECT max(id) FROM verdicts)", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "prune", err, errcap);
	sqlite3_bind_int64(st, 1, before_ms);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return sql_fail(a, rc, "prune", err, errcap);
	}
	have_cut = sqlite3_column_type(st, 0) != SQLITE_NULL;
	cut = have_cut ? sqlite3_column_int64(st, 0) - 1 : sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	st = NULL;

	rc = sqlite3_prepare_v2(a->db,
		"SELECT count(*), min(id) FROM verdicts WHERE id <= ?1 AND kind = 'verdict'",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "prune", err, errcap);
	sqlite3_bind_int64(st, 1, cut);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return sql_fail(a, rc, "prune", err, errcap);
	}
	n_verdicts = sqlite3_column_int64(st, 0);
	first = sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	st = NULL;
	if (n_verdicts == 0) {
		sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
		return 0;
	}

	/* The link of the last pruned row, and what an earlier checkpoint
	 * already covered. */
	rc = sqlite3_prepare_v2(a->db,
		"SELECT id, kind, prev_hash, hash, args_json FROM verdicts WHERE id = ?1 "
		"UNION ALL SELECT id, kind, prev_hash, hash, args_json FROM "
		"(SELECT * FROM verdicts ORDER BY id LIMIT 1) WHERE kind = 'checkpoint'",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "prune", err, errcap);
	sqlite3_bind_int64(st, 1, cut);
	{
		bool got_cut = false;

		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const unsigned char *kind = sqlite3_column_text(st, 1);
			bool is_cp = kind && strcmp((const char *)kind, "checkpoint") == 0;

			if (sqlite3_column_int64(st, 0) == cut && !got_cut) {
				int col = is_cp ? 2 : 3;

				got_cut = true;
				if (!unhex(sqlite3_column_text(st, col), sqlite3_column_bytes(st, col),
					   cp.prev_hash)) {
					sqlite3_finalize(st);
					sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
					seterr(err, errcap, "row %" PRId64 " has a malformed hash; "
					       "run agatectl audit verify first", cut);
					return -EPROTO;
				}
			}
			if (is_cp && sqlite3_column_int64(st, 0) < cut + 1) {
				old_first = json_u64(sqlite3_column_text(st, 4), "\"first_id\":");
				old_count = json_u64(sqlite3_column_text(st, 4), "\"count\":");
			}
		}
		sqlite3_finalize(st);
		st = NULL;
		if (rc != SQLITE_DONE || !got_cut)
			return sql_fail(a, rc == SQLITE_DONE ? SQLITE_ERROR : rc, "prune", err, errcap);
	}
	res->deleted = (uint64_t)n_verdicts;
	res->first_id = old_first ? old_first : (uint64_t)first;
	res->last_id = (uint64_t)cut;
	res->total_pruned = old_count + (uint64_t)n_verdicts;
	agate_auditdb_format_time(before_ms, bt, sizeof bt);
	snprintf(args, sizeof args, "{\"first_id\":%" PRIu64 ",\"last_id\":%" PRIu64
		 ",\"count\":%" PRIu64 ",\"before_ms\":%" PRId64 "}",
		 res->first_id, res->last_id, res->total_pruned, before_ms);
	snprintf(reason, sizeof reason, "pruned %" PRIu64 " rows (ids %" PRIu64 "..%" PRIu64
		 ") older than %s", res->total_pruned, res->first_id, res->last_id, bt);
	cp.id = (uint64_t)cut;
	cp.args_json = args;
	cp.reason = reason;

	rc = sqlite3_prepare_v2(a->db, "DELETE FROM verdicts WHERE id <= ?1", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "prune", err, errcap);
	sqlite3_bind_int64(st, 1, cut);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return sql_fail(a, rc, "prune", err, errcap);
	if ((rc = insert_row(a, &cp)) != SQLITE_OK)
		return sql_fail(a, rc, "prune checkpoint", err, errcap);
	rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	return 0;
}

/* ---- time parsing ------------------------------------------------------ */

static bool digits(const char **p, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return false;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return true;
}

int agate_auditdb_parse_time(const char *s, int64_t now_ms, int64_t *ms)
{
	struct tm tm = { 0 };
	int y, mo, d, h = 0, mi = 0, sec = 0, frac_ms = 0;
	int64_t off_s = 0;
	const char *p = s;
	char *end;
	time_t t;

	if (!s || !*s)
		return -EINVAL;
	if (*s == '@') {
		errno = 0;
		long long v = strtoll(s + 1, &end, 10);

		if (errno || end == s + 1 || *end)
			return -EINVAL;
		*ms = (int64_t)v * 1000;
		return 0;
	}
	/* an age: digits and one unit */
	if (strspn(s, "0123456789") > 0 && strlen(s) == strspn(s, "0123456789") + 1 &&
	    strchr("smhd", s[strlen(s) - 1])) {
		int64_t v = strtoll(s, NULL, 10);
		int64_t unit = s[strlen(s) - 1] == 's' ? 1000 : s[strlen(s) - 1] == 'm' ? 60000 :
			       s[strlen(s) - 1] == 'h' ? 3600000 : 86400000;

		if (v > INT64_MAX / unit)
			return -EINVAL;
		*ms = now_ms - v * unit;
		return 0;
	}
	if (!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) || *p++ != '-' ||
	    !digits(&p, 2, &d))
		return -EINVAL;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		p++;
		if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi))
			return -EINVAL;
		if (*p == ':') {
			p++;
			if (!digits(&p, 2, &sec))
				return -EINVAL;
			if (*p == '.' || *p == ',') {
				int scale = 100;

				p++;
				if (*p < '0' || *p > '9')
					return -EINVAL;
				for (; *p >= '0' && *p <= '9'; p++, scale /= 10)
					frac_ms += (*p - '0') * scale;
			}
		}
		if (*p == 'Z' || *p == 'z') {
			p++;
		} else if (*p == '+' || *p == '-') {
			int sign = *p == '-' ? -1 : 1, oh, om = 0;

			p++;
			if (!digits(&p, 2, &oh))
				return -EINVAL;
			if (*p == ':')
				p++;
			if (*p && !digits(&p, 2, &om))
				return -EINVAL;
			if (oh > 23 || om > 59)
				return -EINVAL;
			off_s = sign * (oh * 3600 + om * 60);
		}
	}
	if (*p || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
		return -EINVAL;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm);
	if (tm.tm_mday != d) /* 2025-02-30 normalised to March */
		return -EINVAL;
	*ms = ((int64_t)t - off_s) * 1000 + frac_ms;
	return 0;
}
