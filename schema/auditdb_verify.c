/* auditdb_verify.c - walking the chain: every row's hash recomputed,
 * every link followed, and the first fault named as a changed, inserted
 * or deleted row. Read-only; it shares only the encoding with the writer.
 */
#include "schema/auditdb_int.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- verify ------------------------------------------------------------ */

typedef struct vrow {
	uint64_t id;
	bool checkpoint;
	bool hashes_ok;     /* both hash columns are well-formed */
	bool content_ok;    /* recomputed hash == stored hash */
	uint8_t prev[AGATE_AUDITDB_HASH_LEN], hash[AGATE_AUDITDB_HASH_LEN];
	uint64_t pruned;
	bool gap;           /* a gap row, naming the ids never written */
	uint64_t gap_first, gap_last;
} vrow;

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
	v->gap = kind && strcmp((const char *)kind, "gap") == 0;
	if (v->gap) {
		v->gap_first = json_u64(sqlite3_column_text(st, 10), "\"first_id\":");
		v->gap_last = json_u64(sqlite3_column_text(st, 10), "\"last_id\":");
	}
	if (!v->hashes_ok)
		return;
	/* schema 5: a row with shadow or rules_label set has encoding 2 */
	bool v2 = sqlite3_column_count(st) > COL_LABEL &&
		  (sqlite3_column_type(st, COL_SHADOW) != SQLITE_NULL ||
		   sqlite3_column_type(st, COL_LABEL) != SQLITE_NULL);
	if (v2)
		hash_begin_v2(md, ctx, v->prev);
	else
		hash_begin(md, ctx, v->prev);
	for (int i = 0; i < NCONTENT; i++)
		enc_col(md, st, i);
	if (v2) {
		enc_col(md, st, COL_SHADOW);
		enc_col(md, st, COL_LABEL);
	}
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

/* Row r links to the row before (id prev_id, 0 before the first): its id
 * must come next, or r must be a gap row naming exactly the ids skipped
 * (a restart after an unclean stop). Anything else is reported. */
static bool ids_follow(agate_auditdb_verify_result *res, const vrow *r, uint64_t prev_id)
{
	uint64_t expect = prev_id + 1;

	if (!r->gap && r->id == expect)
		return true;
	if (r->gap && r->gap_first == expect && r->gap_first <= r->gap_last &&
	    r->gap_last + 1 == r->id) {
		res->gaps++;
		res->gap_ids += r->gap_last - r->gap_first + 1;
		return true;
	}
	if (r->id > expect)
		problem(res, AGATE_AUDITDB_DELETED, expect,
			"rows %" PRIu64 "..%" PRIu64 " missing: the ids jump from %" PRIu64 " to %" PRIu64
			" and %s", expect, r->id - 1, prev_id, r->id,
			r->gap ? "the gap row there names other ids" : "no gap row explains it");
	else
		problem(res, AGATE_AUDITDB_INSERTED, r->id,
			"row %" PRIu64 " inserted: a gap row where no ids are missing", r->id);
	return false;
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
	rc = sqlite3_prepare_v2(a->db, a->version >= 5 ? "SELECT " COLS_ALL " FROM verdicts ORDER BY id"
						       : "SELECT " COLS " FROM verdicts ORDER BY id",
				-1, &st, NULL);
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
				if (!ids_follow(res, r, have_prev ? prev_id : 0))
					break;
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

/* ---- verify --all: every fault, not only the first ---------------------- */

const char *agate_auditdb_fault_name(agate_auditdb_fault_kind k)
{
	switch (k) {
	case AGATE_AUDITDB_FAULT_HASH: return "hash mismatch";
	case AGATE_AUDITDB_FAULT_LINK: return "broken link";
	case AGATE_AUDITDB_FAULT_GAP: return "gap";
	case AGATE_AUDITDB_FAULT_INSERTED: return "inserted";
	case AGATE_AUDITDB_FAULT_HEAD: return "head";
	}
	return "unknown";
}

/* The walk's state: the link and id the next row must follow. */
typedef struct walk {
	agate_auditdb_verify_result *res;
	agate_auditdb_fault_cb cb;
	void *ud;
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	bool link_known;   /* false after a row whose hash columns are malformed */
	bool have_prev;
	uint64_t prev_id;
} walk;

static void fault(walk *w, agate_auditdb_fault_kind kind, uint64_t id, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void fault(walk *w, agate_auditdb_fault_kind kind, uint64_t id, const char *fmt, ...)
{
	agate_auditdb_fault f = { .kind = kind, .id = id };
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(f.message, sizeof f.message, fmt, ap);
	va_end(ap);
	if (w->res->faults++ == 0) {
		static const agate_auditdb_problem as_problem[] = {
			[AGATE_AUDITDB_FAULT_HASH] = AGATE_AUDITDB_CHANGED,
			[AGATE_AUDITDB_FAULT_LINK] = AGATE_AUDITDB_CHANGED,
			[AGATE_AUDITDB_FAULT_GAP] = AGATE_AUDITDB_DELETED,
			[AGATE_AUDITDB_FAULT_INSERTED] = AGATE_AUDITDB_INSERTED,
			[AGATE_AUDITDB_FAULT_HEAD] = AGATE_AUDITDB_HEAD,
		};

		problem(w->res, as_problem[kind], id, "row %" PRIu64 " %s: %s", id,
			agate_auditdb_fault_name(kind), f.message);
	}
	if (w->cb)
		w->cb(w->ud, &f);
}

/* A non-checkpoint row's link to the row before. Returns false when the
 * row is not part of the chain at all (the next row links over it): the
 * walk then goes on as if it were not there. */
static bool check_link(walk *w, const vrow *r, const vrow *n)
{
	if (!w->link_known || memcmp(r->prev, w->link, AGATE_AUDITDB_HASH_LEN) == 0)
		return true;
	if (w->have_prev && r->hashes_ok && n && n->hashes_ok &&
	    memcmp(n->prev, w->link, AGATE_AUDITDB_HASH_LEN) == 0) {
		fault(w, AGATE_AUDITDB_FAULT_INSERTED, r->id,
		      "it is not part of the chain (row %" PRIu64 " links to row %" PRIu64 ")",
		      n->id, w->prev_id);
		return false;
	}
	if (!w->have_prev)
		fault(w, AGATE_AUDITDB_FAULT_LINK, r->id,
		      "the first row does not start the chain and there is no checkpoint "
		      "(rows before it deleted)");
	else if (r->id == w->prev_id + 1)
		fault(w, AGATE_AUDITDB_FAULT_LINK, r->id,
		      "it does not link to row %" PRIu64 " (row %" PRIu64 " was changed and its "
		      "hash recomputed, or rows were deleted and renumbered)", w->prev_id, w->prev_id);
	else
		fault(w, AGATE_AUDITDB_FAULT_LINK, r->id,
		      "it does not link to row %" PRIu64, w->prev_id);
	return true;
}

/* A non-checkpoint row's id after the row before (see ids_follow). */
static void check_ids(walk *w, const vrow *r)
{
	uint64_t expect = (w->have_prev ? w->prev_id : 0) + 1;

	if (!r->gap && (r->id == expect || !w->have_prev))
		return; /* a first row that is not id 1 is a broken link already */
	if (r->gap && r->gap_first == expect && r->gap_first <= r->gap_last &&
	    r->gap_last + 1 == r->id) {
		w->res->gaps++;
		w->res->gap_ids += r->gap_last - r->gap_first + 1;
		return;
	}
	if (r->id == expect + 1)
		fault(w, AGATE_AUDITDB_FAULT_GAP, r->id, "id %" PRIu64 " is missing before it and %s",
		      expect, r->gap ? "its gap row names other ids" : "no gap row names it");
	else if (r->id > expect)
		fault(w, AGATE_AUDITDB_FAULT_GAP, r->id,
		      "ids %" PRIu64 "..%" PRIu64 " are missing before it and %s", expect, r->id - 1,
		      r->gap ? "its gap row names other ids" : "no gap row names them");
	else
		fault(w, AGATE_AUDITDB_FAULT_INSERTED, r->id,
		      "a gap row where no ids are missing");
}

/* One row of the walk; n is the row after it (NULL at the end). */
static void walk_row(walk *w, const vrow *r, const vrow *n, bool meta_ok, uint64_t mid)
{
	agate_auditdb_verify_result *res = w->res;

	if (meta_ok && r->id > mid)
		fault(w, AGATE_AUDITDB_FAULT_INSERTED, r->id,
		      "it lies after the recorded chain head (row %" PRIu64 ")", mid);
	if (!r->hashes_ok)
		fault(w, AGATE_AUDITDB_FAULT_HASH, r->id,
		      "its hash columns are malformed");
	else if (!r->content_ok)
		fault(w, AGATE_AUDITDB_FAULT_HASH, r->id,
		      "its content does not match its hash");
	if (r->checkpoint) {
		if (w->have_prev) {
			fault(w, AGATE_AUDITDB_FAULT_INSERTED, r->id,
			      "a checkpoint may only start the chain");
		} else {
			res->checkpoint = true;
			res->pruned = r->pruned;
		}
	} else {
		if (!check_link(w, r, n))
			return;
		check_ids(w, r);
	}
	if (res->rows == 0)
		res->first_id = r->id;
	res->rows++;
	res->last_id = r->id;
	/* go on from what the row says: each later fault shows where it is */
	w->link_known = r->hashes_ok;
	if (r->hashes_ok)
		memcpy(w->link, r->checkpoint ? r->prev : r->hash, AGATE_AUDITDB_HASH_LEN);
	w->prev_id = r->id;
	w->have_prev = true;
}

int agate_auditdb_verify_all(agate_auditdb *a, agate_auditdb_verify_result *res,
			     agate_auditdb_fault_cb cb, void *ud)
{
	sqlite3_stmt *st = NULL;
	uint8_t mlink[AGATE_AUDITDB_HASH_LEN];
	uint64_t mid = 0;
	bool meta_ok, have_cur = false;
	vrow win[2], *cur = &win[0], *nxt = &win[1];
	walk w = { .res = res, .cb = cb, .ud = ud, .link_known = true };
	int rc;

	memset(res, 0, sizeof *res);
	memcpy(w.link, zero_hash, sizeof w.link);
	rc = sqlite3_exec(a->db, "BEGIN", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sql_errno(rc);
	meta_head(a->db, &mid, mlink, &meta_ok);
	/* schema 5's columns too: a row with a shadow match or a label is
	 * hashed with them (read_vrow) */
	rc = sqlite3_prepare_v2(a->db, a->version >= 5 ? "SELECT " COLS_ALL " FROM verdicts ORDER BY id"
						       : "SELECT " COLS " FROM verdicts ORDER BY id",
				-1, &st, NULL);
	if (rc != SQLITE_OK) {
		snprintf(res->message, sizeof res->message, "%s", sqlite3_errmsg(a->db));
		rc = sql_errno(rc);
		goto out;
	}
	for (;;) {
		vrow *n = NULL;

		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			read_vrow(a->md, st, nxt);
			n = nxt;
		} else if (rc != SQLITE_DONE) {
			snprintf(res->message, sizeof res->message, "%s", sqlite3_errmsg(a->db));
			rc = sql_errno(rc);
			goto out;
		}
		if (have_cur)
			walk_row(&w, cur, n, meta_ok, mid);
		if (!n)
			break;
		cur = nxt;
		nxt = cur == &win[0] ? &win[1] : &win[0];
		have_cur = true;
	}
	rc = 0;
	agate_auditdb_hex(w.link, res->head);
	if (!meta_ok)
		fault(&w, AGATE_AUDITDB_FAULT_HEAD, w.prev_id, "the meta table has no chain head");
	else if (mid > w.prev_id)
		fault(&w, AGATE_AUDITDB_FAULT_HEAD, w.prev_id + 1,
		      "deleted: the chain ends at row %" PRIu64 " but its recorded head is row %" PRIu64,
		      w.prev_id, mid);
	else if (mid != w.prev_id || !w.link_known || memcmp(mlink, w.link, sizeof mlink) != 0)
		fault(&w, AGATE_AUDITDB_FAULT_HEAD, w.prev_id,
		      "the recorded chain head (row %" PRIu64 ") does not match it (meta table "
		      "edited, or the last row replaced)", mid);
out:
	sqlite3_finalize(st);
	sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}
