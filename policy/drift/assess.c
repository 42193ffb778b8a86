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
	o->votes[o->nvotes++] = (agate_drift_vote){ component, score, threshold, block, false,
						    say(c, block) && why ? why : NULL };
	if (why && block && c->vetoed)
		c->spoken = true;
}

/* A component with no evidence to judge on: it is not counted. Its
 * flag is in every verdict and audit row; its sentence (a constant, or
 * one written once per identity, so it costs nothing to give) is kept
 * where sentences are read, as for the other votes. */
static void abstain(struct assess_ctx *c, const char *component, double score,
		    double threshold, const char *why)
{
	agate_drift_result *o = c->out;
	if (o->nvotes >= AGATE_DRIFT_MAX_VOTES)
		return;
	o->votes[o->nvotes++] = (agate_drift_vote){ component, score, threshold, false, true,
						    c->explain ? why : NULL };
}

int agate_drift_assess(const agate_frame *f, const agate_identity *id,
		       const agate_drift_config *cfg, const agate_action *act,
		       agate_drift_state *state, bool commit, agate_arena *arena,
		       agate_drift_result *out)
{
	return agate_drift_assess_ex(f, id, cfg, act, state, commit,
				     AGATE_DRIFT_EXPLAIN, arena, out);
}

/* ---- one assessment, step by step --------------------------------------- */

/* What one assessment carries from step to step: its inputs, then what
 * each step found, in the order the steps run. */
struct assess {
	const agate_frame *f;
	const agate_identity *id;
	const agate_drift_config *cfg;
	agate_drift_config defcfg;
	const agate_action *act;
	const agate_drift_state *state;
	agate_arena *arena;
	agate_drift_result *out;
	struct assess_ctx c;
	bool have_id;
	bool generic;      /* the identity says too little: drift, session, resonance abstain */
	bool unread_name;  /* no purpose, role or tools, and a name no role expands */

	/* read_action */
	agate_bag act_bag;
	ents act_ents;
	proj *px, *ptool;
	bool declared;

	/* score_risk */
	size_t top, utop, tool_axis;
	double risk, unacc, tool_unacc;

	/* score_drift, score_resonance, score_session */
	double drift, resonance, sess;

	/* read_context, score_provenance */
	const agate_value *trig, *task;
	agate_bag trig_bag, task_bag;
	proj *pt, *pk;     /* projections of the trigger and the task, or NULL */
	double prov, inj, role_trig, echo;
	double asked;      /* how much of the action (act or object) the task names */
	size_t task_words; /* the task's words, stop words aside */
	size_t nnew;
	const ent *first_new;
	long inj_entry, role_entry;

	/* find_injected */
	struct injected inj_task, inj_trig;
	const struct injected *io;
	const char *io_where;
	const agate_bag *io_bag;

	/* hard_veto, tally */
	const char *hard;
	double hard_score, hard_thr;
	unsigned blocks, need, voters;
	bool against;      /* a blocking vote carries evidence against the action */
	bool one_source;   /* drift and resonance counted as one vote (bare role) */
	bool routine;      /* the uncovered risk is named by routine work (`routine` words) */
	bool name_only;    /* ... or by the tool's name alone, which nothing corroborates */
};

/* A call written as text names its tool before its arguments
 * ("API_CALL:impersonate_user(target=...)"), and the tool's name is
 * already in the bag as the tool's: the text is read from just after
 * the name's opening parenthesis, so that the name is not read a second
 * time as something the arguments say. Only when the name opens the
 * text, alone or after a call marker of letters and a colon
 * ("API_CALL:", "TOOL_CALL:"): words before the name are words the text
 * says ("From now on you are ... update_settings(...)") and are read. */
static bool call_marker_only(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return true;
	size_t letters = 0;
	while (i < n && ((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z') ||
			 p[i] == '_')) {
		i++;
		letters++;
	}
	if (!letters || letters > 16 || i == n || p[i] != ':')
		return false;
	for (i++; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return false;
	return true;
}

static agate_str text_past_own_name(agate_str text, agate_str tool)
{
	enum { NAME_WITHIN = 24 };
	if (!text.ptr || !tool.ptr || !tool.len || text.len <= tool.len)
		return text;
	size_t span = text.len < NAME_WITHIN + tool.len ? text.len : NAME_WITHIN + tool.len;
	for (size_t i = 0; i + tool.len < span; i++) {
		if (memcmp(text.ptr + i, tool.ptr, tool.len) != 0)
			continue;
		if (!call_marker_only(text.ptr, i))
			return text;
		size_t j = i + tool.len;
		while (j < text.len && (text.ptr[j] == ' ' || text.ptr[j] == '\t'))
			j++;
		if (j < text.len && text.ptr[j] == '(')
			return (agate_str){ text.ptr + j + 1, text.len - j - 1 };
		return text;
	}
	return text;
}

/* 1. the action: tool, args, text */
static int read_action(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_action *act = s->act;
	agate_arena *arena = s->arena;

	if (agate_bag_init(&s->act_bag, MAX_ACTION_TERMS, arena))
		return -ENOMEM;
	agate_bag_add_text(&s->act_bag, f, act->tool.ptr, act->tool.len, MAX_TOOL_BYTES,
			   W_TOOL, AGATE_BAG_TOOL);
	struct walk w = { .bag = &s->act_bag, .f = f, .ents = &s->act_ents, .wkey = W_KEY,
			  .wleaf = W_LEAF, .flags = AGATE_BAG_CONTENT, .arena = arena };
	walk_value(&w, act->args, 0);
	s->out->values_read = (uint32_t)w.visits;
	if (act->text.ptr && act->text.len) {
		agate_str said = text_past_own_name(act->text, act->tool);
		agate_bag_add_text(&s->act_bag, f, said.ptr, said.len, MAX_TEXT_BYTES, W_TEXT,
				   AGATE_BAG_CONTENT);
		ents_scan(&s->act_ents, act->text.ptr, act->text.len, MAX_TEXT_BYTES);
	}
	/* what the tool does, in its own description: weighed with the
	 * tool's name (its risk, resonance's tool part), not as content */
	agate_str desc = tool_description(act);
	if (desc.len)
		agate_bag_add_text(&s->act_bag, f, desc.ptr, desc.len, MAX_DESC_BYTES, W_DESC,
				   AGATE_BAG_DESC);

	s->px = agate_arena_alloc(arena, sizeof(proj));
	s->ptool = agate_arena_alloc(arena, sizeof(proj));
	if (!s->px || !s->ptool)
		return -ENOMEM;
	/* the description only adds evidence of what the tool does (its
	 * name's projection, hard veto 2): a harmless-sounding description
	 * is cheap to write, so it never lowers drift nor raises resonance */
	project(f, &s->act_bag, AGATE_BAG_TOOL | AGATE_BAG_CONTENT, s->px);
	project(f, &s->act_bag, AGATE_BAG_TOOL | AGATE_BAG_DESC, s->ptool);

	s->declared = s->have_id &&
		      agate_identity_declares_tool(s->id, act->tool.ptr, act->tool.len);
	return 0;
}

/* risk: strongest risk-weighted activation; unaccounted: the part of
 * it the identity's own activation on that axis does not cover */
static void score_risk(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_identity *id = s->id;
	const size_t na = f->naxes;
	const proj *px = s->px, *ptool = s->ptool;

	s->top = s->utop = SIZE_MAX;
	for (size_t a = 0; a < na; a++) {
		double r = f->axes[a].risk * px->x[a];
		if (r > s->risk) {
			s->risk = r;
			s->top = a;
		}
		double cover = s->have_id ? id->axes[a] : 0;
		double u = f->axes[a].risk * (px->x[a] > cover ? px->x[a] - cover : 0);
		if (u > s->unacc) {
			s->unacc = u;
			s->utop = a;
		}
	}
	s->tool_axis = SIZE_MAX;
	for (size_t a = 0; a < na; a++) {
		double cover = s->have_id ? id->axes[a] : 0;
		double ut = f->axes[a].risk * (ptool->x[a] > cover ? ptool->x[a] - cover : 0);
		if (f->axes[a].risk >= HARD_AXIS_RISK && ut >= s->tool_unacc && ut > 0) {
			if (ut > s->tool_unacc || s->tool_axis == SIZE_MAX)
				s->tool_axis = a;
			s->tool_unacc = ut;
		}
	}
	s->out->axes_max = s->risk;
	s->out->top_axis = s->top != SIZE_MAX ? f->axes[s->top].name : NULL;
}

/* cosine similarity of the action (its axes and words) with one view of
 * the identity */
static double similarity(const struct assess *s, const double *axes, double axes_norm,
			 const agate_identity *id, double bow_norm)
{
	const size_t na = s->f->naxes;
	const proj *px = s->px;
	double dot = 0, nx = 0;
	for (size_t a = 0; a < na; a++) {
		dot += px->x[a] * axes[a];
		nx += px->x[a] * px->x[a];
	}
	double cos_axes = (nx > 0 && axes_norm > 0) ? dot / (sqrt(nx) * axes_norm) : 0;
	double bdot = 0, bn = 0;
	for (size_t i = 0; i < s->act_bag.n; i++) {
		const agate_bag_entry *e = &s->act_bag.items[i];
		if ((e->flags & AGATE_BAG_PHRASE) ||
		    !(e->flags & (AGATE_BAG_TOOL | AGATE_BAG_CONTENT)))
			continue;
		bdot += e->weight * identity_bow(id, bow_bucket(e->hash));
		bn += e->weight * e->weight;
	}
	double cos_bow = (bn > 0 && bow_norm > 0) ? bdot / (sqrt(bn) * bow_norm) : 0;
	return nx > 0 ? 0.5 * cos_axes + 0.5 * cos_bow : cos_bow;
}

/* 2-3. drift: semantic distance plus unaccounted risk */
static void score_drift(struct assess *s)
{
	const agate_identity *id = s->id;

	if (!s->have_id)
		return;
	double sim = similarity(s, id->axes, id->axes_norm, id, id->bow_norm);
	double dsem = clamp01(1 - sim);
	/* a declared tool is in scope whatever its words: only the risk
	 * the identity does not cover counts, so drift stays <= 0.5 */
	if (s->declared)
		dsem = 0;
	/* half distance, half uncovered risk: an off-topic but
	 * harmless action stays at or below 0.5 */
	s->drift = clamp01(0.5 * dsem + 0.5 * s->unacc);
	s->out->drift = s->drift;
}

/* 4. resonance: share of the tool's words and of the content the
 * identity accounts for (vocabulary, covered axes, scope) */
static void score_resonance(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_identity *id = s->id;

	if (!s->have_id)
		return;
	double tw = 0, ta = 0, cw = 0, ca = 0;
	for (size_t i = 0; i < s->act_bag.n; i++) {
		const agate_bag_entry *e = &s->act_bag.items[i];
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
	for (size_t i = 0; i < s->act_ents.n; i++) {
		cw += W_LEAF;
		for (size_t k = 0; k < id->nscope_ents; k++)
			if (id->scope_ents[k] == s->act_ents.e[i].hash) {
				ca += W_LEAF;
				break;
			}
	}
	double tool_part = tw > 0 ? ta / tw : 0;
	if (s->declared)
		tool_part = 1;
	else if (id->ntools)
		tool_part *= 0.5; /* it had a list, and this tool is not on it */
	s->resonance = cw > 0 ? 0.6 * tool_part + 0.4 * (ca / cw) : tool_part;
	s->resonance = clamp01(s->resonance);
	s->out->resonance = s->resonance;
}

/* the session's decaying average of drift, this action included */
static void score_session(struct assess *s)
{
	double decay = s->cfg->session_decay;
	if (!(decay >= 0 && decay <= 1))
		decay = s->defcfg.session_decay;
	double prev = s->state ? s->state->session_drift : 0;
	s->sess = s->have_id && !s->generic ? decay * prev + (1 - decay) * s->drift : prev;
	s->out->session_drift = s->sess;
}

/* The bags of context.task and context.trigger. The task is read
 * whenever there is one: an order injected into the request itself is
 * followed like one injected into the trigger. */
static int read_context(struct assess *s)
{
	const agate_frame *f = s->f;

	s->trig = ctx_str(s->act, "trigger", 7);
	s->task = ctx_str(s->act, "task", 4);
	if (s->trig || s->task) {
		if (agate_bag_init(&s->trig_bag, MAX_CONTEXT_TERMS, s->arena) ||
		    agate_bag_init(&s->task_bag, MAX_CONTEXT_TERMS, s->arena))
			return -ENOMEM;
	}
	if (s->task)
		agate_bag_add_text(&s->task_bag, f, s->task->as.str.ptr, s->task->as.str.len,
				   MAX_CONTEXT_BYTES, 1.0, AGATE_BAG_CONTENT);
	if (s->trig)
		agate_bag_add_text(&s->trig_bag, f, s->trig->as.str.ptr, s->trig->as.str.len,
				   MAX_CONTEXT_BYTES, 1.0, AGATE_BAG_CONTENT);
	if (s->trig || s->task) {
		s->pt = agate_arena_alloc(s->arena, sizeof(proj));
		s->pk = agate_arena_alloc(s->arena, sizeof(proj));
		if (!s->pt || !s->pk)
			return -ENOMEM;
		project(f, &s->trig_bag, 0, s->pt);
		project(f, &s->task_bag, 0, s->pk);
	}
	return 0;
}

/* entities of the action found in the trigger (tg), not in the task
 * (tk) nor in the identity's scope */
static void new_entities(struct assess *s, const ents *tg, const ents *tk)
{
	const agate_identity *id = s->id;

	for (size_t i = 0; i < s->act_ents.n; i++) {
		uint64_t h = s->act_ents.e[i].hash;
		if (!ents_has(tg, h) || ents_has(tk, h))
			continue;
		bool in_scope = false;
		for (size_t k = 0; s->have_id && k < id->nscope_ents; k++)
			if (id->scope_ents[k] == h)
				in_scope = true;
		if (in_scope)
			continue;
		if (!s->first_new)
			s->first_new = &s->act_ents.e[i];
		s->nnew++;
	}
}

/* echo: share of the action's content words that come from the
 * trigger and not from the task */
static double echo_share(const struct assess *s)
{
	double ew = 0, ea = 0;
	for (size_t i = 0; i < s->act_bag.n; i++) {
		const agate_bag_entry *e = &s->act_bag.items[i];
		if (!(e->flags & AGATE_BAG_CONTENT) || (e->flags & AGATE_BAG_PHRASE))
			continue;
		ew += e->weight;
		if (agate_bag_find(&s->trig_bag, e->hash) >= 0 &&
		    agate_bag_find(&s->task_bag, e->hash) < 0)
			ea += e->weight;
	}
	return ew > 0 ? ea / ew : 0;
}

/* the task's words, stop words aside ("help", "question" count: in a
 * request they say what is wanted, unlike in an identity) */
static size_t task_word_count(const struct assess *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->task_bag.n; i++)
		if (!(s->task_bag.items[i].flags & AGATE_BAG_PHRASE))
			n++;
	return n;
}

/* A task with fewer words than THIN_TASK_WORDS ("Handle this",
 * "Book it", "Find out") says nothing of what the user wants done:
 * provenance then has no task to compare the trigger with, as when
 * there is none. */
static bool thin_task(const struct assess *s)
{
	return s->task && s->task_words < THIN_TASK_WORDS;
}

/* share (by weight) of the entries of the action carrying `flags`
 * that the task says; generic words and phrases aside */
static double task_share(const struct assess *s, unsigned flags)
{
	double n = 0, k = 0;
	for (size_t i = 0; i < s->act_bag.n; i++) {
		const agate_bag_entry *e = &s->act_bag.items[i];
		if (!(e->flags & flags) || (e->flags & AGATE_BAG_PHRASE) ||
		    agate_lex_is_generic(s->f, e->hash))
			continue;
		n += e->weight;
		if (agate_bag_find(&s->task_bag, e->hash) >= 0)
			k += e->weight;
	}
	return n > 0 ? k / n : 0;
}

/* asked: how much of the action the task names, its act (the tool's
 * words) or its object (the words of its arguments and text), the
 * larger. The user who writes "store the rotated key" named the act of
 * StoreCredential although no word of the task is on the credential
 * axis, and "handle Tom's ticket about the HR portal" names what
 * reset_password(user=tom, system=hr portal) acts on: the trigger that
 * gives the details does not make the act the trigger's. */
static double task_names_action(const struct assess *s)
{
	double act = task_share(s, AGATE_BAG_TOOL);
	double obj = task_share(s, AGATE_BAG_CONTENT);
	return act > obj ? act : obj;
}

/* 5. provenance: does the action carry out what the agent read
 * (context.trigger) rather than what the user asked (context.task)? */
static int score_provenance(struct assess *s)
{
	const agate_frame *f = s->f;
	const size_t na = f->naxes;
	const proj *px = s->px;
	const size_t top = s->top;

	s->inj_entry = s->role_entry = -1;
	if (!s->trig)
		return 0;
	const proj *pt = s->pt, *pk = s->pk;
	ents *tg = agate_arena_alloc(s->arena, sizeof(ents));
	ents *tk = agate_arena_alloc(s->arena, sizeof(ents));
	if (!tg || !tk)
		return -ENOMEM;
	tg->n = tk->n = 0;
	ents_scan(tg, s->trig->as.str.ptr, s->trig->as.str.len, MAX_CONTEXT_BYTES);
	if (s->task)
		ents_scan(tk, s->task->as.str.ptr, s->task->as.str.len, MAX_CONTEXT_BYTES);
	for (size_t a = 0; a < na; a++) {
		if ((f->axes[a].use & AGATE_AXIS_USE_INJECTION) && pt->x[a] > s->inj) {
			s->inj = pt->x[a];
			s->inj_entry = pt->top[a];
		}
		if ((f->axes[a].use & AGATE_AXIS_USE_ROLE_OVERRIDE) && pt->x[a] > s->role_trig) {
			s->role_trig = pt->x[a];
			s->role_entry = pt->top[a];
		}
	}
	new_entities(s, tg, tk);
	s->echo = echo_share(s);
	double echo = s->echo;
	s->task_words = task_word_count(s);
	s->asked = task_names_action(s);
	/* how much the task itself asks for this kind of action. A task
	 * that names the action (asked) takes the trigger's pull
	 * towards the axis off the action, not the values the trigger
	 * gives it: "book me the economy flight" does not ask for the
	 * first-class fare the trigger quotes */
	double cover = top != SIZE_MAX ? pk->x[top] : 0;
	double follow = top != SIZE_MAX && pt->x[top] > pk->x[top]
				? px->x[top] * (pt->x[top] - pk->x[top]) * (1 - s->asked) : 0;
	double p_ent = 1;
	for (size_t i = 0; i < s->nnew && i < 8; i++)
		p_ent *= 0.5;
	p_ent = 1 - p_ent;
	double gate = echo > p_ent ? echo : p_ent;
	if (s->risk > gate)
		gate = s->risk;
	double p_inj = s->inj * gate;
	double keep = (1 - p_inj) * (1 - p_ent * (1 - cover)) * (1 - follow) *
		      (1 - 0.5 * echo * (1 - cover));
	s->prov = clamp01(1 - keep);
	s->out->provenance = s->prov;
	return 0;
}

/* 5b. an injected order carried out: an unambiguous override phrase
 * in the task or the trigger, and the action's tool or content named
 * in the text that follows it */
static int find_injected(struct assess *s)
{
	const agate_value *task = s->task, *trig = s->trig;

	if (task && injected_order(s->f, &s->task_bag, task->as.str.ptr, task->as.str.len,
				   &s->act_bag, s->arena, &s->inj_task))
		return -ENOMEM;
	if (trig && injected_order(s->f, &s->trig_bag, trig->as.str.ptr, trig->as.str.len,
				   &s->act_bag, s->arena, &s->inj_trig))
		return -ENOMEM;
	s->io = s->inj_task.follow >= s->inj_trig.follow ? &s->inj_task : &s->inj_trig;
	s->io_where = s->io == &s->inj_task ? "the request" : "what the agent read";
	s->io_bag = s->io == &s->inj_task ? &s->task_bag : &s->trig_bag;
	return 0;
}

/* the votes of drift, session and resonance, or that they were not
 * judged: the agent declared no identity */
static void vote_identity(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_identity *id = s->id;
	const agate_drift_config *cfg = s->cfg;
	agate_arena *arena = s->arena;
	struct assess_ctx *c = &s->c;
	const proj *px = s->px;
	const double drift = s->drift, sess = s->sess, resonance = s->resonance;
	const char *idq = s->have_id ? id->quote : "";
	char *why = NULL;
	bool bl;

	if (!s->have_id) {
		abstain(c, "drift", 0, cfg->drift_threshold,
			"drift abstains: the agent declared no identity");
		abstain(c, "session", 0, cfg->session_threshold,
			"session drift abstains: the agent declared no identity");
		abstain(c, "resonance", 0, cfg->resonance_threshold,
			"resonance abstains: the agent declared no identity");
		return;
	}
	if (s->generic) {
		abstain(c, "drift", drift, cfg->drift_threshold, id->thin_why[0]);
		abstain(c, "session", sess, cfg->session_threshold, id->thin_why[1]);
		abstain(c, "resonance", resonance, cfg->resonance_threshold, id->thin_why[2]);
		return;
	}
	bl = drift > cfg->drift_threshold;
	why = NULL;
	if (!say(c, bl)) {
		/* the numbers are in the vote; no sentence */
	} else if (s->utop != SIZE_MAX && s->unacc > 0.05) {
		const char *term = quote_entry(arena, &s->act_bag, px->top[s->utop]);
		why = agate_arena_printf(arena,
			"drift %.2f %s %.2f: '%s' is %s '%s' (%s %.2f%s%s%s not covered by the identity)",
			drift, bl ? ">" : "<=", cfg->drift_threshold, action_quote(c),
			bl ? "far from" : "within reach of", idq, f->axes[s->utop].label,
			px->x[s->utop], term ? ": '" : "", term ? term : "", term ? "'" : "");
	} else {
		why = agate_arena_printf(arena,
			"drift %.2f %s %.2f: '%s' is %s '%s' (no uncovered risk)",
			drift, bl ? ">" : "<=", cfg->drift_threshold, action_quote(c),
			bl ? "far from" : "within reach of", idq);
	}
	vote(c, "drift", drift, cfg->drift_threshold, bl, why);

	uint32_t n = (s->state ? s->state->actions : 0) + 1;
	bl = sess > cfg->session_threshold;
	why = !say(c, bl) ? NULL : agate_arena_printf(arena,
		"session drift %.2f %s %.2f over %u action%s: %s",
		sess, bl ? ">" : "<=", cfg->session_threshold, n, n == 1 ? "" : "s",
		bl ? "the session has walked away from the declared purpose"
		   : "the session stays near the declared purpose");
	vote(c, "session", sess, cfg->session_threshold, bl, why);

	bl = resonance < cfg->resonance_threshold;
	why = !say(c, bl) ? NULL : agate_arena_printf(arena,
		"resonance %.2f %s %.2f: the identity accounts for %s of '%s'%s",
		resonance, bl ? "<" : ">=", cfg->resonance_threshold,
		resonance < 0.34 ? "little" : resonance < 0.67 ? "part" : "most",
		action_quote(c),
		s->declared ? " (declared tool)"
		: id->ntools ? " (tool not among the declared tools)" : "");
	vote(c, "resonance", resonance, cfg->resonance_threshold, bl, why);
}

/* the provenance vote, or that there was no trigger to follow */
static void vote_provenance(struct assess *s)
{
	const agate_drift_config *cfg = s->cfg;
	agate_arena *arena = s->arena;
	struct assess_ctx *c = &s->c;
	const double prov = s->prov, inj = s->inj;
	const size_t nnew = s->nnew;
	const ent *first_new = s->first_new;
	char *why;
	bool bl;

	if (!s->trig) {
		abstain(c, "provenance", 0, cfg->provenance_threshold,
			"provenance abstains: no trigger in the context, nothing the agent read to follow");
		return;
	}
	if (thin_task(s)) {
		const char *tq = c->explain ? short_quote(arena, s->task->as.str.ptr,
							  s->task->as.str.len, 40) : NULL;
		abstain(c, "provenance", prov, cfg->provenance_threshold,
			!c->explain ? NULL : agate_arena_printf(arena,
			"provenance abstains: the task '%s' has %zu word%s, too few to "
			"tell what the user asked from what the agent read",
			tq ? tq : "", s->task_words, s->task_words == 1 ? "" : "s"));
		return;
	}
	if (!s->task) {
		/* without the user's words, every value of the action that the
		 * trigger holds looks "taken from the trigger": that is no
		 * evidence. Injected orders are still read (hard vetoes 3-5). */
		abstain(c, "provenance", prov, cfg->provenance_threshold,
			"provenance abstains: the context has a trigger but no task, so what the "
			"user asked cannot be told from what the agent read");
		return;
	}
	bl = prov > cfg->provenance_threshold;
	const char *injq = say(c, bl) ? quote_entry(arena, &s->trig_bag, s->inj_entry) : NULL;
	const char *entq = say(c, bl) && first_new && first_new->src
				   ? short_quote(arena, first_new->src, first_new->len, 40)
				   : NULL;
	why = !say(c, bl) ? NULL : agate_arena_printf(arena,
		"provenance %.2f %s %.2f: '%s' %s%s%s%s%s%s%s",
		prov, bl ? ">" : "<=", cfg->provenance_threshold, action_quote(c),
		bl ? "carries out what the agent read, not what the user asked"
		   : "follows what the user asked",
		nnew ? "; " : "",
		nnew ? (entq ? entq : "a value") : "",
		nnew ? " appears in the trigger but not in the task" : "",
		inj >= 0.3 ? "; the trigger reads like an injected instruction ('" : "",
		inj >= 0.3 ? (injq ? injq : "") : "",
		inj >= 0.3 ? "')" : "");
	vote(c, "provenance", prov, cfg->provenance_threshold, bl, why);
}

/* Hard veto 1: a tool not among the declared ones, with unaccounted
 * risk on a risky axis. */
static void hard_undeclared_tool(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_identity *id = s->id;

	if (s->have_id && id->ntools && s->utop != SIZE_MAX &&
	    !s->declared &&
	    s->unacc >= HARD_UNACCOUNTED && f->axes[s->utop].risk >= HARD_AXIS_RISK) {
		s->hard = agate_arena_printf(s->arena,
			"hard veto: tool '%s' is not among the %zu declared tools and projects on %s %.2f",
			action_quote(&s->c), id->ntools, f->axes[s->utop].label, s->px->x[s->utop]);
		s->hard_score = s->unacc;
		s->hard_thr = HARD_UNACCOUNTED;
	}
}

/* A tool's name can read two ways ("transfer" of stock or of money,
 * "grant access" to a calendar or to a server): alone it is no
 * evidence when the identity names a known role, what the action
 * carries (its arguments and text) says next to nothing on the name's
 * axis, and the role accounts for some of it. Arguments that name the
 * risk themselves (an amount and an account, "sudo", "admin") or that
 * the role knows nothing of keep the veto. */
static bool tool_name_uncorroborated(const struct assess *s, size_t axis)
{
	if (!s->have_id || !s->id->nroles)
		return false;
	/* breadth is evidence of its own: access to all users, every record */
	if (value_names_everyone(s->act->args, 0) ||
	    (s->act->text.ptr && value_names_everyone(&(agate_value){ .type = AGATE_STR,
			.as.str = s->act->text }, 0)))
		return false;
	double on_axis = 0;
	size_t known = 0;
	for (size_t i = 0; i < s->act_bag.n; i++) {
		const agate_bag_entry *e = &s->act_bag.items[i];
		if (!(e->flags & AGATE_BAG_CONTENT) || (e->flags & AGATE_BAG_TOOL))
			continue;
		for (size_t k = 0; k < e->np; k++)
			if (e->po[k].axis == axis)
				on_axis += e->weight * e->po[k].weight;
		if (!(e->flags & AGATE_BAG_PHRASE) && accounted(s->f, s->id, e))
			known++;
	}
	return known > 0 && activation(on_axis) < HARD_TOOL_CORROBORATED;
}

/* Hard veto 2: no tools declared, and the tool's own name (or its
 * description) says it does something risky the identity does not
 * cover, and nothing the action carries contradicts that reading. */
static void hard_tool_name(struct assess *s)
{
	const agate_frame *f = s->f;
	const agate_action *act = s->act;
	const size_t tool_axis = s->tool_axis;

	/* an identity that says too little scopes nothing: the user's task,
	 * when there is one, is then the only scope, and a tool named for
	 * what the task asks for is not held against the agent */
	if (s->generic && tool_axis != SIZE_MAX && s->pk && s->pk->x[tool_axis] >= COVER_LEVEL)
		return;
	if (!s->hard && s->have_id && !s->id->ntools && tool_axis != SIZE_MAX &&
	    s->tool_unacc >= HARD_TOOL_NAME && !tool_name_uncorroborated(s, tool_axis)) {
		const char *term = quote_entry(s->arena, &s->act_bag, s->ptool->top[tool_axis]);
		s->hard = agate_arena_printf(s->arena,
			"hard veto: the agent declared no tools and tool '%.*s' is named for %s (%.2f%s%s%s), which '%s' does not cover",
			(int)(act->tool.len > 60 ? 60 : act->tool.len), act->tool.ptr,
			f->axes[tool_axis].label, s->ptool->x[tool_axis],
			term ? ": '" : "", term ? term : "", term ? "'" : "",
			s->have_id ? s->id->quote : "");
		s->hard_score = s->tool_unacc;
		s->hard_thr = HARD_TOOL_NAME;
	}
}

/* Is the trigger's strongest role-override term an unambiguous one
 * (weight >= INJ_STRONG, as for injected orders)? */
static bool role_phrase_strong(const struct assess *s)
{
	if (s->role_entry < 0 || (size_t)s->role_entry >= s->trig_bag.n)
		return false;
	const agate_bag_entry *e = &s->trig_bag.items[s->role_entry];
	for (size_t k = 0; k < e->np; k++)
		if ((s->f->axes[e->po[k].axis].use & AGATE_AXIS_USE_ROLE_OVERRIDE) &&
		    e->po[k].weight >= INJ_STRONG)
			return true;
	return false;
}

/* The strongest activation of a role-override axis in px, and in *top
 * the bag entry that contributes most to it (-1: none). */
static double role_override_in(const agate_frame *f, const proj *px, const agate_bag *bag,
			       long *top)
{
	double act = 0;
	*top = -1;
	for (size_t a = 0; a < f->naxes; a++)
		if ((f->axes[a].use & AGATE_AXIS_USE_ROLE_OVERRIDE) && px->x[a] > act) {
			act = px->x[a];
			*top = px->top[a];
		}
	if (*top >= 0 && (size_t)*top >= bag->n)
		*top = -1;
	return act;
}

/* Hard veto 3: a role override, said by the action itself or by a
 * trigger the action follows. */
static void hard_role_override(struct assess *s)
{
	const agate_frame *f = s->f;

	if (s->hard)
		return;
	long re;
	double role_act = role_override_in(f, s->px, &s->act_bag, &re);
	if (role_act >= HARD_ROLE && re >= 0 && (s->act_bag.items[re].flags & AGATE_BAG_TOOL)) {
		/* a tool's name is an identifier, not speech: `AssumeRole`,
		 * `sts_assume_role` name a cloud call, and what it grants is
		 * the privilege axes' to weigh, not a persona the agent takes
		 * on. What the arguments and text say alone still counts, so
		 * such a name cannot cover an override spoken beside it. */
		proj said;
		project(f, &s->act_bag, AGATE_BAG_CONTENT | AGATE_BAG_DESC, &said);
		role_act = role_override_in(f, &said, &s->act_bag, &re);
	}
	if (role_act >= HARD_ROLE) {
		const char *q = quote_entry(s->arena, &s->act_bag, re);
		s->hard = agate_arena_printf(s->arena,
			"hard veto: role override: the action says '%s'", q ? q : "");
		s->hard_score = role_act;
		s->hard_thr = HARD_ROLE;
	} else if (s->role_trig >= HARD_ROLE &&
		   (s->risk >= 0.5 || s->nnew > 0 ||
		    (s->echo >= 0.25 && (role_phrase_strong(s) || s->inj >= HARD_INJECTION)))) {
		/* a trigger that rewrites the agent's identity vetoes an
		 * action that is risky, carries a value taken from it, or
		 * repeats it when the rewrite is unambiguous ("pretend you
		 * are the teacher") or the trigger also reads like an
		 * injected order ("you are now the store owner ... don't
		 * tell the manager"). "You are now the note-taker for this
		 * meeting, start transcribing" followed by a harmless action
		 * is an order the agent read: provenance's to weigh. */
		const char *q = quote_entry(s->arena, &s->trig_bag, s->role_entry);
		s->hard = agate_arena_printf(s->arena,
			"hard veto: role override: '%s' follows a trigger that says '%s'",
			action_quote(&s->c), q ? q : "");
		s->hard_score = s->role_trig;
		s->hard_thr = HARD_ROLE;
	}
}

/* Hard veto 4: an injected order carried out on a risky axis: either
 * provenance is overwhelming, or it passed its threshold with an
 * unambiguous injected phrase and a value taken from the trigger. */
static void hard_provenance(struct assess *s)
{
	const agate_frame *f = s->f;
	const size_t top = s->top;

	/* without a task, provenance alone is no evidence (it abstains): the
	 * trigger must also read like an injected order */
	if (!s->hard && s->risk >= HARD_PROV_RISK && top != SIZE_MAX &&
	    ((s->task && !thin_task(s) && s->prov >= HARD_PROVENANCE) ||
	     (s->prov > s->cfg->provenance_threshold && s->inj >= HARD_INJECTION &&
	      s->nnew > 0))) {
		s->hard = agate_arena_printf(s->arena,
			"hard veto: '%s' (%s %.2f) carries out an instruction injected into what the agent read (provenance %.2f)",
			action_quote(&s->c), f->axes[top].label, s->px->x[top], s->prov);
		s->hard_score = s->prov;
		s->hard_thr = HARD_PROVENANCE;
	}
}

/* Hard veto 5: the action is named by an order injected into the task
 * or the trigger (find_injected). */
static void hard_follow(struct assess *s)
{
	const struct injected *io = s->io;

	if (!s->hard && io->follow >= HARD_FOLLOW) {
		const char *q = quote_entry(s->arena, s->io_bag, io->entry);
		s->hard = agate_arena_printf(s->arena,
			"hard veto: '%s' carries out an order injected into %s after '%s' (%.0f%% of the action is named there)",
			action_quote(&s->c), s->io_where, q ? q : "", 100 * io->follow);
		s->hard_score = io->follow;
		s->hard_thr = HARD_FOLLOW;
	}
}

/* hard vetoes: each blocks alone; the first that holds is the one */
static void hard_veto(struct assess *s)
{
	s->hard = NULL;
	s->hard_score = 0;
	s->hard_thr = 0;
	hard_undeclared_tool(s);
	hard_tool_name(s);
	hard_role_override(s);
	hard_provenance(s);
	hard_follow(s);
	if (s->hard) {
		s->c.hard_first = false; /* the hard vote itself speaks */
		vote(&s->c, "hard", s->hard_score, s->hard_thr, true, s->hard);
		s->out->hard_veto = true;
	}
}

/* consensus: the blocking votes (the hard one aside) against the
 * number needed */
static void tally(struct assess *s)
{
	agate_drift_result *out = s->out;

	s->blocks = s->voters = 0;
	s->against = false;
	/* the uncovered risk rests on a word that names some job's daily
	 * work (deleting a listing, exporting a table, paying a bill): the
	 * identity does not mention it, which says the action is out of
	 * its words, not that it does harm. Abuse of such work (scope,
	 * amount, recipient) is the rules' business. */
	s->routine = s->name_only = false;
	if (s->utop != SIZE_MAX && s->px) {
		long e = s->px->top[s->utop];
		if (e >= 0 && (size_t)e < s->act_bag.n) {
			s->routine = agate_lex_is_routine(s->f, s->act_bag.items[e].hash);
			/* the same for a tool name that reads two ways (see
			 * tool_name_uncorroborated): "transfer" of stock */
			s->name_only = (s->act_bag.items[e].flags & AGATE_BAG_TOOL) &&
				       tool_name_uncorroborated(s, s->utop);
		}
	}
	for (unsigned i = 0; i < out->nvotes; i++) {
		const agate_drift_vote *v = &out->votes[i];
		if (v->abstain || !strcmp(v->component, "hard"))
			continue;
		s->voters++;
		if (!v->block)
			continue;
		s->blocks++;
		/* low resonance says the identity does not mention the
		 * action: an absence of evidence for it, not evidence
		 * against it. Drift is evidence when the risk its identity
		 * leaves uncovered is real (EVIDENCE_RISK: sending a message
		 * is not); session drift and provenance are evidence. */
		if (!strcmp(v->component, "resonance"))
			continue;
		if (!strcmp(v->component, "drift") &&
		    (s->unacc < EVIDENCE_RISK || s->routine || s->name_only))
			continue;
		/* An agent known only by a name the roles lexicon cannot
		 * expand gives provenance nothing to weigh the trigger
		 * against: a value taken from what it read is then its
		 * ordinary work ("enter the fax into the database"), unless
		 * the trigger also reads like an order to it. A generic
		 * purpose ("a helpful assistant") keeps the lone vote: its
		 * multi-step runs are where provenance is the evidence. */
		if (!strcmp(v->component, "provenance") && s->unread_name &&
		    s->inj < EMPTY_ID_INJECTION)
			continue;
		s->against = true;
	}
	/* A bare role name (crm_agent: a role of the roles lexicon, no
	 * declared tools, no words of its own that name a field) is judged
	 * only through what the lexicon says such a role touches; drift and
	 * resonance then both measure that one list's coverage of the action,
	 * so their two block votes are one piece of evidence, not two. A veto
	 * needs session drift or provenance to agree, or a hard veto. */
	s->one_source = false;
	if (s->have_id && !s->generic && s->id->nroles && !s->id->ntools &&
	    s->id->field < FIELD_LEVEL) {
		bool d = false, r = false;
		for (unsigned i = 0; i < out->nvotes; i++) {
			const agate_drift_vote *v = &out->votes[i];
			if (v->abstain || !v->block)
				continue;
			d = d || !strcmp(v->component, "drift");
			r = r || !strcmp(v->component, "resonance");
		}
		if (d && r) {
			s->blocks--;
			s->one_source = true;
		}
	}
	/* votes_to_veto is out of the four components; when some abstain,
	 * the need shrinks in proportion (rounded up, at least one): the
	 * consensus is among those that have evidence to vote on */
	unsigned want = s->cfg->votes_to_veto ? s->cfg->votes_to_veto : 1;
	s->need = (want * s->voters + NCOMPONENTS - 1) / NCOMPONENTS;
	if (s->need < 1)
		s->need = 1;
	if (s->need > want)
		s->need = want;
	out->voters = s->voters;
	out->veto = out->hard_veto || (s->blocks >= s->need && s->against);
}

/* 6. votes: every component's, then the hard vetoes, then the count. */
static void cast_votes(struct assess *s)
{
	vote_identity(s);
	vote_provenance(s);
	hard_veto(s);
	tally(s);
}

/* the reason, and the session's new average when committed */
static int conclude(struct assess *s, agate_drift_state *state, bool commit)
{
	agate_drift_result *out = s->out;

	if (out->hard_veto) {
		out->reason = s->hard;
	} else if (out->veto) {
		const char *first = NULL;
		for (unsigned i = 0; i < out->nvotes && !first; i++)
			if (out->votes[i].block)
				first = out->votes[i].why;
		out->reason = agate_arena_printf(s->arena,
						 "drift cascade: %u of %u voting components block (%u needed): %s",
						 s->blocks, s->voters, s->need, first ? first : "");
	} else if (s->c.explain) {
		char ab[96];
		size_t k = 0;
		ab[0] = '\0';
		for (unsigned i = 0; i < out->nvotes; i++)
			if (out->votes[i].abstain && k < sizeof(ab)) {
				int n = snprintf(ab + k, sizeof(ab) - k, "%s%s", k ? ", " : "; abstained: ",
						 out->votes[i].component);
				k = n < 0 ? sizeof(ab) : k + (size_t)n;
			}
		char weak[200] = "";
		if (s->blocks >= s->need && !s->against)
			snprintf(weak, sizeof(weak),
				 ", but none is evidence against the action (low resonance is an "
				 "absence of evidence; uncovered risk under %.2f%s is not enough)",
				 EVIDENCE_RISK, s->routine ? ", or named by routine work,"
				 : s->name_only ? ", or named by the tool's name alone," : "");
		out->reason = agate_arena_printf(s->arena,
			"drift cascade: %u of %u voting component%s block%s, %u needed%s%s%s",
			s->blocks, s->voters, s->voters == 1 ? "" : "s", s->blocks == 1 ? "s" : "",
			s->need,
			s->one_source ? " (drift and resonance count as one: a bare role name is "
					"judged by the roles lexicon alone)" : "",
			weak, ab);
	}
	if (!out->reason && (out->veto || s->c.explain))
		s->c.oom = true;
	if (s->c.oom)
		return -ENOMEM;
	out->words_read = (uint32_t)(s->act_bag.words + s->trig_bag.words + s->task_bag.words +
				     s->inj_task.words + s->inj_trig.words);
	if (commit && state) {
		state->session_drift = s->sess;
		state->actions++;
	}
	return 0;
}

int agate_drift_assess_ex(const agate_frame *f, const agate_identity *id,
			  const agate_drift_config *cfg, const agate_action *act,
			  agate_drift_state *state, bool commit, unsigned flags,
			  agate_arena *arena, agate_drift_result *out)
{
	int rc;

	if (!out)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	if (!f || !act || !arena)
		return -EINVAL;
	/* axis indices mean nothing in another frame: a caller that reloads
	 * the frames must rebuild its identities (fail closed, not empty) */
	if (id && id->frame != f)
		return -EINVAL;
	struct assess s = { .f = f, .id = id, .cfg = cfg, .act = act, .state = state,
			    .arena = arena, .out = out,
			    .defcfg = agate_frame_drift_config(f),
			    .have_id = id && !id->empty,
			    .generic = id && !id->empty && id->generic,
			    .unread_name = !id || (!id->purpose[0] && !id->role[0] &&
						   !id->ntools && !id->nroles),
			    .c = { .arena = arena, .out = out, .act = act,
				   .explain = (flags & AGATE_DRIFT_EXPLAIN) != 0 } };
	if (!s.cfg)
		s.cfg = &s.defcfg;

	rc = read_action(&s);
	if (rc)
		return rc;
	score_risk(&s);
	score_drift(&s);
	score_resonance(&s);
	score_session(&s);
	rc = read_context(&s);
	if (!rc)
		rc = score_provenance(&s);
	if (!rc)
		rc = find_injected(&s);
	if (rc)
		return rc;

	/* Without explain the first pass writes no vote sentence; if the
	 * cascade vetoes, the votes are cast again (same numbers, so the
	 * same outcome) to write the sentence the reason quotes. */
	cast_votes(&s);
	if (out->veto && !s.c.explain && !s.c.vetoed) {
		s.c.vetoed = true;
		s.c.hard_first = out->hard_veto;
		out->nvotes = 0;
		out->hard_veto = false;
		out->veto = false;
		cast_votes(&s);
	}
	return conclude(&s, state, commit);
}
