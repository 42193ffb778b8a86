/* output.c - how agatectl prints verdicts, replies and metrics. */
#include "agatectl.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "client/json.h"
#include "policy/base/json.h"
#include "policy/base/text.h"
#include "schema/protocol.h"

void agatectl_err(const char *fmt, ...)
{
	va_list ap;
	fputs("agatectl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void agatectl_audit_err(const char *fmt, ...)
{
	va_list ap;
	fputs("agatectl audit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void agatectl_put_quoted(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", f);
		else if (*p == '\t')
			fputs("\\t", f);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\x%02x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

static void put_number(FILE *f, double d)
{
	if (!isfinite(d))
		fputs(isnan(d) ? "nan" : (d > 0 ? "+Inf" : "-Inf"), f);
	else if (d == floor(d) && fabs(d) < 1e15)
		fprintf(f, "%.0f", d);
	else
		fprintf(f, "%.6g", d);
}

void agatectl_put_scalar(FILE *f, const agate_value *v)
{
	if (!v) {
		fputs("-", f);
		return;
	}
	switch (v->type) {
	case AGATE_NIL:
		fputs("-", f);
		break;
	case AGATE_BOOL:
		fputs(v->as.boolean ? "true" : "false", f);
		break;
	case AGATE_INT:
		fprintf(f, "%" PRId64, v->as.integer);
		break;
	case AGATE_FLOAT:
		put_number(f, v->as.real);
		break;
	case AGATE_STR:
		fwrite(v->as.str.ptr, 1, v->as.str.len, f);
		break;
	default:
		agatectl_json_print(f, v, false);
		return;
	}
}

static bool is_scalar(const agate_value *v)
{
	return v->type != AGATE_MAP && v->type != AGATE_ARRAY;
}

static void indent_to(FILE *f, int n)
{
	for (int i = 0; i < n; i++)
		fputc(' ', f);
}

void agatectl_print_human(FILE *f, const agate_value *v, int indent)
{
	if (!v)
		return;
	if (v->type == AGATE_MAP) {
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			indent_to(f, indent);
			fwrite(m->key.ptr, 1, m->key.len, f);
			if (is_scalar(&m->value)) {
				fputs(": ", f);
				agatectl_put_scalar(f, &m->value);
				fputc('\n', f);
			} else if ((m->value.type == AGATE_ARRAY &&
				    m->value.as.array.len == 0) ||
				   (m->value.type == AGATE_MAP &&
				    m->value.as.map.len == 0)) {
				fputs(": (none)\n", f);
			} else {
				fputs(":\n", f);
				agatectl_print_human(f, &m->value, indent + 2);
			}
		}
	} else if (v->type == AGATE_ARRAY) {
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			const agate_value *it = &v->as.array.items[i];
			indent_to(f, indent);
			if (is_scalar(it)) {
				fputs("- ", f);
				agatectl_put_scalar(f, it);
				fputc('\n', f);
			} else if (it->type == AGATE_MAP) {
				/* one line per map: key=value pairs */
				fputs("-", f);
				for (uint32_t k = 0; k < it->as.map.len; k++) {
					const agate_member *m = &it->as.map.items[k];
					fputc(' ', f);
					fwrite(m->key.ptr, 1, m->key.len, f);
					fputc('=', f);
					if (m->value.type == AGATE_STR &&
					    (memchr(m->value.as.str.ptr, ' ', m->value.as.str.len) ||
					     m->value.as.str.len == 0))
						agatectl_put_quoted(f, m->value.as.str.ptr);
					else
						agatectl_put_scalar(f, &m->value);
				}
				fputc('\n', f);
			} else {
				fputs("-\n", f);
				agatectl_print_human(f, it, indent + 2);
			}
		}
	} else {
		indent_to(f, indent);
		agatectl_put_scalar(f, v);
		fputc('\n', f);
	}
}

/* ---- tables ------------------------------------------------------------- */

#define TABLE_COLS 16
#define CELL_MAX 48

static void cell_text(const agate_value *v, char *buf, size_t cap)
{
	if (!v || v->type == AGATE_NIL) {
		snprintf(buf, cap, "-");
		return;
	}
	switch (v->type) {
	case AGATE_BOOL:
		snprintf(buf, cap, "%s", v->as.boolean ? "yes" : "no");
		break;
	case AGATE_INT:
		snprintf(buf, cap, "%" PRId64, v->as.integer);
		break;
	case AGATE_FLOAT:
		snprintf(buf, cap, "%.3f", v->as.real);
		break;
	case AGATE_STR:
		snprintf(buf, cap, "%s", v->as.str.len ? v->as.str.ptr : "-");
		break;
	default: {
		char *j = NULL;
		size_t n = agate_json_write(NULL, 0, v);
		j = malloc(n + 1);
		if (j) {
			agate_json_write(j, n + 1, v);
			snprintf(buf, cap, "%s", j);
			free(j);
		} else {
			snprintf(buf, cap, "?");
		}
	}
	}
	/* one line per row: newlines and tabs become spaces */
	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\t' || *p == '\r')
			*p = ' ';
	if (strlen(buf) > CELL_MAX) {
		size_t at = rl_utf8_cut(buf, strlen(buf), CELL_MAX - 3);
		memcpy(buf + at, "...", 4);
	}
}

void agatectl_print_table(FILE *f, const agate_value *arr)
{
	agate_str cols[TABLE_COLS];
	int width[TABLE_COLS];
	size_t ncols = 0;
	char cell[CELL_MAX * 4 + 8];

	if (!arr || arr->type != AGATE_ARRAY)
		return;
	for (uint32_t r = 0; r < arr->as.array.len; r++) {
		const agate_value *row = &arr->as.array.items[r];
		if (row->type != AGATE_MAP)
			continue;
		for (uint32_t k = 0; k < row->as.map.len; k++) {
			agate_str key = row->as.map.items[k].key;
			size_t c;
			for (c = 0; c < ncols; c++)
				if (cols[c].len == key.len && !memcmp(cols[c].ptr, key.ptr, key.len))
					break;
			if (c == ncols && ncols < TABLE_COLS) {
				cols[ncols] = key;
				width[ncols] = (int)(key.len > CELL_MAX ? CELL_MAX : key.len);
				ncols++;
			}
		}
	}
	for (uint32_t r = 0; r < arr->as.array.len; r++) {
		const agate_value *row = &arr->as.array.items[r];
		for (size_t c = 0; c < ncols && row->type == AGATE_MAP; c++) {
			cell_text(agate_value_get(row, cols[c].ptr, cols[c].len), cell,
				  sizeof(cell));
			if ((int)strlen(cell) > width[c])
				width[c] = (int)strlen(cell);
		}
	}
	for (size_t c = 0; c < ncols; c++) {
		for (size_t i = 0; i < cols[c].len && i < CELL_MAX; i++)
			fputc(toupper((unsigned char)cols[c].ptr[i]), f);
		if (c + 1 < ncols)
			fprintf(f, "%*s", width[c] - (int)cols[c].len + 2, "");
	}
	fputc('\n', f);
	for (uint32_t r = 0; r < arr->as.array.len; r++) {
		const agate_value *row = &arr->as.array.items[r];
		if (row->type != AGATE_MAP) {
			agatectl_put_scalar(f, row);
			fputc('\n', f);
			continue;
		}
		for (size_t c = 0; c < ncols; c++) {
			cell_text(agate_value_get(row, cols[c].ptr, cols[c].len), cell,
				  sizeof(cell));
			if (c + 1 < ncols)
				fprintf(f, "%-*s  ", width[c], cell);
			else
				fputs(cell, f);
		}
		fputc('\n', f);
	}
}

static double num_of(const agate_value *v, bool *ok)
{
	*ok = true;
	if (v && v->type == AGATE_INT)
		return (double)v->as.integer;
	if (v && v->type == AGATE_FLOAT)
		return v->as.real;
	if (v && v->type == AGATE_BOOL)
		return v->as.boolean ? 1 : 0;
	*ok = false;
	return 0;
}

static const char *str_of(const agate_value *v)
{
	return v && v->type == AGATE_STR ? v->as.str.ptr : NULL;
}

static const agate_value *get(const agate_value *m, const char *k)
{
	return agate_value_get(m, k, strlen(k));
}

/* One drift vote as a sentence:
 *   drift 0.71 > 0.60 -> votes block: <why> */
static void print_vote(FILE *f, const agate_value *vote)
{
	bool ok_s, ok_t;
	const char *comp = str_of(get(vote, "component"));
	double score = num_of(get(vote, "score"), &ok_s);
	double thr = num_of(get(vote, "threshold"), &ok_t);
	const agate_value *b = get(vote, "block");
	bool block = b && b->type == AGATE_BOOL && b->as.boolean;
	const agate_value *ab = get(vote, "abstain");
	bool abstains = ab && ab->type == AGATE_BOOL && ab->as.boolean;
	const char *why = str_of(get(vote, "why"));

	fprintf(f, "    %-10s", comp ? comp : "?");
	if (ok_s)
		fprintf(f, " %.3f", score);
	if (ok_t)
		fprintf(f, " (threshold %.3f)", thr);
	fprintf(f, " -> %s", abstains ? "abstains" : block ? "votes BLOCK" : "votes allow");
	if (why && *why)
		fprintf(f, ": %s", why);
	fputc('\n', f);
}

static void print_scores(FILE *f, const agate_value *scores)
{
	const agate_value *votes = get(scores, "votes");
	bool any = false;

	fputs("drift:\n", f);
	for (uint32_t i = 0; i < scores->as.map.len; i++) {
		const agate_member *m = &scores->as.map.items[i];
		if (!is_scalar(&m->value))
			continue;
		fputs(any ? "  " : "    ", f);
		fwrite(m->key.ptr, 1, m->key.len, f);
		fputc('=', f);
		agatectl_put_scalar(f, &m->value);
		any = true;
	}
	if (any)
		fputc('\n', f);
	if (votes && votes->type == AGATE_ARRAY) {
		unsigned nblock = 0, nvoted = 0;
		for (uint32_t i = 0; i < votes->as.array.len; i++) {
			const agate_value *v = &votes->as.array.items[i];
			const agate_value *b = get(v, "block");
			const agate_value *ab = get(v, "abstain");
			if (v->type != AGATE_MAP)
				continue;
			print_vote(f, v);
			if (b && b->type == AGATE_BOOL && b->as.boolean)
				nblock++;
			if (!(ab && ab->type == AGATE_BOOL && ab->as.boolean))
				nvoted++;
		}
		const agate_value *veto = get(scores, "veto");
		fprintf(f, "    %u of %u voting components vote to block%s\n", nblock,
			nvoted,
			veto && veto->type == AGATE_BOOL && veto->as.boolean
				? ": the cascade vetoes this action"
				: "; no veto");
	}
	for (uint32_t i = 0; i < scores->as.map.len; i++) {
		const agate_member *m = &scores->as.map.items[i];
		if (is_scalar(&m->value) || agate_str_eq(m->key, "votes"))
			continue;
		fputs("    ", f);
		fwrite(m->key.ptr, 1, m->key.len, f);
		fputs(":\n", f);
		agatectl_print_human(f, &m->value, 6);
	}
}

static void print_block(FILE *f, const char *title, const char *text)
{
	fprintf(f, "%s:\n", title);
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		fputs("  ", f);
		fwrite(p, 1, n, f);
		fputc('\n', f);
		p += n;
		if (*p == '\n')
			p++;
	}
}

void agatectl_print_check(FILE *f, const agate_check_reply *r, bool explain)
{
	const char *v = r->verdict == AGATE_CHECK_ALLOW	 ? "ALLOW"
			: r->verdict == AGATE_CHECK_REVIEW ? "REVIEW"
							   : "BLOCK";
	fputs(v, f);
	if (r->error) {
		fprintf(f, "  error=%s  reason=", r->error);
		agatectl_put_quoted(f, r->message ? r->message : r->error);
		fputc('\n', f);
		return;
	}
	if (r->enforcement &&
	    strcmp(r->enforcement, agate_check_verdict_name(r->verdict)) != 0)
		fprintf(f, "  enforcement=%s", r->enforcement);
	if (r->rule)
		fprintf(f, "  rule=%s", r->rule);
	if (r->reason && *r->reason &&
	    (r->rule || r->verdict != AGATE_CHECK_ALLOW || explain)) {
		fputs("  reason=", f);
		agatectl_put_quoted(f, r->reason);
	}
	if (r->advice && *r->advice) {
		fputs("  advice=", f);
		agatectl_put_quoted(f, r->advice);
	}
	if (r->audit_id)
		fprintf(f, "  audit_id=%" PRIu64, r->audit_id);
	if (r->approval_id) /* an unheld review: the id `agatectl approve` takes */
		fprintf(f, "  approval_id=%" PRIu64, r->approval_id);
	/* the shadow rules that matched, each with the verdict it would
	 * have given: what enforcing them would change is visible here */
	const agate_value *sh = r->raw ? agate_value_get(r->raw, "shadow_matched", 14) : NULL;
	if (sh && sh->type == AGATE_STR && sh->as.str.len)
		fprintf(f, "  shadow=%.*s", (int)sh->as.str.len, sh->as.str.ptr);
	fputc('\n', f);
	if (!explain)
		return;
	if (r->eval_ns)
		fprintf(f, "eval: %.1f us\n", (double)r->eval_ns / 1000.0);
	if (r->trace && *r->trace)
		print_block(f, "trace", r->trace);
	if (r->scores)
		print_scores(f, r->scores);
}

agate_value *agatectl_map_set(agate_arena *a, const agate_value *map,
			      const char *key, agate_value v)
{
	uint32_t n = map && map->type == AGATE_MAP ? map->as.map.len : 0;
	agate_value *out = agate_arena_alloc(a, sizeof(*out));
	agate_member *items = agate_arena_alloc(a, (n + 1) * sizeof(*items));
	uint32_t k = 0;
	bool replaced = false;
	size_t klen = strlen(key);

	if (!out || !items)
		return NULL;
	for (uint32_t i = 0; i < n; i++) {
		items[k] = map->as.map.items[i];
		if (items[k].key.len == klen &&
		    memcmp(items[k].key.ptr, key, klen) == 0) {
			if (replaced)
				continue; /* drop later duplicates */
			items[k].value = v;
			replaced = true;
		}
		k++;
	}
	if (!replaced) {
		char *kc = agate_arena_strndup(a, key, klen);
		if (!kc)
			return NULL;
		items[k].key = (agate_str){ kc, klen };
		items[k].value = v;
		k++;
	}
	out->type = AGATE_MAP;
	out->as.map.items = items;
	out->as.map.len = k;
	return out;
}

int agatectl_report_failure(agatectl_opts *o, agate_client *c, int r,
			    const agate_value *reply)
{
	const char *code = agate_client_error(c);
	const char *msg = agate_client_message(c);

	if (!code || !*code)
		code = r == -ETIMEDOUT ? "timeout" : "unreachable";
	if (o->json) {
		if (reply) {
			agatectl_json_print(stdout, reply, true);
		} else {
			json_t *j = json_pack("{s:b, s:s, s:s}", "ok", 0, "error",
					      code, "message", msg ? msg : "");
			if (j) {
				json_dumpf(j, stdout, JSON_INDENT(2));
				fputc('\n', stdout);
				json_decref(j);
			}
		}
	}
	if (r == -EREMOTEIO)
		agatectl_err("the daemon refused the request: %s: %s", code, msg);
	else if (strcmp(code, "unreachable") == 0)
		agatectl_err("%s (is agated running? try --socket PATH)", msg);
	else
		agatectl_err("%s", msg && *msg ? msg : code);
	return AGATE_EXIT_ERROR;
}

/* ---- Prometheus ------------------------------------------------------- */

static void put_label_value(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"' || s[i] == '\\')
			fprintf(f, "\\%c", s[i]);
		else if (s[i] == '\n')
			fputs("\\n", f);
		else
			fputc(s[i], f);
	}
}

static void put_value(FILE *f, double d)
{
	if (isnan(d))
		fputs("NaN", f);
	else if (isinf(d))
		fputs(d > 0 ? "+Inf" : "-Inf", f);
	else if (d == floor(d) && fabs(d) < 9e15)
		fprintf(f, "%.0f", d);
	else
		fprintf(f, "%.9g", d);
}

static void prom_head(FILE *f, const char *metric, const char *type,
		      const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", metric, help, metric, type);
}

static void prom_sample(FILE *f, const char *metric, const char *labels,
			double d)
{
	fputs(metric, f);
	if (labels && *labels)
		fprintf(f, "{%s}", labels);
	fputc(' ', f);
	put_value(f, d);
	fputc('\n', f);
}

/* Scalars of the stats reply: key, metric, type, help. A key the daemon
 * adds later that is not here is still exported (as agate_<key>, a
 * gauge), so nothing is lost when the two drift apart. */
struct prom_scalar {
	const char *key, *metric, *type, *help;
};

static const struct prom_scalar prom_scalars[] = {
	{ "uptime_s", "agate_uptime_seconds", "gauge", "seconds since agated started" },
	{ "generation", "agate_ruleset_generation", "gauge", "generation of the rule set in use" },
	{ "rules", "agate_rules_loaded", "gauge", "rules in the rule set in use" },
	{ "checks", "agate_checks_decided_total", "counter", "checks decided" },
	{ "connections", "agate_connections", "gauge", "open client connections" },
	{ "connections_total", "agate_connections_total", "counter", "connections accepted" },
	{ "connections_refused", "agate_connections_refused_total", "counter", "connections refused at the limits" },
	{ "connections_reclaimed", "agate_connections_reclaimed_total", "counter", "idle connections closed to make room" },
	{ "connection_memory", "agate_connection_memory_bytes", "gauge", "bytes the connections hold: buffers, queued requests, unsent replies" },
	{ "sessions", "agate_sessions", "gauge", "live sessions" },
	{ "sessions_evicted", "agate_sessions_evicted_total", "counter", "sessions evicted at the limit" },
	{ "pending_reviews", "agate_pending_reviews", "gauge", "actions held for review" },
	{ "reloads", "agate_reloads_total", "counter", "successful reloads" },
	{ "reloads_failed", "agate_reloads_failed_total", "counter", "reloads refused for errors" },
	{ "audit.queue_depth", "agate_audit_queue_depth", "gauge", "audit records waiting for the writer" },
	{ "audit.queue_max", "agate_audit_queue_max", "gauge", "capacity of the audit queue" },
	{ "audit.failing", "agate_audit_failing", "gauge", "1 while the audit log cannot be written (the gate blocks)" },
	{ "audit.submitted", "agate_audit_submitted_total", "counter", "audit records submitted" },
	{ "audit.written", "agate_audit_written_total", "counter", "audit records committed" },
	{ "audit.failed", "agate_audit_failed_total", "counter", "audit records that could not be written" },
	{ "audit.batches", "agate_audit_batches_total", "counter", "audit transactions committed" },
	{ "audit.db_bytes", "agate_audit_db_bytes", "gauge", "size of the audit database file (pages x page size)" },
	{ "audit.db_free_bytes", "agate_audit_db_free_bytes", "gauge", "free pages in the audit database, reused before it grows" },
	{ "audit.oldest_ms", "agate_audit_oldest_row_timestamp_ms", "gauge", "time of the oldest audit row kept, Unix ms (0: none)" },
	{ "audit.retain_days", "agate_audit_retain_days", "gauge", "audit-retain-days (0: keep forever)" },
	{ "audit.max_size", "agate_audit_max_size_bytes", "gauge", "audit-max-size (0: no bound)" },
	{ "audit.retention_pruned", "agate_audit_retention_pruned_total", "counter", "audit rows removed by retention" },
	{ "audit.retention_steps", "agate_audit_retention_steps_total", "counter", "retention transactions that removed rows" },
};

/* Maps of counters whose keys become a label. */
struct prom_labelled {
	const char *key, *metric, *label, *help;
};

static const struct prom_labelled prom_maps[] = {
	{ "verdicts", "agate_checks_total", "verdict", "checks answered, by verdict" },
	{ "errors", "agate_errors_total", "error", "requests refused, by error code" },
	{ "rule_hits", "agate_rule_hits_total", "rule", "checks decided by each rule" },
};

static void prom_scalar_one(FILE *f, const char *path, const agate_value *v)
{
	bool ok;
	double d = num_of(v, &ok);
	if (!ok)
		return;
	for (size_t i = 0; i < sizeof(prom_scalars) / sizeof(prom_scalars[0]); i++) {
		if (strcmp(prom_scalars[i].key, path) == 0) {
			prom_head(f, prom_scalars[i].metric, prom_scalars[i].type,
				  prom_scalars[i].help);
			prom_sample(f, prom_scalars[i].metric, NULL, d);
			return;
		}
	}
	/* unknown: agate_<path with dots as underscores> */
	char name[160];
	size_t n = (size_t)snprintf(name, sizeof(name), "agate_%s", path);
	if (n >= sizeof(name))
		return;
	for (char *p = name; *p; p++)
		if (!isalnum((unsigned char)*p))
			*p = '_';
	fprintf(f, "# TYPE %s gauge\n", name);
	prom_sample(f, name, NULL, d);
}

/* quantile label from keys like "p50", "p99", "p999" */
static bool quantile_of(agate_str k, char *buf, size_t cap)
{
	if (k.len < 2 || k.len > 8 || k.ptr[0] != 'p')
		return false;
	for (size_t i = 1; i < k.len; i++)
		if (!isdigit((unsigned char)k.ptr[i]))
			return false;
	/* p50 -> 0.5, p99 -> 0.99, p999 -> 0.999 */
	snprintf(buf, cap, "0.%.*s", (int)(k.len - 1), k.ptr + 1);
	size_t len = strlen(buf);
	while (len > 3 && buf[len - 1] == '0')
		buf[--len] = '\0';
	return true;
}

static void prom_stage_label(FILE *f, agate_str stage)
{
	fputs("{stage=\"", f);
	put_label_value(f, stage.ptr, stage.len);
	fputc('"', f);
}

/* latency_ns: {stage: {count, p50, p90, ..., max, mean}} in ns. One
 * summary family (quantiles, _sum, _count), then max and mean as gauge
 * families of their own, so every family's lines stay together. */
static void prom_latency(FILE *f, const agate_value *lat)
{
	static const char metric[] = "agate_latency_seconds";
	static const char *const extra[] = { "max", "mean" };

	prom_head(f, metric, "summary",
		  "time per check: eval (policy only) and total (inside the daemon)");
	for (uint32_t i = 0; i < lat->as.map.len; i++) {
		const agate_member *stage = &lat->as.map.items[i];
		bool okc, okm;
		if (stage->value.type != AGATE_MAP)
			continue;
		for (uint32_t k = 0; k < stage->value.as.map.len; k++) {
			const agate_member *m = &stage->value.as.map.items[k];
			char q[32];
			bool ok;
			double d = num_of(&m->value, &ok);
			if (!ok || !quantile_of(m->key, q, sizeof(q)))
				continue;
			fputs(metric, f);
			prom_stage_label(f, stage->key);
			fprintf(f, ",quantile=\"%s\"} ", q);
			put_value(f, d * 1e-9);
			fputc('\n', f);
		}
		double count = num_of(agate_value_get(&stage->value, "count", 5), &okc);
		double mean = num_of(agate_value_get(&stage->value, "mean", 4), &okm);
		if (okc && okm) {
			/* the daemon reports the mean; the sum follows from it */
			fprintf(f, "%s_sum", metric);
			prom_stage_label(f, stage->key);
			fputs("} ", f);
			put_value(f, mean * count * 1e-9);
			fputc('\n', f);
		}
		if (okc) {
			fprintf(f, "%s_count", metric);
			prom_stage_label(f, stage->key);
			fputs("} ", f);
			put_value(f, count);
			fputc('\n', f);
		}
	}
	for (size_t e = 0; e < sizeof(extra) / sizeof(extra[0]); e++) {
		char name[64];
		snprintf(name, sizeof(name), "agate_latency_%s_seconds", extra[e]);
		prom_head(f, name, "gauge",
			  e == 0 ? "slowest check seen, by stage" : "mean time per check, by stage");
		for (uint32_t i = 0; i < lat->as.map.len; i++) {
			const agate_member *stage = &lat->as.map.items[i];
			bool ok;
			if (stage->value.type != AGATE_MAP)
				continue;
			double d = num_of(agate_value_get(&stage->value, extra[e],
							  strlen(extra[e])), &ok);
			if (!ok)
				continue;
			fputs(name, f);
			prom_stage_label(f, stage->key);
			fputs("} ", f);
			put_value(f, d * 1e-9);
			fputc('\n', f);
		}
	}
}

/* "shadow": {rule: {matched, would_block, flips}} as three counters
 * labelled by rule */
static void prom_shadow(FILE *f, const agate_value *sh)
{
	static const char *const keys[] = { "matched", "would_block", "flips" };
	static const char *const metrics[] = {
		"agate_shadow_matches_total", "agate_shadow_would_block_total",
		"agate_shadow_flips_total",
	};
	static const char *const helps[] = {
		"checks a mode shadow rule matched, by rule",
		"checks a mode shadow rule would have blocked, by rule",
		"allowed checks a mode shadow rule would have blocked, by rule",
	};

	for (size_t k = 0; k < 3; k++) {
		prom_head(f, metrics[k], "counter", helps[k]);
		for (uint32_t i = 0; i < sh->as.map.len; i++) {
			const agate_member *e = &sh->as.map.items[i];
			bool ok;
			double d = num_of(e->value.type == AGATE_MAP ?
					  agate_value_get(&e->value, keys[k], strlen(keys[k])) : NULL, &ok);
			if (!ok)
				continue;
			fprintf(f, "%s{rule=\"", metrics[k]);
			put_label_value(f, e->key.ptr, e->key.len);
			fputs("\"} ", f);
			put_value(f, d);
			fputc('\n', f);
		}
	}
}

static void prom_walk(FILE *f, const char *prefix, const agate_value *map)
{
	for (uint32_t i = 0; i < map->as.map.len; i++) {
		const agate_member *m = &map->as.map.items[i];
		char path[128];
		if (!*prefix && (agate_str_eq(m->key, "ok") || agate_str_eq(m->key, "id")))
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s%s%.*s", prefix,
				     *prefix ? "." : "", (int)m->key.len,
				     m->key.ptr) >= sizeof(path))
			continue;
		if (!*prefix && agate_str_eq(m->key, "latency_ns") &&
		    m->value.type == AGATE_MAP) {
			prom_latency(f, &m->value);
			continue;
		}
		if (!*prefix && agate_str_eq(m->key, "shadow") && m->value.type == AGATE_MAP) {
			prom_shadow(f, &m->value);
			continue;
		}
		if (!*prefix && agate_str_eq(m->key, "rules_label") &&
		    m->value.type == AGATE_STR) {
			prom_head(f, "agate_rules_label_info", "gauge",
				  "the operator's label of the rule set in use");
			fputs("agate_rules_label_info{label=\"", f);
			put_label_value(f, m->value.as.str.ptr, m->value.as.str.len);
			fputs("\"} 1\n", f);
			continue;
		}
		if (!*prefix && agate_str_eq(m->key, "digest") &&
		    m->value.type == AGATE_STR) {
			prom_head(f, "agate_ruleset_info", "gauge",
				  "the rule set in use, by digest");
			fputs("agate_ruleset_info{digest=\"", f);
			put_label_value(f, m->value.as.str.ptr, m->value.as.str.len);
			fputs("\"} 1\n", f);
			continue;
		}
		const struct prom_labelled *pl = NULL;
		for (size_t k = 0; !*prefix && k < sizeof(prom_maps) / sizeof(prom_maps[0]); k++)
			if (agate_str_eq(m->key, prom_maps[k].key))
				pl = &prom_maps[k];
		if (pl && m->value.type == AGATE_MAP) {
			prom_head(f, pl->metric, "counter", pl->help);
			for (uint32_t k = 0; k < m->value.as.map.len; k++) {
				const agate_member *e = &m->value.as.map.items[k];
				bool ok;
				double d = num_of(&e->value, &ok);
				if (!ok)
					continue;
				fprintf(f, "%s{%s=\"", pl->metric, pl->label);
				put_label_value(f, e->key.ptr, e->key.len);
				fputs("\"} ", f);
				put_value(f, d);
				fputc('\n', f);
			}
			continue;
		}
		if (m->value.type == AGATE_MAP) {
			prom_walk(f, path, &m->value);
			continue;
		}
		prom_scalar_one(f, path, &m->value);
	}
}

void agatectl_print_prometheus(FILE *f, const agate_value *stats)
{
	if (!stats || stats->type != AGATE_MAP)
		return;
	prom_head(f, "agate_up", "gauge", "1 when agated answered the stats request");
	prom_sample(f, "agate_up", NULL, 1);
	prom_walk(f, "", stats);
}
