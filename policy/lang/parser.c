/* parser.c - rule files into rules, predicates, lists and agents.
 *
 * Recursive descent over the lexer's tokens. Names are left unresolved
 * (N_NAME, N_LISTREF): a predicate may be used before the file that
 * defines it is read, so compile.c resolves them once everything is
 * parsed. After an error the parser skips to the next line that starts
 * with rule/predicate/list/agent/include/default (or past an `end`) and
 * goes on, so one run reports every error. Expressions are parsed in
 * parser_expr.c.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/file.h"
#include "policy/base/path.h"
#include "policy/lang/lang_int.h"

/* ---- statements -------------------------------------------------------- */

/* the current statement defines name (of kind); kept if it fails */
static void defines(parser *p, int kind, const char *name, uint32_t line, uint32_t col)
{
	if (p->overriding)
		return; /* a broken override duplicates nothing */
	p->def_kind = kind;
	p->def_name = name;
	p->def_line = line;
	p->def_col = col;
}

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
		int rank = agate_enforcement_rank(e);
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
	defines(p, RL_DEF_RULE, name, line, col);
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
	if (!name)
		return;
	defines(p, RL_DEF_PRED, name, nline, ncol);
	if (!want(p, T_DEFINE, "':='"))
		return;
	skip_nl(p);
	rl_node *body = parse_expr(p);
	if (!body || p->fail || !end_of_line(p))
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
	pr->lib = p->b->include_depth > 0;
	pr->override = p->overriding;
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
	if (!name)
		return;
	defines(p, RL_DEF_LIST, name, line, col);
	if (!want(p, T_DEFINE, "':='"))
		return;
	skip_nl(p);
	if (tok(p)->kind != T_LB) {
		expected(p, "'['");
		return;
	}
	rl_node *ln = parse_value(p);
	if (!ln || p->fail || !end_of_line(p))
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
	l->lib = p->b->include_depth > 0;
	l->override = p->overriding;
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
	defines(p, RL_DEF_AGENT, name, line, col);
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

/* What a statement that failed to parse would have defined (once its name
 * was read), and the names it mentions in text [from, to): lexed a second
 * time, quietly. A T_AT name is kept with its '@' ("@name"), a T_IDENT as
 * written. */
static void note_broken(parser *p, size_t from, size_t to)
{
	rl_build *b = p->b;
	if (p->def_name) {
		rl_broken *bd = rl_alloc(p->pool, sizeof(*bd));
		if (!bd || rl_vec_push(&b->broken, bd) < 0) {
			b->oom = true;
			return;
		}
		*bd = (rl_broken){ (uint8_t)p->def_kind, p->def_name, p->file, p->def_line,
				   p->def_col };
		rl_map *m = &b->broken_names[p->def_kind];
		size_t n = strlen(bd->name);
		if (!rl_map_get(m, bd->name, n) && rl_map_put(m, bd->name, n, bd) < 0)
			b->oom = true;
	}
	if (to <= from || to > p->lx.len)
		return;
	rl_lexer lx;
	rl_lex_init(&lx, b, p->pool, p->file, p->lx.src + from, to - from);
	lx.quiet = true;
	for (const rl_tok *t = rl_lex_peek(&lx, 0); t->kind != T_EOF && !b->oom;
	     rl_lex_next(&lx), t = rl_lex_peek(&lx, 0)) {
		if (t->kind != T_IDENT && t->kind != T_AT)
			continue;
		const char *raw = lx.src + t->off;
		if (rl_map_get(&b->mentioned, raw, t->len))
			continue;
		char *s = rl_strndup(p->pool, raw, t->len);
		if (!s || rl_map_put(&b->mentioned, s, t->len, s) < 0)
			b->oom = true;
	}
}

/* t, the current token, starts `override list` or `override predicate`
 * (inside a rule, `override` alone on its line is a clause) */
static bool override_def(rl_lexer *lx, const rl_tok *t)
{
	if (!is_word(t, "override"))
		return false;
	const rl_tok *n = rl_lex_peek(lx, 1);
	return is_word(n, "list") || is_word(n, "predicate");
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
		if (t->bol && (in_words(t, top_words) || override_def(&p->lx, t)))
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
	if (!rl_map_get(&b->file_rank, p.file, strlen(p.file)) &&
	    (rl_vec_push(&b->files, (char *)p.file) < 0 ||
	     rl_map_put(&b->file_rank, p.file, strlen(p.file),
			(void *)(uintptr_t)b->files.len) < 0))
		b->oom = true;
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
		p.def_name = NULL;
		p.overriding = false;
		const rl_tok *t = rl_lex_peek(&p.lx, 0);
		size_t start = t->off;
		if (t->kind == T_EOF)
			break;
		if (t->kind == T_NL) {
			rl_lex_next(&p.lx);
			continue;
		}
		if (override_def(&p.lx, t)) {
			/* override list @x := ... / override predicate p := ... */
			rl_lex_next(&p.lx);
			p.overriding = true;
			t = rl_lex_peek(&p.lx, 0);
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
			if (!(ft->bol && (in_words(ft, top_words) || override_def(&p.lx, ft))))
				rl_lex_next(&p.lx);
			resync(&p);
			note_broken(&p, start, rl_lex_peek(&p.lx, 0)->off);
		}
	}
	b->stack.len--;
	free(b->stack.items[b->stack.len]);
	return b->oom ? -ENOMEM : 0;
}
