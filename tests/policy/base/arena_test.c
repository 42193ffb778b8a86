#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "policy/base/arena.h"

Test(arena, allocations_are_aligned_and_distinct)
{
	agate_arena *a = agate_arena_new(1 << 20);
	cr_assert_not_null(a);
	char *p = agate_arena_alloc(a, 3);
	char *q = agate_arena_alloc(a, 5);
	cr_assert_not_null(p);
	cr_assert_not_null(q);
	cr_assert_eq((uintptr_t)q % 16, 0);
	cr_assert(q >= p + 3);
	memset(p, 1, 3);
	memset(q, 2, 5);
	cr_assert_eq(p[2], 1);
	agate_arena_free(a);
}

Test(arena, limit_is_enforced_and_failure_changes_nothing)
{
	agate_arena *a = agate_arena_new(1000);
	cr_assert_not_null(agate_arena_alloc(a, 900));
	size_t used = agate_arena_used(a);
	cr_assert_null(agate_arena_alloc(a, 200));
	cr_assert_eq(agate_arena_used(a), used);
	cr_assert_null(agate_arena_alloc(a, SIZE_MAX));
	agate_arena_reset(a);
	cr_assert_eq(agate_arena_used(a), 0);
	cr_assert_not_null(agate_arena_alloc(a, 900));
	agate_arena_free(a);
}

Test(arena, large_requests_get_their_own_block)
{
	agate_arena *a = agate_arena_new(64u << 20);
	for (int i = 0; i < 100; i++) {
		char *p = agate_arena_alloc(a, 100000);
		cr_assert_not_null(p);
		memset(p, i, 100000);
	}
	cr_assert_geq(agate_arena_used(a), 100u * 100000u);
	agate_arena_reset(a);
	cr_assert_not_null(agate_arena_alloc(a, 10));
	agate_arena_free(a);
}

Test(arena, strndup_and_printf)
{
	agate_arena *a = agate_arena_new(4096);
	char *s = agate_arena_strndup(a, "hello world", 5);
	cr_assert_str_eq(s, "hello");
	char *f = agate_arena_printf(a, "%s-%d", "x", 42);
	cr_assert_str_eq(f, "x-42");
	cr_assert_null(agate_arena_printf(a, "%5000d", 1));
	agate_arena_free(a);
}

/* The arena's own formatter must write what snprintf writes, for every
 * conversion it takes on; the others fall back to snprintf itself. */
/* the formats are the table's literals; the helper only loops over them */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void same_as_snprintf_f(agate_arena *a, const char *fmt, double v)
{
	char want[512];
	snprintf(want, sizeof(want), fmt, v);
	char *got = agate_arena_printf(a, fmt, v);
	cr_assert_not_null(got);
	cr_assert_str_eq(got, want, "%s of %.17g", fmt, v);
}

Test(arena, fixed_point_matches_snprintf)
{
	agate_arena *a = agate_arena_new(64u << 20);
	static const char *const fmts[] = { "%.0f", "%.1f", "%.2f", "%.3f", "%.6f" };
	for (size_t f = 0; f < sizeof(fmts) / sizeof(fmts[0]); f++) {
		for (int k = -20000; k <= 20000; k++) {
			same_as_snprintf_f(a, fmts[f], k / 1000.0);
			same_as_snprintf_f(a, fmts[f], k / 8.0);     /* exact halves */
			same_as_snprintf_f(a, fmts[f], k * 0.005);   /* near halves */
		}
		agate_arena_reset(a);
	}
	static const double odd[] = { 0.0, -0.0, 0.615, 0.125, 2.5, 3.5, 1e15,
				      123456789.987654, 0.999999, -0.001, 1e300 };
	for (size_t i = 0; i < sizeof(odd) / sizeof(odd[0]); i++)
		for (size_t f = 0; f < sizeof(fmts) / sizeof(fmts[0]); f++)
			same_as_snprintf_f(a, fmts[f], odd[i]);
	agate_arena_free(a);
}

Test(arena, formatter_conversions_match_snprintf)
{
	agate_arena *a = agate_arena_new(1 << 20);
	char want[256];
	snprintf(want, sizeof(want), "%s|%.*s|%u|%d|%d|%zu|%c|100%%|%.2f",
		 "abc", 2, "xyz", 4000000000u, -17, 0, (size_t)123456789, 'q', 0.615);
	char *got = agate_arena_printf(a, "%s|%.*s|%u|%d|%d|%zu|%c|100%%|%.2f",
				       "abc", 2, "xyz", 4000000000u, -17, 0,
				       (size_t)123456789, 'q', 0.615);
	cr_assert_str_eq(got, want);
	/* a conversion the writer does not take on goes through snprintf */
	got = agate_arena_printf(a, "%5d|%x|%g", 42, 255u, 1.5);
	cr_assert_str_eq(got, "   42|ff|1.5");
	agate_arena_free(a);
}
