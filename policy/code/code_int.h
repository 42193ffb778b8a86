/* code_int.h - what the files of the Python reader share, private to
 * policy/code (callers use code.h): tokens (lex.c) and the small
 * helpers every file needs. python.c reads statements and expressions
 * from the tokens and emits the calls; bind.c keeps what their arguments
 * were resolved to.
 */
#ifndef AGATE_POLICY_CODE_INT_H
#define AGATE_POLICY_CODE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "policy/code/code.h"

enum tk { TK_NAME, TK_STR, TK_NUM, TK_OP, TK_NL, TK_END };

typedef struct tok {
	unsigned char kind;
	char op;          /* TK_OP: the character; '=' alone is '=', a
			     comparison "==" is 'E', an augmented "+=" is 'A',
			     any other two-character operator is 'x' */
	bool fstr;        /* TK_STR: an f-string, text is its raw body */
	bool bol;         /* first token of a logical line */
	unsigned indent;  /* when bol: the line's indentation */
	agate_str text;   /* NAME, NUM, OP: as written; STR: the decoded value */
	agate_str src;    /* as written */
} tok;

typedef struct toks {
	tok *t;
	size_t n, cap;
} toks;

/* Split src into tokens (adjacent string literals stay separate). 0,
 * -ENOMEM, or -E2BIG past AGATE_CODE_MAX_TOKENS. The last token is
 * TK_END. */
int code_lex(const char *src, size_t len, agate_arena *a, toks *out);

/* Keep on c, for --explain, the arguments written as a name or an
 * expression (written[k]) together with the value the code fixes for them
 * (value[k]); literals are skipped. 0 or -ENOMEM. (bind.c) */
int code_bind(agate_arena *a, agate_shell_cmd *c, const agate_str *written,
	      const agate_str *value, size_t n);

static inline bool tok_is(const tok *t, const char *name)
{
	size_t n = strlen(name);
	return t->kind == TK_NAME && t->text.len == n && memcmp(t->text.ptr, name, n) == 0;
}

static inline bool tok_op(const tok *t, char op)
{
	return t->kind == TK_OP && t->op == op;
}

#endif
