#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "policy/arena.h"

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
