/* rules_eval.c - decide one action against a compiled rule set.
 *
 * Only the rules whose trigger matches the tool are visited: the exact
 * names come from the hash index, the glob/any rules from a short side
 * list, and both lists are merged in file order. Nothing here writes to
 * the rule set; every scratch byte (lower-cased strings, normalised paths,
 * parsed shell lines, PCRE2 match data, the explain trace) comes from the
 * caller's arena, so concurrent evaluations never share mutable state.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "policy/eval/eval_int.h"

/* ---- combination --------------------------------------------------------------- */


typedef struct pick {
	const rl_rule *r;
	agate_enforcement enf; /* block when the rule failed to evaluate */
	bool err;
	const char *errmsg;
} pick;

/* deny-overrides; ties by priority, then severity, then file order */
static bool beats(const pick *a, const pick *b)
{
	if (!b->r)
		return true;
	int ra = agate_enforcement_rank(a->enf), rb = agate_enforcement_rank(b->enf);
	if (ra != rb)
		return ra > rb;
	if (a->r->priority != b->r->priority)
		return a->r->priority > b->r->priority;
	if (a->r->severity != b->r->severity)
		return a->r->severity > b->r->severity;
	return a->r->index < b->r->index;
}

/* the bigram filter first: a pattern whose literal runs hold a bigram
 * the name lacks cannot match */
static inline bool pat_match(const rl_pat *pt, const char *low, size_t len,
			     const uint64_t nbg[4])
{
	if ((pt->bigrams[0] & ~nbg[0]) | (pt->bigrams[1] & ~nbg[1]) |
	    (pt->bigrams[2] & ~nbg[2]) | (pt->bigrams[3] & ~nbg[3]))
		return false;
	return rl_pat_match(pt, low, len);
}

#define MERGE_MAX 32
#define SHADOW_MAX 32

/* One decision, carried through the steps of agate_rules_eval. */
typedef struct decision {
	const agate_ruleset *rs;
	const agate_action *act;
	agate_arena *arena;
	rl_ctx c;
	rl_sbuf tsb;            /* the explain trace, when asked for */
	rl_sbuf isb;            /* and every rule considered, by file */
	const char *tfile, *ifile; /* the file each of them names last */
	bool indexing;          /* eval_rule adds to isb (not when tracing again) */
	unsigned shown;         /* rules whose checks the trace shows */
	char lowbuf[256];
	char *low;              /* the tool, lower-cased: lowbuf or the arena */
	size_t tl;
	uint64_t h;             /* FNV-1a of low, never 0 */
	/* candidate lists, each ascending, merged in file order */
	const uint32_t *lists[MERGE_MAX];
	uint32_t lens[MERGE_MAX], pos[MERGE_MAX];
	size_t nl;
	/* several lists: their rules as one bitset by index, read in order */
	uint64_t *cand;
	size_t cand_words, cand_at;
	/* the matches so far */
	pick best, ov;          /* the best match, the best override allow */
	int max_deny_prio;
	bool deny_err;          /* a rule failed: no override then */
	pick shadows[SHADOW_MAX];
	size_t nshadow;
	/* the literal keys in the call's texts (call_keys), for the rules'
	 * needs: 0 not read yet, 1 read, -1 not usable for this call */
	int keys_state;
	uint64_t *keys;
	/* the rule set's param() names the call holds (call_names), for the
	 * rules' key needs: the same states */
	int names_state;
	uint64_t *names;
	agate_rule_tally *tally; /* env->tally: NULL unless measuring */
	bool ran;                /* the last eval_rule ran a check */
} decision;

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* the context, and the trace buffer when env asks to explain (0, -ENOMEM) */
static int begin(decision *d, const agate_ruleset *rs, const agate_action *act,
		 const agate_eval_env *env, agate_arena *arena)
{
	/* not a memset of the whole: the buffers are written before read */
	d->rs = rs;
	d->act = act;
	d->arena = arena;
	d->nl = 0;
	memset(&d->best, 0, sizeof(d->best));
	memset(&d->ov, 0, sizeof(d->ov));
	d->max_deny_prio = INT_MIN;
	d->deny_err = false;
	d->nshadow = 0;
	d->keys_state = 0;
	d->keys = NULL;
	d->names_state = 0;
	d->names = NULL;
	d->tally = env ? env->tally : NULL;
	d->ran = false;
	memset(&d->tsb, 0, sizeof(d->tsb));
	rl_ctx_init(&d->c, rs, act, env, arena);
	memset(&d->isb, 0, sizeof(d->isb));
	d->tfile = d->ifile = NULL;
	d->indexing = false;
	d->shown = 0;
	if (env && env->explain) {
		size_t cap = env->explain_cap ? env->explain_cap : AGATE_EXPLAIN_CAP;
		if (cap > AGATE_EXPLAIN_CAP_ALL)
			cap = AGATE_EXPLAIN_CAP_ALL;
		if (cap < RL_TRACE_TAIL * 2)
			cap = RL_TRACE_TAIL * 2;
		d->tsb.p = agate_arena_alloc(arena, cap);
		d->isb.p = agate_arena_alloc(arena, AGATE_EXPLAIN_INDEX_CAP);
		if (!d->tsb.p || !d->isb.p)
			return -ENOMEM;
		d->tsb.cap = cap - RL_TRACE_TAIL; /* the tail: see finish_trace */
		d->tsb.fixed = true;
		d->tsb.p[0] = '\0';
		d->isb.cap = AGATE_EXPLAIN_INDEX_CAP;
		d->isb.fixed = true;
		d->isb.p[0] = '\0';
		d->c.trace = &d->tsb;
		d->indexing = true;
	}
	return 0;
}

/* lower-case the tool once for the index and the globs (0, -ENOMEM) */
static int lower_tool(decision *d)
{
	const agate_action *act = d->act;
	size_t tl = act->tool.len;
	char *low = tl < sizeof(d->lowbuf) ? d->lowbuf : agate_arena_alloc(d->arena, tl + 1);
	if (!low)
		return -ENOMEM;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < tl; i++) {
		low[i] = (char)lc((unsigned char)act->tool.ptr[i]);
		h ^= (unsigned char)low[i];
		h *= 1099511628211ULL;
	}
	low[tl] = '\0';
	d->low = low;
	d->tl = tl;
	d->h = h ? h : 1;
	return 0;
}

/* the index's bucket for the tool, NULL when it has none */
static const rl_bucket *find_bucket(const decision *d)
{
	const agate_ruleset *rs = d->rs;
	if (!rs->nbuckets)
		return NULL;
	for (size_t j = d->h & (rs->nbuckets - 1);; j = (j + 1) & (rs->nbuckets - 1)) {
		const rl_bucket *bk = &rs->buckets[j];
		if (!bk->hash)
			return NULL;
		if (bk->hash == d->h && bk->len == d->tl && memcmp(bk->name, d->low, d->tl) == 0)
			return bk;
	}
}

/* one more candidate list; false when there are MERGE_MAX already */
static bool add_list(decision *d, const uint32_t *ids, uint32_t n)
{
	if (d->nl == MERGE_MAX)
		return false;
	d->lists[d->nl] = ids;
	d->lens[d->nl++] = n;
	return true;
}

/* The patterns of the side list that the tool matches, their rules as
 * candidate lists: through pat_map, only the patterns whose telling
 * bigram the name has; else the two groups of patterns (those without a
 * literal first byte, and those starting with the tool's first byte).
 * Returns false when there are more lists than MERGE_MAX. */
static bool add_patterns(decision *d, const uint64_t nbg[4])
{
	const agate_ruleset *rs = d->rs;
	const char *low = d->low;
	size_t tl = d->tl;
	if (rs->pat_map && rs->pat_words <= 8) {
		uint64_t sel[8];
		size_t w = rs->pat_words;
		memcpy(sel, rs->pat_always, w * sizeof(uint64_t));
		for (size_t i = 0; i + 1 < tl; i++) {
			const uint64_t *m = rs->pat_map +
				(((unsigned char)low[i] * 31u + (unsigned char)low[i + 1]) & 255u) * w;
			for (size_t k = 0; k < w; k++)
				sel[k] |= m[k];
		}
		for (size_t k = 0; k < w; k++) {
			for (uint64_t bits = sel[k]; bits; bits &= bits - 1) {
				const rl_pat *pt = &rs->pats[k * 64 + (size_t)__builtin_ctzll(bits)];
				if (pat_match(pt, low, tl, nbg) && !add_list(d, pt->ids, pt->n))
					return false;
			}
		}
		return true;
	}
	for (int pass = 0; pass < 2; pass++) {
		unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
		if (pass == 1 && !tl)
			break;
		for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++) {
			const rl_pat *pt = &rs->pats[q];
			if (pat_match(pt, low, tl, nbg) && !add_list(d, pt->ids, pt->n))
				return false;
		}
	}
	return true;
}

/* Rare: a tool (not in the index) matching more than MERGE_MAX distinct
 * patterns. Gather every matching pattern's rules into one sorted list
 * (0, -ENOMEM). */
static int merge_all(decision *d, const uint64_t nbg[4])
{
	const agate_ruleset *rs = d->rs;
	const char *low = d->low;
	size_t tl = d->tl;
	size_t total = 0;
	for (int pass = 0; pass < 2; pass++) {
		unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
		if (pass == 1 && !tl)
			break;
		for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++)
			if (pat_match(&rs->pats[q], low, tl, nbg))
				total += rs->pats[q].n;
	}
	uint32_t *all = agate_arena_alloc(d->arena, (total + 1) * sizeof(uint32_t));
	if (!all)
		return -ENOMEM;
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
		unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
		if (pass == 1 && !tl)
			break;
		for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++)
			if (pat_match(&rs->pats[q], low, tl, nbg)) {
				memcpy(all + n, rs->pats[q].ids, rs->pats[q].n * sizeof(uint32_t));
				n += rs->pats[q].n;
			}
	}
	qsort(all, n, sizeof(uint32_t), cmp_u32);
	d->lists[0] = all;
	d->lens[0] = (uint32_t)n;
	d->nl = 1;
	return 0;
}

/* The candidate lists: the exact bucket, and the rules of every side-list
 * pattern the tool matches (an indexed name's bucket already holds its
 * side-list rules). 0, -ENOMEM. */
static int gather_candidates(decision *d)
{
	const agate_ruleset *rs = d->rs;
	const rl_bucket *bk = find_bucket(d);
	if (d->c.trace)
		rl_sb_printf(d->c.trace, "tool \"%.*s\": %zu indexed + %zu glob/any rule(s) of %zu\n",
			     (int)(d->tl > 60 ? 60 : d->tl), d->act->tool.ptr,
			     bk ? (size_t)bk->nexact : 0, rs->nside_rules, rs->nrules);
	if (bk && bk->n)
		add_list(d, bk->ids, bk->n);
	if (!bk && rs->npats) {
		uint64_t nbg[4] = { 0, 0, 0, 0 };
		rl_bigrams(d->low, d->tl, nbg);
		if (!add_patterns(d, nbg) && merge_all(d, nbg) < 0)
			return -ENOMEM;
	}
	memset(d->pos, 0, d->nl * sizeof(d->pos[0]));
	d->cand = NULL;
	if (d->nl > 1) {
		/* one pass over the lists instead of a merge step per rule */
		d->cand_words = (rs->nrules + 63) / 64;
		d->cand_at = 0;
		d->cand = agate_arena_zalloc(d->arena, d->cand_words * sizeof(uint64_t));
		if (!d->cand)
			return -ENOMEM;
		for (size_t q = 0; q < d->nl; q++)
			for (uint32_t k = 0; k < d->lens[q]; k++)
				d->cand[d->lists[q][k] >> 6] |= 1ull << (d->lists[q][k] & 63);
	}
	return 0;
}

/* the next candidate in file order, UINT32_MAX when none is left */
static uint32_t next_candidate(decision *d)
{
	uint32_t id = UINT32_MAX;
	if (d->cand) {
		while (d->cand_at < d->cand_words && !d->cand[d->cand_at])
			d->cand_at++;
		if (d->cand_at == d->cand_words)
			return UINT32_MAX;
		uint64_t *w = &d->cand[d->cand_at];
		id = (uint32_t)(d->cand_at * 64 + (size_t)__builtin_ctzll(*w));
		*w &= *w - 1;
		return id;
	}
	if (d->nl == 1) { /* an indexed tool: one list, already merged */
		if (d->pos[0] == d->lens[0])
			return UINT32_MAX;
		return d->lists[0][d->pos[0]++];
	}
	for (size_t q = 0; q < d->nl; q++)
		if (d->pos[q] < d->lens[q] && d->lists[q][d->pos[q]] < id)
			id = d->lists[q][d->pos[q]];
	if (id == UINT32_MAX)
		return id;
	for (size_t q = 0; q < d->nl; q++)
		while (d->pos[q] < d->lens[q] && d->lists[q][d->pos[q]] == id)
			d->pos[q]++; /* the same rule through several lists */
	return id;
}

/* one considered rule in the list by file: "  FILE:\n    name: outcome" */
static void index_rule(decision *d, const rl_rule *r, bool err, bool match)
{
	rl_sbuf *ib = &d->isb;
	if (!d->ifile || strcmp(d->ifile, r->file) != 0) {
		rl_sb_puts(ib, "  ");
		rl_sb_puts(ib, r->file);
		rl_sb_puts(ib, ":\n");
		d->ifile = r->file;
	}
	rl_sb_puts(ib, "    ");
	rl_sb_puts(ib, r->name);
	rl_sb_puts(ib, r->shadow ? " (shadow): " : ": ");
	rl_sb_puts(ib, err ? "error, blocks" : !match ? "no match" : "match ");
	if (match && !err)
		rl_sb_puts(ib, agate_enforcement_name(r->enf));
	rl_sb_puts(ib, "\n");
}

/* ---- the rules' needs ------------------------------------------------------ */

/* the keys of s, and of plain(s) when the rule set's needs read it
 * (0, -ENOMEM) */
static int add_text_keys(decision *d, const char *s, size_t n, uint64_t *bits)
{
	const rl_litscan *ls = d->rs->lits;
	/* a text long enough for the rules to read it through the automaton
	 * too is read once for both, while their cache has room */
	const uint64_t *own = n >= RL_LITSCAN_MIN && d->c.lsc_next < RL_LSC_SLOTS ?
			      subject_lits(&d->c, s, n, true) : NULL;
	if (own)
		for (uint32_t w = 0; w < ls->nwords; w++)
			bits[w] |= own[w];
	else
		rl_litscan_add(ls, s, n, bits);
	if (!d->rs->plain_all)
		return 0;
	rl_val v, p;
	set_str(&v, s, n);
	int rc = rl_fn_plain(&d->c, &v, &p);
	if (rc == 0 && p.kind == RV_STR)
		rl_litscan_add(ls, p.s.ptr, p.s.len, bits);
	return rc;
}

/* Add the keys of every scalar of v that a comparison reads as text (a
 * string, a number as as_text writes it). 1; 0 when v nests deeper than
 * any/all walk (the rules then answer with an error, which skipping a
 * rule must not hide); -ENOMEM. */
static int add_tree_keys(decision *d, const agate_value *v, int depth, uint64_t *bits)
{
	if (depth > RL_MAX_WALK)
		return 0;
	if (v->type == AGATE_ARRAY || v->type == AGATE_MAP) {
		uint32_t len = v->type == AGATE_ARRAY ? v->as.array.len : v->as.map.len;
		for (uint32_t i = 0; i < len; i++) {
			const agate_value *e = v->type == AGATE_ARRAY ? &v->as.array.items[i] :
					       &v->as.map.items[i].value;
			int rc = add_tree_keys(d, e, depth + 1, bits);
			if (rc <= 0)
				return rc;
		}
		return 1;
	}
	rl_val l;
	char nb[48]; /* as match_re's: a number that does not fit is no text */
	agate_str t;
	from_value(v, &l);
	if (!as_text(&l, nb, sizeof(nb), &t) || !t.len)
		return 1;
	if (l.kind != RV_STR) {
		rl_litscan_add(d->rs->lits, t.ptr, t.len, bits); /* plain() of a number is nil */
		return 1;
	}
	return add_text_keys(d, t.ptr, t.len, bits) < 0 ? -ENOMEM : 1;
}

/* The literal keys in every text of the call that a need may stand for
 * (rl_need: the tool, the text, the arguments and the context), read
 * once per decision. 1 when d->keys holds them, 0 when this call's needs
 * cannot be told (no automaton, a tree too deep), -ENOMEM. */
static int call_keys(decision *d)
{
	if (d->keys_state)
		return d->keys_state > 0;
	const rl_litscan *ls = d->rs->lits;
	const agate_action *a = d->act;
	d->keys_state = -1;
	if (!ls)
		return 0;
	uint64_t *bits = agate_arena_zalloc(d->arena, ls->nwords * sizeof(uint64_t));
	if (!bits)
		return -ENOMEM;
	if (add_text_keys(d, a->tool.ptr, a->tool.len, bits) < 0 ||
	    (a->text.ptr && add_text_keys(d, a->text.ptr, a->text.len, bits) < 0))
		return -ENOMEM;
	int rc = a->args ? add_tree_keys(d, a->args, 0, bits) : 1;
	if (rc == 1 && a->context)
		rc = add_tree_keys(d, a->context, 0, bits);
	if (rc < 1)
		return rc; /* -ENOMEM, or 0: too deep, the needs unused */
	for (unsigned i = 0; i < d->rs->nneed_texts; i++) {
		rl_val p; /* through the memo: the rules' plain() or pairs() finds it */
		int prc = rl_eval_val(&d->c, d->rs->need_texts[i], &p);
		if (prc < 0)
			return prc == -ENOMEM ? prc : 0; /* the rules will say why */
		if (p.kind == RV_STR)
			rl_litscan_add(ls, p.s.ptr, p.s.len, bits);
	}
	d->keys = bits;
	d->keys_state = 1;
	return 1;
}

/* 0 when some need of r is unmet by the call's texts (r cannot match),
 * 1 when all may be met or cannot be told, -ENOMEM */
static int needs_met(decision *d, const rl_rule *r)
{
	int rc = call_keys(d);
	if (rc <= 0)
		return rc < 0 ? rc : 1;
	for (unsigned i = 0; i < r->nneeds; i++) {
		const rl_need *nd = &r->needs[i];
		uint64_t any = 0;
		for (uint32_t k = 0; k < nd->n && !any; k++)
			any = d->keys[nd->word[k]] & nd->mask[k];
		if (!any)
			return 0;
	}
	return 1;
}

/* Which of the rule set's param() names (rs->knames) the call holds
 * anywhere param() of one of its own fields looks: the keys of the
 * arguments and the context, and the `key=value` names of their strings,
 * of the text and of the tool. Read once per decision. 1 when d->names
 * holds them, 0 when they cannot be told (a tree deeper than param()
 * walks), -ENOMEM. */
static int call_names(decision *d)
{
	if (d->names_state)
		return d->names_state > 0;
	const rl_pkeys *ks = d->rs->knames;
	const agate_action *a = d->act;
	d->names_state = -1;
	if (!ks)
		return 0;
	uint64_t *bits = agate_arena_zalloc(d->arena, d->rs->knwords * sizeof(uint64_t));
	if (!bits)
		return -ENOMEM;
	rl_param_text_names(ks, a->tool.ptr, a->tool.len, bits);
	if (a->text.ptr)
		rl_param_text_names(ks, a->text.ptr, a->text.len, bits);
	if ((a->args && !rl_param_names(ks, a->args, 0, bits)) ||
	    (a->context && !rl_param_names(ks, a->context, 0, bits)))
		return 0;
	d->names = bits;
	d->names_state = 1;
	return 1;
}

/* 0 when the call holds none of the names of some key need of r (r
 * cannot match), 1 when it holds them all or cannot be told, -ENOMEM */
static int kneeds_met(decision *d, const rl_rule *r)
{
	int rc = call_names(d);
	if (rc <= 0)
		return rc < 0 ? rc : 1;
	for (unsigned i = 0; i < r->nkneeds; i++) {
		const rl_need *nd = &r->kneeds[i];
		uint64_t any = 0;
		for (uint32_t k = 0; k < nd->n && !any; k++)
			any = d->names[nd->word[k]] & nd->mask[k];
		if (!any)
			return 0;
	}
	return 1;
}

/* Evaluate rule r's checks: 1 when it matches, or failed to evaluate (then
 * *pk blocks and says why), 0 when it does not, -ENOMEM. */
static int eval_rule(decision *d, const rl_rule *r, pick *pk)
{
	rl_ctx *c = &d->c;
	if (c->trace) {
		/* rules come in file order: a header where the file changes */
		if (!d->tfile || strcmp(d->tfile, r->file) != 0) {
			rl_sb_puts(c->trace, "in ");
			rl_sb_puts(c->trace, r->file);
			rl_sb_puts(c->trace, ":\n");
			d->tfile = r->file;
		}
		if (!c->trace->overflow && d->indexing)
			d->shown++;
		rl_sb_printf(c->trace, "rule %s%s:\n", r->name, r->shadow ? " (mode shadow)" : "");
	}
	if (r->nneeds && !c->trace) {
		int met = needs_met(d, r);
		if (met <= 0)
			return met; /* 0: a need unmet, the rule cannot match */
	}
	if (r->nkneeds && !c->trace) {
		int met = kneeds_met(d, r);
		if (met <= 0)
			return met; /* 0: no argument of the names it needs */
	}
	if (r->pregate && !c->trace) {
		int may = may_hold(c, r->pregate, 0);
		if (may == -ENOMEM)
			return may;
		if (may == 0)
			return 0; /* no command of the line passes its gate */
	}
	bool match = true, err = false;
	c->err = NULL;
	d->ran = true;
	/* a value read two ways lets an allow rule through only when every
	 * reading does (rl_ctx.negated) */
	c->negated = r->enf == AGATE_ENFORCE_ALLOW;
	for (uint32_t k = 0; k < r->nchecks; k++) {
		bool v = false;
		int rc = rl_eval_bool(c, r->checks[k], &v);
		if (rc == -ENOMEM)
			return rc;
		if (rc < 0) {
			err = true;
			break;
		}
		if (c->trace && !c->trace->overflow) {
			rl_sb_printf(c->trace, "  check %u: ", k + 1);
			rl_print_node(c->trace, r->checks[k], false, 0);
			rl_sb_puts(c->trace, v ? " -> true\n" : " -> false\n");
		}
		if (!v) {
			match = false;
			break;
		}
	}
	c->negated = false;
	if (c->trace)
		rl_sb_printf(c->trace, "  => %s%s%s%s\n",
			     err ? "error: " : match ? "match " : "no match",
			     err ? (c->err ? c->err : "?") : "",
			     err ? "" : match ? agate_enforcement_name(r->enf) : "",
			     match && !err && r->shadow ? " (shadow: not enforced)" : "");
	if (c->trace && d->indexing)
		index_rule(d, r, err, match);
	if (!err && !match)
		return 0;
	*pk = (pick){ r, err ? AGATE_ENFORCE_BLOCK : r->enf, err, err ? c->err : NULL };
	return 1;
}

/* Take a match into account: a shadow rule is only noted; otherwise it
 * may be the best match, or the best override allow. */
static void choose(decision *d, const pick *pk)
{
	const rl_rule *r = pk->r;
	if (r->shadow) {
		if (d->nshadow < SHADOW_MAX)
			d->shadows[d->nshadow++] = *pk;
		return;
	}
	if (pk->enf != AGATE_ENFORCE_ALLOW) {
		if (r->priority > d->max_deny_prio)
			d->max_deny_prio = r->priority;
		if (pk->err)
			d->deny_err = true; /* a failed rule is never overridden */
	} else if (r->override) {
		const rl_rule *o = d->ov.r;
		if (!o || r->priority > o->priority ||
		    (r->priority == o->priority && r->severity > o->severity))
			d->ov = *pk;
	}
	if (beats(pk, &d->best))
		d->best = *pk;
}

/* the deciding match: the best one, unless an override allow outranks
 * every deny (and no rule failed); none when nothing matched */
static pick decided(const decision *d)
{
	pick dec = d->best;
	if (dec.r && dec.enf != AGATE_ENFORCE_ALLOW && d->ov.r && !d->deny_err &&
	    d->ov.r->priority > d->max_deny_prio)
		dec = d->ov;
	return dec;
}

/* the verdict, rule, reason and advice of dec, or the set's default (0, -ENOMEM) */
static int fill_result(const decision *d, const pick *dec, agate_rules_result *out)
{
	const agate_ruleset *rs = d->rs;
	if (!dec->r) {
		out->matched = false;
		out->enforcement = rs->default_allow ? AGATE_ENFORCE_ALLOW : AGATE_ENFORCE_BLOCK;
		out->reason = rs->default_allow ? "no rule matched (default allow)" :
						  "no rule matched (default block)";
		out->trace = rs->default_allow ? "default allow" : "default block";
		return 0;
	}
	out->matched = true;
	out->enforcement = dec->enf;
	out->rule = dec->r->name;
	out->severity = dec->r->severity;
	out->priority = dec->r->priority;
	if (dec->err) {
		out->reason = agate_arena_printf(d->arena, "%s: %s", dec->r->error_reason,
						 dec->errmsg ? dec->errmsg : "unknown");
		if (!out->reason)
			return -ENOMEM;
		out->advice = NULL;
	} else {
		out->reason = dec->r->reason;
		out->advice = dec->enf == AGATE_ENFORCE_REFLECT ||
					      dec->enf == AGATE_ENFORCE_BLOCK ?
				      dec->r->advice :
				      NULL;
	}
	out->trace = dec->r->short_trace;
	return 0;
}

/* the shadow rules that, enforced, would have changed the verdict, into
 * out->shadow (0, -ENOMEM) */
static int collect_shadow(const decision *d, const pick *dec, agate_rules_result *out)
{
	if (!d->nshadow)
		return 0;
	rl_sbuf names = { 0 };
	char nb[1024];
	names.p = nb;
	names.cap = sizeof(nb);
	names.fixed = true;
	nb[0] = '\0';
	agate_verdict_kind def_v = d->rs->default_allow ? AGATE_VERDICT_ALLOW : AGATE_VERDICT_BLOCK;
	agate_verdict_kind cur = dec->r ? agate_enforcement_verdict(dec->enf) : def_v;
	for (size_t k = 0; k < d->nshadow; k++) {
		const pick *sp = &d->shadows[k];
		agate_verdict_kind sv = agate_enforcement_verdict(sp->enf);
		bool changes;
		if (!dec->r)
			changes = sv != cur;
		else if (sp->enf == AGATE_ENFORCE_ALLOW && sp->r->override && !sp->err)
			changes = cur != AGATE_VERDICT_ALLOW && !d->deny_err &&
				  sp->r->priority > d->max_deny_prio;
		else
			changes = beats(sp, dec) && sv != cur;
		if (!changes)
			continue;
		if (names.len)
			rl_sb_puts(&names, ",");
		rl_sb_puts(&names, sp->r->name);
	}
	if (names.len) {
		out->shadow = agate_arena_strndup(d->arena, nb, names.len);
		if (!out->shadow)
			return -ENOMEM;
	}
	return 0;
}

/* every shadow rule that matched, "name:verdict,...", into
 * out->shadow_matched (0, -ENOMEM) */
static int collect_shadow_matched(const decision *d, agate_rules_result *out)
{
	size_t need = 1;
	if (!d->nshadow)
		return 0;
	for (size_t k = 0; k < d->nshadow; k++)
		need += strlen(d->shadows[k].r->name) + sizeof(",:review");
	char *buf = agate_arena_alloc(d->arena, need);
	if (!buf)
		return -ENOMEM;
	rl_sbuf sb = { .p = buf, .cap = need, .fixed = true };
	buf[0] = '\0';
	for (size_t k = 0; k < d->nshadow; k++) {
		const pick *sp = &d->shadows[k];
		if (k)
			rl_sb_puts(&sb, ",");
		rl_sb_puts(&sb, sp->r->name);
		rl_sb_puts(&sb, ":");
		rl_sb_puts(&sb, agate_verdict_name(agate_enforcement_verdict(sp->enf)));
	}
	out->shadow_matched = buf;
	return 0;
}

/* the trace's last lines, and the trace as the result's. When the rules
 * before it filled the trace, the deciding rule is traced once more in
 * the tail kept free for it, so that its tests and the command it held on
 * are always shown (0, -ENOMEM). */
static int finish_trace(decision *d, const pick *dec, agate_rules_result *out)
{
	rl_sbuf *t = d->c.trace;
	size_t cap = t->cap + RL_TRACE_TAIL;
	bool cut = t->overflow;
	d->indexing = false; /* the deciding rule traced again is no new entry */
	if (t->overflow && dec->r) {
		pick again;
		t->overflow = false;
		t->cap = cap - RL_TRACE_LAST;
		if (eval_rule(d, dec->r, &again) == -ENOMEM)
			return -ENOMEM;
	}
	t->overflow = false;
	t->cap = cap;
	if (dec->r)
		rl_sb_printf(t, "decision: rule %s (%s)%s\n", dec->r->name,
			     agate_enforcement_name(out->enforcement),
			     dec->r == d->ov.r && d->best.r != d->ov.r ? " by override" : "");
	else
		rl_sb_printf(t, "decision: %s\n", out->trace);
	/* then where the trace was cut, and every rule considered by file */
	char head[320];
	int hn = cut ? snprintf(head, sizeof(head),
				"[trace cut at %zu bytes: the checks of %u of the %u rules considered "
				"are shown above; every rule is listed below; see all of them with "
				"agatectl --explain-all (explain_all in the protocol)]\n",
				cap, d->shown, out->candidates) : 0;
	int ln = snprintf(head + (hn > 0 ? hn : 0), sizeof(head) - (size_t)(hn > 0 ? hn : 0),
			  "rules considered (%u), by file:\n", out->candidates);
	size_t hl = (size_t)(hn > 0 ? hn : 0) + (size_t)(ln > 0 ? ln : 0);
	if (hl >= sizeof(head))
		hl = sizeof(head) - 1;
	char *all = agate_arena_alloc(d->arena, t->len + hl + d->isb.len + 1);
	if (!all)
		return -ENOMEM;
	memcpy(all, t->p, t->len);
	memcpy(all + t->len, head, hl);
	memcpy(all + t->len + hl, d->isb.p, d->isb.len);
	all[t->len + hl + d->isb.len] = '\0';
	out->trace = all;
	return 0;
}

/* The lines this decision parsed and its memo answers, for the history
 * record to read again (agate_history_record_parsed). NULL when there is
 * none, or when the arena
 * cannot hold the few bytes: the record then parses them itself, to the
 * same columns. */
static const agate_eval_parsed *hand_over(decision *d)
{
	if (!d->c.shell && !d->c.memo_b)
		return NULL;
	agate_eval_parsed *p = agate_arena_alloc(d->arena, sizeof(*p));
	if (!p)
		return NULL;
	p->rs = d->rs;
	p->act = d->act;
	p->shell = d->c.shell;
	p->memo_b = d->c.memo_b;
	p->memo_v = d->c.memo_v;
	p->memo_vd = d->c.memo_vd;
	return p;
}

/* ---- a measuring aid (agate_eval_env.tally) ------------------------------ */

static uint64_t tally_now(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}

/* eval_rule, counted in d->tally[id]; apart, so that the loop over the
 * candidates pays one test for it when no one measures */
__attribute__((noinline)) static int eval_rule_tallied(decision *d, uint32_t id,
							const rl_rule *r, pick *pk)
{
	uint64_t t0 = tally_now();
	d->ran = false;
	int rc = eval_rule(d, r, pk);
	uint64_t t1 = tally_now();
	agate_rule_tally *t = &d->tally[id];
	t->reached++;
	t->evaluated += d->ran;
	t->matched += rc > 0;
	t->ns += t1 > t0 ? t1 - t0 : 0;
	return rc;
}

int agate_rules_eval(const agate_ruleset *rs, const agate_action *act,
		     const agate_eval_env *env, agate_arena *arena,
		     agate_rules_result *out)
{
	if (!out)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	out->enforcement = AGATE_ENFORCE_BLOCK; /* until decided */
	out->reason = "internal error";
	out->trace = "internal error";
	if (!rs || !act || !arena)
		return -EINVAL;

	decision d;
	int rc = begin(&d, rs, act, env, arena);
	if (rc == 0)
		rc = lower_tool(&d);
	if (rc < 0)
		return rc; /* out still blocks */
	if (gather_candidates(&d) < 0)
		goto nomem;
	for (uint32_t id; (id = next_candidate(&d)) != UINT32_MAX;) {
		const rl_rule *r = rs->rules[id];
		pick pk;
		out->candidates++;
		rc = d.tally ? eval_rule_tallied(&d, id, r, &pk) : eval_rule(&d, r, &pk);
		if (rc < 0)
			goto nomem;
		if (rc == 0)
			continue;
		out->matches++;
		choose(&d, &pk);
	}
	pick dec = decided(&d);
	if (fill_result(&d, &dec, out) < 0 || collect_shadow(&d, &dec, out) < 0 ||
	    collect_shadow_matched(&d, out) < 0)
		goto nomem;
	if (d.c.trace && finish_trace(&d, &dec, out) < 0)
		goto nomem;
	out->parsed = hand_over(&d);
	return 0;

nomem:
	memset(out, 0, sizeof(*out));
	out->enforcement = AGATE_ENFORCE_BLOCK;
	out->reason = "out of memory while evaluating rules";
	out->trace = "out of memory";
	return -ENOMEM;
}
