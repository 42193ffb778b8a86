/* arena.h - bounded bump allocator for everything one request needs.
 *
 * The decoder, the evaluator and the verdict's strings allocate here and
 * free nothing individually; the owner resets the arena after the reply is
 * sent. The byte limit is what bounds a hostile request's memory.
 */
#ifndef AGATE_POLICY_ARENA_H
#define AGATE_POLICY_ARENA_H

#include <stddef.h>

typedef struct agate_arena agate_arena;

/* New arena that will never hold more than limit bytes in all.
 * Returns NULL when out of memory. The caller owns it: agate_arena_free. */
agate_arena *agate_arena_new(size_t limit);
void agate_arena_free(agate_arena *a);

/* n bytes aligned for any type, or NULL when the limit would be passed or
 * malloc fails; the arena is unchanged on failure. */
void *agate_arena_alloc(agate_arena *a, size_t n);
void *agate_arena_zalloc(agate_arena *a, size_t n);
/* copy of s[0..n) plus a NUL, or NULL as above */
char *agate_arena_strndup(agate_arena *a, const char *s, size_t n);
/* printf into the arena; NULL on failure */
char *agate_arena_printf(agate_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Forget every allocation; keeps the first block for reuse. */
void agate_arena_reset(agate_arena *a);
/* bytes handed out since the last reset */
size_t agate_arena_used(const agate_arena *a);
/* bytes of memory the arena holds (its blocks), what a reset keeps */
size_t agate_arena_held(const agate_arena *a);

#endif
