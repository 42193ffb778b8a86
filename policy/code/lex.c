/* lex.c - Python source to tokens (see code_int.h): names, numbers,
 * string literals decoded (prefixes r b u f, triple quotes, the usual
 * escapes), operators, and logical line ends with the indentation of the
 * line that follows. Brackets join physical lines, as in Python; so do
 * backslashes at the end of a line. Anything it does not know is one
 * operator byte, so every input is split in one pass.
 */
#include <errno.h>
#include <string.h>

#include "policy/code/code_int.h"

static bool name_start(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch >= 0x80;
}

static bool name_char(unsigned char ch)
{
	return name_start(ch) || (ch >= '0' && ch <= '9');
}

static int hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

static int push(agate_arena *a, toks *o, tok t)
{
	if (o->n == o->cap) {
		size_t nc = o->cap ? o->cap * 2 : 64;
		tok *nt;
		if (o->n >= AGATE_CODE_MAX_TOKENS)
			return -E2BIG;
		nt = agate_arena_alloc(a, nc * sizeof(*nt));
		if (!nt)
			return -ENOMEM;
		if (o->n)
			memcpy(nt, o->t, o->n * sizeof(*nt));
		o->t = nt;
		o->cap = nc;
	}
	o->t[o->n++] = t;
	return 0;
}

/* Decode a non-raw string body s[0..n) into out (never longer). */
static size_t unescape(const char *s, size_t n, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch != '\\' || i + 1 >= n) {
			out[o++] = ch;
			continue;
		}
		ch = s[++i];
		switch (ch) {
		case 'n': out[o++] = '\n'; break;
		case 't': out[o++] = '\t'; break;
		case 'r': out[o++] = '\r'; break;
		case '0': out[o++] = '\0'; break;
		case '\n': break; /* a continued line */
		case '\\': case '\'': case '"': out[o++] = ch; break;
		case 'x':
			if (i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
				out[o++] = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
				i += 2;
				break;
			}
			/* fall through */
		default:
			out[o++] = '\\';
			out[o++] = ch;
		}
	}
	return o;
}

/* A string literal whose prefix starts at s[i] and whose quote is at
 * s[q]. Returns the index past it (len when unterminated). */
static size_t string_tok(const char *s, size_t len, size_t i, size_t q, agate_arena *a,
			 tok *t, int *rc)
{
	char quote = s[q];
	bool triple = q + 2 < len && s[q + 1] == quote && s[q + 2] == quote;
	bool raw = false;
	size_t b = q + (triple ? 3 : 1), e = b, end;

	for (size_t k = i; k < q; k++) {
		if (s[k] == 'r' || s[k] == 'R')
			raw = true;
		if (s[k] == 'f' || s[k] == 'F')
			t->fstr = true;
	}
	while (e < len) {
		if (s[e] == '\\' && !raw && e + 1 < len) {
			e += 2;
			continue;
		}
		if (s[e] == '\\' && raw && e + 1 < len && (s[e + 1] == quote || s[e + 1] == '\\')) {
			e += 2;
			continue;
		}
		if (s[e] == quote && (!triple || (e + 2 < len && s[e + 1] == quote && s[e + 2] == quote)))
			break;
		if (s[e] == '\n' && !triple)
			break;
		e++;
	}
	end = e >= len ? len : e + (s[e] == quote ? (triple ? 3 : 1) : 0);
	t->kind = TK_STR;
	t->src = (agate_str){ s + i, end - i };
	if (raw || t->fstr) {
		t->text = (agate_str){ s + b, e - b };
	} else {
		char *out = agate_arena_alloc(a, e - b + 1);
		if (!out) {
			*rc = -ENOMEM;
			return len;
		}
		t->text = (agate_str){ out, unescape(s + b, e - b, out) };
	}
	return end;
}

/* Indentation of the line starting at s[i] and the index of its first
 * byte that is not a blank. */
static size_t indent_of(const char *s, size_t len, size_t i, unsigned *ind)
{
	unsigned n = 0;

	for (; i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'); i++)
		n = s[i] == '\t' ? (n / 8 + 1) * 8 : n + 1;
	*ind = n;
	return i;
}

int code_lex(const char *s, size_t len, agate_arena *a, toks *o)
{
	size_t i = 0;
	unsigned depth = 0, ind;
	bool bol = true;
	int rc = 0;

	memset(o, 0, sizeof(*o));
	i = indent_of(s, len, 0, &ind);
	while (i < len && !rc) {
		unsigned char ch = (unsigned char)s[i];
		tok t;

		memset(&t, 0, sizeof(t));
		if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
			i++;
			continue;
		}
		if (ch == '#') {
			while (i < len && s[i] != '\n')
				i++;
			continue;
		}
		if (ch == '\\' && i + 1 < len && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
			i += 2;
			continue;
		}
		if (ch == '\n' || ch == ';') {
			i++;
			if (ch == '\n' && depth)
				continue;
			if (!bol) {
				t.kind = TK_NL;
				t.src = (agate_str){ s + i - 1, 1 };
				rc = push(a, o, t);
				bol = true;
			}
			if (ch == '\n')
				i = indent_of(s, len, i, &ind);
			continue;
		}
		t.bol = bol;
		t.indent = ind;
		bol = false;
		if (name_start(ch)) {
			size_t e = i;
			while (e < len && name_char((unsigned char)s[e]))
				e++;
			if (e < len && (s[e] == '\'' || s[e] == '"') && e - i <= 2 &&
			    strspn(s + i, "rRbBuUfF") >= e - i) {
				i = string_tok(s, len, i, e, a, &t, &rc);
			} else {
				t.kind = TK_NAME;
				t.text = t.src = (agate_str){ s + i, e - i };
				i = e;
			}
		} else if (ch == '\'' || ch == '"') {
			i = string_tok(s, len, i, i, a, &t, &rc);
		} else if (ch >= '0' && ch <= '9') {
			size_t e = i;
			while (e < len && (name_char((unsigned char)s[e]) || s[e] == '.'))
				e++;
			t.kind = TK_NUM;
			t.text = t.src = (agate_str){ s + i, e - i };
			i = e;
		} else {
			char nx = i + 1 < len ? s[i + 1] : '\0';
			t.kind = TK_OP;
			t.op = (char)ch;
			t.text = t.src = (agate_str){ s + i, 1 };
			if (ch == '=' && nx == '=')
				t.op = 'E';
			else if (nx == '=' && strchr("+-*/%&|^<>!:@", ch))
				t.op = ch == '+' ? 'A' : 'x';
			else if ((ch == '-' && nx == '>') || (ch == '*' && nx == '*') ||
				 (ch == '/' && nx == '/') || (ch == '<' && nx == '<') ||
				 (ch == '>' && nx == '>'))
				t.op = 'x';
			if (t.op != (char)ch) {
				t.text = t.src = (agate_str){ s + i, 2 };
				i++;
			}
			i++;
			if (ch == '(' || ch == '[' || ch == '{')
				depth += depth < 1000;
			else if ((ch == ')' || ch == ']' || ch == '}') && depth)
				depth--;
		}
		if (!rc)
			rc = push(a, o, t);
	}
	if (!rc && !bol) {
		tok t = { .kind = TK_NL };
		rc = push(a, o, t);
	}
	if (!rc) {
		tok t = { .kind = TK_END, .bol = true };
		rc = push(a, o, t);
	}
	return rc;
}
