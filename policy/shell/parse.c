/* shell.c - split a shell command line into the simple commands it runs
 * (see shell.h).
 *
 * The parser is a single left-to-right pass per nesting level. Words are
 * found by scan(), which knows enough of the grammar (quotes, escapes,
 * $( ), ${ }, backticks, <( )) to find where a word or a group ends; a
 * word's text is then unquoted by decode(), which also notes the command
 * substitutions inside it. Everything that holds another command line
 * (subshells, $( ), -c strings, eval, find -exec, here-documents fed to
 * a shell) is parsed again one level deeper, so the work is bounded by
 * the line length times AGATE_SHELL_MAX_DEPTH.
 *
 * Nothing here trusts the input: every index is checked against the
 * length, scan()'s own stack is fixed, and recursion stops at the depth
 * limit with -E2BIG (the caller blocks on it).
 */
#include "policy/shell/shell.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "policy/base/path.h"

#define NONE SIZE_MAX
#define SCAN_STACK 64
#define UNWRAP_MAX 32

typedef struct word {
	agate_str text;  /* unquoted */
	bool quoted;     /* quotes or escapes in it: not a reserved word */
	bool assign;     /* NAME=value with the NAME part unquoted */
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
} var;

#define VARS_MAX 1024          /* bindings per parse; past it, no expansion */
#define EXPAND_BUDGET (1u << 20) /* bytes expansions may add per parse */

typedef struct parser {
	agate_arena *a;
	size_t max_cmds;
	agate_shell_cmd *cmds;
	size_t n, cap;
	size_t nvars;
	bool vars_off;
	size_t budget;
} parser;

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
} simple;

/* State of one command sequence (one nesting level). */
typedef struct seq {
	parser *p;
	unsigned depth;
	const char *cwd;
	bool sudo;           /* inherited: the whole line runs elevated */
	bool piped_from;     /* the next unit reads the previous one's pipe */
	size_t prev_head;    /* command feeding that pipe, or NONE */
	heredoc *hd, **hd_tail; /* bodies to consume at the next newline */
	var *vars;
} seq;

enum sep { SEP_SEQ, SEP_AND, SEP_OR, SEP_PIPE, SEP_BG, SEP_END };

enum { C_WORD = 0, C_PAREN, C_DQ, C_BT, C_BRACE };

static int parse_seq(parser *p, const char *s, size_t len, unsigned depth,
		     const char *cwd, bool sudo, bool piped_from, size_t prev_head,
		     var *vars);

/* ---- small helpers ------------------------------------------------- */

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

static bool has_prefix(agate_str t, const char *lit)
{
	size_t n = strlen(lit);
	return t.len >= n && memcmp(t.ptr, lit, n) == 0;
}

static bool in_set(agate_str t, const char *const *set)
{
	for (; *set; set++)
		if (str_is(t, *set))
			return true;
	return false;
}

static bool is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
}

static bool is_meta(char ch)
{
	return is_blank(ch) || ch == '\n' || ch == ';' || ch == '&' || ch == '|' ||
	       ch == '<' || ch == '>' || ch == '(' || ch == ')';
}

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool is_name_start(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
}

static bool is_name_char(char ch)
{
	return is_name_start(ch) || is_digit(ch);
}

static int hexval(char ch)
{
	if (is_digit(ch))
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* Grow an arena array to hold at least n+1 elements. The old block is
 * abandoned to the arena; doubling keeps the waste under the final size. */
static int grow(agate_arena *a, void **arr, size_t *cap, size_t n, size_t elem)
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

static agate_str basename_of(agate_str t)
{
	size_t i = t.len;

	/* A program spelled through an expansion has no meaningful base
	 * name; keep it whole so that rules see what was written. */
	if (memchr(t.ptr, '$', t.len) || memchr(t.ptr, '`', t.len))
		return t;
	while (i > 0 && t.ptr[i - 1] == '/')
		i--; /* "rm/" is not a program, but do not return "" for it */
	if (i == 0)
		return t;
	{
		size_t end = i;
		while (i > 0 && t.ptr[i - 1] != '/')
			i--;
		return (agate_str){ t.ptr + i, end - i };
	}
}

/* ---- scanning ------------------------------------------------------ */

/* With first == C_WORD: index just past the word that starts at i.
 * Otherwise the opener of a construct ends just before i, and the result
 * is the index just past its closing delimiter. An unterminated construct
 * ends at len. The fixed stack bounds the work on hostile nesting: past it
 * the rest of the input is one construct. */
static size_t scan(const char *s, size_t len, size_t i, int first)
{
	unsigned char st[SCAN_STACK];
	int sp = 0;

#define PUSH(x) do { if (sp == SCAN_STACK) return len; st[sp++] = (x); } while (0)
	if (first != C_WORD)
		st[sp++] = (unsigned char)first;
	while (i < len) {
		char ch = s[i];
		int top = sp ? st[sp - 1] : C_WORD;
		bool popped = false;

		if (top == C_DQ) {
			if (ch == '\\')
				i += 2;
			else if (ch == '"') {
				sp--;
				i++;
				popped = true;
			} else if (ch == '`') {
				PUSH(C_BT);
				i++;
			} else if (ch == '$' && i + 1 < len && s[i + 1] == '(') {
				PUSH(C_PAREN);
				i += 2;
			} else if (ch == '$' && i + 1 < len && s[i + 1] == '{') {
				PUSH(C_BRACE);
				i += 2;
			} else
				i++;
		} else if (top == C_BT) {
			if (ch == '\\')
				i += 2;
			else if (ch == '`') {
				sp--;
				i++;
				popped = true;
			} else
				i++;
		} else if (ch == '\\') {
			i += 2;
		} else if (ch == '\'') {
			i++;
			while (i < len && s[i] != '\'')
				i++;
			i++;
		} else if (ch == '"') {
			PUSH(C_DQ);
			i++;
		} else if (ch == '`') {
			PUSH(C_BT);
			i++;
		} else if (ch == '$' && i + 1 < len && s[i + 1] == '(') {
			PUSH(C_PAREN);
			i += 2;
		} else if (ch == '$' && i + 1 < len && s[i + 1] == '{') {
			PUSH(C_BRACE);
			i += 2;
		} else if (ch == '$' && i + 1 < len && s[i + 1] == '\'') {
			i += 2;
			while (i < len && s[i] != '\'')
				i += s[i] == '\\' ? 2 : 1;
			i++;
		} else if (top == C_BRACE) {
			if (ch == '}') {
				sp--;
				popped = true;
			}
			i++;
		} else if (top == C_PAREN) {
			if (ch == '(') {
				PUSH(C_PAREN);
			} else if (ch == ')') {
				sp--;
				popped = true;
			} else if (ch == '#' && (i == 0 || is_meta(s[i - 1]))) {
				while (i < len && s[i] != '\n')
					i++;
				continue;
			}
			i++;
		} else {
			/* a word at top level */
			if ((ch == '<' || ch == '>') && i + 1 < len && s[i + 1] == '(') {
				PUSH(C_PAREN);
				i += 2;
				continue;
			}
			if (is_meta(ch))
				return i;
			i++;
		}
		if (popped && sp == 0 && first != C_WORD)
			return i > len ? len : i;
	}
#undef PUSH
	return i > len ? len : i;
}

/* ---- words --------------------------------------------------------- */

static int add_inner(parser *p, simple *c, const char *s, size_t len, bool backtick)
{
	inner *in = agate_arena_alloc(p->a, sizeof(*in));

	if (!in)
		return -ENOMEM;
	if (backtick) {
		/* inside backticks, \` \\ and \$ stand for the plain character */
		char *t = agate_arena_alloc(p->a, len + 1);
		size_t o = 0;
		if (!t)
			return -ENOMEM;
		for (size_t i = 0; i < len; i++) {
			if (s[i] == '\\' && i + 1 < len &&
			    (s[i + 1] == '`' || s[i + 1] == '\\' || s[i + 1] == '$'))
				i++;
			t[o++] = s[i];
		}
		t[o] = '\0';
		s = t;
		len = o;
	}
	in->s = s;
	in->len = len;
	in->next = NULL;
	*c->in_tail = in;
	c->in_tail = &in->next;
	return 0;
}

/* Body of a construct from `open` (index of its first inner byte) to
 * `end` (index past its closer): the closer is dropped when present. */
static size_t body_len(const char *s, size_t open, size_t end, char closer)
{
	if (end > open && s[end - 1] == closer)
		return end - 1 - open;
	return end > open ? end - open : 0;
}

/* ANSI-C quoting $'...': returns the index past the closing quote. */
static size_t decode_ansi(const char *s, size_t i, size_t e, char *out, size_t *o)
{
	while (i < e && s[i] != '\'') {
		char ch = s[i];
		if (ch != '\\' || i + 1 >= e) {
			out[(*o)++] = ch;
			i++;
			continue;
		}
		ch = s[++i];
		i++;
		switch (ch) {
		case 'n': out[(*o)++] = '\n'; break;
		case 't': out[(*o)++] = '\t'; break;
		case 'r': out[(*o)++] = '\r'; break;
		case 'a': out[(*o)++] = '\a'; break;
		case 'b': out[(*o)++] = '\b'; break;
		case 'f': out[(*o)++] = '\f'; break;
		case 'v': out[(*o)++] = '\v'; break;
		case 'e': case 'E': out[(*o)++] = 27; break;
		case 'x': {
			int v = 0, k = 0, h;
			while (k < 2 && i < e && (h = hexval(s[i])) >= 0) {
				v = v * 16 + h;
				i++;
				k++;
			}
			out[(*o)++] = k ? (char)v : 'x';
			break;
		}
		case 'c':
			if (i < e) {
				out[(*o)++] = (char)(s[i] & 0x1f);
				i++;
			}
			break;
		default:
			if (ch >= '0' && ch <= '7') {
				int v = ch - '0', k = 1;
				while (k < 3 && i < e && s[i] >= '0' && s[i] <= '7') {
					v = v * 8 + (s[i] - '0');
					i++;
					k++;
				}
				out[(*o)++] = (char)v;
			} else {
				out[(*o)++] = ch; /* \\ \' \" \? and unknown escapes */
			}
		}
	}
	return i + 1;
}

/* Unquote s[b..e) into *w; command substitutions found in it are added
 * to c's inner list. The output never outgrows the input. */
static const var *lookup(const seq *q, const char *name, size_t n)
{
	if (q->p->vars_off)
		return NULL;
	for (const var *v = q->vars; v; v = v->next)
		if (v->name.len == n && memcmp(v->name.ptr, name, n) == 0)
			return v->known ? v : NULL;
	return NULL;
}

/* Expand $NAME or ${NAME} at s[i] when NAME holds a known literal: the
 * value goes to out (grown so that it still has room for everything the
 * rest of the word, rest bytes, can produce). Returns the index past the
 * reference, or i when nothing was expanded. */
static size_t expand(seq *q, const char *s, size_t i, size_t e, char **out,
		     size_t *cap, size_t *o, int *rc)
{
	size_t j = i + 1, nb, ne, end;
	const var *v;

	if (j < e && s[j] == '{') {
		nb = ++j;
		while (j < e && is_name_char(s[j]))
			j++;
		if (j >= e || s[j] != '}' || j == nb || !is_name_start(s[nb]))
			return i; /* ${x:-y} and friends stay as written */
		ne = j;
		end = j + 1;
	} else {
		nb = j;
		if (j >= e || !is_name_start(s[j]))
			return i;
		while (j < e && is_name_char(s[j]))
			j++;
		ne = end = j;
	}
	v = lookup(q, s + nb, ne - nb);
	if (!v || v->val.len > q->p->budget)
		return i;
	q->p->budget -= v->val.len;
	if (*o + v->val.len + (e - end) + 1 > *cap) {
		size_t ncap = *o + v->val.len + (e - end) + 1;
		char *nb2 = agate_arena_alloc(q->p->a, ncap);
		if (!nb2) {
			*rc = -ENOMEM;
			return i;
		}
		memcpy(nb2, *out, *o);
		*out = nb2;
		*cap = ncap;
	}
	memcpy(*out + *o, v->val.ptr, v->val.len);
	*o += v->val.len;
	return end;
}

static int decode(seq *q, simple *c, const char *s, size_t b, size_t e, word *w)
{
	parser *p = q->p;
	size_t cap = e - b + 1;
	char *out = agate_arena_alloc(p->a, cap);
	size_t i = b, o = 0, j;
	int rc = 0;

	if (!out)
		return -ENOMEM;
	w->quoted = false;
	w->assign = false;

	/* NAME=value, NAME[k]=value, NAME+=value with NAME unquoted */
	if (i < e && is_name_start(s[i])) {
		j = i + 1;
		while (j < e && is_name_char(s[j]))
			j++;
		if (j < e && s[j] == '[') {
			while (j < e && s[j] != ']')
				j++;
			if (j < e)
				j++;
		}
		if (j < e && s[j] == '+')
			j++;
		w->assign = j < e && s[j] == '=';
	}

	while (i < e) {
		char ch = s[i];

		if (ch == '\\') {
			w->quoted = true;
			if (i + 1 < e) {
				if (s[i + 1] != '\n')
					out[o++] = s[i + 1];
				i += 2;
			} else {
				out[o++] = ch;
				i++;
			}
		} else if (ch == '\'') {
			w->quoted = true;
			for (i++; i < e && s[i] != '\''; i++)
				out[o++] = s[i];
			i++;
		} else if (ch == '"') {
			w->quoted = true;
			i++;
			while (i < e && s[i] != '"') {
				if (s[i] == '\\' && i + 1 < e &&
				    strchr("$`\"\\\n", s[i + 1])) {
					if (s[i + 1] != '\n')
						out[o++] = s[i + 1];
					i += 2;
				} else if (s[i] == '$' && i + 1 < e && s[i + 1] == '(') {
					j = scan(s, e, i + 2, C_PAREN);
					if (!(i + 2 < e && s[i + 2] == '(')) {
						rc = add_inner(p, c, s + i + 2,
							       body_len(s, i + 2, j, ')'), false);
						if (rc)
							return rc;
					}
					memcpy(out + o, s + i, j - i);
					o += j - i;
					i = j;
				} else if (s[i] == '$' &&
					   (j = expand(q, s, i, e, &out, &cap, &o, &rc)) != i) {
					i = j;
				} else if (rc) {
					return rc;
				} else if (s[i] == '$' && i + 1 < e && s[i + 1] == '{') {
					j = scan(s, e, i + 2, C_BRACE);
					memcpy(out + o, s + i, j - i);
					o += j - i;
					i = j;
				} else if (s[i] == '`') {
					j = scan(s, e, i + 1, C_BT);
					rc = add_inner(p, c, s + i + 1, body_len(s, i + 1, j, '`'), true);
					if (rc)
						return rc;
					memcpy(out + o, s + i, j - i);
					o += j - i;
					i = j;
				} else {
					out[o++] = s[i++];
				}
			}
			i++;
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '(') {
			j = scan(s, e, i + 2, C_PAREN);
			if (!(i + 2 < e && s[i + 2] == '(')) { /* $(( )) is arithmetic */
				rc = add_inner(p, c, s + i + 2, body_len(s, i + 2, j, ')'), false);
				if (rc)
					return rc;
			}
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else if (ch == '$' && (j = expand(q, s, i, e, &out, &cap, &o, &rc)) != i) {
			i = j;
		} else if (rc) {
			return rc;
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '{') {
			j = scan(s, e, i + 2, C_BRACE);
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '\'') {
			w->quoted = true;
			i = decode_ansi(s, i + 2, e, out, &o);
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '"') {
			i++; /* $"..." is a translated string: read as "..." */
		} else if (ch == '`') {
			j = scan(s, e, i + 1, C_BT);
			rc = add_inner(p, c, s + i + 1, body_len(s, i + 1, j, '`'), true);
			if (rc)
				return rc;
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else if ((ch == '<' || ch == '>') && i + 1 < e && s[i + 1] == '(') {
			j = scan(s, e, i + 2, C_PAREN);
			rc = add_inner(p, c, s + i + 2, body_len(s, i + 2, j, ')'), false);
			if (rc)
				return rc;
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else {
			out[o++] = ch;
			i++;
		}
	}
	out[o] = '\0';
	w->text = (agate_str){ out, o };
	return 0;
}

static int push_word(parser *p, simple *c, const word *w)
{
	int rc = grow(p->a, (void **)&c->w, &c->capw, c->nw, sizeof(*c->w));
	if (rc)
		return rc;
	c->w[c->nw++] = *w;
	return 0;
}

/* ---- wrappers ------------------------------------------------------ */

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

static const char *const sudo_long[] = { "user", "group", "prompt", "close-from",
	"host", "role", "type", "other-user", "chdir", "chroot", "command-timeout",
	"login-class", NULL };
static const char *const env_long[] = { "unset", "chdir", "split-string", NULL };
static const char *const nice_long[] = { "adjustment", NULL };
static const char *const time_long[] = { "format", "output", NULL };
static const char *const timeout_long[] = { "signal", "kill-after", NULL };
static const char *const xargs_long[] = { "arg-file", "delimiter", "eof", "replace",
	"max-lines", "max-args", "max-procs", "max-chars", "process-slot-var", NULL };
static const char *const stdbuf_long[] = { "input", "output", "error", NULL };
static const char *const ionice_long[] = { "class", "classdata", "pid", "pgid", "uid", NULL };
static const char *const chroot_long[] = { "userspec", "groups", NULL };
static const char *const pkexec_long[] = { "user", NULL };
static const char *const no_long[] = { NULL };

static const wrapper wrappers[] = {
	{ "sudo", "ugpChrtUDRT", "", sudo_long, "lvVe", 0, true, true },
	{ "doas", "uC", "", no_long, "", 0, false, true },
	{ "pkexec", "", "", pkexec_long, "", 0, false, true },
	{ "env", "uCSP", "", env_long, "", 0, true, false },
	{ "nohup", "", "", no_long, "", 0, false, false },
	{ "nice", "n", "", nice_long, "", 0, false, false },
	{ "time", "fo", "", time_long, "", 0, false, false },
	{ "timeout", "sk", "", timeout_long, "", 1, false, false },
	{ "xargs", "adEILnPs", "eil", xargs_long, "", 0, false, false },
	{ "exec", "a", "", no_long, "", 0, false, false },
	{ "command", "", "", no_long, "vV", 0, false, false },
	{ "builtin", "", "", no_long, "", 0, false, false },
	{ "stdbuf", "ioe", "", stdbuf_long, "", 0, false, false },
	{ "ionice", "cnpPu", "", ionice_long, "pPu", 0, false, false },
	{ "chroot", "", "", chroot_long, "", 1, false, false },
	{ "setsid", "", "", no_long, "", 0, false, false },
	{ "busybox", "", "", no_long, "", 0, false, false },
	{ "torsocks", "", "", no_long, "", 0, false, false },
	{ "proxychains", "f", "", no_long, "", 0, false, false },
	{ "proxychains4", "f", "", no_long, "", 0, false, false },
	{ "unbuffer", "", "", no_long, "", 0, false, false },
};

static const wrapper *find_wrapper(agate_str prog)
{
	for (size_t k = 0; k < sizeof(wrappers) / sizeof(wrappers[0]); k++)
		if (str_is(prog, wrappers[k].name))
			return &wrappers[k];
	return NULL;
}

/* Skip a wrapper's options starting at w[i]; returns the index of the
 * wrapped program (== nw when there is none). *split gets env -S's value. */
static size_t skip_options(const wrapper *wr, const word *w, size_t i, size_t nw,
			   bool *no_cmd, agate_str *split)
{
	while (i < nw) {
		agate_str t = w[i].text;

		if (str_is(t, "--")) {
			i++;
			break;
		}
		if (t.len < 2 || t.ptr[0] != '-')
			break;
		if (t.ptr[1] == '-') {
			const char *eq = memchr(t.ptr, '=', t.len);
			agate_str name = { t.ptr + 2, (eq ? (size_t)(eq - t.ptr) : t.len) - 2 };
			if (split && str_is(name, "split-string")) {
				if (eq)
					*split = (agate_str){ eq + 1, t.len - (size_t)(eq + 1 - t.ptr) };
				else if (i + 1 < nw)
					*split = w[i + 1].text;
			}
			i += (!eq && in_set(name, wr->long_arg)) ? 2 : 1;
			continue;
		}
		for (size_t k = 1; k < t.len; k++) {
			char ch = t.ptr[k];
			if (strchr(wr->no_cmd, ch))
				*no_cmd = true;
			if (strchr(wr->short_opt, ch))
				break;
			if (strchr(wr->short_arg, ch)) {
				agate_str val = { t.ptr + k + 1, t.len - k - 1 };
				if (k + 1 == t.len) {
					i++; /* the value is the next word */
					val = i < nw ? w[i].text : (agate_str){ "", 0 };
				}
				if (split && ch == 'S' && str_is((agate_str){ wr->name, strlen(wr->name) }, "env"))
					*split = val;
				break;
			}
		}
		i++;
	}
	if (wr->assignments)
		while (i < nw && w[i].assign)
			i++;
	for (unsigned k = 0; k < wr->positional && i < nw; k++)
		i++;
	return i > nw ? nw : i;
}

static const char *const shells[] = { "sh", "bash", "dash", "zsh", "ksh", "mksh",
	"ash", "csh", "tcsh", "fish", "rbash", "yash", "pdksh", NULL };

static const char *const reserved_prefix[] = { "!", "{", "}", "if", "then", "else",
	"elif", "do", "while", "until", "fi", "done", "esac", "coproc", NULL };

static const char *const reserved_skip[] = { "for", "select", "case", "function",
	"in", NULL };

/* ---- emitting commands -------------------------------------------- */

typedef struct job {    /* a nested line to parse after the command */
	agate_str text;
	const word *w;      /* or: a ready word list (find -exec) */
	size_t nw;
} job;

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

/* Shell options: is there a -c string, and does the shell read its
 * script from stdin? */
static void shell_script(const word *w, size_t nw, agate_str *cstr, bool *cmode,
			 bool *reads_stdin)
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
	if (*cmode && i < nw)
		*cstr = w[i].text;
	*reads_stdin = !*cmode && (smode || i >= nw);
}

static int run_jobs(seq *q, const job *jobs, size_t njobs);

static const char *const decl_words[] = { "local", "export", "declare", "typeset",
	"readonly", NULL };

/* A command made only of assignments (optionally after local/export/...)
 * binds variables for the rest of this level. A value built from a
 * command substitution is unknown: it shadows any earlier binding. */
static int record_vars(seq *q, const word *w, size_t i, size_t nw)
{
	size_t k = i;

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
		v->known = eq[-1] != '+' && !memchr(v->name.ptr, '[', v->name.len) &&
			   !memchr(v->val.ptr, '`', v->val.len);
		/* a '$' left after decoding is a reference to something unknown
		 * here ($1, $(cmd), an unset name); only a leading $HOME, which
		 * path normalisation understands, keeps the value literal */
		for (size_t t = 0; v->known && t < v->val.len; t++)
			if (v->val.ptr[t] == '$' &&
			    !(t == 0 && (has_prefix(v->val, "$HOME") || has_prefix(v->val, "${HOME}"))))
				v->known = false;
		v->next = q->vars;
		q->vars = v;
		q->p->nvars++;
	}
	return 0;
}
static int finish_words(seq *q, simple *c, const word *w, size_t nw, enum sep kind);

/* Turn the collected words into commands; c's redirections belong to
 * the outer command. The word list w may be c->w or a find -exec list. */
static int finish_words(seq *q, simple *c, const word *w, size_t nw, enum sep kind)
{
	parser *p = q->p;
	agate_shell_cmd cmd;
	size_t i = 0, idx = NONE;
	bool elevated = q->sudo, reads_stdin = false;
	job jobs[4];
	size_t njobs = 0;
	agate_str split = { NULL, 0 };
	int rc;

	memset(&cmd, 0, sizeof(cmd));

	while (i < nw && !w[i].quoted && in_set(w[i].text, reserved_prefix))
		i++;
	if (i < nw && !w[i].quoted && in_set(w[i].text, reserved_skip))
		i = nw; /* for x in ...; case ...: the words are not a command */
	rc = record_vars(q, w, i, nw);
	if (rc)
		return rc;
	while (i < nw && w[i].assign)
		i++;

	for (unsigned guard = 0; i < nw && guard < UNWRAP_MAX; guard++) {
		const wrapper *wr = find_wrapper(basename_of(w[i].text));
		bool no_cmd = false;
		size_t j;

		if (!wr)
			break;
		j = skip_options(wr, w, i + 1, nw, &no_cmd, &split);
		if (wr->elevate)
			elevated = true;
		if (split.ptr && njobs < 4) {
			jobs[njobs++] = (job){ split, NULL, 0 };
			split = (agate_str){ NULL, 0 };
		}
		if (no_cmd || j >= nw)
			break;
		i = j;
	}

	if (i >= nw && c->nredir == 0 && !c->redirect_in.ptr)
		goto nested; /* nothing runs here; inner lines may still */

	if (i < nw) {
		cmd.path = w[i].text;
		cmd.program = basename_of(w[i].text);
		cmd.argc = nw - i - 1;
		if (cmd.argc) {
			agate_str *argv = agate_arena_alloc(p->a, cmd.argc * sizeof(*argv));
			if (!argv)
				return -ENOMEM;
			for (size_t k = 0; k < cmd.argc; k++)
				argv[k] = w[i + 1 + k].text;
			cmd.argv = argv;
		}
	} else {
		cmd.program = (agate_str){ "", 0 };
		cmd.path = cmd.program;
	}
	cmd.cwd = q->cwd;
	cmd.sudo = elevated;
	cmd.redirect_out = c->redirect_out;
	cmd.redirect_append = c->append;
	cmd.redirects = c->redir;
	cmd.nredirects = c->nredir;
	cmd.redirect_in = c->redirect_in;
	rc = emit(q, &cmd, kind, &idx);
	if (rc)
		return rc;
	if (kind == SEP_PIPE)
		q->prev_head = idx;

	/* What this program runs in turn. */
	if (in_set(cmd.program, shells)) {
		agate_str cstr;
		bool cmode;
		shell_script(w + i + 1, cmd.argc, &cstr, &cmode, &reads_stdin);
		if (cstr.ptr && njobs < 4)
			jobs[njobs++] = (job){ cstr, NULL, 0 };
		if (reads_stdin && c->has_herestring && njobs < 4)
			jobs[njobs++] = (job){ c->herestring, NULL, 0 };
	} else if (str_is(cmd.program, "eval") || str_is(cmd.program, "watch")) {
		/* both hand their arguments, joined by spaces, to a shell */
		size_t k = 0, total = 0, o = 0;
		char *line;
		if (str_is(cmd.program, "watch")) {
			while (k < cmd.argc && cmd.argv[k].len > 1 && cmd.argv[k].ptr[0] == '-') {
				if (str_is(cmd.argv[k], "-n") || str_is(cmd.argv[k], "--interval"))
					k++;
				k++;
			}
		}
		for (size_t m = k; m < cmd.argc; m++)
			total += cmd.argv[m].len + 1;
		if (total && njobs < 4) {
			line = agate_arena_alloc(p->a, total);
			if (!line)
				return -ENOMEM;
			for (size_t m = k; m < cmd.argc; m++) {
				memcpy(line + o, cmd.argv[m].ptr, cmd.argv[m].len);
				o += cmd.argv[m].len;
				line[o++] = ' ';
			}
			line[o - 1] = '\0';
			jobs[njobs++] = (job){ { line, o - 1 }, NULL, 0 };
		}
	} else if (str_is(cmd.program, "su") || str_is(cmd.program, "runuser")) {
		for (size_t k = 0; k < cmd.argc; k++) {
			agate_str t = cmd.argv[k];
			if ((str_is(t, "-c") || str_is(t, "--command")) && k + 1 < cmd.argc) {
				if (njobs < 4)
					jobs[njobs++] = (job){ cmd.argv[k + 1], NULL, 0 };
				break;
			}
			if (t.len > 10 && memcmp(t.ptr, "--command=", 10) == 0) {
				if (njobs < 4)
					jobs[njobs++] = (job){ { t.ptr + 10, t.len - 10 }, NULL, 0 };
				break;
			}
		}
		elevated = true; /* what su runs, runs as another user */
	} else if (str_is(cmd.program, "find")) {
		const word *aw = w + i + 1;
		for (size_t k = 0; k < cmd.argc && njobs < 4; k++) {
			agate_str t = aw[k].text;
			if (str_is(t, "-exec") || str_is(t, "-execdir") || str_is(t, "-ok") ||
			    str_is(t, "-okdir")) {
				size_t m = k + 1;
				while (m < cmd.argc && !str_is(aw[m].text, ";") &&
				       !str_is(aw[m].text, "+"))
					m++;
				if (m > k + 1)
					jobs[njobs++] = (job){ { NULL, 0 }, aw + k + 1, m - k - 1 };
				k = m;
			}
		}
	} else if (str_is(cmd.program, "cd") || str_is(cmd.program, "pushd")) {
		size_t k = 0;
		while (k < cmd.argc && cmd.argv[k].len > 1 && cmd.argv[k].ptr[0] == '-')
			k++;
		if (k >= cmd.argc) {
			q->cwd = "~";
		} else if (str_is(cmd.argv[k], "-")) {
			q->cwd = NULL;
		} else {
			char *nc = agate_path_normalize(p->a, cmd.argv[k].ptr, cmd.argv[k].len,
							q->cwd);
			if (!nc)
				return -ENOMEM;
			/* a directory only known at run time is unknown here */
			q->cwd = (nc[0] == '/' || nc[0] == '~') && !strpbrk(nc, "$`*?[") ? nc : NULL;
		}
	}

	/* here-documents of this command are parsed when fed to a shell */
	for (heredoc *h = c->hd; h; h = h->next)
		h->parse = reads_stdin;
	if (c->hd) {
		*q->hd_tail = c->hd;
		q->hd_tail = c->hd_tail;
		c->hd = NULL;
		c->hd_tail = &c->hd;
	}

	if (njobs) {
		bool saved = q->sudo;
		q->sudo = elevated;
		rc = run_jobs(q, jobs, njobs);
		q->sudo = saved;
		if (rc)
			return rc;
	}
	return 0;

nested:
	if (c->hd) {
		*q->hd_tail = c->hd;
		q->hd_tail = c->hd_tail;
		c->hd = NULL;
		c->hd_tail = &c->hd;
	}
	if (njobs)
		return run_jobs(q, jobs, njobs);
	return 0;
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
				       q->cwd, q->sudo, false, NONE, q->vars);
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

/* Consume the bodies of pending here-documents; *ip is just past the
 * newline that ended their command line. */
static int heredocs(seq *q, const char *s, size_t len, size_t *ip)
{
	size_t i = *ip;
	int rc;

	for (heredoc *h = q->hd; h; h = h->next) {
		size_t start = i, end = len;
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
		if (h->parse && end > start) {
			rc = parse_seq(q->p, s + start, end - start, q->depth + 1, q->cwd,
				       q->sudo, false, NONE, q->vars);
			if (rc)
				return rc;
		}
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
	e = scan(s, len, i, C_WORD);
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
			i++;
			while (i < len && (s[i] == ';' || s[i] == '&'))
				i++; /* ;; ;& ;;& end case branches */
			rc = end_unit(&q, &c, SEP_SEQ);
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
			size_t e = scan(s, len, i + 1, C_PAREN), k = i + 1;
			while (k < len && is_blank(s[k]))
				k++;
			if (c.nw > 0 && k < len && s[k] == ')') {
				/* name() { ...; }: a function definition; its
				 * body follows as ordinary words */
				c.nw = 0;
				i = k + 1;
			} else if (i + 1 < len && s[i + 1] == '(') {
				i = e; /* (( arithmetic )) */
			} else {
				size_t before = p->n;
				if (c.nw > 0)
					rc = end_unit(&q, &c, SEP_SEQ);
				if (!rc)
					rc = parse_seq(p, s + i + 1, body_len(s, i + 1, e, ')'),
						       depth + 1, q.cwd, q.sudo, q.piped_from,
						       q.prev_head, q.vars);
				if (!rc && p->n > before)
					c.subshell_last = p->n - 1;
				i = e;
			}
		} else if (ch == ')') {
			i++;
			rc = end_unit(&q, &c, SEP_SEQ);
		} else if ((ch == '<' || ch == '>') && !(i + 1 < len && s[i + 1] == '(')) {
			rc = redirect(&q, &c, s, len, &i);
		} else {
			size_t e, k = i;
			word w;

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
			e = scan(s, len, i, C_WORD);
			if (e == i) {
				i++; /* cannot happen for a non-meta byte; keeps progress */
				continue;
			}
			rc = decode(&q, &c, s, i, e, &w);
			if (!rc)
				rc = push_word(p, &c, &w);
			i = e;
		}
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
		"cd", "pushd", NULL };
	const char *const *const tables[] = { reserved_prefix, reserved_skip, decl_words,
		shells, special };
	/* no keyword holds a '/', so the word itself is one only when it is
	 * its own base name */
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		if (in_set(prog, tables[t]))
			return 1;
	if (find_wrapper(prog))
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
	rc = parse_seq(&p, line ? line : "", len, 0, NULL, false, false, NONE, NULL);
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
