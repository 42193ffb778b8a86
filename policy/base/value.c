/* value.c - lookups and equality over value trees (see value.h). */
#include "policy/base/value.h"

#include <math.h>
#include <string.h>

const agate_value *agate_value_get(const agate_value *map, const char *key,
				   size_t key_len)
{
	if (!map || map->type != AGATE_MAP)
		return NULL;
	for (uint32_t i = 0; i < map->as.map.len; i++) {
		const agate_member *m = &map->as.map.items[i];
		if (m->key.len == key_len && memcmp(m->key.ptr, key, key_len) == 0)
			return &m->value;
	}
	return NULL;
}

static bool parse_index(const char *s, size_t n, uint32_t *out)
{
	if (n == 0 || n > 9)
		return false;
	uint32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (uint32_t)(s[i] - '0');
	}
	*out = v;
	return true;
}

const agate_value *agate_value_path(const agate_value *root, const char *path,
				    size_t path_len)
{
	const agate_value *cur = root;
	size_t i = 0;
	while (cur && i <= path_len) {
		if (path_len == 0)
			return cur;
		const char *seg = path + i;
		const char *dot = memchr(seg, '.', path_len - i);
		size_t seg_len = dot ? (size_t)(dot - seg) : path_len - i;
		if (cur->type == AGATE_MAP) {
			cur = agate_value_get(cur, seg, seg_len);
		} else if (cur->type == AGATE_ARRAY) {
			uint32_t idx;
			if (!parse_index(seg, seg_len, &idx) || idx >= cur->as.array.len)
				return NULL;
			cur = &cur->as.array.items[idx];
		} else {
			return NULL;
		}
		if (!dot)
			return cur;
		i += seg_len + 1;
	}
	return NULL;
}

static bool as_number(const agate_value *v, double *out)
{
	if (v->type == AGATE_INT) {
		*out = (double)v->as.integer;
		return true;
	}
	if (v->type == AGATE_FLOAT) {
		*out = v->as.real;
		return true;
	}
	return false;
}

bool agate_value_equal(const agate_value *a, const agate_value *b)
{
	if (!a || !b)
		return a == b;
	double x, y;
	if (as_number(a, &x) && as_number(b, &y)) {
		if (a->type == AGATE_INT && b->type == AGATE_INT)
			return a->as.integer == b->as.integer;
		return x == y;
	}
	if (a->type != b->type)
		return false;
	switch (a->type) {
	case AGATE_NIL:
		return true;
	case AGATE_BOOL:
		return a->as.boolean == b->as.boolean;
	case AGATE_STR:
	case AGATE_BIN:
		return a->as.str.len == b->as.str.len &&
		       (a->as.str.len == 0 ||
			memcmp(a->as.str.ptr, b->as.str.ptr, a->as.str.len) == 0);
	case AGATE_ARRAY:
		if (a->as.array.len != b->as.array.len)
			return false;
		for (uint32_t i = 0; i < a->as.array.len; i++)
			if (!agate_value_equal(&a->as.array.items[i], &b->as.array.items[i]))
				return false;
		return true;
	case AGATE_MAP:
		if (a->as.map.len != b->as.map.len)
			return false;
		for (uint32_t i = 0; i < a->as.map.len; i++) {
			const agate_member *m = &a->as.map.items[i];
			const agate_value *o = agate_value_get(b, m->key.ptr, m->key.len);
			if (!o || !agate_value_equal(&m->value, o))
				return false;
		}
		return true;
	default:
		return false;
	}
}

bool agate_str_eq(agate_str a, const char *b)
{
	size_t n = strlen(b);
	return a.len == n && (n == 0 || memcmp(a.ptr, b, n) == 0);
}
