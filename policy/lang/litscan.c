/* litscan.c - one pass over a subject for every regex literal of a rule
 * set (see rl_litscan in model.h).
 *
 * Each regex keeps the literals one of which every match contains
 * (regex.c, re_literals). Testing them one regex at a time costs a scan of
 * the subject per regex: on a shell script of a kilobyte asked about by
 * fifty regexes, most of a check. Here the distinct literals (lower-cased)
 * become one Aho-Corasick automaton, built at load as a dense table over
 * byte classes, so that a subject is read once and the answer for every
 * literal is one bit. The bits say "this lower-cased literal occurs in the
 * lower-cased subject": exactly the prefilter's test for a caseless
 * regex; for a case-sensitive one a set bit is confirmed by a search of
 * the literal as written (eval_int.h, re_may_match_bits), so the answers
 * are those of the literal-by-literal prefilter, bit for bit.
 *
 * The same machinery, with a second set of keys, serves `x glob [list]`
 * against a constant list (rl_globset): the runs of plain bytes of every
 * pattern of such lists are the keys of rs->glits, and a pattern is tried
 * only when the subject holds all of its runs.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

/* the literal's key (lower-cased) in keys/texts, its id, made once per
 * distinct key */
static int key_in(cst *c, rl_map *keys, rl_vec *texts, const char *lit, size_t len,
		  uint32_t *id)
{
	char low[64];
	if (len == 0 || len > sizeof(low))
		return -EINVAL;
	for (size_t k = 0; k < len; k++)
		low[k] = (char)(lit[k] >= 'A' && lit[k] <= 'Z' ? lit[k] + 32 : lit[k]);
	void *got = rl_map_get(keys, low, len);
	if (got) {
		*id = (uint32_t)((uintptr_t)got - 1);
		return 0;
	}
	char *key = rl_strndup(c->rs->pool, low, len);
	if (!key || rl_vec_push(texts, key) < 0)
		return -ENOMEM;
	*id = (uint32_t)(texts->len - 1);
	if (rl_map_put(keys, key, len, (void *)(uintptr_t)(*id + 1)) < 0)
		return -ENOMEM;
	return 0;
}

int litscan_key(cst *c, const char *lit, size_t len, uint32_t *id)
{
	return key_in(c, &c->lit_keys, &c->lit_texts, lit, len, id);
}

/* The automaton while it is built, outside the rule set's pool: the
 * trie at its largest size (a state per key byte), of which nst states
 * are used; fail, own (key + 1), order (breadth first) and cnt (keys
 * ending at a state) per state. */
struct ac_build {
	uint32_t *delta, *fail, *own, *order, *cnt;
	uint32_t ncls, nst, nordered;
};

/* the trie: delta[s * ncls + cls], 0 = no child yet (0 is the root,
 * never a child) */
static void ac_trie(struct ac_build *b, const rl_litscan *ls, const rl_vec *texts)
{
	b->nst = 1;
	for (size_t i = 0; i < texts->len; i++) {
		uint32_t s = 0;
		for (const char *k = texts->items[i]; *k; k++) {
			uint32_t *t = &b->delta[(size_t)s * b->ncls + ls->cls[(unsigned char)*k]];
			if (!*t)
				*t = b->nst++;
			s = *t;
		}
		b->own[s] = (uint32_t)i + 1;
	}
}

/* breadth first: failure links, then the missing moves borrowed from the
 * failure state, so the scan is one table read per byte */
static void ac_links(struct ac_build *b)
{
	const uint32_t ncls = b->ncls;
	uint32_t head = 0, tail = 0;
	for (uint32_t k = 0; k < ncls; k++) {
		uint32_t t = b->delta[k];
		if (t) {
			b->fail[t] = 0;
			b->order[tail++] = t;
		}
	}
	while (head < tail) {
		uint32_t s = b->order[head++];
		for (uint32_t k = 0; k < ncls; k++) {
			uint32_t *t = &b->delta[(size_t)s * ncls + k];
			uint32_t f = b->delta[(size_t)b->fail[s] * ncls + k];
			if (*t) {
				b->fail[*t] = f;
				b->order[tail++] = *t;
			} else {
				*t = f;
			}
		}
	}
	b->nordered = tail;
}

/* each state's keys: its own and those of its failure chain, laid out
 * flat in breadth-first order (a failure state comes first); 0, -ENOMEM */
static int ac_outputs(cst *c, struct ac_build *b, rl_litscan *ls)
{
	uint32_t *off = rl_alloc(c->rs->pool, ((size_t)b->nst + 1) * sizeof(uint32_t));
	if (!off)
		return -ENOMEM;
	size_t nout = 0;
	for (uint32_t i = 0; i < b->nordered; i++) {
		uint32_t s = b->order[i];
		b->cnt[s] = (b->own[s] ? 1 : 0) + b->cnt[b->fail[s]];
		nout += b->cnt[s];
	}
	uint32_t *outk = rl_alloc(c->rs->pool, (nout ? nout : 1) * sizeof(uint32_t));
	if (!outk)
		return -ENOMEM;
	/* states are numbered in insertion order, not breadth first: give each
	 * its span, then fill a state's span from its failure state's */
	size_t at = 0;
	for (uint32_t s = 0; s < b->nst; s++) {
		off[s] = (uint32_t)at;
		at += b->cnt[s];
	}
	off[b->nst] = (uint32_t)at;
	for (uint32_t i = 0; i < b->nordered; i++) {
		uint32_t s = b->order[i], f = b->fail[s], w = off[s];
		if (b->own[s])
			outk[w++] = b->own[s] - 1;
		memcpy(&outk[w], &outk[off[f]], b->cnt[f] * sizeof(uint32_t));
	}
	ls->out_off = off;
	ls->out = outk;
	return 0;
}

/* the table kept, at the states used: 16-bit states while they fit,
 * which halves what a scan reads (a pack's literals make tens of
 * thousands of states); 0, -ENOMEM */
static int ac_keep(cst *c, const struct ac_build *b, rl_litscan *ls)
{
	size_t cells = (size_t)b->nst * b->ncls;
	if (b->nst <= UINT16_MAX + 1u) {
		uint16_t *d16 = rl_alloc(c->rs->pool, cells * sizeof(uint16_t));
		if (!d16)
			return -ENOMEM;
		for (size_t i = 0; i < cells; i++)
			d16[i] = (uint16_t)b->delta[i];
		ls->delta16 = d16;
		return 0;
	}
	uint32_t *d32 = rl_alloc(c->rs->pool, cells * sizeof(uint32_t));
	if (!d32)
		return -ENOMEM;
	memcpy(d32, b->delta, cells * sizeof(uint32_t));
	ls->delta32 = d32;
	return 0;
}

/* The automaton of every key of texts (NULL in *dst when there is none). */
static int build_one(cst *c, const rl_vec *texts, const rl_litscan **dst)
{
	size_t nkeys = texts->len, total = 1;
	*dst = NULL;
	if (nkeys == 0)
		return 0;
	rl_litscan *ls = rl_alloc(c->rs->pool, sizeof(*ls));
	if (!ls)
		return -ENOMEM;
	/* byte classes: each byte some key holds gets its own, the rest 0 */
	uint32_t ncls = 1;
	for (size_t i = 0; i < nkeys; i++) {
		const char *k = texts->items[i];
		size_t len = strlen(k);
		total += len;
		for (size_t j = 0; j < len; j++)
			if (!ls->cls[(unsigned char)k[j]])
				ls->cls[(unsigned char)k[j]] = (uint8_t)ncls++;
	}
	if (ncls > 255 || total > UINT32_MAX / ncls)
		return 0; /* cannot happen with 24-byte literals; no scanner then */
	/* upper-case letters read as their lower case */
	for (unsigned b = 'A'; b <= 'Z'; b++)
		ls->cls[b] = ls->cls[b + 32];

	struct ac_build b = {
		.delta = calloc(total * ncls, sizeof(uint32_t)),
		.fail = calloc(total, sizeof(uint32_t)),
		.own = calloc(total, sizeof(uint32_t)),
		.order = calloc(total, sizeof(uint32_t)),
		.cnt = calloc(total, sizeof(uint32_t)),
		.ncls = ncls,
	};
	int rc = -ENOMEM;
	if (b.delta && b.fail && b.own && b.order && b.cnt) {
		ac_trie(&b, ls, texts);
		ac_links(&b);
		rc = ac_outputs(c, &b, ls);
		if (rc == 0)
			rc = ac_keep(c, &b, ls);
	}
	if (rc == 0) {
		ls->nkeys = (uint32_t)nkeys;
		ls->nwords = (uint32_t)((nkeys + 63) / 64);
		ls->ncls = ncls;
		ls->nstates = b.nst;
		*dst = ls;
	}
	free(b.delta);
	free(b.fail);
	free(b.own);
	free(b.order);
	free(b.cnt);
	return rc;
}

int litscan_build(cst *c)
{
	if (build_one(c, &c->lit_texts, &c->rs->lits) < 0 ||
	    build_one(c, &c->glob_texts, &c->rs->glits) < 0)
		return -ENOMEM;
	return 0;
}

void rl_litscan_run(const rl_litscan *ls, const char *s, size_t n, uint64_t *bits)
{
	memset(bits, 0, ls->nwords * sizeof(uint64_t));
	rl_litscan_add(ls, s, n, bits);
}

/* one scan loop per table width, so the width is not tested per byte */
#define LITSCAN_LOOP(delta)                                                     \
	for (size_t i = 0; i < n; i++) {                                        \
		st = (delta)[(size_t)st * ncls + cls[(unsigned char)s[i]]];    \
		for (uint32_t k = off[st]; k < off[st + 1]; k++)                \
			bits[out[k] >> 6] |= 1ull << (out[k] & 63);             \
	}

void rl_litscan_add(const rl_litscan *ls, const char *s, size_t n, uint64_t *bits)
{
	const uint32_t *off = ls->out_off, *out = ls->out;
	const uint8_t *cls = ls->cls;
	uint32_t st = 0, ncls = ls->ncls;
	if (ls->delta16)
		LITSCAN_LOOP(ls->delta16)
	else
		LITSCAN_LOOP(ls->delta32)
}

/* ---- constant glob lists ------------------------------------------------ */

/* The keys every text glob p matches holds: its runs of plain bytes up to
 * the first '[' or '\' (past which a byte may be a class or an escape),
 * each cut to a key's length (a prefix of a run is held too). */
static int glob_keys(cst *c, const char *p, size_t pl, rl_vec *ids)
{
	size_t i = 0;
	while (i < pl) {
		if (p[i] == '[' || p[i] == '\\' || p[i] == '\0')
			break;
		if (p[i] == '*' || p[i] == '?') {
			i++;
			continue;
		}
		size_t s = i;
		while (i < pl && !strchr("*?[\\", p[i]) && p[i] != '\0')
			i++;
		uint32_t id;
		size_t len = i - s > 64 ? 64 : i - s;
		if (key_in(c, &c->glob_keys, &c->glob_texts, p + s, len, &id) < 0 ||
		    rl_vec_push(ids, (void *)(uintptr_t)id) < 0)
			return -ENOMEM;
	}
	return 0;
}

rl_globset *globset_build(cst *c, const agate_value *arr)
{
	uint32_t n = arr->as.array.len;
	rl_globset *gs = rl_alloc(c->rs->pool, sizeof(*gs));
	uint32_t *off = rl_alloc(c->rs->pool, ((size_t)n + 1) * sizeof(uint32_t));
	rl_vec ids = { 0 };
	if (!gs || !off)
		goto oom;
	for (uint32_t i = 0; i < n; i++) {
		const agate_value *e = &arr->as.array.items[i];
		off[i] = (uint32_t)ids.len;
		/* any other element is always tried, as written */
		if (e->type == AGATE_STR &&
		    glob_keys(c, e->as.str.ptr, e->as.str.len, &ids) < 0)
			goto oom;
	}
	off[n] = (uint32_t)ids.len;
	uint32_t *key = rl_alloc(c->rs->pool, (ids.len ? ids.len : 1) * sizeof(uint32_t));
	if (!key)
		goto oom;
	for (size_t k = 0; k < ids.len; k++)
		key[k] = (uint32_t)(uintptr_t)ids.items[k];
	rl_vec_free(&ids);
	gs->arr = arr;
	gs->n = n;
	gs->off = off;
	gs->key = key;
	return gs;
oom:
	rl_vec_free(&ids);
	c->b->oom = true;
	return NULL;
}
