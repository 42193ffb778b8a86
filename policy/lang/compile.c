/* compile.c - from parsed sources to an immutable, indexed rule set.
 *
 * Passes, each reporting every error it finds before the next runs:
 * names (duplicates), lists (flattened, cycles), predicate bodies and
 * rule checks (names resolved in place, regexes compiled with JIT, path
 * literals normalised: resolve.c, regex.c), predicate cycles, history
 * and shell-cache slots (plan.c), lint warnings, trigger index
 * (index.c), digest. This file runs them in order and holds the lint.
 * Any error frees everything.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "policy/lang/lang_int.h"

/* ---- lint ---------------------------------------------------------------- */

enum { C_UNKNOWN = 0, C_TRUE, C_FALSE };

static int const_eval(const rl_node *n, int depth)
{
	if (!n || depth > RL_MAX_EXPAND)
		return C_UNKNOWN;
	switch (n->kind) {
	case N_LIT:
		switch (n->u.lit.v.kind) {
		case RV_NIL: return C_FALSE;
		case RV_BOOL: return n->u.lit.v.b ? C_TRUE : C_FALSE;
		case RV_NUM: return n->u.lit.v.n != 0 ? C_TRUE : C_FALSE;
		case RV_STR: return n->u.lit.v.s.len ? C_TRUE : C_FALSE;
		default: return C_UNKNOWN;
		}
	case N_PRED: {
		/* once per predicate: a cycle (an error already) reads as
		 * unknown, and predicates that use others twice cost no more
		 * than once */
		rl_pred *pr = n->u.pred;
		if (pr->lint == 0) {
			pr->lint = 1;
			pr->lint = (uint8_t)(2 + const_eval(pr->body, depth + 1));
		}
		return pr->lint == 1 ? C_UNKNOWN : pr->lint - 2;
	}
	case N_NOT: {
		int a = const_eval(n->a, depth + 1);
		return a == C_TRUE ? C_FALSE : a == C_FALSE ? C_TRUE : C_UNKNOWN;
	}
	case N_AND: {
		int a = const_eval(n->a, depth + 1), b = const_eval(n->b, depth + 1);
		if (a == C_FALSE || b == C_FALSE)
			return C_FALSE;
		return a == C_TRUE && b == C_TRUE ? C_TRUE : C_UNKNOWN;
	}
	case N_OR: {
		int a = const_eval(n->a, depth + 1), b = const_eval(n->b, depth + 1);
		if (a == C_TRUE || b == C_TRUE)
			return C_TRUE;
		return a == C_FALSE && b == C_FALSE ? C_FALSE : C_UNKNOWN;
	}
	default:
		return C_UNKNOWN;
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "trigger|check" text of a rule, for the shadowing warning; exact is
 * the rule's lower-cased exact names, each followed by ',' */
static char *rule_key(cst *c, const rl_rule *r, const char *exact)
{
	rl_sbuf sb = { 0 };
	rl_vec items = { 0 };
	char *copy = strdup(exact ? exact : "");
	if (!copy) {
		c->b->oom = true;
		return NULL;
	}
	for (char *save = NULL, *tokp = strtok_r(copy, ",", &save); tokp;
	     tokp = strtok_r(NULL, ",", &save))
		if (rl_vec_push(&items, tokp) < 0)
			c->b->oom = true;
	for (size_t i = 0; i < r->nglobs; i++)
		if (rl_vec_push(&items, (char *)r->globs[i]) < 0)
			c->b->oom = true;
	if (r->any && rl_vec_push(&items, "\x01any") < 0)
		c->b->oom = true;
	if (items.len)
		qsort(items.items, items.len, sizeof(void *), cmp_str);
	for (size_t i = 0; i < items.len; i++) {
		rl_sb_puts(&sb, items.items[i]);
		rl_sb_puts(&sb, ",");
	}
	rl_vec_free(&items);
	free(copy);
	rl_sb_puts(&sb, "|");
	for (uint32_t i = 0; i < r->nchecks; i++) {
		rl_print_node(&sb, r->checks[i], false, 0);
		rl_sb_puts(&sb, ";");
	}
	if (sb.oom || !sb.p || c->b->oom) {
		free(sb.p);
		c->b->oom = true;
		return NULL;
	}
	return sb.p;
}

/* ---- rule defaults ----------------------------------------------------------- */

static bool finish_rule(cst *c, rl_rule *r)
{
	rl_pool *p = c->rs->pool;
	char buf[512];
	const char *why = r->description;
	switch (r->enf) {
	case AGATE_ENFORCE_ALLOW:
		if (!r->reason) {
			snprintf(buf, sizeof(buf), "allowed by rule %s", r->name);
			r->reason = rl_strndup(p, buf, strlen(buf));
		}
		break;
	case AGATE_ENFORCE_REFLECT:
		if (!r->advice) {
			snprintf(buf, sizeof(buf), "reconsider this action: it matches rule %s%s%s",
				 r->name, why ? ": " : "", why ? why : "");
			r->advice = rl_strndup(p, buf, strlen(buf));
		}
		if (!r->reason)
			r->reason = why ? why : r->advice;
		break;
	default:
		if (!r->reason) {
			if (why) {
				r->reason = why;
			} else {
				snprintf(buf, sizeof(buf), "%s by rule %s",
					 r->enf == AGATE_ENFORCE_STOP ? "session stopped" :
					 r->enf == AGATE_ENFORCE_REVIEW ? "held for review" :
					 "blocked",
					 r->name);
				r->reason = rl_strndup(p, buf, strlen(buf));
			}
		}
		break;
	}
	snprintf(buf, sizeof(buf), "rule %s", r->name);
	r->short_trace = rl_strndup(p, buf, strlen(buf));
	snprintf(buf, sizeof(buf), "evaluation error in rule %s", r->name);
	r->error_reason = rl_strndup(p, buf, strlen(buf));
	return r->reason && r->short_trace && r->error_reason;
}

/* where a file's diagnostics go: its place in parse order (files the
 * compile did not read last) */
static unsigned file_rank(const char *file, void *ctx)
{
	const rl_build *b = ctx;
	void *r = rl_map_get(&b->file_rank, file, strlen(file));
	return r ? (unsigned)(uintptr_t)r : UINT32_MAX;
}

/* a place in the sources: parse order of the file, then line, column */
static bool before(const rl_build *b, const char *fa, uint32_t la, uint32_t ca,
		   const char *fb, uint32_t lb, uint32_t cb)
{
	unsigned ra = file_rank(fa, (void *)b), rb = file_rank(fb, (void *)b);
	if (ra != rb)
		return ra < rb;
	return la != lb ? la < lb : ca < cb;
}

static const char *const def_words[RL_DEF__COUNT] = {
	[RL_DEF_RULE] = "rule name @", [RL_DEF_PRED] = "predicate '",
	[RL_DEF_LIST] = "list @", [RL_DEF_AGENT] = "agent @",
};

typedef struct def_at {
	const char *file;
	uint32_t line, col;
} def_at;

/* the first good definition of name of kind, if any */
static bool good_def(cst *c, const rl_map *agents, int kind, const char *name, size_t n,
		     def_at *at)
{
	switch (kind) {
	case RL_DEF_RULE: {
		const rl_rule *r = rl_map_get(&c->rules, name, n);
		if (r)
			*at = (def_at){ r->file, r->line, r->col };
		return r != NULL;
	}
	case RL_DEF_PRED: {
		const rl_pred *pr = rl_map_get(&c->preds, name, n);
		if (pr)
			*at = (def_at){ pr->file, pr->line, pr->col };
		return pr != NULL;
	}
	case RL_DEF_LIST: {
		const rl_list *l = rl_map_get(&c->lists, name, n);
		if (l)
			*at = (def_at){ l->file, l->line, l->col };
		return l != NULL;
	}
	default: {
		const rl_agent *a = rl_map_get(agents, name, n);
		if (a)
			*at = (def_at){ a->file, a->line, a->col };
		return a != NULL;
	}
	}
}

/* A name that a statement which failed to parse also defines is a
 * duplicate as well: fixing the statement would bring the error, so it is
 * reported now, on whichever of the two comes later. agents maps the
 * agents' names to their first definition. */
static void check_broken_names(cst *c, const rl_map *agents)
{
	rl_build *b = c->b;
	for (size_t i = 0; i < b->broken.len; i++) {
		const rl_broken *bd = b->broken.items[i];
		size_t n = strlen(bd->name);
		const char *q = bd->kind == RL_DEF_PRED ? "'" : "";
		const rl_broken *first = rl_broken_def(b, bd->kind, bd->name, n);
		if (first && first != bd) {
			rl_error(b, bd->file, bd->line, bd->col,
				 "duplicate %s%s%s (first defined at %s:%u)", def_words[bd->kind],
				 bd->name, q, first->file, first->line);
			continue;
		}
		def_at g;
		if (!good_def(c, agents, bd->kind, bd->name, n, &g))
			continue;
		if (before(b, bd->file, bd->line, bd->col, g.file, g.line, g.col))
			rl_error(b, g.file, g.line, g.col,
				 "duplicate %s%s%s (first defined at %s:%u)", def_words[bd->kind],
				 bd->name, q, bd->file, bd->line);
		else
			rl_error(b, bd->file, bd->line, bd->col,
				 "duplicate %s%s%s (first defined at %s:%u)", def_words[bd->kind],
				 bd->name, q, g.file, g.line);
	}
}

/* `override list @x := ...` and `override predicate p := ...` replace the
 * one plain definition of their name, wherever it is in the load order, so
 * that a site file can change a pack's threshold or list without editing
 * the pack. An override of nothing (a misspelt name) and a second override
 * of the same name are errors. The replaced definition stays in the set,
 * unused and not reported as such. */
static void check_overrides(cst *c)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	rl_map done_p = { 0 }, done_l = { 0 };
	for (size_t i = 0; i < rs->npreds; i++) {
		rl_pred *pr = rs->preds[i], *first;
		size_t n = strlen(pr->name);
		if (!pr->override || reserved_name(pr->name))
			continue;
		rl_pred *base = rl_map_get(&c->preds, pr->name, n);
		if ((first = rl_map_get(&done_p, pr->name, n))) {
			rl_error(b, pr->file, pr->line, pr->col,
				 "predicate '%s' is overridden twice (first at %s:%u)", pr->name,
				 first->file, first->line);
		} else if (!base) {
			if (!rl_follow_on(b, RL_DEF_PRED, pr->name, n))
				rl_error(b, pr->file, pr->line, pr->col,
					 "override of an unknown predicate '%s'", pr->name);
		} else if (rl_map_put(&done_p, pr->name, n, pr) < 0 ||
			   rl_map_put(&c->preds, pr->name, n, pr) < 0) {
			b->oom = true;
		} else {
			base->used = true;
		}
		pr->used = pr->used || !base;
	}
	for (size_t i = 0; i < rs->nlists; i++) {
		rl_list *l = rs->lists[i], *first;
		size_t n = strlen(l->name);
		if (!l->override)
			continue;
		rl_list *base = rl_map_get(&c->lists, l->name, n);
		if ((first = rl_map_get(&done_l, l->name, n))) {
			rl_error(b, l->file, l->line, l->col,
				 "list @%s is overridden twice (first at %s:%u)", l->name,
				 first->file, first->line);
		} else if (!base) {
			if (!rl_follow_on(b, RL_DEF_LIST, l->name, n))
				rl_error(b, l->file, l->line, l->col,
					 "override of an unknown list @%s", l->name);
		} else if (rl_map_put(&done_l, l->name, n, l) < 0 ||
			   rl_map_put(&c->lists, l->name, n, l) < 0) {
			b->oom = true;
		} else {
			base->used = true;
		}
		l->used = l->used || !base;
	}
	rl_map_free(&done_p);
	rl_map_free(&done_l);
}

static void check_names(cst *c)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	for (size_t i = 0; i < rs->npreds; i++) {
		rl_pred *pr = rs->preds[i];
		/* a name already in error is not also "never used" */
		if (reserved_name(pr->name)) {
			rl_error(b, pr->file, pr->line, pr->col,
				 "'%s' is a reserved word and cannot name a predicate", pr->name);
			pr->used = true;
			continue;
		}
		if (pr->override)
			continue; /* below, once every plain definition is known */
		rl_pred *prev = rl_map_get(&c->preds, pr->name, strlen(pr->name));
		if (prev) {
			rl_error(b, pr->file, pr->line, pr->col,
				 "duplicate predicate '%s' (first defined at %s:%u)", pr->name,
				 prev->file, prev->line);
			pr->used = true;
			continue;
		}
		if (rl_map_put(&c->preds, pr->name, strlen(pr->name), pr) < 0)
			b->oom = true;
	}
	for (size_t i = 0; i < rs->nlists; i++) {
		rl_list *l = rs->lists[i];
		if (l->override)
			continue;
		rl_list *prev = rl_map_get(&c->lists, l->name, strlen(l->name));
		if (prev) {
			rl_error(b, l->file, l->line, l->col,
				 "duplicate list @%s (first defined at %s:%u)", l->name, prev->file,
				 prev->line);
			l->used = true;
			continue;
		}
		if (rl_map_put(&c->lists, l->name, strlen(l->name), l) < 0)
			b->oom = true;
	}
	check_overrides(c);
	for (size_t i = 0; i < rs->nrules; i++) {
		rl_rule *r = rs->rules[i];
		rl_rule *prev = rl_map_get(&c->rules, r->name, strlen(r->name));
		if (prev) {
			rl_error(b, r->file, r->line, r->col,
				 "duplicate rule name @%s (first defined at %s:%u)", r->name,
				 prev->file, prev->line);
			continue;
		}
		if (rl_map_put(&c->rules, r->name, strlen(r->name), r) < 0)
			b->oom = true;
	}
	rl_map seen = { 0 };
	for (size_t i = 0; i < b->agents.len; i++) {
		rl_agent *a = b->agents.items[i];
		rl_agent *prev = rl_map_get(&seen, a->name, strlen(a->name));
		if (prev)
			rl_error(b, a->file, a->line, a->col,
				 "duplicate agent @%s (first defined at %s:%u)", a->name,
				 prev->file, prev->line);
		else if (rl_map_put(&seen, a->name, strlen(a->name), a) < 0)
			b->oom = true;
	}
	check_broken_names(c, &seen);
	rl_map_free(&seen);
}

static void build_agents(cst *c)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	if (!b->agents.len)
		return;
	rs->agents = rl_alloc(rs->pool, b->agents.len * sizeof(*rs->agents));
	if (!rs->agents) {
		b->oom = true;
		return;
	}
	for (size_t i = 0; i < b->agents.len; i++) {
		rl_agent *a = b->agents.items[i];
		rl_node *tn = a->tools_node;
		if (tn) {
			resolve(c, tn, false, false);
			if (tn->kind == N_LIT && tn->u.lit.v.kind == RV_TREE) {
				const agate_value *arr = tn->u.lit.v.t;
				const char **tools =
					rl_alloc(rs->pool, (arr->as.array.len + 1) * sizeof(char *));
				if (!tools) {
					b->oom = true;
					return;
				}
				for (uint32_t k = 0; k < arr->as.array.len; k++) {
					const agate_value *e = &arr->as.array.items[k];
					if (e->type != AGATE_STR) {
						rl_error(b, tn->file, tn->line, tn->col,
							 "agent tools must be strings");
						break;
					}
					tools[k] = e->as.str.ptr;
				}
				a->spec.tools = tools;
				a->spec.ntools = arr->as.array.len;
			}
		}
		rs->agents[i] = a->spec;
	}
	rs->nagents = b->agents.len;
}

/* The rule set takes the parser's arrays; rules are numbered in file
 * order. */
static void take_parsed(rl_build *b, agate_ruleset *rs)
{
	rs->rules = (rl_rule **)b->rules.items;
	rs->nrules = b->rules.len;
	b->rules = (rl_vec){ 0 };
	rs->preds = (rl_pred **)b->preds.items;
	rs->npreds = b->preds.len;
	b->preds = (rl_vec){ 0 };
	rs->lists = (rl_list **)b->lists.items;
	rs->nlists = b->lists.len;
	b->lists = (rl_vec){ 0 };
	for (size_t i = 0; i < rs->nrules; i++)
		rs->rules[i]->index = (uint32_t)i;
}

/* Names (duplicates), lists, predicate bodies, rule checks and agents
 * resolved in place; false when any of it failed. */
static bool resolve_all(cst *c)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	check_names(c);
	for (size_t i = 0; i < rs->nlists && !b->oom; i++)
		if (rs->lists[i]->state == 0)
			(void)list_flatten(c, rs->lists[i], 0);
	for (size_t i = 0; i < rs->npreds && !b->oom; i++)
		resolve(c, rs->preds[i]->body, true, false);
	for (size_t i = 0; i < rs->nrules && !b->oom; i++)
		for (uint32_t k = 0; k < rs->rules[i]->nchecks; k++)
			resolve(c, rs->rules[i]->checks[k], false, false);
	build_agents(c);
	return !b->nerrors && !b->oom;
}

/* predicate cycles and depths; false after an error */
static bool check_preds(cst *c)
{
	agate_ruleset *rs = c->rs;
	for (size_t i = 0; i < rs->npreds; i++)
		if (rs->preds[i]->state == 0)
			(void)pred_visit(c, rs->preds[i], 0);
	return !c->b->nerrors;
}

/* history and shell-cache slots, memo slots, cmd{} gates, and the rules
 * whose first check can be refuted cheaply (eval.c may_hold) */
static void plan_all(cst *c)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	for (size_t i = 0; i < rs->npreds && !b->oom; i++)
		assign_slots(c, rs->preds[i]->body);
	for (size_t i = 0; i < rs->nrules && !b->oom; i++)
		for (uint32_t k = 0; k < rs->rules[i]->nchecks; k++)
			assign_slots(c, rs->rules[i]->checks[k]);

	for (size_t i = 0; i < rs->npreds && !b->oom; i++) {
		assign_memo(c, rs->preds[i]->body);
		assign_gates(c, rs->preds[i]->body);
		assign_param_keys(c, rs->preds[i]->body);
	}
	for (size_t i = 0; i < rs->nrules && !b->oom; i++)
		for (uint32_t k = 0; k < rs->rules[i]->nchecks; k++) {
			assign_gates(c, rs->rules[i]->checks[k]);
			assign_param_keys(c, rs->rules[i]->checks[k]);
		}
	for (size_t i = 0; i < rs->nrules && !b->oom; i++) {
		rl_rule *r = rs->rules[i];
		if (r->nchecks && precheck_useful(r->checks[0], 0)) {
			r->pregate = r->checks[0];
			mark_prechecks(r->checks[0], 0);
		}
	}
	for (size_t i = 0; i < rs->nrules && !b->oom; i++)
		for (uint32_t k = 0; k < rs->rules[i]->nchecks; k++)
			assign_memo(c, rs->rules[i]->checks[k]);
}

/* are r's trigger @lists all defined and flattened? One that is not is
 * an error already, and the rule's empty trigger only its consequence. */
static bool trigger_lists_whole(cst *c, const rl_rule *r)
{
	for (uint32_t i = 0; i < r->ntrigs; i++) {
		const rl_trig *t = &r->trigs[i];
		if (t->kind != TRIG_LIST)
			continue;
		const rl_list *l = rl_map_get(&c->lists, t->s, t->len);
		if (!l || l->bad)
			return false;
	}
	return true;
}

/* One rule's triggers and defaults, and the warnings about it: a rule that
 * can never fire, or that an earlier rule with the same trigger and check
 * shadows (lint maps each key seen to its first rule). */
static void lint_rule(cst *c, trig_acc *acc, rl_map *lint, rl_rule *r)
{
	rl_build *b = c->b;
	char *names = rule_triggers(c, acc, r);
	if (!finish_rule(c, r))
		b->oom = true;
	if (r->ntrigs == 0) {
		rl_warn(b, r->file, r->line, r->col,
			"rule @%s can never fire: its trigger list is empty", r->name);
	} else if (!r->nexact && !r->nglobs && !r->any && trigger_lists_whole(c, r)) {
		rl_warn(b, r->file, r->line, r->col,
			"rule @%s can never fire: its trigger lists are empty", r->name);
	}
	for (uint32_t k = 0; k < r->nchecks; k++) {
		if (const_eval(r->checks[k], 0) == C_FALSE) {
			rl_warn(b, r->checks[k]->file, r->checks[k]->line,
				r->checks[k]->col,
				"rule @%s can never fire: its check is always false", r->name);
			break;
		}
	}
	char *key = rule_key(c, r, names);
	free(names);
	if (!key)
		return;
	rl_rule *prev = rl_map_get(lint, key, strlen(key));
	/* a second rule of the same name is a duplicate already */
	if (prev && prev->shadow == r->shadow && strcmp(prev->name, r->name) != 0) {
		rl_warn(b, r->file, r->line, r->col,
			"rule @%s is shadowed by rule @%s (%s:%u): same trigger and check",
			r->name, prev->name, prev->file, prev->line);
		free(key);
	} else if (prev || rl_vec_push(&c->texts, key) < 0 ||
		   rl_map_put(lint, key, strlen(key), r) < 0) {
		if (!prev)
			b->oom = true;
		free(key);
	}
}

/* does a statement that failed to parse mention name (prefix '@' for a
 * list)? What it uses may well be used once it is fixed. */
static bool mentioned(const rl_build *b, const char *prefix, const char *name)
{
	if (!b->mentioned.len)
		return false;
	char buf[256];
	int n = snprintf(buf, sizeof(buf), "%s%s", prefix, name);
	if (n < 0 || (size_t)n >= sizeof(buf))
		return true; /* too long to look up: say nothing rather than wrong */
	return rl_map_get(&b->mentioned, buf, (size_t)n) != NULL;
}

/* every rule through lint_rule, then unused predicates and lists; false
 * when there were errors. Safe over a set with errors: names that did not
 * resolve read as unknown, and predicate cycles are cut. A file read
 * through `include` is a library, like a C header: a pack may use only
 * part of it, so its names are not reported as unused (the same file
 * loaded directly is checked). */
static bool lint_rules(cst *c, trig_acc *acc)
{
	rl_build *b = c->b;
	agate_ruleset *rs = c->rs;
	rl_map lint = { 0 };
	for (size_t i = 0; i < rs->nrules && !b->oom; i++)
		lint_rule(c, acc, &lint, rs->rules[i]);
	rl_map_free(&lint);
	for (size_t i = 0; i < rs->npreds; i++)
		if (!rs->preds[i]->used && !rs->preds[i]->lib &&
		    !mentioned(b, "", rs->preds[i]->name))
			rl_warn(b, rs->preds[i]->file, rs->preds[i]->line, rs->preds[i]->col,
				"predicate %s is never used", rs->preds[i]->name);
	for (size_t i = 0; i < rs->nlists; i++)
		if (!rs->lists[i]->used && !rs->lists[i]->lib &&
		    !mentioned(b, "@", rs->lists[i]->name))
			rl_warn(b, rs->lists[i]->file, rs->lists[i]->line, rs->lists[i]->col,
				"list @%s is never used", rs->lists[i]->name);
	return !b->nerrors && !b->oom;
}

/* the history slots into the rule set, and the hash of their layout */
static bool copy_hist_slots(cst *c)
{
	agate_ruleset *rs = c->rs;
	rs->nhbits = c->hbits.len;
	rs->nhvals = c->hvals.len;
	rs->hbits = rl_alloc(rs->pool, (rs->nhbits + 1) * sizeof(rl_hslot));
	rs->hvals = rl_alloc(rs->pool, (rs->nhvals + 1) * sizeof(rl_hslot));
	if (!rs->hbits || !rs->hvals) {
		c->b->oom = true;
		return false;
	}
	uint64_t lay = 1469598103934665603ULL;
	for (size_t i = 0; i < rs->nhbits; i++) {
		rs->hbits[i] = *(rl_hslot *)c->hbits.items[i];
		lay = (lay ^ rs->hbits[i].key) * 1099511628211ULL;
	}
	lay = (lay ^ 0x5f) * 1099511628211ULL;
	for (size_t i = 0; i < rs->nhvals; i++) {
		rs->hvals[i] = *(rl_hslot *)c->hvals.items[i];
		lay = (lay ^ rs->hvals[i].key) * 1099511628211ULL;
	}
	rs->hlayout = lay ? lay : 1;
	return true;
}

/* the PCRE2 match context every evaluation uses */
static bool make_match_context(cst *c)
{
	agate_ruleset *rs = c->rs;
	rs->mctx = pcre2_match_context_create(NULL);
	if (!rs->mctx) {
		c->b->oom = true;
		return false;
	}
	/* hostile subjects must not buy unbounded backtracking: a limit hit is
	 * an evaluation error, which blocks */
	pcre2_set_match_limit(rs->mctx, 1000000);
	pcre2_set_depth_limit(rs->mctx, 10000);
	pcre2_set_heap_limit(rs->mctx, 8192); /* KiB */
	return true;
}

static void cst_free(cst *c)
{
	for (size_t i = 0; i < c->texts.len; i++)
		free(c->texts.items[i]);
	rl_vec_free(&c->texts);
	rl_map_free(&c->preds);
	rl_map_free(&c->lists);
	rl_map_free(&c->rules);
	rl_map_free(&c->hbit_keys);
	rl_map_free(&c->hval_keys);
	rl_map_free(&c->cmd_keys);
	rl_map_free(&c->memo_b_keys);
	rl_map_free(&c->memo_v_keys);
	rl_vec_free(&c->hbits);
	rl_vec_free(&c->hvals);
	rl_map_free(&c->lit_keys);
	rl_map_free(&c->re_seen); /* the entries are in the pool */
	rl_vec_free(&c->lit_texts); /* the keys themselves are in the pool */
	rl_map_free(&c->glob_keys);
	rl_vec_free(&c->glob_texts);
	rl_vec_free(&c->gates);
	agate_arena_free(c->tmp);
}

/* The passes in order, over every statement that parsed, so that one run
 * reports every error and warning: names, predicate cycles, then the
 * slots (only over whole trees: every name resolved) and the lint. What
 * builds the rule set itself (the index, the slots' layout) runs only
 * when there was no error at all. */
static void finish(rl_build *b)
{
	cst c = { 0 };
	trig_acc acc = { 0 };
	c.b = b;
	c.rs = b->rs;
	c.tmp = agate_arena_new(1u << 20);
	if (!c.tmp) {
		b->oom = true;
		return;
	}
	take_parsed(b, b->rs);
	size_t parse_errors = b->nerrors;
	(void)resolve_all(&c);
	(void)check_preds(&c);
	if (b->oom)
		goto out;
	if (b->nerrors == parse_errors && !b->incomplete)
		plan_all(&c);
	if (!lint_rules(&c, &acc))
		goto out;
	build_index(&c, &acc);
	if (litscan_build(&c) < 0 || gindex_build(&c) < 0 || needs_build(&c) < 0 ||
	    key_needs_build(&c) < 0)
		b->oom = true;
	if (b->oom || !copy_hist_slots(&c) || !make_match_context(&c))
		goto out;
	b->rs->default_allow = b->saw_allow && !b->saw_block;
out:
	trig_acc_free(&acc);
	cst_free(&c);
}

static void free_strings(rl_vec *v)
{
	for (size_t i = 0; i < v->len; i++)
		free(v->items[i]);
	rl_vec_free(v);
}

int agate_rules_compile(const agate_rules_source *sources, size_t n,
			agate_ruleset **out, agate_diags *diags)
{
	return agate_rules_compile_rooted(sources, NULL, n, out, diags);
}

int agate_rules_compile_rooted(const agate_rules_source *sources, const char *const *roots,
			       size_t n, agate_ruleset **out, agate_diags *diags)
{
	if (!out || (n && !sources))
		return -EINVAL;
	int rc = 0;
	rl_build b = { 0 };
	agate_ruleset *rs = calloc(1, sizeof(*rs));
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!rs || !md)
		goto oom;
	atomic_init(&rs->refs, 1);
	rs->pool = rl_pool_new();
	if (!rs->pool || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1)
		goto oom;
	b.rs = rs;
	b.diags = diags;
	b.md = md;

	size_t first_diag = agate_diags_count(diags);
	for (size_t i = 0; i < n && !b.oom && b.nerrors < RL_MAX_ERRORS; i++) {
		const char *name = sources[i].name ? sources[i].name : "<input>";
		const char *text = sources[i].text ? sources[i].text : "";
		size_t len = sources[i].text ? sources[i].len : 0;
		free(b.digest_root);
		b.digest_root = roots && roots[i] ? realpath(roots[i], NULL) : NULL;
		(void)rl_parse_source(&b, name, text, len);
	}
	free(b.digest_root);
	b.digest_root = NULL;
	if (!b.oom && b.nerrors < RL_MAX_ERRORS)
		finish(&b);
	if (diags && agate_diags_sort(diags, first_diag, file_rank, &b) < 0)
		b.oom = true;
	if (diags && b.ndiag_errors >= RL_MAX_ERRORS) {
		const agate_diag *last = agate_diags_at(diags, agate_diags_count(diags) - 1);
		if (agate_diags_add(diags, AGATE_DIAG_ERROR, last->file, last->line, last->col,
				    "too many errors (limit %d), stopping", RL_MAX_ERRORS) < 0)
			b.oom = true;
	}
	if (b.oom)
		goto oom;
	if (b.nerrors) {
		rc = -EINVAL;
		goto fail;
	}
	unsigned char dg[EVP_MAX_MD_SIZE];
	unsigned int dl = 0;
	if (EVP_DigestFinal_ex(md, dg, &dl) != 1 || dl != 32)
		goto oom;
	for (unsigned i = 0; i < dl; i++)
		snprintf(rs->digest + 2 * i, 3, "%02x", dg[i]);
	*out = rs;
	rs = NULL;
	goto done;
oom:
	rc = -ENOMEM;
fail:
	/* arrays not yet handed to rs are freed below with the builder */
	ruleset_free(rs);
done:
	rl_vec_free(&b.rules);
	rl_vec_free(&b.preds);
	rl_vec_free(&b.lists);
	rl_vec_free(&b.agents);
	free_strings(&b.stack);
	free_strings(&b.seen);
	rl_vec_free(&b.files);
	rl_map_free(&b.file_rank);
	rl_vec_free(&b.broken);
	for (int k = 0; k < RL_DEF__COUNT; k++)
		rl_map_free(&b.broken_names[k]);
	rl_map_free(&b.mentioned);
	EVP_MD_CTX_free(md);
	return rc;
}
