/* arena.c - bounded bump allocator (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16u
#define ARENA_MIN_BLOCK 4096u

struct arena_block {
	struct arena_block *next;
	size_t cap;  /* bytes of data[] */
	size_t used;
	_Alignas(16) unsigned char data[];
};

struct agate_arena {
	struct arena_block *head; /* block being filled; older ones follow */
	size_t limit;             /* bytes that may be handed out in all */
	size_t used;              /* bytes handed out since reset */
	size_t next_block;        /* size of the next block to allocate */
};

static size_t align_up(size_t n)
{
	return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

agate_arena *agate_arena_new(size_t limit)
{
	agate_arena *a = calloc(1, sizeof(*a));
	if (!a)
		return NULL;
	a->limit = limit;
	a->next_block = ARENA_MIN_BLOCK;
	return a;
}

void agate_arena_free(agate_arena *a)
{
	if (!a)
		return;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void *agate_arena_alloc(agate_arena *a, size_t n)
{
	if (!a)
		return NULL;
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX - ARENA_ALIGN)
		return NULL;
	size_t need = align_up(n);
	if (need > a->limit - a->used)
		return NULL;

	struct arena_block *b = a->head;
	if (!b || b->cap - b->used < need) {
		/* Blocks grow geometrically so a large request costs few mallocs,
		 * but never beyond what the limit still allows. */
		size_t cap = a->next_block > need ? a->next_block : need;
		if (cap > a->limit - a->used)
			cap = need;
		struct arena_block *nb = malloc(sizeof(*nb) + cap);
		if (!nb)
			return NULL;
		nb->cap = cap;
		nb->used = 0;
		nb->next = a->head;
		a->head = nb;
		b = nb;
		if (a->next_block < (1u << 20))
			a->next_block *= 2;
	}
	void *p = b->data + b->used;
	b->used += need;
	a->used += need;
	return p;
}

void *agate_arena_zalloc(agate_arena *a, size_t n)
{
	void *p = agate_arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

char *agate_arena_strndup(agate_arena *a, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *p = agate_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *agate_arena_printf(agate_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = agate_arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void agate_arena_reset(agate_arena *a)
{
	if (!a)
		return;
	/* Keep only the newest (largest) block: steady-state requests then
	 * never call malloc. */
	struct arena_block *keep = a->head;
	if (keep) {
		struct arena_block *b = keep->next;
		while (b) {
			struct arena_block *next = b->next;
			free(b);
			b = next;
		}
		keep->next = NULL;
		keep->used = 0;
	}
	a->used = 0;
}

size_t agate_arena_used(const agate_arena *a)
{
	return a ? a->used : 0;
}
