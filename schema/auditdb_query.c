/* auditdb_query.c - what agatectl audit reads and trims: times in and
 * out, the query with its JSON Lines, CSV and table writers, and prune,
 * which replaces an old prefix of the chain by one checkpoint row.
 */
#include "schema/auditdb_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

	/* schema 5 adds shadow and rules_label, exported after hash */
	bool v5 = a->version >= 5;
	int ncols = v5 ? NCONTENT + 4 : NCONTENT + 2;
	if (f->shadow && !v5) {
		seterr(err, errcap, "query: this database is older than schema 5 and holds no shadow column");
		return -EINVAL;
	}
	len = (size_t)snprintf(sql, sizeof sql, "SELECT %s FROM verdicts WHERE id > ?",
			       v5 ? COLS_ALL : COLS);
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
	if (f->shadow) ADD("shadow IS NOT NULL");
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
		for (int i = 1; i < ncols; i++)
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
			for (int i = 1; i < ncols; i++) {
				fprintf(out, ",\"%s\":", col_names[i]);
				json_col(out, st, i);
			}
			fputs("}\n", out);
		} else {
			csv_col(out, st, 0);
			fprintf(out, ",%s", tb);
			for (int i = 1; i < ncols; i++) {
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
