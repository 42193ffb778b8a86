/* stats_test.c - daemon/stats.h: histogram buckets and percentiles,
 * counters, rule hits. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "daemon/stats.h"
#include "schema/protocol.h"

Test(stats, bucket_bounds_cover_every_value)
{
	/* each value lands in a bucket whose bound is >= it and within 25% */
	static const uint64_t probe[] = { 0, 1, 15, 16, 17, 31, 32, 100, 1000,
					  123456, 1ull << 40, UINT64_MAX };
	for (size_t i = 0; i < sizeof(probe) / sizeof(probe[0]); i++) {
		uint64_t v = probe[i];
		unsigned b = agated_hist_bucket(v);
		cr_assert_lt(b, AGATED_HIST_BUCKETS);
		cr_assert_geq(agated_hist_bucket_max(b), v, "v=%llu", (unsigned long long)v);
		if (b > 0)
			cr_assert_lt(agated_hist_bucket_max(b - 1), v);
		if (v >= 16)
			cr_assert_leq((double)agated_hist_bucket_max(b), (double)v * 1.25 + 1);
	}
	/* buckets are monotonic */
	for (unsigned i = 1; i < AGATED_HIST_BUCKETS; i++)
		cr_assert_gt(agated_hist_bucket_max(i), agated_hist_bucket_max(i - 1));
}

Test(stats, percentiles)
{
	agated_hist h;

	memset(&h, 0, sizeof(h));
	cr_assert_eq(agated_hist_percentile(&h, 0.5), 0);
	for (uint64_t i = 1; i <= 1000; i++)
		agated_hist_add(&h, i * 1000);
	cr_assert_eq(h.count, 1000);
	cr_assert_eq(h.max, 1000000);
	uint64_t p50 = agated_hist_percentile(&h, 0.5);
	uint64_t p99 = agated_hist_percentile(&h, 0.99);
	cr_assert_geq(p50, 500000);
	cr_assert_leq(p50, 625000);
	cr_assert_geq(p99, 990000);
	cr_assert_leq(p99, 1000000, "never above the largest value");
	cr_assert_eq(agated_hist_percentile(&h, 1.0), 1000000);
}

Test(stats, counters_and_rule_hits)
{
	agated_stats *st = agated_stats_new();
	size_t cursor = 0, seen = 0;
	const char *name;
	uint64_t n, total = 0;

	cr_assert_not_null(st);
	agated_stats_verdict(st, AGATE_VERDICT_ALLOW, NULL);
	agated_stats_verdict(st, AGATE_VERDICT_BLOCK, "no_rm");
	agated_stats_verdict(st, AGATE_VERDICT_BLOCK, "no_rm");
	agated_stats_verdict(st, AGATE_VERDICT_REVIEW, "pay");
	agated_stats_error(st, AGATE_ERR_BAD_REQUEST);
	agated_stats_error(st, AGATE_ERR_BAD_REQUEST);
	agated_stats_error(st, "made_up");
	cr_assert_eq(agated_stats_checks(st), 4);
	cr_assert_eq(agated_stats_verdicts(st, AGATE_VERDICT_BLOCK), 2);
	cr_assert_eq(agated_stats_verdicts(st, AGATE_VERDICT_ALLOW), 1);
	cr_assert_eq(agated_stats_errors(st, AGATE_ERR_BAD_REQUEST), 2);
	cr_assert_eq(agated_stats_errors(st, AGATE_ERR_TOO_LARGE), 0);
	cr_assert_eq(agated_stats_errors(st, "other"), 1);
	cr_assert_eq(agated_stats_rule_hits(st, "no_rm"), 2);
	cr_assert_eq(agated_stats_rule_hits(st, "pay"), 1);
	cr_assert_eq(agated_stats_rule_hits(st, "nope"), 0);
	while (agated_stats_rule_next(st, &cursor, &name, &n)) {
		seen++;
		total += n;
	}
	cr_assert_eq(seen, 2);
	cr_assert_eq(total, 3);
	agated_stats_free(st);
}

Test(stats, rule_table_is_bounded)
{
	agated_stats *st = agated_stats_new();
	char name[32];
	size_t cursor = 0, seen = 0;
	const char *r;
	uint64_t n, total = 0;

	for (int i = 0; i < 10000; i++) {
		snprintf(name, sizeof(name), "rule_%d", i);
		agated_stats_verdict(st, AGATE_VERDICT_BLOCK, name);
	}
	while (agated_stats_rule_next(st, &cursor, &r, &n)) {
		seen++;
		total += n;
	}
	cr_assert_lt(seen, 10000, "distinct names are capped");
	cr_assert_eq(total, 10000, "no hit is lost: the rest count as (other)");
	agated_stats_free(st);
}

/* The largest values land in the last buckets without wrapping, a
 * percentile never reports more than was seen, and the sum saturates
 * rather than wrap into a plausible mean. */
Test(stats, overflow_buckets_and_saturation)
{
	agated_hist h = { 0 };
	uint64_t big[] = { UINT64_MAX, UINT64_MAX - 1, (uint64_t)1 << 63, 6442450943ull };

	cr_assert_eq(agated_hist_bucket(UINT64_MAX), AGATED_HIST_BUCKETS - 1);
	cr_assert_eq(agated_hist_bucket_max(AGATED_HIST_BUCKETS - 1), UINT64_MAX);
	for (unsigned i = 17; i < AGATED_HIST_BUCKETS; i++)
		cr_assert_gt(agated_hist_bucket_max(i), agated_hist_bucket_max(i - 1),
			     "bucket %u grows", i);
	for (size_t i = 0; i < sizeof(big) / sizeof(big[0]); i++)
		agated_hist_add(&h, big[i]);
	cr_assert_eq(h.sum, UINT64_MAX, "the sum saturates");
	cr_assert_eq(h.max, UINT64_MAX);
	cr_assert_eq(agated_hist_percentile(&h, 0.0), 6442450943ull,
		     "the smallest value's bucket ends at it");
	cr_assert_leq(agated_hist_percentile(&h, 0.90), h.max);
	cr_assert_eq(agated_hist_percentile(&h, 1.0), UINT64_MAX);

	/* a small sample: p90 is a bucket bound never above the largest */
	agated_hist s = { 0 };
	for (uint64_t v = 100000; v < 100010; v++)
		agated_hist_add(&s, v);
	cr_assert_leq(agated_hist_percentile(&s, 0.90), 100009);
	cr_assert_geq(agated_hist_percentile(&s, 0.90), 100000);
}

/* Review waits have their own histogram: they never reach the latency
 * ones (a review of seconds would make p90 of a decision read seconds). */
Test(stats, review_wait_is_apart)
{
	agated_stats *st = agated_stats_new();

	agated_stats_total_ns(st, 50000);
	agated_stats_review_wait_ns(st, 6000000000ull);
	cr_assert_eq(agated_stats_total_hist(st)->count, 1);
	cr_assert_eq(agated_stats_total_hist(st)->max, 50000);
	cr_assert_eq(agated_stats_review_wait_hist(st)->count, 1);
	cr_assert_eq(agated_stats_review_wait_hist(st)->max, 6000000000ull);
	cr_assert_eq(agated_stats_eval_hist(st)->count, 0);
	agated_stats_free(st);
}

/* per shadow rule: matches, would-be blocks, and flips of an allow */
Test(stats, shadow_counts)
{
	agated_stats *st = agated_stats_new();
	agated_shadow_counts n;
	const char *name;
	size_t cursor = 0;
	int seen = 0;

	cr_assert_not_null(st);
	agated_stats_shadow(st, "a:block,b:allow", AGATE_VERDICT_ALLOW);
	agated_stats_shadow(st, "a:block", AGATE_VERDICT_BLOCK);
	agated_stats_shadow(st, NULL, AGATE_VERDICT_ALLOW);
	agated_stats_verdict(st, AGATE_VERDICT_BLOCK, "r");
	while (agated_stats_shadow_next(st, &cursor, &name, &n)) {
		seen++;
		if (!strcmp(name, "a")) {
			cr_assert_eq(n.matched, 2);
			cr_assert_eq(n.would_block, 2);
			cr_assert_eq(n.flips, 1);
		} else {
			cr_assert_str_eq(name, "b");
			cr_assert_eq(n.matched, 1);
			cr_assert_eq(n.would_block, 0);
			cr_assert_eq(n.flips, 0);
		}
	}
	cr_assert_eq(seen, 2, "the deciding rule r is no shadow rule");
	cursor = 0;
	cr_assert(agated_stats_rule_next(st, &cursor, &name, &(uint64_t){ 0 }));
	cr_assert_str_eq(name, "r", "shadow-only rules are not rule hits");
	cr_assert_not(agated_stats_rule_next(st, &cursor, &name, &(uint64_t){ 0 }));
	agated_stats_free(st);
}
