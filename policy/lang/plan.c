/* plan.c - what evaluation will need, laid out once at load: history
 * slots (count/sum/seen) and shell-parse cache slots keyed by canonical
 * text, per-decision memo slots, the gates that let a cmd{} body skip a
 * command without evaluating it, and the direct paths for common tests.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

/* ---- scope and history ----------------------------------------------------- */

static bool node_scoped(const rl_node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case N_FIELD: return is_cmd_field(n->sub);
	case N_PRED: return n->u.pred->scoped;
	case N_CALL:
		if (n->sub == FN_FLAG)
			return true;
		for (uint32_t i = 0; i < n->nargs; i++)
			if (node_scoped(n->args[i]))
				return true;
		return false;
	case N_CMD:
		return node_scoped(n->a); /* the body's own scope is the command */
	default:
		return node_scoped(n->a) || node_scoped(n->b);
	}
}

static bool node_has_hist(const rl_node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case N_PRED: return n->u.pred->has_hist;
	case N_CALL:
		if (n->sub == FN_COUNT || n->sub == FN_SUM || n->sub == FN_SEEN)
			return true;
		for (uint32_t i = 0; i < n->nargs; i++)
			if (node_has_hist(n->args[i]))
				return true;
		return false;
	default:
		return node_has_hist(n->a) || node_has_hist(n->b);
	}
}

/* Does evaluating n read nothing but the call (its tool, text, session,
 * peer uid, arguments and context, and the commands parsed from them)?
 * Then its answer is the same in the rules' context and in the history
 * record's, which has no identity, drift or session. Deep trees answer
 * no. */
static bool node_call_only(const rl_node *n, int depth)
{
	if (!n)
		return true;
	if (depth > RL_MAX_DEPTH * 2)
		return false;
	switch (n->kind) {
	case N_LIT:
		return true;
	case N_FIELD:
		return n->sub == F_TOOL || n->sub == F_TEXT || n->sub == F_SESSION ||
		       n->sub == F_UID || n->sub == F_ARGS || n->sub == F_CONTEXT ||
		       is_cmd_field(n->sub);
	case N_PRED:
		return node_call_only(n->u.pred->body, depth + 1);
	case N_CALL:
		if (n->sub == FN_COUNT || n->sub == FN_SUM || n->sub == FN_SEEN)
			return false;
		for (uint32_t i = 0; i < n->nargs; i++)
			if (!node_call_only(n->args[i], depth + 1))
				return false;
		return true;
	default:
		return node_call_only(n->a, depth + 1) && node_call_only(n->b, depth + 1);
	}
}

/* ---- slots ---------------------------------------------------------------- */

static char *canon(cst *c, const rl_node *n, const char *prefix, const rl_node *extra)
{
	rl_sbuf sb = { 0 };
	rl_sb_puts(&sb, prefix);
	rl_print_node(&sb, n, true, 0);
	if (extra) {
		rl_sb_puts(&sb, " where ");
		rl_print_node(&sb, extra, true, 0);
	}
	if (sb.oom || !sb.p) {
		free(sb.p);
		c->b->oom = true;
		return NULL;
	}
	return sb.p;
}

static uint32_t slot_for(cst *c, rl_map *keys, rl_vec *slots, char *text,
			 rl_node *expr, rl_node *where, size_t limit, const rl_node *at)
{
	void *have = rl_map_get(keys, text, strlen(text));
	if (have) {
		free(text);
		return (uint32_t)((uintptr_t)have - 1);
	}
	if (slots && slots->len >= limit) {
		rl_error(c->b, at->file, at->line, at->col,
			 "too many distinct history expressions (limit %zu)", limit);
		free(text);
		return RL_NO_SLOT;
	}
	uint32_t id;
	if (slots) {
		rl_hslot *hs = rl_alloc(c->rs->pool, sizeof(*hs));
		if (!hs || rl_vec_push(slots, hs) < 0) {
			free(text);
			c->b->oom = true;
			return RL_NO_SLOT;
		}
		hs->key = rl_hash(text, strlen(text));
		hs->expr = expr;
		hs->where = where;
		hs->text = rl_strndup(c->rs->pool, text, strlen(text));
		id = (uint32_t)(slots->len - 1);
	} else {
		id = (uint32_t)c->rs->ncmd++;
	}
	if (rl_vec_push(&c->texts, text) < 0) {
		free(text);
		c->b->oom = true;
		return RL_NO_SLOT;
	}
	if (rl_map_put(keys, text, strlen(text), (void *)(uintptr_t)(id + 1)) < 0)
		c->b->oom = true;
	return id;
}

void assign_slots(cst *c, rl_node *n)
{
	if (!n || c->b->oom)
		return;
	switch (n->kind) {
	case N_CALL:
		if (n->sub == FN_COUNT || n->sub == FN_SEEN || n->sub == FN_SUM) {
			for (uint32_t i = 0; i < n->nargs; i++) {
				if (node_has_hist(n->args[i])) {
					rl_error(c->b, n->file, n->line, n->col,
						 "history functions cannot be nested (through a predicate)");
					return;
				}
			}
			if (n->sub == FN_SUM) {
				char *t = canon(c, n->args[0], "v:", n->args[1]);
				if (t)
					n->u.hist.slot = slot_for(c, &c->hval_keys, &c->hvals, t,
								  n->args[0], n->args[1],
								  RL_MAX_HVALS, n);
			} else {
				char *t = canon(c, n->args[0], "b:", NULL);
				if (t)
					n->u.hist.slot = slot_for(c, &c->hbit_keys, &c->hbits, t,
								  n->args[0], NULL,
								  RL_MAX_HBITS, n);
			}
		}
		for (uint32_t i = 0; i < n->nargs; i++)
			assign_slots(c, n->args[i]);
		return;
	case N_CMD:
		if (!node_scoped(n->a)) {
			char *t = canon(c, n->a, n->sub == RL_CMD_PY ? "py " : "", NULL);
			if (t)
				n->u.cmd_slot = slot_for(c, &c->cmd_keys, NULL, t, NULL, NULL, 0, n);
		}
		assign_slots(c, n->a);
		assign_slots(c, n->b);
		return;
	case N_PRED:
		return; /* each predicate body is visited once on its own */
	default:
		assign_slots(c, n->a);
		assign_slots(c, n->b);
		return;
	}
}

/* Memo slots: an expression whose value cannot change within one decision
 * (it reads no cmd{} field and no history) and that costs more than a
 * field read gets a slot shared by every expression spelled the same, so
 * a predicate, a first(...) over six arguments or a regex test used by
 * twenty rules is computed once per decision. path(...) reads the cwd of
 * the current command: eval.c uses its slot only outside cmd{}. */
static void memo_slot(cst *c, rl_node *n, bool val)
{
	char *t = canon(c, n, val ? "v:" : "b:", NULL);
	if (!t)
		return;
	if (strstr(t, "...")) { /* a cut text is no key */
		free(t);
		return;
	}
	rl_map *keys = val ? &c->memo_v_keys : &c->memo_b_keys;
	size_t len = strlen(t);
	void *have = rl_map_get(keys, t, len);
	if (have) {
		free(t);
		n->memo = (uint32_t)(uintptr_t)have;
		return;
	}
	size_t *cnt = val ? &c->rs->nmemo_v : &c->rs->nmemo_b;
	if (*cnt >= UINT32_MAX - 1 || rl_vec_push(&c->texts, t) < 0) {
		free(t);
		c->b->oom = *cnt < UINT32_MAX - 1;
		return;
	}
	n->memo = (uint32_t)++*cnt;
	if (rl_map_put(keys, t, len, (void *)(uintptr_t)n->memo) < 0)
		c->b->oom = true;
}

/* memo_slot, and whether the slot's answer reads the call alone (the same
 * for every node of the slot: they are spelled the same) */
static void memo_slot_of(cst *c, rl_node *n, bool val)
{
	memo_slot(c, n, val);
	if (n->memo)
		n->call_only = node_call_only(n, 0);
}

void assign_memo(cst *c, rl_node *n)
{
	if (!n || c->b->oom)
		return;
	bool pure = !node_scoped(n) && !node_has_hist(n);
	switch (n->kind) {
	case N_PRED:
		if (pure)
			memo_slot_of(c, n, false);
		return; /* each predicate body is visited once on its own */
	case N_CMP:
		if (pure && (n->op == OP_MATCHES || n->op == OP_UNDER || n->quant != Q_NONE))
			memo_slot_of(c, n, false);
		break;
	case N_CMD:
		if (pure)
			memo_slot_of(c, n, false);
		break;
	case N_CALL:
		if (pure && (n->sub == FN_FIRST || n->sub == FN_LOWER || n->sub == FN_PATH ||
			     n->sub == FN_LUHN || n->sub == FN_IBAN || n->sub == FN_PARAM ||
			     n->sub == FN_AMOUNT || n->sub == FN_PLAIN || n->sub == FN_PAIRS ||
			     n->sub == FN_FOLD || n->sub == FN_FROM || n->sub == FN_SHARES || n->sub == FN_SHARES_CODE ||
			     n->sub == FN_CLAUSES || n->sub == FN_CLAUSES_WITHOUT || n->sub == FN_BEFORE ||
			     n->sub == FN_SECONDS))
			memo_slot_of(c, n, true);
		for (uint32_t i = 0; i < n->nargs; i++)
			assign_memo(c, n->args[i]);
		return;
	default:
		break;
	}
	assign_memo(c, n->a);
	assign_memo(c, n->b);
}

/* ---- cmd{} gates --------------------------------------------------------- */

/* Can evaluating n fail (other than running out of memory)? */
static bool gate_err(const rl_node *n, int depth)
{
	if (!n)
		return false;
	if (depth > RL_MAX_DEPTH * 2)
		return true;
	switch (n->kind) {
	case N_CMP:
		return n->op == OP_MATCHES || n->quant != Q_NONE ||
		       gate_err(n->a, depth + 1) || gate_err(n->b, depth + 1);
	case N_CMD:
		return true;
	case N_PRED:
		return gate_err(n->u.pred->body, depth + 1);
	case N_CALL:
		if (n->sub == FN_COUNT || n->sub == FN_SUM || n->sub == FN_SEEN ||
		    n->sub == FN_FROM || n->sub == FN_SHARES || n->sub == FN_SHARES_CODE || n->sub == FN_CLAUSES ||
		    n->sub == FN_CLAUSES_WITHOUT || n->sub == FN_BEFORE)
			return true;
		for (uint32_t i = 0; i < n->nargs; i++)
			if (gate_err(n->args[i], depth + 1))
				return true;
		return false;
	default:
		return gate_err(n->a, depth + 1) || gate_err(n->b, depth + 1);
	}
}

typedef struct gate_acc {
	rl_vec prog, next, prev; /* agate_str* */
	bool redir_out, redir_in;
	const rl_node *fre[4];   /* N_CMP program/path matches, regex with rep */
	unsigned nfre;
} gate_acc;

static bool gate_lits(rl_vec *out, const rl_node *lit)
{
	const rl_val *v = &lit->u.lit.v;
	if (v->kind == RV_STR)
		return rl_vec_push(out, (void *)&v->s) == 0;
	if (v->kind != RV_TREE || v->t->type != AGATE_ARRAY)
		return false;
	for (uint32_t i = 0; i < v->t->as.array.len; i++)
		if (v->t->as.array.items[i].type != AGATE_STR)
			return false; /* "1" == 1: numbers would need their text */
	for (uint32_t i = 0; i < v->t->as.array.len; i++)
		if (rl_vec_push(out, (void *)&v->t->as.array.items[i].as.str) < 0)
			return false;
	return true;
}

/* What a command needs for n to hold, added to g; false when nothing is
 * needed (n may hold for any command). Only what evaluation order
 * guarantees is used: in `a and b`, b counts only when a cannot fail. */
static bool gate_of(const rl_node *n, gate_acc *g, int depth)
{
	if (!n || depth > RL_MAX_DEPTH * 2)
		return false;
	switch (n->kind) {
	case N_CMP: {
		if (n->quant != Q_NONE || n->neg || n->ci || !n->a || !n->b ||
		    n->a->kind != N_FIELD)
			return false;
		int f = n->a->sub;
		if ((f == F_PROGRAM || f == F_PATH) && n->op == OP_MATCHES &&
		    n->b->kind == N_REGEX && n->b->u.re.rep) {
			if (g->nfre == 4)
				return false;
			g->fre[g->nfre++] = n;
			return true;
		}
		if (f == F_REDIRECT || f == F_REDIRECT_IN) {
			/* a missing redirection is nil, which none of these accept */
			switch (n->op) {
			case OP_EQ:
				if (n->b->kind != N_LIT || n->b->u.lit.v.kind != RV_STR)
					return false;
				break;
			case OP_MATCHES: case OP_UNDER: case OP_STARTS: case OP_ENDS:
			case OP_GLOB: case OP_CONTAINS: case OP_ICONTAINS:
				break;
			default:
				return false;
			}
			if (f == F_REDIRECT)
				g->redir_out = true;
			else
				g->redir_in = true;
			return true;
		}
		if (n->b->kind != N_LIT || !(n->op == OP_EQ ||
		    (n->op == OP_IN && n->b->u.lit.v.kind == RV_TREE)) ||
		    (n->op == OP_EQ && n->b->u.lit.v.kind != RV_STR))
			return false;
		if (f == F_PROGRAM)
			return gate_lits(&g->prog, n->b);
		if (f == F_NEXT_PROGRAM)
			return gate_lits(&g->next, n->b);
		if (f == F_PREV_PROGRAM)
			return gate_lits(&g->prev, n->b);
		return false;
	}
	case N_AND: {
		gate_acc save = *g;
		if (gate_of(n->a, g, depth + 1))
			return true;
		g->prog.len = save.prog.len;
		g->next.len = save.next.len;
		g->prev.len = save.prev.len;
		g->redir_out = save.redir_out;
		g->redir_in = save.redir_in;
		g->nfre = save.nfre;
		return !gate_err(n->a, 0) && gate_of(n->b, g, depth + 1);
	}
	case N_OR:
		return gate_of(n->a, g, depth + 1) && gate_of(n->b, g, depth + 1);
	case N_PRED:
		return gate_of(n->u.pred->body, g, depth + 1);
	default:
		return false;
	}
}

static rl_strset *gate_set(cst *c, const rl_vec *v)
{
	if (!v->len)
		return NULL;
	agate_value *arr = rl_alloc(c->rs->pool, sizeof(*arr));
	agate_value *items = rl_alloc(c->rs->pool, v->len * sizeof(*items));
	if (!arr || !items) {
		c->b->oom = true;
		return NULL;
	}
	for (size_t i = 0; i < v->len; i++) {
		items[i].type = AGATE_STR;
		items[i].as.str = *(const agate_str *)v->items[i];
	}
	arr->type = AGATE_ARRAY;
	arr->as.array.items = items;
	arr->as.array.len = (uint32_t)v->len;
	return build_strset(c, arr, false);
}

/* Does n hold a test eval.c's may_hold can refute without evaluating:
 * a gated cmd{} or a regex with literals over a field or first(...),
 * reached through the left of `and`, either side of `or`, predicates? */
bool precheck_useful(const rl_node *n, int depth)
{
	if (!n || depth > RL_MAX_DEPTH * 2)
		return false;
	switch (n->kind) {
	case N_AND:
		return precheck_useful(n->a, depth + 1);
	case N_OR:
		return precheck_useful(n->a, depth + 1) || precheck_useful(n->b, depth + 1);
	case N_PRED:
		return precheck_useful(n->u.pred->body, depth + 1);
	case N_CMD:
		return n->gate && n->u.cmd_slot != RL_NO_SLOT;
	case N_CMP:
		return rl_precheck_regex(n);
	default:
		return false;
	}
}

/* Mark the N_CMP nodes may_hold reaches from n (the same walk, every
 * branch of `or`) with whether it may refute them by their prefilter, so
 * that the test is one flag at evaluation. */
void mark_prechecks(rl_node *n, int depth)
{
	if (!n || depth > RL_MAX_DEPTH * 2)
		return;
	switch (n->kind) {
	case N_AND:
		mark_prechecks(n->a, depth + 1);
		return;
	case N_OR:
		mark_prechecks(n->a, depth + 1);
		mark_prechecks(n->b, depth + 1);
		return;
	case N_PRED:
		mark_prechecks(n->u.pred->body, depth + 1);
		return;
	case N_CMP:
		n->pre_re = rl_precheck_regex(n);
		return;
	default:
		return;
	}
}

void assign_gates(cst *c, rl_node *n)
{
	if (!n || c->b->oom)
		return;
	switch (n->kind) {
	case N_PRED:
		return; /* bodies are visited on their own */
	case N_CMP:
		/* `program == "rm"`, `next_program in @shells` ...: the common
		 * scoped tests get a direct path (same answers) */
		if (n->quant == Q_NONE && !n->neg && !n->ci && n->a && n->b &&
		    n->a->kind == N_FIELD && n->b->kind == N_LIT &&
		    (n->a->sub == F_PROGRAM || n->a->sub == F_NEXT_PROGRAM ||
		     n->a->sub == F_PREV_PROGRAM)) {
			const rl_val *v = &n->b->u.lit.v;
			if ((n->op == OP_EQ || n->op == OP_NE) && v->kind == RV_STR)
				n->fast = n->op == OP_EQ ? FAST_EQ : FAST_NE;
			else if (n->op == OP_IN && n->u.set && v->kind == RV_TREE &&
				 v->t == n->u.set->arr)
				n->fast = FAST_IN;
		}
		break;
	case N_CMD: {
		gate_acc g = { 0 };
		if (!n->gate && gate_of(n->b, &g, 0)) {
			rl_gate *gt = rl_alloc(c->rs->pool, sizeof(*gt));
			if (!gt) {
				c->b->oom = true;
			} else {
				gt->prog = gate_set(c, &g.prog);
				gt->next = gate_set(c, &g.next);
				gt->prev = gate_set(c, &g.prev);
				gt->redir_out = g.redir_out;
				gt->redir_in = g.redir_in;
				memcpy(gt->fre, g.fre, sizeof(g.fre));
				gt->nfre = (uint8_t)g.nfre;
				gt->id = (uint32_t)c->gates.len;
				if (rl_vec_push(&c->gates, gt) < 0)
					c->b->oom = true;
				n->gate = gt;
			}
		}
		rl_vec_free(&g.prog);
		rl_vec_free(&g.next);
		rl_vec_free(&g.prev);
		break;
	}
	case N_CALL:
		for (uint32_t i = 0; i < n->nargs; i++)
			assign_gates(c, n->args[i]);
		return;
	default:
		break;
	}
	assign_gates(c, n->a);
	assign_gates(c, n->b);
}

/* param(x, keys...) whose keys are all constants (strings, @lists): the
 * keys folded once here, with a table from folded name to rank, instead
 * of folding every key at every call (eval/builtin.c does the same for
 * keys it only knows at run time, without the table). */
static rl_pkeys *param_keys_of(cst *c, const rl_node *n)
{
	size_t cap = 0;
	for (uint32_t i = 1; i < n->nargs; i++) {
		const rl_node *a = n->args[i];
		if (a->kind != N_LIT)
			return NULL;
		const rl_val *v = &a->u.lit.v;
		if (v->kind == RV_STR)
			cap++;
		else if (v->kind == RV_TREE && v->t->type == AGATE_ARRAY)
			cap += v->t->as.array.len;
	}
	rl_pool *pool = c->rs->pool;
	rl_pkeys *ks = rl_alloc(pool, sizeof(*ks));
	uint32_t tcap = 8;
	while (tcap < 2 * cap)
		tcap *= 2;
	if (ks) {
		ks->key = rl_alloc(pool, (cap ? cap : 1) * sizeof(*ks->key));
		ks->len = rl_alloc(pool, cap ? cap : 1);
		ks->slot = rl_alloc(pool, tcap * sizeof(*ks->slot));
		ks->hash = rl_alloc(pool, tcap * sizeof(*ks->hash));
	}
	if (!ks || !ks->key || !ks->len || !ks->slot || !ks->hash) {
		c->b->oom = true;
		return NULL;
	}
	ks->cap = tcap;
	for (uint32_t i = 1; i < n->nargs; i++) {
		const rl_val *v = &n->args[i]->u.lit.v;
		const agate_value *items = NULL;
		size_t m = 0;
		agate_str one = { 0 };
		if (v->kind == RV_STR) {
			one = v->s;
		} else if (v->kind == RV_TREE && v->t->type == AGATE_ARRAY) {
			items = v->t->as.array.items;
			m = v->t->as.array.len;
		} else {
			continue;
		}
		for (size_t j = 0; j < (items ? m : 1); j++) {
			if (items && items[j].type != AGATE_STR)
				continue;
			agate_str s = items ? items[j].as.str : one;
			char f[RL_PARAM_KEY_MAX];
			size_t fl = rl_fold_key(s.ptr, s.len, f);
			if (fl == 0 || fl > RL_PARAM_KEY_MAX)
				continue; /* a key no name folds to: never found */
			char *k = rl_strndup(pool, f, fl);
			if (!k) {
				c->b->oom = true;
				return NULL;
			}
			uint64_t h = rl_hash(f, fl);
			uint32_t at = (uint32_t)h & (tcap - 1);
			bool dup = false;
			for (; ks->slot[at]; at = (at + 1) & (tcap - 1)) {
				uint32_t r = ks->slot[at] - 1;
				if (ks->hash[at] == h && ks->len[r] == fl && !memcmp(ks->key[r], f, fl)) {
					dup = true; /* the earlier key keeps the rank */
					break;
				}
			}
			if (!dup) {
				ks->slot[at] = (uint32_t)ks->n + 1;
				ks->hash[at] = h;
			}
			unsigned char f0 = (unsigned char)f[0];
			ks->first[f0 >> 6] |= 1ull << (f0 & 63);
			if (!ks->n || fl < ks->min_len)
				ks->min_len = fl;
			ks->key[ks->n] = k;
			ks->len[ks->n++] = (uint8_t)fl;
		}
	}
	return ks;
}

void assign_param_keys(cst *c, rl_node *n)
{
	if (!n || c->b->oom || n->kind == N_PRED)
		return; /* predicate bodies are visited on their own */
	if (n->kind == N_CALL) {
		if (n->sub == FN_PARAM && n->nargs >= 2 && !n->u.pkeys)
			n->u.pkeys = param_keys_of(c, n);
		for (uint32_t i = 0; i < n->nargs; i++)
			assign_param_keys(c, n->args[i]);
		return;
	}
	assign_param_keys(c, n->a);
	assign_param_keys(c, n->b);
}
