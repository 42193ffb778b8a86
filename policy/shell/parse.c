/* parse.c - split a shell command line into the simple commands it runs
 * (see shell.h).
 *
 * The parser is a single left-to-right pass per nesting level. Words are
 * found by scan(), which knows enough of the grammar (quotes, escapes,
 * $( ), ${ }, backticks, <( )) to find where a word or a group ends; a
 * word's text is then unquoted by decode(), which also notes the command
 * substitutions inside it. Everything that holds another command line
 * (subshells, (( )), $( ), -c strings, eval, trap, find -exec,
 * here-documents fed to a shell, echo | sh) is parsed again one level
 * deeper. Each level charges the bytes it reads to the parse's step
 * budget (AGATE_SHELL_MAX_STEPS), each wrapper and nested line a step, so
 * the work is bounded whatever the shape of the line; the depth limit
 * only bounds the C stack.
 *
 * Nothing here trusts the input: every index is checked against the
 * length, scan()'s own stack is fixed, and whatever the budget or the
 * limits cannot finish is -E2BIG, never a partial result (the caller
 * blocks on it).
 *
 * This file owns the walk and the commands it emits; words.c finds and
 * unquotes the words, wrappers.c knows the programs that run others,
 * runs.c what a command hands on to be run in turn.
 */
#include <errno.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/shell/shell_int.h"

static int parse_seq(parser *p, const char *s, size_t len, unsigned depth,
		     const char *cwd, bool sudo, bool piped_from, size_t prev_head,
		     var *vars);

static bool has_prefix(agate_str t, const char *lit)
{
	size_t n = strlen(lit);
	return t.len >= n && memcmp(t.ptr, lit, n) == 0;
}



/* ---- emitting commands -------------------------------------------- */


static int emit(seq *q, agate_shell_cmd *cmd, enum sep kind, size_t *idx)
{
	parser *p = q->p;
	int rc;

	if (p->n >= p->max_cmds)
		return -E2BIG;
	rc = grow(p->a, (void **)&p->cmds, &p->cap, p->n, sizeof(*p->cmds));
	if (rc)
		return rc;
	cmd->depth = q->depth;
	if (q->piped_from) {
		cmd->piped_from = true;
		if (q->prev_head != NONE) {
			cmd->prev_program = p->cmds[q->prev_head].program;
			p->cmds[q->prev_head].next_program = cmd->program;
			p->cmds[q->prev_head].piped_to = true;
		}
	}
	if (kind == SEP_PIPE)
		cmd->piped_to = true;
	if (kind == SEP_BG)
		cmd->background = true;
	*idx = p->n;
	p->cmds[p->n++] = *cmd;
	return 0;
}


static int run_jobs(seq *q, const job *jobs, size_t njobs);

static const char *const decl_words[] = { "local", "export", "declare", "typeset",
	"readonly", NULL };

/* A command made only of assignments (optionally after local/export/...)
 * binds variables for the rest of this level. A value built from a
 * command substitution is unknown: it shadows any earlier binding. */
/* NAME+=x: v's value becomes the known value of NAME before it followed
 * by x, charged to the expansion budget; unknown when NAME was unknown. */
static int append_value(seq *q, var *v)
{
	const var *old = NULL;
	enum var_state st = var_find(q, v->name.ptr, v->name.len, &old);
	char *t;

	if (st == VAR_UNKNOWN || old == NULL || old->val.len + v->val.len > q->p->budget) {
		v->known = st == VAR_UNBOUND;
		return 0;
	}
	q->p->budget -= old->val.len + v->val.len;
	t = agate_arena_alloc(q->p->a, old->val.len + v->val.len + 1);
	if (!t)
		return -ENOMEM;
	memcpy(t, old->val.ptr, old->val.len);
	memcpy(t + old->val.len, v->val.ptr, v->val.len);
	t[old->val.len + v->val.len] = '\0';
	v->val = (agate_str){ t, old->val.len + v->val.len };
	return 0;
}

static int record_vars(seq *q, const word *w, size_t i, size_t nw)
{
	size_t k = i;
	int rc;

	if (k < nw && !w[k].quoted && in_set(w[k].text, decl_words)) {
		k++;
		while (k < nw && w[k].text.len > 1 && w[k].text.ptr[0] == '-')
			k++;
	}
	for (size_t m = k; m < nw; m++)
		if (!w[m].assign)
			return 0; /* NAME=x cmd: the binding is cmd's alone */
	for (; k < nw; k++) {
		const char *eq = memchr(w[k].text.ptr, '=', w[k].text.len);
		var *v;
		if (!eq)
			continue;
		if (q->p->nvars >= VARS_MAX) {
			q->p->vars_off = true;
			return 0;
		}
		v = agate_arena_alloc(q->p->a, sizeof(*v));
		if (!v)
			return -ENOMEM;
		v->name = (agate_str){ w[k].text.ptr, (size_t)(eq - w[k].text.ptr) };
		if (v->name.len && v->name.ptr[v->name.len - 1] == '+')
			v->name.len--;
		v->val = (agate_str){ eq + 1, w[k].text.len - (size_t)(eq + 1 - w[k].text.ptr) };
		v->known = !memchr(v->name.ptr, '[', v->name.len) &&
			   !memchr(v->val.ptr, '`', v->val.len);
		if (v->known && eq[-1] == '+') {
			/* NAME+=x appends to a known value (bash) */
			rc = append_value(q, v);
			if (rc)
				return rc;
		}
		/* a '$' left after decoding is a reference to something unknown
		 * here ($1, $(cmd), an unset name); only a leading $HOME, which
		 * path normalisation understands, keeps the value literal */
		for (size_t t = 0; v->known && t < v->val.len; t++)
			if (v->val.ptr[t] == '$' &&
			    !(t == 0 && (has_prefix(v->val, "$HOME") || has_prefix(v->val, "${HOME}"))))
				v->known = false;
		v->next = q->vars;
		v->elems = NULL;
		v->nelems = 0;
		q->vars = v;
		q->p->nvars++;
	}
	return 0;
}

static void simple_reset(simple *c);

/* NAME=( WORDS ) or NAME+=( WORDS ) at s[i] (the `(`), the word NAME=
 * being c's last: the words the shell makes of WORDS are the array's
 * elements, bound for the rest of the level (`a=(rm -rf /); "${a[@]}"`),
 * and nothing runs but the substitutions in them, which join c's inner
 * lines. An element that is no constant ([k]=v, $1, $(cmd)) or an append
 * to an array the line does not know makes the array unknown. The word
 * NAME= is dropped so that it binds nothing else. *ip moves past `)`. */
static int array_assign(seq *q, simple *c, const char *s, size_t len, size_t *ip)
{
	size_t i = *ip, e = scan(s, len, i + 1, C_PAREN, &q->p->deep);
	size_t end = i + 1 + body_len(s, i + 1, e, ')');
	agate_str name = c->w[c->nw - 1].text;
	const var *old = NULL;
	agate_str *elems;
	bool known = true, append;
	size_t n = 0, first = 0;
	simple t;
	int rc = 0;

	name.len--; /* the '=' */
	append = name.len && name.ptr[name.len - 1] == '+';
	if (append)
		name.len--;
	c->nw--;
	simple_reset(&t);
	if (append) {
		if (var_find(q, name.ptr, name.len, &old) == VAR_KNOWN && old->elems) {
			for (first = 0; first < old->nelems && !rc; first++)
				rc = push_word(q->p, &t, &(word){ .text = old->elems[first] });
		} else {
			known = false;
		}
	}
	for (size_t k = i + 1; k < end && !rc;) {
		size_t we;
		if (is_blank(s[k]) || s[k] == '\n') {
			k++;
			continue;
		}
		if (s[k] == '#' ) {
			while (k < end && s[k] != '\n')
				k++;
			continue;
		}
		we = scan(s, end, k, C_ARG, &q->p->deep);
		if (we <= k) {
			known = false; /* a separator inside: not a plain list */
			break;
		}
		if (s[k] == '[')
			known = false; /* [k]=v: the indexes are not followed */
		rc = expand_word(q, &t, s, k, we);
		k = we;
	}
	if (rc)
		return rc;
	/* the substitutions in the elements run */
	if (t.in) {
		*c->in_tail = t.in;
		c->in_tail = t.in_tail;
	}
	elems = agate_arena_alloc(q->p->a, (t.nw ? t.nw : 1) * sizeof(*elems));
	if (!elems)
		return -ENOMEM;
	for (; n < t.nw; n++) {
		elems[n] = t.w[n].text;
		if (memchr(elems[n].ptr, '$', elems[n].len) || memchr(elems[n].ptr, '`', elems[n].len))
			known = false;
	}
	*ip = e;
	if (!name.len)
		return 0;
	return var_bind_list(q, name, elems, n, known);
}

/* ---- finish_words, step by step ------------------------------------ */



/* Reserved words and leading NAME=value words are not the program; a
 * command of assignments only binds variables. *ip gets the index of
 * the first word that may run. */
static int skip_leading(seq *q, const word *w, size_t nw, size_t *ip)
{
	size_t i = 0;
	int rc;

	while (i < nw && !w[i].quoted && in_set(w[i].text, reserved_prefix)) {
		/* coproc NAME { ...; }: the name is no program */
		if (str_is(w[i].text, "coproc") && i + 2 < nw && !w[i + 2].quoted &&
		    str_is(w[i + 2].text, "{"))
			i++;
		i++;
	}
	if (i < nw && !w[i].quoted && in_set(w[i].text, reserved_skip))
		i = nw; /* for x in ...; case ...: the words are not a command */
	rc = record_vars(q, w, i, nw);
	if (rc)
		return rc;
	while (i < nw && w[i].assign)
		i++;
	*ip = i;
	return 0;
}

/* Step from w[i] over wrappers (sudo, env, timeout ...) to the program
 * they run; *ip gets its index. env -S strings become jobs. There is no
 * count of wrappers: each one consumes at least its own word, so the walk
 * ends within the words, and each is charged to the parse's budget
 * (`sudo sudo ... rm` runs rm however many sudo there are). */
static int unwrap(parser *p, const word *w, size_t *ip, size_t nw, nested *x)
{
	agate_str split = { NULL, 0 };
	size_t i = *ip;
	int rc;

	while (i < nw) {
		const wrapper *wr = find_wrapper(basename_of(w[i].text));
		bool no_cmd = false;
		size_t j;

		if (!wr)
			break;
		if ((rc = spend(p, 1)) != 0)
			return rc;
		j = skip_options(wr, w, i + 1, nw, &no_cmd, &split);
		if (wr->elevate)
			x->elevated = true;
		if (split.ptr) {
			if ((rc = push_job(p, x, (job){ split, NULL, 0, NULL })) != 0)
				return rc;
			split = (agate_str){ NULL, 0 };
		}
		if (no_cmd || j >= nw)
			break;
		i = j;
	}
	*ip = i;
	return 0;
}

/* The command of program w[i] (none when i == nw: redirections only),
 * with what it inherits: directory, elevation, c's redirections. */
static int build_cmd(const seq *q, const simple *c, const word *w, size_t i,
		     size_t nw, bool elevated, agate_shell_cmd *cmd)
{
	memset(cmd, 0, sizeof(*cmd));
	if (i < nw) {
		cmd->path = w[i].text;
		cmd->program = basename_of(w[i].text);
		cmd->argc = nw - i - 1;
		if (cmd->argc) {
			agate_str *argv = agate_arena_alloc(q->p->a, cmd->argc * sizeof(*argv));
			if (!argv)
				return -ENOMEM;
			for (size_t k = 0; k < cmd->argc; k++)
				argv[k] = w[i + 1 + k].text;
			cmd->argv = argv;
		}
	} else {
		cmd->program = (agate_str){ "", 0 };
		cmd->path = cmd->program;
	}
	cmd->cwd = q->cwd;
	cmd->sudo = elevated;
	cmd->redirect_out = c->redirect_out;
	cmd->redirect_append = c->append;
	cmd->redirects = c->redir;
	cmd->nredirects = c->nredir;
	cmd->redirect_in = c->redirect_in;
	cmd->bindings = c->bind;
	cmd->nbindings = c->nbind;
	return 0;
}

/* A call of function f: its body, read inline where it was defined, is
 * read again one level deeper with the call's arguments as $1..$9, so
 * that constant arguments reach its words. Recursion, calls past
 * CALLS_MAX and calls too deep to follow are not read again. */
static int call_function(seq *q, fn *f, const agate_shell_cmd *cmd)
{
	var *vars;
	int rc;

	if (f->active || q->p->calls >= CALLS_MAX || q->depth + 1 > AGATE_SHELL_MAX_DEPTH)
		return 0;
	rc = fn_args(q, cmd, &vars);
	if (rc)
		return rc;
	q->p->calls++;
	f->active = true;
	rc = parse_seq(q->p, f->body, f->len, q->depth + 1, q->cwd, q->sudo, false, NONE, vars);
	f->active = false;
	/* too deep inside the body: already read inline, nothing is lost */
	if (rc == -E2BIG && q->p->n < q->p->max_cmds)
		rc = 0;
	return rc;
}

/* A function definition's body starts at s[i] (after `name()` or
 * `function name`): a brace group or a subshell. It is remembered for
 * calls; the parse goes on reading it inline as before. */
static int define_function(seq *q, agate_str name, const char *s, size_t len, size_t i)
{
	size_t end;

	while (i < len && (is_blank(s[i]) || s[i] == '\n'))
		i++;
	if (i + 1 < len && s[i] == '{' && (is_blank(s[i + 1]) || s[i + 1] == '\n')) {
		end = brace_group_end(s, len, i + 1);
		return end == NONE ? 0 : fn_define(q->p, name, s + i + 1, end - 1 - (i + 1));
	}
	if (i < len && s[i] == '(') {
		end = scan(s, len, i + 1, C_PAREN, &q->p->deep);
		return fn_define(q->p, name, s + i + 1, body_len(s, i + 1, end, ')'));
	}
	return 0;
}

/* `function name [()]`: the two words are a definition, not a command;
 * *ip moves past an optional `()`. */
static int function_keyword(seq *q, simple *c, const char *s, size_t len, size_t *ip)
{
	size_t j = *ip, k;

	while (j < len && is_blank(s[j]))
		j++;
	if (j < len && s[j] == '(') {
		k = j + 1;
		while (k < len && is_blank(s[k]))
			k++;
		if (k < len && s[k] == ')')
			*ip = j = k + 1;
	}
	c->nw = 0;
	return define_function(q, c->w[1].text, s, len, j);
}

/* c's here-documents join the level's queue; their bodies are consumed
 * at the next newline. */
static void queue_heredocs(seq *q, simple *c)
{
	if (c->hd) {
		*q->hd_tail = c->hd;
		q->hd_tail = c->hd_tail;
		c->hd = NULL;
		c->hd_tail = &c->hd;
	}
}

/* The nested lines, one level deeper, elevated when the command was. */
static int run_nested(seq *q, const nested *x)
{
	bool saved = q->sudo;
	int rc;

	if (!x->n)
		return 0;
	q->sudo = x->elevated;
	rc = run_jobs(q, x->jobs, x->n);
	q->sudo = saved;
	return rc;
}

/* An alias's value with the command's words after it, read one level
 * deeper (an alias used inside its own value is not expanded again). */
static int call_alias(seq *q, fn *al, const agate_shell_cmd *cmd)
{
	agate_str line;
	int rc;

	if (al->active || q->p->calls >= CALLS_MAX || q->depth + 1 > AGATE_SHELL_MAX_DEPTH)
		return 0;
	rc = words_line(q->p, (agate_str){ al->body, al->len }, NULL, cmd->argv, cmd->argc,
			&line);
	if (rc || !line.ptr)
		return rc;
	q->p->calls++;
	al->active = true;
	rc = parse_seq(q->p, line.ptr, line.len, q->depth + 1, q->cwd, q->sudo, false, NONE,
		       q->vars);
	al->active = false;
	return rc;
}

/* Is the program word the value of a name that holds blanks? Only a
 * value resolved from a name is split again, so a rebuilt line (which
 * holds no name) is never split twice. */
static bool split_by_expansion(const agate_shell_cmd *cmd)
{
	for (size_t k = 0; k < cmd->nbindings; k++) {
		agate_str v = cmd->bindings[k].value;
		if (!v.len || v.len > cmd->path.len ||
		    (!memchr(v.ptr, ' ', v.len) && !memchr(v.ptr, '\t', v.len)))
			continue;
		for (size_t j = 0; j + v.len <= cmd->path.len; j++)
			if (!memcmp(cmd->path.ptr + j, v.ptr, v.len))
				return true;
	}
	return false;
}

/* What a command hands on beyond runs_in_turn: an alias's value, the
 * input xargs (among the wrapper words w[i0..i)) gives the command, and
 * a program word that an unquoted expansion made of several words
 * (`c='rm -rf /'; $c`), which the shell splits into a command. */
static int hand_on(seq *q, const simple *c, const word *w, size_t i0, size_t i, size_t nw,
		   const agate_shell_cmd *cmd, size_t feeder, nested *x)
{
	fn *al;
	agate_str line;
	int rc;

	if (i >= nw || !cmd->path.len)
		return 0; /* redirections only */
	if (!w[i].quoted && (al = alias_find(q->p, cmd->path)) != NULL)
		return call_alias(q, al, cmd);
	if ((rc = xargs_jobs(q->p, w, i0, i, cmd, feeder,
			      c->has_herestring ? c->herestring : (agate_str){ NULL, 0 }, x)) != 0)
		return rc;
	if (!w[i].quoted && split_by_expansion(cmd)) {
		if ((rc = words_line(q->p, cmd->path, NULL, cmd->argv, cmd->argc, &line)) != 0 ||
		    !line.ptr)
			return rc;
		return push_job(q->p, x, (job){ line, NULL, 0, NULL });
	}
	return 0;
}

/* Turn the collected words into commands; c's redirections belong to
 * the outer command. The word list w may be c->w or a find -exec list. */
static int finish_words(seq *q, simple *c, const word *w, size_t nw, enum sep kind)
{
	nested x;
	agate_shell_cmd cmd;
	fn *f;
	size_t i, i0, idx = NONE;
	size_t feeder = q->piped_from ? q->prev_head : NONE; /* before emit moves it */
	int rc;

	memset(&x, 0, sizeof(x));
	x.elevated = q->sudo;
	rc = skip_leading(q, w, nw, &i);
	i0 = i;
	if (!rc)
		rc = unwrap(q->p, w, &i, nw, &x);
	if (rc)
		return rc;
	if (i >= nw && c->nredir == 0 && !c->redirect_in.ptr) {
		/* nothing runs here; inner lines may still */
		queue_heredocs(q, c);
		return x.n ? run_jobs(q, x.jobs, x.n) : 0;
	}
	rc = build_cmd(q, c, w, i, nw, x.elevated, &cmd);
	if (rc)
		return rc;
	rc = emit(q, &cmd, kind, &idx);
	if (rc)
		return rc;
	if (kind == SEP_PIPE)
		q->prev_head = idx;
	/* `echo 'rm -rf /' > x.sh` writes a script a later `sh x.sh` runs */
	if ((str_is(cmd.program, "echo") || str_is(cmd.program, "printf")) &&
	    (rc = script_written(q->p, idx)) != 0)
		return rc;
	/* a call of a function defined in the line reads its body again;
	 * anything else may run command lines in turn */
	f = fn_find(q->p, cmd.path);
	if (f)
		rc = call_function(q, f, &cmd);
	else
		rc = runs_in_turn(q, c, w, i, &cmd, &x);
	if (!rc)
		rc = piped_script(q->p, feeder, &x);
	if (!rc && !f)
		rc = hand_on(q, c, w, i0, i, nw, &cmd, feeder, &x);
	if (rc)
		return rc;
	/* here-documents of this command are parsed when fed to a shell, and
	 * so is that of a `cat <<EOF` piping into it */
	for (heredoc *h = c->hd; h; h = h->next)
		h->parse = x.reads_stdin;
	if (x.reads_stdin && feeder != NONE && q->piped_hd)
		q->piped_hd->parse = true;
	q->piped_hd = kind == SEP_PIPE && str_is(cmd.program, "cat") && !cmd.argc ? c->hd : NULL;
	queue_heredocs(q, c);
	return run_nested(q, &x);
}

static int run_jobs(seq *q, const job *jobs, size_t njobs)
{
	int rc;

	for (size_t k = 0; k < njobs; k++) {
		if (jobs[k].w) {
			/* find -exec: a ready word list, one level deeper */
			seq sub = *q;
			simple empty;
			if (q->depth + 1 > AGATE_SHELL_MAX_DEPTH)
				return -E2BIG;
			if ((rc = spend(q->p, jobs[k].nw + 1)) != 0)
				return rc;
			memset(&empty, 0, sizeof(empty));
			empty.hd_tail = &empty.hd;
			empty.in_tail = &empty.in;
			sub.depth = q->depth + 1;
			sub.piped_from = false;
			sub.prev_head = NONE;
			sub.hd = NULL;
			sub.hd_tail = &sub.hd;
			rc = finish_words(&sub, &empty, jobs[k].w, jobs[k].nw, SEP_END);
		} else {
			rc = parse_seq(q->p, jobs[k].text.ptr, jobs[k].text.len, q->depth + 1,
				       q->cwd, q->sudo, false, NONE,
				       jobs[k].vars ? jobs[k].vars : q->vars);
		}
		if (rc)
			return rc;
	}
	return 0;
}

static void simple_reset(simple *c)
{
	memset(c, 0, sizeof(*c));
	c->hd_tail = &c->hd;
	c->in_tail = &c->in;
	c->subshell_last = NONE;
}

/* End of a pipeline element or list element: emit what was collected,
 * then parse the command lines nested in its words. */
static int end_unit(seq *q, simple *c, enum sep kind)
{
	inner *in;
	int rc = 0;

	if (c->nw)
		q->in_pattern = false; /* a command came, not a pattern */
	if (c->nw || c->nredir || c->redirect_in.ptr || c->hd) {
		rc = finish_words(q, c, c->w, c->nw, kind);
		if (rc)
			return rc;
	} else if (c->subshell_last != NONE) {
		if (kind == SEP_PIPE) {
			q->p->cmds[c->subshell_last].piped_to = true;
			q->prev_head = c->subshell_last;
		}
	}
	for (in = c->in; in; in = in->next) {
		rc = parse_seq(q->p, in->s, in->len, q->depth + 1, q->cwd, q->sudo, false,
			       NONE, q->vars);
		if (rc)
			return rc;
	}
	if (kind == SEP_PIPE) {
		q->piped_from = true;
	} else {
		q->piped_from = false;
		q->prev_head = NONE;
	}
	simple_reset(c);
	return 0;
}

/* An unquoted here-document's body is expanded before its reader gets
 * it: `cat <<EOF` with $(cmd) in the body runs cmd. */
static int body_substitutions(seq *q, const char *s, size_t b, size_t e)
{
	simple tmp;
	int rc;

	simple_reset(&tmp);
	rc = substitutions(q->p, &tmp, s, b, e);
	for (inner *in = tmp.in; !rc && in; in = in->next)
		rc = parse_seq(q->p, in->s, in->len, q->depth + 1, q->cwd, q->sudo, false,
			       NONE, q->vars);
	return rc;
}

/* Consume the bodies of pending here-documents; *ip is just past the
 * newline that ended their command line. */
static int heredocs(seq *q, const char *s, size_t len, size_t *ip)
{
	size_t i = *ip;

	for (heredoc *h = q->hd; h; h = h->next) {
		size_t start = i, end = len;
		int rc = 0;
		while (i < len) {
			size_t ls = i, le, t;
			while (i < len && s[i] != '\n')
				i++;
			le = i;
			if (i < len)
				i++;
			t = ls;
			if (h->strip_tabs)
				while (t < le && s[t] == '\t')
					t++;
			if (le - t == h->delim.len && memcmp(s + t, h->delim.ptr, h->delim.len) == 0) {
				end = ls;
				break;
			}
		}
		if (h->parse && end > start)
			rc = parse_seq(q->p, s + start, end - start, q->depth + 1, q->cwd,
				       q->sudo, false, NONE, q->vars);
		else if (h->expand && end > start)
			rc = body_substitutions(q, s, start, end);
		if (rc)
			return rc;
	}
	q->hd = NULL;
	q->hd_tail = &q->hd;
	*ip = i;
	return 0;
}

static int push_redirect(parser *p, simple *c, agate_str target)
{
	int rc = grow(p->a, (void **)&c->redir, &c->capredir, c->nredir, sizeof(*c->redir));
	if (rc)
		return rc;
	c->redir[c->nredir++] = target;
	return 0;
}

/* A redirection operator starts at s[*ip] (after any fd digits). */
static int redirect(seq *q, simple *c, const char *s, size_t len, size_t *ip)
{
	enum { R_OUT, R_DUP_OUT, R_IN, R_DUP_IN, R_RW, R_HEREDOC, R_HERESTR } kind;
	size_t i = *ip, e;
	bool append = false, strip = false;
	word w;
	char *norm;
	int rc;

	if (s[i] == '&') { /* &> and &>> */
		i += 2;
		if (i < len && s[i] == '>') {
			append = true;
			i++;
		}
		kind = R_OUT;
	} else if (s[i] == '>') {
		i++;
		kind = R_OUT;
		if (i < len && s[i] == '>') {
			append = true;
			i++;
		} else if (i < len && s[i] == '|') {
			i++;
		} else if (i < len && s[i] == '&') {
			kind = R_DUP_OUT;
			i++;
		}
	} else {
		i++;
		kind = R_IN;
		if (i < len && s[i] == '<') {
			i++;
			kind = R_HEREDOC;
			if (i < len && s[i] == '<') {
				i++;
				kind = R_HERESTR;
			} else if (i < len && s[i] == '-') {
				strip = true;
				i++;
			}
		} else if (i < len && s[i] == '>') {
			kind = R_RW;
			i++;
		} else if (i < len && s[i] == '&') {
			kind = R_DUP_IN;
			i++;
		}
	}
	while (i < len && is_blank(s[i]))
		i++;
	e = scan(s, len, i, C_WORD, &q->p->deep);
	*ip = e;
	if (e == i)
		return 0; /* no target: a syntax error the shell would refuse */
	rc = decode(q, c, s, i, e, &w);
	if (rc)
		return rc;

	if (kind == R_DUP_OUT || kind == R_DUP_IN) {
		/* N>&M and >&- duplicate descriptors; >&word names a file */
		size_t k = 0;
		while (k < w.text.len && is_digit(w.text.ptr[k]))
			k++;
		if (k == w.text.len || (k + 1 == w.text.len && w.text.ptr[k] == '-') ||
		    kind == R_DUP_IN)
			return 0;
		kind = R_OUT;
	}
	if (kind == R_HEREDOC) {
		heredoc *h = agate_arena_alloc(q->p->a, sizeof(*h));
		if (!h)
			return -ENOMEM;
		h->delim = w.text;
		h->strip_tabs = strip;
		h->parse = false;
		h->expand = !w.quoted;
		h->next = NULL;
		*c->hd_tail = h;
		c->hd_tail = &h->next;
		return 0;
	}
	if (kind == R_HERESTR) {
		c->herestring = w.text;
		c->has_herestring = true;
		return 0;
	}
	norm = agate_path_normalize(q->p->a, w.text.ptr, w.text.len, q->cwd);
	if (!norm)
		return -ENOMEM;
	{
		agate_str t = { norm, strlen(norm) };
		if (kind == R_IN || kind == R_RW)
			c->redirect_in = t;
		if (kind == R_OUT || kind == R_RW) {
			rc = push_redirect(q->p, c, t);
			if (rc)
				return rc;
			/* "2>/dev/null" after "> /etc/x" must not hide the file */
			if (!c->redirect_out.ptr || !str_is(t, "/dev/null")) {
				c->redirect_out = t;
				c->append = append;
			}
		}
	}
	return 0;
}

/* At s[*i] == '(': an array's elements (a=(...)), a function definition
 * (name() ...), arithmetic for ((...)) or a subshell; *i moves past what
 * it read. */
static int open_paren(seq *q, simple *c, const char *s, size_t len, size_t *i)
{
	size_t at = *i, e, k = at + 1;
	int rc = 0;

	e = scan(s, len, at + 1, C_PAREN, &q->p->deep);
	while (k < len && is_blank(s[k]))
		k++;
	if (c->nw > 0 && c->w[c->nw - 1].assign && at > 0 && s[at - 1] == '=' &&
	    c->w[c->nw - 1].text.len && c->w[c->nw - 1].text.ptr[c->w[c->nw - 1].text.len - 1] == '=') {
		rc = array_assign(q, c, s, len, i);
	} else if (c->nw > 0 && k < len && s[k] == ')') {
		/* name() { ...; }: a function definition; its body
		 * follows as ordinary words */
		rc = define_function(q, c->w[c->nw - 1].text, s, len, k + 1);
		c->nw = 0;
		*i = k + 1;
	} else if (c->nw > 0 && !c->w[c->nw - 1].quoted &&
		   str_is(c->w[c->nw - 1].text, "for") && at + 1 < len && s[at + 1] == '(') {
		/* for ((i = 0; ...)): arithmetic in bash, a syntax
		 * error in POSIX sh; only its substitutions run */
		rc = substitutions(q->p, c, s, at + 2, at + 1 + body_len(s, at + 1, e, ')'));
		*i = e;
	} else {
		/* a subshell. ((x)) is one too: bash reads it as
		 * arithmetic when x closes right before the last
		 * ')' (((x) ) never is), while POSIX sh (dash)
		 * always runs ((rm -rf /)) as two nested subshells.
		 * Strictly, the body is parsed as commands either
		 * way: nothing a shell may run is missed; an
		 * arithmetic body ((i++)) yields words that run
		 * nothing a rule looks for. */
		size_t before = q->p->n;
		if (c->nw > 0)
			rc = end_unit(q, c, SEP_SEQ);
		if (!rc)
			rc = parse_seq(q->p, s + at + 1, body_len(s, at + 1, e, ')'),
				       q->depth + 1, q->cwd, q->sudo, q->piped_from,
				       q->prev_head, q->vars);
		if (!rc && q->p->n > before)
			c->subshell_last = q->p->n - 1;
		*i = e;
	}
	return rc;
}

static int parse_seq(parser *p, const char *s, size_t len, unsigned depth,
		     const char *cwd, bool sudo, bool piped_from, size_t prev_head,
		     var *vars)
{
	seq q;
	simple c;
	size_t i = 0;
	int rc = 0;

	if (depth > AGATE_SHELL_MAX_DEPTH)
		return -E2BIG;
	/* every level reads its text once more: charged by the byte */
	if ((rc = spend(p, len + 1)) != 0)
		return rc;
	memset(&q, 0, sizeof(q));
	q.p = p;
	q.depth = depth;
	q.cwd = cwd;
	q.sudo = sudo;
	q.piped_from = piped_from;
	q.prev_head = prev_head;
	q.hd_tail = &q.hd;
	q.vars = vars;
	simple_reset(&c);

	while (i < len) {
		char ch = s[i];

		if (is_blank(ch)) {
			i++;
		} else if (ch == '\\' && i + 1 < len && s[i + 1] == '\n') {
			i += 2;
		} else if (ch == '#') {
			while (i < len && s[i] != '\n')
				i++;
		} else if (ch == '\n') {
			i++;
			rc = end_unit(&q, &c, SEP_SEQ);
			if (!rc && q.hd)
				rc = heredocs(&q, s, len, &i);
		} else if (ch == ';') {
			bool branch_end = i + 1 < len && (s[i + 1] == ';' || s[i + 1] == '&');
			i++;
			while (i < len && (s[i] == ';' || s[i] == '&'))
				i++; /* ;; ;& ;;& end case branches */
			rc = end_unit(&q, &c, SEP_SEQ);
			q.in_pattern = branch_end;
		} else if (ch == '&') {
			if (i + 1 < len && s[i + 1] == '&') {
				i += 2;
				rc = end_unit(&q, &c, SEP_AND);
			} else if (i + 1 < len && s[i + 1] == '>') {
				rc = redirect(&q, &c, s, len, &i);
			} else {
				i++;
				rc = end_unit(&q, &c, SEP_BG);
			}
		} else if (ch == '|') {
			if (i + 1 < len && s[i + 1] == '|') {
				i += 2;
				rc = end_unit(&q, &c, SEP_OR);
			} else {
				i += (i + 1 < len && s[i + 1] == '&') ? 2 : 1;
				rc = end_unit(&q, &c, SEP_PIPE);
			}
		} else if (ch == '(') {
			rc = open_paren(&q, &c, s, len, &i);
		} else if (ch == ')') {
			i++;
			if (q.in_pattern && c.nw) {
				/* `*.gz)` after ;; is the next branch's pattern, not a
				 * command; substitutions in it still run */
				c.nw = 0;
				q.in_pattern = false;
			}
			rc = end_unit(&q, &c, SEP_SEQ);
		} else if ((ch == '<' || ch == '>') && !(i + 1 < len && s[i + 1] == '(')) {
			rc = redirect(&q, &c, s, len, &i);
		} else {
			size_t e, k = i;

			while (k < len && is_digit(s[k]))
				k++;
			if (k > i && k < len && (s[k] == '<' || s[k] == '>') &&
			    !(k + 1 < len && s[k + 1] == '(')) {
				i = k; /* N> and N< name a descriptor */
				rc = redirect(&q, &c, s, len, &i);
				if (rc)
					break;
				continue;
			}
			e = scan(s, len, i, c.nw ? C_ARG : C_WORD, &p->deep);
			if (e == i) {
				i++; /* cannot happen for a non-meta byte; keeps progress */
				continue;
			}
			rc = expand_word(&q, &c, s, i, e);
			i = e;
			if (!rc && c.nw == 2 && !c.w[0].quoted && str_is(c.w[0].text, "function"))
				rc = function_keyword(&q, &c, s, len, &i);
		}
		if (!rc && p->deep)
			rc = -E2BIG; /* a construct nested past scan()'s stack */
		if (rc)
			return rc;
	}
	rc = end_unit(&q, &c, SEP_END);
	if (!rc && q.hd) {
		size_t end = len;
		rc = heredocs(&q, s, len, &end); /* bodies cut off: nothing left */
	}
	return rc;
}

/* A plain line: one simple command whose words hold only letters,
 * digits and . _ / : , + = @ % - (no quoting, expansion, globbing,
 * redirection or separator), running a program that none of the tables
 * above treats specially. The full parser would return exactly one
 * command of those words; it is built here directly, which costs a
 * fraction (most agent commands are like this: ls -la, git status).
 * Returns 1 when the line is not plain (parse it fully). */
static int parse_plain(const char *line, size_t len, agate_arena *a, size_t max_cmds,
		       const agate_shell_cmd **cmds, size_t *n)
{
	enum { PLAIN_MAX_LEN = 512, PLAIN_MAX_WORDS = 64 };
	agate_str w[PLAIN_MAX_WORDS];
	size_t nw = 0, i = 0;

	if (!len || len > PLAIN_MAX_LEN || max_cmds == 0)
		return 1;
	while (i < len) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len)
			break;
		size_t st = i;
		for (; i < len && line[i] != ' ' && line[i] != '\t'; i++) {
			unsigned char ch = (unsigned char)line[i];
			if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
				continue;
			if (ch >= '0' && ch <= '9')
				continue;
			switch (ch) {
			case '.': case '_': case '/': case ':': case ',': case '+':
			case '=': case '@': case '%': case '-':
				continue;
			default:
				return 1;
			}
		}
		if (nw == PLAIN_MAX_WORDS)
			return 1;
		w[nw++] = (agate_str){ line + st, i - st };
	}
	if (!nw || memchr(w[0].ptr, '=', w[0].len))
		return 1; /* nothing, or an assignment */
	agate_str prog = basename_of(w[0]);
	static const char *const special[] = { "eval", "watch", "su", "runuser", "find",
		"cd", "pushd", "trap", NULL };
	const char *const *const tables[] = { reserved_prefix, reserved_skip, decl_words,
		shells, special };
	/* no keyword holds a '/', so the word itself is one only when it is
	 * its own base name */
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		if (in_set(prog, tables[t]))
			return 1;
	if (find_wrapper(prog) || hands_on_lines(prog))
		return 1;
	if (prog.len != w[0].len)
		for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
			if (in_set(w[0], tables[t]))
				return 1;

	agate_shell_cmd *cmd = agate_arena_zalloc(a, sizeof(*cmd));
	if (!cmd)
		return -ENOMEM;
	cmd->path = w[0];
	cmd->program = prog;
	cmd->argc = nw - 1;
	if (cmd->argc) {
		agate_str *argv = agate_arena_alloc(a, cmd->argc * sizeof(*argv));
		if (!argv)
			return -ENOMEM;
		memcpy(argv, w + 1, cmd->argc * sizeof(*argv));
		cmd->argv = argv;
	}
	*cmds = cmd;
	*n = 1;
	return 0;
}

int agate_shell_parse(const char *line, size_t len, agate_arena *arena,
		      size_t max_cmds, const agate_shell_cmd **cmds, size_t *n)
{
	parser p;
	int rc;

	if (!arena || !cmds || !n || (!line && len))
		return -EINVAL;
	if (len > AGATE_SHELL_MAX_LINE)
		return -E2BIG;
#ifndef AGATE_SHELL_NO_PLAIN
	rc = parse_plain(line, len, arena, max_cmds, cmds, n);
	if (rc != 1)
		return rc;
#endif
	memset(&p, 0, sizeof(p));
	p.a = arena;
	p.max_cmds = max_cmds;
	p.budget = EXPAND_BUDGET;
	p.steps = AGATE_SHELL_MAX_STEPS;
	rc = parse_seq(&p, line ? line : "", len, 0, NULL, false, false, NONE, NULL);
	if (!rc && p.deep)
		rc = -E2BIG;
	if (rc)
		return rc;
	*cmds = p.cmds;
	*n = p.n;
	return 0;
}

bool agate_shell_has_flag(const agate_shell_cmd *cmd, char short_flag,
			  const char *long_flag)
{
	size_t ll = long_flag ? strlen(long_flag) : 0;

	if (!cmd)
		return false;
	for (size_t i = 0; i < cmd->argc; i++) {
		agate_str t = cmd->argv[i];
		if (str_is(t, "--"))
			break;
		if (t.len < 2 || t.ptr[0] != '-')
			continue;
		if (t.ptr[1] == '-') {
			if (ll && t.len >= ll + 2 && memcmp(t.ptr + 2, long_flag, ll) == 0 &&
			    (t.len == ll + 2 || t.ptr[ll + 2] == '='))
				return true;
			continue;
		}
		if (short_flag && memchr(t.ptr + 1, short_flag, t.len - 1))
			return true;
	}
	return false;
}

bool agate_shell_is_operand(const agate_shell_cmd *cmd, size_t i)
{
	if (!cmd || i >= cmd->argc)
		return false;
	for (size_t k = 0; k < i; k++)
		if (str_is(cmd->argv[k], "--"))
			return true;
	if (str_is(cmd->argv[i], "--"))
		return false;
	return !(cmd->argv[i].len >= 2 && cmd->argv[i].ptr[0] == '-');
}

