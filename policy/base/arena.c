/* arena.c - bounded bump allocator (see arena.h). */
#include "policy/base/arena.h"

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
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

/* The conversions the sentences and traces use, written without stdio:
 * glibc's vsnprintf copies strings a byte at a time through its FILE
 * machinery, and the decision path formats a reason for every block.
 * Anything else (or a value this writer does not take on, such as a
 * non-finite or huge float) falls back to vsnprintf for the whole call. */
struct fmt_out {
	char *buf;  /* NULL while measuring */
	size_t len;
};

static void fmt_put(struct fmt_out *o, const char *s, size_t n)
{
	if (o->buf && n)
		memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void fmt_uint(struct fmt_out *o, unsigned long long v, unsigned min_digits)
{
	char tmp[24];
	size_t i = sizeof(tmp);
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v && i > 0);
	while (sizeof(tmp) - i < min_digits && i > 0)
		tmp[--i] = '0';
	fmt_put(o, tmp + i, sizeof(tmp) - i);
}

/* %.Nf with printf's rounding: the exact binary value is rounded to
 * nearest, ties to even. The product x * 10^N is rounded once; fma gives
 * its exact error, which settles a product that landed exactly on a half
 * (the only case where the rounded product can point the wrong way).
 * False when the value is not finite or too large to be exact. */
static bool fmt_fixed(struct fmt_out *o, double v, unsigned prec)
{
	static const double pow10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
	if (prec >= sizeof(pow10) / sizeof(pow10[0]) || !isfinite(v))
		return false;
	double x = fabs(v), s = pow10[prec];
	double prod = x * s;
	if (prod >= 4503599627370496.0) /* 2^52: halves no longer exact */
		return false;
	double err = fma(x, s, -prod);
	double fl = floor(prod), frac = prod - fl, scaled;
	if (frac > 0.5 || (frac == 0.5 && err > 0))
		scaled = fl + 1;
	else if (frac < 0.5 || err < 0)
		scaled = fl;
	else
		scaled = fmod(fl, 2.0) == 0 ? fl : fl + 1;
	unsigned long long n = (unsigned long long)scaled;
	unsigned long long unit = (unsigned long long)pow10[prec];
	if (signbit(v))
		fmt_put(o, "-", 1);
	fmt_uint(o, n / unit, 1);
	if (prec) {
		fmt_put(o, ".", 1);
		fmt_uint(o, n % unit, prec);
	}
	return true;
}

static bool fmt_run(struct fmt_out *o, const char *fmt, va_list ap)
{
	const char *p = fmt;
	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct) {
			fmt_put(o, p, strlen(p));
			break;
		}
		fmt_put(o, p, (size_t)(pct - p));
		p = pct + 1;
		if (*p == '%') {
			fmt_put(o, "%", 1);
			p++;
			continue;
		}
		if (p[0] == '.' && p[1] == '*' && p[2] == 's') {
			int n = va_arg(ap, int);
			const char *s = va_arg(ap, const char *);
			if (n < 0 || !s)
				return false;
			size_t k = strnlen(s, (size_t)n);
			fmt_put(o, s, k);
			p += 3;
			continue;
		}
		if (p[0] == '.' && p[1] >= '0' && p[1] <= '9' && p[2] == 'f') {
			if (!fmt_fixed(o, va_arg(ap, double), (unsigned)(p[1] - '0')))
				return false;
			p += 3;
			continue;
		}
		switch (*p) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				return false;
			fmt_put(o, s, strlen(s));
			break;
		}
		case 'c': {
			char c = (char)va_arg(ap, int);
			fmt_put(o, &c, 1);
			break;
		}
		case 'u':
			fmt_uint(o, va_arg(ap, unsigned), 1);
			break;
		case 'd': {
			int v = va_arg(ap, int);
			if (v < 0)
				fmt_put(o, "-", 1);
			fmt_uint(o, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, 1);
			break;
		}
		case 'z':
			if (p[1] != 'u')
				return false;
			fmt_uint(o, va_arg(ap, size_t), 1);
			p++;
			break;
		default:
			return false;
		}
		p++;
	}
	return true;
}

char *agate_arena_printf(agate_arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	struct fmt_out o = { NULL, 0 };

	va_start(ap, fmt);
	va_copy(ap2, ap);
	bool fast = fmt_run(&o, fmt, ap);
	va_end(ap);
	char *p = NULL;
	if (fast) {
		p = agate_arena_alloc(a, o.len + 1);
		if (p) {
			o.buf = p;
			o.len = 0;
			fmt_run(&o, fmt, ap2);
			p[o.len] = '\0';
		}
		va_end(ap2);
		return p;
	}
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return NULL;
	p = agate_arena_alloc(a, (size_t)n + 1);
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

size_t agate_arena_held(const agate_arena *a)
{
	size_t n = 0;
	for (const struct arena_block *b = a ? a->head : NULL; b; b = b->next)
		n += b->cap;
	return n;
}

size_t agate_arena_used(const agate_arena *a)
{
	return a ? a->used : 0;
}
