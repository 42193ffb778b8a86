/* assess.c - the identity drift cascade (see drift.h, docs/drift.md).
 *
 * Each component is a small closed formula over the frame's axes and a
 * hashed bag of words; docs/drift.md writes them out. Loops run over
 * fixed arrays in a fixed order (axis order, then the order in which the
 * words were written), so the same inputs give bit-identical doubles.
 * The only libm call is sqrt, which IEEE 754 rounds exactly.
 *
 * This file scores one action and casts the votes; the evidence it reads
 * comes from evidence.c, the imprint from identity.c. Every file of the
 * room starts with the pragma block below, so that no compiler fuses a
 * multiply and an add into an FMA: that would change the last bit of a
 * score on some machines.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/drift/drift_int.h"

static double clamp01(double x)
{
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* ---- configuration ----------------------------------------------------------- */

agate_drift_config agate_drift_config_default(void)
{
	/* docs/drift.md "Defaults" says how each was chosen */
	return (agate_drift_config){
		.enabled = true,
		.drift_threshold = 0.60,
		.session_threshold = 0.45,
		.resonance_threshold = 0.40,
		.provenance_threshold = 0.50,
		.session_decay = 0.70,
		.votes_to_veto = 2,
	};
}

/* ---- assessment ------------------------------------------------------------- */

static const char *quote_entry(agate_arena *a, const agate_bag *b, long i)
{
	if (i < 0 || (size_t)i >= b->n || !b->items[i].src)
		return NULL;
	return short_quote(a, b->items[i].src, b->items[i].len, 40);
}

struct assess_ctx {
	agate_arena *arena;
	agate_drift_result *out;
	const agate_action *act;
	const char *act_q; /* "tool first-argument-or-text", built on first use */
	bool explain;      /* every sentence, not only the blocking ones */
	bool vetoed;       /* second pass after a veto: the vote the reason quotes speaks */
	bool hard_first;   /* the first pass found a hard veto: its sentence is the reason */
	bool spoken;       /* second pass: the reason's vote has its sentence */
	bool oom;
};

/* "tool first-argument-or-text" for the sentences, built once and only
 * when a sentence is written */
static const char *action_quote(struct assess_ctx *c)
{
	if (c->act_q)
		return c->act_q;
	const agate_action *act = c->act;
	const char *s = NULL;
	size_t n = 0;
	if (act->args && act->args->type == AGATE_MAP) {
		for (uint32_t i = 0; i < act->args->as.map.len && !s; i++) {
			const agate_value *v = &act->args->as.map.items[i].value;
			if (v->type == AGATE_STR && v->as.str.len) {
				s = v->as.str.ptr;
				n = v->as.str.len;
			}
		}
	}
	if (!s && act->text.ptr && act->text.len) {
		s = act->text.ptr;
		n = act->text.len;
	}
	char *tq = short_quote(c->arena, act->tool.ptr, act->tool.len, 40);
	char *aq = s ? short_quote(c->arena, s, n, 40) : NULL;
	c->act_q = !tq ? NULL : aq && aq[0] ? agate_arena_printf(c->arena, "%s %s", tq, aq) : tq;
	if (!c->act_q) {
		c->oom = true;
		return "";
	}
	return c->act_q;
}

/* Is the sentence of a vote written? Always under explain; otherwise only
 * when the cascade vetoes, and then only the one the reason quotes: a hard
 * veto's own sentence, or the first blocking vote's. Formatting is most of
 * the cascade's cost, and a block needs one reason, not every sentence. */
static bool say(const struct assess_ctx *c, bool block)
{
	return c->explain || (block && c->vetoed && !c->hard_first && !c->spoken);
}

static void vote(struct assess_ctx *c, const char *component, double score,
		 double threshold, bool block, const char *why)
{
	agate_drift_result *o = c->out;
	if (!why && say(c, block))
		c->oom = true;
	if (o->nvotes >= AGATE_DRIFT_MAX_VOTES)
		return;
	o->votes[o->nvotes++] = (agate_drift_vote){ component, score, threshold, block,
						    say(c, block) && why ? why : NULL };
	if (why && block && c->vetoed)
		c->spoken = true;
}

int agate_drift_assess(const agate_frame *f, const agate_identity *id,
		       const agate_drift_config *cfg, const agate_action *act,
		       agate_drift_state *state, bool commit, agate_arena *arena,
		       agate_drift_result *out)
{
	return agate_drift_assess_ex(f, id, cfg, act, state, commit,
				     AGATE_DRIFT_EXPLAIN, arena, out);
}

int agate_drift_assess_ex(const agate_frame *f, const agate_identity *id,
			  const agate_drift_config *cfg, const agate_action *act,
			  agate_drift_state *state, bool commit, unsigned flags,
			  agate_arena *arena, agate_drift_result *out)
{
	if (!out)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	if (!f || !act || !arena)
		return -EINVAL;
	/* axis indices mean nothing in another frame: a caller that reloads
	 * the frames must rebuild its identities (fail closed, not empty) */
	if (id && id->frame != f)
		return -EINVAL;
	agate_drift_config defcfg = agate_drift_config_default();
	if (!cfg)
		cfg = &defcfg;
	bool have_id = id && !id->empty;
	struct assess_ctx c = { .arena = arena, .out = out, .act = act,
				.explain = (flags & AGATE_DRIFT_EXPLAIN) != 0 };
	const size_t na = f->naxes;

	/* 1. the action: tool, args, text */
	agate_bag act_bag;
	if (agate_bag_init(&act_bag, MAX_ACTION_TERMS, arena))
		return -ENOMEM;
	ents act_ents = { .n = 0 };
	agate_bag_add_text(&act_bag, f, act->tool.ptr, act->tool.len, MAX_TOOL_BYTES,
			   W_TOOL, AGATE_BAG_TOOL);
	struct walk w = { .bag = &act_bag, .f = f, .ents = &act_ents, .wkey = W_KEY,
			  .wleaf = W_LEAF, .flags = AGATE_BAG_CONTENT, .arena = arena };
	walk_value(&w, act->args, 0);
	if (act->text.ptr && act->text.len) {
		agate_bag_add_text(&act_bag, f, act->text.ptr, act->text.len, MAX_TEXT_BYTES,
				   W_TEXT, AGATE_BAG_CONTENT);
		ents_scan(&act_ents, act->text.ptr, act->text.len, MAX_TEXT_BYTES);
	}
	/* what the tool does, in its own description: weighed with the
	 * tool's name (its risk, resonance's tool part), not as content */
	const agate_value *desc = tool_description(act);
	if (desc)
		agate_bag_add_text(&act_bag, f, desc->as.str.ptr, desc->as.str.len,
				   MAX_DESC_BYTES, W_DESC, AGATE_BAG_DESC);

	proj *px = agate_arena_alloc(arena, sizeof(proj));
	proj *ptool = agate_arena_alloc(arena, sizeof(proj));
	if (!px || !ptool)
		return -ENOMEM;
	/* the description only adds evidence of what the tool does (its
	 * name's projection, hard veto 2): a harmless-sounding description
	 * is cheap to write, so it never lowers drift nor raises resonance */
	project(f, &act_bag, AGATE_BAG_TOOL | AGATE_BAG_CONTENT, px);
	project(f, &act_bag, AGATE_BAG_TOOL | AGATE_BAG_DESC, ptool);

	/* risk: strongest risk-weighted activation; unaccounted: the part of
	 * it the identity's own activation on that axis does not cover */
	size_t top = SIZE_MAX, utop = SIZE_MAX;
	double risk = 0, unacc = 0, tool_unacc = 0;
	for (size_t a = 0; a < na; a++) {
		double r = f->axes[a].risk * px->x[a];
		if (r > risk) {
			risk = r;
			top = a;
		}
		double cover = have_id ? id->axes[a] : 0;
		double u = f->axes[a].risk * (px->x[a] > cover ? px->x[a] - cover : 0);
		if (u > unacc) {
			unacc = u;
			utop = a;
		}
	}
	size_t tool_axis = SIZE_MAX;
	for (size_t a = 0; a < na; a++) {
		double cover = have_id ? id->axes[a] : 0;
		double ut = f->axes[a].risk * (ptool->x[a] > cover ? ptool->x[a] - cover : 0);
		if (f->axes[a].risk >= HARD_AXIS_RISK && ut >= tool_unacc && ut > 0) {
			if (ut > tool_unacc || tool_axis == SIZE_MAX)
				tool_axis = a;
			tool_unacc = ut;
		}
	}
	out->axes_max = risk;
	out->top_axis = top != SIZE_MAX ? f->axes[top].name : NULL;

	bool declared = have_id && agate_identity_declares_tool(id, act->tool.ptr, act->tool.len);

	/* 2-3. drift: semantic distance plus unaccounted risk */
	double drift = 0, resonance = 0;
	if (have_id) {
		double dot = 0, nx = 0;
		for (size_t a = 0; a < na; a++) {
			dot += px->x[a] * id->axes[a];
			nx += px->x[a] * px->x[a];
		}
		double cos_axes = (nx > 0 && id->axes_norm > 0) ? dot / (sqrt(nx) * id->axes_norm) : 0;
		double bdot = 0, bn = 0;
		for (size_t i = 0; i < act_bag.n; i++) {
			const agate_bag_entry *e = &act_bag.items[i];
			if ((e->flags & AGATE_BAG_PHRASE) ||
			    !(e->flags & (AGATE_BAG_TOOL | AGATE_BAG_CONTENT)))
				continue;
			bdot += e->weight * id->bow[bow_bucket(e->hash)];
			bn += e->weight * e->weight;
		}
		double cos_bow = (bn > 0 && id->bow_norm > 0) ? bdot / (sqrt(bn) * id->bow_norm) : 0;
		double sim = nx > 0 ? 0.5 * cos_axes + 0.5 * cos_bow : cos_bow;
		double dsem = clamp01(1 - sim);
		/* half distance, half uncovered risk: an off-topic but
		 * harmless action stays at or below 0.5 */
		drift = clamp01(0.5 * dsem + 0.5 * unacc);

		/* 4. resonance: share of the tool's words and of the content the
		 * identity accounts for (vocabulary, covered axes, scope) */
		double tw = 0, ta = 0, cw = 0, ca = 0;
		for (size_t i = 0; i < act_bag.n; i++) {
			const agate_bag_entry *e = &act_bag.items[i];
			/* phrases count too: "insider trading" is one act */
			bool acc = accounted(f, id, e);
			/* a risky word weighs more: the identity has to account
			 * for "Manipulation" more than for "Grade" */
			double ew = e->weight * (1 + 2 * entry_risk(f, e));
			if (!(e->flags & (AGATE_BAG_TOOL | AGATE_BAG_CONTENT)))
				continue; /* description only */
			if (e->flags & AGATE_BAG_TOOL) {
				tw += ew;
				ta += acc ? ew : 0;
			} else {
				cw += ew;
				ca += acc ? ew : 0;
			}
		}
		for (size_t i = 0; i < act_ents.n; i++) {
			cw += W_LEAF;
			for (size_t k = 0; k < id->nscope_ents; k++)
				if (id->scope_ents[k] == act_ents.e[i].hash) {
					ca += W_LEAF;
					break;
				}
		}
		double tool_part = tw > 0 ? ta / tw : 0;
		if (declared)
			tool_part = 1;
		else if (id->ntools)
			tool_part *= 0.5; /* it had a list, and this tool is not on it */
		resonance = cw > 0 ? 0.6 * tool_part + 0.4 * (ca / cw) : tool_part;
		resonance = clamp01(resonance);
	}
	out->drift = drift;
	out->resonance = resonance;

	double decay = cfg->session_decay;
	if (!(decay >= 0 && decay <= 1))
		decay = defcfg.session_decay;
	double prev = state ? state->session_drift : 0;
	double sess = have_id ? decay * prev + (1 - decay) * drift : prev;
	out->session_drift = sess;

	/* 5. provenance: does the action carry out what the agent read
	 * (context.trigger) rather than what the user asked (context.task)? */
	double prov = 0, inj = 0, role_trig = 0, echo = 0;
	size_t nnew = 0;
	const ent *first_new = NULL;
	long inj_entry = -1, role_entry = -1;
	agate_bag trig_bag = { 0 }, task_bag = { 0 };
	const agate_value *trig = ctx_str(act, "trigger", 7);
	const agate_value *task = ctx_str(act, "task", 4);
	/* the task is read whenever there is one: an order injected into the
	 * request itself is followed like one injected into the trigger */
	if (trig || task) {
		if (agate_bag_init(&trig_bag, MAX_CONTEXT_TERMS, arena) ||
		    agate_bag_init(&task_bag, MAX_CONTEXT_TERMS, arena))
			return -ENOMEM;
	}
	if (task)
		agate_bag_add_text(&task_bag, f, task->as.str.ptr, task->as.str.len,
				   MAX_CONTEXT_BYTES, 1.0, AGATE_BAG_CONTENT);
	if (trig) {
		agate_bag_add_text(&trig_bag, f, trig->as.str.ptr, trig->as.str.len,
				   MAX_CONTEXT_BYTES, 1.0, AGATE_BAG_CONTENT);
		proj *pt = agate_arena_alloc(arena, sizeof(proj));
		proj *pk = agate_arena_alloc(arena, sizeof(proj));
		ents *tg = agate_arena_alloc(arena, sizeof(ents));
		ents *tk = agate_arena_alloc(arena, sizeof(ents));
		if (!pt || !pk || !tg || !tk)
			return -ENOMEM;
		tg->n = tk->n = 0;
		project(f, &trig_bag, 0, pt);
		project(f, &task_bag, 0, pk);
		ents_scan(tg, trig->as.str.ptr, trig->as.str.len, MAX_CONTEXT_BYTES);
		if (task)
			ents_scan(tk, task->as.str.ptr, task->as.str.len, MAX_CONTEXT_BYTES);
		for (size_t a = 0; a < na; a++) {
			if ((f->axes[a].use & AGATE_AXIS_USE_INJECTION) && pt->x[a] > inj) {
				inj = pt->x[a];
				inj_entry = pt->top[a];
			}
			if ((f->axes[a].use & AGATE_AXIS_USE_ROLE_OVERRIDE) && pt->x[a] > role_trig) {
				role_trig = pt->x[a];
				role_entry = pt->top[a];
			}
		}
		/* entities of the action found in the trigger, not in the task
		 * nor in the identity's scope */
		for (size_t i = 0; i < act_ents.n; i++) {
			uint64_t h = act_ents.e[i].hash;
			if (!ents_has(tg, h) || ents_has(tk, h))
				continue;
			bool in_scope = false;
			for (size_t k = 0; have_id && k < id->nscope_ents; k++)
				if (id->scope_ents[k] == h)
					in_scope = true;
			if (in_scope)
				continue;
			if (!first_new)
				first_new = &act_ents.e[i];
			nnew++;
		}
		/* echo: share of the action's content words that come from the
		 * trigger and not from the task */
		double ew = 0, ea = 0;
		for (size_t i = 0; i < act_bag.n; i++) {
			const agate_bag_entry *e = &act_bag.items[i];
			if (!(e->flags & AGATE_BAG_CONTENT) || (e->flags & AGATE_BAG_PHRASE))
				continue;
			ew += e->weight;
			if (agate_bag_find(&trig_bag, e->hash) >= 0 &&
			    agate_bag_find(&task_bag, e->hash) < 0)
				ea += e->weight;
		}
		echo = ew > 0 ? ea / ew : 0;
		/* how much the task itself asks for this kind of action */
		double cover = top != SIZE_MAX ? pk->x[top] : 0;
		double follow = top != SIZE_MAX && pt->x[top] > pk->x[top]
					? px->x[top] * (pt->x[top] - pk->x[top]) : 0;
		double p_ent = 1;
		for (size_t i = 0; i < nnew && i < 8; i++)
			p_ent *= 0.5;
		p_ent = 1 - p_ent;
		double gate = echo > p_ent ? echo : p_ent;
		if (risk > gate)
			gate = risk;
		double p_inj = inj * gate;
		double keep = (1 - p_inj) * (1 - p_ent * (1 - cover)) * (1 - follow) *
			      (1 - 0.5 * echo * (1 - cover));
		prov = clamp01(1 - keep);
	}
	out->provenance = prov;

	/* 5b. an injected order carried out: an unambiguous override phrase
	 * in the task or the trigger, and the action's tool or content named
	 * in the text that follows it */
	struct injected inj_task = { 0 }, inj_trig = { 0 };
	if (task && injected_order(f, &task_bag, task->as.str.ptr, task->as.str.len, &act_bag, arena, &inj_task))
		return -ENOMEM;
	if (trig && injected_order(f, &trig_bag, trig->as.str.ptr, trig->as.str.len, &act_bag, arena, &inj_trig))
		return -ENOMEM;
	const struct injected *io = inj_task.follow >= inj_trig.follow ? &inj_task : &inj_trig;
	const char *io_where = io == &inj_task ? "the request" : "what the agent read";
	const agate_bag *io_bag = io == &inj_task ? &task_bag : &trig_bag;

	/* 6. votes. Without explain the first pass writes no vote sentence;
	 * if the cascade vetoes, the votes are cast again (same numbers, so
	 * the same outcome) to write the sentence the reason quotes. The
	 * label's empty statement keeps the declarations below valid C11. */
votes:;
	const char *idq = have_id ? id->quote : "";
	char *why = NULL;
	bool bl;
	if (have_id) {
		bl = drift > cfg->drift_threshold;
		why = NULL;
		if (!say(&c, bl)) {
			/* the numbers are in the vote; no sentence */
		} else if (utop != SIZE_MAX && unacc > 0.05) {
			const char *term = quote_entry(arena, &act_bag, px->top[utop]);
			why = agate_arena_printf(arena,
				"drift %.2f %s %.2f: '%s' is %s '%s' (%s %.2f%s%s%s not covered by the identity)",
				drift, bl ? ">" : "<=", cfg->drift_threshold, action_quote(&c),
				bl ? "far from" : "within reach of", idq, f->axes[utop].label,
				px->x[utop], term ? ": '" : "", term ? term : "", term ? "'" : "");
		} else {
			why = agate_arena_printf(arena,
				"drift %.2f %s %.2f: '%s' is %s '%s' (no uncovered risk)",
				drift, bl ? ">" : "<=", cfg->drift_threshold, action_quote(&c),
				bl ? "far from" : "within reach of", idq);
		}
		vote(&c, "drift", drift, cfg->drift_threshold, bl, why);

		uint32_t n = (state ? state->actions : 0) + 1;
		bl = sess > cfg->session_threshold;
		why = !say(&c, bl) ? NULL : agate_arena_printf(arena,
			"session drift %.2f %s %.2f over %u action%s: %s",
			sess, bl ? ">" : "<=", cfg->session_threshold, n, n == 1 ? "" : "s",
			bl ? "the session has walked away from the declared purpose"
			   : "the session stays near the declared purpose");
		vote(&c, "session", sess, cfg->session_threshold, bl, why);

		bl = resonance < cfg->resonance_threshold;
		why = !say(&c, bl) ? NULL : agate_arena_printf(arena,
			"resonance %.2f %s %.2f: the identity accounts for %s of '%s'%s",
			resonance, bl ? "<" : ">=", cfg->resonance_threshold,
			resonance < 0.34 ? "little" : resonance < 0.67 ? "part" : "most",
			action_quote(&c),
			declared ? " (declared tool)"
			: id->ntools ? " (tool not among the declared tools)" : "");
		vote(&c, "resonance", resonance, cfg->resonance_threshold, bl, why);
	} else {
		vote(&c, "drift", 0, cfg->drift_threshold, false,
		     "drift not judged: the agent declared no identity");
		vote(&c, "resonance", 0, cfg->resonance_threshold, false,
		     "resonance not judged: the agent declared no identity");
	}

	if (trig) {
		bl = prov > cfg->provenance_threshold;
		const char *injq = say(&c, bl) ? quote_entry(arena, &trig_bag, inj_entry) : NULL;
		const char *entq = say(&c, bl) && first_new && first_new->src
					   ? short_quote(arena, first_new->src, first_new->len, 40)
					   : NULL;
		why = !say(&c, bl) ? NULL : agate_arena_printf(arena,
			"provenance %.2f %s %.2f: '%s' %s%s%s%s%s%s%s",
			prov, bl ? ">" : "<=", cfg->provenance_threshold, action_quote(&c),
			bl ? "carries out what the agent read, not what the user asked"
			   : "follows what the user asked",
			nnew ? "; " : "",
			nnew ? (entq ? entq : "a value") : "",
			nnew ? " appears in the trigger but not in the task" : "",
			inj >= 0.3 ? "; the trigger reads like an injected instruction ('" : "",
			inj >= 0.3 ? (injq ? injq : "") : "",
			inj >= 0.3 ? "')" : "");
		vote(&c, "provenance", prov, cfg->provenance_threshold, bl, why);
	} else {
		vote(&c, "provenance", 0, cfg->provenance_threshold, false,
		     "provenance 0.00: no trigger in the context");
	}

	/* hard vetoes: each blocks alone */
	const char *hard = NULL;
	double hard_score = 0, hard_thr = 0;
	if (have_id && id->ntools && utop != SIZE_MAX &&
	    !declared &&
	    unacc >= HARD_UNACCOUNTED && f->axes[utop].risk >= HARD_AXIS_RISK) {
		hard = agate_arena_printf(arena,
			"hard veto: tool '%s' is not among the %zu declared tools and projects on %s %.2f",
			action_quote(&c), id->ntools, f->axes[utop].label, px->x[utop]);
		hard_score = unacc;
		hard_thr = HARD_UNACCOUNTED;
	}
	if (!hard && have_id && !id->ntools && tool_axis != SIZE_MAX &&
	    tool_unacc >= HARD_TOOL_NAME) {
		const char *term = quote_entry(arena, &act_bag, ptool->top[tool_axis]);
		hard = agate_arena_printf(arena,
			"hard veto: the agent declared no tools and tool '%.*s' is named for %s (%.2f%s%s%s), which '%s' does not cover",
			(int)(act->tool.len > 60 ? 60 : act->tool.len), act->tool.ptr,
			f->axes[tool_axis].label, ptool->x[tool_axis],
			term ? ": '" : "", term ? term : "", term ? "'" : "", idq);
		hard_score = tool_unacc;
		hard_thr = HARD_TOOL_NAME;
	}
	if (!hard) {
		double role_act = 0;
		long re = -1;
		for (size_t a = 0; a < na; a++)
			if ((f->axes[a].use & AGATE_AXIS_USE_ROLE_OVERRIDE) && px->x[a] > role_act) {
				role_act = px->x[a];
				re = px->top[a];
			}
		if (role_act >= HARD_ROLE) {
			const char *q = quote_entry(arena, &act_bag, re);
			hard = agate_arena_printf(arena,
				"hard veto: role override: the action says '%s'", q ? q : "");
			hard_score = role_act;
			hard_thr = HARD_ROLE;
		} else if (role_trig >= HARD_ROLE && (echo >= 0.25 || risk >= 0.5 || nnew > 0)) {
			const char *q = quote_entry(arena, &trig_bag, role_entry);
			hard = agate_arena_printf(arena,
				"hard veto: role override: '%s' follows a trigger that says '%s'",
				action_quote(&c), q ? q : "");
			hard_score = role_trig;
			hard_thr = HARD_ROLE;
		}
	}
	/* an injected order carried out on a risky axis: either provenance
	 * is overwhelming, or it passed its threshold with an unambiguous
	 * injected phrase and a value taken from the trigger */
	if (!hard && risk >= HARD_PROV_RISK && top != SIZE_MAX &&
	    (prov >= HARD_PROVENANCE ||
	     (prov > cfg->provenance_threshold && inj >= HARD_INJECTION && nnew > 0))) {
		hard = agate_arena_printf(arena,
			"hard veto: '%s' (%s %.2f) carries out an instruction injected into what the agent read (provenance %.2f)",
			action_quote(&c), f->axes[top].label, px->x[top], prov);
		hard_score = prov;
		hard_thr = HARD_PROVENANCE;
	}
	if (!hard && io->follow >= HARD_FOLLOW) {
		const char *q = quote_entry(arena, io_bag, io->entry);
		hard = agate_arena_printf(arena,
			"hard veto: '%s' carries out an order injected into %s after '%s' (%.0f%% of the action is named there)",
			action_quote(&c), io_where, q ? q : "", 100 * io->follow);
		hard_score = io->follow;
		hard_thr = HARD_FOLLOW;
	}
	if (hard) {
		c.hard_first = false; /* the hard vote itself speaks */
		vote(&c, "hard", hard_score, hard_thr, true, hard);
		out->hard_veto = true;
	}

	unsigned blocks = 0;
	for (unsigned i = 0; i < out->nvotes; i++)
		if (out->votes[i].block && strcmp(out->votes[i].component, "hard"))
			blocks++;
	unsigned need = cfg->votes_to_veto ? cfg->votes_to_veto : 1;
	out->veto = out->hard_veto || blocks >= need;
	if (out->veto && !c.explain && !c.vetoed) {
		c.vetoed = true;
		c.hard_first = out->hard_veto;
		out->nvotes = 0;
		out->hard_veto = false;
		out->veto = false;
		goto votes;
	}
	if (out->hard_veto) {
		out->reason = hard;
	} else if (out->veto) {
		const char *first = NULL;
		for (unsigned i = 0; i < out->nvotes && !first; i++)
			if (out->votes[i].block)
				first = out->votes[i].why;
		out->reason = agate_arena_printf(arena, "drift cascade: %u of %u votes to block (%u needed): %s",
						 blocks, out->nvotes, need, first ? first : "");
	} else if (c.explain) {
		out->reason = agate_arena_printf(arena, "drift cascade: %u vote%s to block, %u needed",
						 blocks, blocks == 1 ? "" : "s", need);
	}
	if (!out->reason && (out->veto || c.explain))
		c.oom = true;
	if (c.oom)
		return -ENOMEM;
	if (commit && state) {
		state->session_drift = sess;
		state->actions++;
	}
	return 0;
}

