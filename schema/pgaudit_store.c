/* pgaudit_store.c - the central schema and its migrations, and shipping a
 * batch of a host's local rows into it (pgaudit.h has the contracts).
 *
 * A shipment is one transaction: the rows go by COPY into a temporary
 * table (one round trip whatever the batch), the months they fall in get
 * their partitions, and one INSERT ... ON CONFLICT DO NOTHING moves the
 * rows that are not there yet. Shipping the same rows again (a crash
 * between the central commit and the host's cursor) stores nothing twice.
 */
#include "schema/pgaudit.h"
#include "schema/pgaudit_int.h"

/* A batch ends at max_rows or once its COPY text passes this many bytes
 * (rows hold arguments up to the frame limit: 5,000 large ones would
 * not fit in memory). */
#define BATCH_BYTES (16u << 20)

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each migration upgrades version N-1 to N; never edit a released one. */
static const char *const pg_migrations[AGATE_PGAUDIT_SCHEMA_VERSION + 1] = {
	[1] =
	"CREATE TABLE agate.verdicts (\n"
	"  host_id        text   NOT NULL,\n"
	"  id             bigint NOT NULL,\n"
	"  kind           text   NOT NULL,\n"
	"  time_ms        bigint NOT NULL,\n"
	"  op text, request_id bigint, agent text, session text,\n"
	"  peer_uid bigint, peer_pid bigint, tool text, args_json text,\n"
	"  verdict text, enforcement text, rule text, reason text,\n"
	"  scores_json text, trace text, error text, generation bigint,\n"
	"  ruleset_digest text, eval_ns bigint,\n"
	"  prev_hash      text   NOT NULL,\n"
	"  hash           text   NOT NULL,\n"
	"  received_at    timestamptz NOT NULL DEFAULT now(),\n"
	"  PRIMARY KEY (host_id, id, time_ms)\n"
	") PARTITION BY RANGE (time_ms);\n"
	"CREATE INDEX verdicts_time ON agate.verdicts (time_ms);\n"
	"CREATE INDEX verdicts_agent_session ON agate.verdicts (agent, session);\n"
	"CREATE INDEX verdicts_flagged ON agate.verdicts (verdict, rule) WHERE verdict <> 'allow';\n"
	"CREATE TABLE agate.hosts (\n"
	"  host_id        text PRIMARY KEY,\n"
	"  last_id        bigint NOT NULL,\n"
	"  last_hash      text NOT NULL,\n"
	"  local_head_id  bigint NOT NULL DEFAULT 0,\n"
	"  regressions    bigint NOT NULL DEFAULT 0,\n"
	"  first_seen     timestamptz NOT NULL DEFAULT now(),\n"
	"  last_seen      timestamptz NOT NULL DEFAULT now()\n"
	");\n"
	/* one partition per UTC month, made once under a lock */
	"CREATE FUNCTION agate.ensure_month(ms bigint) RETURNS void LANGUAGE plpgsql\n"
	/* with the owner's rights: hosts need no CREATE on the schema */
	"  SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$\n"
	"DECLARE\n"
	"  m timestamp := date_trunc('month', to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC');\n"
	"  lo bigint := (extract(epoch FROM m) * 1000)::bigint;\n"
	"  hi bigint := (extract(epoch FROM m + interval '1 month') * 1000)::bigint;\n"
	"  name text := 'verdicts_' || to_char(m, 'YYYYMM');\n"
	"BEGIN\n"
	"  IF to_regclass('agate.' || name) IS NOT NULL THEN RETURN; END IF;\n"
	"  PERFORM pg_advisory_xact_lock(hashtext('agate.verdicts partitions'));\n"
	"  IF to_regclass('agate.' || name) IS NOT NULL THEN RETURN; END IF;\n"
	"  EXECUTE format('CREATE TABLE agate.%I PARTITION OF agate.verdicts FOR VALUES FROM (%s) TO (%s)',\n"
	"                 name, lo, hi);\n"
	"END\n"
	"$f$;\n"
	"CREATE VIEW agate.verdicts_readable AS\n"
	"  SELECT host_id, id, to_timestamp(time_ms / 1000.0) AS time, kind, op, agent,\n"
	"         session, peer_uid, tool, verdict, enforcement, rule, reason, error,\n"
	"         generation, ruleset_digest, args_json\n"
	"  FROM agate.verdicts;\n",
	/* The local log's schema 5 columns, which enter a row's hash when
	 * set (encoding 2). Adding nullable columns without a default only
	 * changes the catalog, on every partition, whatever the table's
	 * size. Rows shipped before this version lack them: verify says so
	 * (docs/fleet.md). */
	[2] =
	"ALTER TABLE agate.verdicts ADD COLUMN shadow text, ADD COLUMN rules_label text;\n"
	"CREATE INDEX verdicts_shadow ON agate.verdicts (time_ms) WHERE shadow IS NOT NULL;\n"
	"CREATE OR REPLACE VIEW agate.verdicts_readable AS\n"
	"  SELECT host_id, id, to_timestamp(time_ms / 1000.0) AS time, kind, op, agent,\n"
	"         session, peer_uid, tool, verdict, enforcement, rule, reason, error,\n"
	"         generation, ruleset_digest, args_json, shadow, rules_label\n"
	"  FROM agate.verdicts;\n",
};

void pga_err(char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;

	if (!err || cap == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
}

/* The first line of libpq's message (it ends with a newline). */
void pga_pq_err(PGconn *pg, char *err, size_t cap, const char *what)
{
	const char *m = PQerrorMessage(pg);
	size_t n = strcspn(m, "\n");

	pga_err(err, cap, "%s: %.*s", what, (int)n, m);
}

/* Run sql with no result rows wanted; 0 or -EIO. */
int pga_exec(PGconn *pg, const char *sql, char *err, size_t cap)
{
	PGresult *r = PQexec(pg, sql);
	ExecStatusType s = PQresultStatus(r);
	int rc = 0;

	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
		pga_pq_err(pg, err, cap, "postgresql");
		rc = -EIO;
	}
	PQclear(r);
	return rc;
}

static void quiet_notices(void *arg, const char *message)
{
	(void)arg;
	(void)message; /* "relation already exists, skipping" and the like */
}

/* The schema version when it can be read without writing anything
 * (-1: not there or not readable yet). */
static long current_version(PGconn *pg)
{
	PGresult *r = PQexec(pg, "SELECT coalesce(max(version), 0) FROM agate.schema_version");
	long v = -1;

	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		v = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return v;
}

int agate_pgaudit_migrate(PGconn *pg, char *err, size_t errcap)
{
	PGresult *r;
	long v = 0;
	int rc;

	PQsetNoticeProcessor(pg, quiet_notices, NULL);
	/* Up to date: nothing to write, so a host's role needs no right to
	 * create anything (docs/fleet.md: the roles). */
	if ((v = current_version(pg)) == AGATE_PGAUDIT_SCHEMA_VERSION)
		return 0;
	if (v > AGATE_PGAUDIT_SCHEMA_VERSION) {
		pga_err(err, errcap, "the central schema is version %ld, newer than this build knows (%d)",
			v, AGATE_PGAUDIT_SCHEMA_VERSION);
		return -EPROTO;
	}
	if ((rc = pga_exec(pg, "BEGIN", err, errcap)) < 0)
		return rc;
	/* one migrator at a time across every host starting now */
	if ((rc = pga_exec(pg, "SELECT pg_advisory_xact_lock(hashtext('agate.schema'))",
			   err, errcap)) < 0 ||
	    (rc = pga_exec(pg, "CREATE SCHEMA IF NOT EXISTS agate", err, errcap)) < 0 ||
	    (rc = pga_exec(pg, "CREATE TABLE IF NOT EXISTS agate.schema_version ("
			   "version integer PRIMARY KEY, "
			   "applied_at timestamptz NOT NULL DEFAULT now())", err, errcap)) < 0)
		goto denied;
	r = PQexec(pg, "SELECT coalesce(max(version), 0) FROM agate.schema_version");
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "reading agate.schema_version");
		rc = -EIO;
		goto fail;
	}
	v = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	if (v > AGATE_PGAUDIT_SCHEMA_VERSION) {
		pga_err(err, errcap, "the central schema is version %ld, newer than this build knows (%d)",
			v, AGATE_PGAUDIT_SCHEMA_VERSION);
		rc = -EPROTO;
		goto fail;
	}
	for (long n = v + 1; n <= AGATE_PGAUDIT_SCHEMA_VERSION; n++) {
		char sql[96];

		snprintf(sql, sizeof sql, "INSERT INTO agate.schema_version(version) VALUES (%ld)", n);
		if ((rc = pga_exec(pg, pg_migrations[n], err, errcap)) < 0 ||
		    (rc = pga_exec(pg, sql, err, errcap)) < 0)
			goto denied;
	}
	return pga_exec(pg, "COMMIT", err, errcap);
denied:
	/* A host's restricted role meeting an older schema: say who must
	 * upgrade it rather than only what PostgreSQL refused. */
	if (v > 0 && v < AGATE_PGAUDIT_SCHEMA_VERSION) {
		char why[256];

		snprintf(why, sizeof why, "%s", err ? err : "");
		pga_err(err, errcap, "central schema version %ld is older than this build's %d, and "
			"upgrading it as this role failed: run `agatectl audit migrate --pg` as the "
			"schema's owner (docs/fleet.md); %s",
			v, AGATE_PGAUDIT_SCHEMA_VERSION, why);
	}
fail:
	PQclear(PQexec(pg, "ROLLBACK"));
	return rc;
}

int pga_check_version(PGconn *pg, char *err, size_t cap)
{
	long v = current_version(pg);

	if (v == AGATE_PGAUDIT_SCHEMA_VERSION)
		return 0;
	if (v < 0) {
		pga_pq_err(pg, err, cap, "reading agate.schema_version (is this agate's central "
			   "database, and may this role read it?)");
		return -EIO;
	}
	if (v > AGATE_PGAUDIT_SCHEMA_VERSION)
		pga_err(err, cap, "the central schema is version %ld, newer than this build knows "
			"(%d): use a newer agatectl", v, AGATE_PGAUDIT_SCHEMA_VERSION);
	else
		pga_err(err, cap, "the central schema is version %ld and this build reads version "
			"%d: upgrade it first (`agatectl audit migrate --pg` or one agated with the "
			"schema owner's role, docs/fleet.md)", v, AGATE_PGAUDIT_SCHEMA_VERSION);
	return -EPROTO;
}

int agate_pgaudit_central_head(PGconn *pg, const char *host, uint64_t *id,
			       char *err, size_t errcap)
{
	const char *params[1] = { host };
	PGresult *r = PQexecParams(pg, "SELECT coalesce(max(id), 0) FROM agate.verdicts "
				   "WHERE host_id = $1", 1, NULL, params, NULL, NULL, 0);
	int rc = 0;

	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		pga_pq_err(pg, err, errcap, "reading the central head");
		rc = -EIO;
	} else {
		*id = (uint64_t)strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	}
	PQclear(r);
	return rc;
}

/* ---- COPY text ------------------------------------------------------- */

typedef struct pga_buf {
	char *p;
	size_t n, cap;
	bool oom;
} pga_buf;

static void buf_put(pga_buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		char *p;

		while (cap < b->n + n + 1)
			cap *= 2;
		if (!(p = realloc(b->p, cap))) {
			b->oom = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

/* One field in COPY's text format: \N for NULL, the four characters
 * that would end or split a field escaped. */
static void copy_field(pga_buf *b, sqlite3_stmt *st, int col, bool last)
{
	const unsigned char *s;
	int len;

	if (sqlite3_column_type(st, col) == SQLITE_NULL) {
		buf_put(b, "\\N", 2);
	} else {
		s = sqlite3_column_text(st, col);
		len = sqlite3_column_bytes(st, col);
		for (int i = 0, from = 0; i <= len; i++) {
			const char *esc = NULL;

			if (i < len) {
				switch (s[i]) {
				case '\\': esc = "\\\\"; break;
				case '\n': esc = "\\n"; break;
				case '\r': esc = "\\r"; break;
				case '\t': esc = "\\t"; break;
				default: continue;
				}
			}
			buf_put(b, (const char *)s + from, (size_t)(i - from));
			if (esc)
				buf_put(b, esc, 2);
			from = i + 1;
		}
	}
	buf_put(b, last ? "\n" : "\t", 1);
}

/* The local rows above after_id as COPY text, each led by the host. */
static int read_local(sqlite3 *local, const char *host, uint64_t after_id, size_t max_rows,
		      pga_buf *b, agate_pgaudit_shipment *out, char *hash, char *err, size_t errcap)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(local, "SELECT " PGA_LOCAL_COLS " FROM verdicts WHERE id > ?1 "
				    "ORDER BY id LIMIT ?2", -1, &st, NULL);

	if (rc != SQLITE_OK) {
		pga_err(err, errcap, "reading the local log: %s", sqlite3_errmsg(local));
		return -EIO;
	}
	sqlite3_bind_int64(st, 1, (int64_t)after_id);
	sqlite3_bind_int64(st, 2, (int64_t)max_rows);
	while (b->n < BATCH_BYTES && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		buf_put(b, host, strlen(host));
		buf_put(b, "\t", 1);
		for (int i = 0; i < PGA_NCOLS; i++)
			copy_field(b, st, i, i == PGA_NCOLS - 1);
		out->rows_read++;
		out->last_id = (uint64_t)sqlite3_column_int64(st, 0);
		out->last_time_ms = sqlite3_column_int64(st, 2);
		snprintf(hash, AGATE_AUDITDB_HEX_LEN + 1, "%s",
			 (const char *)sqlite3_column_text(st, PGA_COL_HASH));
	}
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		pga_err(err, errcap, "reading the local log: %s", sqlite3_errmsg(local));
		sqlite3_finalize(st);
		return -EIO;
	}
	sqlite3_finalize(st);
	if (b->oom) {
		pga_err(err, errcap, "out of memory");
		return -ENOMEM;
	}
	return 0;
}

static int copy_in(PGconn *pg, const pga_buf *b, char *err, size_t errcap)
{
	PGresult *r = PQexec(pg, "COPY pg_temp.agate_ship (host_id, " PGA_LOCAL_COLS ") FROM STDIN");
	int rc = 0;

	if (PQresultStatus(r) != PGRES_COPY_IN) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "copy");
		return -EIO;
	}
	PQclear(r);
	if (PQputCopyData(pg, b->p, (int)b->n) != 1 || PQputCopyEnd(pg, NULL) != 1) {
		pga_pq_err(pg, err, errcap, "copy");
		rc = -EIO;
	}
	while ((r = PQgetResult(pg))) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK && rc == 0) {
			pga_pq_err(pg, err, errcap, "copy");
			rc = -EIO;
		}
		PQclear(r);
	}
	return rc;
}

static int report_host(PGconn *pg, const char *host, const agate_pgaudit_shipment *s,
		       const char *hash, uint64_t local_head_id, char *err, size_t errcap)
{
	char last[24], head[24];
	const char *params[4] = { host, last, hash, head };
	PGresult *r;
	int rc = 0;

	snprintf(last, sizeof last, "%" PRId64, (int64_t)s->last_id);
	snprintf(head, sizeof head, "%" PRId64, (int64_t)local_head_id);
	/* The report only moves forward; a host whose local head is now
	 * below what it shipped before had its log cut back. */
	r = PQexecParams(pg,
		"INSERT INTO agate.hosts AS h (host_id, last_id, last_hash, local_head_id) "
		"VALUES ($1, $2, $3, $4) ON CONFLICT (host_id) DO UPDATE SET "
		"regressions = h.regressions + (excluded.local_head_id < h.last_id)::int, "
		"last_hash = CASE WHEN excluded.last_id >= h.last_id THEN excluded.last_hash "
		"ELSE h.last_hash END, "
		"last_id = greatest(h.last_id, excluded.last_id), "
		"local_head_id = excluded.local_head_id, last_seen = now()",
		4, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pga_pq_err(pg, err, errcap, "agate.hosts");
		rc = -EIO;
	}
	PQclear(r);
	return rc;
}

static int heartbeat(PGconn *pg, const char *host, uint64_t local_head_id, char *err,
		     size_t errcap)
{
	char head[24];
	const char *params[2] = { host, head };
	PGresult *r;
	int rc = 0;

	snprintf(head, sizeof head, "%" PRId64, (int64_t)local_head_id);
	r = PQexecParams(pg, "UPDATE agate.hosts SET local_head_id = $2, last_seen = now(), "
			 "regressions = regressions + ($2::bigint < last_id)::int WHERE host_id = $1",
			 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pga_pq_err(pg, err, errcap, "agate.hosts");
		rc = -EIO;
	}
	PQclear(r);
	return rc;
}

static int move_rows(PGconn *pg, agate_pgaudit_shipment *out, char *err, size_t errcap)
{
	PGresult *r;
	int rc = 0;

	r = PQexec(pg, "SELECT agate.ensure_month(min(time_ms)) FROM pg_temp.agate_ship "
		   "GROUP BY date_trunc('month', to_timestamp(time_ms / 1000.0) AT TIME ZONE 'UTC')");
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "partitions");
		return -EIO;
	}
	PQclear(r);
	/* named columns: received_at is the central clock's, and a temporary
	 * table made before a migration cannot shift a column */
	r = PQexec(pg, "INSERT INTO agate.verdicts (host_id, " PGA_LOCAL_COLS ") SELECT host_id, "
		   PGA_LOCAL_COLS " FROM pg_temp.agate_ship ON CONFLICT DO NOTHING");
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pga_pq_err(pg, err, errcap, "insert");
		rc = -EIO;
	} else {
		out->rows_inserted = strtoull(PQcmdTuples(r), NULL, 10);
	}
	PQclear(r);
	return rc;
}

int agate_pgaudit_ship(PGconn *pg, sqlite3 *local, const char *host, uint64_t after_id,
		       size_t max_rows, uint64_t local_head_id, agate_pgaudit_shipment *out,
		       char *err, size_t errcap)
{
	pga_buf b = { 0 };
	char hash[AGATE_AUDITDB_HEX_LEN + 1] = "";
	int rc;

	memset(out, 0, sizeof *out);
	if (!host || !*host || strlen(host) > AGATE_PGAUDIT_HOST_MAX) {
		pga_err(err, errcap, "no valid host id");
		return -EINVAL;
	}
	/* the local read is its own snapshot; nothing holds PostgreSQL meanwhile */
	if ((rc = read_local(local, host, after_id, max_rows ? max_rows : 1000, &b, out, hash,
			     err, errcap)) < 0)
		goto out;
	if (out->rows_read == 0) {
		rc = heartbeat(pg, host, local_head_id, err, errcap);
		goto out;
	}
	PQsetNoticeProcessor(pg, quiet_notices, NULL);
	if ((rc = pga_exec(pg, "BEGIN", err, errcap)) < 0)
		goto out;
	if ((rc = pga_exec(pg, "CREATE TEMP TABLE IF NOT EXISTS agate_ship "
			   "(LIKE agate.verdicts INCLUDING DEFAULTS) ON COMMIT DELETE ROWS",
			   err, errcap)) < 0 ||
	    (rc = copy_in(pg, &b, err, errcap)) < 0 ||
	    (rc = move_rows(pg, out, err, errcap)) < 0 ||
	    (rc = report_host(pg, host, out, hash, local_head_id, err, errcap)) < 0 ||
	    (rc = pga_exec(pg, "COMMIT", err, errcap)) < 0) {
		PQclear(PQexec(pg, "ROLLBACK"));
		out->rows_inserted = 0;
	}
out:
	free(b.p);
	return rc;
}
