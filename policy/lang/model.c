/* model.c - what every holder of a compiled rule set may ask of it:
 * canonical text of its expressions, the names of operators and fields,
 * trigger patterns, reference counting and the public accessors.
 * Both the compiler (lang/) and the evaluator (eval/) use it, so it sits
 * below both of them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/model.h"

/* ---- names and canonical printing ---------------------------------------- */

static const char *const op_names[] = {
	[OP_NONE] = "",          [OP_EQ] = "==",         [OP_NE] = "!=",
	[OP_LT] = "<",           [OP_LE] = "<=",         [OP_GT] = ">",
	[OP_GE] = ">=",          [OP_CONTAINS] = "contains",
	[OP_ICONTAINS] = "icontains",
	[OP_MATCHES] = "matches", [OP_GLOB] = "glob",    [OP_IN] = "in",
	[OP_STARTS] = "starts_with", [OP_ENDS] = "ends_with", [OP_UNDER] = "under",
};

const char *rl_op_name(int op)
{
	return op >= 0 && op <= OP_UNDER ? op_names[op] : "?";
}

static const char *const field_names[F__COUNT] = {
	[F_TOOL] = "tool",
	[F_TEXT] = "text",
	[F_AGENT] = "agent",
	[F_SESSION] = "session",
	[F_ARGS] = "args",
	[F_CONTEXT] = "context",
	[F_ROLE] = "agent.role",
	[F_TOOLS] = "agent.tools",
	[F_PURPOSE] = "agent.purpose",
	[F_UID] = "uid",
	[F_DRIFT_SCORE] = "drift.score",
	[F_DRIFT_SESSION] = "drift.session",
	[F_DRIFT_RESONANCE] = "drift.resonance",
	[F_DRIFT_PROVENANCE] = "drift.provenance",
	[F_DRIFT_VETO] = "drift.veto",
	[F_DRIFT_HARD] = "drift.hard_veto",
	[F_DRIFT_AXIS] = "drift.axis",
	[F_DRIFT_VOTES] = "drift.votes",
	[F_DRIFT_AXES_MAX] = "drift.axes_max",
	[F_PREV_TOOL] = "previous.tool",
	[F_PREV_VERDICT] = "previous.verdict",
	[F_PROGRAM] = "program",
	[F_PATH] = "path",
	[F_ARGV] = "argv",
	[F_OPERANDS] = "operands",
	[F_CWD] = "cwd",
	[F_REDIRECT] = "redirect",
	[F_PIPED_TO] = "piped_to",
	[F_PIPED_FROM] = "piped_from",
	[F_NEXT_PROGRAM] = "next_program",
	[F_PREV_PROGRAM] = "prev_program",
	[F_SUDO] = "sudo",
	[F_REDIRECTS] = "redirects",
	[F_REDIRECT_IN] = "redirect_in",
	[F_SCRIPT] = "script",
};

const char *rl_field_name(int f)
{
	return f >= 0 && f < F__COUNT ? field_names[f] : "?";
}

static const char *const fn_names[] = {
	[FN_LEN] = "len",     [FN_LOWER] = "lower", [FN_PATH] = "path",
	[FN_FIRST] = "first", [FN_COUNT] = "count", [FN_SUM] = "sum",
	[FN_SEEN] = "seen",   [FN_FLAG] = "flag",   [FN_IS_NUMBER] = "is_number",
	[FN_LUHN] = "luhn",   [FN_IBAN] = "iban",   [FN_PARAM] = "param",
	[FN_AMOUNT] = "amount", [FN_PLAIN] = "plain", [FN_PAIRS] = "pairs", [FN_FOLD] = "fold",
	[FN_FROM] = "from", [FN_SHARES] = "shares", [FN_SHARES_CODE] = "shares_code",
	[FN_CLAUSES] = "clauses", [FN_CLAUSES_WITHOUT] = "clauses_without",
	[FN_BEFORE] = "before", [FN_SECONDS] = "seconds",
};

static void print_str(rl_sbuf *sb, const char *s, size_t n, size_t max)
{
	rl_sb_put(sb, "\"", 1);
	size_t lim = rl_utf8_cut(s, n, max);
	for (size_t i = 0; i < lim; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			rl_sb_put(sb, e, 2);
		} else if (c < 0x20 || c == 0x7f) {
			rl_sb_printf(sb, "\\x%02x", c);
		} else {
			rl_sb_put(sb, (const char *)&c, 1);
		}
	}
	if (lim < n)
		rl_sb_puts(sb, "...");
	rl_sb_put(sb, "\"", 1);
}

static void print_num(rl_sbuf *sb, double d)
{
	if (d == floor(d) && fabs(d) < 9e15)
		rl_sb_printf(sb, "%lld", (long long)d);
	else
		rl_sb_printf(sb, "%.17g", d);
}

static void print_tree(rl_sbuf *sb, const agate_value *v, size_t max, int depth)
{
	if (depth > 8) {
		rl_sb_puts(sb, "...");
		return;
	}
	switch (v->type) {
	case AGATE_NIL: rl_sb_puts(sb, "nil"); break;
	case AGATE_BOOL: rl_sb_puts(sb, v->as.boolean ? "true" : "false"); break;
	case AGATE_INT: rl_sb_printf(sb, "%lld", (long long)v->as.integer); break;
	case AGATE_FLOAT: print_num(sb, v->as.real); break;
	case AGATE_STR:
	case AGATE_BIN: print_str(sb, v->as.str.ptr, v->as.str.len, max); break;
	case AGATE_ARRAY:
		rl_sb_puts(sb, "[");
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			if (i)
				rl_sb_puts(sb, ", ");
			if (i >= 16 && max != SIZE_MAX) {
				rl_sb_puts(sb, "...");
				break;
			}
			print_tree(sb, &v->as.array.items[i], max, depth + 1);
		}
		rl_sb_puts(sb, "]");
		break;
	case AGATE_MAP:
		rl_sb_puts(sb, "{");
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			if (i)
				rl_sb_puts(sb, ", ");
			if (i >= 16 && max != SIZE_MAX) {
				rl_sb_puts(sb, "...");
				break;
			}
			print_str(sb, v->as.map.items[i].key.ptr, v->as.map.items[i].key.len, max);
			rl_sb_puts(sb, ": ");
			print_tree(sb, &v->as.map.items[i].value, max, depth + 1);
		}
		rl_sb_puts(sb, "}");
		break;
	}
}

void rl_print_val(rl_sbuf *sb, const rl_val *v, size_t max)
{
	switch (v->kind) {
	case RV_NIL: rl_sb_puts(sb, "nil"); break;
	case RV_BOOL: rl_sb_puts(sb, v->b ? "true" : "false"); break;
	case RV_NUM: print_num(sb, v->n); break;
	case RV_STR: print_str(sb, v->s.ptr, v->s.len, max); break;
	case RV_TREE: print_tree(sb, v->t, max, 0); break;
	case RV_IDTOOLS: rl_sb_puts(sb, "agent.tools"); break;
	}
}

static void print_pred_ref(rl_sbuf *sb, const rl_pred *pr, bool expand);

void rl_print_node(rl_sbuf *sb, const rl_node *n, bool expand, int depth)
{
	if (!n) {
		rl_sb_puts(sb, "?");
		return;
	}
	if (depth > RL_MAX_DEPTH * 2) {
		rl_sb_puts(sb, "...");
		return;
	}
	switch (n->kind) {
	case N_LIT:
		/* keys (expand) spell lists out, so an edited list is a new key */
		if (n->u.lit.list && !expand) {
			rl_sb_printf(sb, "@%s", n->u.lit.list);
			break;
		}
		rl_print_val(sb, &n->u.lit.v, SIZE_MAX);
		break;
	case N_REGEX:
		if (n->u.re.list && !expand) {
			rl_sb_printf(sb, "@%s", n->u.re.list);
		} else if (n->u.re.n > 1 || n->u.re.list || !n->u.re.src) {
			/* a list, named or written in place: a memo key must
			 * spell it out even when it holds one regex */
			rl_sb_puts(sb, "[");
			for (uint32_t i = 0; i < n->u.re.n; i++) {
				if (i)
					rl_sb_puts(sb, ", ");
				print_str(sb, n->u.re.res[i].src, n->u.re.res[i].len, SIZE_MAX);
			}
			rl_sb_puts(sb, "]");
		} else if (n->u.re.src) {
			rl_sb_puts(sb, "/");
			rl_sb_put(sb, n->u.re.src, n->u.re.src_len);
			rl_sb_puts(sb, "/");
			rl_sb_puts(sb, n->u.re.flags);
		}
		break;
	case N_NAME:
		rl_sb_put(sb, n->u.name.s, n->u.name.len);
		break;
	case N_LISTREF:
		rl_sb_printf(sb, "@%.*s", (int)n->u.name.len, n->u.name.s);
		break;
	case N_LISTLIT:
		rl_sb_puts(sb, "[");
		for (uint32_t i = 0; i < n->nargs; i++) {
			if (i)
				rl_sb_puts(sb, ", ");
			rl_print_node(sb, n->args[i], expand, depth + 1);
		}
		rl_sb_puts(sb, "]");
		break;
	case N_FIELD:
		rl_sb_puts(sb, rl_field_name(n->sub));
		if ((n->sub == F_ARGS || n->sub == F_CONTEXT) && n->u.name.len) {
			rl_sb_puts(sb, ".");
			rl_sb_put(sb, n->u.name.s, n->u.name.len);
		}
		break;
	case N_PRED:
		print_pred_ref(sb, n->u.pred, expand);
		break;
	case N_AND:
	case N_OR:
		rl_sb_puts(sb, "(");
		rl_print_node(sb, n->a, expand, depth + 1);
		rl_sb_puts(sb, n->kind == N_AND ? " and " : " or ");
		rl_print_node(sb, n->b, expand, depth + 1);
		rl_sb_puts(sb, ")");
		break;
	case N_NOT:
		rl_sb_puts(sb, "not ");
		rl_print_node(sb, n->a, expand, depth + 1);
		break;
	case N_CMP:
		if (n->quant)
			rl_sb_puts(sb, n->quant == Q_ANY ? "any " : "all ");
		rl_print_node(sb, n->a, expand, depth + 1);
		if (n->op != OP_NONE) {
			rl_sb_puts(sb, n->neg ? " not " : " ");
			rl_sb_puts(sb, rl_op_name(n->op));
			rl_sb_puts(sb, " ");
			rl_print_node(sb, n->b, expand, depth + 1);
		}
		break;
	case N_CALL:
		rl_sb_puts(sb, fn_names[n->sub]);
		rl_sb_puts(sb, "(");
		if (n->sub == FN_FLAG) {
			if (n->u.flag.sflag)
				rl_sb_printf(sb, "\"%c\"", n->u.flag.sflag);
			if (n->u.flag.lflag)
				rl_sb_printf(sb, "%s\"%s\"", n->u.flag.sflag ? ", " : "",
					     n->u.flag.lflag);
		} else if (n->sub == FN_SUM) {
			rl_print_node(sb, n->args[0], expand, depth + 1);
			if (n->nargs > 1 && n->args[1]) {
				rl_sb_puts(sb, ", where ");
				rl_print_node(sb, n->args[1], expand, depth + 1);
			}
		} else {
			for (uint32_t i = 0; i < n->nargs; i++) {
				if (i)
					rl_sb_puts(sb, ", ");
				rl_print_node(sb, n->args[i], expand, depth + 1);
			}
		}
		rl_sb_puts(sb, ")");
		break;
	case N_CMD:
		rl_sb_puts(sb, n->sub == RL_CMD_PY ? "py(" : "cmd(");
		rl_print_node(sb, n->a, expand, depth + 1);
		rl_sb_puts(sb, ") { ");
		rl_print_node(sb, n->b, expand, depth + 1);
		rl_sb_puts(sb, " }");
		break;
	}
}

/* A predicate in a history key is its name plus a hash of its expanded
 * body: an edited body is a new expression, and the text stays linear in
 * size however predicates nest. */
static uint64_t pred_body_hash(const rl_pred *pr);

static void print_pred_ref(rl_sbuf *sb, const rl_pred *pr, bool expand)
{
	if (!expand) {
		rl_sb_puts(sb, pr->name);
		return;
	}
	rl_sb_printf(sb, "%s#%016llx", pr->name, (unsigned long long)pred_body_hash(pr));
}

/* Memoised per predicate (compile time, single-threaded); only called
 * once the cycle pass found no cycle. */
static uint64_t pred_body_hash(const rl_pred *cpr)
{
	rl_pred *pr = (rl_pred *)cpr;
	if (pr->chash)
		return pr->chash;
	rl_sbuf sb = { 0 };
	rl_print_node(&sb, pr->body, true, 0);
	pr->chash = sb.p ? rl_hash(sb.p, sb.len) : 1;
	free(sb.p);
	return pr->chash;
}

/* ---- the rule set ------------------------------------------------------------ */

void ruleset_free(agate_ruleset *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->nres; i++)
		pcre2_code_free(rs->res[i]->code);
	free(rs->res);
	pcre2_match_context_free(rs->mctx);
	free(rs->rules);
	free(rs->preds);
	free(rs->lists);
	rl_pool_free(rs->pool);
	free(rs);
}

agate_ruleset *agate_ruleset_ref(agate_ruleset *rs)
{
	if (rs)
		atomic_fetch_add_explicit(&rs->refs, 1, memory_order_relaxed);
	return rs;
}

void agate_ruleset_unref(agate_ruleset *rs)
{
	if (!rs)
		return;
	/* release/acquire so the freeing thread sees every reader's last use */
	if (atomic_fetch_sub_explicit(&rs->refs, 1, memory_order_acq_rel) == 1)
		ruleset_free(rs);
}

size_t agate_ruleset_rule_count(const agate_ruleset *rs)
{
	return rs ? rs->nrules : 0;
}

const char *agate_ruleset_rule_name(const agate_ruleset *rs, size_t i)
{
	return rs && i < rs->nrules ? rs->rules[i]->name : NULL;
}

const char *agate_ruleset_digest(const agate_ruleset *rs)
{
	return rs ? rs->digest : NULL;
}

bool agate_ruleset_default_allow(const agate_ruleset *rs)
{
	return rs && rs->default_allow;
}

size_t agate_ruleset_agent_count(const agate_ruleset *rs)
{
	return rs ? rs->nagents : 0;
}

const agate_identity_spec *agate_ruleset_agent_at(const agate_ruleset *rs, size_t i)
{
	return rs && i < rs->nagents ? &rs->agents[i] : NULL;
}

const agate_identity_spec *agate_ruleset_agent(const agate_ruleset *rs,
					       const char *name, size_t len)
{
	if (!rs || !name)
		return NULL;
	if (len && name[0] == '@') {
		name++;
		len--;
	}
	for (size_t i = 0; i < rs->nagents; i++) {
		const char *a = rs->agents[i].agent;
		if (strlen(a) == len && memcmp(a, name, len) == 0)
			return &rs->agents[i];
	}
	return NULL;
}

/* ---- triggers and regex prechecks ---------------------------------------- */

bool rl_pat_match(const rl_pat *pt, const char *low, size_t len)
{
	if (pt->kind == PAT_ANY)
		return true;
	/* the literal ends of the pattern must be there before anything else */
	if ((size_t)pt->pre_len + pt->suf_len > len)
		return false;
	if (memcmp(pt->glob, low, pt->pre_len) != 0)
		return false;
	if (pt->suf_len &&
	    memcmp(pt->glob + pt->len - pt->suf_len, low + len - pt->suf_len, pt->suf_len) != 0)
		return false;
	if (pt->kind == PAT_PRESUF)
		return true;
	if (pt->kind == PAT_SUBSTR)
		return memmem(low, len, pt->glob + 1, pt->len - 2) != NULL;
	return glob_match(pt->glob, pt->len, low, len, true);
}

static bool plain_operand(const rl_node *a)
{
	if (a->kind == N_FIELD)
		return a->sub < F_PROGRAM; /* not a command field */
	if (a->kind != N_CALL || a->sub != FN_FIRST)
		return false;
	for (uint32_t i = 0; i < a->nargs; i++)
		if (a->args[i]->kind != N_FIELD || a->args[i]->sub >= F_PROGRAM)
			return false;
	return true;
}

size_t rl_fold_key(const char *s, size_t n, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '_' || ch == '-' || ch == '.' || ch == ' ')
			continue;
		if (k == RL_PARAM_KEY_MAX)
			return RL_PARAM_KEY_MAX + 1; /* longer than any key asked for */
		out[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
	}
	return k;
}

bool rl_precheck_regex(const rl_node *n)
{
	return n->kind == N_CMP && n->op == OP_MATCHES && !n->neg && n->quant == Q_NONE &&
	       n->a && n->b && n->b->kind == N_REGEX && n->b->u.re.rep && plain_operand(n->a);
}
