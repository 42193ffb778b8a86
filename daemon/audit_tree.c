/* audit_tree.c - deep copies of value trees for the audit writer. */
#include "daemon/audit_tree.h"

#include <stdint.h>
#include <string.h>

_Static_assert(sizeof(agate_value) % 8 == 0, "agate_value keeps 8-byte alignment");
_Static_assert(sizeof(agate_member) % 8 == 0, "agate_member keeps 8-byte alignment");

static bool add(size_t *to, size_t n)
{
	if (*to > SIZE_MAX - n)
		return false;
	*to += n;
	return true;
}

/* the children of v and their strings (v's own struct is the caller's) */
static bool size_in(const agate_value *v, size_t *nodes, size_t *bytes, unsigned depth)
{
	if (depth > AGATED_TREE_MAX_DEPTH)
		return false;
	switch (v->type) {
	case AGATE_STR:
	case AGATE_BIN:
		return add(bytes, v->as.str.len) && add(bytes, 1);
	case AGATE_ARRAY:
		if (!add(nodes, (size_t)v->as.array.len * sizeof(agate_value)))
			return false;
		for (uint32_t i = 0; i < v->as.array.len; i++)
			if (!size_in(&v->as.array.items[i], nodes, bytes, depth + 1))
				return false;
		return true;
	case AGATE_MAP:
		if (!add(nodes, (size_t)v->as.map.len * sizeof(agate_member)))
			return false;
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];

			if (!add(bytes, m->key.len) || !add(bytes, 1) ||
			    !size_in(&m->value, nodes, bytes, depth + 1))
				return false;
		}
		return true;
	default:
		return true;
	}
}

bool agated_tree_size(const agate_value *v, size_t *nodes, size_t *bytes)
{
	*nodes = sizeof(agate_value);
	*bytes = 0;
	return size_in(v, nodes, bytes, 0);
}

static agate_str copy_str(agate_str s, char **bytes)
{
	char *p = *bytes;

	if (s.len)
		memcpy(p, s.ptr, s.len);
	p[s.len] = '\0';
	*bytes += s.len + 1;
	return (agate_str){ p, s.len };
}

/* fill *to, a struct already placed, from v */
static void copy_in(agate_value *to, const agate_value *v, char **nodes, char **bytes)
{
	*to = *v;
	switch (v->type) {
	case AGATE_STR:
	case AGATE_BIN:
		to->as.str = copy_str(v->as.str, bytes);
		break;
	case AGATE_ARRAY:
		to->as.array.items = (agate_value *)(void *)*nodes;
		*nodes += (size_t)v->as.array.len * sizeof(agate_value);
		for (uint32_t i = 0; i < v->as.array.len; i++)
			copy_in(&to->as.array.items[i], &v->as.array.items[i], nodes, bytes);
		if (!v->as.array.len)
			to->as.array.items = NULL;
		break;
	case AGATE_MAP:
		to->as.map.items = (agate_member *)(void *)*nodes;
		*nodes += (size_t)v->as.map.len * sizeof(agate_member);
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			to->as.map.items[i].key = copy_str(v->as.map.items[i].key, bytes);
			copy_in(&to->as.map.items[i].value, &v->as.map.items[i].value, nodes,
				bytes);
		}
		if (!v->as.map.len)
			to->as.map.items = NULL;
		break;
	default:
		break;
	}
}

agate_value *agated_tree_copy(const agate_value *v, char **nodes, char **bytes)
{
	agate_value *root = (agate_value *)(void *)*nodes;

	*nodes += sizeof(agate_value);
	copy_in(root, v, nodes, bytes);
	return root;
}
