/* parser.c - rule files into rules, predicates, lists and agents.
 *
 * Recursive descent over the lexer's tokens. Names are left unresolved
 * (N_NAME, N_LISTREF): a predicate may be used before the file that
 * defines it is read, so compile.c resolves them once everything is
 * parsed. After an error the parser skips to the next line that starts
 * with rule/predicate/list/agent/include/default (or past an `end`) and
 * goes on, so one run reports every error.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/file.h"
#include "policy/base/path.h"
#include "policy/lang/lang_int.h"

typedef struct parser {
	rl_build *b;
	rl_pool *pool;
	rl_lexer lx;
	const char *file; /* interned name */
	int nest;         /* open ( [ { : newlines are blanks */
	int depth;
	bool fail;        /* current statement failed; resync */
} parser;

/* ---- token helpers ----------------------------------------------------- */

static const rl_tok *tok(parser *p)
{
	while (p->nest > 0 && rl_lex_peek(&p->lx, 0)->kind == T_NL)
		rl_lex_next(&p->lx);
	return rl_lex_peek(&p->lx, 0);
}

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

static void next(parser *p)
{
	(void)tok(p);
	rl_lex_next(&p->lx);
}

static void skip_nl(parser *p)
{
	while (rl_lex_peek(&p->lx, 0)->kind == T_NL)
		rl_lex_next(&p->lx);
}

static bool is_word(const rl_tok *t, const char *w)
{
	size_t n = strlen(w);
	return t->kind == T_IDENT && t->slen == n && memcmp(t->s, w, n) == 0;
}

static void *expected(parser *p, const char *what)
{
	const rl_tok *t = tok(p);
	char buf[96];
	if (t->kind != T_ERR && !p->fail)
		rl_error(p->b, p->file, t->line, t->col, "expected %s, found %s", what,
			 rl_tok_describe(t, buf, sizeof(buf)));
	p->fail = true;
	return NULL;
}

static const char *const clause_words[] = {
	"trigger", "check", "enforce", "description", "severity",
	"priority", "override", "mode", "end", NULL,
};
static const char *const top_words[] = {
	"rule", "predicate", "list", "agent", "include", "default", NULL,
};

static bool in_words(const rl_tok *t, const char *const *w)
{
	for (; *w; w++)
		if (is_word(t, *w))
			return true;
	return false;
}

/* a token that ends a clause's content */
static bool ends_clause(const rl_tok *t)
{
	return t->kind == T_EOF || in_words(t, clause_words) ||
	       (t->bol && in_words(t, top_words));
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

static char *dup(parser *p, const char *s, size_t n)
{
	char *d = rl_strndup(p->pool, s, n);
	if (!d) {
		p->b->oom = true;
		p->fail = true;
	}
	return d;
}

/* ---- expressions --------------------------------------------------------- */

static rl_node *parse_expr(parser *p);

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

static bool want(parser *p, int kind, const char *what)
{
	if (tok(p)->kind != kind) {
		expected(p, what);
		return false;
	}
	next(p);
	return true;
}

static const char *const func_names[] = {
	[FN_LEN] = "len",     [FN_LOWER] = "lower", [FN_PATH] = "path",
	[FN_FIRST] = "first", [FN_COUNT] = "count", [FN_SUM] = "sum",
	[FN_SEEN] = "seen",   [FN_FLAG] = "flag",
};

static int func_id(const rl_tok *t)
{
	for (size_t i = 0; i < sizeof(func_names) / sizeof(func_names[0]); i++)
		if (is_word(t, func_names[i]))
			return (int)i;
	return -1;
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
	call->u.hist.window_ms = -1;
	call->u.hist.slot = RL_NO_SLOT;
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
		if (ok && fn != FN_FIRST && call->nargs != 1) {
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

/* cmd(<operand>) { <expr> [<expr> ...] } : several expressions are ANDed */
static rl_node *parse_cmd(parser *p)
{
	const rl_tok *t = tok(p);
	rl_node *n = mk(p, N_CMD, t);
	if (!n)
		return NULL;
	n->u.cmd_slot = RL_NO_SLOT;
	next(p); /* cmd */
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

static rl_node *parse_value(parser *p)
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
			if (is_word(t, "cmd"))
				return parse_cmd(p);
			int fn = func_id(t);
			if (fn >= 0)
				return parse_call(p, fn);
			char buf[96];
			rl_error(p->b, p->file, t->line, t->col,
				 "unknown function %s (expected len, lower, path, first, count, sum, seen, flag or cmd)",
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

static rl_node *parse_expr(parser *p)
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

/* ---- statements -------------------------------------------------------- */

static bool end_of_line(parser *p)
{
	const rl_tok *t = tok(p);
	if (t->kind == T_NL) {
		next(p);
		return true;
	}
	if (t->kind == T_EOF)
		return true;
	expected(p, "end of line");
	return false;
}

static const char *parse_name(parser *p, const char *what)
{
	const rl_tok *t = tok(p);
	if (t->kind != T_AT && t->kind != T_IDENT) {
		expected(p, what);
		return NULL;
	}
	const char *s = dup(p, t->s, t->slen);
	next(p);
	return s;
}

/* `trigger a, b` ends with its line (a trailing ',' or '|' continues it);
 * `trigger` alone on its line takes the following lines, AgentSpec style,
 * up to the next clause. */
static void parse_trigger(parser *p, rl_rule *r, rl_vec *trigs)
{
	next(p); /* trigger */
	r->has_trigger = true;
	bool multiline = tok(p)->kind == T_NL;
	bool first = true, cont = false;
	for (;;) {
		const rl_tok *t = tok(p);
		if (t->kind == T_NL) {
			if (!multiline && !cont && !first)
				return;
			next(p);
			continue;
		}
		if (t->kind == T_COMMA || t->kind == T_PIPE) {
			cont = true;
			next(p);
			continue;
		}
		if (ends_clause(t))
			return;
		cont = false;
		if (first && is_word(t, "tool")) {
			const rl_tok *t1 = rl_lex_peek(&p->lx, 1);
			if ((t1->kind == T_IDENT || t1->kind == T_STR || t1->kind == T_AT) &&
			    !ends_clause(t1)) {
				next(p);
				first = false;
				continue;
			}
		}
		first = false;
		if (t->kind != T_IDENT && t->kind != T_STR && t->kind != T_AT) {
			expected(p, "a tool name, glob, @list or any");
			return;
		}
		rl_trig *tr = rl_alloc(p->pool, sizeof(*tr));
		if (!tr || !(tr->s = dup(p, t->s, t->slen)) || rl_vec_push(trigs, tr) < 0) {
			p->b->oom = true;
			p->fail = true;
			return;
		}
		tr->len = (uint32_t)t->slen;
		tr->line = t->line;
		tr->col = t->col;
		if (t->kind == T_AT)
			tr->kind = TRIG_LIST;
		else if (t->kind == T_IDENT && is_word(t, "any"))
			tr->kind = TRIG_ANY;
		else if (memchr(t->s, '*', t->slen) || memchr(t->s, '?', t->slen) ||
			 memchr(t->s, '[', t->slen))
			tr->kind = TRIG_GLOB;
		else
			tr->kind = TRIG_EXACT;
		next(p);
	}
}

static void parse_check(parser *p, rl_vec *checks)
{
	next(p); /* check */
	for (;;) {
		skip_nl(p);
		const rl_tok *t = tok(p);
		if (ends_clause(t))
			return;
		rl_node *e = parse_expr(p);
		if (!e)
			return;
		if (rl_vec_push(checks, e) < 0) {
			p->b->oom = true;
			p->fail = true;
			return;
		}
		t = tok(p);
		if (t->kind != T_NL && !ends_clause(t)) {
			expected(p, "end of line");
			return;
		}
	}
}

static int enforce_rank(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_STOP: return 4;
	case AGATE_ENFORCE_BLOCK:
	case AGATE_ENFORCE_REFLECT: return 3;
	case AGATE_ENFORCE_REVIEW: return 2;
	default: return 1;
	}
}

/* invoke_action( ... ): the text up to the matching ')' is kept as written */
static const char *raw_invoke(parser *p, const rl_tok *name)
{
	const rl_tok *lp = rl_lex_peek(&p->lx, 1);
	if (lp->kind != T_LP) {
		next(p);
		expected(p, "'(' after invoke_action");
		return NULL;
	}
	const char *src = p->lx.src;
	size_t i = lp->off + 1, n = p->lx.len;
	int depth = 1;
	uint32_t line = lp->line, col = lp->col + 1;
	while (i < n && depth > 0) {
		char c = src[i];
		if (c == '"' || c == '\'') {
			char q = c;
			i++;
			col++;
			while (i < n && src[i] != q && src[i] != '\n') {
				if (src[i] == '\\' && i + 1 < n && src[i + 1] != '\n') {
					i++;
					col++;
				}
				i++;
				col++;
			}
		} else if (c == '(') {
			depth++;
		} else if (c == ')') {
			depth--;
		}
		if (i < n && src[i] == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
		i++;
	}
	if (depth != 0) {
		rl_error(p->b, p->file, lp->line, lp->col,
			 "expected ')' to close invoke_action(, found end of file");
		p->fail = true;
		return NULL;
	}
	const char *text = dup(p, src + name->off, i - name->off);
	rl_lex_seek(&p->lx, i, line, col);
	return text;
}

static void parse_enforce(parser *p, rl_rule *r)
{
	next(p); /* enforce */
	int best = 0;
	for (;;) {
		skip_nl(p);
		const rl_tok *t = tok(p);
		if (ends_clause(t))
			break;
		static const struct {
			const char *w;
			agate_enforcement e;
		} names[] = {
			{ "allow", AGATE_ENFORCE_ALLOW },
			{ "block", AGATE_ENFORCE_BLOCK },
			{ "stop", AGATE_ENFORCE_STOP },
			{ "review", AGATE_ENFORCE_REVIEW },
			{ "reflect", AGATE_ENFORCE_REFLECT },
			{ "user_inspection", AGATE_ENFORCE_REVIEW },
			{ "llm_self_reflect", AGATE_ENFORCE_REFLECT },
			{ "llm_self_examine", AGATE_ENFORCE_REFLECT },
			{ "skip", AGATE_ENFORCE_BLOCK },
			{ "none", AGATE_ENFORCE_ALLOW },
			{ "invoke_action", AGATE_ENFORCE_BLOCK },
		};
		int k = -1;
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (is_word(t, names[i].w))
				k = (int)i;
		if (k < 0) {
			expected(p, "an enforcement (allow, block, stop, review, reflect, "
				    "user_inspection, llm_self_reflect, llm_self_examine, "
				    "skip, none, invoke_action)");
			return;
		}
		agate_enforcement e = names[k].e;
		const char *text = NULL, *advice = NULL;
		if (is_word(t, "invoke_action")) {
			advice = raw_invoke(p, t);
			if (!advice)
				return;
		} else {
			next(p);
		}
		t = tok(p);
		if (t->kind == T_STR) {
			text = dup(p, t->s, t->slen);
			if (!text)
				return;
			next(p);
		}
		if (e == AGATE_ENFORCE_REFLECT) {
			advice = text;
		}
		int rank = enforce_rank(e);
		if (rank > best) {
			best = rank;
			r->enf = e;
			r->reason = e == AGATE_ENFORCE_REFLECT ? NULL : text;
			r->advice = advice;
		}
		r->has_enforce = true;
		t = tok(p);
		if (t->kind != T_NL && !ends_clause(t)) {
			expected(p, "end of line");
			return;
		}
	}
	if (!r->has_enforce)
		expected(p, "an enforcement");
}

static void parse_rule(parser *p)
{
	const rl_tok *kw = tok(p);
	uint32_t line = kw->line, col = kw->col;
	next(p);
	const char *name = parse_name(p, "a rule name (@name)");
	if (!name)
		return;
	rl_rule *r = rl_alloc(p->pool, sizeof(*r));
	if (!r) {
		p->b->oom = true;
		p->fail = true;
		return;
	}
	r->name = name;
	r->file = p->file;
	r->line = line;
	r->col = col;
	r->severity = 2;
	rl_vec trigs = { 0 }, checks = { 0 };
	bool seen_enforce = false;

	for (;;) {
		skip_nl(p);
		const rl_tok *t = tok(p);
		if (p->fail)
			goto out;
		if (is_word(t, "end")) {
			if (!r->has_trigger) {
				expected(p, "trigger");
				goto out;
			}
			if (!r->has_enforce) {
				expected(p, "enforce");
				goto out;
			}
			next(p);
			break;
		} else if (is_word(t, "trigger")) {
			if (r->has_trigger) {
				rl_error(p->b, p->file, t->line, t->col,
					 "rule @%s has a second trigger clause", name);
				p->fail = true;
				goto out;
			}
			parse_trigger(p, r, &trigs);
		} else if (is_word(t, "check")) {
			parse_check(p, &checks);
		} else if (is_word(t, "enforce")) {
			if (seen_enforce) {
				rl_error(p->b, p->file, t->line, t->col,
					 "rule @%s has a second enforce clause", name);
				p->fail = true;
				goto out;
			}
			seen_enforce = true;
			parse_enforce(p, r);
		} else if (is_word(t, "description")) {
			next(p);
			t = tok(p);
			if (t->kind != T_STR) {
				expected(p, "a description string");
				goto out;
			}
			r->description = dup(p, t->s, t->slen);
			next(p);
			end_of_line(p);
		} else if (is_word(t, "severity")) {
			static const char *const lv[] = { "info", "low", "medium", "high", "critical" };
			next(p);
			t = tok(p);
			int sv = -1;
			for (int i = 0; i < 5; i++)
				if (is_word(t, lv[i]))
					sv = i;
			if (t->kind == T_NUM && t->num >= 0 && t->num <= 4 && t->num == floor(t->num))
				sv = (int)t->num;
			if (sv < 0) {
				expected(p, "a severity (info, low, medium, high, critical)");
				goto out;
			}
			r->severity = sv;
			next(p);
			end_of_line(p);
		} else if (is_word(t, "priority")) {
			next(p);
			t = tok(p);
			if (t->kind != T_NUM || t->num != floor(t->num) || fabs(t->num) > 1000000) {
				expected(p, "an integer priority between -1000000 and 1000000");
				goto out;
			}
			r->priority = (int)t->num;
			next(p);
			end_of_line(p);
		} else if (is_word(t, "override")) {
			next(p);
			r->override = true;
			end_of_line(p);
		} else if (is_word(t, "mode")) {
			next(p);
			t = tok(p);
			if (is_word(t, "shadow") || is_word(t, "audit")) {
				r->shadow = true;
			} else if (is_word(t, "enforce")) {
				r->shadow = false;
			} else {
				expected(p, "shadow or enforce");
				goto out;
			}
			next(p);
			end_of_line(p);
		} else {
			expected(p, "trigger, check, enforce, description, severity, "
				    "priority, override, mode or end");
			goto out;
		}
	}
	if (p->fail)
		goto out;
	if (trigs.len) {
		r->trigs = rl_alloc(p->pool, trigs.len * sizeof(rl_trig));
		if (!r->trigs)
			goto oom;
		for (size_t i = 0; i < trigs.len; i++)
			r->trigs[i] = *(rl_trig *)trigs.items[i];
		r->ntrigs = (uint32_t)trigs.len;
	}
	if (checks.len) {
		r->checks = rl_alloc(p->pool, checks.len * sizeof(rl_node *));
		if (!r->checks)
			goto oom;
		memcpy(r->checks, checks.items, checks.len * sizeof(rl_node *));
		r->nchecks = (uint32_t)checks.len;
	}
	if (p->b->rules.len >= RL_MAX_RULES) {
		rl_error(p->b, p->file, line, col, "too many rules (limit %u)", RL_MAX_RULES);
		p->fail = true;
		goto out;
	}
	if (rl_vec_push(&p->b->rules, r) < 0)
		goto oom;
	goto out;
oom:
	p->b->oom = true;
	p->fail = true;
out:
	rl_vec_free(&trigs);
	rl_vec_free(&checks);
}

static bool count_name(parser *p, const rl_tok *t)
{
	size_t n = p->b->preds.len + p->b->lists.len + p->b->agents.len;
	if (n >= RL_MAX_NAMES) {
		rl_error(p->b, p->file, t->line, t->col,
			 "too many predicates, lists and agents (limit %u)", RL_MAX_NAMES);
		p->fail = true;
		return false;
	}
	return true;
}

static void parse_predicate(parser *p)
{
	const rl_tok *kw = tok(p);
	uint32_t line = kw->line, col = kw->col;
	next(p);
	if (!count_name(p, tok(p)))
		return;
	const rl_tok *nt = tok(p);
	if (nt->kind != T_IDENT) {
		expected(p, "a predicate name");
		return;
	}
	uint32_t nline = nt->line, ncol = nt->col;
	const char *name = parse_name(p, "a predicate name");
	if (!name || !want(p, T_DEFINE, "':='"))
		return;
	skip_nl(p);
	rl_node *body = parse_expr(p);
	if (!body || !end_of_line(p))
		return;
	rl_pred *pr = rl_alloc(p->pool, sizeof(*pr));
	if (!pr || rl_vec_push(&p->b->preds, pr) < 0) {
		p->b->oom = true;
		p->fail = true;
		return;
	}
	(void)line;
	(void)col;
	pr->name = name;
	pr->file = p->file;
	pr->line = nline;
	pr->col = ncol;
	pr->body = body;
}

static void parse_list(parser *p)
{
	next(p);
	if (!count_name(p, tok(p)))
		return;
	const rl_tok *nt = tok(p);
	if (nt->kind != T_AT) {
		expected(p, "a list name (@name)");
		return;
	}
	uint32_t line = nt->line, col = nt->col;
	const char *name = parse_name(p, "a list name (@name)");
	if (!name || !want(p, T_DEFINE, "':='"))
		return;
	skip_nl(p);
	if (tok(p)->kind != T_LB) {
		expected(p, "'['");
		return;
	}
	rl_node *ln = parse_value(p);
	if (!ln || !end_of_line(p))
		return;
	rl_list *l = rl_alloc(p->pool, sizeof(*l));
	if (!l || rl_vec_push(&p->b->lists, l) < 0) {
		p->b->oom = true;
		p->fail = true;
		return;
	}
	l->name = name;
	l->file = p->file;
	l->line = line;
	l->col = col;
	l->items = ln->args;
	l->nitems = ln->nargs;
}

/* tools ["a", "b"] or tools @list: lists are resolved by compile.c */
static void parse_agent(parser *p)
{
	next(p);
	if (!count_name(p, tok(p)))
		return;
	const rl_tok *nt = tok(p);
	uint32_t line = nt->line, col = nt->col;
	const char *name = parse_name(p, "an agent name (@name)");
	if (!name)
		return;
	rl_agent *a = rl_alloc(p->pool, sizeof(*a));
	if (!a) {
		p->b->oom = true;
		p->fail = true;
		return;
	}
	a->name = name;
	a->file = p->file;
	a->line = line;
	a->col = col;
	a->spec.agent = name;
	a->spec.uid = -1;
	for (;;) {
		skip_nl(p);
		const rl_tok *t = tok(p);
		if (is_word(t, "end")) {
			next(p);
			break;
		}
		if (is_word(t, "role") || is_word(t, "purpose")) {
			bool role = is_word(t, "role");
			next(p);
			t = tok(p);
			if (t->kind != T_STR && !(role && t->kind == T_IDENT)) {
				expected(p, role ? "a role string" : "a purpose string");
				return;
			}
			const char *s = dup(p, t->s, t->slen);
			if (role)
				a->spec.role = s;
			else
				a->spec.purpose = s;
			next(p);
		} else if (is_word(t, "tools")) {
			next(p);
			t = tok(p);
			if (t->kind != T_LB && t->kind != T_AT) {
				expected(p, "a list of tool names");
				return;
			}
			rl_node *ln = parse_value(p);
			if (!ln)
				return;
			a->tools_node = ln; /* compile.c fills spec.tools */
		} else if (is_word(t, "uid")) {
			next(p);
			t = tok(p);
			if (t->kind != T_NUM || t->num < 0 || t->num > 4294967295.0 ||
			    t->num != floor(t->num)) {
				expected(p, "a numeric uid");
				return;
			}
			a->spec.uid = (int64_t)t->num;
			next(p);
		} else {
			expected(p, "role, purpose, tools, uid or end");
			return;
		}
		if (p->fail || !end_of_line(p))
			return;
	}
	if (rl_vec_push(&p->b->agents, a) < 0) {
		p->b->oom = true;
		p->fail = true;
	}
}

static char *canon_path(const char *path)
{
	char *r = realpath(path, NULL);
	return r ? r : strdup(path);
}

static bool vec_has(const rl_vec *v, const char *s)
{
	for (size_t i = 0; i < v->len; i++)
		if (strcmp(v->items[i], s) == 0)
			return true;
	return false;
}

static void parse_include(parser *p)
{
	const rl_tok *kw = tok(p);
	uint32_t line = kw->line, col = kw->col;
	next(p);
	const rl_tok *t = tok(p);
	if (t->kind != T_STR || t->slen == 0 || memchr(t->s, '\0', t->slen)) {
		expected(p, "a file name string");
		return;
	}
	char *path;
	const char *slash = strrchr(p->file, '/');
	if (t->s[0] == '/' || !slash) {
		path = strndup(t->s, t->slen);
	} else {
		size_t dl = (size_t)(slash - p->file);
		path = malloc(dl + 1 + t->slen + 1);
		if (path) {
			memcpy(path, p->file, dl);
			path[dl] = '/';
			memcpy(path + dl + 1, t->s, t->slen);
			path[dl + 1 + t->slen] = '\0';
		}
	}
	next(p);
	if (path) {
		/* "packs/x/../default/a.rules" reads better as "packs/default/a.rules" */
		agate_arena *tmp = agate_arena_new(2 * strlen(path) + 4096);
		char *np = tmp ? agate_path_normalize(tmp, path, strlen(path), NULL) : NULL;
		char *cp = np && *np ? strdup(np) : NULL;
		agate_arena_free(tmp);
		if (cp) {
			free(path);
			path = cp;
		}
	}
	if (!path) {
		p->b->oom = true;
		p->fail = true;
		return;
	}
	if (!end_of_line(p)) {
		free(path);
		return;
	}
	char *canon = canon_path(path);
	char *text = NULL;
	size_t len = 0;
	if (!canon) {
		p->b->oom = true;
		p->fail = true;
		goto out;
	}
	if (vec_has(&p->b->stack, canon)) {
		rl_error(p->b, p->file, line, col, "include cycle: \"%s\" includes itself", path);
		goto out;
	}
	if (vec_has(&p->b->seen, canon))
		goto out; /* already loaded: each file is read once */
	if (p->b->include_depth >= RL_MAX_INCLUDE_DEPTH) {
		rl_error(p->b, p->file, line, col, "includes nested too deeply (limit %d)",
			 RL_MAX_INCLUDE_DEPTH);
		goto out;
	}
	int rc = rl_read_file(path, &text, &len);
	if (rc < 0) {
		rl_error(p->b, p->file, line, col, "cannot include \"%s\": %s", path,
			 rl_read_error(rc));
		goto out;
	}
	p->b->include_depth++;
	(void)rl_parse_source(p->b, path, text, len);
	p->b->include_depth--;
out:
	free(text);
	free(canon);
	free(path);
}

static void parse_default(parser *p)
{
	next(p);
	const rl_tok *t = tok(p);
	if (is_word(t, "allow"))
		p->b->saw_allow = true;
	else if (is_word(t, "block"))
		p->b->saw_block = true;
	else {
		expected(p, "allow or block");
		return;
	}
	next(p);
	end_of_line(p);
}

/* Skip to a place where a new statement can start. */
static void resync(parser *p)
{
	p->nest = 0;
	p->depth = 0;
	for (;;) {
		const rl_tok *t = rl_lex_peek(&p->lx, 0);
		if (t->kind == T_EOF)
			return;
		if (t->bol && in_words(t, top_words))
			return;
		if (is_word(t, "end")) {
			rl_lex_next(&p->lx);
			return;
		}
		rl_lex_next(&p->lx);
	}
}

int rl_parse_source(rl_build *b, const char *name, const char *text, size_t len)
{
	parser p = { 0 };
	p.b = b;
	p.pool = b->rs->pool;
	p.file = rl_strndup(p.pool, name, strlen(name));
	if (!p.file) {
		b->oom = true;
		return -ENOMEM;
	}
	char *canon = realpath(name, NULL);
	if (canon && b->include_depth == 0 && vec_has(&b->seen, canon)) {
		/* a file given on the command line that an earlier file
		 * already included: it is loaded once */
		free(canon);
		return 0;
	}
	if (!canon)
		canon = strdup(name);
	rl_digest_source(b, name, text, len);
	if (len > RL_MAX_SOURCE) {
		free(canon);
		rl_error(b, p.file, 0, 0, "file too large (limit %u bytes)", RL_MAX_SOURCE);
		return -EINVAL;
	}
	if (!canon || rl_vec_push(&b->stack, canon) < 0) {
		free(canon);
		b->oom = true;
		return -ENOMEM;
	}
	char *canon2 = strdup(canon);
	if (!canon2 || rl_vec_push(&b->seen, canon2) < 0) {
		free(canon2);
		b->oom = true;
	}
	rl_lex_init(&p.lx, b, p.pool, p.file, text, len);

	while (!b->oom && b->nerrors < RL_MAX_ERRORS) {
		p.fail = false;
		p.nest = 0;
		p.depth = 0;
		const rl_tok *t = rl_lex_peek(&p.lx, 0);
		if (t->kind == T_EOF)
			break;
		if (t->kind == T_NL) {
			rl_lex_next(&p.lx);
			continue;
		}
		if (is_word(t, "rule"))
			parse_rule(&p);
		else if (is_word(t, "predicate"))
			parse_predicate(&p);
		else if (is_word(t, "list"))
			parse_list(&p);
		else if (is_word(t, "agent"))
			parse_agent(&p);
		else if (is_word(t, "include"))
			parse_include(&p);
		else if (is_word(t, "default"))
			parse_default(&p);
		else
			expected(&p, "rule, predicate, list, agent, include or default");
		if (p.fail) {
			/* the failing token may itself start the next statement */
			const rl_tok *ft = rl_lex_peek(&p.lx, 0);
			if (!(ft->bol && in_words(ft, top_words)))
				rl_lex_next(&p.lx);
			resync(&p);
		}
	}
	b->stack.len--;
	free(b->stack.items[b->stack.len]);
	return b->oom ? -ENOMEM : 0;
}
