/* vars.c - what names resolve to in a shell line (see shell_int.h):
 * variable bindings and their lookup, the output of command
 * substitutions whose command only prints constants, function
 * definitions and the positional parameters of a call.
 *
 * Pure text: nothing runs and nothing is read from the environment. A
 * value the line does not fix is reported unknown, and the caller leaves
 * the reference exactly as written. Every value produced here is charged
 * to the parser's expansion budget, so a hostile line cannot make the
 * words grow without bound.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/shell/shell_int.h"

#define CONST_WORDS 16 /* words of a constant command */

/* IFS is set by every shell at start-up (POSIX 2.5.3), whatever the
 * environment says: unless the line sets it, it is space, tab and
 * newline, and `rm${IFS}-rf${IFS}/` is three words. */
static const var default_ifs = { { "IFS", 3 }, { " \t\n", 3 }, true, NULL, NULL, 0 };

enum var_state var_find(const seq *q, const char *name, size_t n, const var **out)
{
	if (q->p->vars_off)
		return VAR_UNKNOWN;
	for (const var *v = q->vars; v; v = v->next)
		if (v->name.len == n && memcmp(v->name.ptr, name, n) == 0) {
			if (!v->known)
				return VAR_UNKNOWN;
			*out = v;
			return VAR_KNOWN;
		}
	if (n == 3 && memcmp(name, "IFS", 3) == 0) {
		*out = &default_ifs;
		return VAR_KNOWN;
	}
	return VAR_UNBOUND;
}

int var_bind(seq *q, agate_str name, agate_str val, bool known)
{
	var *v;

	if (q->p->nvars >= VARS_MAX) {
		q->p->vars_off = true;
		return 0;
	}
	v = agate_arena_alloc(q->p->a, sizeof(*v));
	if (!v)
		return -ENOMEM;
	v->name = name;
	v->val = val;
	v->known = known;
	v->next = q->vars;
	v->elems = NULL;
	v->nelems = 0;
	q->vars = v;
	q->p->nvars++;
	return 0;
}

int var_bind_list(seq *q, agate_str name, const agate_str *elems, size_t n, bool known)
{
	bool joined = str_is(name, "@") || str_is(name, "*");
	agate_str val = { "", 0 };
	size_t total = 0, before;
	int rc;

	if (n > ARRAY_MAX)
		known = false;
	for (size_t k = 0; known && k < n; k++)
		total += elems[k].len + 1;
	if (known && joined && n) {
		char *t;
		if (total > q->p->budget)
			return var_bind(q, name, val, false);
		q->p->budget -= total;
		t = agate_arena_alloc(q->p->a, total);
		if (!t)
			return -ENOMEM;
		for (size_t k = 0; k < n; k++) {
			memcpy(t + val.len, elems[k].ptr, elems[k].len);
			val.len += elems[k].len;
			t[val.len++] = ' ';
		}
		t[--val.len] = '\0';
		val.ptr = t;
	} else if (known && n) {
		val = elems[0];
	}
	before = q->p->nvars;
	rc = var_bind(q, name, val, known);
	if (!rc && known && q->p->nvars > before) {
		q->vars->elems = elems;
		q->vars->nelems = n;
	}
	return rc;
}

int var_note(parser *p, simple *c, agate_str name, agate_str value)
{
	char *nm;

	if (c->nbind >= AGATE_SHELL_MAX_BINDINGS)
		return 0;
	if (!c->bind) {
		c->bind = agate_arena_alloc(p->a, AGATE_SHELL_MAX_BINDINGS * sizeof(*c->bind));
		if (!c->bind)
			return -ENOMEM;
	}
	nm = agate_arena_strndup(p->a, name.ptr, name.len);
	if (!nm)
		return -ENOMEM;
	c->bind[c->nbind++] = (agate_shell_binding){ { nm, name.len }, value };
	return 0;
}

/* ---- constant text ------------------------------------------------ */

/* A growing buffer in the arena; every byte is charged to the budget. */
typedef struct sbuf {
	parser *p;
	char *b;
	size_t n, cap;
	int rc;
} sbuf;

static bool put(sbuf *sb, const char *x, size_t n)
{
	if (sb->rc || n > sb->p->budget)
		return false;
	if (sb->n + n + 1 > sb->cap) {
		size_t ncap = (sb->n + n + 1) * 2;
		char *nb = agate_arena_alloc(sb->p->a, ncap);
		if (!nb) {
			sb->rc = -ENOMEM;
			return false;
		}
		if (sb->n)
			memcpy(nb, sb->b, sb->n);
		sb->b = nb;
		sb->cap = ncap;
	}
	memcpy(sb->b + sb->n, x, n);
	sb->n += n;
	sb->b[sb->n] = '\0';
	sb->p->budget -= n;
	return true;
}

static bool name_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || is_digit(ch);
}

/* $NAME or ${NAME} at s[*ip] with a known value: appended, true. */
static bool const_ref(seq *q, const char *s, size_t len, size_t *ip, sbuf *sb)
{
	size_t i = *ip + 1, nb, ne;
	bool braced = i < len && s[i] == '{';
	const var *v = NULL;

	if (braced)
		i++;
	nb = i;
	if (i < len && is_digit(s[i]))
		return false; /* positionals are bound as names "1".."9" only in calls */
	while (i < len && name_char(s[i]))
		i++;
	ne = i;
	if (ne == nb)
		return false;
	if (braced) {
		if (i >= len || s[i] != '}')
			return false;
		i++;
	}
	switch (var_find(q, s + nb, ne - nb, &v)) {
	case VAR_KNOWN:
		if (!put(sb, v->val.ptr, v->val.len))
			return false;
		break;
	case VAR_UNBOUND:
		/* the home directory, as path normalisation spells it */
		if (ne - nb != 4 || memcmp(s + nb, "HOME", 4) != 0 || sb->n || !put(sb, "~", 1))
			return false;
		break;
	default:
		return false;
	}
	*ip = i;
	return true;
}

/* One word at s[*ip]: quotes and escapes removed, known references
 * replaced. Stops at an unquoted blank unless whole. false on anything
 * that is not constant text (globs, separators, substitutions, unknown
 * references, an unterminated quote). */
static bool const_word(seq *q, const char *s, size_t len, size_t *ip, bool whole, sbuf *sb)
{
	size_t i = *ip;

	while (i < len) {
		char ch = s[i];
		if (is_blank(ch) && !whole)
			break;
		if (ch == '\'') {
			size_t k = i + 1;
			while (k < len && s[k] != '\'')
				k++;
			if (k >= len || !put(sb, s + i + 1, k - i - 1))
				return false;
			i = k + 1;
		} else if (ch == '"') {
			for (i++; i < len && s[i] != '"';) {
				if (s[i] == '\\' && i + 1 < len && strchr("$`\"\\", s[i + 1])) {
					if (!put(sb, s + i + 1, 1))
						return false;
					i += 2;
				} else if (s[i] == '$') {
					if (!const_ref(q, s, len, &i, sb))
						return false;
				} else if (s[i] == '`') {
					return false;
				} else if (!put(sb, s + i++, 1)) {
					return false;
				}
			}
			if (i >= len)
				return false;
			i++;
		} else if (ch == '\\') {
			if (i + 1 >= len || !put(sb, s + i + 1, 1))
				return false;
			i += 2;
		} else if (ch == '$') {
			if (!const_ref(q, s, len, &i, sb))
				return false;
		} else if (strchr(";&|<>()`*?[]{}!#\n", ch)) {
			return false;
		} else if (!put(sb, s + i++, 1)) {
			return false;
		}
	}
	*ip = i;
	return true;
}

/* The words of s[0..len) (at most CONST_WORDS). false when some word is
 * not constant. */
static bool const_words(seq *q, const char *s, size_t len, agate_str *w, size_t *nw, int *rc)
{
	size_t i = 0;

	*nw = 0;
	for (;;) {
		sbuf sb = { q->p, NULL, 0, 0, 0 };
		while (i < len && is_blank(s[i]))
			i++;
		if (i >= len)
			return true;
		if (*nw == CONST_WORDS || !const_word(q, s, len, &i, false, &sb) ||
		    !put(&sb, "", 0)) {
			*rc = sb.rc;
			return false;
		}
		w[(*nw)++] = (agate_str){ sb.b, sb.n };
	}
}

bool var_word(seq *q, const char *s, size_t len, agate_str *out, int *rc)
{
	sbuf sb = { q->p, NULL, 0, 0, 0 };
	size_t i = 0;

	if (!const_word(q, s, len, &i, true, &sb) || !put(&sb, "", 0)) {
		*rc = sb.rc;
		return false;
	}
	*out = (agate_str){ sb.b, sb.n };
	return true;
}

/* ---- ${NAME op ...} on a known value ------------------------------- */

#define OP_MAX_VALUE 4096 /* longer values are left as written */

/* The pattern or word of an operator, s[0..len): text without quotes or
 * references is a glob pattern as written; anything else must be a
 * constant word (then matched as plain text). */
static bool op_text(seq *q, const char *s, size_t len, bool pattern, char **out, int *rc)
{
	agate_str w;

	if (pattern && !memchr(s, '\'', len) && !memchr(s, '"', len) &&
	    !memchr(s, '\\', len) && !memchr(s, '$', len) && !memchr(s, '`', len)) {
		*out = agate_arena_strndup(q->p->a, s, len);
		if (!*out)
			*rc = -ENOMEM;
		return *out != NULL;
	}
	if (!var_word(q, s, len, &w, rc))
		return false;
	*out = (char *)w.ptr;
	return true;
}

/* Does pat match all of t[0..n)? tmp has room for n + 1 bytes. */
static bool glob_match(const char *pat, const char *t, size_t n, char *tmp)
{
	memcpy(tmp, t, n);
	tmp[n] = '\0';
	return fnmatch(pat, tmp, 0) == 0;
}

/* ${v#p} ${v##p} ${v%p} ${v%%p}: the value without the shortest or
 * longest prefix or suffix p matches. */
static agate_str trim(agate_str v, const char *pat, bool prefix, bool longest, char *tmp)
{
	for (size_t step = 0; step <= v.len; step++) {
		size_t n = longest ? v.len - step : step;
		if (prefix ? glob_match(pat, v.ptr, n, tmp) :
			     glob_match(pat, v.ptr + v.len - n, n, tmp))
			return prefix ? (agate_str){ v.ptr + n, v.len - n } :
					(agate_str){ v.ptr, v.len - n };
	}
	return v;
}

/* ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r}: the longest match at the
 * first place it matches (every place with //) replaced by r. */
static bool replace(sbuf *sb, agate_str v, const char *pat, const char *rep, char mode,
		    char *tmp)
{
	size_t i = 0, rl = strlen(rep);
	bool done = false;

	while (i <= v.len) {
		size_t n = 0;
		bool hit = false;
		if (!done && (mode != '#' || i == 0))
			for (n = v.len - i + 1; n-- > 0;) {
				if (mode == '%' && i + n != v.len)
					continue;
				if (n && glob_match(pat, v.ptr + i, n, tmp)) {
					hit = true;
					break;
				}
			}
		if (hit) {
			if (!put(sb, rep, rl))
				return false;
			i += n;
			done = mode != '/';
			continue;
		}
		if (i < v.len && !put(sb, v.ptr + i, 1))
			return false;
		i++;
	}
	return put(sb, "", 0);
}

/* ${v:off} ${v:off:len} with decimal numbers (a negative offset after a
 * blank, as bash wants it) */
static bool substring(agate_str v, const char *s, size_t len, agate_str *out)
{
	long off = 0, n = (long)v.len;
	size_t i = 0;
	bool neg = false;
	char *end;

	while (i < len && s[i] == ' ')
		i++;
	if (i < len && s[i] == '-')
		neg = true, i++;
	if (i >= len || !is_digit(s[i]))
		return false;
	off = strtol(s + i, &end, 10);
	i = (size_t)(end - s);
	if (neg)
		off = (long)v.len - off;
	if (off < 0 || off > (long)v.len)
		return false;
	if (i < len && s[i] == ':') {
		if (++i >= len || !is_digit(s[i]))
			return false;
		n = strtol(s + i, &end, 10);
		i = (size_t)(end - s);
	}
	if (i != len)
		return false;
	if (n > (long)v.len - off)
		n = (long)v.len - off;
	*out = (agate_str){ v.ptr + off, (size_t)n };
	return true;
}

bool var_op(seq *q, agate_str v, const char *s, size_t len, agate_str *out, int *rc)
{
	sbuf sb = { q->p, NULL, 0, 0, 0 };
	char *pat, *rep, *tmp;
	char op;
	bool twice;

	if (!len || v.len > OP_MAX_VALUE || len > OP_MAX_VALUE)
		return false;
	op = s[0];
	twice = len > 1 && s[1] == op;
	if (op == ':')
		return substring(v, s + 1, len - 1, out);
	if (op == '^' || op == ',') {
		/* case: only the plain form, without a pattern */
		if (len != (twice ? 2u : 1u) || !put(&sb, v.ptr, v.len) || !put(&sb, "", 0)) {
			*rc = sb.rc;
			return false;
		}
		for (size_t i = 0; i < sb.n && (twice || i == 0); i++)
			if (op == '^' && sb.b[i] >= 'a' && sb.b[i] <= 'z')
				sb.b[i] = (char)(sb.b[i] - 32);
			else if (op == ',' && sb.b[i] >= 'A' && sb.b[i] <= 'Z')
				sb.b[i] = (char)(sb.b[i] + 32);
		*out = (agate_str){ sb.b, sb.n };
		return true;
	}
	if (op != '#' && op != '%' && op != '/')
		return false;
	tmp = agate_arena_alloc(q->p->a, v.len + 1);
	if (!tmp) {
		*rc = -ENOMEM;
		return false;
	}
	if (op != '/') {
		size_t k = twice ? 2 : 1;
		if (!op_text(q, s + k, len - k, true, &pat, rc))
			return false;
		*out = trim(v, pat, op == '#', twice, tmp);
		return true;
	}
	{
		char mode = len > 1 && strchr("/#%", s[1]) ? s[1] : 0;
		size_t pb = mode ? 2 : 1, pe = pb;
		while (pe < len && s[pe] != '/')
			pe += s[pe] == '\\' ? 2 : 1;
		if (pe > len)
			pe = len;
		if (!op_text(q, s + pb, pe - pb, true, &pat, rc) ||
		    !op_text(q, pe < len ? s + pe + 1 : "", pe < len ? len - pe - 1 : 0, false,
			     &rep, rc))
			return false;
		if (!replace(&sb, v, pat, rep, mode, tmp)) {
			*rc = sb.rc;
			return false;
		}
		*out = (agate_str){ sb.b, sb.n };
		return true;
	}
}

/* ---- what echo -e and printf write ----------------------------------- */

static int octal(char ch)
{
	return ch >= '0' && ch <= '7' ? ch - '0' : -1;
}

static int hexdigit(char ch)
{
	if (is_digit(ch))
		return ch - '0';
	if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
		return (ch | 0x20) - 'a' + 10;
	return -1;
}

size_t unescape(agate_str t, size_t j, bool format, char *out)
{
	int v = 0, d, k;

	if (t.ptr[j] != '\\' || j + 1 >= t.len) {
		*out = t.ptr[j];
		return j + 1;
	}
	switch (t.ptr[j + 1]) {
	case '\\': *out = '\\'; return j + 2;
	case 'a': *out = '\a'; return j + 2;
	case 'b': *out = '\b'; return j + 2;
	case 'e': case 'E': *out = 27; return j + 2;
	case 'f': *out = '\f'; return j + 2;
	case 'n': *out = '\n'; return j + 2;
	case 'r': *out = '\r'; return j + 2;
	case 't': *out = '\t'; return j + 2;
	case 'v': *out = '\v'; return j + 2;
	case 'x':
		for (k = 0, j += 2; k < 2 && j < t.len && (d = hexdigit(t.ptr[j])) >= 0; k++, j++)
			v = v * 16 + d;
		*out = k ? (char)v : '\\';
		return k ? j : j - 1;
	default:
		break;
	}
	/* octal: \NNN in a format, \0NNN for echo -e and %b */
	if (octal(t.ptr[j + 1]) >= 0 && (format || t.ptr[j + 1] == '0')) {
		j += format ? 1 : 2;
		for (k = 0; k < 3 && j < t.len && (d = octal(t.ptr[j])) >= 0; k++, j++)
			v = v * 8 + d;
		*out = (char)v;
		return j;
	}
	*out = '\\';
	return j + 1;
}

size_t printf_text(const agate_str *argv, size_t argc, char *out)
{
	agate_str fmt = argv[0];
	size_t o = 0, a = 1;

	do {
		size_t used = a;
		for (size_t j = 0; j < fmt.len;) {
			if (fmt.ptr[j] == '%' && j + 1 < fmt.len && fmt.ptr[j + 1] == '%') {
				out[o++] = '%';
				j += 2;
			} else if (fmt.ptr[j] == '%') {
				for (j++; j < fmt.len && strchr("-+ #0123456789.*", fmt.ptr[j]); j++)
					;
				bool b = j < fmt.len && fmt.ptr[j] == 'b';
				j += j < fmt.len;
				if (a < argc) {
					/* %b reads its argument's escapes, as echo -e */
					for (size_t m = 0; m < argv[a].len;)
						m = b ? unescape(argv[a], m, false, out + o++) :
							(out[o++] = argv[a].ptr[m], m + 1);
					a++;
				}
			} else {
				j = unescape(fmt, j, true, out + o++);
			}
		}
		if (a == used)
			break; /* a format without conversions is printed once */
	} while (a < argc);
	return o;
}

/* ---- constant commands ---------------------------------------------- */

/* echo's words joined by spaces, escapes read after -e; a newline ends
 * it unless -n (a substitution drops it anyway). */
static bool echo_out(const agate_str *w, size_t nw, sbuf *sb)
{
	size_t k = 1;
	bool esc = false;

	for (; k < nw && w[k].len > 1 && w[k].ptr[0] == '-' &&
	       strspn(w[k].ptr + 1, "neE") == w[k].len - 1; k++)
		esc |= memchr(w[k].ptr, 'e', w[k].len) != NULL;
	for (size_t m = k; m < nw; m++) {
		if (m > k && !put(sb, " ", 1))
			return false;
		for (size_t j = 0; j < w[m].len;) {
			char ch;
			j = esc ? unescape(w[m], j, false, &ch) : (ch = w[m].ptr[j], j + 1);
			if (!put(sb, &ch, 1))
				return false;
		}
	}
	return true;
}

/* printf FORMAT ARGS...: escapes read, conversions filled in order */
static bool printf_out(seq *q, const agate_str *w, size_t nw, sbuf *sb)
{
	size_t total = 0;
	char *t;

	if (nw < 2 || str_is(w[1], "-v"))
		return false;
	if (str_is(w[1], "--")) {
		w++;
		nw--;
		if (nw < 2)
			return false;
	}
	for (size_t m = 1; m < nw; m++)
		total += w[m].len;
	total += nw * w[1].len;
	if (total > q->p->budget)
		return false;
	t = agate_arena_alloc(q->p->a, total + 1);
	if (!t) {
		sb->rc = -ENOMEM;
		return false;
	}
	return put(sb, t, printf_text(w + 1, nw - 1, t));
}

/* basename P [SUFFIX] and dirname P, on the text */
static bool path_part(const agate_str *w, size_t nw, bool base, sbuf *sb)
{
	agate_str t;
	size_t e, b;

	if (nw < 2 || nw > (base ? 3u : 2u) || !w[1].len || w[1].ptr[0] == '-')
		return false;
	t = w[1];
	e = t.len;
	while (e > 1 && t.ptr[e - 1] == '/')
		e--;
	b = e;
	while (b > 0 && t.ptr[b - 1] != '/')
		b--;
	if (base) {
		if (e == 1 && t.ptr[0] == '/')
			return put(sb, "/", 1);
		if (nw == 3 && w[2].len < e - b &&
		    memcmp(t.ptr + e - w[2].len, w[2].ptr, w[2].len) == 0)
			e -= w[2].len;
		return put(sb, t.ptr + b, e - b);
	}
	if (b == 0)
		return put(sb, ".", 1);
	while (b > 1 && t.ptr[b - 1] == '/')
		b--;
	return put(sb, t.ptr, b);
}

/* `cat <<DELIM` followed by its body and DELIM, and nothing else: the
 * output is the body, when the delimiter is quoted or the body holds no
 * $, ` or \ (which an unquoted delimiter would expand). */
static bool cat_heredoc(const char *s, size_t len, sbuf *sb)
{
	size_t i = 0, db, de, b, k;
	bool strip = false, quoted = false;
	char qc = 0;

	while (i < len && (is_blank(s[i]) || s[i] == '\n'))
		i++;
	if (len - i < 5 || memcmp(s + i, "cat", 3) != 0 || !is_blank(s[i + 3]))
		return false;
	for (i += 3; i < len && is_blank(s[i]); i++)
		;
	if (len - i < 2 || s[i] != '<' || s[i + 1] != '<')
		return false;
	i += 2;
	if (i < len && s[i] == '-') {
		strip = true;
		i++;
	}
	while (i < len && is_blank(s[i]))
		i++;
	if (i < len && (s[i] == '\'' || s[i] == '"')) {
		qc = s[i++];
		quoted = true;
	}
	for (db = i; i < len && name_char(s[i]); i++)
		;
	de = i;
	if (de == db || (qc && (i >= len || s[i++] != qc)))
		return false;
	while (i < len && is_blank(s[i]))
		i++;
	if (i >= len || s[i] != '\n')
		return false;
	b = ++i;
	/* find the line that is the delimiter */
	for (k = b; k < len;) {
		size_t ls = k, le = k;
		while (le < len && s[le] != '\n')
			le++;
		if (strip)
			while (ls < le && s[ls] == '\t')
				ls++;
		if (le - ls == de - db && memcmp(s + ls, s + db, de - db) == 0) {
			for (size_t t = le; t < len; t++)
				if (!is_blank(s[t]) && s[t] != '\n')
					return false;
			if (!quoted)
				for (size_t t = b; t < k; t++)
					if (s[t] == '$' || s[t] == '`' || s[t] == '\\')
						return false;
			return put(sb, s + b, k - b);
		}
		k = le + 1;
	}
	return false;
}

bool var_const_output(seq *q, const char *s, size_t len, bool in_dq, agate_str *out,
		      int *rc)
{
	agate_str w[CONST_WORDS];
	size_t nw;
	sbuf sb = { q->p, NULL, 0, 0, 0 };
	bool ok;
	agate_str prog;

	if (memchr(s, '<', len) && cat_heredoc(s, len, &sb))
		goto done;
	if (sb.rc) {
		*rc = sb.rc;
		return false;
	}
	if (!const_words(q, s, len, w, &nw, rc) || nw == 0)
		return false;
	prog = w[0];
	if (str_is(prog, "echo") || str_is(prog, "/bin/echo"))
		ok = echo_out(w, nw, &sb);
	else if (str_is(prog, "printf") || str_is(prog, "/usr/bin/printf"))
		ok = printf_out(q, w, nw, &sb);
	else if (str_is(prog, "pwd"))
		ok = nw == 1 && q->cwd && put(&sb, q->cwd, strlen(q->cwd));
	else if (str_is(prog, "basename") || str_is(prog, "dirname"))
		ok = path_part(w, nw, prog.ptr[0] == 'b', &sb);
	else if (str_is(prog, "realpath") ||
		 (str_is(prog, "readlink") && nw == 3 && str_is(w[1], "-f"))) {
		char *r = agate_path_normalize(q->p->a, w[nw - 1].ptr, w[nw - 1].len, q->cwd);
		if (!r) {
			*rc = -ENOMEM;
			return false;
		}
		ok = (nw == 2 || str_is(prog, "readlink")) && (r[0] == '/' || r[0] == '~') &&
		     put(&sb, r, strlen(r));
	} else
		ok = false;
	if (!ok) {
		*rc = sb.rc;
		return false;
	}
done:
	if (!put(&sb, "", 0)) {
		*rc = sb.rc;
		return false;
	}
	while (sb.n && sb.b[sb.n - 1] == '\n')
		sb.n--; /* a substitution drops trailing newlines */
	(void)in_dq; /* unquoted, decode() splits the output into words */
	*out = (agate_str){ sb.b, sb.n };
	return true;
}

/* ---- functions ------------------------------------------------------ */

int fn_define(parser *p, agate_str name, const char *body, size_t len)
{
	fn *f;

	if (p->nfns >= FNS_MAX || !name.len || memchr(name.ptr, '/', name.len))
		return 0;
	f = agate_arena_zalloc(p->a, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->name = name;
	f->body = body;
	f->len = len;
	f->next = p->fns;
	p->fns = f;
	p->nfns++;
	return 0;
}

fn *fn_find(parser *p, agate_str prog)
{
	if (!prog.len || memchr(prog.ptr, '/', prog.len))
		return NULL;
	for (fn *f = p->fns; f; f = f->next)
		if (f->name.len == prog.len && memcmp(f->name.ptr, prog.ptr, prog.len) == 0)
			return f;
	return NULL;
}

static bool literal(agate_str t)
{
	return !memchr(t.ptr, '$', t.len) && !memchr(t.ptr, '`', t.len);
}

int fn_args(seq *q, const agate_shell_cmd *cmd, var **out)
{
	return positional_bind(q, cmd->argv, cmd->argc, NULL, out);
}

int positional_bind(seq *q, const agate_str *argv, size_t argc, const agate_str *zero,
		    var **out)
{
	static const char *const digits[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };
	seq t = *q;
	bool all_known = true;
	char *count;
	int rc = 0;

	if (zero)
		rc = var_bind(&t, (agate_str){ "0", 1 }, *zero, literal(*zero));
	/* every one of $1..$9 is bound, so an outer call's never shows through */
	for (size_t k = 0; k < 9 && !rc; k++) {
		agate_str v = k < argc ? argv[k] : (agate_str){ "", 0 };
		rc = var_bind(&t, (agate_str){ digits[k], 1 }, v, literal(v));
	}
	/* "$@" is as many words as arguments (words.c splits it at the
	 * spaces between them only); "$*" is one word */
	for (size_t k = 0; k < argc; k++)
		all_known = all_known && literal(argv[k]);
	if (!rc)
		rc = var_bind_list(&t, (agate_str){ "@", 1 }, argv, argc, all_known);
	if (!rc)
		rc = var_bind_list(&t, (agate_str){ "*", 1 }, argv, argc, all_known);
	count = agate_arena_alloc(q->p->a, 24);
	if (!count)
		return -ENOMEM;
	snprintf(count, 24, "%zu", argc);
	if (!rc)
		rc = var_bind(&t, (agate_str){ "#", 1 }, (agate_str){ count, strlen(count) }, true);
	if (rc)
		return rc;
	*out = t.vars;
	return 0;
}

int alias_define(parser *p, agate_str name, const char *value, size_t len)
{
	fn *f;

	if (p->naliases >= FNS_MAX || !name.len || memchr(name.ptr, '/', name.len))
		return 0;
	f = agate_arena_zalloc(p->a, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->name = name;
	f->body = value;
	f->len = len;
	f->next = p->aliases;
	p->aliases = f;
	p->naliases++;
	return 0;
}

fn *alias_find(parser *p, agate_str prog)
{
	for (fn *f = p->aliases; f; f = f->next)
		if (f->name.len == prog.len && memcmp(f->name.ptr, prog.ptr, prog.len) == 0)
			return f;
	return NULL;
}
