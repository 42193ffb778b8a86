/* resolve.c - names in place: @lists flattened into constant arrays,
 * bare names into fields or predicates, `matches` right-hand sides into
 * compiled regexes, `under` paths normalised, `in` lists hashed; then the
 * predicate graph (cycles, depth, which bodies read history or cmd{}).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/lang/lang_int.h"

/* ---- lists -------------------------------------------------------------- */

static bool list_add_item(cst *c, rl_list *l, rl_vec *out, rl_node *it, int level)
{
	if (it->kind == N_LISTREF) {
		rl_list *sub = rl_map_get(&c->lists, it->u.name.s, it->u.name.len);
		if (!sub) {
			if (!rl_follow_on(c->b, RL_DEF_LIST, it->u.name.s, it->u.name.len))
				rl_error(c->b, it->file, it->line, it->col, "unknown list @%.*s",
					 (int)it->u.name.len, it->u.name.s);
			return false;
		}
		sub->used = true;
		if (sub->state == 1) {
			rl_error(c->b, it->file, it->line, it->col,
				 "list cycle: @%s refers to itself through @%s", l->name, sub->name);
			return false;
		}
		if (sub->state == 0 && !list_flatten(c, sub, level + 1))
			return false;
		for (uint32_t i = 0; i < sub->value.as.array.len; i++)
			if (rl_vec_push(out, &sub->value.as.array.items[i]) < 0) {
				c->b->oom = true;
				return false;
			}
		return true;
	}
	if (it->kind != N_LIT || it->u.lit.v.kind == RV_NIL) {
		rl_error(c->b, it->file, it->line, it->col,
			 "list elements must be strings, numbers, booleans or @lists");
		return false;
	}
	agate_value *v = rl_alloc(c->rs->pool, sizeof(*v));
	if (!v) {
		c->b->oom = true;
		return false;
	}
	switch (it->u.lit.v.kind) {
	case RV_STR:
		v->type = AGATE_STR;
		v->as.str = it->u.lit.v.s;
		break;
	case RV_NUM:
		v->type = AGATE_FLOAT;
		v->as.real = it->u.lit.v.n;
		if (v->as.real == floor(v->as.real) && fabs(v->as.real) < 9e15) {
			v->type = AGATE_INT;
			v->as.integer = (int64_t)v->as.real;
		}
		break;
	case RV_BOOL:
		v->type = AGATE_BOOL;
		v->as.boolean = it->u.lit.v.b;
		break;
	default:
		return false;
	}
	return rl_vec_push(out, v) == 0 || (c->b->oom = true, false);
}

/* flatten items (literals and nested @lists) into an array value */
static bool flatten_items(cst *c, rl_list *l, rl_node **items, uint32_t n,
			  agate_value *out, int level)
{
	rl_vec vals = { 0 };
	bool ok = true;
	/* every item, so that each bad one is reported in the same run (but
	 * no further than the length limit: nested lists multiply) */
	for (uint32_t i = 0; i < n && !c->b->oom && vals.len <= RL_MAX_LIST; i++)
		ok = list_add_item(c, l, &vals, items[i], level) && ok;
	if (ok && vals.len > RL_MAX_LIST) {
		rl_error(c->b, l ? l->file : items[0]->file, l ? l->line : items[0]->line,
			 l ? l->col : items[0]->col, "list too long (limit %u elements)",
			 RL_MAX_LIST);
		ok = false;
	}
	out->type = AGATE_ARRAY;
	out->as.array.len = 0;
	out->as.array.items = NULL;
	if (ok && vals.len) {
		agate_value *arr = rl_alloc(c->rs->pool, vals.len * sizeof(*arr));
		if (!arr) {
			c->b->oom = true;
			ok = false;
		} else {
			for (size_t i = 0; i < vals.len; i++)
				arr[i] = *(agate_value *)vals.items[i];
			out->as.array.items = arr;
			out->as.array.len = (uint32_t)vals.len;
		}
	}
	rl_vec_free(&vals);
	return ok;
}

bool list_flatten(cst *c, rl_list *l, int level)
{
	if (level > RL_MAX_EXPAND) {
		rl_error(c->b, l->file, l->line, l->col, "lists nested too deeply (limit %d)",
			 RL_MAX_EXPAND);
		l->state = 2;
		l->bad = true;
		return false;
	}
	l->state = 1;
	bool ok = flatten_items(c, l, l->items, l->nitems, &l->value, level);
	l->state = 2;
	l->bad = !ok;
	return ok;
}

/* A list of exactly one number on a side of <, <=, > or >= is that number:
 * `sum(args.amount, within 1d) > @daily_cap` with `list @daily_cap :=
 * [10000]`, so that a threshold is a named list a site file can override.
 * Any other list there stays a list (an evaluation error, which blocks). */
static void one_number_list(rl_node *n)
{
	if (!n || n->kind != N_LIT || n->u.lit.v.kind != RV_TREE)
		return;
	const agate_value *t = n->u.lit.v.t;
	if (t->type != AGATE_ARRAY || t->as.array.len != 1)
		return;
	const agate_value *e = &t->as.array.items[0];
	if (e->type != AGATE_INT && e->type != AGATE_FLOAT)
		return;
	double d = e->type == AGATE_INT ? (double)e->as.integer : e->as.real;
	n->u.lit.v.kind = RV_NUM;
	n->u.lit.v.n = d;
	n->u.lit.v.t = NULL;
}

/* ---- names --------------------------------------------------------------- */

static const struct {
	const char *name;
	int field;
} simple_fields[] = {
	{ "tool", F_TOOL },
	{ "text", F_TEXT },
	{ "agent", F_AGENT },
	{ "agent.name", F_AGENT },
	{ "session", F_SESSION },
	{ "uid", F_UID },
	{ "agent.role", F_ROLE },
	{ "agent.tools", F_TOOLS },
	{ "agent.purpose", F_PURPOSE },
	{ "drift.score", F_DRIFT_SCORE },
	{ "drift.drift", F_DRIFT_SCORE },
	{ "drift.session", F_DRIFT_SESSION },
	{ "drift.resonance", F_DRIFT_RESONANCE },
	{ "drift.provenance", F_DRIFT_PROVENANCE },
	{ "drift.veto", F_DRIFT_VETO },
	{ "drift.hard_veto", F_DRIFT_HARD },
	{ "drift.axis", F_DRIFT_AXIS },
	{ "drift.votes", F_DRIFT_VOTES },
	{ "drift.axes_max", F_DRIFT_AXES_MAX },
	{ "previous.tool", F_PREV_TOOL },
	{ "previous.verdict", F_PREV_VERDICT },
	{ "program", F_PROGRAM },
	{ "path", F_PATH },
	{ "argv", F_ARGV },
	{ "operands", F_OPERANDS },
	{ "cwd", F_CWD },
	{ "redirect", F_REDIRECT },
	{ "piped_to", F_PIPED_TO },
	{ "piped_from", F_PIPED_FROM },
	{ "next_program", F_NEXT_PROGRAM },
	{ "prev_program", F_PREV_PROGRAM },
	{ "sudo", F_SUDO },
	{ "redirects", F_REDIRECTS },
	{ "redirect_in", F_REDIRECT_IN },
	{ "script", F_SCRIPT },
};

static int field_lookup(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(simple_fields) / sizeof(simple_fields[0]); i++)
		if (strlen(simple_fields[i].name) == n && memcmp(simple_fields[i].name, s, n) == 0)
			return simple_fields[i].field;
	return -1;
}

bool reserved_name(const char *s)
{
	static const char *const words[] = {
		"rule", "trigger", "check", "enforce", "end", "predicate", "list",
		"agent", "include", "default", "and", "or", "not", "in", "contains",
		"icontains", "matches", "glob", "starts_with", "ends_with", "under",
		"any", "all", "true", "false", "True", "False", "nil", "None",
		"within", "where", "cmd", "py", "description", "severity", "priority",
		"override", "mode", "args", "context", "drift", "previous",
		"len", "lower", "first", "count", "sum", "seen", "flag", "is_number",
		"luhn", "iban", "param", "amount", "plain", "pairs", "fold", "from",
		"shares", "shares_code", "clauses", "clauses_without", "before", "seconds", NULL,
	};
	for (size_t i = 0; words[i]; i++)
		if (strcmp(words[i], s) == 0)
			return true;
	return field_lookup(s, strlen(s)) >= 0;
}

static void resolve_name(cst *c, rl_node *n, bool in_cmd)
{
	const char *s = n->u.name.s;
	size_t len = n->u.name.len;
	if (!memchr(s, '.', len)) {
		rl_pred *pr = rl_map_get(&c->preds, s, len);
		if (pr) {
			pr->used = true;
			n->kind = N_PRED;
			n->u.pred = pr;
			return;
		}
	}
	int f = field_lookup(s, len);
	if (f >= 0) {
		if (is_cmd_field(f) && !in_cmd) {
			rl_error(c->b, n->file, n->line, n->col,
				 "'%.*s' is only available inside cmd(...) { }", (int)len, s);
			return;
		}
		n->kind = N_FIELD;
		n->sub = (uint16_t)f;
		n->u.name.s = NULL;
		n->u.name.len = 0;
		return;
	}
	static const struct {
		const char *root;
		int field;
	} roots[] = { { "args", F_ARGS }, { "context", F_CONTEXT } };
	for (size_t i = 0; i < 2; i++) {
		size_t rl = strlen(roots[i].root);
		if (len >= rl && memcmp(s, roots[i].root, rl) == 0 &&
		    (len == rl || s[rl] == '.')) {
			n->kind = N_FIELD;
			n->sub = (uint16_t)roots[i].field;
			if (len > rl + 1) {
				n->u.name.s = s + rl + 1;
				n->u.name.len = (uint32_t)(len - rl - 1);
			} else {
				n->u.name.s = NULL;
				n->u.name.len = 0;
			}
			return;
		}
	}
	if (rl_follow_on(c->b, RL_DEF_PRED, s, len))
		return;
	rl_error(c->b, n->file, n->line, n->col,
		 "unknown name '%.*s': expected a predicate or an operand (tool, text, args.x, context.x, agent, ...)",
		 (int)len, s);
}

/* r, the right side of `matches` or the regex of from(), compiled into
 * an N_REGEX node; `who` names the reader in an error */
static void resolve_regex(cst *c, rl_node *r, const char *who)
{
	if (r->kind == N_REGEX) {
		uint32_t np;
		rl_re *re = compile_re_split(c, r, r->u.re.src, r->u.re.src_len, r->u.re.flags, &np);
		if (!re)
			return;
		r->u.re.res = re;
		r->u.re.n = np;
		regex_rep(c, r);
		return;
	}
	if (r->kind == N_LISTREF || r->kind == N_LISTLIT)
		resolve(c, r, false, false);
	if (r->kind == N_LISTREF || r->kind == N_LISTLIT)
		return; /* the list did not resolve: reported, or a follow-on */
	if (r->kind == N_LIT && r->u.lit.v.kind == RV_STR) {
		uint32_t np;
		rl_re *re = compile_re_split(c, r, r->u.lit.v.s.ptr, r->u.lit.v.s.len, "", &np);
		if (!re)
			return;
		agate_str src = r->u.lit.v.s;
		memset(&r->u, 0, sizeof(r->u));
		r->kind = N_REGEX;
		r->u.re.src = src.ptr;
		r->u.re.src_len = (uint32_t)src.len;
		r->u.re.res = re;
		r->u.re.n = np;
		regex_rep(c, r);
		return;
	}
	if (r->kind == N_LIT && r->u.lit.v.kind == RV_TREE &&
	    r->u.lit.v.t->type == AGATE_ARRAY) {
		const agate_value *arr = r->u.lit.v.t;
		const char *lname = r->u.lit.list;
		rl_re **parts = calloc(arr->as.array.len + 1, sizeof(*parts));
		uint32_t *nparts = calloc(arr->as.array.len + 1, sizeof(*nparts));
		if (!parts || !nparts) {
			free(parts);
			free(nparts);
			c->b->oom = true;
			return;
		}
		size_t total = 0;
		for (uint32_t i = 0; i < arr->as.array.len; i++) {
			const agate_value *e = &arr->as.array.items[i];
			if (e->type != AGATE_STR) {
				rl_error(c->b, r->file, r->line, r->col,
					 "%s needs regexes: element %u of the list is not a string", who, i);
				break;
			}
			parts[i] = compile_re_split(c, r, e->as.str.ptr, e->as.str.len, "", &nparts[i]);
			if (!parts[i])
				break;
			total += nparts[i];
		}
		rl_re *res = NULL;
		bool whole = arr->as.array.len == 0 || parts[arr->as.array.len - 1];
		if (whole && !(res = rl_alloc(c->rs->pool, (total + 1) * sizeof(*res))))
			c->b->oom = true;
		for (uint32_t i = 0, k = 0; res && i < arr->as.array.len; i++)
			for (uint32_t j = 0; j < nparts[i]; j++)
				res[k++] = parts[i][j];
		free(parts);
		free(nparts);
		if (!res)
			return;
		memset(&r->u, 0, sizeof(r->u));
		r->kind = N_REGEX;
		r->u.re.res = res;
		r->u.re.n = (uint32_t)total;
		r->u.re.list = lname;
		regex_rep(c, r);
		return;
	}
	rl_error(c->b, r->file, r->line, r->col,
		 "%s needs a /regex/, a string or a list of strings", who);
}

/* from(x, R [, n]): R compiled like the right side of `matches`; n, when
 * given, a whole number of bytes written in place */
static void resolve_from(cst *c, rl_node *n, bool in_cmd, bool in_hist)
{
	resolve(c, n->args[0], in_cmd, in_hist);
	resolve_regex(c, n->args[1], "from()");
	if (n->nargs < 3)
		return;
	const rl_node *k = n->args[2];
	double d = k->kind == N_LIT && k->u.lit.v.kind == RV_NUM ? k->u.lit.v.n : 0;
	if (!(d >= 1 && d <= RL_FROM_MAX && d == (double)(uint32_t)d))
		rl_error(c->b, k->file, k->line, k->col,
			 "from() reads a length written as a whole number from 1 to %d",
			 RL_FROM_MAX);
}

static agate_value *norm_path_value(cst *c, const agate_value *v)
{
	agate_value *o = rl_alloc(c->rs->pool, sizeof(*o));
	if (!o)
		return NULL;
	*o = *v;
	if (v->type != AGATE_STR)
		return o;
	agate_arena_reset(c->tmp);
	char *np = agate_path_normalize(c->tmp, v->as.str.ptr, v->as.str.len, NULL);
	if (!np)
		return NULL;
	o->as.str.ptr = rl_strndup(c->rs->pool, np, strlen(np));
	o->as.str.len = strlen(np);
	return o->as.str.ptr ? o : NULL;
}

/* `x under "/etc/"` compares against the normalised "/etc" */
static void normalise_under_rhs(cst *c, rl_node *r)
{
	if (r->kind != N_LIT)
		return;
	if (r->u.lit.v.kind == RV_STR) {
		agate_value tmp = { .type = AGATE_STR, .as.str = r->u.lit.v.s };
		agate_value *nv = norm_path_value(c, &tmp);
		if (!nv) {
			c->b->oom = true;
			return;
		}
		r->u.lit.v.s = nv->as.str;
	} else if (r->u.lit.v.kind == RV_TREE && r->u.lit.v.t->type == AGATE_ARRAY) {
		const agate_value *arr = r->u.lit.v.t;
		agate_value *na = rl_alloc(c->rs->pool, sizeof(*na));
		agate_value *items =
			rl_alloc(c->rs->pool, (arr->as.array.len + 1) * sizeof(*items));
		if (!na || !items) {
			c->b->oom = true;
			return;
		}
		for (uint32_t i = 0; i < arr->as.array.len; i++) {
			agate_value *nv = norm_path_value(c, &arr->as.array.items[i]);
			if (!nv) {
				c->b->oom = true;
				return;
			}
			items[i] = *nv;
		}
		na->type = AGATE_ARRAY;
		na->as.array.items = items;
		na->as.array.len = arr->as.array.len;
		r->u.lit.v.t = na;
	}
}

rl_strset *build_strset(cst *c, const agate_value *arr, bool ci)
{
	uint32_t n = arr->as.array.len, cap = 8;
	while (cap < 2 * n)
		cap *= 2;
	rl_strset *st = rl_alloc(c->rs->pool, sizeof(*st));
	if (!st || !(st->slot = rl_alloc(c->rs->pool, cap * sizeof(uint32_t))) ||
	    !(st->hash = rl_alloc(c->rs->pool, cap * sizeof(uint64_t)))) {
		c->b->oom = true;
		return NULL;
	}
	st->cap = cap;
	st->arr = arr;
	st->ci = ci;
	for (uint32_t i = 0; i < n; i++) {
		const agate_value *e = &arr->as.array.items[i];
		if (e->type != AGATE_STR) {
			st->has_other = true;
			continue;
		}
		uint64_t h = ci ? rl_hash_lower(e->as.str.ptr, e->as.str.len)
				: rl_hash(e->as.str.ptr, e->as.str.len);
		uint32_t j = (uint32_t)h & (cap - 1);
		while (st->slot[j])
			j = (j + 1) & (cap - 1);
		st->slot[j] = i + 1;
		st->hash[j] = h;
	}
	return st;
}

static bool is_tool_field(const rl_node *n)
{
	return n && n->kind == N_FIELD && (n->sub == F_TOOL || n->sub == F_PREV_TOOL);
}

void resolve(cst *c, rl_node *n, bool in_cmd, bool in_hist)
{
	if (!n || c->b->oom)
		return;
	switch (n->kind) {
	case N_LIT:
	case N_FIELD:
	case N_PRED:
		return;
	case N_REGEX:
		rl_error(c->b, n->file, n->line, n->col, "a regex can only follow `matches`");
		return;
	case N_NAME:
		resolve_name(c, n, in_cmd);
		return;
	case N_LISTREF: {
		rl_list *l = rl_map_get(&c->lists, n->u.name.s, n->u.name.len);
		if (!l) {
			if (!rl_follow_on(c->b, RL_DEF_LIST, n->u.name.s, n->u.name.len))
				rl_error(c->b, n->file, n->line, n->col, "unknown list @%.*s",
					 (int)n->u.name.len, n->u.name.s);
			return;
		}
		l->used = true;
		n->kind = N_LIT;
		memset(&n->u, 0, sizeof(n->u));
		n->u.lit.v.kind = RV_TREE;
		n->u.lit.v.t = &l->value;
		n->u.lit.list = l->name;
		return;
	}
	case N_LISTLIT: {
		agate_value *v = rl_alloc(c->rs->pool, sizeof(*v));
		if (!v) {
			c->b->oom = true;
			return;
		}
		if (!flatten_items(c, NULL, n->args, n->nargs, v, 0))
			return;
		n->kind = N_LIT;
		n->args = NULL;
		n->nargs = 0;
		memset(&n->u, 0, sizeof(n->u));
		n->u.lit.v.kind = RV_TREE;
		n->u.lit.v.t = v;
		return;
	}
	case N_AND:
	case N_OR:
		resolve(c, n->a, in_cmd, in_hist);
		resolve(c, n->b, in_cmd, in_hist);
		return;
	case N_NOT:
		resolve(c, n->a, in_cmd, in_hist);
		return;
	case N_CMP:
		resolve(c, n->a, in_cmd, in_hist);
		if (n->op == OP_MATCHES)
			resolve_regex(c, n->b, "matches");
		else if (n->b)
			resolve(c, n->b, in_cmd, in_hist);
		if (n->op == OP_UNDER)
			normalise_under_rhs(c, n->b);
		if (n->op == OP_LT || n->op == OP_LE || n->op == OP_GT || n->op == OP_GE) {
			one_number_list(n->a);
			one_number_list(n->b);
		}
		if (n->quant && n->a && n->a->kind == N_FIELD && n->a->sub == F_TOOLS)
			rl_error(c->b, n->file, n->line, n->col,
				 "agent.tools cannot be iterated; use `x in agent.tools`");
		switch (n->op) {
		case OP_EQ: case OP_NE: case OP_IN: case OP_STARTS: case OP_ENDS:
		case OP_GLOB: case OP_CONTAINS:
			n->ci = is_tool_field(n->a) || is_tool_field(n->b);
			break;
		default:
			break;
		}
		if (n->op == OP_IN && n->b && n->b->kind == N_LIT &&
		    n->b->u.lit.v.kind == RV_TREE && n->b->u.lit.v.t->type == AGATE_ARRAY &&
		    n->b->u.lit.v.t->as.array.len >= 4)
			n->u.set = build_strset(c, n->b->u.lit.v.t, n->ci);
		if (n->op == OP_GLOB && n->b && n->b->kind == N_LIT &&
		    n->b->u.lit.v.kind == RV_TREE && n->b->u.lit.v.t->type == AGATE_ARRAY &&
		    n->b->u.lit.v.t->as.array.len >= 2)
			n->u.gset = globset_build(c, n->b->u.lit.v.t);
		return;
	case N_CALL:
		switch (n->sub) {
		case FN_COUNT:
		case FN_SEEN:
		case FN_SUM:
			if (in_hist) {
				rl_error(c->b, n->file, n->line, n->col,
					 "history functions cannot be nested");
				return;
			}
			if (in_cmd && !c->b->rs->has_history) {
				/* allowed in predicates; see docs: recorded without a command */
			}
			for (uint32_t i = 0; i < n->nargs; i++)
				resolve(c, n->args[i], false, true);
			c->rs->has_history = true;
			return;
		case FN_FROM:
			resolve_from(c, n, in_cmd, in_hist);
			return;
		case FN_CLAUSES:
		case FN_CLAUSES_WITHOUT:
		case FN_BEFORE:
			resolve(c, n->args[0], in_cmd, in_hist);
			resolve_regex(c, n->args[1], n->sub == FN_CLAUSES ? "clauses()"
						     : n->sub == FN_BEFORE ? "before()"
									     : "clauses_without()");
			return;
		case FN_FLAG:
			if (!in_cmd)
				rl_error(c->b, n->file, n->line, n->col,
					 "flag() is only available inside cmd(...) { }");
			return;
		default:
			for (uint32_t i = 0; i < n->nargs; i++)
				resolve(c, n->args[i], in_cmd, in_hist);
			return;
		}
	case N_CMD:
		resolve(c, n->a, in_cmd, in_hist);
		resolve(c, n->b, true, in_hist);
		return;
	}
}

/* ---- predicate graph ------------------------------------------------------ */

static int walk_preds(cst *c, rl_pred *owner, rl_node *n, int level)
{
	if (!n)
		return 0;
	int d = 0, x;
	switch (n->kind) {
	case N_PRED: {
		rl_pred *q = n->u.pred;
		if (q->state == 1) {
			rl_error(c->b, owner->file, owner->line, owner->col,
				 "predicate cycle: %s refers to itself through %s", owner->name,
				 q->name);
			return -1;
		}
		if (q->state == 0 && pred_visit(c, q, level + 1) < 0)
			return -1;
		if (q->has_hist)
			owner->has_hist = true;
		if (q->scoped)
			owner->scoped = true;
		return q->depth;
	}
	case N_FIELD:
		if (is_cmd_field(n->sub))
			owner->scoped = true;
		return 0;
	case N_CALL:
		if (n->sub == FN_COUNT || n->sub == FN_SUM || n->sub == FN_SEEN)
			owner->has_hist = true;
		if (n->sub == FN_FLAG)
			owner->scoped = true;
		for (uint32_t i = 0; i < n->nargs; i++) {
			if ((x = walk_preds(c, owner, n->args[i], level)) < 0)
				return -1;
			if (x > d)
				d = x;
		}
		return d;
	default:
		if ((x = walk_preds(c, owner, n->a, level)) < 0)
			return -1;
		d = x;
		if ((x = walk_preds(c, owner, n->b, level)) < 0)
			return -1;
		return x > d ? x : d;
	}
}

int pred_visit(cst *c, rl_pred *pr, int level)
{
	if (level > RL_MAX_EXPAND) {
		rl_error(c->b, pr->file, pr->line, pr->col,
			 "predicates nested too deeply (limit %d)", RL_MAX_EXPAND);
		pr->state = 2;
		return -1;
	}
	pr->state = 1;
	int d = walk_preds(c, pr, pr->body, level);
	pr->state = 2;
	if (d < 0)
		return -1;
	pr->depth = d + 1;
	return 0;
}
