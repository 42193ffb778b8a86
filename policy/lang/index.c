/* index.c - the trigger index: each rule's triggers lower-cased into
 * exact-name buckets and distinct glob patterns, the patterns grouped by
 * first byte with a bigram map, and the side-list rules merged into every
 * bucket whose name they match, so a known tool runs no glob at all.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

/* the rules of one tool name or one pattern, while they are gathered */
typedef struct tmp_bucket {
	char *name; /* lower-cased, in the pool */
	uint32_t len;
	uint32_t n, cap;
	uint32_t *ids;
	uint32_t last; /* last rule added + 1, to skip duplicates */
} tmp_bucket;

/* ---- trigger index --------------------------------------------------------- */

static char *lower_dup(rl_pool *p, const char *s, size_t n)
{
	char *d = rl_strndup(p, s, n);
	if (d)
		for (size_t i = 0; i < n; i++)
			if (d[i] >= 'A' && d[i] <= 'Z')
				d[i] = (char)(d[i] + 32);
	return d;
}

static bool add_exact(cst *c, trig_acc *acc, rl_rule *r, const char *s, size_t n,
		      rl_sbuf *names)
{
	char *low = lower_dup(c->rs->pool, s, n);
	if (!low) {
		c->b->oom = true;
		return false;
	}
	tmp_bucket *tb = rl_map_get(&acc->names, low, n);
	if (!tb) {
		tb = calloc(1, sizeof(*tb));
		if (!tb || rl_vec_push(&acc->buckets, tb) < 0 ||
		    rl_map_put(&acc->names, low, n, tb) < 0) {
			c->b->oom = true;
			return false;
		}
		tb->name = low;
		tb->len = (uint32_t)n;
	}
	if (tb->last == r->index + 1)
		return true;
	if (tb->n == tb->cap) {
		uint32_t nc = tb->cap ? tb->cap * 2 : 4;
		uint32_t *ni = realloc(tb->ids, nc * sizeof(*ni));
		if (!ni) {
			c->b->oom = true;
			return false;
		}
		tb->ids = ni;
		tb->cap = nc;
	}
	tb->ids[tb->n++] = r->index;
	tb->last = r->index + 1;
	r->nexact++;
	rl_sb_put(names, low, n);
	rl_sb_puts(names, ",");
	return true;
}

static bool add_glob(cst *c, rl_rule *r, const char *s, size_t n, rl_vec *globs)
{
	if (n == 1 && s[0] == '*') {
		r->any = true;
		return true;
	}
	char *low = lower_dup(c->rs->pool, s, n);
	if (!low || rl_vec_push(globs, low) < 0) {
		c->b->oom = true;
		return false;
	}
	return true;
}

static bool is_glob_text(const char *s, size_t n)
{
	return memchr(s, '*', n) || memchr(s, '?', n) || memchr(s, '[', n);
}

char *rule_triggers(cst *c, trig_acc *acc, rl_rule *r)
{
	rl_vec globs = { 0 };
	rl_sbuf names = { 0 };
	rl_sb_puts(&names, "");
	for (uint32_t i = 0; i < r->ntrigs; i++) {
		rl_trig *t = &r->trigs[i];
		switch (t->kind) {
		case TRIG_ANY:
			r->any = true;
			break;
		case TRIG_GLOB:
			add_glob(c, r, t->s, t->len, &globs);
			break;
		case TRIG_EXACT:
			add_exact(c, acc, r, t->s, t->len, &names);
			break;
		case TRIG_LIST: {
			rl_list *l = rl_map_get(&c->lists, t->s, t->len);
			if (!l) {
				if (!rl_follow_on(c->b, RL_DEF_LIST, t->s, t->len))
					rl_error(c->b, r->file, t->line, t->col, "unknown list @%s",
						 t->s);
				break;
			}
			l->used = true;
			for (uint32_t k = 0; k < l->value.as.array.len; k++) {
				const agate_value *e = &l->value.as.array.items[k];
				if (e->type != AGATE_STR) {
					rl_error(c->b, r->file, t->line, t->col,
						 "trigger list @%s holds a non-string element", t->s);
					break;
				}
				if (is_glob_text(e->as.str.ptr, e->as.str.len))
					add_glob(c, r, e->as.str.ptr, e->as.str.len, &globs);
				else
					add_exact(c, acc, r, e->as.str.ptr, e->as.str.len, &names);
			}
			break;
		}
		}
	}
	if (globs.len) {
		r->globs = rl_alloc(c->rs->pool, globs.len * sizeof(char *));
		r->glob_lens = rl_alloc(c->rs->pool, globs.len * sizeof(uint32_t));
		if (!r->globs || !r->glob_lens) {
			c->b->oom = true;
		} else {
			for (size_t i = 0; i < globs.len; i++) {
				r->globs[i] = globs.items[i];
				r->glob_lens[i] = (uint32_t)strlen(globs.items[i]);
			}
			r->nglobs = (uint32_t)globs.len;
		}
	}
	rl_vec_free(&globs);
	if (names.oom) {
		free(names.p);
		c->b->oom = true;
		return NULL;
	}
	return names.p;
}

static int cmp_id(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* The exact buckets, each holding its own rules and the side-list rules
 * whose patterns match its name (ascending, no duplicates). */
static void build_buckets(cst *c, trig_acc *acc)
{
	agate_ruleset *rs = c->rs;
	size_t nb = 8;
	while (nb < acc->buckets.len * 2)
		nb *= 2;
	rs->buckets = rl_alloc(rs->pool, nb * sizeof(rl_bucket));
	if (!rs->buckets) {
		c->b->oom = true;
		return;
	}
	rs->nbuckets = nb;
	for (size_t i = 0; i < acc->buckets.len; i++) {
		tmp_bucket *tb = acc->buckets.items[i];
		uint64_t h = rl_hash_lower(tb->name, tb->len);
		size_t j = h & (nb - 1);
		while (rs->buckets[j].hash)
			j = (j + 1) & (nb - 1);
		rl_bucket *bk = &rs->buckets[j];
		size_t total = tb->n;
		for (size_t q = 0; q < rs->npats; q++)
			if (rl_pat_match(&rs->pats[q], tb->name, tb->len))
				total += rs->pats[q].n;
		bk->hash = h;
		bk->name = tb->name;
		bk->len = tb->len;
		bk->nexact = tb->n;
		bk->ids = rl_alloc(rs->pool, total * sizeof(uint32_t));
		if (!bk->ids) {
			c->b->oom = true;
			return;
		}
		memcpy(bk->ids, tb->ids, tb->n * sizeof(uint32_t));
		size_t n = tb->n;
		for (size_t q = 0; q < rs->npats; q++) {
			if (!rl_pat_match(&rs->pats[q], tb->name, tb->len))
				continue;
			memcpy(bk->ids + n, rs->pats[q].ids, rs->pats[q].n * sizeof(uint32_t));
			n += rs->pats[q].n;
		}
		if (n != tb->n) {
			qsort(bk->ids, n, sizeof(uint32_t), cmp_id);
			size_t u = 0;
			for (size_t k = 0; k < n; k++)
				if (!u || bk->ids[u - 1] != bk->ids[k])
					bk->ids[u++] = bk->ids[k];
			n = u;
		}
		bk->n = (uint32_t)n;
	}
}

/* Each distinct glob of the side list (or `any`), with the rules that use
 * it, into pats; seen maps the pattern text to its bucket. */
static void gather_pats(cst *c, rl_map *seen, rl_vec *pats)
{
	agate_ruleset *rs = c->rs;
	for (size_t i = 0; i < rs->nrules && !c->b->oom; i++) {
		const rl_rule *r = rs->rules[i];
		if (r->any || r->nglobs)
			rs->nside_rules++;
		for (uint32_t k = 0; k < (r->any ? 1u : r->nglobs); k++) {
			const char *g = r->any ? "*" : r->globs[k];
			size_t len = r->any ? 1 : r->glob_lens[k];
			tmp_bucket *tb = rl_map_get(seen, g, len);
			if (!tb) {
				tb = calloc(1, sizeof(*tb));
				if (!tb || rl_vec_push(pats, tb) < 0 || rl_map_put(seen, g, len, tb) < 0) {
					free(tb);
					c->b->oom = true;
					break;
				}
				tb->name = (char *)g;
				tb->len = (uint32_t)len;
			}
			if (tb->last == i + 1)
				continue;
			if (tb->n == tb->cap) {
				uint32_t nc = tb->cap ? tb->cap * 2 : 4;
				uint32_t *ni = realloc(tb->ids, nc * sizeof(*ni));
				if (!ni) {
					c->b->oom = true;
					break;
				}
				tb->ids = ni;
				tb->cap = nc;
			}
			tb->ids[tb->n++] = (uint32_t)i;
			tb->last = (uint32_t)i + 1;
		}
	}
}

/* the group of a pattern: 0 without a literal first byte, else 1 + it */
static unsigned pat_group(const tmp_bucket *tb)
{
	const char *g = tb->name;
	uint32_t len = tb->len, pre = 0;
	while (pre < len && !strchr("*?[]\\", g[pre]))
		pre++;
	return pre ? 1u + (unsigned char)g[0] : 0u;
}

/* pt from the pattern and rules of tb: literal ends, shape, bigrams */
static bool fill_pat(cst *c, rl_pat *pt, const tmp_bucket *tb)
{
	const char *g = tb->name;
	uint32_t len = tb->len, pre = 0, suf = 0, stars = 0, other = 0;
	while (pre < len && !strchr("*?[]\\", g[pre]))
		pre++;
	while (suf < len - pre && !strchr("*?[]\\", g[len - 1 - suf]))
		suf++;
	for (uint32_t k = 0; k < len; k++) {
		if (g[k] == '*')
			stars++;
		else if (strchr("?[]\\", g[k]))
			other++;
	}
	pt->glob = g;
	pt->len = len;
	pt->pre_len = (uint16_t)(pre > UINT16_MAX ? UINT16_MAX : pre);
	pt->suf_len = (uint16_t)(suf > UINT16_MAX ? UINT16_MAX : suf);
	if (len == 1 && g[0] == '*')
		pt->kind = PAT_ANY;
	else if (stars == 1 && !other && pre == pt->pre_len && suf == pt->suf_len)
		pt->kind = PAT_PRESUF;
	else if (stars == 2 && !other && len >= 2 && g[0] == '*' && g[len - 1] == '*')
		pt->kind = PAT_SUBSTR;
	else
		pt->kind = PAT_GLOB;
	/* literal runs between '*' and '?' (patterns with classes
	 * or escapes get no bigram filter) */
	if (pt->kind != PAT_ANY && !strpbrk(g, "[]\\")) {
		uint32_t k = 0;
		while (k < len) {
			while (k < len && (g[k] == '*' || g[k] == '?'))
				k++;
			uint32_t st = k;
			while (k < len && g[k] != '*' && g[k] != '?')
				k++;
			rl_bigrams(g + st, k - st, pt->bigrams);
		}
	}
	pt->n = tb->n;
	pt->ids = rl_alloc(c->rs->pool, tb->n * sizeof(uint32_t));
	if (!pt->ids) {
		c->b->oom = true;
		return false;
	}
	memcpy(pt->ids, tb->ids, tb->n * sizeof(uint32_t));
	return true;
}

/* rs->pats from the gathered patterns, grouped by first byte */
static void place_pats(cst *c, const rl_vec *pats)
{
	agate_ruleset *rs = c->rs;
	if (pats->len && !c->b->oom)
		rs->pats = rl_alloc(rs->pool, pats->len * sizeof(rl_pat));
	if (pats->len && !rs->pats)
		c->b->oom = true;
	/* two passes: count per group, then place */
	uint32_t cnt[258] = { 0 };
	for (int pass = 0; pass < 2 && !c->b->oom; pass++) {
		for (size_t i = 0; i < pats->len; i++) {
			tmp_bucket *tb = pats->items[i];
			unsigned grp = pat_group(tb);
			if (pass == 0) {
				cnt[grp + 1]++;
				continue;
			}
			if (!fill_pat(c, &rs->pats[cnt[grp]++], tb))
				break;
		}
		if (pass == 0) {
			/* prefix sums: cnt[g] becomes where group g starts */
			for (int g = 1; g < 258; g++)
				cnt[g] += cnt[g - 1];
			memcpy(rs->pat_off, cnt, sizeof(cnt));
		}
	}
	rs->npats = c->b->oom ? 0 : pats->len;
}

/* the pattern's literal bigram that looks least common: its offset, or
 * -1 when it has none */
static int telling_bigram(const rl_pat *pt)
{
	int best = -1;
	unsigned bw = 0;
	for (uint32_t k = 0; k + 1 < pt->len; k++) {
		unsigned char a = (unsigned char)pt->glob[k];
		unsigned char b2 = (unsigned char)pt->glob[k + 1];
		if (strchr("*?[]\\", a) || strchr("*?[]\\", b2) || !a || !b2)
			continue;
		unsigned wgt = ((a >= 'a' && a <= 'z') ? 1u : 3u) +
			       ((b2 >= 'a' && b2 <= 'z') ? 1u : 3u);
		if (wgt > bw) {
			bw = wgt;
			best = (int)k;
		}
	}
	return best;
}

/* the bigram map of the patterns (see model.h) */
static void map_pats(cst *c)
{
	agate_ruleset *rs = c->rs;
	if (!rs->npats || rs->npats > 4096 || c->b->oom)
		return;
	size_t w = (rs->npats + 63) / 64;
	rs->pat_map = rl_alloc(rs->pool, 256 * w * sizeof(uint64_t));
	rs->pat_always = rl_alloc(rs->pool, w * sizeof(uint64_t));
	if (!rs->pat_map || !rs->pat_always) {
		c->b->oom = true;
		return;
	}
	rs->pat_words = w;
	for (size_t q = 0; q < rs->npats; q++) {
		const rl_pat *pt = &rs->pats[q];
		int best = telling_bigram(pt);
		bool has_bg = pt->bigrams[0] | pt->bigrams[1] | pt->bigrams[2] |
			      pt->bigrams[3];
		if (best < 0 || !has_bg) {
			rs->pat_always[q / 64] |= 1ull << (q % 64);
			continue;
		}
		unsigned h = ((unsigned char)pt->glob[best] * 31u +
			      (unsigned char)pt->glob[best + 1]) & 255u;
		rs->pat_map[h * w + q / 64] |= 1ull << (q % 64);
	}
}

static void free_buckets(rl_vec *v)
{
	for (size_t i = 0; i < v->len; i++) {
		tmp_bucket *tb = v->items[i];
		free(tb->ids);
		free(tb);
	}
	rl_vec_free(v);
}

void build_index(cst *c, trig_acc *acc)
{
	rl_map seen = { 0 };
	rl_vec pats = { 0 };
	gather_pats(c, &seen, &pats);
	place_pats(c, &pats);
	map_pats(c);
	free_buckets(&pats);
	rl_map_free(&seen);
	if (!c->b->oom)
		build_buckets(c, acc);
}

void trig_acc_free(trig_acc *acc)
{
	free_buckets(&acc->buckets);
	rl_map_free(&acc->names);
}
