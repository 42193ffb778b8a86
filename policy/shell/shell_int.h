/* shell_int.h - what the files of the shell parser share, private to
 * policy/shell (callers use shell.h): the parser's state (parser, seq,
 * simple), words, the wrapper table's shape, the few character tests and
 * keyword matchers every file needs, and the functions that cross files.
 *
 * words.c finds and unquotes words, vars.c holds what names and
 * functions resolve to, wrappers.c knows the programs that run other
 * programs, runs.c the command lines a program hands on, parse.c walks
 * the line and emits the commands.
 */
#ifndef AGATE_POLICY_SHELL_INT_H
#define AGATE_POLICY_SHELL_INT_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "policy/shell/shell.h"

#define NONE SIZE_MAX

typedef struct word {
	agate_str text;  /* unquoted */
	bool quoted;     /* quotes or escapes in it: not a reserved word */
	bool assign;     /* NAME=value with the NAME part unquoted */
	size_t *spans;   /* what unquoted expansions put in text, as pairs of
			    offsets [start, end): the shell splits those bytes
			    at blanks into fields (words.c); NULL when none */
	size_t nspans;   /* pairs in spans */
	size_t capspans;
} word;

typedef struct inner {   /* a command line nested in the current command */
	const char *s;
	size_t len;
	struct inner *next;
} inner;

typedef struct heredoc {
	agate_str delim;
	bool strip_tabs;
	bool parse;          /* fed to a shell that runs it */
	bool expand;         /* delimiter unquoted: $( ) and ` ` in the body run */
	struct heredoc *next;
} heredoc;

/* A shell variable assigned a literal earlier in the same line, so that
 * `f=/etc/shadow; cat "$f"` is seen as reading /etc/shadow. Bindings form
 * a list, newest first; a nested level prepends to its parent's list, so
 * its own assignments do not leak out. known == false shadows an outer
 * binding whose value is no longer certain. */
typedef struct var {
	agate_str name;
	agate_str val;
	bool known;
	struct var *next;
	const agate_str *elems; /* an array (`a=(x y)`, `set -- x y`): its
				   elements; val is then the first ($a) or, for
				   $@ and $*, all joined by spaces. NULL else */
	size_t nelems;
} var;

#define ARRAY_MAX 1024         /* elements an array binding keeps known */

#define VARS_MAX 1024          /* bindings per parse; past it, no expansion */
#define EXPAND_BUDGET (1u << 20) /* bytes expansions may add per parse */

/* A shell function defined in the line: its body is read again, one
 * level deeper, for each call with constant arguments (vars.c). */
typedef struct fn {
	agate_str name;
	const char *body;
	size_t len;
	bool active;         /* being called: a recursive call is not followed */
	struct fn *next;
} fn;

#define FNS_MAX 256            /* definitions per parse */
#define CALLS_MAX 64           /* calls followed per parse */

typedef struct parser {
	agate_arena *a;
	size_t max_cmds;
	agate_shell_cmd *cmds;
	size_t n, cap;
	size_t nvars;
	bool vars_off;
	size_t budget;
	size_t steps;        /* work left (AGATE_SHELL_MAX_STEPS at the start) */
	bool deep;           /* scan() met nesting past its stack: -E2BIG */
	fn *fns;             /* newest first; a function is global, as in bash */
	size_t nfns;
	unsigned calls;
	fn *aliases;         /* `alias NAME=VALUE` in the line, newest first */
	size_t naliases;
	fn *files;           /* scripts the line writes with echo or printf > FILE:
				name is the normalised path, body the text */
	size_t nfiles;
} parser;

/* Take n steps of the parse's work budget; -E2BIG when it is spent, so
 * that whatever the analysis cannot finish is refused (and blocked),
 * never passed half-read. */
static inline int spend(parser *p, size_t n)
{
	if (n > p->steps)
		return -E2BIG;
	p->steps -= n;
	return 0;
}

/* The simple command being collected. */
typedef struct simple {
	word *w;
	size_t nw, capw;
	agate_str *redir;
	size_t nredir, capredir;
	agate_str redirect_out;
	bool append;
	agate_str redirect_in;
	agate_str herestring;
	bool has_herestring;
	heredoc *hd, **hd_tail;
	inner *in, **in_tail;
	size_t subshell_last; /* last command a ( ) group emitted, or NONE */
	agate_shell_binding *bind; /* resolved references in its words */
	size_t nbind;
} simple;

/* State of one command sequence (one nesting level). */
typedef struct seq {
	parser *p;
	unsigned depth;
	const char *cwd;
	bool sudo;           /* inherited: the whole line runs elevated */
	bool piped_from;     /* the next unit reads the previous one's pipe */
	bool in_pattern;     /* after ;; in a case: words up to ')' are a pattern */
	heredoc *piped_hd;   /* here-documents of a `cat` piping into the next unit */
	size_t prev_head;    /* command feeding that pipe, or NONE */
	heredoc *hd, **hd_tail; /* bodies to consume at the next newline */
	var *vars;
} seq;

enum sep { SEP_SEQ, SEP_AND, SEP_OR, SEP_PIPE, SEP_BG, SEP_END };

enum { C_WORD = 0, C_PAREN, C_DQ, C_BT, C_BRACE, C_CASE,
	C_ARG /* scan(): a word after a command's first, where !( is extglob */ };

/* ---- small helpers (inline: every word goes through them) ----------- */

/* The first byte decides most comparisons against the keyword tables, so
 * it is tested before the literal's length is taken. */
static inline bool str_is(agate_str t, const char *lit)
{
	if (!t.len)
		return !lit[0];
	if (t.ptr[0] != lit[0])
		return false;
	size_t n = strlen(lit);
	return t.len == n && memcmp(t.ptr, lit, n) == 0;
}

static inline bool in_set(agate_str t, const char *const *set)
{
	for (; *set; set++)
		if (str_is(t, *set))
			return true;
	return false;
}

static inline bool is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
}

static inline bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Body of a construct from `open` (index of its first inner byte) to
 * `end` (index past its closer): the closer is dropped when present. */
static inline size_t body_len(const char *s, size_t open, size_t end, char closer)
{
	if (end > open && s[end - 1] == closer)
		return end - 1 - open;
	return end > open ? end - open : 0;
}

/* Grow an arena array to hold at least n+1 elements. The old block is
 * abandoned to the arena; doubling keeps the waste under the final size. */
static inline int grow(agate_arena *a, void **arr, size_t *cap, size_t n, size_t elem)
{
	size_t ncap;
	void *na;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 8;
	if (ncap > SIZE_MAX / elem)
		return -ENOMEM;
	na = agate_arena_alloc(a, ncap * elem);
	if (!na)
		return -ENOMEM;
	if (*arr && n)
		memcpy(na, *arr, n * elem);
	*arr = na;
	*cap = ncap;
	return 0;
}

/* ---- words.c -------------------------------------------------------- */

/* With first == C_WORD (or C_ARG, a word that is not a command's first):
 * index just past the word that starts at i. X( with X one of ! @ ? * +
 * inside a word (or !( starting a C_ARG word) is a bash extglob group and
 * belongs to the word: without extglob bash refuses it, so no subshell
 * hides there; a leading !( in command position is a negated subshell.
 * Otherwise the opener of a construct ends just before i, and the result
 * is the index just past its closing delimiter. An unterminated construct
 * ends at len. The fixed stack bounds the work on hostile nesting: past it
 * *deep is set (the parse then fails with -E2BIG) and len is returned. */
size_t scan(const char *s, size_t len, size_t i, int first, bool *deep);

/* Unquote s[b..e) into *w; command substitutions found in it (also
 * inside ${ } and $(( ))) are added to c's inner list. The output never
 * outgrows the input. */
int decode(seq *q, simple *c, const char *s, size_t b, size_t e, word *w);

/* The words the shell makes of the word s[b..e) as written, pushed onto
 * c's words in order: brace expansion first (`{rm,-rf,/}` is three
 * words, `/etc/{shadow,passwd}` two), then decode() on each, then field
 * splitting of what unquoted expansions produced (`rm${IFS}-rf${IFS}/`,
 * `x='rm -rf /'; $x`); a word that was only an unquoted expansion to
 * nothing disappears. Past BRACE_WORDS words from one word, or the
 * expansion budget, -E2BIG: never a partial reading. */
#define BRACE_WORDS 256
int expand_word(seq *q, simple *c, const char *s, size_t b, size_t e);

/* Append w to c's words. 0 or -ENOMEM. */
int push_word(parser *p, simple *c, const word *w);

/* Add every command substitution in s[b..e) to c's inner list, reading
 * the text as the body of ${ } or an unquoted here-document: quotes do
 * not hide them, a backslash does. */
int substitutions(parser *p, simple *c, const char *s, size_t b, size_t e);

/* ---- parse.c and runs.c --------------------------------------------- */

typedef struct job {    /* a nested line to parse after the command */
	agate_str text;
	const word *w;      /* or: a ready word list (find -exec) */
	size_t nw;
	var *vars;          /* its variables when not the level's ($0, $1 of sh -c) */
} job;

/* What one command hands to the next level: the command lines it runs
 * (an env -S string, a -c string, eval's words, a here-string fed to a
 * shell, find -exec lists), and whether they run elevated. The list
 * grows in the arena: a command may hand on any number of lines (find
 * with five -exec runs all five), each one charged to the budget. */
typedef struct nested {
	job *jobs;
	size_t n, cap;
	bool elevated;       /* through sudo, su ... or inherited */
	bool reads_stdin;    /* a shell reading its script from stdin */
} nested;

/* Add j to x's jobs, charged one step: 0, -E2BIG, -ENOMEM. (runs.c) */
int push_job(parser *p, nested *x, job j);

/* What the program cmd (the word w[i]) runs in turn: its jobs go to x,
 * and `cd` moves q's directory. 0 or -E2BIG / -ENOMEM. (runs.c) */
int runs_in_turn(seq *q, const simple *c, const word *w, size_t i,
		 const agate_shell_cmd *cmd, nested *x);

/* Does prog hand a command line on through its arguments (ssh, tmux,
 * awk's system(), perl -e ...)? Such a line is never parsed as a plain
 * one. (runs.c) */
bool hands_on_lines(agate_str prog);

/* A shell that reads its script from stdin (x->reads_stdin) piped from
 * p->cmds[feeder], an echo or printf: what they write is a job.
 * (runs.c) */
int piped_script(parser *p, size_t feeder, nested *x);

/* What echo or printf p->cmds[feeder] writes, when its words are
 * constants; *out is {NULL, 0} otherwise. 0 or -ENOMEM. (runs.c) */
int feeder_text(parser *p, size_t feeder, agate_str *out);

/* `echo / | xargs rm -rf`: when xargs (among the wrapper words
 * w[from..to)) reads its input from a here-string or an echo or printf
 * with constant words, the command cmd with that input (appended, or put in place of
 * the -I string) is a job. 0 or -E2BIG / -ENOMEM. (runs.c) */
int xargs_jobs(parser *p, const word *w, size_t from, size_t to,
	       const agate_shell_cmd *cmd, size_t feeder, agate_str herestring, nested *x);

/* `echo 'rm -rf /' > /tmp/x.sh` (p->cmds[idx]): remember what the file
 * holds (appended with >>), so that `sh /tmp/x.sh`, `. /tmp/x.sh` or
 * `/tmp/x.sh` later in the line runs it. 0 or -ENOMEM. (runs.c) */
int script_written(parser *p, size_t idx);

/* The script file the line wrote that path (as written, against cwd)
 * names, in *out, or NULL. 0 or -ENOMEM. (runs.c) */
int script_find(parser *p, agate_str path, const char *cwd, const fn **out);

/* head as written, then prog (when given) and each of argv
 * single-quoted, as one line in the arena (a command rebuilt to be
 * parsed again), charged to the expansion budget: past it *out is
 * {NULL, 0} and nothing is rebuilt. 0 or -ENOMEM. (runs.c) */
int words_line(parser *p, agate_str head, const agate_str *prog, const agate_str *argv,
	       size_t argc, agate_str *out);

/* Index just past the `}` that closes the brace group whose body starts
 * at i (just after its `{`), or NONE when the line ends first. */
size_t brace_group_end(const char *s, size_t len, size_t i);

/* ---- vars.c --------------------------------------------------------- */

enum var_state { VAR_UNBOUND, VAR_UNKNOWN, VAR_KNOWN };

/* The binding of name[0..n) seen from q: known (with *out), bound to
 * something unknown, or never bound in the line. */
enum var_state var_find(const seq *q, const char *name, size_t n, const var **out);

/* Bind name to val for the rest of q's level (unknown when !known); past
 * VARS_MAX expansion stops altogether. 0 or -ENOMEM. */
int var_bind(seq *q, agate_str name, agate_str val, bool known);

/* Bind name to the array elems[0..n) (unknown when !known or past
 * ARRAY_MAX): val gets elems[0], or, for the names @ and *, every
 * element joined by spaces, charged to the expansion budget. 0 or
 * -ENOMEM. */
int var_bind_list(seq *q, agate_str name, const agate_str *elems, size_t n, bool known);

/* Note on c that the reference `name` gave `value` (bounded; copies
 * nothing: both live in the arena or the line). 0 or -ENOMEM. */
int var_note(parser *p, simple *c, agate_str name, agate_str value);

/* s[0..len) as one constant word (the word of ${v:-word}): quotes and
 * escapes removed, known $NAME/${NAME} replaced; false when it holds
 * anything else (*rc gets -ENOMEM on exhaustion). */
bool var_word(seq *q, const char *s, size_t len, agate_str *out, int *rc);

/* The output of a command substitution s[0..len) whose command only
 * prints constants; false when it does anything else or reads anything
 * unknown. in_dq: inside double quotes (else a value with blanks, which
 * would split, is not resolved). *rc gets -ENOMEM on exhaustion. */
bool var_const_output(seq *q, const char *s, size_t len, bool in_dq, agate_str *out,
		      int *rc);

/* ${NAME op...} on the known value v, s[0..len) being the text from the
 * operator to before the `}`: # ## % %% (prefix and suffix removal), / //
 * /# /% (replacement), ^ ^^ , ,, (case), :OFF and :OFF:LEN (substring).
 * Patterns are globs. false (the reference stays as written) for any
 * other form, or a value or text over 4 KiB; *rc gets -ENOMEM. */
bool var_op(seq *q, agate_str v, const char *s, size_t len, agate_str *out, int *rc);

/* One backslash escape at t[j] as printf's format (format) or echo -e
 * and printf's %b read it: \\ \a \b \e \f \n \r \t \v \xHH, and octal
 * (\NNN in a format, \0NNN otherwise); any other backslash stays. One
 * byte to *out; returns the index past what was read. */
size_t unescape(agate_str t, size_t j, bool format, char *out);

/* What printf FORMAT ARGS... (argv[0] the format) writes: escapes read,
 * each conversion replaced by the next argument (%b's with its escapes
 * read, others as written; %% is %), the format used again while
 * arguments are left. out has room for argc * format + every argument. */
size_t printf_text(const agate_str *argv, size_t argc, char *out);

/* Remember function name with body[0..len). 0 or -ENOMEM. */
int fn_define(parser *p, agate_str name, const char *body, size_t len);

/* The function a command named prog calls, or NULL. */
fn *fn_find(parser *p, agate_str prog);

/* Positional parameters $1..$9, $#, $@ and $* for a call with cmd's
 * arguments, bound on top of q's variables into *out. 0 or -ENOMEM. */
int fn_args(seq *q, const agate_shell_cmd *cmd, var **out);

/* The same for argv[0..argc), and $0 when zero is given (sh -c STRING
 * ZERO ARGS..., set -- ARGS...). 0 or -ENOMEM. */
int positional_bind(seq *q, const agate_str *argv, size_t argc, const agate_str *zero,
		    var **out);

/* `alias NAME=VALUE`: remembered like a function (bounded by FNS_MAX);
 * alias_find gives the alias a command word names, or NULL. */
int alias_define(parser *p, agate_str name, const char *value, size_t len);
fn *alias_find(parser *p, agate_str prog);

/* ---- wrappers.c ----------------------------------------------------- */

typedef struct wrapper {
	const char *name;
	const char *short_arg;  /* short options that take a value */
	const char *short_opt;  /* short options whose value is attached only */
	const char *const *long_arg; /* long options that take the next word */
	const char *no_cmd;     /* short options after which nothing is run */
	unsigned positional;    /* words between options and command */
	bool assignments;       /* NAME=value may precede the command */
	bool elevate;           /* runs the command as another user */
} wrapper;

/* Base name of a program as written; kept whole when spelled through an
 * expansion. */
agate_str basename_of(agate_str t);
const wrapper *find_wrapper(agate_str prog);

/* Skip a wrapper's options starting at w[i]; returns the index of the
 * wrapped program (== nw when there is none). *split gets env -S's value. */
size_t skip_options(const wrapper *wr, const word *w, size_t i, size_t nw,
		    bool *no_cmd, agate_str *split);

/* Programs that are shells, and reserved words before or instead of a
 * command; NULL-terminated. */
extern const char *const shells[];
extern const char *const reserved_prefix[];
extern const char *const reserved_skip[];

#endif
