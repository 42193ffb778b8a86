/* agate_args.c - the builder of a check's arguments (agate.h, "building a
 * check's arguments"): a map or array grows in the arena by doubling, the
 * open containers are a small stack, and the first error sticks.
 */
#include "client/agate/agate.h"

#include <errno.h>
#include <string.h>

/* What agate_args_done hands back after a failure: not a map, so that
 * agate_client_check refuses it with a fail-closed block. */
static const agate_value args_failed = { .type = AGATE_NIL };

void agate_args_init(agate_args *a, agate_arena *arena)
{
	memset(a, 0, sizeof(*a));
	a->arena = arena;
	a->root.type = AGATE_MAP;
	a->open[0] = &a->root;
	a->depth = 1;
	if (!arena)
		a->err = -EINVAL;
}

static int fail(agate_args *a, int err)
{
	if (!a->err)
		a->err = err;
	return a->err;
}

/* Room for one more item in the innermost container: the items move to
 * a block twice the size when full (the old block stays in the arena
 * until it is reset; nothing points into it, as only the innermost
 * container grows while it is open). */
static int grow(agate_args *a, agate_value *box, uint32_t *cap)
{
	bool is_map = box->type == AGATE_MAP;
	uint32_t len = is_map ? box->as.map.len : box->as.array.len;
	size_t size = is_map ? sizeof(agate_member) : sizeof(agate_value);
	uint32_t want;
	void *items;

	if (len < *cap)
		return 0;
	if (*cap >= UINT32_MAX / 2)
		return fail(a, -ENOMEM);
	want = *cap ? *cap * 2 : 8;
	items = agate_arena_alloc(a->arena, (size_t)want * size);
	if (!items)
		return fail(a, -ENOMEM);
	if (len)
		memcpy(items, is_map ? (void *)box->as.map.items : (void *)box->as.array.items,
		       (size_t)len * size);
	if (is_map)
		box->as.map.items = items;
	else
		box->as.array.items = items;
	*cap = want;
	return 0;
}

/* The slot for the next value of the innermost container, its key set
 * (copied) in a map; NULL on error (a->err says which). */
static agate_value *next_slot(agate_args *a, const char *key)
{
	agate_value *box;
	uint32_t *cap;

	if (a->err)
		return NULL;
	box = a->open[a->depth - 1];
	cap = &a->cap[a->depth - 1];
	if ((box->type == AGATE_MAP) != (key != NULL)) {
		fail(a, -EINVAL); /* a map member needs a key; an array item has none */
		return NULL;
	}
	if (grow(a, box, cap) < 0)
		return NULL;
	if (box->type == AGATE_ARRAY) {
		agate_value *v = &box->as.array.items[box->as.array.len++];
		memset(v, 0, sizeof(*v));
		return v;
	}
	size_t klen = strlen(key);
	char *k = agate_arena_strndup(a->arena, key, klen);
	if (!k) {
		fail(a, -ENOMEM);
		return NULL;
	}
	agate_member *m = &box->as.map.items[box->as.map.len++];
	memset(m, 0, sizeof(*m));
	m->key = (agate_str){ k, klen };
	return &m->value;
}

int agate_args_strn(agate_args *a, const char *key, const char *value, size_t len)
{
	agate_value *v;
	char *copy;

	if (!value)
		return fail(a, -EINVAL);
	if (!(v = next_slot(a, key)))
		return a->err;
	if (!(copy = agate_arena_strndup(a->arena, value, len))) {
		v->type = AGATE_NIL;
		return fail(a, -ENOMEM);
	}
	v->type = AGATE_STR;
	v->as.str = (agate_str){ copy, len };
	return 0;
}

int agate_args_str(agate_args *a, const char *key, const char *value)
{
	if (!value)
		return fail(a, -EINVAL);
	return agate_args_strn(a, key, value, strlen(value));
}

int agate_args_int(agate_args *a, const char *key, int64_t value)
{
	agate_value *v = next_slot(a, key);

	if (!v)
		return a->err;
	v->type = AGATE_INT;
	v->as.integer = value;
	return 0;
}

int agate_args_double(agate_args *a, const char *key, double value)
{
	agate_value *v = next_slot(a, key);

	if (!v)
		return a->err;
	v->type = AGATE_FLOAT;
	v->as.real = value;
	return 0;
}

int agate_args_bool(agate_args *a, const char *key, bool value)
{
	agate_value *v = next_slot(a, key);

	if (!v)
		return a->err;
	v->type = AGATE_BOOL;
	v->as.boolean = value;
	return 0;
}

int agate_args_nil(agate_args *a, const char *key)
{
	agate_value *v = next_slot(a, key);

	if (!v)
		return a->err;
	v->type = AGATE_NIL;
	return 0;
}

static int open_box(agate_args *a, const char *key, agate_value_type type)
{
	agate_value *v;

	if (!a->err && a->depth >= AGATE_ARGS_DEPTH_MAX)
		return fail(a, -EINVAL);
	if (!(v = next_slot(a, key)))
		return a->err;
	v->type = type;
	a->open[a->depth] = v;
	a->cap[a->depth] = 0;
	a->depth++;
	return 0;
}

int agate_args_map(agate_args *a, const char *key)
{
	return open_box(a, key, AGATE_MAP);
}

int agate_args_array(agate_args *a, const char *key)
{
	return open_box(a, key, AGATE_ARRAY);
}

int agate_args_end(agate_args *a)
{
	if (a->err)
		return a->err;
	if (a->depth <= 1)
		return fail(a, -EINVAL); /* nothing open but the root */
	a->depth--;
	return 0;
}

const agate_value *agate_args_done(const agate_args *a)
{
	if (!a || a->err || a->depth != 1)
		return &args_failed;
	return &a->root;
}
