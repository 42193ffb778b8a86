/* auditdb_prune.c - trimming the old end of the chain: prune (by time,
 * by count, or both, in one bounded transaction, or as a dry run) replaces
 * the oldest rows with one checkpoint row that keeps the chain verifiable;
 * info reports the size and age that retention decides from.
 */
#include "schema/auditdb_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the scan of the old end found. */
typedef struct plan {
	uint64_t cut;          /* the last row to remove (0: none) */
	uint8_t link[AGATE_AUDITDB_HASH_LEN]; /* what the row after cut links to */
	uint64_t verdicts;     /* rows of kind verdict among them */
	uint64_t first_verdict;
	uint64_t old_first, old_count; /* an earlier checkpoint's range */
	int64_t oldest_ms, newest_ms;
	bool more;
} plan;

static bool is_kind(sqlite3_stmt *st, int col, const char *kind)
{
	const unsigned char *k = sqlite3_column_text(st, col);

	return k && strcmp((const char *)k, kind) == 0;
}

/* Walk the rows in id order from the oldest and stop at the first that
 * stays: a verdict at or after before_ms (so a clock that once went
 * backwards never makes prune drop a newer row), a row above max_id, or
 * the max_rows + 1st row. Reads only the rows it removes, plus one. */
static int scan(agate_auditdb *a, const agate_auditdb_prune_opts *o, plan *p,
		char *err, size_t errcap)
{
	sqlite3_stmt *st = NULL;
	uint64_t n = 0;
	int rc;

	memset(p, 0, sizeof *p);
	rc = sqlite3_prepare_v2(a->db,
		"SELECT id, kind, time_ms, prev_hash, hash, args_json FROM verdicts "
		"ORDER BY id LIMIT ?1", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errcap, "prune: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	sqlite3_bind_int64(st, 1, o->max_rows ? (int64_t)o->max_rows + 1 : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint64_t id = (uint64_t)sqlite3_column_int64(st, 0);
		int64_t t = sqlite3_column_int64(st, 2);
		bool verdict = is_kind(st, 1, "verdict"), cp = is_kind(st, 1, "checkpoint");
		int col = cp ? 3 : 4;

		if (verdict && t >= o->before_ms)
			break;
		if ((o->max_id && id > o->max_id) || (o->max_rows && n == o->max_rows)) {
			p->more = true;
			break;
		}
		if (!unhex(sqlite3_column_text(st, col), sqlite3_column_bytes(st, col), p->link)) {
			sqlite3_finalize(st);
			seterr(err, errcap, "row %" PRIu64 " has a malformed hash; "
			       "run agatectl audit verify first", id);
			return -EPROTO;
		}
		if (cp && n == 0) {
			p->old_first = json_u64(sqlite3_column_text(st, 5), "\"first_id\":");
			p->old_count = json_u64(sqlite3_column_text(st, 5), "\"count\":");
		}
		if (verdict) {
			if (p->verdicts++ == 0) {
				p->first_verdict = id;
				p->oldest_ms = t;
			}
			p->newest_ms = t;
		}
		p->cut = id;
		n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		seterr(err, errcap, "prune: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	return 0;
}

/* Remove the rows up to p->cut and write the checkpoint that stands for
 * them; inside the caller's write transaction. */
static int replace_prefix(agate_auditdb *a, const agate_auditdb_prune_opts *o, const plan *p,
			  const agate_auditdb_prune_result *res, char *err, size_t errcap)
{
	agate_auditdb_row cp = { .kind = "checkpoint", .op = o->op ? o->op : "prune",
				 .peer_uid = -1, .peer_pid = -1, .time_ms = o->now_ms };
	char args[256], reason[320], bt[32];
	sqlite3_stmt *st = NULL;
	size_t len;
	int rc;

	len = (size_t)snprintf(args, sizeof args, "{\"first_id\":%" PRIu64 ",\"last_id\":%" PRIu64
			       ",\"count\":%" PRIu64, res->first_id, res->last_id, res->total_pruned);
	bt[0] = '\0';
	if (o->before_ms != INT64_MAX) {
		agate_auditdb_format_time(o->before_ms, bt, sizeof bt);
		snprintf(args + len, sizeof args - len, ",\"before_ms\":%" PRId64 "}", o->before_ms);
	} else {
		snprintf(args + len, sizeof args - len, "}");
	}
	snprintf(reason, sizeof reason, "%s %" PRIu64 " rows (ids %" PRIu64 "..%" PRIu64 ")%s%s",
		 o->why ? o->why : "pruned", res->total_pruned, res->first_id, res->last_id,
		 bt[0] ? " older than " : "", bt);
	cp.id = p->cut;
	cp.args_json = args;
	cp.reason = reason;
	memcpy(cp.prev_hash, p->link, sizeof cp.prev_hash);

	rc = sqlite3_prepare_v2(a->db, "DELETE FROM verdicts WHERE id <= ?1", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "prune", err, errcap);
	sqlite3_bind_int64(st, 1, (int64_t)p->cut);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return sql_fail(a, rc, "prune", err, errcap);
	if ((rc = insert_row(a, &cp)) != SQLITE_OK)
		return sql_fail(a, rc, "prune checkpoint", err, errcap);
	return 0;
}

int agate_auditdb_prune_step(agate_auditdb *a, const agate_auditdb_prune_opts *o,
			     agate_auditdb_prune_result *res, char *err, size_t errcap)
{
	plan p;
	int rc;

	memset(res, 0, sizeof *res);
	if (!o->dry_run && !a->insert) {
		seterr(err, errcap, "database opened read-only");
		return -EROFS;
	}
	/* a dry run reads one snapshot; a prune takes the write lock first,
	 * so that nothing it counted changes before it deletes */
	rc = sqlite3_exec(a->db, o->dry_run ? "BEGIN" : "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "begin (is agated committing? retry, or stop it)", err, errcap);
	if ((rc = scan(a, o, &p, err, errcap)) < 0) {
		sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	res->more = p.more;
	if (p.verdicts == 0) {
		sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
		return 0;
	}
	res->deleted = p.verdicts;
	res->first_id = p.old_first ? p.old_first : p.first_verdict;
	res->last_id = p.cut;
	res->total_pruned = p.old_count + p.verdicts;
	res->oldest_ms = p.oldest_ms;
	res->newest_ms = p.newest_ms;
	if (o->dry_run) {
		sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
		return 0;
	}
	if ((rc = replace_prefix(a, o, &p, res, err, errcap)) < 0)
		return rc;
	rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_fail(a, rc, "commit", err, errcap);
	return 0;
}

int agate_auditdb_prune(agate_auditdb *a, int64_t before_ms, int64_t now_ms,
			agate_auditdb_prune_result *res, char *err, size_t errcap)
{
	agate_auditdb_prune_opts o = { .before_ms = before_ms, .now_ms = now_ms };

	return agate_auditdb_prune_step(a, &o, res, err, errcap);
}

/* ---- size and age ------------------------------------------------------ */

static int pragma_u64(sqlite3 *db, const char *sql, uint64_t *out)
{
	int64_t v = 0;
	int rc = auditdb_get_int(db, sql, &v);

	if (rc == 0)
		*out = (uint64_t)v;
	return rc;
}

int agate_auditdb_info_get(agate_auditdb *a, agate_auditdb_info *out)
{
	uint64_t pages = 0, page_size = 0, free_pages = 0;
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = pragma_u64(a->db, "PRAGMA page_count", &pages)) < 0 ||
	    (rc = pragma_u64(a->db, "PRAGMA page_size", &page_size)) < 0 ||
	    (rc = pragma_u64(a->db, "PRAGMA freelist_count", &free_pages)) < 0)
		return rc;
	out->size_bytes = pages * page_size;
	out->free_bytes = free_pages * page_size;
	/* min/max of the rowid and the first row that is not a checkpoint
	 * (the row after it, normally): three short walks of the id tree */
	rc = sqlite3_prepare_v2(a->db,
		"SELECT (SELECT min(id) FROM verdicts), (SELECT max(id) FROM verdicts), "
		"(SELECT time_ms FROM verdicts WHERE kind <> 'checkpoint' ORDER BY id LIMIT 1)",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_errno(rc);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->first_id = (uint64_t)sqlite3_column_int64(st, 0);
		out->last_id = (uint64_t)sqlite3_column_int64(st, 1);
		out->has_oldest = sqlite3_column_type(st, 2) != SQLITE_NULL;
		out->oldest_ms = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : sql_errno(rc);
}
