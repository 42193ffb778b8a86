/* pgaudit_query.c - the local query's filters and formats, asked of the
 * central store across hosts (pgaudit.h). */
#include "schema/pgaudit.h"
#include "schema/pgaudit_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/json.h"

#define MAX_PARAMS 12
#define FETCH_ROWS "2000"

/* Columns as printed: host_id, then the local columns. */
static const char *const out_cols[PGA_NCOLS + 1] = {
	"host_id", "id", "kind", "time_ms", "op", "request_id", "agent", "session",
	"peer_uid", "peer_pid", "tool", "args_json", "verdict", "enforcement", "rule",
	"reason", "scores_json", "trace", "error", "generation", "ruleset_digest",
	"eval_ns", "prev_hash", "hash", "shadow", "rules_label",
};

static bool numeric_col(int c)
{
	/* id, time_ms, request_id, peer_uid, peer_pid, generation, eval_ns */
	return c == 1 || c == 3 || c == 5 || c == 8 || c == 9 || c == 19 || c == 21;
}

typedef struct sqlq {
	char sql[2048];
	size_t len;
	const char *params[MAX_PARAMS];
	char nums[MAX_PARAMS][24];
	int n;
} sqlq;

static void add(sqlq *q, const char *s)
{
	size_t n = strlen(s);

	if (q->len + n < sizeof q->sql) {
		memcpy(q->sql + q->len, s, n + 1);
		q->len += n;
	}
}

/* " AND column op $k" with value as the next parameter */
static void cond(sqlq *q, const char *expr, const char *value)
{
	char part[128];

	q->params[q->n] = value;
	q->n++;
	snprintf(part, sizeof part, " AND %s $%d", expr, q->n);
	add(q, part);
}

static void cond_num(sqlq *q, const char *expr, int64_t v)
{
	snprintf(q->nums[q->n], sizeof q->nums[q->n], "%" PRId64, v);
	cond(q, expr, q->nums[q->n]);
}

static void build(sqlq *q, const char *host, const agate_auditdb_filter *f)
{
	add(q, "DECLARE agate_q NO SCROLL CURSOR FOR SELECT host_id, " PGA_LOCAL_COLS
	    " FROM agate.verdicts WHERE true");
	if (host)
		cond(q, "host_id =", host);
	if (f && f->agent)
		cond(q, "agent =", f->agent);
	if (f && f->session)
		cond(q, "session =", f->session);
	if (f && f->tool)
		cond(q, "tool =", f->tool);
	if (f && f->verdict)
		cond(q, "verdict =", f->verdict);
	if (f && f->rule)
		cond(q, "rule =", f->rule);
	if (f && f->has_uid)
		cond_num(q, "peer_uid =", f->uid);
	if (f && f->has_since)
		cond_num(q, "time_ms >=", f->since_ms);
	if (f && f->has_until)
		cond_num(q, "time_ms <", f->until_ms);
	if (f && f->shadow)
		add(q, " AND shadow IS NOT NULL");
	if (f && f->after_id)
		cond_num(q, "id >", (int64_t)f->after_id);
	add(q, f && f->newest_first ? " ORDER BY time_ms DESC, host_id DESC, id DESC"
				    : " ORDER BY time_ms, host_id, id");
	if (f && f->limit) {
		char lim[40];

		snprintf(lim, sizeof lim, " LIMIT %" PRIu64, f->limit);
		add(q, lim);
	}
}

static void put_json_str(FILE *out, const char *s)
{
	char small[512];
	size_t n = strlen(s), need = agate_json_write_str(small, sizeof small, s, n);

	if (need < sizeof small) {
		fputs(small, out);
		return;
	}
	char *big = malloc(need + 1);
	if (!big) {
		fputs("null", out);
		return;
	}
	agate_json_write_str(big, need + 1, s, n);
	fputs(big, out);
	free(big);
}

static void put_csv(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void print_row(FILE *out, PGresult *r, int i, agate_auditdb_format fmt)
{
	char tb[32];

	agate_auditdb_format_time(strtoll(PQgetvalue(r, i, 3), NULL, 10), tb, sizeof tb);
	if (fmt == AGATE_AUDITDB_TABLE) {
		const int show[] = { 0, 1, 6, 7, 10, 12, 14, 1 + PGA_COL_SHADOW, 15 };

		fprintf(out, "%-24s", tb);
		for (size_t k = 0; k < sizeof show / sizeof show[0]; k++)
			fprintf(out, " %s", PQgetisnull(r, i, show[k]) ? "-" : PQgetvalue(r, i, show[k]));
		fputc('\n', out);
		return;
	}
	if (fmt == AGATE_AUDITDB_CSV) {
		for (int c = 0; c <= PGA_NCOLS; c++) {
			if (c)
				fputc(',', out);
			if (!PQgetisnull(r, i, c))
				numeric_col(c) ? fputs(PQgetvalue(r, i, c), out)
					       : put_csv(out, PQgetvalue(r, i, c));
		}
		fputc('\n', out);
		return;
	}
	fprintf(out, "{\"time\":\"%s\"", tb);
	for (int c = 0; c <= PGA_NCOLS; c++) {
		fprintf(out, ",\"%s\":", out_cols[c]);
		if (PQgetisnull(r, i, c))
			fputs("null", out);
		else if (numeric_col(c))
			fputs(PQgetvalue(r, i, c), out);
		else
			put_json_str(out, PQgetvalue(r, i, c));
	}
	fputs("}\n", out);
}

int agate_pgaudit_query(PGconn *pg, const char *host, const agate_auditdb_filter *f,
			agate_auditdb_format fmt, FILE *out, uint64_t *count,
			char *err, size_t errcap)
{
	sqlq q;
	PGresult *r;
	uint64_t n = 0;
	int rc;

	memset(&q, 0, sizeof q);
	build(&q, host, f);
	if ((rc = pga_exec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err, errcap)) < 0)
		return rc;
	if ((rc = pga_check_version(pg, err, errcap)) < 0)
		goto out;
	r = PQexecParams(pg, q.sql, q.n, NULL, q.params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		PQclear(r);
		pga_pq_err(pg, err, errcap, "query");
		rc = -EIO;
		goto out;
	}
	PQclear(r);
	if (fmt == AGATE_AUDITDB_TABLE)
		fprintf(out, "%-24s HOST ID AGENT SESSION TOOL VERDICT RULE SHADOW REASON\n", "TIME");
	else if (fmt == AGATE_AUDITDB_CSV)
		for (int c = 0; c <= PGA_NCOLS; c++)
			fprintf(out, "%s%s%s", c ? "," : "", out_cols[c], c == PGA_NCOLS ? "\n" : "");
	for (;;) {
		int rows;

		r = PQexec(pg, "FETCH " FETCH_ROWS " FROM agate_q");
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			PQclear(r);
			pga_pq_err(pg, err, errcap, "query");
			rc = -EIO;
			goto out;
		}
		rows = PQntuples(r);
		for (int i = 0; i < rows; i++)
			print_row(out, r, i, fmt);
		n += (uint64_t)rows;
		PQclear(r);
		if (rows == 0)
			break;
	}
	if (ferror(out)) {
		pga_err(err, errcap, "write error");
		rc = -EPIPE;
	}
out:
	PQclear(PQexec(pg, "COMMIT"));
	if (count)
		*count = n;
	return rc;
}
