/* pgaudit_verify.c - every host's chain walked in the central store: each
 * row's hash recomputed with the same canonical encoding as the host's
 * (agate_auditdb_hash_row), each link followed, and the end compared with
 * what the host reported. Unlike the local verify it goes on after a
 * fault, so that one run names every gap, forged or edited row of every
 * host (up to a cap per host).
 */
#include "schema/pgaudit.h"
#include "schema/pgaudit_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FETCH_ROWS "5000"
#define DEFAULT_MAX_FAULTS 20

static bool pga_unhex(const char *s, uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	if (!s || strlen(s) != AGATE_AUDITDB_HEX_LEN)
		return false;
	for (int i = 0; i < AGATE_AUDITDB_HASH_LEN; i++) {
		int v = 0;

		for (int k = 0; k < 2; k++) {
			char c = s[2 * i + k];

			if (c >= '0' && c <= '9')
				v = v * 16 + (c - '0');
			else if (c >= 'a' && c <= 'f')
				v = v * 16 + (c - 'a' + 10);
			else
				return false;
		}
		out[i] = (uint8_t)v;
	}
	return true;
}

/* The walk of one host. */
typedef struct walk {
	agate_pgaudit_host_result res;
	agate_pgaudit_fault_cb on_fault;
	void *ud;
	unsigned max_faults;
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	uint64_t prev_id;
	bool have_prev;
	/* the host's report */
	bool reported;
	char reported_hash[AGATE_AUDITDB_HEX_LEN + 1];
	bool reported_seen;         /* a row with the reported id and hash */
	uint64_t above_reported;    /* rows past the reported head */
} walk;

static void fault(walk *w, uint64_t id, agate_pgaudit_fault kind, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void fault(walk *w, uint64_t id, agate_pgaudit_fault kind, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	w->res.faults++;
	if (w->res.faults > w->max_faults || !w->on_fault)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	w->on_fault(w->ud, w->res.host, id, kind, msg);
}

static const char *col(PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? NULL : PQgetvalue(r, i, c);
}

static int64_t col_i64(PGresult *r, int i, int c)
{
	return PQgetisnull(r, i, c) ? 0 : strtoll(PQgetvalue(r, i, c), NULL, 10);
}

/* Row i of r (the local columns in order) as the writer built it. */
static void to_row(PGresult *r, int i, agate_auditdb_row *row)
{
	memset(row, 0, sizeof *row);
	row->id = (uint64_t)col_i64(r, i, 0);
	row->kind = col(r, i, 1);
	row->time_ms = col_i64(r, i, 2);
	row->op = col(r, i, 3);
	row->request_id = (uint64_t)col_i64(r, i, 4);
	row->agent = col(r, i, 5);
	row->session = col(r, i, 6);
	row->peer_uid = col_i64(r, i, 7);
	row->peer_pid = col_i64(r, i, 8);
	row->tool = col(r, i, 9);
	row->args_json = col(r, i, 10);
	row->verdict = col(r, i, 11);
	row->enforcement = col(r, i, 12);
	row->rule = col(r, i, 13);
	row->reason = col(r, i, 14);
	row->scores_json = col(r, i, 15);
	row->trace = col(r, i, 16);
	row->error = col(r, i, 17);
	row->generation = (uint64_t)col_i64(r, i, 18);
	row->ruleset_digest = col(r, i, 19);
	row->eval_ns = (uint64_t)col_i64(r, i, 20);
	/* set on either: encoding 2, exactly as the host hashed it */
	row->shadow = col(r, i, PGA_COL_SHADOW);
	row->rules_label = col(r, i, PGA_COL_LABEL);
}

static uint64_t json_num(const char *s, const char *key)
{
	const char *p = s ? strstr(s, key) : NULL;

	return p ? strtoull(p + strlen(key), NULL, 10) : 0;
}

/* The row links where the chain says it should, and its id follows (or
 * it is a gap row naming exactly the ids skipped). */
static void check_link(walk *w, const agate_auditdb_row *row, const uint8_t prev[32])
{
	uint64_t expect = w->have_prev ? w->prev_id + 1 : 1;
	bool gap = row->kind && !strcmp(row->kind, "gap");
	uint64_t gfirst = gap ? json_num(row->args_json, "\"first_id\":") : 0;
	uint64_t glast = gap ? json_num(row->args_json, "\"last_id\":") : 0;

	if (memcmp(prev, w->link, AGATE_AUDITDB_HASH_LEN) != 0) {
		if (row->id > expect)
			fault(w, expect, AGATE_PGAUDIT_MISSING,
			      "rows %" PRIu64 "..%" PRIu64 " missing: row %" PRIu64
			      " does not link to the row before it", expect,
			      gap && gfirst > expect ? gfirst - 1 : row->id - 1, row->id);
		else
			fault(w, row->id, AGATE_PGAUDIT_UNLINKED,
			      "row %" PRIu64 " does not link to row %" PRIu64
			      " (forged or reordered, or row %" PRIu64 " was replaced)",
			      row->id, w->prev_id, w->prev_id);
		return;
	}
	if (!gap && row->id == expect)
		return;
	if (gap && gfirst == expect && gfirst <= glast && glast + 1 == row->id) {
		w->res.gaps++;
		w->res.gap_ids += glast - gfirst + 1;
		return;
	}
	if (row->id > expect)
		fault(w, expect, AGATE_PGAUDIT_MISSING,
		      "rows %" PRIu64 "..%" PRIu64 " missing: the ids jump from %" PRIu64
		      " to %" PRIu64 " and no gap row explains it", expect, row->id - 1,
		      w->prev_id, row->id);
	else
		fault(w, row->id, AGATE_PGAUDIT_UNLINKED,
		      "row %" PRIu64 " is out of order after row %" PRIu64, row->id, w->prev_id);
}

static void step(walk *w, PGresult *r, int i)
{
	agate_auditdb_row row;
	uint8_t prev[AGATE_AUDITDB_HASH_LEN], hash[AGATE_AUDITDB_HASH_LEN], calc[AGATE_AUDITDB_HASH_LEN];
	const char *hash_hex = col(r, i, PGA_COL_HASH);
	bool checkpoint;

	to_row(r, i, &row);
	checkpoint = row.kind && !strcmp(row.kind, "checkpoint");
	if (w->have_prev && row.id == w->prev_id) {
		fault(w, row.id, AGATE_PGAUDIT_DUPLICATE,
		      "row %" PRIu64 " stored twice with different content: the host's log was "
		      "cut back and written again after it was shipped", row.id);
		return;
	}
	if (!pga_unhex(col(r, i, PGA_COL_PREV), prev) || !pga_unhex(hash_hex, hash)) {
		fault(w, row.id, AGATE_PGAUDIT_EDITED, "row %" PRIu64 " edited: its hash columns "
		      "are malformed", row.id);
		memset(hash, 0, sizeof hash);
		memcpy(prev, w->link, sizeof prev);
	} else {
		agate_auditdb_hash_row(prev, &row, calc);
		/* the column after the local ones: received before central
		 * schema 2, whose shipper dropped shadow and rules_label */
		bool before_v2 = !row.shadow && !row.rules_label &&
				 !strcmp(PQgetvalue(r, i, PGA_NCOLS), "t");

		if (memcmp(calc, hash, sizeof calc) != 0)
			fault(w, row.id, AGATE_PGAUDIT_EDITED, "row %" PRIu64 " edited: its content "
			      "does not match its hash%s", row.id, before_v2 ?
			      "; it was shipped before central schema 2, which dropped its shadow "
			      "and rules_label: ship it again from the host (docs/fleet.md)" : "");
	}
	if (checkpoint) {
		if (w->have_prev)
			fault(w, row.id, AGATE_PGAUDIT_MISSING, "rows up to %" PRIu64 " were pruned "
			      "on the host before they were shipped (a checkpoint inside the chain)",
			      row.id);
		memcpy(w->link, prev, sizeof prev); /* the next row links past it */
	} else {
		check_link(w, &row, prev);
		memcpy(w->link, hash, sizeof hash);
	}
	if (w->reported && row.id == w->res.reported_id && hash_hex &&
	    !strcmp(hash_hex, w->reported_hash))
		w->reported_seen = true;
	if (w->reported && row.id > w->res.reported_id)
		w->above_reported++;
	if (w->res.rows++ == 0)
		w->res.first_id = row.id;
	w->res.last_id = row.id;
	w->prev_id = row.id;
	w->have_prev = true;
}

static int load_report(PGconn *pg, walk *w, char *err, size_t errcap)
{
	const char *params[1] = { w->res.host };
	PGresult *r = PQexecParams(pg, "SELECT last_id, last_hash, local_head_id, regressions "
				   "FROM agate.hosts WHERE host_id = $1", 1, NULL, params, NULL,
				   NULL, 0);

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "agate.hosts");
		return -EIO;
	}
	if (PQntuples(r) == 1) {
		w->reported = true;
		w->res.reported_id = (uint64_t)col_i64(r, 0, 0);
		snprintf(w->reported_hash, sizeof w->reported_hash, "%s", PQgetvalue(r, 0, 1));
		w->res.local_head_id = (uint64_t)col_i64(r, 0, 2);
		w->res.regressions = (uint64_t)col_i64(r, 0, 3);
	}
	PQclear(r);
	return 0;
}

/* The end of the central chain against the host's report. */
static void compare_report(walk *w)
{
	if (!w->reported) {
		fault(w, w->res.last_id, AGATE_PGAUDIT_REPORT,
		      "rows stored for a host that never reported a shipment (inserted centrally)");
		return;
	}
	if (w->res.last_id < w->res.reported_id)
		fault(w, w->res.last_id + 1, AGATE_PGAUDIT_REPORT,
		      "rows %" PRIu64 "..%" PRIu64 " missing: the host reported shipping up to row %"
		      PRIu64, w->res.last_id + 1, w->res.reported_id, w->res.reported_id);
	else if (!w->reported_seen && w->res.reported_id > 0)
		fault(w, w->res.reported_id, AGATE_PGAUDIT_REPORT,
		      "row %" PRIu64 " differs from the row the host reported shipping "
		      "(hash %.16s...)", w->res.reported_id, w->reported_hash);
	if (w->above_reported)
		fault(w, w->res.reported_id + 1, AGATE_PGAUDIT_REPORT,
		      "%" PRIu64 " rows lie after the head the host reported (row %" PRIu64
		      "): not shipped by the host", w->above_reported, w->res.reported_id);
	if (w->res.regressions)
		fault(w, w->res.reported_id, AGATE_PGAUDIT_REPORT,
		      "the host's local log went back below what it had shipped (%" PRIu64
		      " times; now at row %" PRIu64 "): it was truncated or replaced",
		      w->res.regressions, w->res.local_head_id);
}

static int walk_host(PGconn *pg, walk *w, char *err, size_t errcap)
{
	const char *params[1] = { w->res.host };
	PGresult *r;
	int rc;

	if ((rc = load_report(pg, w, err, errcap)) < 0)
		return rc;
	r = PQexecParams(pg, "DECLARE agate_walk NO SCROLL CURSOR FOR SELECT " PGA_LOCAL_COLS
			 ", coalesce(received_at < (SELECT applied_at FROM agate.schema_version "
			 "WHERE version = 2), false) FROM agate.verdicts WHERE host_id = $1 "
			 "ORDER BY id, time_ms, hash", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "reading agate.verdicts");
		return -EIO;
	}
	PQclear(r);
	for (;;) {
		int n;

		r = PQexec(pg, "FETCH " FETCH_ROWS " FROM agate_walk");
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			PQclear(r);
			pga_pq_err(pg, err, errcap, "reading agate.verdicts");
			return -EIO;
		}
		n = PQntuples(r);
		for (int i = 0; i < n; i++)
			step(w, r, i);
		PQclear(r);
		if (n == 0)
			break;
	}
	compare_report(w);
	agate_auditdb_hex(w->link, w->res.head);
	return pga_exec(pg, "CLOSE agate_walk", err, errcap);
}

static PGresult *host_list(PGconn *pg, const char *host)
{
	const char *params[1] = { host };

	if (host)
		return PQexecParams(pg, "SELECT $1::text", 1, NULL, params, NULL, NULL, 0);
	/* hosts with rows but no report are walked too: they are a fault */
	return PQexec(pg, "SELECT host_id FROM agate.hosts UNION "
		      "SELECT DISTINCT host_id FROM agate.verdicts ORDER BY 1");
}

int agate_pgaudit_verify(PGconn *pg, const char *host, unsigned max_faults,
			 agate_pgaudit_fault_cb on_fault, agate_pgaudit_host_cb on_host,
			 void *ud, uint64_t *faults, char *err, size_t errcap)
{
	PGresult *hosts = NULL;
	int rc;

	*faults = 0;
	if (host && (!*host || strlen(host) > AGATE_PGAUDIT_HOST_MAX)) {
		pga_err(err, errcap, "--host: expected a host id of 1 to %d bytes",
			AGATE_PGAUDIT_HOST_MAX);
		return -EINVAL;
	}
	/* one snapshot: shipments committed meanwhile are not half seen */
	if ((rc = pga_exec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err, errcap)) < 0)
		return rc;
	/* an older schema has no shadow or rules_label: every row hashed
	 * with them would look edited */
	if ((rc = pga_check_version(pg, err, errcap)) < 0)
		goto out;
	hosts = host_list(pg, host);
	if (PQresultStatus(hosts) != PGRES_TUPLES_OK) {
		pga_pq_err(pg, err, errcap, "listing hosts (is this agate's central database?)");
		rc = -EIO;
		goto out;
	}
	for (int h = 0; h < PQntuples(hosts); h++) {
		walk w;

		memset(&w, 0, sizeof w);
		snprintf(w.res.host, sizeof w.res.host, "%s", PQgetvalue(hosts, h, 0));
		w.on_fault = on_fault;
		w.ud = ud;
		w.max_faults = max_faults ? max_faults : DEFAULT_MAX_FAULTS;
		if ((rc = walk_host(pg, &w, err, errcap)) < 0)
			goto out;
		*faults += w.res.faults;
		if (on_host)
			on_host(ud, &w.res);
	}
	rc = 0;
out:
	PQclear(hosts);
	PQclear(PQexec(pg, "COMMIT"));
	return rc;
}
