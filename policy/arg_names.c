/* arg_names.c - two names of one map that the rules read as one (see
 * arg_names.h).
 */
#include "policy/arg_names.h"

#include "policy/base/json.h"
#include "policy/base/text.h"
#include "policy/lang/model.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Past this many members a map's names are sorted, not compared pairwise */
#define PAIRWISE_MAX 16u

typedef struct folded {
	char f[RL_PARAM_KEY_MAX];
	size_t n; /* 0: a name param() never reads */
} folded;

static void fold(const agate_member *m, folded *out)
{
	out->n = rl_fold_key(m->key.ptr, m->key.len, out->f);
	if (out->n > RL_PARAM_KEY_MAX)
		out->n = 0;
}

static bool same_fold(const folded *a, const folded *b)
{
	return a->n && a->n == b->n && memcmp(a->f, b->f, a->n) == 0;
}

static const char *named_twice(agate_arena *arena, const agate_member *a,
			       const agate_member *b)
{
	char x[256], y[256]; /* 40 bytes, each at worst a 6-byte escape */
	size_t cx = rl_utf8_cut(a->key.ptr, a->key.len, 40);
	size_t cy = rl_utf8_cut(b->key.ptr, b->key.len, 40);
	agate_json_write_str(x, sizeof x, a->key.ptr, cx);
	agate_json_write_str(y, sizeof y, b->key.ptr, cy);
	const char *s = agate_arena_printf(
		arena,
		"the arguments give one name twice, as %s%s and %s%s, with different values: "
		"which one the tool reads is not known",
		x, cx < a->key.len ? "..." : "", y, cy < b->key.len ? "..." : "");
	return s ? s : "the arguments give one name twice with different values";
}

/* the members of a large map, ordered by folded name (hash first) */
typedef struct entry {
	uint64_t hash;
	const agate_member *m;
} entry;

static int entry_cmp(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	folded fa, fb;
	fold(a->m, &fa);
	fold(b->m, &fb);
	size_t n = fa.n < fb.n ? fa.n : fb.n;
	int c = memcmp(fa.f, fb.f, n);
	if (c)
		return c;
	if (fa.n != fb.n)
		return fa.n < fb.n ? -1 : 1;
	/* keep the map's order among names that fold alike */
	return a->m < b->m ? -1 : a->m > b->m;
}

static const char *large_map(const agate_value *v, agate_arena *arena)
{
	uint32_t k = v->as.map.len;
	entry *e = agate_arena_alloc(arena, (size_t)k * sizeof(*e));
	if (!e)
		return "arguments too large for the memory of one decision";
	uint32_t n = 0;
	for (uint32_t i = 0; i < k; i++) {
		folded f;
		fold(&v->as.map.items[i], &f);
		if (f.n)
			e[n++] = (entry){ rl_hash(f.f, f.n), &v->as.map.items[i] };
	}
	qsort(e, n, sizeof(*e), entry_cmp);
	for (uint32_t i = 1; i < n; i++) {
		if (e[i].hash != e[i - 1].hash)
			continue;
		folded a, b;
		fold(e[i - 1].m, &a);
		fold(e[i].m, &b);
		/* equal values are transitive: a group that holds two
		 * different values has two neighbours that differ */
		if (same_fold(&a, &b) && !agate_value_equal(&e[i - 1].m->value, &e[i].m->value))
			return named_twice(arena, e[i - 1].m, e[i].m);
	}
	return NULL;
}

static const char *small_map(const agate_value *v, agate_arena *arena)
{
	folded f[PAIRWISE_MAX];
	uint32_t k = v->as.map.len;
	const agate_member *m = v->as.map.items;
	for (uint32_t i = 0; i < k; i++) {
		fold(&m[i], &f[i]);
		for (uint32_t j = 0; j < i; j++)
			if (same_fold(&f[j], &f[i]) && !agate_value_equal(&m[j].value, &m[i].value))
				return named_twice(arena, &m[j], &m[i]);
	}
	return NULL;
}

static const char *walk(const agate_value *v, agate_arena *arena, int depth)
{
	if (!v || depth > AGATE_ARGS_NAMES_DEPTH)
		return NULL;
	if (v->type == AGATE_MAP) {
		const char *why = v->as.map.len > PAIRWISE_MAX ? large_map(v, arena)
							       : small_map(v, arena);
		for (uint32_t i = 0; !why && i < v->as.map.len; i++)
			why = walk(&v->as.map.items[i].value, arena, depth + 1);
		return why;
	}
	if (v->type == AGATE_ARRAY) {
		const char *why = NULL;
		for (uint32_t i = 0; !why && i < v->as.array.len; i++)
			why = walk(&v->as.array.items[i], arena, depth + 1);
		return why;
	}
	return NULL;
}

const char *agate_args_named_twice(const agate_value *args, agate_arena *arena)
{
	return walk(args, arena, 0);
}
