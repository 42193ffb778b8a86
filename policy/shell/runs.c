/* runs.c - what a command runs in turn (see shell_int.h): the command
 * lines a program hands on to a shell - a -c string, a here-string, what
 * eval, watch, su -c, find -exec and trap run, what echo or printf write
 * into a shell reading its stdin - and the directory cd moves to. Each
 * is a job that parse.c parses one level deeper.
 */
#include <ctype.h>
#include <errno.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/shell/shell_int.h"

int push_job(parser *p, nested *x, job j)
{
	int rc = spend(p, 1);
	if (!rc)
		rc = grow(p->a, (void **)&x->jobs, &x->cap, x->n, sizeof(*x->jobs));
	if (rc)
		return rc;
	x->jobs[x->n++] = j;
	return 0;
}

/* Script files that are the shell's own stdin: `bash /dev/stdin <<< x`
 * runs x as surely as `bash <<< x`. */
static const char *const stdin_paths[] = { "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0",
	NULL };

/* Shell options: is there a -c string, and does the shell read its
 * script from stdin? */
static void shell_script(const word *w, size_t nw, agate_str *cstr, bool *cmode,
			 bool *reads_stdin, size_t *at)
{
	size_t i = 0;
	bool smode = false;

	*cmode = false;
	while (i < nw) {
		agate_str t = w[i].text;
		if (str_is(t, "--") || str_is(t, "-")) {
			i++;
			break;
		}
		if (t.len < 2 || (t.ptr[0] != '-' && t.ptr[0] != '+'))
			break;
		if (t.ptr[0] == '-' && t.ptr[1] == '-') {
			if (str_is(t, "--rcfile") || str_is(t, "--init-file"))
				i++;
			else if (str_is(t, "--command"))
				*cmode = true;
			i++;
			continue;
		}
		for (size_t k = 1; k < t.len; k++) {
			if (t.ptr[k] == 'c')
				*cmode = true;
			else if (t.ptr[k] == 's')
				smode = true;
			else if (t.ptr[k] == 'o' || t.ptr[k] == 'O')
				i++; /* option name follows */
		}
		i++;
	}
	*cstr = (agate_str){ NULL, 0 };
	*at = i;
	if (*cmode && i < nw)
		*cstr = w[i].text;
	*reads_stdin = !*cmode && (smode || i >= nw || in_set(w[i].text, stdin_paths));
}

/* A script named by args[0] whose text the line fixes: <(echo ...) of
 * constants, or a file the line wrote with echo or printf. */
static int script_of_words(seq *q, const word *args, size_t argc, nested *x)
{
	agate_str t = argc ? args[0].text : (agate_str){ NULL, 0 }, out;
	const fn *f;
	int rc = 0;

	if (t.len > 3 && t.ptr[0] == '<' && t.ptr[1] == '(' && t.ptr[t.len - 1] == ')') {
		if (var_const_output(q, t.ptr + 2, t.len - 3, true, &out, &rc))
			rc = push_job(q->p, x, (job){ out, NULL, 0, NULL });
		return rc;
	}
	if ((rc = script_find(q->p, t, q->cwd, &f)) != 0 || !f)
		return rc;
	return push_job(q->p, x, (job){ { f->body, f->len }, NULL, 0, NULL });
}

/* read [-r] NAME... <<< TEXT binds the names to the text's words (the
 * last takes the rest); printf -v NAME FORMAT ARGS binds NAME to what
 * printf would write. */
static int read_vars(seq *q, const simple *c, const agate_shell_cmd *cmd)
{
	size_t k = 0;
	agate_str t;
	int rc = 0;

	if (str_is(cmd->program, "printf")) {
		size_t total = 0;
		char *out;
		if (cmd->argc < 3 || !str_is(cmd->argv[0], "-v"))
			return 0;
		for (size_t m = 2; m < cmd->argc; m++)
			total += cmd->argv[m].len;
		total += (cmd->argc - 2) * cmd->argv[2].len;
		if (total > q->p->budget)
			return 0;
		q->p->budget -= total;
		out = agate_arena_alloc(q->p->a, total + 1);
		if (!out)
			return -ENOMEM;
		t = (agate_str){ out, printf_text(cmd->argv + 2, cmd->argc - 2, out) };
		return var_bind(q, cmd->argv[1], t, true);
	}
	if (!c->has_herestring)
		return 0;
	while (k < cmd->argc && cmd->argv[k].len > 1 && cmd->argv[k].ptr[0] == '-') {
		agate_str o = cmd->argv[k++];
		if (strchr("adinNptu", o.ptr[o.len - 1]) && !str_is(o, "-r") && !str_is(o, "-s") &&
		    !str_is(o, "-e"))
			k++; /* an option with a value */
	}
	t = c->herestring;
	for (; k < cmd->argc && !rc; k++) {
		size_t b = 0, e = 0;
		while (b < t.len && strchr(" \t\n", t.ptr[b]))
			b++;
		t = (agate_str){ t.ptr + b, t.len - b };
		if (k + 1 < cmd->argc)
			while (e < t.len && !strchr(" \t\n", t.ptr[e]))
				e++;
		else
			for (e = t.len; e > 0 && strchr(" \t\n", t.ptr[e - 1]); e--)
				;
		rc = var_bind(q, cmd->argv[k], (agate_str){ t.ptr, e }, true);
		t = (agate_str){ t.ptr + e, t.len - e };
	}
	return rc;
}

/* sh -c STRING [ZERO ARGS...]: the words after the string are $0, $1
 * ... inside it. A shell without -c runs a here-string as its script,
 * or a script `<(echo ...)` whose command only prints constants. */
static int shell_jobs(seq *q, const simple *c, const word *args, size_t argc, nested *x)
{
	parser *p = q->p;
	agate_str cstr;
	bool cmode;
	size_t at;
	int rc = 0;

	shell_script(args, argc, &cstr, &cmode, &x->reads_stdin, &at);
	if (cstr.ptr) {
		var *vars = NULL;
		size_t nargs = argc > at + 2 ? argc - at - 2 : 0;
		agate_str *av = NULL;
		if (argc > at + 1) {
			av = agate_arena_alloc(p->a, (nargs + 1) * sizeof(*av));
			if (!av)
				return -ENOMEM;
			for (size_t k = 0; k <= nargs; k++)
				av[k] = args[at + 1 + k].text;
			rc = positional_bind(q, av + 1, nargs, av, &vars);
		}
		if (!rc)
			rc = push_job(p, x, (job){ cstr, NULL, 0, vars });
	} else if (!cmode && at < argc) {
		rc = script_of_words(q, args + at, argc - at, x);
	}
	if (!rc && x->reads_stdin && c->has_herestring)
		rc = push_job(p, x, (job){ c->herestring, NULL, 0, NULL });
	return rc;
}

/* alias NAME=VALUE ...: later commands named NAME run VALUE (parse.c) */
static int alias_defs(parser *p, const agate_shell_cmd *cmd)
{
	int rc = 0;

	for (size_t k = 0; k < cmd->argc && !rc; k++) {
		const char *eq = memchr(cmd->argv[k].ptr, '=', cmd->argv[k].len);
		if (eq && eq > cmd->argv[k].ptr)
			rc = alias_define(p, (agate_str){ cmd->argv[k].ptr, (size_t)(eq - cmd->argv[k].ptr) },
					  eq + 1, cmd->argv[k].len - (size_t)(eq + 1 - cmd->argv[k].ptr));
	}
	return rc;
}

/* set -- ARGS / set ARGS (not options): the level's $1, $2 ... */
static int set_positional(seq *q, const agate_shell_cmd *cmd)
{
	size_t k = 0;

	if (k < cmd->argc && str_is(cmd->argv[k], "--"))
		k++;
	else if (!cmd->argc || cmd->argv[0].ptr[0] == '-' || cmd->argv[0].ptr[0] == '+')
		return 0;
	return positional_bind(q, cmd->argv + k, cmd->argc - k, NULL, &q->vars);
}

/* eval and watch both hand their arguments, joined by spaces, to a
 * shell. */
static int eval_job(parser *p, const agate_shell_cmd *cmd, nested *x)
{
	size_t k = 0, total = 0, o = 0;
	char *line;

	if (str_is(cmd->program, "watch")) {
		while (k < cmd->argc && cmd->argv[k].len > 1 && cmd->argv[k].ptr[0] == '-') {
			if (str_is(cmd->argv[k], "-n") || str_is(cmd->argv[k], "--interval"))
				k++;
			k++;
		}
	}
	for (size_t m = k; m < cmd->argc; m++)
		total += cmd->argv[m].len + 1;
	if (total) {
		line = agate_arena_alloc(p->a, total);
		if (!line)
			return -ENOMEM;
		for (size_t m = k; m < cmd->argc; m++) {
			memcpy(line + o, cmd->argv[m].ptr, cmd->argv[m].len);
			o += cmd->argv[m].len;
			line[o++] = ' ';
		}
		line[o - 1] = '\0';
		return push_job(p, x, (job){ { line, o - 1 }, NULL, 0, NULL });
	}
	return 0;
}

/* su -c / runuser --command=: what su runs, runs as another user. */
static int su_job(parser *p, const agate_shell_cmd *cmd, nested *x)
{
	x->elevated = true;
	for (size_t k = 0; k < cmd->argc; k++) {
		agate_str t = cmd->argv[k];
		if ((str_is(t, "-c") || str_is(t, "--command")) && k + 1 < cmd->argc)
			return push_job(p, x, (job){ cmd->argv[k + 1], NULL, 0, NULL });
		if (t.len > 10 && memcmp(t.ptr, "--command=", 10) == 0)
			return push_job(p, x, (job){ { t.ptr + 10, t.len - 10 }, NULL, 0, NULL });
	}
	return 0;
}

static int replaced_words(parser *p, const agate_shell_cmd *cmd, agate_str repl,
			  agate_str l, agate_str **out);

/* find's options that select nothing: with only these before an -exec,
 * every path find walks (its starting points first) reaches {}. */
static const char *const find_global[] = { "-depth", "-xdev", "-mount", "-follow",
	"-noleaf", "-ignore_readdir_race", "-daystart", "-L", "-H", "-P", NULL };

/* What {} stands for in the -exec at aw[k] when nothing before it
 * filters: each starting point (find's default is "."), or with
 * -mindepth 1 or more what is under it (DIR/ and a star). *n = 0 otherwise. */
static int find_paths(parser *p, const word *aw, size_t k, agate_str *paths, size_t *n)
{
	size_t i = 0, nstart = 0;
	bool below = false;

	*n = 0;
	while (i < k && aw[i].text.len && aw[i].text.ptr[0] == '-' && in_set(aw[i].text, find_global))
		i++;
	for (; i < k && !(aw[i].text.len && strchr("-(!", aw[i].text.ptr[0])); i++)
		if (nstart < 16)
			paths[nstart++] = aw[i].text;
	for (; i < k; i++) {
		if ((str_is(aw[i].text, "-maxdepth") || str_is(aw[i].text, "-mindepth")) && i + 1 < k) {
			below |= aw[i].text.ptr[2] == 'i' && !str_is(aw[i + 1].text, "0");
			i++;
		} else if (!in_set(aw[i].text, find_global)) {
			return 0; /* a test: which paths pass is not known */
		}
	}
	if (!nstart)
		paths[nstart++] = (agate_str){ ".", 1 };
	for (size_t m = 0; m < nstart; m++) {
		if (memchr(paths[m].ptr, '$', paths[m].len) || memchr(paths[m].ptr, '`', paths[m].len))
			return 0;
		if (below) {
			char *t = agate_arena_alloc(p->a, paths[m].len + 3);
			if (!t)
				return -ENOMEM;
			memcpy(t, paths[m].ptr, paths[m].len);
			memcpy(t + paths[m].len, "/*", 3);
			paths[m] = (agate_str){ t, paths[m].len + 2 };
		}
	}
	*n = nstart;
	return 0;
}

/* The -exec words aw[b..e) with every {} in them replaced by path. */
static int find_exec_words(parser *p, const word *aw, size_t b, size_t e, agate_str path,
			   word **out)
{
	word *nw = agate_arena_alloc(p->a, (e - b) * sizeof(*nw));
	agate_str repl = { "{}", 2 }, *av;
	agate_shell_cmd tmp;
	int rc;

	if (!nw)
		return -ENOMEM;
	memset(&tmp, 0, sizeof(tmp));
	av = agate_arena_alloc(p->a, (e - b) * sizeof(*av));
	if (!av)
		return -ENOMEM;
	for (size_t k = b; k < e; k++)
		av[k - b] = aw[k].text;
	tmp.argv = av;
	tmp.argc = e - b;
	if ((rc = replaced_words(p, &tmp, repl, path, &av)) != 0 || !av) {
		*out = NULL;
		return rc;
	}
	for (size_t k = b; k < e; k++) {
		nw[k - b] = aw[k];
		nw[k - b].text = av[k - b];
	}
	*out = nw;
	return 0;
}

/* find -exec/-execdir/-ok/-okdir CMD ... ; (or +): ready word lists,
 * with {} as written, and once per starting point in its place when no
 * test stands before the -exec (find / -exec rm -rf {} + is rm -rf /). */
static int find_jobs(parser *p, const word *aw, size_t argc, nested *x)
{
	for (size_t k = 0; k < argc; k++) {
		agate_str t = aw[k].text, paths[16];
		size_t npaths;
		if (str_is(t, "-exec") || str_is(t, "-execdir") || str_is(t, "-ok") ||
		    str_is(t, "-okdir")) {
			size_t m = k + 1;
			int rc;
			while (m < argc && !str_is(aw[m].text, ";") && !str_is(aw[m].text, "+"))
				m++;
			if (m > k + 1 &&
			    (rc = push_job(p, x, (job){ { NULL, 0 }, aw + k + 1, m - k - 1, NULL })) != 0)
				return rc;
			if ((rc = find_paths(p, aw, k, paths, &npaths)) != 0)
				return rc;
			for (size_t n = 0; n < npaths && m > k + 1 && (t.len == 5 || t.len == 3); n++) {
				word *ew;
				if ((rc = find_exec_words(p, aw, k + 1, m, paths[n], &ew)) != 0)
					return rc;
				if (ew && (rc = push_job(p, x, (job){ { NULL, 0 }, ew, m - k - 1, NULL })) != 0)
					return rc;
			}
			k = m;
		}
	}
	return 0;
}

static bool runuser_uses_u(const agate_shell_cmd *cmd)
{
	for (size_t k = 0; k < cmd->argc && !str_is(cmd->argv[k], "--"); k++)
		if (str_is(cmd->argv[k], "-u") || str_is(cmd->argv[k], "--user"))
			return true;
	return false;
}

/* runuser -u USER [--] CMD ARGS...: the words after the options run as
 * USER (the su form, runuser USER -c CMD, is su_job's). */
static int runuser_job(parser *p, const word *aw, size_t argc, nested *x)
{
	size_t k = 0;
	bool user = false;

	while (k < argc && aw[k].text.len > 1 && aw[k].text.ptr[0] == '-') {
		agate_str t = aw[k].text;
		if (str_is(t, "--")) {
			k++;
			break;
		}
		if (str_is(t, "-u") || str_is(t, "--user"))
			user = true;
		if (str_is(t, "-u") || str_is(t, "-g") || str_is(t, "-G") || str_is(t, "-w") ||
		    str_is(t, "-s") || str_is(t, "--user") || str_is(t, "--group") ||
		    str_is(t, "--shell") || str_is(t, "--whitelist-environment") ||
		    str_is(t, "--supp-group"))
			k++;
		k++;
	}
	if (!user || k >= argc)
		return 0;
	x->elevated = true;
	return push_job(p, x, (job){ { NULL, 0 }, aw + k, argc - k, NULL });
}

/* The words w[0..n) joined by spaces: a command line that a program
 * hands to a shell as one string (ssh, sg, tmux). Charged to the
 * budget; {NULL, 0} past it. */
static int joined_line(parser *p, const agate_str *w, size_t n, agate_str *out)
{
	size_t total = 0, o = 0;
	char *line;

	*out = (agate_str){ NULL, 0 };
	for (size_t k = 0; k < n; k++)
		total += w[k].len + 1;
	if (!total || total > p->budget)
		return 0;
	p->budget -= total;
	line = agate_arena_alloc(p->a, total);
	if (!line)
		return -ENOMEM;
	for (size_t k = 0; k < n; k++) {
		memcpy(line + o, w[k].ptr, w[k].len);
		o += w[k].len;
		line[o++] = ' ';
	}
	line[--o] = '\0';
	*out = (agate_str){ line, o };
	return 0;
}

static int push_line(parser *p, nested *x, const agate_str *w, size_t n)
{
	agate_str line;
	int rc = joined_line(p, w, n, &line);

	return rc || !line.ptr ? rc : push_job(p, x, (job){ line, NULL, 0, NULL });
}

/* Index of the first operand of argv from k, skipping options (the
 * letters of with_value take the next word when last in their group). */
static size_t past_options(const agate_shell_cmd *cmd, size_t k, const char *with_value)
{
	while (k < cmd->argc && cmd->argv[k].len > 1 && cmd->argv[k].ptr[0] == '-') {
		agate_str t = cmd->argv[k];
		if (str_is(t, "--"))
			return k + 1;
		k++;
		if (t.ptr[1] != '-' && strchr(with_value, t.ptr[t.len - 1]))
			k++;
	}
	return k;
}

/* Programs that hand one command line to a shell: ssh HOST CMD... (the
 * remote shell runs it), sg GROUP [-c] CMD, script -c CMD, flock FILE
 * -c CMD, tmux new-session/new-window/split-window/run-shell CMD, vim
 * -c '!CMD' or +!CMD, gdb -ex 'shell CMD' or -ex '!CMD'. */
static int line_jobs(parser *p, const agate_shell_cmd *cmd, nested *x)
{
	agate_str prog = cmd->program;
	size_t k;

	if (str_is(prog, "ssh")) {
		k = past_options(cmd, 0, "BbcDEeFIiJLlmOoPpQRSWw");
		for (size_t m = 0; m < cmd->argc; m++)
			if (str_is(cmd->argv[m], "-N"))
				return 0;
		return k + 1 < cmd->argc ? push_line(p, x, cmd->argv + k + 1, cmd->argc - k - 1) : 0;
	}
	if (str_is(prog, "sg") && cmd->argc >= 2) {
		k = str_is(cmd->argv[1], "-c") ? 2 : 1;
		x->elevated = true;
		return k < cmd->argc ? push_line(p, x, cmd->argv + k, cmd->argc - k) : 0;
	}
	if (str_is(prog, "script") || str_is(prog, "flock")) {
		for (k = 0; k + 1 < cmd->argc; k++) {
			agate_str t = cmd->argv[k];
			/* -c, or c closing a group of flags (-qc) */
			if (str_is(t, "--command") ||
			    (t.len > 1 && t.ptr[0] == '-' && t.ptr[1] != '-' && t.ptr[t.len - 1] == 'c'))
				return push_job(p, x, (job){ cmd->argv[k + 1], NULL, 0, NULL });
		}
		return 0;
	}
	if (str_is(prog, "tmux")) {
		static const char *const runs[] = { "new", "new-session", "new-window", "neww",
			"split-window", "splitw", "respawn-pane", "respawnp", "respawn-window",
			"respawnw", "run-shell", "run", NULL };
		k = past_options(cmd, 0, "cfLST");
		if (k >= cmd->argc || !in_set(cmd->argv[k], runs))
			return 0;
		k = past_options(cmd, k + 1, "cFsntexylpbt");
		return k < cmd->argc ? push_line(p, x, cmd->argv + k, cmd->argc - k) : 0;
	}
	if (str_is(prog, "vim") || str_is(prog, "vi") || str_is(prog, "nvim") ||
	    str_is(prog, "ex") || str_is(prog, "view") || str_is(prog, "gdb")) {
		bool gdb = prog.ptr[0] == 'g';
		for (k = 0; k < cmd->argc; k++) {
			agate_str t = cmd->argv[k], c = { NULL, 0 };
			int rc;
			if (!gdb && t.len > 1 && t.ptr[0] == '+')
				c = (agate_str){ t.ptr + 1, t.len - 1 };
			else if (k + 1 < cmd->argc &&
				 (gdb ? str_is(t, "-ex") || str_is(t, "-iex") || str_is(t, "--ex")
				      : str_is(t, "-c") || str_is(t, "--cmd")))
				c = cmd->argv[++k];
			while (c.len && (c.ptr[0] == ':' || c.ptr[0] == ' '))
				c.ptr++, c.len--;
			if (gdb && c.len > 6 && !memcmp(c.ptr, "shell ", 6))
				c.ptr += 5, c.len -= 5;
			else if (c.len > 1 && c.ptr[0] == '!')
				c.ptr++, c.len--;
			else
				continue;
			if ((rc = push_job(p, x, (job){ c, NULL, 0, NULL })) != 0)
				return rc;
		}
	}
	return 0;
}

static const char *const awks[] = { "awk", "gawk", "mawk", "nawk", NULL };
static const char *const code_runners[] = { "perl", "ruby", "php", "node", "nodejs", "lua",
	NULL };
/* programs whose arguments hold a command line that line_jobs reads */
static const char *const line_runners[] = { "ssh", "sg", "script", "flock", "tmux", "vim",
	"vi", "nvim", "ex", "view", "gdb", "hash", "read", "source", ".", NULL };

bool hands_on_lines(agate_str prog)
{
	return in_set(prog, awks) || in_set(prog, code_runners) || in_set(prog, line_runners);
}

/* Interpreters whose inline code (awk's program, perl/ruby -e, php -r,
 * node -e) hands a string literal to a shell: system("..."),
 * exec("..."), popen("..."), `...` and qx{...} in perl. Each literal is
 * a job; code built at run time is not read. */
static int code_jobs(parser *p, const agate_shell_cmd *cmd, nested *x)
{
	static const char *const calls[] = { "system", "exec", "popen", "shell_exec",
		"passthru", "execSync", "spawnSync", NULL };
	agate_str code = { NULL, 0 };
	bool awk = in_set(cmd->program, awks);
	size_t k;

	if (!awk && !in_set(cmd->program, code_runners))
		return 0;
	if (awk) {
		k = past_options(cmd, 0, "fvFE");
		for (size_t m = 0; m < k && m < cmd->argc; m++)
			if (str_is(cmd->argv[m], "-f"))
				return 0; /* the program is a file */
		if (k < cmd->argc)
			code = cmd->argv[k];
	} else {
		for (k = 0; k + 1 < cmd->argc && !code.ptr; k++)
			if (str_is(cmd->argv[k], "-e") || str_is(cmd->argv[k], "-E") ||
			    str_is(cmd->argv[k], "-r") || str_is(cmd->argv[k], "--eval") ||
			    str_is(cmd->argv[k], "-p"))
				code = cmd->argv[k + 1];
	}
	for (size_t i = 0; code.ptr && i < code.len; i++) {
		const char *s = code.ptr;
		size_t j = i, e;
		char q;
		int rc;
		if (s[i] == '`' && !awk) {
			q = '`';
		} else if (s[i] == 'q' && i + 2 < code.len && s[i + 1] == 'x' && strchr("{([/|'", s[i + 2])) {
			q = s[i + 2] == '{' ? '}' : s[i + 2] == '(' ? ')' : s[i + 2] == '[' ? ']' : s[i + 2];
			j = i + 2;
		} else {
			size_t n = 0;
			for (const char *const *c = calls; *c && !n; c++)
				if (code.len - i > strlen(*c) && !memcmp(s + i, *c, strlen(*c)) &&
				    (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')))
					n = strlen(*c);
			if (!n)
				continue;
			for (j = i + n; j < code.len && (s[j] == ' ' || s[j] == '('); j++)
				;
			if (j >= code.len || (s[j] != '"' && s[j] != '\'')) {
				i = j ? j - 1 : 0;
				continue;
			}
			q = s[j];
		}
		for (e = j + 1; e < code.len && s[e] != q; e += s[e] == '\\' ? 2 : 1)
			;
		if (e > code.len)
			e = code.len;
		if (e > j + 1 && (rc = push_job(p, x, (job){ { s + j + 1, e - j - 1 }, NULL, 0, NULL })) != 0)
			return rc;
		i = e;
	}
	return 0;
}

/* trap 'CMD' SIGNAL...: CMD runs when the signal (or EXIT) comes. */
static int trap_job(parser *p, const agate_shell_cmd *cmd, nested *x)
{
	size_t k = 0;

	if (k < cmd->argc && str_is(cmd->argv[k], "--"))
		k++;
	if (k + 1 < cmd->argc && !(cmd->argv[k].len > 1 && cmd->argv[k].ptr[0] == '-'))
		return push_job(p, x, (job){ cmd->argv[k], NULL, 0, NULL });
	return 0;
}

/* cd / pushd DIR: later relative paths of this level resolve against
 * DIR while it is known. */
static int change_dir(seq *q, const agate_shell_cmd *cmd)
{
	size_t k = 0;

	while (k < cmd->argc && cmd->argv[k].len > 1 && cmd->argv[k].ptr[0] == '-')
		k++;
	if (k >= cmd->argc) {
		q->cwd = "~";
	} else if (str_is(cmd->argv[k], "-")) {
		q->cwd = NULL;
	} else {
		char *nc = agate_path_normalize(q->p->a, cmd->argv[k].ptr, cmd->argv[k].len,
						q->cwd);
		if (!nc)
			return -ENOMEM;
		/* a directory only known at run time is unknown here */
		q->cwd = (nc[0] == '/' || nc[0] == '~') && !strpbrk(nc, "$`*?[") ? nc : NULL;
	}
	return 0;
}

/* What the program cmd (the word w[i]) runs in turn. */
int runs_in_turn(seq *q, const simple *c, const word *w, size_t i,
			const agate_shell_cmd *cmd, nested *x)
{
	if (in_set(cmd->program, shells))
		return shell_jobs(q, c, w + i + 1, cmd->argc, x);
	else if (str_is(cmd->program, "alias"))
		return alias_defs(q->p, cmd);
	else if (str_is(cmd->program, "hash") && cmd->argc == 3 && str_is(cmd->argv[0], "-p"))
		/* hash -p PATH NAME: NAME now runs PATH, as an alias would */
		return alias_define(q->p, cmd->argv[2], cmd->argv[1].ptr, cmd->argv[1].len);
	else if (str_is(cmd->program, "set"))
		return set_positional(q, cmd);
	else if (str_is(cmd->program, "eval") || str_is(cmd->program, "watch"))
		return eval_job(q->p, cmd, x);
	else if (str_is(cmd->program, "runuser") && runuser_uses_u(cmd))
		return runuser_job(q->p, w + i + 1, cmd->argc, x);
	else if (str_is(cmd->program, "su") || str_is(cmd->program, "runuser"))
		return su_job(q->p, cmd, x);
	else if (str_is(cmd->program, "find"))
		return find_jobs(q->p, w + i + 1, cmd->argc, x);
	else if (str_is(cmd->program, "cd") || str_is(cmd->program, "pushd"))
		return change_dir(q, cmd);
	else if (str_is(cmd->program, "trap"))
		return trap_job(q->p, cmd, x);
	else if ((str_is(cmd->program, "source") || str_is(cmd->program, ".")) && cmd->argc &&
		 in_set(cmd->argv[0], stdin_paths)) {
		x->reads_stdin = true; /* its here-string or here-document runs */
		if (c->has_herestring)
			return push_job(q->p, x, (job){ c->herestring, NULL, 0, NULL });
	} else if ((str_is(cmd->program, "source") || str_is(cmd->program, ".")) && cmd->argc) {
		return script_of_words(q, w + i + 1, cmd->argc, x);
	}
	else if (str_is(cmd->program, "read") || str_is(cmd->program, "printf"))
		return read_vars(q, c, cmd);
	{
		int rc = line_jobs(q->p, cmd, x);
		if (!rc)
			rc = code_jobs(q->p, cmd, x);
		/* ./x.sh or /tmp/x.sh after the line wrote it */
		if (!rc && memchr(cmd->path.ptr, '/', cmd->path.len))
			rc = script_of_words(q, w + i, 1, x);
		return rc;
	}
}

/* What echo or printf writes: echo's words joined by spaces (escapes
 * read with -e), printf's format filled with its arguments. */
/* `echo x | tee log | sh`: tee, and cat without files, pass their input
 * on; the command that feeds them is the one whose text arrives. It is
 * the nearest command before them at their level that writes into a pipe
 * (the inner commands of a substitution sit deeper). At most 8 hops. */
static size_t through_copies(parser *p, size_t feeder)
{
	for (int hop = 0; hop < 8 && feeder != NONE; hop++) {
		const agate_shell_cmd *f = &p->cmds[feeder];
		size_t k = feeder;
		if (!f->piped_from ||
		    !(str_is(f->program, "tee") || (str_is(f->program, "cat") && !f->argc)))
			return feeder;
		while (k > 0 && !(p->cmds[k - 1].depth == f->depth && p->cmds[k - 1].piped_to))
			k--;
		feeder = k > 0 ? k - 1 : NONE;
	}
	return feeder;
}

int feeder_text(parser *p, size_t feeder, agate_str *out)
{
	const agate_shell_cmd *f;
	size_t k = 0, total = 0, o = 0;
	bool esc = false, pf;
	char *line;

	*out = (agate_str){ NULL, 0 };
	feeder = through_copies(p, feeder);
	if (feeder == NONE)
		return 0;
	f = &p->cmds[feeder];
	pf = str_is(f->program, "printf");
	if ((!pf && !str_is(f->program, "echo")) || !f->argc)
		return 0;
	if (pf) {
		if (str_is(f->argv[0], "-v"))
			return 0; /* printf -v VAR writes a variable, not the pipe */
		if (str_is(f->argv[0], "--"))
			k = 1;
	} else {
		for (; k < f->argc && f->argv[k].len > 1 && f->argv[k].ptr[0] == '-' &&
		       strspn(f->argv[k].ptr + 1, "neE") == f->argv[k].len - 1; k++)
			esc = esc || memchr(f->argv[k].ptr, 'e', f->argv[k].len) != NULL;
	}
	if (k >= f->argc)
		return 0;
	for (size_t m = k; m < f->argc; m++)
		total += f->argv[m].len + 1;
	if (pf)
		total += (f->argc - k) * f->argv[k].len;
	line = agate_arena_alloc(p->a, total + 1);
	if (!line)
		return -ENOMEM;
	if (pf) {
		o = printf_text(f->argv + k, f->argc - k, line);
	} else {
		for (size_t m = k; m < f->argc; m++) {
			for (size_t j = 0; j < f->argv[m].len;)
				j = esc ? unescape(f->argv[m], j, false, line + o++) :
					  (line[o++] = f->argv[m].ptr[j], j + 1);
			line[o++] = ' ';
		}
		o--;
	}
	line[o] = '\0';
	*out = (agate_str){ line, o };
	return 0;
}

/* `echo 'rm -rf /' | sh`: a shell that reads its script from a pipe fed
 * by echo or printf runs what they write. */
int piped_script(parser *p, size_t feeder, nested *x)
{
	agate_str t;
	int rc;

	if (!x->reads_stdin || feeder == NONE)
		return 0;
	if ((rc = feeder_text(p, feeder, &t)) != 0)
		return rc;
	return t.len ? push_job(p, x, (job){ t, NULL, 0, NULL }) : 0;
}

/* One word in single quotes: ' becomes '\'' */
static size_t squote(char *out, agate_str w)
{
	size_t o = 0;

	out[o++] = '\'';
	for (size_t j = 0; j < w.len; j++) {
		if (w.ptr[j] == '\'') {
			memcpy(out + o, "'\\''", 4);
			o += 4;
		} else {
			out[o++] = w.ptr[j];
		}
	}
	out[o++] = '\'';
	return o;
}

int words_line(parser *p, agate_str head, const agate_str *prog, const agate_str *argv,
	       size_t argc, agate_str *out)
{
	size_t total = head.len + 1 + (prog ? 4 * prog->len + 3 : 0), o = 0;
	char *line;

	*out = (agate_str){ NULL, 0 };
	for (size_t k = 0; k < argc; k++)
		total += 4 * argv[k].len + 3;
	/* a rebuilt line is an expansion: charged to the same budget, and
	 * past it the command is not handed on (it stays as written) */
	if (total > p->budget)
		return 0;
	p->budget -= total;
	line = agate_arena_alloc(p->a, total);
	if (!line)
		return -ENOMEM;
	memcpy(line, head.ptr, head.len);
	o = head.len;
	if (prog) {
		line[o++] = ' ';
		o += squote(line + o, *prog);
	}
	for (size_t k = 0; k < argc; k++) {
		line[o++] = ' ';
		o += squote(line + o, argv[k]);
	}
	line[o] = '\0';
	*out = (agate_str){ line, o };
	return 0;
}

/* xargs -I R / -IR / -i / --replace[=R]: the string its input replaces */
static bool xargs_replace(const word *w, size_t from, size_t to, agate_str *repl)
{
	for (size_t k = from; k < to; k++) {
		agate_str t = w[k].text;
		if (str_is(t, "-I") && k + 1 < to) {
			*repl = w[k + 1].text;
			return true;
		}
		if (t.len > 2 && t.ptr[0] == '-' && t.ptr[1] == 'I') {
			*repl = (agate_str){ t.ptr + 2, t.len - 2 };
			return true;
		}
		if (str_is(t, "-i") || str_is(t, "--replace")) {
			*repl = (agate_str){ "{}", 2 };
			return true;
		}
		if (t.len > 10 && memcmp(t.ptr, "--replace=", 10) == 0) {
			*repl = (agate_str){ t.ptr + 10, t.len - 10 };
			return true;
		}
	}
	return false;
}

/* Each word of cmd's with every repl in it replaced by line l. */
static int replaced_words(parser *p, const agate_shell_cmd *cmd, agate_str repl,
			  agate_str l, agate_str **out)
{
	agate_arena *a = p->a;
	agate_str *av;
	size_t grown = 0;

	*out = NULL;
	for (size_t k = 0; k < cmd->argc; k++)
		for (size_t j = 0; j + repl.len <= cmd->argv[k].len; j++)
			if (!memcmp(cmd->argv[k].ptr + j, repl.ptr, repl.len))
				grown += l.len;
	if (grown > p->budget)
		return 0; /* past the expansion budget: not handed on */
	p->budget -= grown;
	av = agate_arena_alloc(a, (cmd->argc + 1) * sizeof(*av));
	if (!av)
		return -ENOMEM;
	for (size_t k = 0; k < cmd->argc; k++) {
		agate_str t = cmd->argv[k];
		size_t n = 0, o = 0;
		for (size_t j = 0; j + repl.len <= t.len; j++)
			if (!memcmp(t.ptr + j, repl.ptr, repl.len))
				n++;
		char *b = agate_arena_alloc(a, t.len + n * l.len + 1);
		if (!b)
			return -ENOMEM;
		for (size_t j = 0; j < t.len;) {
			if (j + repl.len <= t.len && !memcmp(t.ptr + j, repl.ptr, repl.len)) {
				memcpy(b + o, l.ptr, l.len);
				o += l.len;
				j += repl.len;
			} else {
				b[o++] = t.ptr[j++];
			}
		}
		av[k] = (agate_str){ b, o };
	}
	*out = av;
	return 0;
}

int xargs_jobs(parser *p, const word *w, size_t from, size_t to,
	       const agate_shell_cmd *cmd, size_t feeder, agate_str herestring, nested *x)
{
	agate_str in = herestring, line, repl;
	size_t k = from;
	int rc;

	while (k < to && !str_is(basename_of(w[k].text), "xargs"))
		k++;
	if (k >= to || (feeder == NONE && !in.ptr) || !cmd->program.len)
		return 0;
	if (!in.ptr && ((rc = feeder_text(p, feeder, &in)) != 0 || !in.len))
		return rc;
	if (!in.len)
		return 0;
	if (!xargs_replace(w, k + 1, to, &repl) || !repl.len) {
		/* the input's words follow the command's own, as xargs splits them */
		if ((rc = words_line(p, (agate_str){ "", 0 }, &cmd->path, cmd->argv, cmd->argc,
				      &line)) != 0 || !line.ptr || in.len > p->budget)
			return rc;
		p->budget -= in.len;
		char *joined = agate_arena_alloc(p->a, line.len + in.len + 2);
		if (!joined)
			return -ENOMEM;
		memcpy(joined, line.ptr, line.len);
		joined[line.len] = ' ';
		memcpy(joined + line.len + 1, in.ptr, in.len);
		for (size_t j = line.len + 1; j < line.len + 1 + in.len; j++)
			if (joined[j] == '\n' || joined[j] == ';' || joined[j] == '&' ||
			    joined[j] == '|' || joined[j] == '`' || joined[j] == '$')
				joined[j] = ' ';
		return push_job(p, x, (job){ { joined, line.len + 1 + in.len }, NULL, 0, NULL });
	}
	/* -I: one command per input line (the first 16), the line in place */
	for (size_t b = 0, n = 0; b < in.len && n < 16; n++) {
		size_t e = b;
		agate_str *av;
		while (e < in.len && in.ptr[e] != '\n')
			e++;
		agate_str l = { in.ptr + b, e - b };
		while (l.len && is_blank(l.ptr[0]))
			l.ptr++, l.len--;
		while (l.len && is_blank(l.ptr[l.len - 1]))
			l.len--;
		b = e + 1;
		if (!l.len)
			continue;
		if ((rc = replaced_words(p, cmd, repl, l, &av)) != 0 || !av ||
		    (rc = words_line(p, (agate_str){ "", 0 }, &cmd->path, av, cmd->argc, &line)) != 0)
			return rc;
		if (!line.ptr)
			return 0;
		if ((rc = push_job(p, x, (job){ line, NULL, 0, NULL })) != 0)
			return rc;
	}
	return 0;
}

/* ---- scripts the line writes ------------------------------------------ */

int script_written(parser *p, size_t idx)
{
	const agate_shell_cmd *c = &p->cmds[idx];
	agate_str text, path = c->redirect_out;
	fn *f;
	int rc;

	if (!path.ptr || str_is(path, "/dev/null") || c->piped_to || p->nfiles >= FNS_MAX)
		return 0;
	if ((rc = feeder_text(p, idx, &text)) != 0 || !text.ptr)
		return rc;
	{
		const fn *old;
		if ((rc = script_find(p, path, NULL, &old)) != 0)
			return rc;
		f = (fn *)old;
	}
	if (f && c->redirect_append) {
		/* >> adds a line to what the file held */
		size_t n = f->len + 1 + text.len;
		char *t;
		if (n > p->budget)
			return 0;
		p->budget -= n;
		t = agate_arena_alloc(p->a, n + 1);
		if (!t)
			return -ENOMEM;
		memcpy(t, f->body, f->len);
		t[f->len] = '\n';
		memcpy(t + f->len + 1, text.ptr, text.len);
		t[n] = '\0';
		text = (agate_str){ t, n };
	}
	f = agate_arena_zalloc(p->a, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->name = path;
	f->body = text.ptr;
	f->len = text.len;
	f->next = p->files;
	p->files = f;
	p->nfiles++;
	return 0;
}

int script_find(parser *p, agate_str path, const char *cwd, const fn **out)
{
	char *norm;

	*out = NULL;
	if (!p->files || !path.len)
		return 0;
	norm = agate_path_normalize(p->a, path.ptr, path.len, cwd);
	if (!norm)
		return -ENOMEM;
	for (const fn *f = p->files; f; f = f->next)
		if (f->name.len == strlen(norm) && !memcmp(f->name.ptr, norm, f->name.len)) {
			*out = f;
			return 0;
		}
	return 0;
}
