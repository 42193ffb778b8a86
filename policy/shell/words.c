/* words.c - finding and unquoting the words of a shell line (see
 * shell_int.h): scan() knows where a word or a nested construct ends,
 * decode() unquotes a word, expands what the line fixes (variables bound
 * earlier, ${v:-word} defaults, substitutions that print constants: see
 * vars.c) and notes the command substitutions in it for parse.c to parse.
 */
#include <errno.h>
#include <fnmatch.h>
#include <string.h>

#include "policy/shell/shell_int.h"

#define SCAN_STACK 64

static bool is_meta(char ch)
{
	return is_blank(ch) || ch == '\n' || ch == ';' || ch == '&' || ch == '|' ||
	       ch == '<' || ch == '>' || ch == '(' || ch == ')';
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

/* ---- scanning ------------------------------------------------------ */

static bool word_is(const char *s, size_t len, size_t b, size_t e, const char *lit)
{
	size_t n = strlen(lit);
	return e <= len && e - b == n && memcmp(s + b, lit, n) == 0;
}

/* Is s[i..) the reserved word `case` (want_esac: `esac`) where a shell
 * reads it as one? Inside $( ) a case pattern's ')' does not close the
 * substitution: `$(case a in a) rm -rf /;; esac)` runs rm, and must not
 * end at "a)". A word counts where a command may start: after ( ; & | or
 * a newline, after `do`, `then`, `else`, `{` or `!`, and (in_case) after
 * a pattern's ')'; `esac` after ;; or a newline. Misread the other way,
 * a construct would run on to the end of the line, and its body is then
 * parsed as commands: nothing is hidden. */
static bool case_word(const char *s, size_t len, size_t i, bool want_esac, bool in_case)
{
	size_t j = i, k;

	if ((i > 0 && !is_meta(s[i - 1])) || i + 4 > len ||
	    (i + 4 < len && !is_meta(s[i + 4])) ||
	    memcmp(s + i, want_esac ? "esac" : "case", 4) != 0)
		return false;
	while (j > 0 && is_blank(s[j - 1]))
		j--;
	if (j == 0)
		return true;
	if (strchr(want_esac ? ";&\n" : "(;&|\n", s[j - 1]) || (in_case && s[j - 1] == ')'))
		return true;
	if (want_esac)
		return false;
	for (k = j; k > 0 && !is_meta(s[k - 1]); k--)
		;
	return word_is(s, len, k, j, "do") || word_is(s, len, k, j, "then") ||
	       word_is(s, len, k, j, "else") || word_is(s, len, k, j, "{") ||
	       word_is(s, len, k, j, "!");
}

/* With first == C_WORD: index just past the word that starts at i.
 * Otherwise the opener of a construct ends just before i, and the result
 * is the index just past its closing delimiter. An unterminated construct
 * ends at len. The fixed stack bounds the work on hostile nesting: past it
 * *deep is set and the rest of the input is one construct; the caller
 * then refuses the line, for that construct would hide what follows it
 * ("${x:-"${x:-...}"}; rm -rf /" must not be one long word). */
size_t scan(const char *s, size_t len, size_t i, int first, bool *deep)
{
	unsigned char st[SCAN_STACK];
	int sp = 0;
	size_t start = i;

	if (first == C_ARG) {
		first = C_WORD;
		if (i > 0 && i + 1 < len && s[i] == '!' && s[i + 1] == '(')
			start = i - 1; /* !( here is extglob too */
	}

#define PUSH(x) do { if (sp == SCAN_STACK) { *deep = true; return len; } st[sp++] = (x); } while (0)
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
		} else if (top == C_PAREN || top == C_CASE) {
			if (ch == '(') {
				PUSH(C_PAREN);
			} else if (ch == ')') {
				if (top == C_PAREN) { /* in a case: a pattern's end */
					sp--;
					popped = true;
				}
			} else if (ch == '#' && (i == 0 || is_meta(s[i - 1]))) {
				while (i < len && s[i] != '\n')
					i++;
				continue;
			} else if (ch == 'c' && case_word(s, len, i, false, top == C_CASE)) {
				PUSH(C_CASE);
				i += 4;
				continue;
			} else if (ch == 'e' && top == C_CASE && case_word(s, len, i, true, true)) {
				sp--;
				i += 4;
				continue;
			}
			i++;
		} else {
			/* a word at top level */
			if (ch == '(' && i > start + 1 && strchr("!@?*+", s[i - 1]) && first == C_WORD) {
				PUSH(C_PAREN); /* an extglob group: !(*.cc) */
				i++;
				continue;
			}
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

/* Inside backticks, \` \\ and \$ stand for the plain character: the
 * body s[0..len) as the command inside reads it. 0 or -ENOMEM. */
static int bt_unescape(parser *p, const char *s, size_t len, const char **out, size_t *olen)
{
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
	*out = t;
	*olen = o;
	return 0;
}

static int add_inner(parser *p, simple *c, const char *s, size_t len, bool backtick)
{
	inner *in = agate_arena_alloc(p->a, sizeof(*in));
	int rc;

	if (!in)
		return -ENOMEM;
	if (backtick && (rc = bt_unescape(p, s, len, &s, &len)) != 0)
		return rc;
	in->s = s;
	in->len = len;
	in->next = NULL;
	*c->in_tail = in;
	c->in_tail = &in->next;
	return 0;
}

/* Code point v as UTF-8 at out (raw: v is one plain byte); returns the
 * bytes written, never more than the 10 that "\\UXXXXXXXX" takes, so the
 * output never outgrows the input. Past U+10FFFF the escape is kept as
 * the byte bash leaves for it. */
static size_t utf8_put(char *out, unsigned long v, bool raw)
{
	if (raw || v < 0x80) {
		out[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		out[0] = (char)(0xc0 | (v >> 6));
		out[1] = (char)(0x80 | (v & 0x3f));
		return 2;
	}
	if (v < 0x10000) {
		out[0] = (char)(0xe0 | (v >> 12));
		out[1] = (char)(0x80 | ((v >> 6) & 0x3f));
		out[2] = (char)(0x80 | (v & 0x3f));
		return 3;
	}
	if (v > 0x10ffff) {
		out[0] = '?';
		return 1;
	}
	out[0] = (char)(0xf0 | (v >> 18));
	out[1] = (char)(0x80 | ((v >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((v >> 6) & 0x3f));
	out[3] = (char)(0x80 | (v & 0x3f));
	return 4;
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
		case 'u': case 'U': {
			/* a code point, written out in UTF-8 as bash does */
			unsigned long v = 0;
			int k = 0, h, max = ch == 'u' ? 4 : 8;
			while (k < max && i < e && (h = hexval(s[i])) >= 0) {
				v = v * 16 + (unsigned long)h;
				i++;
				k++;
			}
			*o += utf8_put(out + *o, k ? v : (unsigned long)ch, k == 0);
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

/* Copy val to out at *o, growing out so that it keeps room for what the
 * rest of the word (rest bytes) can produce. Charged to the budget by
 * the caller. 0 or -ENOMEM. */
static int put(parser *p, char **out, size_t *cap, size_t *o, agate_str val, size_t rest)
{
	if (*o + val.len + rest + 1 > *cap) {
		size_t ncap = *o + val.len + rest + 1;
		char *nb = agate_arena_alloc(p->a, ncap);
		if (!nb)
			return -ENOMEM;
		memcpy(nb, *out, *o);
		*out = nb;
		*cap = ncap;
	}
	memcpy(*out + *o, val.ptr, val.len);
	*o += val.len;
	return 0;
}

/* End of the name of a reference starting at s[j] (after $ or ${): a
 * NAME, one digit (any digits when braced), or one of @ * #; j when
 * there is none. */
static size_t ref_name(const char *s, size_t j, size_t e, bool braced)
{
	if (j >= e)
		return j;
	if (is_name_start(s[j])) {
		while (j < e && is_name_char(s[j]))
			j++;
		return j;
	}
	if (is_digit(s[j])) {
		if (!braced)
			return j + 1;
		while (j < e && is_digit(s[j]))
			j++;
		return j;
	}
	return (s[j] == '@' || s[j] == '*' || s[j] == '#') ? j + 1 : j;
}

/* ${NAME op WORD} with op one of :- := :+ - = + at s[k] (after NAME).
 * A name the line never bound takes the line's own word (what runs when
 * the environment does not set it); a name bound to something unknown
 * stays unknown. Returns the index past the closing brace with *val, or
 * 0 when the form is another one or the value is not fixed. */
static size_t param_op(seq *q, const char *s, size_t k, size_t e, agate_str name,
		       enum var_state st, const var *v, agate_str *val, int *rc)
{
	bool colon = false, set;
	char op;
	size_t wb, end;

	if (st == VAR_KNOWN && k < e && strchr("#%/^,:", s[k]) &&
	    !(s[k] == ':' && k + 1 < e && strchr("-=+?", s[k + 1]))) {
		/* removal, replacement, case, substring of a known value */
		end = scan(s, e, k, C_BRACE, &q->p->deep);
		if (end <= k || s[end - 1] != '}' || !var_op(q, v->val, s + k, end - 1 - k, val, rc))
			return 0;
		return end;
	}
	if (k < e && s[k] == ':') {
		colon = true;
		k++;
	}
	if (k >= e || (s[k] != '-' && s[k] != '=' && s[k] != '+'))
		return 0;
	op = s[k++];
	wb = k;
	end = scan(s, e, wb, C_BRACE, &q->p->deep);
	if (end <= wb || s[end - 1] != '}' || st == VAR_UNKNOWN)
		return 0;
	set = st == VAR_KNOWN && (!colon || v->val.len > 0);
	if (op == '+' ? !set : set) {
		*val = op == '+' ? (agate_str){ "", 0 } : v->val;
		return end;
	}
	if (!var_word(q, s + wb, end - 1 - wb, val, rc))
		return 0;
	if (op == '=' && is_name_start(name.ptr[0])) {
		*rc = var_bind(q, name, *val, true);
		if (*rc)
			return 0;
	}
	return end;
}

/* Add every command substitution in s[b..e) to c's inner list, reading
 * the text as the body of ${ } or an unquoted here-document: quotes do
 * not hide them (inside "${x:-'$(cmd)'}" and in a here-document body the
 * single quotes are plain characters and cmd runs), a backslash does.
 * ${ } and $(( )) within are walked through, not skipped, so the walk is
 * flat and each byte is looked at once. */
int substitutions(parser *p, simple *c, const char *s, size_t b, size_t e)
{
	size_t i = b, j;
	int rc;

	while (i < e) {
		if (s[i] == '\\') {
			i += 2;
		} else if (s[i] == '$' && i + 1 < e && s[i + 1] == '(') {
			j = scan(s, e, i + 2, C_PAREN, &p->deep);
			rc = add_inner(p, c, s + i + 2, body_len(s, i + 2, j, ')'), false);
			if (rc)
				return rc;
			i = j;
		} else if (s[i] == '`') {
			j = scan(s, e, i + 1, C_BT, &p->deep);
			rc = add_inner(p, c, s + i + 1, body_len(s, i + 1, j, '`'), true);
			if (rc)
				return rc;
			i = j;
		} else {
			i++;
		}
	}
	return 0;
}

/* The output buffer of one word: expand() may grow it. */
typedef struct outbuf {
	char *p;
	size_t cap, o;
	bool expanded;  /* the last dollar() put a value, not the text as written */
	bool in_dq;     /* inside "...": "$@" is split only between elements */
	word *w;        /* the word being made, for those splits */
} outbuf;

static int add_span(parser *p, word *w, size_t b, size_t e);

/* ${NAME[@]} ${NAME[*]} ${NAME[N]} at s[k] (the `[` after NAME) of an
 * array v: *val gets the element, or the elements joined by spaces with
 * *list set for @. Returns the index past `}`, or 0 for any other form
 * (${a[@]:1}, ${a[$i]}) or an array the line does not know. */
static size_t subscript(seq *q, const char *s, size_t k, size_t e, const var *v,
			agate_str *val, bool *list, int *rc)
{
	size_t j = k + 1, idx = 0, total = 0;
	char *t;

	if (!v)
		return 0;
	if (!v->elems) {
		/* a plain variable is an array of one: ${x[0]}, ${x[@]} */
		if (j + 2 < e && strchr("@*0", s[j]) && s[j + 1] == ']' && s[j + 2] == '}') {
			*val = v->val;
			return j + 3;
		}
		return 0;
	}
	if (j + 2 < e && (s[j] == '@' || s[j] == '*') && s[j + 1] == ']' && s[j + 2] == '}') {
		*list = s[j] == '@';
		for (size_t m = 0; m < v->nelems; m++)
			total += v->elems[m].len + 1;
		if (total > q->p->budget)
			return 0;
		t = agate_arena_alloc(q->p->a, total + 1);
		if (!t) {
			*rc = -ENOMEM;
			return 0;
		}
		*val = (agate_str){ t, 0 };
		for (size_t m = 0; m < v->nelems; m++) {
			if (m)
				t[val->len++] = ' ';
			memcpy(t + val->len, v->elems[m].ptr, v->elems[m].len);
			val->len += v->elems[m].len;
		}
		return j + 3;
	}
	for (; j < e && is_digit(s[j]) && idx < ARRAY_MAX; j++)
		idx = idx * 10 + (size_t)(s[j] - '0');
	if (j == k + 1 || j + 1 >= e || s[j] != ']' || s[j + 1] != '}')
		return 0;
	*val = idx < v->nelems ? v->elems[idx] : (agate_str){ "", 0 };
	return j + 2;
}

/* Expand $NAME, ${NAME}, ${NAME op WORD} and, inside a function call,
 * $1..$9 $@ $* $# at s[i] when the value is fixed by the line: the value
 * goes to out and is noted on c. Returns the index past the reference,
 * or i when nothing was expanded (*rc says whether that was an error). */
static size_t expand(seq *q, simple *c, const char *s, size_t i, size_t e, outbuf *ob,
		     int *rc)
{
	size_t j = i + 1, nb, ne, end, at;
	const var *v = NULL;
	enum var_state st;
	agate_str val;
	bool list = false;

	if (j < e && s[j] == '{') {
		nb = ++j;
		ne = ref_name(s, nb, e, true);
		if (ne == nb || ne >= e)
			return i;
		st = var_find(q, s + nb, ne - nb, &v);
		if (s[ne] == '[') {
			end = st == VAR_KNOWN ? subscript(q, s, ne, e, v, &val, &list, rc) : 0;
			if (!end)
				return i;
		} else if (s[ne] == '}') {
			if (st == VAR_UNBOUND && ob->o == 0 && ne - nb == 4 && !memcmp(s + nb, "HOME", 4))
				val = (agate_str){ "~", 1 };
			else if (st != VAR_KNOWN)
				return i;
			else
				val = v->val;
			end = ne + 1;
		} else {
			end = param_op(q, s, ne, e, (agate_str){ s + nb, ne - nb }, st, v, &val, rc);
			if (!end)
				return i;
		}
	} else {
		nb = j;
		ne = ref_name(s, nb, e, false);
		if (ne == nb)
			return i;
		st = var_find(q, s + nb, ne - nb, &v);
		if (st == VAR_UNBOUND && ob->o == 0 && ne - nb == 4 && !memcmp(s + nb, "HOME", 4))
			val = (agate_str){ "~", 1 }; /* the home directory, as paths spell it */
		else if (st != VAR_KNOWN)
			return i;
		else
			val = v->val;
		end = ne;
	}
	if (val.len > q->p->budget)
		return i;
	q->p->budget -= val.len;
	if (v && v->elems && ne - nb == 1 && s[nb] == '@')
		list = true;
	at = ob->o;
	*rc = put(q->p, &ob->p, &ob->cap, &ob->o, val, e - end);
	if (!*rc)
		*rc = var_note(q->p, c, (agate_str){ s + i, end - i }, val);
	/* "$@", "${a[@]}": a word per element, split at the spaces put
	 * between them only (unquoted, decode() splits it all) */
	if (list && ob->in_dq && v)
		for (size_t m = 0, pos = at; !*rc && m + 1 < v->nelems; m++) {
			pos += v->elems[m].len;
			*rc = add_span(q->p, ob->w, pos, pos + 1);
			pos++;
		}
	return *rc ? i : end;
}

/* A command substitution s[i..j) whose command b[0..bl) only prints
 * constants is replaced by its output. 1 when it was, 0 when not,
 * -ENOMEM. */
static int subst(seq *q, simple *c, const char *s, size_t i, size_t j, size_t e,
		 const char *b, size_t bl, bool in_dq, char **out, size_t *cap, size_t *o)
{
	agate_str val;
	int rc = 0;

	if (!var_const_output(q, b, bl, in_dq, &val, &rc))
		return rc;
	rc = put(q->p, out, cap, o, val, e - j);
	if (!rc)
		rc = var_note(q->p, c, (agate_str){ s + i, j - i }, val);
	return rc ? rc : 1;
}


/* A construct that holds commands starts at s[i]: $( ), $(( )), ` `,
 * ${ }, and <( ) / >( ) when procsub. Its text goes to ob as written,
 * or, for a command substitution whose command only prints constants,
 * its output; the command lines it runs join c's inner list. Returns the index past it, or i when none starts
 * there.
 *
 * $((x)) is arithmetic when the group "(x" closes right before the last
 * ')': every shell then runs only the substitutions inside x. Otherwise
 * ($((cmd) ), $((a) | (b))) bash reads a command substitution whose body
 * starts with a subshell, and the body is parsed as commands. Inside
 * ${ } the words after :- := :+ :? are expanded, substitutions included. */
static size_t construct(seq *q, simple *c, const char *s, size_t i, size_t e,
			bool procsub, outbuf *ob, int *rc)
{
	parser *p = q->p;
	size_t j, k, b = 0, bl = 0;
	bool sub = false, bt = false;

	if (s[i] == '$' && i + 2 < e && s[i + 1] == '(' && s[i + 2] == '(' &&
	    (k = scan(s, e, i + 3, C_PAREN, &p->deep)) < e && s[k] == ')') {
		j = k + 1;
		*rc = substitutions(p, c, s, i + 3, k - 1);
	} else if (s[i] == '$' && i + 1 < e && s[i + 1] == '(') {
		j = scan(s, e, i + 2, C_PAREN, &p->deep);
		b = i + 2;
		bl = body_len(s, b, j, ')');
		sub = true;
		*rc = add_inner(p, c, s + b, bl, false);
	} else if (s[i] == '$' && i + 1 < e && s[i + 1] == '{') {
		j = scan(s, e, i + 2, C_BRACE, &p->deep);
		*rc = substitutions(p, c, s, i + 2, i + 2 + body_len(s, i + 2, j, '}'));
	} else if (s[i] == '`') {
		j = scan(s, e, i + 1, C_BT, &p->deep);
		b = i + 1;
		bl = body_len(s, b, j, '`');
		sub = bt = true;
		*rc = add_inner(p, c, s + b, bl, true);
	} else if (procsub && (s[i] == '<' || s[i] == '>') && i + 1 < e && s[i + 1] == '(') {
		j = scan(s, e, i + 2, C_PAREN, &p->deep);
		*rc = add_inner(p, c, s + i + 2, body_len(s, i + 2, j, ')'), false);
	} else {
		return i;
	}
	if (*rc)
		return i;
	/* a command that only prints constants is replaced by its output
	 * (inside backticks, \` \\ \$ read as the plain character first) */
	if (sub) {
		const char *body = s + b;
		size_t blen = bl;
		int r;
		if (bt && memchr(s + b, '\\', bl) &&
		    (*rc = bt_unescape(p, s + b, bl, &body, &blen)) != 0)
			return i;
		r = subst(q, c, s, i, j, e, body, blen, !procsub, &ob->p, &ob->cap, &ob->o);
		if (r < 0) {
			*rc = r;
			return i;
		}
		if (r == 1) {
			ob->expanded = true;
			return j;
		}
	}
	memcpy(ob->p + ob->o, s + i, j - i);
	ob->o += j - i;
	return j;
}

/* $NAME or ${NAME} with a known value, else a construct (see above).
 * Returns the index past what was consumed, or i (then *rc tells an
 * error from "nothing here"). */
static size_t dollar(seq *q, simple *c, const char *s, size_t i, size_t e, bool procsub,
		     outbuf *ob, int *rc)
{
	size_t j = i;

	ob->expanded = false;
	if (s[i] == '$')
		j = expand(q, c, s, i, e, ob, rc);
	if (j != i || *rc) {
		ob->expanded = j != i;
		return j;
	}
	return construct(q, c, s, i, e, procsub, ob, rc);
}

/* The inside of "..." from s[i] (just past the quote); returns the index
 * past the closing quote. */
static size_t decode_dq(seq *q, simple *c, const char *s, size_t i, size_t e, outbuf *ob,
			int *rc)
{
	size_t j;

	ob->in_dq = true;
	while (i < e && s[i] != '"') {
		if (s[i] == '\\' && i + 1 < e && strchr("$`\"\\\n", s[i + 1])) {
			if (s[i + 1] != '\n')
				ob->p[ob->o++] = s[i + 1];
			i += 2;
		} else if ((j = dollar(q, c, s, i, e, false, ob, rc)) != i) {
			i = j;
		} else if (*rc) {
			return i;
		} else {
			ob->p[ob->o++] = s[i++];
		}
	}
	ob->in_dq = false;
	return i + 1;
}

/* Note that out[b..e) of w came from an unquoted expansion. */
static int add_span(parser *p, word *w, size_t b, size_t e)
{
	/* grow() copies the n elements there are and makes room for one
	 * more; capacities are even (8, 16, ...), so room for one more
	 * offset is room for the pair */
	int rc = grow(p->a, (void **)&w->spans, &w->capspans, 2 * w->nspans,
		      sizeof(*w->spans));
	if (rc)
		return rc;
	w->spans[2 * w->nspans] = b;
	w->spans[2 * w->nspans + 1] = e;
	w->nspans++;
	return 0;
}

/* NAME=value, NAME[k]=value, NAME+=value with NAME unquoted? */
static bool is_assignment(const char *s, size_t i, size_t e)
{
	size_t j;

	if (i >= e || !is_name_start(s[i]))
		return false;
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
	return j < e && s[j] == '=';
}

/* Unquote s[b..e) into *w; command substitutions found in it (also
 * inside ${ } and $(( ))) are added to c's inner list. The output
 * outgrows the input only by expansions, which the parser's budget
 * bounds. */
int decode(seq *q, simple *c, const char *s, size_t b, size_t e, word *w)
{
	outbuf ob = { agate_arena_alloc(q->p->a, e - b + 1), e - b + 1, 0, false, false, w };
	size_t i = b, j, before;
	int rc = 0;

	if (!ob.p)
		return -ENOMEM;
	memset(w, 0, sizeof(*w));
	w->assign = is_assignment(s, i, e);

	while (i < e) {
		char ch = s[i];

		if (ch == '\\') {
			w->quoted = true;
			if (i + 1 < e) {
				if (s[i + 1] != '\n')
					ob.p[ob.o++] = s[i + 1];
				i += 2;
			} else {
				ob.p[ob.o++] = ch;
				i++;
			}
		} else if (ch == '\'') {
			w->quoted = true;
			for (i++; i < e && s[i] != '\''; i++)
				ob.p[ob.o++] = s[i];
			i++;
		} else if (ch == '"') {
			w->quoted = true;
			i = decode_dq(q, c, s, i + 1, e, &ob, &rc);
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '\'') {
			w->quoted = true;
			i = decode_ansi(s, i + 2, e, ob.p, &ob.o);
		} else if (ch == '$' && i + 1 < e && s[i + 1] == '"') {
			i++; /* $"..." is a translated string: read as "..." */
		} else if (before = ob.o, (j = dollar(q, c, s, i, e, true, &ob, &rc)) != i) {
			i = j;
			if (ob.expanded && !rc)
				rc = add_span(q->p, w, before, ob.o);
		} else if (!rc) {
			ob.p[ob.o++] = ch;
			i++;
		}
		if (rc)
			return rc;
	}
	ob.p[ob.o] = '\0';
	w->text = (agate_str){ ob.p, ob.o };
	return 0;
}

/* ---- the words the shell makes of one word ------------------------ */

int push_word(parser *p, simple *c, const word *w)
{
	int rc = grow(p->a, (void **)&c->w, &c->capw, c->nw, sizeof(*c->w));
	if (rc)
		return rc;
	c->w[c->nw++] = *w;
	return 0;
}

static bool is_ifs(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n';
}

/* Is out[k] a blank that an unquoted expansion put there? */
static bool splits_at(const word *w, size_t k)
{
	if (!is_ifs(w->text.ptr[k]))
		return false;
	for (size_t m = 0; m < w->nspans; m++)
		if (k >= w->spans[2 * m] && k < w->spans[2 * m + 1])
			return true;
	return false;
}

/* Field splitting (POSIX 2.6.5 with the default IFS): the blanks that
 * unquoted expansions produced separate fields, runs of them count once,
 * and none makes an empty field. An assignment's value is never split.
 * A word that was nothing but an unquoted expansion to nothing is
 * dropped, as the shell drops it: `rm -rf /$(echo)` is `rm -rf /`. */
static int push_fields(parser *p, simple *c, const word *w)
{
	size_t k = 0, start;
	word f;

	if (!w->nspans || w->assign)
		return push_word(p, c, w);
	if (!w->text.len)
		return w->quoted ? push_word(p, c, w) : 0;
	f = *w;
	f.spans = NULL;
	f.nspans = f.capspans = 0;
	while (k < w->text.len) {
		int rc;
		while (k < w->text.len && splits_at(w, k))
			k++;
		if (k >= w->text.len)
			break;
		start = k;
		while (k < w->text.len && !splits_at(w, k))
			k++;
		f.text = (agate_str){ w->text.ptr + start, k - start };
		if ((rc = spend(p, 1)) != 0 || (rc = push_word(p, c, &f)) != 0)
			return rc;
		f.assign = false;
	}
	return 0;
}

/* Index past a quoted or nested piece starting at s[i] ('...', "...",
 * \x, $'...', ${ }, $( ), ` `), or i when none starts there: brace
 * expansion does not look inside them. */
static size_t skip_quoted(parser *p, const char *s, size_t i, size_t e)
{
	char ch = s[i];

	if (ch == '\\')
		return i + 2 > e ? e : i + 2;
	if (ch == '\'') {
		for (i++; i < e && s[i] != '\''; i++)
			;
		return i < e ? i + 1 : e;
	}
	if (ch == '"')
		return scan(s, e, i + 1, C_DQ, &p->deep);
	if (ch == '`')
		return scan(s, e, i + 1, C_BT, &p->deep);
	if (ch == '$' && i + 1 < e) {
		if (s[i + 1] == '\'') {
			for (i += 2; i < e && s[i] != '\''; i += s[i] == '\\' ? 2 : 1)
				;
			return i < e ? i + 1 : e;
		}
		if (s[i + 1] == '{')
			return scan(s, e, i + 2, C_BRACE, &p->deep);
		if (s[i + 1] == '(')
			return scan(s, e, i + 2, C_PAREN, &p->deep);
	}
	return i;
}

/* The first brace expansion in s[b..e): its `{` at *open, its `}` at
 * *close and the top-level commas between them (at most BRACE_WORDS - 1)
 * in commas[]. false when the word has none: a `{` without a comma at
 * its own level ({}, {x}, ${x}, a quoted one) is a plain character. */
static bool brace_find(parser *p, const char *s, size_t b, size_t e, size_t *open,
		       size_t *close, size_t *commas, size_t *ncommas)
{
	for (size_t i = b; i < e;) {
		size_t k = skip_quoted(p, s, i, e), level = 0, j;
		if (k != i) {
			i = k;
			continue;
		}
		if (s[i] != '{') {
			i++;
			continue;
		}
		*ncommas = 0;
		for (j = i + 1; j < e;) {
			k = skip_quoted(p, s, j, e);
			if (k != j) {
				j = k;
				continue;
			}
			if (s[j] == '{') {
				level++;
			} else if (s[j] == '}') {
				if (!level)
					break;
				level--;
			} else if (s[j] == ',' && !level) {
				if (*ncommas == BRACE_WORDS - 1)
					return *open = i, *close = j, true; /* too many: refused */
				commas[(*ncommas)++] = j;
			}
			j++;
		}
		if (j < e && *ncommas) {
			*open = i;
			*close = j;
			return true;
		}
		i++;
	}
	return false;
}

/* Files every Debian or Ubuntu machine has that the shipped rules name:
 * a pattern an unquoted word spells (cat /etc/sh*w, or cat ~/.ssh/ then a star) is
 * matched against them as the shell would match it against the disk, and
 * the files it names join the words after the pattern itself (which
 * stands for whatever else it matches). */
static const char *const known_files[] = {
	"/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/gshadow-", "/etc/passwd",
	"/etc/group", "/etc/sudoers", "/etc/crontab", "/etc/ssh/sshd_config",
	"/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ecdsa_key",
	"/etc/ssh/ssh_host_ed25519_key", "/root/.ssh/id_rsa", "/root/.ssh/id_ed25519",
	"/root/.ssh/authorized_keys", "/root/.bash_history", "/root/.bashrc",
	"~/.ssh/id_rsa", "~/.ssh/id_ed25519", "~/.ssh/authorized_keys", "~/.bash_history",
	"~/.bashrc", "~/.profile", "~/.aws/credentials", "~/.netrc",
	"/var/log/auth.log", "/var/log/syslog", "/var/log/wtmp", NULL
};

/* Is there a glob character outside quotes in s[b..e)? */
static bool unquoted_glob(parser *p, const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e;) {
		size_t k = skip_quoted(p, s, i, e);
		if (k != i) {
			i = k;
			continue;
		}
		if (s[i] == '*' || s[i] == '?' || s[i] == '[')
			return true;
		i++;
	}
	return false;
}

/* The known files the pattern w names join c's words. */
static int known_matches(parser *p, simple *c, const word *w)
{
	char *pat;
	word f = *w;
	int rc;

	if (!w->text.len || (w->text.ptr[0] != '/' && w->text.ptr[0] != '~'))
		return 0;
	pat = agate_arena_strndup(p->a, w->text.ptr, w->text.len);
	if (!pat)
		return -ENOMEM;
	f.spans = NULL;
	f.nspans = f.capspans = 0;
	f.assign = false;
	for (const char *const *k = known_files; *k; k++) {
		if (fnmatch(pat, *k, FNM_PATHNAME | FNM_PERIOD) != 0)
			continue;
		f.text = (agate_str){ *k, strlen(*k) };
		if ((rc = spend(p, 1)) != 0 || (rc = push_word(p, c, &f)) != 0)
			return rc;
	}
	return 0;
}

/* Brace expansion of s[b..e) (bash's first expansion, on the text as
 * written), then decode and field splitting of each result. *made counts
 * the words made from the original word; level bounds the recursion. */
static int brace_words(seq *q, simple *c, const char *s, size_t b, size_t e,
		       size_t *made, unsigned level)
{
	parser *p = q->p;
	size_t open, close, ncommas, commas[BRACE_WORDS];
	word w;
	int rc;

	if (is_assignment(s, b, e) ||
	    !brace_find(p, s, b, e, &open, &close, commas, &ncommas)) {
		if (++*made > BRACE_WORDS)
			return -E2BIG;
		rc = decode(q, c, s, b, e, &w);
		if (!rc)
			rc = push_fields(p, c, &w);
		if (!rc && !w.nspans && !w.assign && c->nw && unquoted_glob(p, s, b, e))
			rc = known_matches(p, c, &w);
		return rc;
	}
	if (ncommas == BRACE_WORDS - 1 || level >= 16)
		return -E2BIG;
	for (size_t a = 0; a <= ncommas; a++) {
		size_t ab = a ? commas[a - 1] + 1 : open + 1;
		size_t ae = a < ncommas ? commas[a] : close;
		size_t n = (open - b) + (ae - ab) + (e - close - 1);
		char *t;

		if (n > p->budget)
			return -E2BIG;
		p->budget -= n;
		if ((rc = spend(p, n + 1)) != 0)
			return rc;
		t = agate_arena_alloc(p->a, n + 1);
		if (!t)
			return -ENOMEM;
		memcpy(t, s + b, open - b);
		memcpy(t + (open - b), s + ab, ae - ab);
		memcpy(t + (open - b) + (ae - ab), s + close + 1, e - close - 1);
		t[n] = '\0';
		if ((rc = brace_words(q, c, t, 0, n, made, level + 1)) != 0)
			return rc;
	}
	return 0;
}

int expand_word(seq *q, simple *c, const char *s, size_t b, size_t e)
{
	size_t made = 0;

	return brace_words(q, c, s, b, e, &made, 0);
}

/* ---- brace groups ------------------------------------------------- */

/* Index just past the `}` that closes the brace group whose body starts
 * at i (just after its `{`), or NONE when the line ends first. `{` and
 * `}` count where a command may start: after a separator or a reserved
 * word. One pass over the words, no stack. */
size_t brace_group_end(const char *s, size_t len, size_t i)
{
	size_t depth = 1;
	bool start = true;
	bool deep = false; /* past scan()'s stack the word runs to the end */

	while (i < len) {
		char ch = s[i];
		size_t e;

		if (is_blank(ch) || ch == '<' || ch == '>') {
			i++;
			continue;
		}
		if (ch == '\n' || ch == ';' || ch == '&' || ch == '|' || ch == '(' || ch == ')') {
			start = true;
			i++;
			continue;
		}
		if (ch == '#' && start) {
			while (i < len && s[i] != '\n')
				i++;
			continue;
		}
		e = scan(s, len, i, C_WORD, &deep);
		if (e == i) {
			i++;
			continue;
		}
		if (start && e == i + 1 && ch == '{') {
			depth++;
		} else if (start && e == i + 1 && ch == '}') {
			if (--depth == 0)
				return e;
		} else {
			start = in_set((agate_str){ s + i, e - i }, reserved_prefix);
		}
		i = e;
	}
	return NONE;
}
