/* common.h - what every benchmark program shares: a monotonic clock,
 * sample sets with percentiles over ALL samples, value builders for
 * synthetic actions, and the generator of large rule sets.
 *
 * Benchmarks print their figures as `name value` lines on stdout so that
 * bench/run can gather them without parsing prose.
 */
#ifndef AGATE_BENCH_COMMON_H
#define AGATE_BENCH_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

/* CLOCK_MONOTONIC in nanoseconds. */
uint64_t bench_now_ns(void);

/* A growable array of samples (nanoseconds). Bounded by cap, fixed at
 * creation, so a runaway loop cannot eat the machine's memory. */
typedef struct bench_samples {
	uint64_t *v;
	size_t n, cap;
} bench_samples;

int bench_samples_init(bench_samples *s, size_t cap); /* 0 or -ENOMEM */
void bench_samples_free(bench_samples *s);
/* false when full (the sample is dropped, the caller should stop) */
bool bench_samples_add(bench_samples *s, uint64_t ns);
/* Append every sample of src (as many as fit). */
void bench_samples_merge(bench_samples *dst, const bench_samples *src);
/* Sorts in place, then the p-th percentile (0..100) by nearest rank.
 * 0 when empty. */
uint64_t bench_samples_pct(bench_samples *s, double p);
uint64_t bench_samples_max(const bench_samples *s);

/* Tiny deterministic PRNG (xorshift64*), so every run sees the same mix. */
uint64_t bench_rand(uint64_t *state);

/* ---- value builders (everything lives in the arena) ------------------ */

agate_value *bench_map(agate_arena *a, size_t cap);
/* Members are appended in order; the map must have been made with room. */
void bench_put_str(agate_value *map, agate_arena *a, const char *key, const char *val);
void bench_put_int(agate_value *map, agate_arena *a, const char *key, int64_t val);
void bench_put_value(agate_value *map, agate_arena *a, const char *key, const agate_value *val);
agate_value *bench_str_list(agate_arena *a, const char *const *items, size_t n);
agate_str bench_str(agate_arena *a, const char *s);

/* ---- synthetic rule sets ---------------------------------------------- */

/* Name of generated tool k (e.g. "billing_refund_17"); buf >= 64. */
void bench_tool_name(char *buf, size_t cap, unsigned k);
/* How many distinct tool names a set of nrules rules is keyed on. */
unsigned bench_tool_count(unsigned nrules);

/* Write nrules generated rules into dir/generated.rules. Most rules are
 * keyed on exact tool names (several rules per tool, many tools), a few
 * on globs; checks mix string, list, path, numeric, regex and identity
 * conditions the way hand-written policies do. Without with_review the
 * rules that would hold a call for an operator say `reflect` instead, so
 * a load test measures the gate and not a human. Returns 0 or -errno. */
int bench_write_rules(const char *dir, unsigned nrules, bool with_review);

/* ---- a realistic mix of actions --------------------------------------- */

typedef struct bench_action_spec {
	const char *tool;
	const agate_value *args; /* map */
	const char *text;        /* may be NULL */
} bench_action_spec;

/* Fill out[0..n) with a deterministic mix of actions: shell commands,
 * file reads and writes, HTTP, SQL, payments, and calls of the generated
 * tools of a set of nrules rules (plus tools no rule names). */
void bench_make_actions(agate_arena *a, unsigned nrules, bench_action_spec *out,
			size_t n, uint64_t seed);

#endif
