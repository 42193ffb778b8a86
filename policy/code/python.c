/* python.c - a Python snippet read into the calls it makes (see code.h).
 *
 * One pass over the tokens of lex.c per block: statements are recognised
 * by their first words (import, from, def, class, for, with, an
 * assignment), everything else is read as expressions, and a token that
 * starts no expression is skipped, so any input is read to its end.
 * Values are tracked where the code fixes them (string constants and the
 * few operations and functions that build paths and commands); anything
 * else is unknown and shows as its source text. A function's body is
 * read inline where it is defined, and again for each call with constant
 * arguments, one level deeper.
 *
 * Bounds: recursion of expressions and blocks by AGATE_CODE_MAX_DEPTH,
 * function calls followed by CALLS_MAX, bytes of built values by
 * VALUE_BUDGET, items of a list by LIST_MAX, arguments by ARGS_MAX.
 */
#include <errno.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/code/code_int.h"

#define CALLS_MAX 64
#define FNS_MAX 256
#define PARAMS_MAX 16
#define ARGS_MAX 32
#define LIST_MAX 64
#define VALUE_BUDGET (1u << 20)
#define CALL_DEPTH_MAX 8

typedef struct val {
	bool known;
	bool list;           /* a list or tuple: items */
	agate_str s;         /* known: the text */
	agate_str src;       /* as written */
	agate_str kind;      /* what made it ("pathlib.Path", "socket.socket"),
				or the module an import names (mod) */
	bool mod;            /* an imported module or function: kind is its name */
	struct val *items;
	size_t nitems;
} val;

typedef struct bind {
	agate_str name;
	val v;
	struct bind *next;
} bind;

typedef struct pyfn {
	agate_str name;
	size_t body_b, body_e;
	agate_str params[PARAMS_MAX];
	val defaults[PARAMS_MAX];
	bool has_default[PARAMS_MAX];
	size_t nparams;
	bool active;
	struct pyfn *next;
} pyfn;

typedef struct py {
	agate_arena *a;
	const tok *t;
	size_t nt;
	size_t max_cmds;
	agate_shell_cmd *cmds;
	size_t n, cap;
	pyfn *fns;
	size_t nfns;
	unsigned calls;
	size_t budget;
	int err;             /* first hard error (-ENOMEM, -E2BIG) */
	struct scope *module; /* what a called function sees besides its own */
} py;

typedef struct scope {
	py *p;
	bind *vars;
	unsigned depth;      /* command depth of what is emitted */
	unsigned rec;        /* recursion of blocks */
} scope;

static val block_expr(scope *sc, size_t *ip, size_t end, unsigned d);
static void block(scope *sc, size_t b, size_t e);

/* ---- values --------------------------------------------------------- */

static val unknown(const py *p, size_t b, size_t e)
{
	val v;
	memset(&v, 0, sizeof(v));
	while (e > b && e <= p->nt && !p->t[e - 1].src.ptr)
		e--; /* the end marks are nowhere in the text */
	if (b < e && e <= p->nt && p->t[b].src.ptr) {
		const char *s = p->t[b].src.ptr;
		const char *last = p->t[e - 1].src.ptr + p->t[e - 1].src.len;
		if (last >= s)
			v.src = (agate_str){ s, (size_t)(last - s) };
	}
	return v;
}

static val known(agate_str s)
{
	val v;
	memset(&v, 0, sizeof(v));
	v.known = true;
	v.s = v.src = s;
	return v;
}

static bool fail(py *p, int rc)
{
	if (!p->err)
		p->err = rc;
	return false;
}

/* a fresh string of a[0..an) + b[0..bn), charged to the budget; false
 * (the value becomes unknown) when the budget is spent */
static bool cat(py *p, agate_str a, agate_str b, agate_str *out)
{
	char *s;
	if (a.len + b.len > p->budget)
		return false;
	s = agate_arena_alloc(p->a, a.len + b.len + 1);
	if (!s)
		return fail(p, -ENOMEM);
	if (a.len)
		memcpy(s, a.ptr, a.len);
	if (b.len)
		memcpy(s + a.len, b.ptr, b.len);
	s[a.len + b.len] = '\0';
	p->budget -= a.len + b.len;
	*out = (agate_str){ s, a.len + b.len };
	return true;
}

static bool str_eq(agate_str s, const char *lit)
{
	size_t n = strlen(lit);
	return s.len == n && memcmp(s.ptr, lit, n) == 0;
}

static bool in_list(agate_str s, const char *const *set)
{
	for (; *set; set++)
		if (str_eq(s, *set))
			return true;
	return false;
}

/* os.path.join: an absolute part starts over */
static bool path_join(py *p, const val *parts, size_t n, val *out)
{
	agate_str acc = { "", 0 };
	for (size_t k = 0; k < n; k++) {
		if (!parts[k].known || parts[k].list)
			return false;
		if (parts[k].s.len && parts[k].s.ptr[0] == '/')
			acc = parts[k].s;
		else if (!acc.len)
			acc = parts[k].s;
		else if (acc.ptr[acc.len - 1] == '/' ? !cat(p, acc, parts[k].s, &acc)
			 : !(cat(p, acc, (agate_str){ "/", 1 }, &acc) && cat(p, acc, parts[k].s, &acc)))
			return false;
	}
	*out = known(acc);
	return true;
}

static bool lookup(const scope *sc, agate_str name, val *out)
{
	for (const bind *b = sc->vars; b; b = b->next)
		if (b->name.len == name.len && memcmp(b->name.ptr, name.ptr, name.len) == 0) {
			*out = b->v;
			return true;
		}
	return false;
}

static void bind_name(scope *sc, agate_str name, val v)
{
	bind *b = agate_arena_alloc(sc->p->a, sizeof(*b));
	if (!b) {
		fail(sc->p, -ENOMEM);
		return;
	}
	b->name = name;
	b->v = v;
	b->next = sc->vars;
	sc->vars = b;
}

/* f"...{name}...": known when every field is a known plain name */
static val fstring(scope *sc, const tok *t)
{
	agate_str s = t->text, acc = { "", 0 };
	size_t i = 0, lit = 0;
	val v;

	while (i < s.len) {
		if ((s.ptr[i] == '{' || s.ptr[i] == '}') && i + 1 < s.len && s.ptr[i + 1] == s.ptr[i]) {
			if (!cat(sc->p, acc, (agate_str){ s.ptr + lit, i + 1 - lit }, &acc))
				return unknown(sc->p, 0, 0);
			i += 2;
			lit = i;
			continue;
		}
		if (s.ptr[i] != '{') {
			i++;
			continue;
		}
		size_t e = i + 1, ne;
		while (e < s.len && s.ptr[e] != '}')
			e++;
		ne = i + 1;
		while (ne < e && s.ptr[ne] != '!' && s.ptr[ne] != ':')
			ne++;
		if (e >= s.len || !lookup(sc, (agate_str){ s.ptr + i + 1, ne - i - 1 }, &v) ||
		    !v.known || v.list || v.mod ||
		    !cat(sc->p, acc, (agate_str){ s.ptr + lit, i - lit }, &acc) ||
		    !cat(sc->p, acc, v.s, &acc))
			return unknown(sc->p, 0, 0);
		i = lit = e + 1;
	}
	if (!cat(sc->p, acc, (agate_str){ s.ptr + lit, s.len - lit }, &acc))
		return unknown(sc->p, 0, 0);
	v = known(acc);
	v.src = t->src;
	return v;
}

/* "fmt" % args: %s and friends replaced by known texts in order */
static bool percent(py *p, val fmt, val args, val *out)
{
	const val *items = args.list ? args.items : &args;
	size_t n = args.list ? args.nitems : 1, k = 0, lit = 0;
	agate_str acc = { "", 0 }, f = fmt.s;

	if (!fmt.known || fmt.list)
		return false;
	for (size_t i = 0; i < f.len; i++) {
		if (f.ptr[i] != '%' || i + 1 >= f.len)
			continue;
		if (!cat(p, acc, (agate_str){ f.ptr + lit, i - lit }, &acc))
			return false;
		if (f.ptr[i + 1] == '%') {
			if (!cat(p, acc, (agate_str){ "%", 1 }, &acc))
				return false;
		} else {
			if (k >= n || !items[k].known || items[k].list || !strchr("sdirf", f.ptr[i + 1]) ||
			    !cat(p, acc, items[k].s, &acc))
				return false;
			k++;
		}
		i++;
		lit = i + 1;
	}
	if (!cat(p, acc, (agate_str){ f.ptr + lit, f.len - lit }, &acc))
		return false;
	*out = known(acc);
	return true;
}

/* ---- emitting -------------------------------------------------------- */

static agate_shell_cmd *emit(py *p)
{
	if (p->n >= p->max_cmds) {
		fail(p, -E2BIG);
		return NULL;
	}
	if (p->n == p->cap) {
		size_t nc = p->cap ? p->cap * 2 : 16;
		agate_shell_cmd *na = agate_arena_alloc(p->a, nc * sizeof(*na));
		if (!na) {
			fail(p, -ENOMEM);
			return NULL;
		}
		if (p->n)
			memcpy(na, p->cmds, p->n * sizeof(*na));
		p->cmds = na;
		p->cap = nc;
	}
	memset(&p->cmds[p->n], 0, sizeof(p->cmds[p->n]));
	return &p->cmds[p->n++];
}

/* the words of a value: its text, a list's items, else as written */
static size_t words_of(const val *v, agate_str *w, size_t room)
{
	if (!room)
		return 0;
	if (v->list) {
		size_t n = 0;
		for (size_t k = 0; k < v->nitems && n < room; k++)
			n += words_of(&v->items[k], w + n, room - n);
		return n;
	}
	w[0] = v->known ? v->s : v->src;
	return 1;
}

/* what a shell runs: its commands follow, one level deeper */
static void emit_shell(scope *sc, agate_str line)
{
	py *p = sc->p;
	const agate_shell_cmd *c = NULL;
	size_t n = 0;
	int rc;

	if (p->n >= p->max_cmds) {
		fail(p, -E2BIG);
		return;
	}
	rc = agate_shell_parse(line.ptr, line.len, p->a, p->max_cmds - p->n, &c, &n);
	if (rc) {
		fail(p, rc);
		return;
	}
	for (size_t k = 0; k < n; k++) {
		agate_shell_cmd *o = emit(p);
		if (!o)
			return;
		*o = c[k];
		o->depth = c[k].depth + sc->depth + 1;
	}
}

/* a program run with an argument list: its command, one level deeper
 * (a shell with -c runs its string) */
static void emit_argv(scope *sc, const val *list)
{
	agate_str w[ARGS_MAX];
	size_t n = words_of(list, w, ARGS_MAX), total = 0, o = 0;
	char *line;

	if (!n)
		return;
	for (size_t k = 0; k < n; k++)
		total += w[k].len * 4 + 3;
	if (total > sc->p->budget)
		return;
	line = agate_arena_alloc(sc->p->a, total + 1);
	if (!line) {
		fail(sc->p, -ENOMEM);
		return;
	}
	sc->p->budget -= total;
	/* quoted word by word, so that the shell parser reads the same words */
	for (size_t k = 0; k < n; k++) {
		if (k)
			line[o++] = ' ';
		line[o++] = '\'';
		for (size_t i = 0; i < w[k].len; i++) {
			if (w[k].ptr[i] == '\'') {
				memcpy(line + o, "'\\''", 4);
				o += 4;
			} else {
				line[o++] = w[k].ptr[i];
			}
		}
		line[o++] = '\'';
	}
	line[o] = '\0';
	emit_shell(sc, (agate_str){ line, o });
}

/* ---- calls ------------------------------------------------------------ */

typedef struct arg {
	agate_str kw;        /* keyword, or {NULL, 0} */
	val v;
} arg;

/* builtins and methods that never touch files, processes or the network:
 * not worth a record */
static const char *const quiet_calls[] = { "print", "len", "range", "int", "float", "bool",
	"list", "dict", "set", "tuple", "isinstance", "enumerate", "zip", "sorted",
	"reversed", "min", "max", "sum", "abs", "round", "format", "repr", "type", "hasattr",
	"super", "iter", "next", "any", "all", "map", "filter", "chr", "ord", "hex", "id",
	"hash", "str", "frozenset", "bytes", "divmod", "pow", "callable", NULL };
static const char *const quiet_methods[] = { "append", "extend", "insert", "pop", "keys",
	"values", "items", "get", "update", "setdefault", "split", "rsplit", "strip",
	"lstrip", "rstrip", "lower", "upper", "startswith", "endswith", "replace",
	"format", "encode", "decode", "join", "count", "index", "find", "sort", "add",
	"discard", "title", "capitalize", "splitlines", "isdigit", "isalpha", "copy",
	"clear", "group", "groups", "match", "search", "sub", "findall", NULL };

/* commands that hand a string to a shell, and that run argument lists */
static const char *const shell_calls[] = { "os.system", "os.popen", "commands.getoutput",
	"commands.getstatusoutput", "subprocess.getoutput", "subprocess.getstatusoutput",
	"asyncio.create_subprocess_shell", "popen2.popen2", "platform.popen", NULL };
static const char *const run_calls[] = { "subprocess.run", "subprocess.call",
	"subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
	"pty.spawn", "asyncio.create_subprocess_exec", NULL };

static bool has_prefix(agate_str s, const char *lit)
{
	size_t n = strlen(lit);
	return s.len >= n && memcmp(s.ptr, lit, n) == 0;
}

/* What a known function returns, when the code fixes it. */
static val result(scope *sc, agate_str prog, const val *recv, const arg *args, size_t n,
		  size_t b, size_t e)
{
	py *p = sc->p;
	val pos[ARGS_MAX], r = unknown(p, b, e);
	size_t np = 0;

	for (size_t k = 0; k < n; k++)
		if (!args[k].kw.ptr)
			pos[np++] = args[k].v;
	if (str_eq(prog, "os.path.join") || str_eq(prog, "posixpath.join") ||
	    str_eq(prog, "pathlib.Path") || str_eq(prog, "pathlib.PurePath") ||
	    str_eq(prog, "pathlib.PosixPath") || str_eq(prog, "pathlib.Path.joinpath")) {
		val parts[ARGS_MAX + 1];
		size_t m = 0;
		if (recv && str_eq(prog, "pathlib.Path.joinpath"))
			parts[m++] = *recv;
		for (size_t k = 0; k < np; k++)
			parts[m++] = pos[k];
		if (!path_join(p, parts, m, &r))
			r = unknown(p, b, e);
	} else if (str_eq(prog, "pathlib.Path.home")) {
		r = known((agate_str){ "~", 1 });
	} else if ((in_list(prog, (const char *const[]){ "os.path.expanduser", "os.path.abspath",
			"os.path.normpath", "os.path.realpath", "os.fspath", "str", NULL }) && np == 1) ||
		   ((str_eq(prog, "os.getenv") || str_eq(prog, "os.environ.get")) && np == 2)) {
		r = pos[np - 1].known && !pos[np - 1].list ? pos[np - 1] : r;
	} else if (recv && recv->known && !recv->list && str_eq(prog, ".join") && np == 1 &&
		   pos[0].list) {
		agate_str acc = { "", 0 };
		for (size_t k = 0; k < pos[0].nitems; k++)
			if (!pos[0].items[k].known || (k && !cat(p, acc, recv->s, &acc)) ||
			    !cat(p, acc, pos[0].items[k].s, &acc))
				return unknown(p, b, e);
		r = known(acc);
	} else if (recv && (str_eq(prog, "pathlib.Path.resolve") || str_eq(prog, "pathlib.Path.absolute") ||
			    str_eq(prog, "pathlib.Path.expanduser"))) {
		r = *recv;
	}
	r.src = unknown(p, b, e).src;
	if (has_prefix(prog, "pathlib.") && (r.known || !r.kind.len))
		r.kind = (agate_str){ "pathlib.Path", 12 };
	else if (str_eq(prog, "socket.create_connection"))
		r.kind = (agate_str){ "socket.socket", 13 };
	else if (!r.known && prog.len && prog.ptr[0] != '.')
		r.kind = prog;
	return r;
}

/* Record the call prog(args) (recv: the value a method is called on),
 * run what it runs, and return its value. */
static val do_call(scope *sc, agate_str prog, agate_str written, const val *recv,
		   const arg *args, size_t n, size_t b, size_t e)
{
	py *p = sc->p;
	agate_str w[ARGS_MAX + 1];
	size_t nw = 0;
	bool shell_kw = false;
	const val *first = NULL;

	if (in_list(prog, quiet_calls) || (prog.len > 1 && prog.ptr[0] == '.' &&
	    in_list((agate_str){ prog.ptr + 1, prog.len - 1 }, quiet_methods)))
		return result(sc, prog, recv, args, n, b, e);
	if (recv && recv->kind.len && !recv->mod)
		nw += words_of(recv, w, ARGS_MAX + 1);
	for (size_t k = 0; k < n && nw < ARGS_MAX; k++) {
		if (args[k].kw.ptr) {
			agate_str t;
			val v = args[k].v;
			if (str_eq(args[k].kw, "shell") && v.known && str_eq(v.s, "True"))
				shell_kw = true;
			if (!cat(p, args[k].kw, (agate_str){ "=", 1 }, &t) ||
			    !cat(p, t, v.known && !v.list ? v.s : v.src, &t))
				continue;
			w[nw++] = t;
		} else {
			if (!first)
				first = &args[k].v;
			nw += words_of(&args[k].v, w + nw, ARGS_MAX - nw);
		}
	}
	agate_shell_cmd *c = emit(p);
	if (!c)
		return unknown(p, b, e);
	c->program = prog;
	c->path = written;
	c->depth = sc->depth;
	c->argc = nw;
	if (nw) {
		agate_str *av = agate_arena_alloc(p->a, nw * sizeof(*av));
		if (!av) {
			fail(p, -ENOMEM);
			return unknown(p, b, e);
		}
		memcpy(av, w, nw * sizeof(*av));
		c->argv = av;
	}
	agate_str bn[ARGS_MAX], bv[ARGS_MAX]; /* for --explain (bind.c) */
	size_t nb = 0;
	for (size_t k = 0; k < n; k++)
		if (args[k].v.known && !args[k].v.list)
			bn[nb] = args[k].v.src, bv[nb++] = args[k].v.s;
	if (code_bind(p->a, c, bn, bv, nb) < 0)
		fail(p, -ENOMEM);
	if (first && first->known && !first->list &&
	    (in_list(prog, shell_calls) || (in_list(prog, run_calls) && !str_eq(prog, "pty.spawn"))))
		emit_shell(sc, first->s);
	else if (first && first->list && (in_list(prog, run_calls) || has_prefix(prog, "os.exec") ||
					  has_prefix(prog, "os.spawn")))
		emit_argv(sc, first);
	else if (first && first->known && (str_eq(prog, "pty.spawn") || shell_kw))
		emit_shell(sc, first->s);
	return result(sc, prog, recv, args, n, b, e);
}

static pyfn *find_fn(py *p, agate_str name)
{
	for (pyfn *f = p->fns; f; f = f->next)
		if (f->name.len == name.len && memcmp(f->name.ptr, name.ptr, name.len) == 0)
			return f;
	return NULL;
}

/* A call of a function defined in the code: its body again, with the
 * arguments bound to its parameters. */
static void call_fn(scope *sc, pyfn *f, const arg *args, size_t n)
{
	py *p = sc->p;
	scope in = *sc;
	size_t pos = 0;

	in.vars = p->module->vars;
	if (f->active || p->calls >= CALLS_MAX || sc->depth + 1 > CALL_DEPTH_MAX)
		return;
	for (size_t k = 0; k < f->nparams; k++) {
		val v = unknown(p, 0, 0);
		bool set = false;
		for (size_t m = 0; m < n; m++)
			if (args[m].kw.ptr && args[m].kw.len == f->params[k].len &&
			    memcmp(args[m].kw.ptr, f->params[k].ptr, f->params[k].len) == 0) {
				v = args[m].v;
				set = true;
			}
		while (!set && pos < n) {
			if (!args[pos].kw.ptr) {
				v = args[pos++].v;
				set = true;
				break;
			}
			pos++;
		}
		if (!set && f->has_default[k])
			v = f->defaults[k];
		bind_name(&in, f->params[k], v);
	}
	p->calls++;
	f->active = true;
	in.depth = sc->depth + 1;
	block(&in, f->body_b, f->body_e);
	f->active = false;
}

/* ---- expressions -------------------------------------------------------- */

static const char *const kw_ops[] = { "and", "or", "not", "in", "is", "if", "else", "for",
	"async", "await", NULL };
static const char *const kw_prefix[] = { "not", "await", "lambda", "yield", NULL };

static bool is_closer(const tok *t)
{
	return t->kind == TK_NL || t->kind == TK_END ||
	       (t->kind == TK_OP && strchr(")]}", t->op) && t->op);
}

/* skip a bracketed group that nests too deep to read: past its closer */
static size_t skip_group(const py *p, size_t i, size_t end)
{
	unsigned depth = 0;
	for (; i < end; i++) {
		const tok *t = &p->t[i];
		if (t->kind == TK_OP && t->op && strchr("([{", t->op))
			depth++;
		else if (t->kind == TK_OP && t->op && strchr(")]}", t->op) && depth-- <= 1)
			return i + 1;
		else if (t->kind == TK_NL && !depth)
			return i;
	}
	return end;
}

/* items of a list, tuple, set or dict up to the closer `close` */
static val items(scope *sc, size_t *ip, size_t end, unsigned d, char close, bool *comma)
{
	py *p = sc->p;
	size_t i = *ip, b = *ip - 1;
	val it[LIST_MAX], v;
	size_t n = 0;
	bool all = true;

	*comma = false;
	while (i < end && !tok_op(&p->t[i], close) && !p->err) {
		size_t before = i;
		if (tok_op(&p->t[i], ',') || tok_op(&p->t[i], ':')) {
			*comma |= tok_op(&p->t[i], ',');
			all &= tok_op(&p->t[i], ',');
			i++;
			continue;
		}
		if (p->t[i].kind == TK_NL || p->t[i].kind == TK_END)
			break;
		v = block_expr(sc, &i, end, d + 1);
		if (n < LIST_MAX)
			it[n++] = v;
		else
			all = false;
		if (i == before)
			i++;
	}
	if (i < end && tok_op(&p->t[i], close))
		i++;
	*ip = i;
	memset(&v, 0, sizeof(v));
	v = unknown(p, b, i);
	if (!all)
		return v;
	v.list = true;
	v.nitems = n;
	if (n) {
		v.items = agate_arena_alloc(p->a, n * sizeof(*v.items));
		if (!v.items) {
			fail(p, -ENOMEM);
			return unknown(p, b, i);
		}
		memcpy(v.items, it, n * sizeof(*it));
	}
	return v;
}

static val atom(scope *sc, size_t *ip, size_t end, unsigned d)
{
	py *p = sc->p;
	size_t b = *ip, i = *ip;
	const tok *t = &p->t[i];
	val v;
	bool comma;

	if (t->kind == TK_STR) {
		v = t->fstr ? fstring(sc, t) : known(t->text);
		for (i++; i < end && p->t[i].kind == TK_STR; i++) {
			val w = p->t[i].fstr ? fstring(sc, &p->t[i]) : known(p->t[i].text);
			if (!v.known || !w.known || !cat(p, v.s, w.s, &v.s))
				v.known = false;
		}
		v.src = unknown(p, b, i).src;
	} else if (t->kind == TK_NUM) {
		v = known(t->text);
		i++;
	} else if (tok_op(t, '(') || tok_op(t, '[') || tok_op(t, '{')) {
		char close = t->op == '(' ? ')' : t->op == '[' ? ']' : '}';
		i++;
		v = items(sc, &i, end, d, close, &comma);
		if (t->op == '(' && !comma && v.list && v.nitems == 1) {
			val in = v.items[0];
			v = in; /* a parenthesised expression */
		} else if (t->op == '{') {
			v.list = false; /* a dict or set: not a list of words */
		}
	} else {
		v = unknown(p, i, i + 1);
		i++;
	}
	*ip = i;
	return v;
}

static val postfix(scope *sc, size_t *ip, size_t end, unsigned d)
{
	py *p = sc->p;
	size_t i = *ip, b = *ip;
	val cur, recv;
	agate_str full = { NULL, 0 }, method = { NULL, 0 };
	bool pure = false, has_recv = false;

	if (p->t[i].kind == TK_NAME) {
		agate_str name = p->t[i].text;
		if (lookup(sc, name, &cur)) {
			if (cur.mod)
				full = cur.kind;
		} else {
			cur = unknown(p, i, i + 1);
			full = name;
		}
		pure = true;
		i++;
	} else {
		cur = atom(sc, &i, end, d);
	}
	while (i < end && !p->err) {
		const tok *t = &p->t[i];
		if (tok_op(t, '.') && i + 1 < end && p->t[i + 1].kind == TK_NAME) {
			agate_str attr = p->t[i + 1].text;
			if (pure && full.len) {
				if (!cat(p, full, (agate_str){ ".", 1 }, &full) || !cat(p, full, attr, &full))
					full.len = 0;
			} else {
				recv = cur;
				has_recv = true;
				method = attr;
				pure = false;
				full.len = 0;
			}
			cur = unknown(p, b, i + 2);
			i += 2;
		} else if (tok_op(t, '(')) {
			arg args[ARGS_MAX];
			size_t n = 0;
			agate_str written = unknown(p, b, i).src, prog = { NULL, 0 };
			for (i++; i < end && !tok_op(&p->t[i], ')') && !p->err;) {
				size_t before = i;
				arg a;
				memset(&a, 0, sizeof(a));
				if (p->t[i].kind == TK_NAME && i + 1 < end && tok_op(&p->t[i + 1], '=')) {
					a.kw = p->t[i].text;
					i += 2;
				}
				bool star = tok_op(&p->t[i], '*') || (tok_op(&p->t[i], 'x') && p->t[i].src.ptr[0] == '*');
				if (p->t[i].kind == TK_NL || p->t[i].kind == TK_END)
					break;
				a.v = block_expr(sc, &i, end, d + 1);
				if (star)
					a.v = unknown(p, before, i);
				if (n < ARGS_MAX)
					args[n++] = a;
				if (i < end && tok_op(&p->t[i], ','))
					i++;
				else if (i == before)
					i++;
			}
			if (i < end && tok_op(&p->t[i], ')'))
				i++;
			if (pure && full.len)
				prog = full;
			else if (has_recv && recv.kind.len && !recv.mod &&
				 (cat(p, recv.kind, (agate_str){ ".", 1 }, &prog) && cat(p, prog, method, &prog)))
				;
			else if (has_recv && !cat(p, (agate_str){ ".", 1 }, method, &prog))
				prog.len = 0;
			if (prog.len) {
				pyfn *f = pure && !memchr(written.ptr, '.', written.len) ? find_fn(p, written) : NULL;
				cur = do_call(sc, prog, written, has_recv ? &recv : NULL, args, n, b, i);
				if (f)
					call_fn(sc, f, args, n);
			} else {
				cur = unknown(p, b, i);
			}
			pure = has_recv = false;
			full.len = 0;
		} else if (tok_op(t, '[')) {
			bool comma;
			i++;
			(void)items(sc, &i, end, d, ']', &comma);
			cur = unknown(p, b, i);
			pure = has_recv = false;
			full.len = 0;
		} else {
			break;
		}
	}
	*ip = i;
	return cur;
}

static val unary(scope *sc, size_t *ip, size_t end, unsigned d)
{
	py *p = sc->p;
	size_t b = *ip;
	const tok *t = &p->t[b];

	if (d > AGATE_CODE_MAX_DEPTH) {
		*ip = skip_group(p, b + 1, end);
		if (*ip == b)
			(*ip)++;
		return unknown(p, b, *ip);
	}
	if ((t->kind == TK_OP && t->op && strchr("-+~*", t->op)) || tok_op(t, 'x') ||
	    (t->kind == TK_NAME && in_list(t->text, kw_prefix))) {
		(*ip)++;
		if (*ip < end && !is_closer(&p->t[*ip]))
			(void)unary(sc, ip, end, d + 1);
		return unknown(p, b, *ip);
	}
	return postfix(sc, ip, end, d);
}

static val block_expr(scope *sc, size_t *ip, size_t end, unsigned d)
{
	py *p = sc->p;
	size_t b = *ip;
	val l, r;

	if (*ip >= end || is_closer(&p->t[*ip]))
		return unknown(p, b, b);
	l = unary(sc, ip, end, d);
	while (*ip < end && !p->err) {
		const tok *t = &p->t[*ip];
		char op = t->kind == TK_OP ? t->op : 0;
		if (op && strchr("+/%-*<>&|^@Ex", op) && !tok_op(t, '.')) {
			(*ip)++;
			if (*ip >= end || is_closer(&p->t[*ip]))
				break;
			r = unary(sc, ip, end, d);
			if (op == '+' && l.known && r.known && !l.list && !r.list && cat(p, l.s, r.s, &l.s))
				continue;
			if (op == '/' && str_eq(l.kind, "pathlib.Path") && l.known && r.known) {
				val parts[2] = { l, r };
				if (path_join(p, parts, 2, &l)) {
					l.kind = (agate_str){ "pathlib.Path", 12 };
					continue;
				}
			}
			if (op == '%' && percent(p, l, r, &l))
				continue;
			l = unknown(p, b, *ip);
		} else if (t->kind == TK_NAME && in_list(t->text, kw_ops)) {
			(*ip)++;
			if (*ip < end && !is_closer(&p->t[*ip]))
				(void)unary(sc, ip, end, d);
			l = unknown(p, b, *ip);
		} else {
			break;
		}
	}
	if (l.known && !l.list)
		l.src = unknown(p, b, *ip).src;
	return l;
}

/* ---- statements ------------------------------------------------------------ */

static const char *const skip_words[] = { "if", "elif", "else", "while", "return", "yield",
	"assert", "del", "raise", "try", "except", "finally", "pass", "break", "continue",
	"global", "nonlocal", "await", "async", "print", "exec", NULL };

static bool line_end(const tok *t)
{
	return t->kind == TK_NL || t->kind == TK_END;
}

/* a dotted name at t[*ip] as one string ("os.path") */
static bool dotted(py *p, size_t *ip, size_t end, agate_str *out)
{
	size_t i = *ip;
	agate_str acc = { NULL, 0 };

	while (i < end && tok_op(&p->t[i], '.'))
		i++; /* relative imports */
	if (i >= end || p->t[i].kind != TK_NAME)
		return false;
	acc = p->t[i++].text;
	while (i + 1 < end && tok_op(&p->t[i], '.') && p->t[i + 1].kind == TK_NAME) {
		if (!cat(p, acc, (agate_str){ ".", 1 }, &acc) || !cat(p, acc, p->t[i + 1].text, &acc))
			return false;
		i += 2;
	}
	*ip = i;
	*out = acc;
	return true;
}

static void bind_module(scope *sc, agate_str name, agate_str full)
{
	val v;
	memset(&v, 0, sizeof(v));
	v.mod = true;
	v.kind = full;
	v.src = name;
	bind_name(sc, name, v);
}

/* import a.b [as c], ... */
static size_t do_import(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;
	agate_str full;

	while (i < end && !line_end(&p->t[i]) && dotted(p, &i, end, &full)) {
		if (i + 1 < end && tok_is(&p->t[i], "as") && p->t[i + 1].kind == TK_NAME) {
			bind_module(sc, p->t[i + 1].text, full);
			i += 2;
		} else {
			size_t k = 0;
			while (k < full.len && full.ptr[k] != '.')
				k++;
			bind_module(sc, (agate_str){ full.ptr, k }, (agate_str){ full.ptr, k });
		}
		if (i < end && tok_op(&p->t[i], ','))
			i++;
		else
			break;
	}
	return i;
}

/* from a.b import c [as d], (e, f) */
static size_t do_from(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;
	agate_str mod, full;

	if (!dotted(p, &i, end, &mod) || i >= end || !tok_is(&p->t[i], "import"))
		return i;
	for (i++; i < end && !line_end(&p->t[i]); i++) {
		if (p->t[i].kind != TK_NAME)
			continue;
		if (!cat(p, mod, (agate_str){ ".", 1 }, &full) || !cat(p, full, p->t[i].text, &full))
			return i;
		if (i + 2 < end && tok_is(&p->t[i + 1], "as") && p->t[i + 2].kind == TK_NAME) {
			bind_module(sc, p->t[i + 2].text, full);
			i += 2;
		} else {
			bind_module(sc, p->t[i].text, full);
		}
	}
	return i;
}

/* indentation of the logical line holding t[i] */
static unsigned line_indent(const py *p, size_t i)
{
	while (i > 0 && !p->t[i].bol)
		i--;
	return p->t[i].indent;
}

/* past a parameter's annotation, to its `=`, `,` or `)` */
static size_t past_annotation(const py *p, size_t k, size_t end)
{
	unsigned depth = 0;
	for (; k < end && !line_end(&p->t[k]); k++) {
		const tok *t = &p->t[k];
		if (t->kind == TK_OP && t->op && strchr("([{", t->op))
			depth++;
		else if (t->kind == TK_OP && t->op && strchr(")]}", t->op) && depth)
			depth--;
		else if (!depth && (tok_op(t, '=') || tok_op(t, ',') || tok_op(t, ')')))
			break;
	}
	return k;
}

/* def name(params): body -- remembered for calls, and read inline with
 * its parameters unknown. Returns the index past the body. */
static size_t do_def(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;
	unsigned ind = line_indent(p, i);
	scope in = *sc;
	pyfn *f;
	size_t k;

	if (i + 2 >= end || p->t[i + 1].kind != TK_NAME || !tok_op(&p->t[i + 2], '('))
		return i + 1;
	f = agate_arena_zalloc(p->a, sizeof(*f));
	if (!f) {
		fail(p, -ENOMEM);
		return end;
	}
	f->name = p->t[i + 1].text;
	for (k = i + 3; k < end && !tok_op(&p->t[k], ')') && !line_end(&p->t[k]);) {
		size_t before = k;
		if (p->t[k].kind == TK_NAME && f->nparams < PARAMS_MAX) {
			size_t m = f->nparams++;
			f->params[m] = p->t[k].text;
			bind_name(&in, p->t[k].text, unknown(p, k, k + 1));
			k = past_annotation(p, k + 1, end);
			if (k < end && tok_op(&p->t[k], '=')) {
				k++;
				f->defaults[m] = block_expr(sc, &k, end, 1);
				f->has_default[m] = true;
			}
		}
		if (k < end && tok_op(&p->t[k], ','))
			k++;
		else if (k == before)
			k++;
	}
	while (k < end && !tok_op(&p->t[k], ':') && !line_end(&p->t[k]))
		k++; /* past ) and -> annotation */
	if (k >= end || !tok_op(&p->t[k], ':'))
		return k;
	k++;
	f->body_b = k;
	if (k < end && p->t[k].kind == TK_NL) {
		for (k++; k < end && !(p->t[k].bol && p->t[k].indent <= ind); k++)
			;
	} else {
		while (k < end && !line_end(&p->t[k]))
			k++;
	}
	f->body_e = k;
	if (p->nfns < FNS_MAX) {
		f->next = p->fns;
		p->fns = f;
		p->nfns++;
	}
	in.rec = sc->rec + 1;
	block(&in, f->body_b, f->body_e);
	return k;
}

/* for targets in expr: the targets are unknown */
static size_t do_for(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;

	for (; i < end && !line_end(&p->t[i]) && !tok_is(&p->t[i], "in"); i++)
		if (p->t[i].kind == TK_NAME)
			bind_name(sc, p->t[i].text, unknown(p, i, i + 1));
	if (i < end && tok_is(&p->t[i], "in")) {
		i++;
		(void)block_expr(sc, &i, end, 0);
	}
	return i;
}

/* with expr [as name], ...: name holds what expr made */
static size_t do_with(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;

	while (i < end && !line_end(&p->t[i]) && !tok_op(&p->t[i], ':')) {
		size_t before = i;
		val v = block_expr(sc, &i, end, 0);
		if (i + 1 < end && tok_is(&p->t[i], "as") && p->t[i + 1].kind == TK_NAME) {
			bind_name(sc, p->t[i + 1].text, v);
			i += 2;
		}
		if (i < end && tok_op(&p->t[i], ','))
			i++;
		else if (i == before)
			i++;
	}
	return i;
}

/* the value of an assignment: an expression, or a bare tuple of them */
static val rhs(scope *sc, size_t *ip, size_t end)
{
	py *p = sc->p;
	size_t b = *ip;
	val it[LIST_MAX], v = block_expr(sc, ip, end, 0);
	size_t n = 1;

	if (*ip >= end || !tok_op(&p->t[*ip], ','))
		return v;
	it[0] = v;
	while (*ip < end && tok_op(&p->t[*ip], ',') && !p->err) {
		(*ip)++;
		if (*ip >= end || line_end(&p->t[*ip]) || tok_op(&p->t[*ip], '='))
			break;
		v = block_expr(sc, ip, end, 0);
		if (n < LIST_MAX)
			it[n++] = v;
	}
	v = unknown(p, b, *ip);
	v.list = true;
	v.nitems = n;
	v.items = agate_arena_alloc(p->a, n * sizeof(*v.items));
	if (!v.items) {
		fail(p, -ENOMEM);
		return unknown(p, b, *ip);
	}
	memcpy(v.items, it, n * sizeof(*it));
	return v;
}

/* name = value, a, b = values, name += value, or an expression */
static size_t do_simple(scope *sc, size_t i, size_t end)
{
	py *p = sc->p;
	size_t k = i, eq = 0, depth = 0;
	val v, cur;

	for (; k < end && !line_end(&p->t[k]); k++) {
		const tok *t = &p->t[k];
		if (t->kind == TK_OP && t->op && strchr("([{", t->op))
			depth++;
		else if (t->kind == TK_OP && t->op && strchr(")]}", t->op) && depth)
			depth--;
		else if (!depth && (tok_op(t, '=') || tok_op(t, 'A') ||
				    (tok_op(t, 'x') && t->src.len == 2 && t->src.ptr[1] == '=' &&
				     t->src.ptr[0] != '=' && t->src.ptr[0] != '!' &&
				     t->src.ptr[0] != '<' && t->src.ptr[0] != '>'))) {
			eq = k;
			break;
		}
	}
	if (!eq) {
		(void)block_expr(sc, &i, end, 0);
		return i;
	}
	k = eq + 1;
	v = rhs(sc, &k, end);
	while (k < end && tok_op(&p->t[k], '=')) { /* a = b = value: the last is the value */
		k++;
		v = rhs(sc, &k, end);
	}
	if (tok_op(&p->t[eq], 'A') && eq == i + 1 && p->t[i].kind == TK_NAME) {
		if (!lookup(sc, p->t[i].text, &cur) || !cur.known || !v.known || cur.list ||
		    !cat(p, cur.s, v.s, &cur.s))
			cur = unknown(p, i, k);
		bind_name(sc, p->t[i].text, cur);
	} else if (p->t[i].kind == TK_NAME && (eq == i + 1 || tok_op(&p->t[i + 1], ':'))) {
		bind_name(sc, p->t[i].text, tok_op(&p->t[eq], '=') ? v : unknown(p, i, k));
	} else {
		/* a, b = x, y: item by item when the counts agree */
		size_t m = 0;
		for (size_t t = i; t < eq; t++)
			if (p->t[t].kind == TK_NAME) {
				bool one = v.list && m < v.nitems;
				bind_name(sc, p->t[t].text, one ? v.items[m] : unknown(p, eq + 1, k));
				m++;
			}
	}
	return k;
}

static void block(scope *sc, size_t b, size_t e)
{
	py *p = sc->p;
	size_t i = b;

	if (sc->rec > AGATE_CODE_MAX_DEPTH)
		return;
	while (i < e && !p->err) {
		const tok *t = &p->t[i];
		size_t before = i;
		if (line_end(t)) {
			i++;
			continue;
		}
		if (tok_is(t, "import"))
			i = do_import(sc, i + 1, e);
		else if (tok_is(t, "from"))
			i = do_from(sc, i + 1, e);
		else if (tok_is(t, "def"))
			i = do_def(sc, i, e);
		else if (tok_is(t, "class")) {
			while (i < e && !line_end(&p->t[i]) && !tok_op(&p->t[i], ':'))
				i++;
		} else if (tok_is(t, "for"))
			i = do_for(sc, i + 1, e);
		else if (tok_is(t, "with"))
			i = do_with(sc, i + 1, e);
		else if (t->kind == TK_NAME && in_list(t->text, skip_words))
			i++;
		else if (tok_op(t, '@') || tok_op(t, ':'))
			i++;
		else
			i = do_simple(sc, i, e);
		if (i == before)
			i++;
	}
}

int agate_code_python(const char *src, size_t len, agate_arena *arena, size_t max_cmds,
		      const agate_shell_cmd **cmds, size_t *n)
{
	toks tk;
	py p;
	scope module;
	int rc;

	if (!arena || !cmds || !n || (!src && len))
		return -EINVAL;
	if (len > AGATE_CODE_MAX_SRC)
		return -E2BIG;
	rc = code_lex(src ? src : "", len, arena, &tk);
	if (rc)
		return rc;
	memset(&p, 0, sizeof(p));
	p.a = arena;
	p.t = tk.t;
	p.nt = tk.n;
	p.max_cmds = max_cmds;
	p.budget = VALUE_BUDGET;
	memset(&module, 0, sizeof(module));
	module.p = &p;
	p.module = &module;
	block(&module, 0, tk.n);
	if (p.err)
		return p.err;
	*cmds = p.cmds;
	*n = p.n;
	return 0;
}
