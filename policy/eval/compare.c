/* compare.c - the operators of a comparison: ==, <, in, contains,
 * starts_with, glob, under and matches (with the regexes' literal
 * prefilter), applied to one value or, for any/all, to every leaf of a
 * tree. Also the explain line of a comparison. What an operand is worth
 * is decided elsewhere (expr.c, field.c); this file only compares.
 */
#include <errno.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/eval/eval_int.h"

/* ---- regexes ---------------------------------------------------------------- */

static void *arena_malloc(PCRE2_SIZE n, void *data)
{
	return agate_arena_alloc(data, n);
}

static void arena_nofree(void *p, void *data)
{
	(void)p;
	(void)data; /* the arena is reset by its owner */
}

/* lit (lower-cased) in s, ignoring ASCII case */
bool find_ci_lower(const char *s, size_t n, const char *lit, size_t ll)
{
	if (ll > n)
		return false;
	unsigned char f = (unsigned char)lit[0];
	bool alpha = f >= 'a' && f <= 'z';
	for (size_t i = 0; i + ll <= n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if ((alpha ? (ch | 0x20) : ch) != f)
			continue;
		size_t k = 1;
		while (k < ll && lc((unsigned char)s[i + k]) == (unsigned char)lit[k])
			k++;
		if (k == ll)
			return true;
	}
	return false;
}

/* bigrams of the lower-cased subject, kept for the few last subjects: a
 * line is asked about by many regexes in a row */
const uint64_t *subject_bigrams(rl_ctx *c, const char *p, size_t n, bool keep,
				uint64_t tmp[4])
{
	for (unsigned i = 0; keep && i < 4; i++)
		if (c->bgc[i].p == p && c->bgc[i].len == n)
			return c->bgc[i].bg;
	uint64_t *bg = tmp;
	if (keep) {
		struct rl_bgcache *e = &c->bgc[c->bgc_next++ & 3];
		e->p = p;
		e->len = n;
		bg = e->bg;
	}
	memset(bg, 0, 4 * sizeof(uint64_t));
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned h = ((unsigned)lc((unsigned char)p[i]) * 31u +
			      (unsigned)lc((unsigned char)p[i + 1])) & 255u;
		bg[h >> 6] |= 1ull << (h & 63);
	}
	return bg;
}

const uint64_t *subject_lits(rl_ctx *c, const char *p, size_t n, bool keep)
{
	const rl_litscan *ls = c->rs->lits;
	if (!ls || !keep || n < RL_LITSCAN_MIN)
		return NULL;
	for (unsigned i = 0; i < RL_LSC_SLOTS; i++)
		if (c->lsc[i].p == p && c->lsc[i].len == n)
			return c->lsc[i].bits;
	struct rl_litcache *e = &c->lsc[c->lsc_next % RL_LSC_SLOTS];
	if (!e->bits) {
		e->bits = agate_arena_alloc(c->arena, ls->nwords * sizeof(uint64_t));
		if (!e->bits)
			return NULL;
	}
	c->lsc_next++;
	rl_litscan_run(ls, p, n, e->bits);
	e->p = p;
	e->len = n;
	return e->bits;
}

/* run the regex itself: 1 and where it matched, 0, or < 0 (c->err);
 * inline in re_match, which every `matches` runs */
static inline int re_first(rl_ctx *c, const rl_re *re, agate_str s, size_t *at)
{
	if (!c->md) {
		pcre2_general_context *g =
			pcre2_general_context_create(arena_malloc, arena_nofree, c->arena);
		if (!g)
			return -ENOMEM;
		c->md = pcre2_match_data_create(1, g);
		if (!c->md)
			return -ENOMEM;
	}
	PCRE2_SPTR subj = (PCRE2_SPTR)(s.ptr ? s.ptr : "");
	int rc = re->jit ? pcre2_jit_match(re->code, subj, s.len, 0, 0, c->md, c->rs->mctx)
			 : pcre2_match(re->code, subj, s.len, 0, 0, c->md, c->rs->mctx);
	if (rc >= 0) {
		*at = (size_t)pcre2_get_ovector_pointer(c->md)[0];
		return 1;
	}
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == PCRE2_ERROR_NOMEMORY)
		return -ENOMEM;
	PCRE2_UCHAR msg[120];
	pcre2_get_error_message(rc, msg, sizeof(msg));
	c->err = agate_arena_printf(c->arena, "regex match failed: %s", (const char *)msg);
	if (!c->err)
		return -ENOMEM;
	return -EINVAL;
}

static int re_match(rl_ctx *c, const rl_re *re, agate_str s, bool *hit)
{
	size_t at;
	int rc = re_first(c, re, s, &at);
	*hit = rc > 0;
	return rc < 0 ? rc : 0;
}

int rl_re_first(rl_ctx *c, const rl_re *re, agate_str s, size_t *at)
{
	return re_first(c, re, s, at);
}

int rl_re_span(rl_ctx *c, const rl_re *re, agate_str s, size_t *at, size_t *end)
{
	int rc = re_first(c, re, s, at);
	if (rc > 0) {
		*end = (size_t)pcre2_get_ovector_pointer(c->md)[1];
		if (*end < *at || *end > s.len)
			*end = *at; /* \K can end a match before it starts */
	}
	return rc;
}

static int match_re(rl_ctx *c, const rl_node *n, const rl_val *l, bool *res)
{
	char b1[48];
	agate_str ls;
	*res = false;
	if (!as_text(l, b1, sizeof(b1), &ls))
		return 0;
	if (!ls.ptr)
		ls.ptr = "";
	const rl_node *r = n->b;
	uint64_t tmp[4];
	const uint64_t *sb = NULL;
	const uint64_t *lits = subject_lits(c, ls.ptr, ls.len, ls.ptr != b1);
	if (lits) {
		/* a long subject: every literal answered by one pass */
		for (uint32_t i = 0; i < r->u.re.n; i++) {
			const rl_re *re = &r->u.re.res[i];
			if (re->nlit && !re_may_match_bits(re, ls, lits))
				continue;
			int rc = re_match(c, re, ls, res);
			if (rc < 0 || *res)
				return rc;
		}
		return 0;
	}
	if (r->u.re.rep) {
		const uint64_t *rp = r->u.re.rep;
		sb = subject_bigrams(c, ls.ptr, ls.len, ls.ptr != b1, tmp);
		if (!((rp[0] & sb[0]) | (rp[1] & sb[1]) | (rp[2] & sb[2]) | (rp[3] & sb[3])))
			return 0; /* no alternative's literal can be there */
	}
	for (uint32_t i = 0; i < r->u.re.n; i++) {
		const rl_re *re = &r->u.re.res[i];
		if (re->nlit) {
			/* a number's text is on this stack: never kept by address */
			if (!sb)
				sb = subject_bigrams(c, ls.ptr, ls.len, ls.ptr != b1, tmp);
			if (!re_may_match(re, ls, sb))
				continue;
		}
		int rc = re_match(c, re, ls, res);
		if (rc < 0 || *res)
			return rc;
	}
	return 0;
}

/* ---- comparisons ------------------------------------------------------------ */

bool set_has(const rl_strset *st, const rl_val *l, bool ci)
{
	if (l->kind == RV_STR) {
		uint64_t h = ci ? rl_hash_lower(l->s.ptr, l->s.len) : rl_hash(l->s.ptr, l->s.len);
		for (uint32_t j = (uint32_t)h & (st->cap - 1); st->slot[j]; j = (j + 1) & (st->cap - 1)) {
			if (st->hash[j] != h)
				continue;
			const agate_value *e = &st->arr->as.array.items[st->slot[j] - 1];
			if (bytes_eq(l->s, e->as.str, ci))
				return true;
		}
		if (!st->has_other)
			return false;
	}
	/* numbers, or a string against the list's numbers: compare one by one */
	for (uint32_t i = 0; i < st->arr->as.array.len; i++) {
		const agate_value *e = &st->arr->as.array.items[i];
		if (l->kind == RV_STR && e->type == AGATE_STR)
			continue;
		rl_val ev;
		from_value(e, &ev);
		if (val_eq(l, &ev, ci))
			return true;
	}
	return false;
}

static int cmp_one(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res);

/* r is a list: does l compare true with some element? */
static int cmp_any_rhs(rl_ctx *c, const rl_node *n, const rl_val *l, const agate_value *arr,
		       bool *res)
{
	*res = false;
	for (uint32_t i = 0; i < arr->as.array.len; i++) {
		rl_val e;
		from_value(&arr->as.array.items[i], &e);
		if (e.kind == RV_TREE)
			continue;
		int rc = cmp_one(c, n, l, &e, res);
		if (rc < 0 || *res)
			return rc;
	}
	return 0;
}

/* the glob-list keys (rs->glits) in s[0..n), kept for the last few
 * subjects: a tool name is asked about by every family list in turn */
static const uint64_t *glob_bits(rl_ctx *c, const char *p, size_t n)
{
	const rl_litscan *ls = c->rs->glits;
	for (unsigned i = 0; i < 4; i++)
		if (c->gsc[i].bits && c->gsc[i].p == p && c->gsc[i].len == n)
			return c->gsc[i].bits;
	struct rl_litcache *e = &c->gsc[c->gsc_next & 3];
	if (!e->bits) {
		e->bits = agate_arena_alloc(c->arena, ls->nwords * sizeof(uint64_t));
		if (!e->bits)
			return NULL;
	}
	c->gsc_next++;
	rl_litscan_run(ls, p, n, e->bits);
	e->p = p;
	e->len = n;
	return e->bits;
}

/* `l glob arr` for the constant list of gs: what cmp_any_rhs answers,
 * trying only the patterns whose literal runs all occur in l (a text
 * lacking one cannot match; see rl_globset) */
static int glob_any(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_globset *gs,
		    bool *res)
{
	char b1[48];
	agate_str ls;
	const uint64_t *bits = NULL;
	if (c->rs->glits && as_text(l, b1, sizeof(b1), &ls) && ls.ptr != b1 && ls.len)
		bits = glob_bits(c, ls.ptr, ls.len);
	if (!bits)
		return cmp_any_rhs(c, n, l, gs->arr, res);
	*res = false;
	for (uint32_t i = 0; i < gs->n; i++) {
		uint32_t k = gs->off[i], end = gs->off[i + 1];
		while (k < end && (bits[gs->key[k] >> 6] >> (gs->key[k] & 63) & 1))
			k++;
		if (k < end)
			continue;
		rl_val e;
		from_value(&gs->arr->as.array.items[i], &e);
		if (e.kind == RV_TREE)
			continue;
		int rc = cmp_one(c, n, l, &e, res);
		if (rc < 0 || *res)
			return rc;
	}
	return 0;
}

static int under(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	char nb[48];
	agate_str ls;
	*res = false;
	if (!as_text(l, nb, sizeof(nb), &ls) || ls.len == 0)
		return 0;
	char *lp = agate_path_normalize(c->arena, ls.ptr, ls.len, NULL);
	if (!lp)
		return -ENOMEM;
	const agate_value *arr = NULL;
	rl_val one = *r;
	uint32_t cnt = 1;
	if (r->kind == RV_TREE) {
		if (r->t->type != AGATE_ARRAY)
			return 0;
		arr = r->t;
		cnt = arr->as.array.len;
	}
	for (uint32_t i = 0; i < cnt; i++) {
		if (arr)
			from_value(&arr->as.array.items[i], &one);
		if (one.kind != RV_STR || one.s.len == 0)
			continue;
		const char *dir = one.s.ptr;
		/* literals were normalised (and NUL-terminated) at load */
		if (!n->b || n->b->kind != N_LIT) {
			dir = agate_path_normalize(c->arena, one.s.ptr, one.s.len, NULL);
			if (!dir)
				return -ENOMEM;
		}
		if (agate_path_under(lp, dir)) {
			*res = true;
			return 0;
		}
	}
	return 0;
}

static int cmp_one(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	char b1[48], b2[48];
	agate_str ls, rs;
	double x, y;
	bool ci = n->ci;
	*res = false;
	switch (n->op) {
	case OP_EQ:
		*res = val_eq(l, r, ci);
		return 0;
	case OP_NE:
		*res = !val_eq(l, r, ci);
		return 0;
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE:
	{
		bool defined;
		int rc = ordered_pair(c, l, r, &x, &y, &defined);
		if (rc < 0 || !defined)
			return rc;
	}
		*res = n->op == OP_LT ? x < y : n->op == OP_LE ? x <= y :
		       n->op == OP_GT ? x > y : x >= y;
		return 0;
	case OP_IN:
		if (n->u.set && r->kind == RV_TREE && r->t == n->u.set->arr) {
			*res = set_has(n->u.set, l, ci);
			return 0;
		}
		switch (r->kind) {
		case RV_TREE:
			if (r->t->type == AGATE_ARRAY) {
				for (uint32_t i = 0; i < r->t->as.array.len; i++) {
					rl_val e;
					from_value(&r->t->as.array.items[i], &e);
					if (val_eq(l, &e, ci)) {
						*res = true;
						return 0;
					}
				}
			} else if (l->kind == RV_STR) {
				*res = agate_value_get(r->t, l->s.ptr, l->s.len) != NULL;
			}
			return 0;
		case RV_STR:
			if (as_text(l, b1, sizeof(b1), &ls))
				*res = find_sub(r->s, ls, ci);
			return 0;
		case RV_IDTOOLS:
			*res = l->kind == RV_STR && c->id &&
			       agate_identity_declares_tool(c->id, l->s.ptr, l->s.len);
			return 0;
		default:
			return 0;
		}
	case OP_CONTAINS:
	case OP_ICONTAINS:
		ci = ci || n->op == OP_ICONTAINS;
		if (l->kind == RV_TREE) {
			if (l->t->type == AGATE_MAP) {
				if (r->kind == RV_STR)
					*res = agate_value_get(l->t, r->s.ptr, r->s.len) != NULL;
				return 0;
			}
			if (r->kind == RV_TREE && r->t->type == AGATE_ARRAY)
				return cmp_any_rhs(c, n, l, r->t, res);
			for (uint32_t i = 0; i < l->t->as.array.len; i++) {
				rl_val e;
				from_value(&l->t->as.array.items[i], &e);
				if (val_eq(&e, r, ci)) {
					*res = true;
					return 0;
				}
			}
			return 0;
		}
		if (l->kind == RV_IDTOOLS) {
			*res = r->kind == RV_STR && c->id &&
			       agate_identity_declares_tool(c->id, r->s.ptr, r->s.len);
			return 0;
		}
		if (r->kind == RV_TREE)
			return r->t->type == AGATE_ARRAY ? cmp_any_rhs(c, n, l, r->t, res) : 0;
		if (as_text(l, b1, sizeof(b1), &ls) && as_text(r, b2, sizeof(b2), &rs))
			*res = find_sub(ls, rs, ci);
		return 0;
	case OP_STARTS:
	case OP_ENDS:
	case OP_GLOB:
		if (r->kind == RV_TREE && n->op == OP_GLOB && n->u.gset && r->t == n->u.gset->arr)
			return glob_any(c, n, l, n->u.gset, res);
		if (r->kind == RV_TREE)
			return r->t->type == AGATE_ARRAY ? cmp_any_rhs(c, n, l, r->t, res) : 0;
		if (!as_text(l, b1, sizeof(b1), &ls) || !as_text(r, b2, sizeof(b2), &rs))
			return 0;
		if (n->op == OP_STARTS)
			*res = has_prefix(ls, rs, ci);
		else if (n->op == OP_ENDS)
			*res = has_suffix(ls, rs, ci);
		else
			*res = glob_match(rs.ptr, rs.len, ls.ptr, ls.len, ci);
		return 0;
	case OP_UNDER:
		return under(c, n, l, r, res);
	default:
		return 0;
	}
}

/* A tied operand (rl_val.tied) is compared reading by reading: the test
 * holds when some pair of readings satisfies it, or, where c->negated
 * (under `not`, in an allow rule), only when every pair does. Either way
 * an ambiguous value counts against the action, `{"force": false,
 * "Force": true}` being both forced and not. A reading the test cannot
 * take does not satisfy it. Too many readings to weigh count against the
 * action outright. */
static int cmp_tied(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	bool some = !c->negated;
	c->ties_met++;
	if (l->tied == RL_TIED_TOO_MANY || r->tied == RL_TIED_TOO_MANY) {
		*res = some;
		return 0;
	}
	uint32_t nl = l->tied ? l->t->as.array.len : 1;
	uint32_t nr = r->tied ? r->t->as.array.len : 1;
	for (uint32_t i = 0; i < nl; i++) {
		rl_val a = *l;
		if (l->tied)
			from_value(&l->t->as.array.items[i], &a);
		for (uint32_t j = 0; j < nr; j++) {
			rl_val b = *r;
			if (r->tied)
				from_value(&r->t->as.array.items[j], &b);
			const char *err = c->err;
			int rc = cmp_leaf(c, n, &a, &b, res);
			if (rc == -EINVAL) {
				/* a reading the test cannot take (a word where a
				 * number is ordered, as a guard of is_number() lets
				 * through for another reading) does not satisfy it */
				c->err = err;
				*res = false;
				rc = 0;
			}
			if (rc < 0 || *res == some)
				return rc;
		}
	}
	*res = !some;
	return 0;
}

int cmp_leaf(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	int rc;
	if (__builtin_expect(l->tied || r->tied, 0))
		return cmp_tied(c, n, l, r, res);
	if (n->op == OP_NONE)
		*res = truthy(c, l), rc = 0;
	else if (n->op == OP_MATCHES)
		rc = match_re(c, n, l, res);
	else
		rc = cmp_one(c, n, l, r, res);
	if (rc == 0 && n->neg)
		*res = !*res;
	return rc;
}

/* any/all over every scalar leaf of a tree, recursively */
int rl_walk_quantified(rl_ctx *c, const rl_node *n, const agate_value *v, const rl_val *r,
		       int depth, bool *res)
{
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for any/all";
		return -EINVAL;
	}
	bool want_any = n->quant == Q_ANY;
	if (v->type == AGATE_ARRAY || v->type == AGATE_MAP) {
		uint32_t len = v->type == AGATE_ARRAY ? v->as.array.len : v->as.map.len;
		for (uint32_t i = 0; i < len; i++) {
			const agate_value *e = v->type == AGATE_ARRAY ? &v->as.array.items[i] :
					       &v->as.map.items[i].value;
			int rc = rl_walk_quantified(c, n, e, r, depth + 1, res);
			if (rc < 0)
				return rc;
			if (*res == want_any)
				return 0;
		}
		*res = !want_any;
		return 0;
	}
	rl_val l;
	from_value(v, &l);
	return cmp_leaf(c, n, &l, r, res);
}

/* ---- trace --------------------------------------------------------------------- */

void trace_cmp(rl_ctx *c, const rl_node *n, const rl_val *lhs, bool res)
{
	rl_sbuf *t = c->trace;
	if (!t || t->overflow)
		return;
	rl_sb_puts(t, "    ");
	rl_print_node(t, n, false, 0);
	rl_sb_puts(t, res ? " -> true" : " -> false");
	if (lhs && n->a && n->a->kind != N_LIT) {
		rl_sb_puts(t, " [");
		rl_print_node(t, n->a, false, 0);
		rl_sb_puts(t, " = ");
		rl_print_val(t, lhs, 60);
		rl_sb_puts(t, "]");
	}
	rl_sb_puts(t, "\n");
}
