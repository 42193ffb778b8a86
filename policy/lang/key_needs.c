/* key_needs.c - the argument names a rule needs the call to hold.
 *
 * param(x, @keys) is nil unless x holds one of the keys: as a map's key
 * at some depth, or as `key=value` in one of its strings. A check that is
 * false whenever such a param() is nil (`param(...) in [...]`, `matches`,
 * `!= nil`, an ordering, a bare truth test; not `not`, not `== nil`, not
 * an `or` whose other side needs nothing) can hold only when the call
 * holds one of those names somewhere in its own texts: the tool, the
 * text, the arguments or the context. Those names are a key need of the
 * rule. Evaluation (rules_eval.c) finds once per decision which of the
 * rule set's names the call holds, folded and read as param() does
 * (rl_param_names), and skips a rule with an unmet key need: a rule that
 * looks for an approval switch or a safety-net setting costs nothing on
 * a shell line that sets neither.
 *
 * Only param() of a field of the call's own (or first() of such params)
 * counts: the value of a derived text (lower(), a param() of a param())
 * may hold a name its source does not.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/text.h"
#include "policy/lang/lang_int.h"

#define KNAME_MAX 1024           /* names over every rule's key needs */
#define KWORDS (KNAME_MAX / 64)
#define KTABLE (2 * KNAME_MAX)   /* open addressing, power of two */
#define KNEED_MAX 4              /* key needs kept per expression */
#define RULE_KNEEDS 2            /* and per rule */
#define KNEED_WORK 4096          /* nodes visited per rule */

typedef struct kset {
	uint64_t m[KWORDS];
} kset;

typedef struct kneed_set {
	kset s[KNEED_MAX];
	unsigned n;
} kneed_set;

typedef struct kwalk {
	const char *key[KNAME_MAX]; /* folded, owned by the param() node's keys */
	uint8_t len[KNAME_MAX];
	uint64_t hash[KNAME_MAX];
	uint32_t slot[KTABLE];      /* id + 1, 0 empty */
	uint32_t n;
	unsigned work;
} kwalk;

/* the id of a folded name, added when new; -1 when the table is full */
static int name_id(kwalk *w, const char *k, uint8_t len)
{
	uint64_t h = rl_hash(k, len);
	uint32_t at = (uint32_t)h & (KTABLE - 1);
	for (; w->slot[at]; at = (at + 1) & (KTABLE - 1)) {
		uint32_t id = w->slot[at] - 1;
		if (w->hash[id] == h && w->len[id] == len && !memcmp(w->key[id], k, len))
			return (int)id;
	}
	if (w->n == KNAME_MAX)
		return -1;
	w->key[w->n] = k;
	w->len[w->n] = len;
	w->hash[w->n] = h;
	w->slot[at] = ++w->n;
	return (int)(w->n - 1);
}

/* a field of the call's own: the tool, the text, the arguments or the
 * context, or a member of the last two (a subtree of the call's) */
static bool own_field(const rl_node *a)
{
	return a && a->kind == N_FIELD &&
	       (a->sub == F_TOOL || a->sub == F_TEXT || a->sub == F_ARGS || a->sub == F_CONTEXT);
}

/* into *s the names of param(own field, constant keys) n; false when n
 * is no such call, or has no key a name folds to */
static bool param_names(kwalk *w, const rl_node *n, kset *s)
{
	if (n->kind != N_CALL || n->sub != FN_PARAM || n->nargs < 2 || !n->u.pkeys ||
	    !n->u.pkeys->n || !own_field(n->args[0]))
		return false;
	const rl_pkeys *ks = n->u.pkeys;
	for (size_t i = 0; i < ks->n; i++) {
		int id = name_id(w, ks->key[i], ks->len[i]);
		if (id < 0)
			return false;
		s->m[id >> 6] |= 1ull << (id & 63);
	}
	return true;
}

/* Is n nil whenever the call holds none of the names put in *s? A
 * param() as above; first() of such values only (first() of anything
 * else may answer it); amount() or seconds() of one (both nil of nil). */
static bool nil_without(kwalk *w, const rl_node *n, kset *s, int depth)
{
	if (!n || depth > 8 || n->kind != N_CALL)
		return false;
	if (n->sub == FN_PARAM)
		return param_names(w, n, s);
	if (n->sub == FN_AMOUNT || n->sub == FN_SECONDS)
		return n->nargs >= 1 && nil_without(w, n->args[0], s, depth + 1);
	if (n->sub != FN_FIRST || n->nargs == 0)
		return false;
	for (uint32_t i = 0; i < n->nargs; i++)
		if (!nil_without(w, n->args[i], s, depth + 1))
			return false;
	return true;
}

/* a constant list of scalars only, or another constant that nil is
 * not `in` (a string, a map) */
static bool nil_not_in(const rl_node *b)
{
	if (!b || b->kind != N_LIT)
		return false;
	const rl_val *v = &b->u.lit.v;
	if (v->kind == RV_STR)
		return true;
	if (v->kind != RV_TREE)
		return false;
	if (v->t->type == AGATE_MAP)
		return true;
	if (v->t->type != AGATE_ARRAY)
		return false;
	for (uint32_t i = 0; i < v->t->as.array.len; i++) {
		agate_value_type t = v->t->as.array.items[i].type;
		if (t != AGATE_STR && t != AGATE_INT && t != AGATE_FLOAT && t != AGATE_BOOL)
			return false; /* what reads as nil, or as a tree */
	}
	return true;
}

/* Is comparison n false when its left side is nil? (compare.c: a truth
 * test, `matches`, an ordering, `in` a constant without null, `==` a
 * non-null constant, `!= nil`; `any` of nil is false, `all` of it true) */
static bool false_on_nil(const rl_node *n)
{
	if (n->neg || (n->quant != Q_NONE && n->quant != Q_ANY))
		return false;
	switch (n->op) {
	case OP_NONE:
	case OP_MATCHES:
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE:
		return true;
	case OP_IN:
		return nil_not_in(n->b);
	case OP_EQ:
		return n->b && n->b->kind == N_LIT && n->b->u.lit.v.kind != RV_NIL;
	case OP_NE:
		return n->b && n->b->kind == N_LIT && n->b->u.lit.v.kind == RV_NIL;
	default:
		return false;
	}
}

static unsigned kset_count(const kset *s)
{
	unsigned k = 0;
	for (unsigned i = 0; i < KWORDS; i++)
		k += (unsigned)__builtin_popcountll(s->m[i]);
	return k;
}

/* keep s among the needs; when full, in place of one with more names */
static void kneed_add(kneed_set *ns, const kset *s)
{
	if (ns->n < KNEED_MAX) {
		ns->s[ns->n++] = *s;
		return;
	}
	unsigned worst = 0, wk = 0;
	for (unsigned i = 0; i < ns->n; i++) {
		unsigned k = kset_count(&ns->s[i]);
		if (k > wk) {
			wk = k;
			worst = i;
		}
	}
	if (kset_count(s) < wk)
		ns->s[worst] = *s;
}

/* the need of ns with the fewest names: the fewest calls meet it */
static unsigned fewest(const kneed_set *ns)
{
	unsigned best = 0, bk = kset_count(&ns->s[0]);
	for (unsigned i = 1; i < ns->n; i++) {
		unsigned k = kset_count(&ns->s[i]);
		if (k < bk) {
			bk = k;
			best = i;
		}
	}
	return best;
}

/* What n being true needs of the call's names, into ns. Missing a need
 * is always safe, so running out of work or names only stops. */
static void collect(kwalk *w, const rl_node *n, int depth, kneed_set *ns)
{
	if (!n || depth > RL_MAX_DEPTH * 2 || ++w->work > KNEED_WORK)
		return;
	switch (n->kind) {
	case N_AND:
		collect(w, n->a, depth + 1, ns);
		collect(w, n->b, depth + 1, ns);
		return;
	case N_OR: {
		kneed_set *x = calloc(2, sizeof(*x));
		if (!x)
			return;
		kneed_set *y = x + 1;
		collect(w, n->a, depth + 1, x);
		if (x->n)
			collect(w, n->b, depth + 1, y);
		if (x->n && y->n) {
			kset u = x->s[fewest(x)];
			const kset *b = &y->s[fewest(y)];
			for (unsigned i = 0; i < KWORDS; i++)
				u.m[i] |= b->m[i];
			kneed_add(ns, &u);
		}
		free(x);
		return;
	}
	case N_PRED:
		collect(w, n->u.pred->body, depth + 1, ns);
		return;
	case N_CMP: {
		kset s;
		memset(&s, 0, sizeof(s));
		if (false_on_nil(n) && nil_without(w, n->a, &s, 0))
			kneed_add(ns, &s);
		return;
	}
	default:
		return;
	}
}

static bool kset_within(const kset *s, const kset *k)
{
	for (unsigned i = 0; i < KWORDS; i++)
		if (s->m[i] & ~k->m[i])
			return false;
	return true;
}

/* an ordering between a number and a value nil when the call holds none
 * of k's names: it answers false on nil, an error only on a value there */
static bool ordering_quiet(kwalk *w, const rl_node *n, const kset *k)
{
	const rl_node *lit = n->b, *val = n->a;
	if (lit && lit->kind != N_LIT) {
		lit = n->a;
		val = n->b;
	}
	kset s;
	memset(&s, 0, sizeof(s));
	return lit && lit->kind == N_LIT && lit->u.lit.v.kind == RV_NUM &&
	       nil_without(w, val, &s, 0) && kset_within(&s, k);
}

/* Could evaluating n answer an error on a call holding none of k's
 * names? Then skipping the rule for them would hide it: an ordering of a
 * value that may be there and not a number, a command parsed (too long,
 * unreadable). Trees too deep for param() or any/all are refused at
 * evaluation (rules_eval.c); a regex engine failing its limits is
 * accepted as it is for the literal needs. */
static bool may_fail(kwalk *w, const rl_node *n, const kset *k, int depth)
{
	if (!n)
		return false;
	if (depth > RL_MAX_DEPTH * 2 || ++w->work > KNEED_WORK * 4)
		return true;
	switch (n->kind) {
	case N_LIT:
	case N_REGEX:
	case N_FIELD:
		return false;
	case N_PRED:
		return may_fail(w, n->u.pred->body, k, depth + 1);
	case N_AND:
	case N_OR:
	case N_NOT:
		return may_fail(w, n->a, k, depth + 1) || may_fail(w, n->b, k, depth + 1);
	case N_CMP:
		if ((n->op == OP_LT || n->op == OP_LE || n->op == OP_GT || n->op == OP_GE) &&
		    !ordering_quiet(w, n, k))
			return true;
		return may_fail(w, n->a, k, depth + 1) || may_fail(w, n->b, k, depth + 1);
	case N_CALL:
		if (n->sub == FN_FROM || n->sub == FN_SHARES || n->sub == FN_SHARES_CODE || n->sub == FN_CLAUSES ||
		    n->sub == FN_CLAUSES_WITHOUT || n->sub == FN_BEFORE)
			return true; /* a regex's match, a walk's depth */
		for (uint32_t i = 0; i < n->nargs; i++)
			if (may_fail(w, n->args[i], k, depth + 1))
				return true;
		return false;
	default:
		return true;
	}
}

/* s as (word, mask) pairs in the rule set's pool; -ENOMEM */
static int kneed_store(cst *c, const kset *s, rl_need *out)
{
	uint32_t nw = 0;
	for (unsigned i = 0; i < KWORDS; i++)
		nw += s->m[i] != 0;
	uint32_t *word = rl_alloc(c->rs->pool, nw * sizeof(uint32_t));
	uint64_t *mask = rl_alloc(c->rs->pool, nw * sizeof(uint64_t));
	if (!word || !mask)
		return -ENOMEM;
	uint32_t k = 0;
	for (unsigned i = 0; i < KWORDS; i++)
		if (s->m[i]) {
			word[k] = i;
			mask[k++] = s->m[i];
		}
	*out = (rl_need){ nw, word, mask };
	return 0;
}

static int rule_kneeds(cst *c, kwalk *w, kneed_set *ns, rl_rule *r)
{
	ns->n = 0;
	w->work = 0;
	for (uint32_t k = 0; k < r->nchecks; k++)
		collect(w, r->checks[k], 0, ns);
	if (!ns->n)
		return 0;
	rl_need *kn = rl_alloc(c->rs->pool, RULE_KNEEDS * sizeof(rl_need));
	if (!kn)
		return -ENOMEM;
	unsigned kept = 0;
	while (kept < RULE_KNEEDS && ns->n) {
		unsigned i = fewest(ns);
		bool quiet = true;
		w->work = 0;
		for (uint32_t k = 0; k < r->nchecks && quiet; k++)
			quiet = !may_fail(w, r->checks[k], &ns->s[i], 0);
		if (quiet && kneed_store(c, &ns->s[i], &kn[kept++]) < 0)
			return -ENOMEM;
		ns->s[i] = ns->s[--ns->n];
	}
	r->kneeds = kept ? kn : NULL;
	r->nkneeds = (uint8_t)kept;
	return 0;
}

/* rs->knames: the names by id, as param() keys are (rl_pkeys, with its
 * hash table, so that evaluation ranks a name exactly as param() does) */
static int names_store(cst *c, const kwalk *w)
{
	rl_pkeys *ks = rl_alloc(c->rs->pool, sizeof(*ks));
	if (!ks)
		return -ENOMEM;
	memset(ks, 0, sizeof(*ks));
	uint32_t cap = 8;
	while (cap < 2 * w->n)
		cap *= 2;
	ks->key = rl_alloc(c->rs->pool, w->n * sizeof(*ks->key));
	ks->len = rl_alloc(c->rs->pool, w->n);
	ks->slot = rl_alloc(c->rs->pool, cap * sizeof(*ks->slot));
	ks->hash = rl_alloc(c->rs->pool, cap * sizeof(*ks->hash));
	if (!ks->key || !ks->len || !ks->slot || !ks->hash)
		return -ENOMEM;
	memset(ks->slot, 0, cap * sizeof(*ks->slot));
	ks->cap = cap;
	for (uint32_t i = 0; i < w->n; i++) {
		uint32_t at = (uint32_t)w->hash[i] & (cap - 1);
		while (ks->slot[at])
			at = (at + 1) & (cap - 1);
		ks->slot[at] = i + 1;
		ks->hash[at] = w->hash[i];
		ks->key[i] = w->key[i];
		ks->len[i] = w->len[i];
		unsigned char f0 = (unsigned char)w->key[i][0];
		ks->first[f0 >> 6] |= 1ull << (f0 & 63);
		if (!i || w->len[i] < ks->min_len)
			ks->min_len = w->len[i];
	}
	ks->n = w->n;
	c->rs->knames = ks;
	c->rs->knwords = (w->n + 63) / 64;
	return 0;
}

int key_needs_build(cst *c)
{
	agate_ruleset *rs = c->rs;
	kwalk *w = calloc(1, sizeof(*w));
	kneed_set *ns = calloc(1, sizeof(*ns));
	int rc = w && ns ? 0 : -ENOMEM;
	bool any = false;
	for (size_t i = 0; i < rs->nrules && rc == 0; i++) {
		rc = rule_kneeds(c, w, ns, rs->rules[i]);
		any = any || rs->rules[i]->nkneeds;
	}
	if (rc == 0 && any)
		rc = names_store(c, w);
	free(ns);
	free(w);
	return rc;
}
