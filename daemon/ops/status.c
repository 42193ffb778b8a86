/* status.c - the ops that only read: ping, and stats as a map or as
 * Prometheus text.
 */
#include "daemon/ops/ops_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/notify.h"
#include "daemon/bundle.h"
#include "daemon/sink_pg.h"
#include "schema/protocol.h"

/* ---- ping, stats ---------------------------------------------------- */

void agated_op_ping(agated_req *r, const agate_value *req)
{
	msgpack_packer pk;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "v", AGATE_PROTOCOL_VERSION);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(r->d->snap));
	agated_pk_kstr(&pk, "rules_label", agated_snapshot_label(r->d->snap));
	agated_pk_ki64(&pk, "time_ms", agated_wall_ms());
	agated_pk_ki64(&pk, "started_ms", r->d->start_ms);
	/* how long a held check may wait: clients size their reply timeout
	 * for a check by it (docs/clients.md) */
	agated_pk_ku64(&pk, "review_timeout_s", r->d->cfg->review_timeout_s);
	agated_reply_end(r, 8);
}

static void pack_hist(msgpack_packer *pk, const char *k, const agated_hist *h)
{
	agated_pk_key(pk, k);
	msgpack_pack_map(pk, 7);
	agated_pk_ku64(pk, "count", h->count);
	agated_pk_ku64(pk, "p50", agated_hist_percentile(h, 0.50));
	agated_pk_ku64(pk, "p90", agated_hist_percentile(h, 0.90));
	agated_pk_ku64(pk, "p99", agated_hist_percentile(h, 0.99));
	agated_pk_ku64(pk, "p999", agated_hist_percentile(h, 0.999));
	agated_pk_ku64(pk, "max", h->max);
	agated_pk_ku64(pk, "mean", h->count ? h->sum / h->count : 0);
}

/* a label value as Prometheus wants it: \ and " escaped, no newline */
static void put_label(FILE *f, const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fputc('\\', f);
		if (*p != '\n')
			fputc(*p, f);
	}
}

/* per shadow rule: matches, would-be blocks, flips of an allow */
static void put_shadow_prometheus(FILE *f, const agated_stats *st)
{
	static const char *const names[] = {
		"agate_shadow_matches_total", "agate_shadow_would_block_total",
		"agate_shadow_flips_total",
	};
	const char *name;
	agated_shadow_counts n;

	for (int m = 0; m < 3; m++) {
		size_t cursor = 0;

		fprintf(f, "# TYPE %s counter\n", names[m]);
		while (agated_stats_shadow_next(st, &cursor, &name, &n)) {
			fprintf(f, "%s{rule=\"", names[m]);
			put_label(f, name);
			fprintf(f, "\"} %llu\n", (unsigned long long)(m == 0 ? n.matched :
								      m == 1 ? n.would_block : n.flips));
		}
	}
}

/* The central audit sinks: how far each is behind the local log. */
static void prometheus_pgsinks(agated *d, FILE *f)
{
	static const char *const names[] = {
		"agate_ship_backlog_rows", "agate_ship_lag_seconds", "agate_ship_connected",
		"agate_ship_rows_total", "agate_ship_failures_total",
	};

	if (!d->npgsinks)
		return;
	for (size_t k = 0; k < 5; k++) {
		fprintf(f, "# TYPE %s %s\n", names[k], k < 3 ? "gauge" : "counter");
		for (size_t i = 0; i < d->npgsinks; i++) {
			agated_pgsink_stats st;
			double v[5];

			agated_pgsink_get_stats(d->pgsinks[i], &st);
			v[0] = (double)st.backlog;
			v[1] = (double)st.lag_ms / 1000.0;
			v[2] = st.connected;
			v[3] = (double)st.shipped;
			v[4] = (double)st.failures;
			fprintf(f, "%s{sink=\"%zu\"} %g\n", names[k], i, v[k]);
		}
	}
}

/* The shipping state in the stats map: one map per central sink. */
static void pack_pgsinks(agated *d, msgpack_packer *pk)
{
	agated_pk_key(pk, "shipping");
	msgpack_pack_array(pk, (uint32_t)d->npgsinks);
	for (size_t i = 0; i < d->npgsinks; i++) {
		agated_pgsink_stats st;

		agated_pgsink_get_stats(d->pgsinks[i], &st);
		msgpack_pack_map(pk, 12);
		agated_pk_kstr(pk, "target", st.target);
		agated_pk_kbool(pk, "connected", st.connected);
		agated_pk_ku64(pk, "cursor", st.cursor);
		agated_pk_ku64(pk, "local_head", st.local_head);
		agated_pk_ku64(pk, "backlog", st.backlog);
		agated_pk_ki64(pk, "lag_ms", st.lag_ms);
		agated_pk_ki64(pk, "last_delay_ms", st.last_delay_ms);
		agated_pk_ku64(pk, "shipped", st.shipped);
		agated_pk_ku64(pk, "inserted", st.inserted);
		agated_pk_ku64(pk, "batches", st.batches);
		agated_pk_ku64(pk, "failures", st.failures);
		agated_pk_kstr(pk, "last_error", st.last_error);
	}
}

/* The bundle in force and what the fetch thread saw (nil without one). */
static void pack_bundle(agated *d, msgpack_packer *pk)
{
	agated_bundle_stats st;

	agated_pk_key(pk, "bundle");
	if (!d->bundles) {
		msgpack_pack_nil(pk);
		return;
	}
	agated_bundles_get_stats(d->bundles, &st);
	msgpack_pack_map(pk, 9);
	agated_pk_ku64(pk, "revision", st.revision);
	agated_pk_kstr(pk, "digest", st.digest);
	agated_pk_ku64(pk, "fetches", st.fetches);
	agated_pk_ku64(pk, "not_modified", st.not_modified);
	agated_pk_ku64(pk, "applied", st.applied);
	agated_pk_ku64(pk, "refused", st.refused);
	agated_pk_ku64(pk, "fetch_errors", st.fetch_errors);
	agated_pk_ki64(pk, "last_fetch_ms", st.last_fetch_ms);
	agated_pk_kstr(pk, "last_error", st.last_error);
}

/* The same figures as Prometheus text exposition, for a scraper that a
 * tiny adapter (agatectl stats --prometheus, a textfile collector) feeds. */
static char *prometheus_text(agated *d, const agate_audit_stats *as)
{
	static const char *const vnames[] = { "allow", "block", "review" };
	static const double qs[] = { 0.5, 0.9, 0.99, 0.999 };
	char *buf = NULL;
	size_t len = 0, cursor = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *name;
	uint64_t n, posted, failed, dropped;

	if (!f)
		return NULL;
	fprintf(f, "# TYPE agate_uptime_seconds gauge\nagate_uptime_seconds %llu\n",
		(unsigned long long)((uv_hrtime() - d->start_hr) / 1000000000ull));
	fprintf(f, "# TYPE agate_generation gauge\nagate_generation %llu\n",
		(unsigned long long)agated_snapshot_generation(d->snap));
	fprintf(f, "# TYPE agate_rules gauge\nagate_rules %zu\n",
		agated_snapshot_rule_count(d->snap));
	fprintf(f, "# TYPE agate_checks_total counter\nagate_checks_total %llu\n",
		(unsigned long long)agated_stats_checks(d->stats));
	fprintf(f, "# TYPE agate_verdicts_total counter\n");
	for (int i = 0; i < 3; i++)
		fprintf(f, "agate_verdicts_total{verdict=\"%s\"} %llu\n", vnames[i],
			(unsigned long long)agated_stats_verdicts(d->stats, (agate_verdict_kind)i));
	fprintf(f, "# TYPE agate_errors_total counter\n");
	for (size_t i = 0; agated_stats_error_at(d->stats, i, &name, &n); i++)
		fprintf(f, "agate_errors_total{code=\"%s\"} %llu\n", name, (unsigned long long)n);
	fprintf(f, "# TYPE agate_rule_hits_total counter\n");
	while (agated_stats_rule_next(d->stats, &cursor, &name, &n)) {
		fputs("agate_rule_hits_total{rule=\"", f);
		for (const char *p = name; *p; p++) {
			if (*p == '"' || *p == '\\')
				fputc('\\', f);
			if (*p != '\n')
				fputc(*p, f);
		}
		fprintf(f, "\"} %llu\n", (unsigned long long)n);
	}
	put_shadow_prometheus(f, d->stats);
	for (int k = 0; k < 3; k++) {
		const agated_hist *h = k == 2 ? agated_stats_review_wait_hist(d->stats)
				       : k ? agated_stats_total_hist(d->stats)
					   : agated_stats_eval_hist(d->stats);
		const char *m = k == 2 ? "agate_review_wait_seconds"
				: k ? "agate_request_seconds" : "agate_eval_seconds";
		fprintf(f, "# TYPE %s summary\n", m);
		for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++)
			fprintf(f, "%s{quantile=\"%g\"} %.9f\n", m, qs[i],
				(double)agated_hist_percentile(h, qs[i]) / 1e9);
		fprintf(f, "%s_sum %.9f\n%s_count %llu\n", m, (double)h->sum / 1e9, m,
			(unsigned long long)h->count);
	}
	fprintf(f, "# TYPE agate_connections gauge\nagate_connections %zu\n", d->nconns);
	fprintf(f, "# TYPE agate_connection_memory_bytes gauge\n"
		"agate_connection_memory_bytes %zu\n", d->conn_mem);
	fprintf(f, "# TYPE agate_connections_reclaimed_total counter\n"
		"agate_connections_reclaimed_total %llu\n",
		(unsigned long long)d->conns_reclaimed);
	fprintf(f, "# TYPE agate_sessions gauge\nagate_sessions %zu\n",
		agated_sessions_count(d->sessions));
	fprintf(f, "# TYPE agate_sessions_refused_total counter\n"
		"agate_sessions_refused_total %llu\n",
		(unsigned long long)agated_sessions_refused(d->sessions));
	fprintf(f, "# TYPE agate_pending_reviews gauge\nagate_pending_reviews %zu\n",
		agated_reviews_count(d->reviews));
	agated_notify_counts(d->notify, &posted, &failed, &dropped);
	fprintf(f, "# TYPE agate_review_webhook_total counter\n"
		"agate_review_webhook_total{outcome=\"posted\"} %llu\n"
		"agate_review_webhook_total{outcome=\"failed\"} %llu\n"
		"agate_review_webhook_total{outcome=\"dropped\"} %llu\n",
		(unsigned long long)posted, (unsigned long long)failed,
		(unsigned long long)dropped);
	fprintf(f, "# TYPE agate_audit_queue_depth gauge\nagate_audit_queue_depth %zu\n",
		as->queue_depth);
	fprintf(f, "# TYPE agate_audit_failing gauge\nagate_audit_failing %d\n",
		as->failing ? 1 : 0);
	fprintf(f, "# TYPE agate_audit_written_total counter\nagate_audit_written_total %llu\n",
		(unsigned long long)as->written);
	if (as->have_db)
		fprintf(f, "# TYPE agate_audit_db_bytes gauge\nagate_audit_db_bytes %llu\n"
			"# TYPE agate_audit_db_free_bytes gauge\nagate_audit_db_free_bytes %llu\n",
			(unsigned long long)as->db_bytes, (unsigned long long)as->db_free_bytes);
	if (as->have_oldest)
		fprintf(f, "# TYPE agate_audit_oldest_row_timestamp_ms gauge\n"
			"agate_audit_oldest_row_timestamp_ms %lld\n", (long long)as->oldest_ms);
	fprintf(f, "# TYPE agate_audit_retention_pruned_total counter\n"
		"agate_audit_retention_pruned_total %llu\n"
		"# TYPE agate_audit_retention_steps_total counter\n"
		"agate_audit_retention_steps_total %llu\n",
		(unsigned long long)as->retention_pruned, (unsigned long long)as->retention_steps);
	prometheus_pgsinks(d, f);
	if (d->bundles) {
		agated_bundle_stats bs;

		agated_bundles_get_stats(d->bundles, &bs);
		fprintf(f, "# TYPE agate_bundle_revision gauge\nagate_bundle_revision %llu\n"
			"# TYPE agate_bundle_refused_total counter\nagate_bundle_refused_total %llu\n",
			(unsigned long long)bs.revision, (unsigned long long)bs.refused);
	}
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* "shadow": {rule: {matched, would_block, flips}} */
static void pack_shadow(msgpack_sbuffer *out, msgpack_packer *pk, const agated_stats *st)
{
	size_t off, cursor = 0;
	uint32_t n = 0;
	const char *name;
	agated_shadow_counts c;

	agated_pk_key(pk, "shadow");
	off = agated_pk_map_begin(out);
	while (agated_stats_shadow_next(st, &cursor, &name, &c)) {
		agated_pk_key(pk, name);
		msgpack_pack_map(pk, 3);
		agated_pk_ku64(pk, "matched", c.matched);
		agated_pk_ku64(pk, "would_block", c.would_block);
		agated_pk_ku64(pk, "flips", c.flips);
		n++;
	}
	agated_pk_map_end(out, off, n);
}

void agated_op_stats(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	msgpack_packer pk;
	agate_audit_stats as;
	size_t off, cursor = 0, i;
	uint32_t n = 0;
	const char *name;
	uint64_t cnt, posted, failed, dropped;
	const agate_value *fmt;

	memset(&as, 0, sizeof(as));
	if (d->audit)
		agate_audit_get_stats(d->audit, &as);
	fmt = agate_value_get(req, "format", 6);
	if (fmt && fmt->type == AGATE_STR && agate_str_eq(fmt->as.str, "prometheus")) {
		char *text = prometheus_text(d, &as);
		if (!text) {
			agated_reply_error(r, AGATE_ERR_INTERNAL, "out of memory");
			return;
		}
		agated_reply_begin(&r->out, &pk);
		agated_pk_ku64(&pk, "id", r->id);
		agated_pk_kbool(&pk, "ok", true);
		agated_pk_kstr(&pk, "text", text);
		free(text);
		agated_reply_end(r, 3);
		return;
	}
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "uptime_s", (uv_hrtime() - d->start_hr) / 1000000000ull);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(d->snap));
	agated_pk_kstr(&pk, "digest", agated_snapshot_digest(d->snap));
	agated_pk_kstr(&pk, "rules_label", agated_snapshot_label(d->snap));
	agated_pk_ku64(&pk, "rules", agated_snapshot_rule_count(d->snap));
	agated_pk_ku64(&pk, "checks", agated_stats_checks(d->stats));
	agated_pk_key(&pk, "verdicts");
	msgpack_pack_map(&pk, 3);
	agated_pk_ku64(&pk, "allow", agated_stats_verdicts(d->stats, AGATE_VERDICT_ALLOW));
	agated_pk_ku64(&pk, "block", agated_stats_verdicts(d->stats, AGATE_VERDICT_BLOCK));
	agated_pk_ku64(&pk, "review", agated_stats_verdicts(d->stats, AGATE_VERDICT_REVIEW));
	agated_pk_key(&pk, "errors");
	off = agated_pk_map_begin(&r->out);
	for (i = 0; agated_stats_error_at(d->stats, i, &name, &cnt); i++) {
		agated_pk_ku64(&pk, name, cnt);
		n++;
	}
	agated_pk_map_end(&r->out, off, n);
	agated_pk_key(&pk, "rule_hits");
	off = agated_pk_map_begin(&r->out);
	n = 0;
	while (agated_stats_rule_next(d->stats, &cursor, &name, &cnt)) {
		agated_pk_ku64(&pk, name, cnt);
		n++;
	}
	agated_pk_map_end(&r->out, off, n);
	pack_shadow(&r->out, &pk, d->stats);
	agated_pk_key(&pk, "latency_ns");
	msgpack_pack_map(&pk, 2);
	pack_hist(&pk, "eval", agated_stats_eval_hist(d->stats));
	pack_hist(&pk, "total", agated_stats_total_hist(d->stats));
	/* apart from latency_ns: an operator's seconds are not the daemon's */
	pack_hist(&pk, "review_wait_ns", agated_stats_review_wait_hist(d->stats));
	agated_notify_counts(d->notify, &posted, &failed, &dropped);
	agated_pk_key(&pk, "review_webhook");
	msgpack_pack_map(&pk, 4);
	agated_pk_kbool(&pk, "configured", d->notify != NULL);
	agated_pk_ku64(&pk, "posted", posted);
	agated_pk_ku64(&pk, "failed", failed);
	agated_pk_ku64(&pk, "dropped", dropped);
	agated_pk_ku64(&pk, "connections", d->nconns);
	agated_pk_ku64(&pk, "connections_total", d->conns_total);
	agated_pk_ku64(&pk, "connections_refused", d->conns_refused);
	agated_pk_ku64(&pk, "connections_reclaimed", d->conns_reclaimed);
	agated_pk_ku64(&pk, "connection_memory", d->conn_mem);
	agated_pk_ku64(&pk, "sessions", agated_sessions_count(d->sessions));
	agated_pk_ku64(&pk, "sessions_evicted", 0); /* nothing is evicted; kept for readers of old stats */
	agated_pk_ku64(&pk, "sessions_expired", agated_sessions_expired(d->sessions));
	agated_pk_ku64(&pk, "sessions_refused", agated_sessions_refused(d->sessions));
	agated_pk_ku64(&pk, "pending_reviews", agated_reviews_count(d->reviews));
	agated_pk_ku64(&pk, "reloads", d->reloads_ok);
	agated_pk_ku64(&pk, "reloads_failed", d->reloads_failed);
	agated_pk_key(&pk, "audit");
	msgpack_pack_map(&pk, 16);
	agated_pk_ku64(&pk, "queue_depth", as.queue_depth);
	agated_pk_ku64(&pk, "queue_max", as.queue_max);
	agated_pk_kbool(&pk, "failing", as.failing);
	agated_pk_kstr(&pk, "last_error", as.last_error);
	agated_pk_ku64(&pk, "submitted", as.submitted);
	agated_pk_ku64(&pk, "written", as.written);
	agated_pk_ku64(&pk, "failed", as.failed);
	agated_pk_ku64(&pk, "batches", as.batches);
	/* size and age as the writer last measured them (0 when unknown),
	 * and what retention did */
	agated_pk_ku64(&pk, "db_bytes", as.db_bytes);
	agated_pk_ku64(&pk, "db_free_bytes", as.db_free_bytes);
	agated_pk_ki64(&pk, "oldest_ms", as.have_oldest ? as.oldest_ms : 0);
	agated_pk_ku64(&pk, "retain_days", d->cfg->audit_retain_days);
	agated_pk_ku64(&pk, "max_size", d->cfg->audit_max_size);
	agated_pk_ku64(&pk, "retention_pruned", as.retention_pruned);
	agated_pk_ku64(&pk, "retention_steps", as.retention_steps);
	agated_pk_kstr(&pk, "retention_error", as.retention_error);
	agated_pk_kstr(&pk, "audit_mode",
		       d->cfg->audit_mode == AGATE_AUDIT_SYNC ? "sync" : "async");
	pack_pgsinks(d, &pk);
	pack_bundle(d, &pk);
	agated_reply_end(r, 31);
}
