// SPDX-License-Identifier: Apache-2.0
/*
 * pairs(x): the arguments of a call as `name=value` lines, so that a rule
 * can read what a switch or a scope is called as well as what it is set
 * to (`skip_three_way_match=true`, `notify_owner=false`, `warehouse=ALL`),
 * whatever the tool names it. Values read as they are sent; keys as sent.
 * fold(x): a name as its letters and digits, so that `ERP-Assistant`, the
 * agent, is found in `erp_assistant@corp`, the grantee.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "policy/eval/eval_int.h"

/* A value longer than this is prose, not a switch or a scope. It is read
 * whole, but as lines of at most this many bytes, each under the value's
 * name, so that a rule's bounded span (`name=[^\n]{0,80}word`) finds a word
 * anywhere in it: padding put before the words cannot push them out of
 * the reading. Consecutive lines overlap by PAIRS_OVERLAP bytes, so that a
 * phrase is whole in one line wherever the cut falls; a line is cut after
 * a blank where one is near, so that the overlap starts with a word. */
#define PAIRS_VALUE_MAX 256
#define PAIRS_OVERLAP 96
/* the name over a long value's later lines: a longer name is no switch's,
 * and repeating it whole would let a long name times a long value make
 * the reading quadratic in the arguments */
#define PAIRS_REPEAT_KEY_MAX 64

typedef struct pairs_out {
	char *p;      /* NULL while sizing */
	size_t len;
} pairs_out;

static void put(pairs_out *o, const char *s, size_t n)
{
	if (o->p)
		for (size_t i = 0; i < n; i++)
			o->p[o->len + i] = (s[i] == '\n' || s[i] == '\r') ? ' ' : s[i];
	o->len += n;
}

static void put_line(pairs_out *o, agate_str key, const char *s, size_t n)
{
	put(o, key.ptr, key.len);
	if (o->p)
		o->p[o->len] = '=';
	o->len++;
	put(o, s, n);
	if (o->p)
		o->p[o->len] = '\n';
	o->len++;
}

static bool blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static void put_pair(pairs_out *o, agate_str key, const char *s, size_t n)
{
	/* blanks before a value are no part of it: padding cannot push a
	 * switch's value past the first line */
	while (n && blank(*s)) {
		s++;
		n--;
	}
	agate_str later_key = { key.ptr, key.len < PAIRS_REPEAT_KEY_MAX ? key.len : PAIRS_REPEAT_KEY_MAX };
	size_t at = 0;
	for (;;) {
		size_t left = n - at;
		if (left <= PAIRS_VALUE_MAX) {
			put_line(o, at ? later_key : key, s + at, left);
			return;
		}
		/* cut after the last blank of the line's final quarter, if any */
		size_t len = PAIRS_VALUE_MAX;
		for (size_t k = PAIRS_VALUE_MAX; k > PAIRS_VALUE_MAX - PAIRS_VALUE_MAX / 4; k--)
			if (blank(s[at + k - 1])) {
				len = k;
				break;
			}
		put_line(o, at ? later_key : key, s + at, len);
		/* the next line starts PAIRS_OVERLAP bytes back, after a blank if
		 * one is near; it always moves forward by at least half a line */
		size_t next = at + len - PAIRS_OVERLAP;
		for (size_t k = next; k < at + len - PAIRS_OVERLAP / 2; k++)
			if (blank(s[k])) {
				next = k + 1;
				break;
			}
		at = next;
	}
}

/* every scalar leaf under the name of the map member that holds it (a
 * list's items under the list's name) */
static int walk(rl_ctx *c, const agate_value *v, agate_str key, pairs_out *o, int depth)
{
	char num[40];
	int n;
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for pairs";
		return -EINVAL;
	}
	switch (v->type) {
	case AGATE_MAP:
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			int rc = walk(c, &m->value, m->key, o, depth + 1);
			if (rc < 0)
				return rc;
		}
		return 0;
	case AGATE_ARRAY:
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			int rc = walk(c, &v->as.array.items[i], key, o, depth + 1);
			if (rc < 0)
				return rc;
		}
		return 0;
	case AGATE_NIL:
		put_pair(o, key, "null", 4);
		return 0;
	case AGATE_BOOL:
		put_pair(o, key, v->as.boolean ? "true" : "false", v->as.boolean ? 4 : 5);
		return 0;
	case AGATE_INT:
		n = snprintf(num, sizeof(num), "%" PRId64, v->as.integer);
		put_pair(o, key, num, n > 0 ? (size_t)n : 0);
		return 0;
	case AGATE_FLOAT:
		n = snprintf(num, sizeof(num), "%.15g", v->as.real);
		put_pair(o, key, num, n > 0 ? (size_t)n : 0);
		return 0;
	case AGATE_STR:
		put_pair(o, key, v->as.str.ptr, v->as.str.len);
		return 0;
	case AGATE_BIN:
		return 0;
	}
	return 0;
}

static bool name_char(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_' || ch == '-' || ch == '.';
}

/* does s[i..n) start a `name=` (after blanks)? */
static bool starts_pair(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] == ' ')
		i++;
	size_t k = i;
	while (k < n && name_char((unsigned char)s[k]))
		k++;
	while (k < n && s[k] == ' ')
		k++;
	return k > i && k < n && (s[k] == '=' || s[k] == ':');
}

/* a call written as text (`f(a=1;b=two words)`, a query string, lines of
 * `key: value`): a line per piece, cut at ( ) ; & ? and line ends, and at
 * a comma that a `name=` follows (a comma between digit groups stays) */
static void split_text(const char *s, size_t n, pairs_out *o)
{
	bool start = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		bool cut = ch == '(' || ch == ')' || ch == ';' || ch == '&' || ch == '?' ||
			   ch == '\n' || ch == '\r' || (ch == ',' && starts_pair(s, i + 1, n));
		if (cut) {
			if (!start) {
				if (o->p)
					o->p[o->len] = '\n';
				o->len++;
			}
			start = true;
			continue;
		}
		if (start && ch == ' ')
			continue;
		if (o->p)
			o->p[o->len] = (char)ch;
		o->len++;
		start = false;
	}
	if (!start) {
		if (o->p)
			o->p[o->len] = '\n';
		o->len++;
	}
}

static void pairs_of(rl_ctx *c, const rl_val *x, pairs_out *o, int *rc)
{
	agate_str none = { "", 0 };
	if (x->kind == RV_TREE)
		*rc = walk(c, x->t, none, o, 0);
	else if (x->kind == RV_STR)
		split_text(x->s.ptr, x->s.len, o);
}

int rl_fn_pairs(rl_ctx *c, const rl_val *x, rl_val *out)
{
	pairs_out size = { NULL, 0 }, fill;
	int rc = 0;
	memset(out, 0, sizeof(*out));
	/* two passes, sizing then filling: the reading is never cut short,
	 * so no switch can be pushed out of it by what comes before */
	pairs_of(c, x, &size, &rc);
	if (rc < 0 || size.len == 0)
		return rc;
	fill.p = agate_arena_alloc(c->arena, size.len + 1);
	if (!fill.p)
		return -ENOMEM;
	fill.len = 0;
	pairs_of(c, x, &fill, &rc);
	if (rc < 0)
		return rc;
	fill.p[fill.len] = '\0';
	set_str(out, fill.p, fill.len);
	return 0;
}

int rl_fn_fold(rl_ctx *c, const rl_val *x, rl_val *out)
{
	memset(out, 0, sizeof(*out));
	if (x->kind != RV_STR)
		return 0;
	char *p = agate_arena_alloc(c->arena, x->s.len + 1);
	if (!p)
		return -ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < x->s.len; i++) {
		unsigned char ch = (unsigned char)x->s.ptr[i];
		if (ch >= 'A' && ch <= 'Z')
			p[n++] = (char)(ch + ('a' - 'A'));
		else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			p[n++] = (char)ch;
	}
	p[n] = '\0';
	set_str(out, p, n);
	return 0;
}
