/* auditdb_query.c - what agatectl audit reads: times in and out, and the
 * query with its JSON Lines, CSV and table writers. Prune is in
 * auditdb_prune.c.
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

/* Extra columns after COLS, by format: the arguments shortened for the
 * table, the JSON values of args_json and scores_json for nested lines
 * (NULL where the text is not valid JSON). */
/* Every query selects the schema-5 columns, as NULL from an older
 * database, so that the extra columns sit at one index. */
#define COLS_V4_AS_V5 COLS ", NULL AS shadow, NULL AS rules_label"
#define COL_EXTRA (NCONTENT + 4)
#define TABLE_EXTRA \
	", CASE WHEN json_valid(args_json) AND json_type(args_json) = 'object' THEN " \
	"(SELECT group_concat(key || '=' || CASE type WHEN 'text' THEN json_quote(value) " \
	"WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN 'null' " \
	"ELSE value END, ' ') FROM json_each(verdicts.args_json)) ELSE args_json END"
#define NESTED_EXTRA \
	", CASE WHEN json_valid(args_json) THEN json(args_json) END" \
	", CASE WHEN json_valid(scores_json) THEN json(scores_json) END"

/* Widths of the table's columns; rule and generation are as wide as the
 * widest value among the rows printed, so that no rule name is cut. The
 * shadow matches too, up to SHADOW_WIDTH: a row can name many shadow
 * rules, and the arguments and the reason must stay on the screen (the
 * JSON forms have the whole text). Where no row printed has one, the
 * column is only as wide as its title. */
typedef struct table_widths {
	int rule, gen, shadow;
} table_widths;

#define ARGS_WIDTH 40
#define SHADOW_WIDTH 40

static void table_head(FILE *f, const table_widths *w)
{
	fprintf(f, "%-8s %-24s %-9s %-16s %-12s %-16s %-7s %-*s %-*s %-*s %-*s %s\n", "ID",
		"TIME", "OP", "AGENT", "SESSION", "TOOL", "VERDICT", w->rule, "RULE", w->gen, "GEN",
		w->shadow, "SHADOW", ARGS_WIDTH, "ARGS", "REASON");
}

static void table_row(FILE *f, sqlite3_stmt *st, const table_widths *w)
{
	char idb[24], tb[32], gb[24], kb[24];
	const unsigned char *kind = sqlite3_column_text(st, 1);

	snprintf(idb, sizeof idb, "%" PRIu64, (uint64_t)sqlite3_column_int64(st, 0));
	agate_auditdb_format_time(sqlite3_column_int64(st, 2), tb, sizeof tb);
	table_cell(f, (const unsigned char *)idb, 8, false);
	table_cell(f, (const unsigned char *)tb, 24, false);
	table_cell(f, sqlite3_column_text(st, 3), 9, false);
	if (kind && strcmp((const char *)kind, "verdict") != 0) {
		/* a checkpoint or gap row: its kind where the agent goes */
		snprintf(kb, sizeof kb, "(%.16s)", (const char *)kind);
		table_cell(f, (const unsigned char *)kb, 16, false);
	} else {
		table_cell(f, sqlite3_column_text(st, 5), 16, false);
	}
	table_cell(f, sqlite3_column_text(st, 6), 12, false);
	table_cell(f, sqlite3_column_text(st, 9), 16, false);
	table_cell(f, sqlite3_column_text(st, 11), 7, false);
	table_cell(f, sqlite3_column_text(st, 13), w->rule, false);
	if (sqlite3_column_type(st, 18) == SQLITE_NULL)
		snprintf(gb, sizeof gb, "-");
	else
		snprintf(gb, sizeof gb, "%" PRIu64, (uint64_t)sqlite3_column_int64(st, 18));
	table_cell(f, (const unsigned char *)gb, w->gen, false);
	table_cell(f, sqlite3_column_text(st, COL_SHADOW), w->shadow, false);
	table_cell(f, sqlite3_column_text(st, COL_EXTRA), ARGS_WIDTH, false);
	table_cell(f, sqlite3_column_text(st, sqlite3_column_text(st, 14) ? 14 : 17), 60, true);
	fputc('\n', f);
}

/* A column that holds JSON text: the value itself when it is valid JSON
 * (the extra column `valid` holds it minified) and valid UTF-8, else the
 * text as a string. */
static void json_value_col(FILE *f, sqlite3_stmt *st, int text_col, int valid)
{
	const unsigned char *v = sqlite3_column_text(st, valid);
	size_t n = (size_t)sqlite3_column_bytes(st, valid);
	size_t i = 0, l;

	while (v && i < n && (l = utf8_len(v + i, n - i)) > 0)
		i += l;
	if (v && i == n)
		fwrite(v, 1, n, f);
	else
		json_col(f, st, text_col);
}

static void jsonl_row(FILE *f, sqlite3_stmt *st, const char *tb, bool nested, int ncols)
{
	fputs("{\"id\":", f);
	json_col(f, st, 0);
	fprintf(f, ",\"time\":\"%s\"", tb);
	for (int i = 1; i < ncols; i++) {
		bool args = strcmp(col_names[i], "args_json") == 0;
		bool scores = strcmp(col_names[i], "scores_json") == 0;

		if (nested && (args || scores)) {
			fputs(args ? ",\"args\":" : ",\"scores\":", f);
			json_value_col(f, st, i, COL_EXTRA + (scores ? 1 : 0));
			continue;
		}
		fprintf(f, ",\"%s\":", col_names[i]);
		json_col(f, st, i);
	}
	fputs("}\n", f);
}

static void csv_row(FILE *f, sqlite3_stmt *st, const char *tb, int ncols)
{
	csv_col(f, st, 0);
	fprintf(f, ",%s", tb);
	for (int i = 1; i < ncols; i++) {
		fputc(',', f);
		csv_col(f, st, i);
	}
	fputs("\r\n", f);
}

/* " WHERE ... ORDER BY id ... LIMIT ?" for filter f. */
static void where_clause(const agate_auditdb_filter *f, char *sql, size_t cap)
{
	size_t len = (size_t)snprintf(sql, cap, " WHERE id > ?");

#define ADD(cond) len += (size_t)snprintf(sql + len, cap - len, " AND " cond)
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
	snprintf(sql + len, cap - len, " ORDER BY id %s LIMIT ?",
		 f->newest_first ? "DESC" : "ASC");
}

static void bind_filter(sqlite3_stmt *st, const agate_auditdb_filter *f)
{
	int bi = 1;

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
}

/* The table's rule, generation and shadow widths over the rows it will
 * print: the same filter, read once more (a table is for people, and
 * small). v5: the database has the shadow column. */
static int table_measure(agate_auditdb *a, const agate_auditdb_filter *f, const char *where,
			 bool v5, table_widths *w, char *err, size_t errcap)
{
	char sql[1200];
	sqlite3_stmt *st = NULL;
	int rc;

	w->rule = 4;
	w->gen = 3;
	w->shadow = 6;
	snprintf(sql, sizeof sql, "SELECT max(length(rule)), max(length(generation)), "
		 "max(length(shadow)) FROM (SELECT rule, generation, %s AS shadow FROM verdicts%s)",
		 v5 ? "shadow" : "NULL", where);
	rc = sqlite3_prepare_v2(a->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errcap, "query: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	bind_filter(st, f);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (sqlite3_column_int(st, 0) > w->rule)
			w->rule = sqlite3_column_int(st, 0);
		if (sqlite3_column_int(st, 1) > w->gen)
			w->gen = sqlite3_column_int(st, 1);
		if (sqlite3_column_int(st, 2) > w->shadow)
			w->shadow = sqlite3_column_int(st, 2) < SHADOW_WIDTH ?
				    sqlite3_column_int(st, 2) : SHADOW_WIDTH;
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		seterr(err, errcap, "query: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	return 0;
}

int agate_auditdb_query(agate_auditdb *a, const agate_auditdb_filter *flt,
			agate_auditdb_format fmt, FILE *out, uint64_t *count,
			uint64_t *max_id, char *err, size_t errcap)
{
	uint64_t top = 0;
	static const agate_auditdb_filter none;
	const agate_auditdb_filter *f = flt ? flt : &none;
	char where[1024], sql[2048];
	table_widths w = { 4, 3, 6 };
	sqlite3_stmt *st = NULL;
	uint64_t n = 0;
	int rc;
	bool v5 = a->version >= 5;
	int ncols = v5 ? NCONTENT + 4 : NCONTENT + 2;

	/* schema 5 adds shadow and rules_label, exported after hash */
	if (f->shadow && !v5) {
		seterr(err, errcap, "query: this database is older than schema 5 and holds no shadow column");
		return -EINVAL;
	}
	where_clause(f, where, sizeof where);
	snprintf(sql, sizeof sql, "SELECT %s%s FROM verdicts%s", v5 ? COLS_ALL : COLS_V4_AS_V5,
		 fmt == AGATE_AUDITDB_TABLE ? TABLE_EXTRA :
		 fmt == AGATE_AUDITDB_JSONL_NESTED ? NESTED_EXTRA : "", where);
	if (fmt == AGATE_AUDITDB_TABLE && (rc = table_measure(a, f, where, v5, &w, err, errcap)) < 0)
		return rc;
	rc = sqlite3_prepare_v2(a->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errcap, "query: %s", sqlite3_errmsg(a->db));
		return sql_errno(rc);
	}
	bind_filter(st, f);

	if (fmt == AGATE_AUDITDB_TABLE) {
		table_head(out, &w);
	} else if (fmt == AGATE_AUDITDB_CSV) {
		fputs("id,time", out);
		for (int i = 1; i < ncols; i++)
			fprintf(out, ",%s", col_names[i]);
		fputs("\r\n", out);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char tb[32];

		agate_auditdb_format_time(sqlite3_column_int64(st, 2), tb, sizeof tb);
		if (fmt == AGATE_AUDITDB_TABLE)
			table_row(out, st, &w);
		else if (fmt == AGATE_AUDITDB_JSONL || fmt == AGATE_AUDITDB_JSONL_NESTED)
			jsonl_row(out, st, tb, fmt == AGATE_AUDITDB_JSONL_NESTED, ncols);
		else
			csv_row(out, st, tb, ncols);
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
