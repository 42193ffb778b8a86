/* auditdb_report.c - reports computed over the audit rows: what the
 * shadow rules would have done (agatectl audit shadow-report). Read-only.
 */
#include "schema/auditdb_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT_MAX_RULES 10000 /* distinct names; more go to "(other)" */
#define REPORT_FLIP_IDS 10

typedef struct shadow_row {
	char *name;
	uint64_t matched, would_block, flips;
	uint64_t flip_ids[REPORT_FLIP_IDS];
	size_t nflip_ids;
} shadow_row;

typedef struct shadow_table {
	shadow_row *rows;
	size_t n, cap;
	shadow_row other;
} shadow_table;

static shadow_row *find_row(shadow_table *t, const char *name, size_t len)
{
	for (size_t i = 0; i < t->n; i++)
		if (strlen(t->rows[i].name) == len && memcmp(t->rows[i].name, name, len) == 0)
			return &t->rows[i];
	if (t->n >= REPORT_MAX_RULES)
		return &t->other;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		shadow_row *r = realloc(t->rows, cap * sizeof *r);
		if (!r)
			return NULL;
		t->rows = r;
		t->cap = cap;
	}
	shadow_row *r = &t->rows[t->n];
	memset(r, 0, sizeof *r);
	if (!(r->name = strndup(name, len)))
		return NULL;
	t->n++;
	return r;
}

/* one row's shadow column, "name:verdict,...", against its verdict */
static int count_row(shadow_table *t, const char *list, const char *verdict, uint64_t id)
{
	bool allowed = verdict && strcmp(verdict, "allow") == 0;

	for (const char *p = list; *p;) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		const char *colon = memrchr(p, ':', n);

		if (colon) {
			shadow_row *r = find_row(t, p, (size_t)(colon - p));
			bool block = (size_t)(p + n - colon - 1) == 5 && !strncmp(colon + 1, "block", 5);

			if (!r)
				return -ENOMEM;
			r->matched++;
			if (block) {
				r->would_block++;
				if (allowed) {
					r->flips++;
					if (r->nflip_ids < REPORT_FLIP_IDS)
						r->flip_ids[r->nflip_ids++] = id;
				}
			}
		}
		p += n + (end ? 1 : 0);
	}
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const shadow_row *)a)->name, ((const shadow_row *)b)->name);
}

static void json_str(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

static void print_row(FILE *out, const shadow_row *r, bool json)
{
	if (json) {
		fputs("{\"rule\":", out);
		json_str(out, r->name);
		fprintf(out, ",\"matched\":%" PRIu64 ",\"would_block\":%" PRIu64
			",\"flips\":%" PRIu64 ",\"flip_ids\":[", r->matched, r->would_block, r->flips);
		for (size_t i = 0; i < r->nflip_ids; i++)
			fprintf(out, "%s%" PRIu64, i ? "," : "", r->flip_ids[i]);
		fputs("]}\n", out);
		return;
	}
	fprintf(out, "%-32s %9" PRIu64 " %11" PRIu64 " %7" PRIu64 "  ", r->name, r->matched,
		r->would_block, r->flips);
	for (size_t i = 0; i < r->nflip_ids; i++)
		fprintf(out, "%s%" PRIu64, i ? "," : "", r->flip_ids[i]);
	if (r->flips > r->nflip_ids)
		fputs(",...", out);
	if (!r->nflip_ids)
		fputc('-', out);
	fputc('\n', out);
}

static int gather(agate_auditdb *a, const agate_auditdb_filter *f, shadow_table *t,
		  char *err, size_t errcap)
{
	char sql[512];
	size_t len;
	sqlite3_stmt *st = NULL;
	int rc, bi = 1;

	len = (size_t)snprintf(sql, sizeof sql, "SELECT id, shadow, verdict FROM verdicts "
			       "WHERE shadow IS NOT NULL AND op = 'check'");
#define ADD(cond) len += (size_t)snprintf(sql + len, sizeof sql - len, " AND " cond)
	if (f->agent) ADD("agent = ?");
	if (f->session) ADD("session = ?");
	if (f->tool) ADD("tool = ?");
	if (f->has_since) ADD("time_ms >= ?");
	if (f->has_until) ADD("time_ms < ?");
#undef ADD
	snprintf(sql + len, sizeof sql - len, " ORDER BY id");
	if ((rc = sqlite3_prepare_v2(a->db, sql, -1, &st, NULL)) != SQLITE_OK) {
		seterr(err, errcap, "%s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	if (f->agent) bind_text(st, bi++, f->agent);
	if (f->session) bind_text(st, bi++, f->session);
	if (f->tool) bind_text(st, bi++, f->tool);
	if (f->has_since) sqlite3_bind_int64(st, bi++, f->since_ms);
	if (f->has_until) sqlite3_bind_int64(st, bi++, f->until_ms);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *list = (const char *)sqlite3_column_text(st, 1);
		const char *verdict = (const char *)sqlite3_column_text(st, 2);

		if (list && count_row(t, list, verdict, (uint64_t)sqlite3_column_int64(st, 0)) < 0) {
			sqlite3_finalize(st);
			seterr(err, errcap, "out of memory");
			return -ENOMEM;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		seterr(err, errcap, "%s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	return 0;
}

int agate_auditdb_shadow_report(agate_auditdb *a, const agate_auditdb_filter *flt, bool json,
				FILE *out, size_t *nrules, char *err, size_t errcap)
{
	static const agate_auditdb_filter none;
	shadow_table t = { .other = { .name = "(other)" } };
	int rc = 0;

	if (nrules)
		*nrules = 0;
	if (a->version < 5)
		return 0; /* no shadow column: nothing matched that was recorded */
	if ((rc = gather(a, flt ? flt : &none, &t, err, errcap)) < 0)
		goto out;
	if (t.n > 1)
		qsort(t.rows, t.n, sizeof *t.rows, by_name);
	if (!json && (t.n || t.other.matched))
		fprintf(out, "%-32s %9s %11s %7s  %s\n", "SHADOW RULE", "MATCHED", "WOULD_BLOCK",
			"FLIPS", "FIRST FLIPPED AUDIT IDS");
	for (size_t i = 0; i < t.n; i++)
		print_row(out, &t.rows[i], json);
	if (t.other.matched)
		print_row(out, &t.other, json);
	if (nrules)
		*nrules = t.n + (t.other.matched ? 1 : 0);
	if (fflush(out) != 0 || ferror(out)) {
		seterr(err, errcap, "write: %s", strerror(errno));
		rc = -EPIPE;
	}
out:
	for (size_t i = 0; i < t.n; i++)
		free(t.rows[i].name);
	free(t.rows);
	return rc;
}
