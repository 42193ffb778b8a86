/* pool.c - the rule set's pool, and the vector and map of compile time
 * (see pool.h). No knowledge of rules: anything that builds a long-lived
 * structure of many small pieces can use them.
 */
#include "policy/base/pool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/text.h"

/* ---- pool ------------------------------------------------------------- */

struct pool_chunk {
	struct pool_chunk *next;
	size_t cap, used;
	_Alignas(16) unsigned char data[];
};

struct rl_pool {
	struct pool_chunk *head;
	size_t bytes;
};

#define POOL_CHUNK (64u << 10)

rl_pool *rl_pool_new(void)
{
	return calloc(1, sizeof(rl_pool));
}

void rl_pool_free(rl_pool *p)
{
	if (!p)
		return;
	struct pool_chunk *c = p->head;
	while (c) {
		struct pool_chunk *n = c->next;
		free(c);
		c = n;
	}
	free(p);
}

void *rl_alloc(rl_pool *p, size_t n)
{
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX / 2)
		return NULL;
	n = (n + 15) & ~(size_t)15;
	struct pool_chunk *c = p->head;
	if (!c || c->cap - c->used < n) {
		size_t cap = n > POOL_CHUNK / 4 ? n : POOL_CHUNK;
		struct pool_chunk *nc = malloc(sizeof(*nc) + cap);
		if (!nc)
			return NULL;
		nc->cap = cap;
		nc->used = 0;
		if (cap == n && c) {
			/* a big block goes behind the current one so the
			 * current one keeps serving small requests */
			nc->next = c->next;
			c->next = nc;
		} else {
			nc->next = c;
			p->head = nc;
		}
		p->bytes += sizeof(*nc) + cap;
		c = nc;
	}
	void *r = c->data + c->used;
	c->used += n;
	memset(r, 0, n);
	return r;
}

char *rl_strndup(rl_pool *p, const char *s, size_t n)
{
	char *d = rl_alloc(p, n + 1);
	if (!d)
		return NULL;
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

size_t rl_pool_bytes(const rl_pool *p)
{
	return p ? p->bytes : 0;
}

/* ---- vec, map ----------------------------------------------------------- */

int rl_vec_push(rl_vec *v, void *item)
{
	if (v->len == v->cap) {
		size_t nc = v->cap ? v->cap * 2 : 8;
		void **ni = realloc(v->items, nc * sizeof(*ni));
		if (!ni)
			return -ENOMEM;
		v->items = ni;
		v->cap = nc;
	}
	v->items[v->len++] = item;
	return 0;
}

void rl_vec_free(rl_vec *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

struct rl_map_slot {
	const char *key;
	size_t len;
	uint64_t hash;
	void *val;
};

void *rl_map_get(const rl_map *m, const char *key, size_t len)
{
	if (!m->cap)
		return NULL;
	uint64_t h = rl_hash(key, len);
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		struct rl_map_slot *s = &m->slots[i];
		if (!s->key)
			return NULL;
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
			return s->val;
	}
}

int rl_map_put(rl_map *m, const char *key, size_t len, void *val)
{
	if ((m->len + 1) * 2 > m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 16;
		struct rl_map_slot *ns = calloc(nc, sizeof(*ns));
		if (!ns)
			return -ENOMEM;
		for (size_t i = 0; i < m->cap; i++) {
			struct rl_map_slot *s = &m->slots[i];
			if (!s->key)
				continue;
			size_t j = s->hash & (nc - 1);
			while (ns[j].key)
				j = (j + 1) & (nc - 1);
			ns[j] = *s;
		}
		free(m->slots);
		m->slots = ns;
		m->cap = nc;
	}
	uint64_t h = rl_hash(key, len);
	size_t i = h & (m->cap - 1);
	while (m->slots[i].key) {
		struct rl_map_slot *s = &m->slots[i];
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) {
			s->val = val;
			return 0;
		}
		i = (i + 1) & (m->cap - 1);
	}
	m->slots[i] = (struct rl_map_slot){ key, len, h, val };
	m->len++;
	return 0;
}

void rl_map_free(rl_map *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->len = 0;
}
