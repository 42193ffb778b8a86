/* stats.h - counters and latency histograms for the `stats` op.
 *
 * Touched only on the loop thread. Latencies go into fixed-bucket log
 * histograms (4 buckets per power of two, 256 in all), so recording is
 * O(1), memory is fixed, and a percentile is exact to within 25%.
 */
#ifndef AGATE_DAEMON_STATS_H
#define AGATE_DAEMON_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"

#define AGATED_HIST_BUCKETS 256

typedef struct agated_hist {
	uint64_t buckets[AGATED_HIST_BUCKETS];
	uint64_t count;
	uint64_t max;
	uint64_t sum;
} agated_hist;

void agated_hist_add(agated_hist *h, uint64_t v);
/* Smallest bucket upper bound below which a fraction p (0..1) of the
 * values fall; 0 when empty; never more than the largest value seen. */
uint64_t agated_hist_percentile(const agated_hist *h, double p);
/* bucket of v and the largest value that bucket holds (exposed for tests) */
unsigned agated_hist_bucket(uint64_t v);
uint64_t agated_hist_bucket_max(unsigned i);

typedef struct agated_stats agated_stats;

agated_stats *agated_stats_new(void); /* NULL on ENOMEM */
void agated_stats_free(agated_stats *st);

/* One decided check: its verdict and the deciding rule (NULL: none). */
void agated_stats_verdict(agated_stats *st, agate_verdict_kind v, const char *rule);
/* One refused request, by error code (protocol.h names). */
void agated_stats_error(agated_stats *st, const char *code);
void agated_stats_eval_ns(agated_stats *st, uint64_t ns);
void agated_stats_total_ns(agated_stats *st, uint64_t ns);
/* How long a held call waited for its review to end (approve, deny,
 * timeout, caller gone): kept apart from the latencies above, which it
 * would swamp (seconds against microseconds). */
void agated_stats_review_wait_ns(agated_stats *st, uint64_t ns);

uint64_t agated_stats_checks(const agated_stats *st);
uint64_t agated_stats_verdicts(const agated_stats *st, agate_verdict_kind v);
uint64_t agated_stats_errors(const agated_stats *st, const char *code);
/* error codes seen, i from 0 while it returns true */
bool agated_stats_error_at(const agated_stats *st, size_t i, const char **code,
			   uint64_t *n);
uint64_t agated_stats_rule_hits(const agated_stats *st, const char *rule);
/* Rules hit, in no particular order: start with *cursor = 0 and call
 * while it returns true. */
bool agated_stats_rule_next(const agated_stats *st, size_t *cursor,
			    const char **rule, uint64_t *n);
/* The shadow rules that matched one check ("name:verdict,..." as
 * agate_rules_result.shadow_matched; NULL: none) and the verdict that was
 * enforced: per rule, matches, would-be blocks, and flips (enforced
 * allow, the shadow rule says block). */
void agated_stats_shadow(agated_stats *st, const char *shadow_matched,
			 agate_verdict_kind enforced);
typedef struct agated_shadow_counts {
	uint64_t matched, would_block, flips;
} agated_shadow_counts;
/* Shadow rules seen, as agated_stats_rule_next. */
bool agated_stats_shadow_next(const agated_stats *st, size_t *cursor,
			      const char **rule, agated_shadow_counts *n);
const agated_hist *agated_stats_eval_hist(const agated_stats *st);
const agated_hist *agated_stats_total_hist(const agated_stats *st);
const agated_hist *agated_stats_review_wait_hist(const agated_stats *st);

#endif
