/* needs.c - what a rule needs of the call's own texts to match at all.
 *
 * A regex test with a literal prefilter over a text the call carries as
 * sent (the tool, the text, an argument or a context field, or first()
 * and param() of them) can hold only when one of its literals occurs in
 * that text, hence in some text of the call. A rule matches only when
 * all its checks hold, so each such test its checks require through
 * `and` is a need of the rule, and so is the union of what both sides of
 * an `or` require. Evaluation reads the call's texts once per decision
 * with the rule set's literal automaton (rules_eval.c) and skips a rule
 * with an unmet need before evaluating any check: most rules that any
 * business call reaches look for words that call does not hold.
 *
 * Texts the rules derive do not count (lower(), a parsed command's
 * words): they may hold a literal their source does not. plain() and
 * pairs() of a field are the exceptions: evaluation reads that field's
 * plain() or pairs() text too, the same text the rule would see (a
 * `key=value` pair may hold a literal across the `=` that neither the
 * key nor the value holds alone). What a rule needs of the
 * call's argument names (a param() that must find one of its keys) is
 * a need of another kind: key_needs.c.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

#define NEED_MAX 8      /* needs kept per expression while collecting */
#define RULE_NEEDS 3    /* and per rule: the three fewest calls would meet */
#define NEED_WORK 4096  /* nodes visited per rule (predicates repeat) */
#define NEED_ARENA (1u << 20)

typedef struct need_set {
	uint64_t *m[NEED_MAX];
	unsigned n;
} need_set;

typedef struct need_walk need_walk;
struct need_walk {
	agate_arena *a;
	size_t nwords;
	const uint32_t *weight; /* by key id: key_weight */
	unsigned work;
	/* the plain() and pairs() calls of fields some need reads, one per
	 * text (by memo slot, else field); more plain() than RL_NEED_TEXTS
	 * hold: every text of the call is read through plain(); a pairs()
	 * without room makes no need */
	const rl_node *texts[RL_NEED_TEXTS];
	char text_key[RL_NEED_TEXTS][96];
	unsigned ntexts;
	bool plain_all;
};

/* note plain(...) or pairs(...) call p: evaluation computes it (through
 * the memo that the rules' own call of the same text then finds) and
 * reads it. false when p cannot be read: a pairs() with no room left (a
 * plain() then sets plain_all and is read with every text). */
static bool derived_text(need_walk *w, const rl_node *p)
{
	const rl_node *f = p->args[0];
	bool pairs = p->sub == FN_PAIRS;
	char key[96];
	int k = p->memo ? snprintf(key, sizeof key, "m%u", (unsigned)p->memo)
			: f->kind == N_FIELD ?
			  snprintf(key, sizeof key, "%c%u:%.*s", pairs ? 'p' : 'f',
				   (unsigned)f->sub,
				   (int)(f->u.name.s ? f->u.name.len : 0),
				   f->u.name.s ? f->u.name.s : "")
			: snprintf(key, sizeof key, "n%p", (const void *)p);
	if (k < 0 || (size_t)k >= sizeof key) {
		if (pairs)
			return false;
		w->plain_all = true;
		return true;
	}
	for (unsigned i = 0; i < w->ntexts; i++)
		if (strcmp(w->text_key[i], key) == 0)
			return true;
	if (w->ntexts == RL_NEED_TEXTS) {
		if (pairs)
			return false;
		w->plain_all = true;
		return true;
	}
	memcpy(w->text_key[w->ntexts], key, (size_t)k + 1);
	w->texts[w->ntexts++] = p;
	return true;
}

/* How likely a key is to occur in some text of a call, as a weight: a
 * key of many bytes seldom does; one of two or three (`my`, `the`,
 * ` pay`, a stem cut short) occurs in most sentences, often inside
 * longer words. Spaces do not count: `the ` is as common as `the`, while
 * `@me.` is rarer than `me`. Each byte fewer, four times the weight, so
 * that one short key outweighs a list of long ones. */
static uint32_t key_weight(const char *key)
{
	unsigned n = 0;
	for (const char *p = key; *p; p++)
		n += *p != ' ';
	return n >= 6 ? 1u : 1u << (2 * (6 - n));
}

/* the sum of m's keys' weights: the lower, the fewer calls meet it */
static uint64_t need_weight(const need_walk *w, const uint64_t *m)
{
	uint64_t k = 0;
	for (size_t i = 0; i < w->nwords; i++)
		for (uint64_t b = m[i]; b; b &= b - 1)
			k += w->weight[i * 64 + (size_t)__builtin_ctzll(b)];
	return k;
}

/* a field of the call's own, or first() of such fields */
static bool raw_field(const rl_node *a)
{
	if (a->kind == N_FIELD)
		return a->sub == F_TOOL || a->sub == F_TEXT || a->sub == F_ARGS ||
		       a->sub == F_CONTEXT;
	if (a->kind != N_CALL || a->sub != FN_FIRST || a->nargs == 0)
		return false;
	for (uint32_t i = 0; i < a->nargs; i++)
		if (!raw_field(a->args[i]))
			return false;
	return true;
}

/* a text the call carries as sent, or first()/param() of such texts
 * (param() answers a value of its operand, or a stretch of its text);
 * plain() and pairs() of fields are ones too: the calls are noted
 * (derived_text), and evaluation reads their text along with the
 * call's texts */
static bool raw_operand(need_walk *w, const rl_node *a, int depth)
{
	if (!a || depth > 8)
		return false;
	if (a->kind == N_FIELD)
		return a->sub == F_TOOL || a->sub == F_TEXT || a->sub == F_ARGS ||
		       a->sub == F_CONTEXT;
	if (a->kind != N_CALL)
		return false;
	if ((a->sub == FN_PLAIN || a->sub == FN_PAIRS) && a->nargs == 1 &&
	    raw_field(a->args[0]))
		return derived_text(w, a);
	if (a->sub == FN_PARAM)
		return a->nargs >= 1 && raw_operand(w, a->args[0], depth + 1);
	if (a->sub != FN_FIRST || a->nargs == 0)
		return false;
	for (uint32_t i = 0; i < a->nargs; i++)
		if (!raw_operand(w, a->args[i], depth + 1))
			return false;
	return true;
}

/* the keys one of which `raw matches /re/` needs, NULL when it needs
 * none that can be told (a regex without literals, a derived text) */
static uint64_t *regex_need(need_walk *w, const rl_node *n)
{
	if (n->op != OP_MATCHES || n->neg || (n->quant != Q_NONE && n->quant != Q_ANY) ||
	    !n->b || n->b->kind != N_REGEX || !n->b->u.re.n)
		return NULL;
	for (uint32_t i = 0; i < n->b->u.re.n; i++)
		if (!n->b->u.re.res[i].nlit || !n->b->u.re.res[i].nkw)
			return NULL; /* before noting plain() fields it will not need */
	if (!raw_operand(w, n->a, 0))
		return NULL;
	uint64_t *m = agate_arena_zalloc(w->a, w->nwords * sizeof(uint64_t));
	if (!m)
		return NULL;
	for (uint32_t i = 0; i < n->b->u.re.n; i++) {
		const rl_re *re = &n->b->u.re.res[i];
		if (!re->nlit || !re->nkw)
			return NULL;
		for (unsigned g = 0; g < re->nkw; g++) {
			if (re->kw_word[g] >= w->nwords)
				return NULL;
			m[re->kw_word[g]] |= re->kw_mask[g];
		}
	}
	return m;
}

/* keep m among the set's needs; when full, in place of one that more
 * calls would meet */
static void need_add(need_walk *w, need_set *s, uint64_t *m)
{
	if (s->n < NEED_MAX) {
		s->m[s->n++] = m;
		return;
	}
	unsigned worst = 0;
	uint64_t wk = 0;
	for (unsigned i = 0; i < s->n; i++) {
		uint64_t k = need_weight(w, s->m[i]);
		if (k > wk) {
			wk = k;
			worst = i;
		}
	}
	if (need_weight(w, m) < wk)
		s->m[worst] = m;
}

/* the need of s that the fewest calls would meet */
static uint64_t *rarest(const need_walk *w, const need_set *s)
{
	uint64_t *best = s->m[0];
	uint64_t bk = need_weight(w, best);
	for (unsigned i = 1; i < s->n; i++) {
		uint64_t k = need_weight(w, s->m[i]);
		if (k < bk) {
			bk = k;
			best = s->m[i];
		}
	}
	return best;
}

/* What n being true needs, into s. Missing a need is always safe (the
 * rule is then evaluated), so running out of work or memory only stops. */
static void collect(need_walk *w, const rl_node *n, int depth, need_set *s)
{
	if (!n || depth > RL_MAX_DEPTH * 2 || ++w->work > NEED_WORK)
		return;
	switch (n->kind) {
	case N_AND:
		collect(w, n->a, depth + 1, s);
		collect(w, n->b, depth + 1, s);
		return;
	case N_OR: {
		need_set x = { .n = 0 }, y = { .n = 0 };
		collect(w, n->a, depth + 1, &x);
		if (!x.n)
			return;
		collect(w, n->b, depth + 1, &y);
		if (!y.n)
			return;
		uint64_t *m = agate_arena_alloc(w->a, w->nwords * sizeof(uint64_t));
		if (!m)
			return;
		const uint64_t *ma = rarest(w, &x), *mb = rarest(w, &y);
		for (size_t i = 0; i < w->nwords; i++)
			m[i] = ma[i] | mb[i];
		need_add(w, s, m);
		return;
	}
	case N_PRED:
		collect(w, n->u.pred->body, depth + 1, s);
		return;
	case N_CMP: {
		uint64_t *m = regex_need(w, n);
		if (m)
			need_add(w, s, m);
		return;
	}
	default:
		return;
	}
}

/* m as (word, mask) pairs in the rule set's pool; -ENOMEM */
static int need_store(cst *c, const need_walk *w, const uint64_t *m, rl_need *out)
{
	uint32_t nw = 0;
	for (size_t i = 0; i < w->nwords; i++)
		nw += m[i] != 0;
	uint32_t *word = rl_alloc(c->rs->pool, nw * sizeof(uint32_t));
	uint64_t *mask = rl_alloc(c->rs->pool, nw * sizeof(uint64_t));
	if (!word || !mask)
		return -ENOMEM;
	uint32_t k = 0;
	for (size_t i = 0; i < w->nwords; i++)
		if (m[i]) {
			word[k] = (uint32_t)i;
			mask[k++] = m[i];
		}
	*out = (rl_need){ nw, word, mask };
	return 0;
}

static int rule_needs(cst *c, need_walk *w, rl_rule *r)
{
	need_set s = { .n = 0 };
	w->work = 0;
	agate_arena_reset(w->a);
	for (uint32_t k = 0; k < r->nchecks; k++)
		collect(w, r->checks[k], 0, &s);
	if (!s.n)
		return 0;
	rl_need *needs = rl_alloc(c->rs->pool, RULE_NEEDS * sizeof(rl_need));
	if (!needs)
		return -ENOMEM;
	unsigned kept = 0;
	while (kept < RULE_NEEDS && s.n) {
		uint64_t *m = rarest(w, &s);
		unsigned i = 0;
		while (s.m[i] != m)
			i++;
		s.m[i] = s.m[--s.n];
		if (need_store(c, w, m, &needs[kept]) < 0)
			return -ENOMEM;
		kept++;
	}
	r->needs = needs;
	r->nneeds = (uint8_t)kept;
	return 0;
}

int needs_build(cst *c)
{
	agate_ruleset *rs = c->rs;
	if (!rs->lits || !rs->lits->nwords)
		return 0;
	need_walk *w = calloc(1, sizeof(*w));
	if (!w || !(w->a = agate_arena_new(NEED_ARENA))) {
		free(w);
		return -ENOMEM;
	}
	w->nwords = rs->lits->nwords;
	uint32_t *weight = calloc(w->nwords * 64, sizeof(uint32_t));
	if (!weight) {
		agate_arena_free(w->a);
		free(w);
		return -ENOMEM;
	}
	for (size_t i = 0; i < c->lit_texts.len && i < w->nwords * 64; i++)
		weight[i] = key_weight(c->lit_texts.items[i]);
	w->weight = weight;
	int rc = 0;
	for (size_t i = 0; i < rs->nrules && rc == 0; i++)
		rc = rule_needs(c, w, rs->rules[i]);
	/* a text noted for a need not kept costs a reading, no more; with
	 * plain_all, plain() of every text is read anyway, pairs() are not */
	rs->plain_all = w->plain_all;
	rs->nneed_texts = 0;
	for (unsigned i = 0; i < w->ntexts; i++)
		if (!w->plain_all || w->texts[i]->sub == FN_PAIRS)
			rs->need_texts[rs->nneed_texts++] = w->texts[i];
	agate_arena_free(w->a);
	free(weight);
	free(w);
	return rc;
}
