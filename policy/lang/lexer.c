/* lexer.c - tokens of the rule language.
 *
 * Newlines matter (a check lists one expression per line, AgentSpec
 * style), so they are tokens; runs of blank and comment lines collapse
 * into one T_NL. Whether a newline ends an expression is the parser's
 * call (open brackets, a following `and`/`or`). Errors are reported here,
 * with the exact position, and surface as T_ERR so the parser does not
 * report them twice.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

void rl_lex_init(rl_lexer *lx, rl_build *b, rl_pool *pool, const char *file,
		 const char *src, size_t len)
{
	memset(lx, 0, sizeof(*lx));
	lx->src = src;
	lx->len = len;
	lx->line = 1;
	lx->col = 1;
	lx->bol = true;
	lx->file = file;
	lx->b = b;
	lx->pool = pool;
}

static int cur(const rl_lexer *lx)
{
	return lx->pos < lx->len ? (unsigned char)lx->src[lx->pos] : -1;
}

static int at(const rl_lexer *lx, size_t k)
{
	return lx->pos + k < lx->len ? (unsigned char)lx->src[lx->pos + k] : -1;
}

static void adv(rl_lexer *lx)
{
	if (lx->pos >= lx->len)
		return;
	if (lx->src[lx->pos] == '\n') {
		lx->line++;
		lx->col = 1;
	} else {
		lx->col++;
	}
	lx->pos++;
}

static bool ident_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       c == '*' || c == '?';
}

static bool ident_char(const rl_lexer *lx, int c)
{
	if (ident_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-')
		return true;
	/* "mcp:fs.read" is a name, but "x:=" defines x */
	return c == ':' && at(lx, 1) != '=';
}

static void skip_blank(rl_lexer *lx, bool *saw_nl, uint32_t *nl_line, uint32_t *nl_col)
{
	for (;;) {
		int c = cur(lx);
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			adv(lx);
		} else if (c == '#') {
			while (cur(lx) != -1 && cur(lx) != '\n')
				adv(lx);
		} else if (c == '\\' && at(lx, 1) == '\n') {
			adv(lx); /* explicit line continuation */
			adv(lx);
		} else if (c == '\n') {
			if (!*saw_nl) {
				*nl_line = lx->line;
				*nl_col = lx->col;
			}
			*saw_nl = true;
			adv(lx);
		} else {
			return;
		}
	}
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static size_t put_utf8(char *o, unsigned long cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static void lex_error(rl_lexer *lx, rl_tok *t, uint32_t line, uint32_t col,
		      const char *msg)
{
	if (!lx->quiet)
		rl_error(lx->b, lx->file, line, col, "%s", msg);
	t->kind = T_ERR;
}

/* A string literal; escapes are decoded into the pool. Strings end on the
 * same line: a missing quote is reported where the string began. */
static void lex_string(rl_lexer *lx, rl_tok *t)
{
	int q = cur(lx);
	size_t start = lx->pos + 1, end = start;
	adv(lx);
	while (end < lx->len && lx->src[end] != q && lx->src[end] != '\n') {
		if (lx->src[end] == '\\' && end + 1 < lx->len && lx->src[end + 1] != '\n')
			end++;
		end++;
	}
	if (end >= lx->len || lx->src[end] != q) {
		while (cur(lx) != -1 && cur(lx) != '\n')
			adv(lx);
		lex_error(lx, t, t->line, t->col, "unterminated string");
		return;
	}
	/* decoded text is never longer than the raw text */
	char *o = rl_alloc(lx->pool, end - start + 1);
	if (!o) {
		lx->b->oom = true;
		t->kind = T_ERR;
		return;
	}
	size_t n = 0;
	while (lx->pos < end) {
		int c = cur(lx);
		if (c != '\\') {
			o[n++] = (char)c;
			adv(lx);
			continue;
		}
		uint32_t el = lx->line, ec = lx->col;
		adv(lx);
		c = cur(lx);
		adv(lx);
		switch (c) {
		case 'n': o[n++] = '\n'; break;
		case 't': o[n++] = '\t'; break;
		case 'r': o[n++] = '\r'; break;
		case '0': o[n++] = '\0'; break;
		case 'a': o[n++] = '\a'; break;
		case 'b': o[n++] = '\b'; break;
		case 'f': o[n++] = '\f'; break;
		case 'v': o[n++] = '\v'; break;
		case 'e': o[n++] = 0x1b; break;
		case '\\': case '"': case '\'': case '/': o[n++] = (char)c; break;
		case 'x': {
			int h1 = lx->pos < end ? hexval(cur(lx)) : -1;
			int h2 = lx->pos + 1 < end ? hexval(at(lx, 1)) : -1;
			if (h1 < 0 || h2 < 0) {
				lex_error(lx, t, el, ec, "invalid \\x escape: expected two hex digits");
				goto skip;
			}
			adv(lx);
			adv(lx);
			o[n++] = (char)(h1 * 16 + h2);
			break;
		}
		case 'u': {
			unsigned long cp = 0;
			int k;
			for (k = 0; k < 4; k++) {
				int h = lx->pos < end ? hexval(cur(lx)) : -1;
				if (h < 0)
					break;
				cp = cp * 16 + (unsigned long)h;
				adv(lx);
			}
			if (k != 4 || (cp >= 0xD800 && cp <= 0xDFFF)) {
				lex_error(lx, t, el, ec, "invalid \\u escape: expected four hex digits");
				goto skip;
			}
			/* a 3-byte sequence replaces a 6-byte escape: room enough */
			n += put_utf8(o + n, cp);
			break;
		}
		default:
			lex_error(lx, t, el, ec, "invalid escape sequence in string");
			goto skip;
		}
	}
	adv(lx); /* closing quote */
	o[n] = '\0';
	t->kind = T_STR;
	t->s = o;
	t->slen = n;
	return;
skip:
	while (lx->pos <= end && cur(lx) != -1)
		adv(lx);
}

/* /body/flags: the body is handed to PCRE2 as written; a '/' inside it is
 * written "\/" or sits in a character class. */
static void lex_regex(rl_lexer *lx, rl_tok *t)
{
	adv(lx);
	size_t start = lx->pos;
	bool cls = false;
	for (;;) {
		int c = cur(lx);
		if (c == -1 || c == '\n') {
			lex_error(lx, t, t->line, t->col, "unterminated regex");
			return;
		}
		if (c == '\\') {
			adv(lx);
			if (cur(lx) == -1 || cur(lx) == '\n')
				continue;
			adv(lx);
			continue;
		}
		if (c == '[')
			cls = true;
		else if (c == ']')
			cls = false;
		else if (c == '/' && !cls)
			break;
		adv(lx);
	}
	t->s = lx->src + start;
	t->slen = lx->pos - start;
	adv(lx);
	size_t nf = 0;
	while (isalpha(cur(lx))) {
		if (nf + 1 >= sizeof(t->flags)) {
			lex_error(lx, t, lx->line, lx->col, "too many regex flags");
			return;
		}
		t->flags[nf++] = (char)cur(lx);
		adv(lx);
	}
	t->flags[nf] = '\0';
	t->kind = T_REGEX;
}

static void lex_number(rl_lexer *lx, rl_tok *t)
{
	size_t start = lx->pos;
	if (cur(lx) == '-')
		adv(lx);
	while (isdigit(cur(lx)) || cur(lx) == '_')
		adv(lx);
	if (cur(lx) == '.' && isdigit(at(lx, 1))) {
		adv(lx);
		while (isdigit(cur(lx)))
			adv(lx);
	}
	char buf[64];
	size_t n = 0;
	for (size_t i = start; i < lx->pos && n + 1 < sizeof(buf); i++)
		if (lx->src[i] != '_')
			buf[n++] = lx->src[i];
	buf[n] = '\0';
	t->num = strtod(buf, NULL);
	t->kind = T_NUM;
	if (isalpha(cur(lx))) {
		size_t us = lx->pos;
		while (isalpha(cur(lx)))
			adv(lx);
		size_t ul = lx->pos - us;
		const char *u = lx->src + us;
		double mult = 0;
		if (ul == 2 && !memcmp(u, "ms", 2))
			mult = 1;
		else if (ul == 1 && *u == 's')
			mult = 1000;
		else if (ul == 1 && *u == 'm')
			mult = 60000;
		else if (ul == 1 && *u == 'h')
			mult = 3600000;
		else if (ul == 1 && *u == 'd')
			mult = 86400000;
		if (mult == 0) {
			lex_error(lx, t, t->line, t->col,
				  "invalid number: expected a duration unit ms, s, m, h or d");
			return;
		}
		t->num *= mult;
		t->kind = T_DUR;
	}
	if (!isfinite(t->num))
		lex_error(lx, t, t->line, t->col, "number out of range");
}

static void lex_one(rl_lexer *lx, rl_tok *t)
{
	bool saw_nl = false;
	uint32_t nl_line = 0, nl_col = 0;
	skip_blank(lx, &saw_nl, &nl_line, &nl_col);
	memset(t, 0, sizeof(*t));
	t->line = lx->line;
	t->col = lx->col;
	t->off = lx->pos;
	if (saw_nl && !lx->bol) {
		/* the newline is reported where it was; the next token starts a line */
		lx->bol = true;
		t->kind = T_NL;
		t->line = nl_line;
		t->col = nl_col;
		t->len = 0;
		return;
	}
	if (saw_nl)
		lx->bol = true;
	t->bol = lx->bol;
	lx->bol = false;

	int c = cur(lx);
	if (c == -1) {
		t->kind = T_EOF;
		return;
	}
	if (ident_start(c)) {
		while (ident_char(lx, cur(lx)))
			adv(lx);
		t->kind = T_IDENT;
		t->s = lx->src + t->off;
		t->slen = lx->pos - t->off;
	} else if (c == '@') {
		adv(lx);
		size_t s = lx->pos;
		while (ident_char(lx, cur(lx)))
			adv(lx);
		if (lx->pos == s) {
			lex_error(lx, t, t->line, t->col, "expected a name after '@'");
		} else {
			t->kind = T_AT;
			t->s = lx->src + s;
			t->slen = lx->pos - s;
		}
	} else if (isdigit(c) || (c == '-' && isdigit(at(lx, 1)))) {
		lex_number(lx, t);
	} else if (c == '"' || c == '\'') {
		lex_string(lx, t);
	} else if (c == '/') {
		lex_regex(lx, t);
	} else {
		int n1 = at(lx, 1);
		adv(lx);
		switch (c) {
		case '(': t->kind = T_LP; break;
		case ')': t->kind = T_RP; break;
		case '[': t->kind = T_LB; break;
		case ']': t->kind = T_RB; break;
		case '{': t->kind = T_LC; break;
		case '}': t->kind = T_RC; break;
		case ',': t->kind = T_COMMA; break;
		case ':':
			if (n1 == '=') {
				adv(lx);
				t->kind = T_DEFINE;
			} else {
				t->kind = T_COLON;
			}
			break;
		case '=':
			if (n1 == '=') {
				adv(lx);
				t->kind = T_EQ;
			} else {
				lex_error(lx, t, t->line, t->col,
					  "unexpected '=': write == to compare or := to define");
			}
			break;
		case '!':
			if (n1 == '=') {
				adv(lx);
				t->kind = T_NE;
			} else {
				t->kind = T_BANG;
			}
			break;
		case '<':
			if (n1 == '=') {
				adv(lx);
				t->kind = T_LE;
			} else {
				t->kind = T_LT;
			}
			break;
		case '>':
			if (n1 == '=') {
				adv(lx);
				t->kind = T_GE;
			} else {
				t->kind = T_GT;
			}
			break;
		case '&':
			if (n1 == '&') {
				adv(lx);
				t->kind = T_ANDAND;
			} else {
				lex_error(lx, t, t->line, t->col, "unexpected '&': write && or and");
			}
			break;
		case '|':
			if (n1 == '|') {
				adv(lx);
				t->kind = T_OROR;
			} else {
				t->kind = T_PIPE;
			}
			break;
		default: {
			char msg[64];
			if (c >= 0x20 && c < 0x7f)
				snprintf(msg, sizeof(msg), "invalid character '%c'", c);
			else
				snprintf(msg, sizeof(msg), "invalid byte 0x%02x", (unsigned)c);
			lex_error(lx, t, t->line, t->col, msg);
			break;
		}
		}
	}
	t->len = lx->pos - t->off;
}

const rl_tok *rl_lex_peek(rl_lexer *lx, unsigned k)
{
	if (k >= RL_LOOKAHEAD)
		k = RL_LOOKAHEAD - 1;
	while (lx->nla <= k) {
		unsigned slot = (lx->head + lx->nla) % RL_LOOKAHEAD;
		if (lx->nla > 0) {
			const rl_tok *last = &lx->la[(lx->head + lx->nla - 1) % RL_LOOKAHEAD];
			if (last->kind == T_EOF) {
				lx->la[slot] = *last;
				lx->nla++;
				continue;
			}
		}
		lex_one(lx, &lx->la[slot]);
		lx->nla++;
	}
	return &lx->la[(lx->head + k) % RL_LOOKAHEAD];
}

void rl_lex_next(rl_lexer *lx)
{
	if (lx->nla == 0)
		(void)rl_lex_peek(lx, 0);
	if (lx->la[lx->head].kind == T_EOF)
		return; /* EOF is sticky */
	lx->head = (lx->head + 1) % RL_LOOKAHEAD;
	lx->nla--;
}

void rl_lex_seek(rl_lexer *lx, size_t off, uint32_t line, uint32_t col)
{
	lx->pos = off <= lx->len ? off : lx->len;
	lx->line = line;
	lx->col = col;
	lx->nla = 0;
	lx->head = 0;
	lx->bol = false;
}

const char *rl_tok_describe(const rl_tok *t, char *buf, size_t cap)
{
	switch (t->kind) {
	case T_EOF: return "end of file";
	case T_NL: return "end of line";
	case T_ERR: return "invalid token";
	case T_IDENT:
		snprintf(buf, cap, "'%.*s'", (int)(t->slen > 40 ? 40 : t->slen), t->s);
		return buf;
	case T_AT:
		snprintf(buf, cap, "'@%.*s'", (int)(t->slen > 40 ? 40 : t->slen), t->s);
		return buf;
	case T_STR:
		snprintf(buf, cap, "string \"%.*s%s\"", (int)(t->slen > 30 ? 30 : t->slen),
			 t->s, t->slen > 30 ? "..." : "");
		return buf;
	case T_NUM:
		snprintf(buf, cap, "number %g", t->num);
		return buf;
	case T_DUR:
		snprintf(buf, cap, "duration %gms", t->num);
		return buf;
	case T_REGEX:
		snprintf(buf, cap, "regex /%.*s/", (int)(t->slen > 30 ? 30 : t->slen), t->s);
		return buf;
	case T_LP: return "'('";
	case T_RP: return "')'";
	case T_LB: return "'['";
	case T_RB: return "']'";
	case T_LC: return "'{'";
	case T_RC: return "'}'";
	case T_COMMA: return "','";
	case T_DEFINE: return "':='";
	case T_COLON: return "':'";
	case T_EQ: return "'=='";
	case T_NE: return "'!='";
	case T_LT: return "'<'";
	case T_LE: return "'<='";
	case T_GT: return "'>'";
	case T_GE: return "'>='";
	case T_BANG: return "'!'";
	case T_ANDAND: return "'&&'";
	case T_OROR: return "'||'";
	case T_PIPE: return "'|'";
	}
	return "token";
}
