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

#include "policy/eval/eval_int.h"

/* ---- combination --------------------------------------------------------------- */

static int rank(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_STOP: return 4;
	case AGATE_ENFORCE_BLOCK:
	case AGATE_ENFORCE_REFLECT: return 3;
	case AGATE_ENFORCE_REVIEW: return 2;
	default: return 1;
	}
}

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
	int ra = rank(a->enf), rb = rank(b->enf);
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

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

#define SHADOW_MAX 32

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

	rl_ctx c;
	rl_sbuf tsb = { 0 };
	rl_ctx_init(&c, rs, act, env, arena);
	if (env && env->explain) {
		tsb.p = agate_arena_alloc(arena, RL_TRACE_CAP);
		if (!tsb.p)
			return -ENOMEM;
		tsb.cap = RL_TRACE_CAP;
		tsb.fixed = true;
		tsb.p[0] = '\0';
		c.trace = &tsb;
	}

	/* lower-case the tool once for the index and the globs */
	char lowbuf[256];
	size_t tl = act->tool.len;
	char *low = tl < sizeof(lowbuf) ? lowbuf : agate_arena_alloc(arena, tl + 1);
	if (!low)
		return -ENOMEM;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < tl; i++) {
		low[i] = (char)lc((unsigned char)act->tool.ptr[i]);
		h ^= (unsigned char)low[i];
		h *= 1099511628211ULL;
	}
	low[tl] = '\0';
	if (!h)
		h = 1;
	const uint32_t *ex = NULL;
	size_t nex = 0, nexact = 0;
	bool indexed = false;
	if (rs->nbuckets) {
		for (size_t j = h & (rs->nbuckets - 1);; j = (j + 1) & (rs->nbuckets - 1)) {
			const rl_bucket *bk = &rs->buckets[j];
			if (!bk->hash)
				break;
			if (bk->hash == h && bk->len == tl && memcmp(bk->name, low, tl) == 0) {
				ex = bk->ids;
				nex = bk->n;
				nexact = bk->nexact;
				indexed = true;
				break;
			}
		}
	}
	if (c.trace)
		rl_sb_printf(c.trace, "tool \"%.*s\": %zu indexed + %zu glob/any rule(s) of %zu\n",
			     (int)(tl > 60 ? 60 : tl), act->tool.ptr, nexact, rs->nside_rules, rs->nrules);

	pick best = { 0 }, ov = { 0 };
	int max_deny_prio = INT_MIN;
	bool deny_err = false;
	const rl_rule *shadows[SHADOW_MAX];
	pick shadow_picks[SHADOW_MAX];
	size_t nshadow = 0;
	int rc = 0;

	/* candidate lists: the exact bucket, and the rules of every pattern
	 * that matches (patterns without a literal first byte, and those
	 * starting with the tool's first byte) */
	const uint32_t *lists[MERGE_MAX];
	uint32_t lens[MERGE_MAX], pos[MERGE_MAX];
	size_t nl = 0;
	bool many = false;
	if (nex) {
		lists[nl] = ex;
		lens[nl++] = (uint32_t)nex;
	}
	/* an indexed name's bucket already holds its side-list rules */
	uint64_t nbg[4] = { 0, 0, 0, 0 };
	bool scanned = false;
	if (!indexed && rs->npats)
		rl_bigrams(low, tl, nbg);
	if (!indexed && rs->npats && rs->pat_map && rs->pat_words <= 8) {
		/* only the patterns whose telling bigram the name has */
		uint64_t sel[8];
		size_t w = rs->pat_words;
		memcpy(sel, rs->pat_always, w * sizeof(uint64_t));
		for (size_t i = 0; i + 1 < tl; i++) {
			const uint64_t *m = rs->pat_map +
				(((unsigned char)low[i] * 31u + (unsigned char)low[i + 1]) & 255u) * w;
			for (size_t k = 0; k < w; k++)
				sel[k] |= m[k];
		}
		for (size_t k = 0; k < w && !many; k++) {
			for (uint64_t bits = sel[k]; bits; bits &= bits - 1) {
				const rl_pat *pt = &rs->pats[k * 64 + (size_t)__builtin_ctzll(bits)];
				if (!pat_match(pt, low, tl, nbg))
					continue;
				if (nl == MERGE_MAX) {
					many = true;
					break;
				}
				lists[nl] = pt->ids;
				lens[nl++] = pt->n;
			}
		}
		scanned = true; /* done: skip the group scan below */
	}
	for (int pass = 0; pass < 2 && rs->npats && !indexed && !scanned; pass++) {
		unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
		if (pass == 1 && !tl)
			break;
		for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++) {
			const rl_pat *pt = &rs->pats[q];
			if (!pat_match(pt, low, tl, nbg))
				continue;
			if (nl == MERGE_MAX) {
				many = true;
				break;
			}
			lists[nl] = pt->ids;
			lens[nl++] = pt->n;
		}
	}
	if (many) {
		/* rare: a tool matching many distinct patterns; gather and sort */
		size_t total = nex;
		for (int pass = 0; pass < 2; pass++) {
			unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
			if (pass == 1 && !tl)
				break;
			for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++)
				if (pat_match(&rs->pats[q], low, tl, nbg))
					total += rs->pats[q].n;
		}
		uint32_t *all = agate_arena_alloc(arena, (total + 1) * sizeof(uint32_t));
		if (!all)
			goto nomem;
		size_t n = 0;
		if (nex)
			memcpy(all, ex, nex * sizeof(uint32_t));
		n = nex;
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
		lists[0] = all;
		lens[0] = (uint32_t)n;
		nl = 1;
	}
	memset(pos, 0, nl * sizeof(pos[0]));
	for (;;) {
		uint32_t id = UINT32_MAX;
		if (nl == 1) { /* an indexed tool: one list, already merged */
			if (pos[0] == lens[0])
				break;
			id = lists[0][pos[0]++];
		} else {
			for (size_t q = 0; q < nl; q++)
				if (pos[q] < lens[q] && lists[q][pos[q]] < id)
					id = lists[q][pos[q]];
			if (id == UINT32_MAX)
				break;
			for (size_t q = 0; q < nl; q++)
				while (pos[q] < lens[q] && lists[q][pos[q]] == id)
					pos[q]++; /* the same rule through several lists */
		}
		const rl_rule *r = rs->rules[id];
		out->candidates++;
		if (c.trace)
			rl_sb_printf(c.trace, "rule %s:\n", r->name);

		if (r->pregate && !c.trace) {
			int may = may_hold(&c, r->pregate, 0);
			if (may == -ENOMEM)
				goto nomem;
			if (may == 0)
				continue; /* no command of the line passes its gate */
		}
		bool match = true, err = false;
		c.err = NULL;
		for (uint32_t k = 0; k < r->nchecks; k++) {
			bool v = false;
			rc = rl_eval_bool(&c, r->checks[k], &v);
			if (rc == -ENOMEM)
				goto nomem;
			if (rc < 0) {
				err = true;
				break;
			}
			if (c.trace && !c.trace->overflow) {
				rl_sb_printf(c.trace, "  check %u: ", k + 1);
				rl_print_node(c.trace, r->checks[k], false, 0);
				rl_sb_puts(c.trace, v ? " -> true\n" : " -> false\n");
			}
			if (!v) {
				match = false;
				break;
			}
		}
		if (c.trace)
			rl_sb_printf(c.trace, "  => %s%s%s\n",
				     err ? "error: " : match ? "match " : "no match",
				     err ? (c.err ? c.err : "?") : "",
				     err ? "" : match ? agate_enforcement_name(r->enf) : "");
		if (!err && !match)
			continue;
		out->matches++;
		pick pk = { r, err ? AGATE_ENFORCE_BLOCK : r->enf, err, err ? c.err : NULL };
		if (r->shadow) {
			if (nshadow < SHADOW_MAX) {
				shadows[nshadow] = r;
				shadow_picks[nshadow++] = pk;
			}
			continue;
		}
		if (pk.enf != AGATE_ENFORCE_ALLOW) {
			if (r->priority > max_deny_prio)
				max_deny_prio = r->priority;
			if (err)
				deny_err = true; /* a failed rule is never overridden */
		} else if (r->override) {
			if (!ov.r || r->priority > ov.r->priority ||
			    (r->priority == ov.r->priority && r->severity > ov.r->severity))
				ov = pk;
		}
		if (beats(&pk, &best))
			best = pk;
	}

	pick dec = best;
	if (dec.r && dec.enf != AGATE_ENFORCE_ALLOW && ov.r && !deny_err &&
	    ov.r->priority > max_deny_prio)
		dec = ov;

	agate_verdict_kind def_v = rs->default_allow ? AGATE_VERDICT_ALLOW : AGATE_VERDICT_BLOCK;
	if (dec.r) {
		out->matched = true;
		out->enforcement = dec.enf;
		out->rule = dec.r->name;
		out->severity = dec.r->severity;
		out->priority = dec.r->priority;
		if (dec.err) {
			out->reason = agate_arena_printf(arena, "%s: %s", dec.r->error_reason,
							 dec.errmsg ? dec.errmsg : "unknown");
			if (!out->reason)
				goto nomem;
			out->advice = NULL;
		} else {
			out->reason = dec.r->reason;
			out->advice = dec.enf == AGATE_ENFORCE_REFLECT ||
						      dec.enf == AGATE_ENFORCE_BLOCK ?
					      dec.r->advice :
					      NULL;
		}
		out->trace = dec.r->short_trace;
	} else {
		out->matched = false;
		out->enforcement = rs->default_allow ? AGATE_ENFORCE_ALLOW : AGATE_ENFORCE_BLOCK;
		out->reason = rs->default_allow ? "no rule matched (default allow)" :
						  "no rule matched (default block)";
		out->trace = rs->default_allow ? "default allow" : "default block";
	}

	/* shadow rules that, enforced, would have changed the verdict */
	if (nshadow) {
		rl_sbuf names = { 0 };
		char nb[1024];
		names.p = nb;
		names.cap = sizeof(nb);
		names.fixed = true;
		nb[0] = '\0';
		agate_verdict_kind cur = dec.r ? agate_enforcement_verdict(dec.enf) : def_v;
		for (size_t k = 0; k < nshadow; k++) {
			const pick *sp = &shadow_picks[k];
			agate_verdict_kind sv = agate_enforcement_verdict(sp->enf);
			bool changes;
			if (!dec.r)
				changes = sv != cur;
			else if (sp->enf == AGATE_ENFORCE_ALLOW && sp->r->override && !sp->err)
				changes = cur != AGATE_VERDICT_ALLOW && !deny_err &&
					  sp->r->priority > max_deny_prio;
			else
				changes = beats(sp, &dec) && sv != cur;
			if (!changes)
				continue;
			if (names.len)
				rl_sb_puts(&names, ",");
			rl_sb_puts(&names, shadows[k]->name);
		}
		if (names.len) {
			out->shadow = agate_arena_strndup(arena, nb, names.len);
			if (!out->shadow)
				goto nomem;
		}
	}

	if (c.trace) {
		if (dec.r)
			rl_sb_printf(c.trace, "decision: rule %s (%s)%s\n", dec.r->name,
				     agate_enforcement_name(out->enforcement),
				     dec.r == ov.r && best.r != ov.r ? " by override" : "");
		else
			rl_sb_printf(c.trace, "decision: %s\n", out->trace);
		out->trace = tsb.p;
	}
	return 0;

nomem:
	memset(out, 0, sizeof(*out));
	out->enforcement = AGATE_ENFORCE_BLOCK;
	out->reason = "out of memory while evaluating rules";
	out->trace = "out of memory";
	return -ENOMEM;
}
