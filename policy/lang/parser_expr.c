/* parser_expr.c - the expression half of the parser: the token cursor
 * (what lang_int.h does not inline) and expressions, from one value up
 * through comparisons, not, and, or. parser.c parses the statements
 * around them and calls in only through parse_value and parse_expr.
 */
#include <string.h>

#include "policy/base/duration.h"
#include "policy/lang/lang_int.h"

const char *const clause_words[] = {
	"trigger", "check", "enforce", "description", "severity",
	"priority", "override", "mode", "end", NULL,
};
const char *const top_words[] = {
	"rule", "predicate", "list", "agent", "include", "default", NULL,
};

/* ---- token helpers ----------------------------------------------------- */

/* k-th token ahead (0 = current), skipping newlines inside brackets */
static const rl_tok *tokn(parser *p, unsigned k)
{
	(void)tok(p);
	if (p->nest == 0)
		return rl_lex_peek(&p->lx, k);
	unsigned seen = 0;
	for (unsigned i = 0; i < RL_LOOKAHEAD; i++) {
		const rl_tok *t = rl_lex_peek(&p->lx, i);
		if (t->kind == T_NL)
			continue;
		if (seen == k || t->kind == T_EOF)
			return t;
		seen++;
	}
	return rl_lex_peek(&p->lx, RL_LOOKAHEAD - 1);
}

static rl_node *mk(parser *p, int kind, const rl_tok *t)
{
	rl_node *n = rl_alloc(p->pool, sizeof(*n));
	if (!n) {
		p->b->oom = true;
		p->fail = true;
		return NULL;
	}
	n->kind = (uint8_t)kind;
	n->line = t->line;
	n->col = t->col;
	n->file = p->file;
	return n;
}

/* ---- expressions --------------------------------------------------------- */

static int word_op(const rl_tok *t)
{
	static const struct {
		const char *w;
		int op;
	} ops[] = {
		{ "contains", OP_CONTAINS }, { "icontains", OP_ICONTAINS },
		{ "matches", OP_MATCHES },   { "glob", OP_GLOB },
		{ "in", OP_IN },             { "starts_with", OP_STARTS },
		{ "ends_with", OP_ENDS },    { "under", OP_UNDER },
	};
	if (t->kind != T_IDENT)
		return OP_NONE;
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (is_word(t, ops[i].w))
			return ops[i].op;
	return OP_NONE;
}

static int tok_op(const rl_tok *t)
{
	switch (t->kind) {
	case T_EQ: return OP_EQ;
	case T_NE: return OP_NE;
	case T_LT: return OP_LT;
	case T_LE: return OP_LE;
	case T_GT: return OP_GT;
	case T_GE: return OP_GE;
	default: return word_op(t);
	}
}

static bool is_and(const rl_tok *t)
{
	return t->kind == T_ANDAND || is_word(t, "and");
}

static bool is_or(const rl_tok *t)
{
	return t->kind == T_OROR || is_word(t, "or");
}

/* The current token, or the token after a newline when that one is
 * and/or: an expression continues on the next line that starts with it. */
static const rl_tok *tok_cont(parser *p)
{
	const rl_tok *t = tok(p);
	if (t->kind == T_NL && p->nest == 0) {
		const rl_tok *t2 = rl_lex_peek(&p->lx, 1);
		if (is_and(t2) || is_or(t2)) {
			rl_lex_next(&p->lx);
			return tok(p);
		}
	}
	return t;
}

static bool enter(parser *p, const rl_tok *t)
{
	if (++p->depth > RL_MAX_DEPTH) {
		if (!p->fail)
			rl_error(p->b, p->file, t->line, t->col,
				 "expression nested too deeply (limit %d)", RL_MAX_DEPTH);
		p->fail = true;
		return false;
	}
	return true;
}

static const char *const func_names[] = {
	[FN_LEN] = "len",     [FN_LOWER] = "lower", [FN_PATH] = "path",
	[FN_FIRST] = "first", [FN_COUNT] = "count", [FN_SUM] = "sum",
	[FN_SEEN] = "seen",   [FN_FLAG] = "flag",   [FN_IS_NUMBER] = "is_number",
	[FN_LUHN] = "luhn",   [FN_IBAN] = "iban",   [FN_PARAM] = "param",
	[FN_AMOUNT] = "amount", [FN_PLAIN] = "plain", [FN_PAIRS] = "pairs", [FN_FOLD] = "fold",
	[FN_FROM] = "from", [FN_SHARES] = "shares", [FN_SHARES_CODE] = "shares_code",
	[FN_CLAUSES] = "clauses", [FN_CLAUSES_WITHOUT] = "clauses_without",
	[FN_BEFORE] = "before", [FN_SECONDS] = "seconds",
};

static int func_id(const rl_tok *t)
{
	for (size_t i = 0; i < sizeof(func_names) / sizeof(func_names[0]); i++)
		if (is_word(t, func_names[i]))
			return (int)i;
	return -1;
}

/* seconds(x) or seconds(x, "unit"): the unit, for a bare number, is a
 * string written in place that names one (duration.h); its seconds are
 * kept on the call, so that no evaluation looks the word up again */
static bool seconds_args_ok(rl_node *call)
{
	call->u.unit_secs = 1;
	if (call->nargs == 1)
		return true;
	const rl_node *a = call->nargs == 2 ? call->args[1] : NULL;
	return a && a->kind == N_LIT && a->u.lit.v.kind == RV_STR &&
	       rl_duration_unit(a->u.lit.v.s.ptr, a->u.lit.v.s.len, &call->u.unit_secs);
}

static bool push_arg(parser *p, rl_node *call, rl_node *arg, uint32_t *cap)
{
	if (call->nargs == *cap) {
		uint32_t nc = *cap ? *cap * 2 : 4;
		rl_node **na = rl_alloc(p->pool, nc * sizeof(*na));
		if (!na) {
			p->b->oom = true;
			p->fail = true;
			return false;
		}
		if (call->nargs)
			memcpy(na, call->args, call->nargs * sizeof(*na));
		call->args = na;
		*cap = nc;
	}
	call->args[call->nargs++] = arg;
	return true;
}

/* within <duration> */
static bool parse_within(parser *p, rl_node *call)
{
	next(p); /* within */
	const rl_tok *t = tok(p);
	if (t->kind == T_DUR || (t->kind == T_NUM && t->num >= 0)) {
		double ms = t->kind == T_DUR ? t->num : t->num * 1000.0;
		if (ms < 0 || ms > 1e15) {
			expected(p, "a duration between 0s and 10000d");
			return false;
		}
		call->u.hist.window_ms = (int64_t)ms;
		next(p);
		return true;
	}
	expected(p, "a duration (60s, 5m, 1h, 1d)");
	return false;
}

static rl_node *parse_call(parser *p, int fn)
{
	const rl_tok *t = tok(p);
	rl_node *call = mk(p, N_CALL, t);
	if (!call)
		return NULL;
	call->sub = (uint16_t)fn;
	if (fn == FN_PARAM) {
		call->u.pkeys = NULL; /* plan.c folds constant keys */
	} else {
		call->u.hist.window_ms = -1;
		call->u.hist.slot = RL_NO_SLOT;
	}
	next(p); /* name */
	next(p); /* ( */
	p->nest++;
	uint32_t cap = 0;
	bool ok = true;

	switch (fn) {
	case FN_FLAG: {
		const rl_tok *a = tok(p);
		if (a->kind != T_STR) {
			expected(p, "a flag name string");
			ok = false;
			break;
		}
		const char *s1 = dup(p, a->s, a->slen);
		size_t l1 = a->slen;
		next(p);
		const char *s2 = NULL;
		if (tok(p)->kind == T_COMMA) {
			next(p);
			const rl_tok *b2 = tok(p);
			if (b2->kind != T_STR) {
				expected(p, "a long flag name string");
				ok = false;
				break;
			}
			s2 = dup(p, b2->s, b2->slen);
			next(p);
		}
		if (!s1) {
			ok = false;
			break;
		}
		/* flag("r"), flag("recursive"), flag("r", "recursive") */
		if (s2 || l1 == 1) {
			call->u.flag.sflag = l1 == 1 ? s1[0] : 0;
			call->u.flag.lflag = s2 && *s2 ? s2 : (l1 > 1 ? s1 : NULL);
		} else {
			call->u.flag.sflag = 0;
			call->u.flag.lflag = l1 ? s1 : NULL;
		}
		while (call->u.flag.lflag && call->u.flag.lflag[0] == '-')
			call->u.flag.lflag++;
		break;
	}
	case FN_COUNT:
	case FN_SEEN:
	case FN_SUM: {
		rl_node *e = parse_expr(p);
		if (!e || !push_arg(p, call, e, &cap)) {
			ok = false;
			break;
		}
		rl_node *where = NULL;
		bool have_within = false;
		while (ok && tok(p)->kind == T_COMMA) {
			next(p);
			if (is_word(tok(p), "within") && !have_within) {
				have_within = true;
				ok = parse_within(p, call);
			} else if (fn == FN_SUM && is_word(tok(p), "where") && !where) {
				next(p);
				where = parse_expr(p);
				ok = where != NULL;
			} else {
				expected(p, fn == FN_SUM ? "within or where" : "within");
				ok = false;
			}
		}
		if (ok && fn == FN_SUM)
			ok = push_arg(p, call, where, &cap);
		break;
	}
	default: {
		for (;;) {
			rl_node *e = parse_expr(p);
			if (!e || !push_arg(p, call, e, &cap)) {
				ok = false;
				break;
			}
			if (tok(p)->kind != T_COMMA)
				break;
			next(p);
		}
		if (ok && fn == FN_PARAM && call->nargs < 2) {
			rl_error(p->b, p->file, call->line, call->col,
				 "param() takes a value and one or more key names, found %u argument%s",
				 call->nargs, call->nargs == 1 ? "" : "s");
			p->fail = true;
			ok = false;
		} else if (ok && fn == FN_FROM && (call->nargs < 2 || call->nargs > 3)) {
			rl_error(p->b, p->file, call->line, call->col,
				 "from() takes a value, a regex and at most a length, found %u argument%s",
				 call->nargs, call->nargs == 1 ? "" : "s");
			p->fail = true;
			ok = false;
		} else if (ok && (fn == FN_SHARES || fn == FN_SHARES_CODE) &&
			   (call->nargs < 2 || call->nargs > 3)) {
			rl_error(p->b, p->file, call->line, call->col,
				 "%s() takes two or three arguments, found %u", func_names[fn],
				 call->nargs);
			p->fail = true;
			ok = false;
		} else if (ok && (fn == FN_CLAUSES || fn == FN_CLAUSES_WITHOUT || fn == FN_BEFORE) &&
			   call->nargs != 2) {
			rl_error(p->b, p->file, call->line, call->col,
				 "%s() takes a value and a regex, found %u argument%s", func_names[fn],
				 call->nargs, call->nargs == 1 ? "" : "s");
			p->fail = true;
			ok = false;
		} else if (ok && fn == FN_SECONDS && !seconds_args_ok(call)) {
			rl_error(p->b, p->file, call->line, call->col,
				 "seconds() takes a value and at most a unit for a bare number, written as a string (\"s\", \"m\", \"h\", \"d\", \"w\", \"minutes\" ...), found %u argument%s",
				 call->nargs, call->nargs == 1 ? "" : "s");
			p->fail = true;
			ok = false;
		} else if (ok && fn != FN_FIRST && fn != FN_PARAM && fn != FN_FROM &&
			   fn != FN_SHARES && fn != FN_SHARES_CODE && fn != FN_CLAUSES &&
			   fn != FN_CLAUSES_WITHOUT && fn != FN_BEFORE && fn != FN_SECONDS &&
			   call->nargs != 1) {
			rl_error(p->b, p->file, call->line, call->col,
				 "%s() takes one argument, found %u", func_names[fn],
				 call->nargs);
			p->fail = true;
			ok = false;
		}
		break;
	}
	}
	if (ok && !want(p, T_RP, "')'"))
		ok = false;
	p->nest--;
	return ok ? call : NULL;
}

/* cmd(<operand>) { <expr> [<expr> ...] } : several expressions are ANDed;
 * py(<operand>) { ... } reads the operand as Python (sub RL_CMD_PY) */
static rl_node *parse_cmd(parser *p)
{
	const rl_tok *t = tok(p);
	rl_node *n = mk(p, N_CMD, t);
	if (!n)
		return NULL;
	n->u.cmd_slot = RL_NO_SLOT;
	n->sub = is_word(t, "py") ? RL_CMD_PY : RL_CMD_SHELL;
	next(p); /* cmd or py */
	next(p); /* ( */
	p->nest++;
	n->a = parse_expr(p);
	if (!n->a || !want(p, T_RP, "')'")) {
		p->nest--;
		return NULL;
	}
	if (tok(p)->kind != T_LC) {
		expected(p, "'{'");
		p->nest--;
		return NULL;
	}
	next(p);
	rl_node *body = NULL;
	while (tok(p)->kind != T_RC) {
		if (tok(p)->kind == T_EOF) {
			expected(p, "'}'");
			break;
		}
		const rl_tok *et = tok(p);
		rl_node *e = parse_expr(p);
		if (!e)
			break;
		if (!body) {
			body = e;
		} else {
			rl_node *and = mk(p, N_AND, et);
			if (!and)
				break;
			and->a = body;
			and->b = e;
			body = and;
		}
	}
	if (p->fail) {
		p->nest--;
		return NULL;
	}
	if (!body) {
		expected(p, "an expression");
		p->nest--;
		return NULL;
	}
	next(p); /* } */
	p->nest--;
	n->b = body;
	return n;
}

rl_node *parse_value(parser *p)
{
	const rl_tok *t = tok(p);
	rl_node *n;
	switch (t->kind) {
	case T_STR:
		n = mk(p, N_LIT, t);
		if (!n)
			return NULL;
		n->u.lit.v.kind = RV_STR;
		n->u.lit.v.s.ptr = t->s; /* already in the pool */
		n->u.lit.v.s.len = t->slen;
		next(p);
		return n;
	case T_NUM:
		n = mk(p, N_LIT, t);
		if (!n)
			return NULL;
		n->u.lit.v.kind = RV_NUM;
		n->u.lit.v.n = t->num;
		next(p);
		return n;
	case T_REGEX:
		n = mk(p, N_REGEX, t);
		if (!n)
			return NULL;
		n->u.re.src = dup(p, t->s, t->slen);
		n->u.re.src_len = (uint32_t)t->slen;
		memcpy(n->u.re.flags, t->flags, sizeof(n->u.re.flags));
		next(p);
		return n->u.re.src ? n : NULL;
	case T_AT:
		n = mk(p, N_LISTREF, t);
		if (!n)
			return NULL;
		n->u.name.s = dup(p, t->s, t->slen);
		n->u.name.len = (uint32_t)t->slen;
		next(p);
		return n->u.name.s ? n : NULL;
	case T_LB: {
		n = mk(p, N_LISTLIT, t);
		if (!n)
			return NULL;
		next(p);
		p->nest++;
		uint32_t cap = 0;
		while (tok(p)->kind != T_RB) {
			if (n->nargs >= RL_MAX_LIST) {
				rl_error(p->b, p->file, t->line, t->col,
					 "list too long (limit %u elements)", RL_MAX_LIST);
				p->fail = true;
				p->nest--;
				return NULL;
			}
			rl_node *e = parse_value(p);
			if (!e || !push_arg(p, n, e, &cap)) {
				p->nest--;
				return NULL;
			}
			if (tok(p)->kind == T_COMMA)
				next(p);
			else if (tok(p)->kind != T_RB) {
				expected(p, "',' or ']'");
				p->nest--;
				return NULL;
			}
		}
		next(p);
		p->nest--;
		return n;
	}
	case T_LP: {
		next(p);
		p->nest++;
		rl_node *e = parse_expr(p);
		if (e && !want(p, T_RP, "')'"))
			e = NULL;
		p->nest--;
		return e;
	}
	case T_DUR:
		return expected(p, "an operand (durations only follow `within`)");
	case T_IDENT: {
		if (is_word(t, "true") || is_word(t, "false") || is_word(t, "True") ||
		    is_word(t, "False")) {
			n = mk(p, N_LIT, t);
			if (!n)
				return NULL;
			n->u.lit.v.kind = RV_BOOL;
			n->u.lit.v.b = t->s[0] == 't' || t->s[0] == 'T';
			next(p);
			return n;
		}
		if (is_word(t, "nil") || is_word(t, "None")) {
			n = mk(p, N_LIT, t);
			if (!n)
				return NULL;
			next(p);
			return n;
		}
		const rl_tok *t1 = rl_lex_peek(&p->lx, 1);
		if (t1->kind == T_LP) {
			if (is_word(t, "cmd") || is_word(t, "py"))
				return parse_cmd(p);
			int fn = func_id(t);
			if (fn >= 0)
				return parse_call(p, fn);
			char buf[96];
			rl_error(p->b, p->file, t->line, t->col,
				 "unknown function %s (expected len, lower, path, first, is_number, amount, seconds, plain, pairs, fold, luhn, iban, param, from, before, shares, shares_code, clauses, clauses_without, count, sum, seen, flag, cmd or py)",
				 rl_tok_describe(t, buf, sizeof(buf)));
			p->fail = true;
			return NULL;
		}
		if (is_word(t, "and") || is_word(t, "or") || is_word(t, "not") ||
		    word_op(t) != OP_NONE || in_words(t, clause_words))
			return expected(p, "an operand");
		n = mk(p, N_NAME, t);
		if (!n)
			return NULL;
		n->u.name.s = dup(p, t->s, t->slen);
		n->u.name.len = (uint32_t)t->slen;
		next(p);
		return n->u.name.s ? n : NULL;
	}
	default:
		return expected(p, "an operand");
	}
}

/* [any|all] value [[not] op value] */
static rl_node *parse_cmp(parser *p)
{
	const rl_tok *t = tok(p);
	int quant = Q_NONE;
	if ((is_word(t, "any") || is_word(t, "all")) && rl_lex_peek(&p->lx, 1)->kind != T_LP) {
		const rl_tok *t1 = tokn(p, 1);
		/* `any` alone is a trigger word, never an operand */
		if (t1->kind != T_NL && t1->kind != T_EOF && t1->kind != T_RP) {
			quant = is_word(t, "any") ? Q_ANY : Q_ALL;
			next(p);
		}
	}
	const rl_tok *lt = tok(p);
	uint32_t line = lt->line, col = lt->col;
	rl_node *lhs = parse_value(p);
	if (!lhs)
		return NULL;
	const rl_tok *o = tok(p);
	bool neg = false;
	int op = tok_op(o);
	if (op == OP_NONE && is_word(o, "not") && word_op(tokn(p, 1)) != OP_NONE) {
		neg = true;
		next(p);
		op = word_op(tok(p));
	}
	if (op == OP_NONE) {
		if (quant == Q_NONE)
			return lhs;
		rl_node *n = mk(p, N_CMP, lt);
		if (!n)
			return NULL;
		n->line = line;
		n->col = col;
		n->quant = (uint8_t)quant;
		n->a = lhs;
		return n;
	}
	next(p);
	rl_node *rhs = parse_value(p);
	if (!rhs)
		return NULL;
	rl_node *n = mk(p, N_CMP, lt);
	if (!n)
		return NULL;
	n->quant = (uint8_t)quant;
	n->op = (uint8_t)op;
	n->neg = neg;
	n->a = lhs;
	n->b = rhs;
	return n;
}

static rl_node *parse_unary(parser *p)
{
	const rl_tok *t = tok(p);
	if (t->kind == T_BANG || is_word(t, "not")) {
		if (!enter(p, t))
			return NULL;
		rl_node *n = mk(p, N_NOT, t);
		if (!n)
			return NULL;
		next(p);
		n->a = parse_unary(p);
		p->depth--;
		return n->a ? n : NULL;
	}
	return parse_cmp(p);
}

static rl_node *parse_and(parser *p)
{
	rl_node *l = parse_unary(p);
	while (l && is_and(tok_cont(p))) {
		const rl_tok *t = tok(p);
		rl_node *n = mk(p, N_AND, t);
		if (!n)
			return NULL;
		next(p);
		skip_nl(p);
		n->a = l;
		n->b = parse_unary(p);
		if (!n->b)
			return NULL;
		l = n;
	}
	return l;
}

rl_node *parse_expr(parser *p)
{
	const rl_tok *t = tok(p);
	if (!enter(p, t))
		return NULL;
	rl_node *l = parse_and(p);
	while (l && is_or(tok_cont(p))) {
		const rl_tok *ot = tok(p);
		rl_node *n = mk(p, N_OR, ot);
		if (!n) {
			l = NULL;
			break;
		}
		next(p);
		skip_nl(p);
		n->a = l;
		n->b = parse_and(p);
		l = n->b ? n : NULL;
	}
	p->depth--;
	return l;
}
