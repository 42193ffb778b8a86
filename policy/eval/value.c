/* value.c - the evaluator's values: reading numbers from text, the text
 * of a number for the string operators, the ordering of two values, and
 * equality. The small conversions on the hot path (from_value, set_*,
 * truthy, bytes_eq, find_cs) are inline in eval_int.h.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/eval/eval_int.h"

/* The integer part alone no longer fits the buffer (70-odd digits): the
 * number is plain if the rest is, and its magnitude is beyond any limit. */
static bool too_long_number(const char *buf, size_t o, const char *rest, size_t n,
			    double *out)
{
	bool neg = o && buf[0] == '-';
	for (size_t i = 0; i < n; i++) {
		char ch = rest[i];
		if (!(ch >= '0' && ch <= '9') && ch != ',' && ch != '.')
			return false; /* an exponent here is rare enough to refuse */
	}
	*out = neg ? -HUGE_VAL : HUGE_VAL;
	return true;
}

/* The one way agate reads a number from text, documented in docs/rules.md
 * ("Numbers"): blanks around it, an optional sign and currency sign ($, €,
 * £, ¥, either order), ASCII digits with optional thousands commas, an
 * optional fraction and an optional exponent. Nothing else: no `_`, no
 * hex, no `inf`/`nan`, no digits of other scripts. A plain number too
 * large for a double reads as an infinity of its sign: "1e400" is larger
 * than any limit, not unreadable. Returns false on anything else. */
bool rl_num_from_str(const char *s, size_t n, double *out)
{
	char buf[80];
	size_t i = 0, o = 0;
	bool digits = false, dot = false;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (int pass = 0; pass < 2; pass++) {
		if (i < n && (s[i] == '-' || s[i] == '+')) {
			if (o)
				return false;
			buf[o++] = s[i++];
		}
		if (i < n && s[i] == '$')
			i++;
		else if (n - i >= 3 && !memcmp(s + i, "\xe2\x82\xac", 3))
			i += 3;
		else if (n - i >= 2 && (!memcmp(s + i, "\xc2\xa3", 2) || !memcmp(s + i, "\xc2\xa5", 2)))
			i += 2;
		else
			break;
	}
	for (; i < n; i++) {
		char ch = s[i];
		if (ch >= '0' && ch <= '9') {
			digits = true;
		} else if (ch == ',' && digits && !dot) {
			continue; /* thousands separator */
		} else if (ch == '.' && !dot) {
			dot = true;
		} else if ((ch == 'e' || ch == 'E') && digits) {
			break;
		} else {
			return false;
		}
		if (o + 1 >= sizeof(buf))
			return too_long_number(buf, o, s + i, n - i, out);
		buf[o++] = ch;
	}
	if (!digits)
		return false;
	if (i < n) { /* exponent */
		if (o + 1 >= sizeof(buf))
			return false;
		buf[o++] = s[i++];
		if (i < n && (s[i] == '-' || s[i] == '+'))
			buf[o++] = s[i++];
		bool ed = false;
		for (; i < n; i++) {
			if (s[i] < '0' || s[i] > '9')
				return false;
			if (o + 1 >= sizeof(buf)) {
				/* an exponent of 70-odd digits: huge or tiny */
				continue;
			}
			buf[o++] = s[i];
			ed = true;
		}
		if (!ed)
			return false;
	}
	buf[o] = '\0';
	char *end = NULL;
	double d = strtod(buf, &end);
	if (!end || *end || isnan(d))
		return false;
	*out = d; /* ±HUGE_VAL on overflow: the honest order of magnitude */
	return true;
}

bool rl_val_num(const rl_val *v, double *out)
{
	if (v->tied) {
		/* read two ways (a sum() of it): the largest reading, when every
		 * reading is a number */
		if (v->tied != RL_TIED_READINGS)
			return false;
		double most = -HUGE_VAL;
		for (uint32_t i = 0; i < v->t->as.array.len; i++) {
			rl_val a;
			double d;
			from_value(&v->t->as.array.items[i], &a);
			if (!rl_val_num(&a, &d))
				return false;
			most = d > most ? d : most;
		}
		*out = most;
		return true;
	}
	if (v->kind == RV_NUM) {
		*out = v->n;
		return !isnan(v->n);
	}
	if (v->kind == RV_STR)
		return rl_num_from_str(v->s.ptr, v->s.len, out);
	return false;
}

/* An ordering comparison reads both sides as numbers. A side that is nil
 * (the field is absent) makes it false: nothing says the value is large.
 * A side that is present but not a plain number (NaN, "inf", "50_000",
 * "0x10000", a list, a map, a bool, words) is an evaluation error, so the
 * rule fails closed: a value that may mean "large" is never read as "not
 * large". A rule that wants to tell them apart asks is_number(x). */
int ordered_pair(rl_ctx *c, const rl_val *l, const rl_val *r, double *x,
		 double *y, bool *defined)
{
	const rl_val *bad;
	char nb[48];
	agate_str t;

	*defined = false;
	if (l->kind == RV_NIL || r->kind == RV_NIL)
		return 0;
	if (rl_val_num(l, x) && rl_val_num(r, y)) {
		*defined = true;
		return 0;
	}
	bad = rl_val_num(l, x) ? r : l;
	if (bad->kind == RV_NUM)
		c->err = "a numeric comparison met NaN";
	else if (bad->kind == RV_STR && as_text(bad, nb, sizeof(nb), &t)) {
		size_t k = t.len > 40 ? 40 : t.len;
		while (k < t.len && k && ((unsigned char)t.ptr[k] & 0xC0u) == 0x80u)
			k--; /* cut on a character boundary */
		c->err = agate_arena_printf(c->arena, "a numeric comparison met '%.*s%s', "
					    "which is not a plain number",
					    (int)k, t.ptr, k < t.len ? "..." : "");
	}
	else
		c->err = "a numeric comparison met a list, a map or a boolean";
	if (!c->err)
		return -ENOMEM;
	return -EINVAL;
}

bool find_sub(agate_str hay, agate_str needle, bool ci)
{
	if (needle.len == 0)
		return true;
	if (needle.len > hay.len)
		return false;
	if (!ci)
		return find_cs(hay.ptr, hay.len, needle.ptr, needle.len);
	int first = lc((unsigned char)needle.ptr[0]);
	for (size_t i = 0; i + needle.len <= hay.len; i++) {
		if (lc((unsigned char)hay.ptr[i]) != first)
			continue;
		size_t k = 1;
		while (k < needle.len &&
		       lc((unsigned char)hay.ptr[i + k]) == lc((unsigned char)needle.ptr[k]))
			k++;
		if (k == needle.len)
			return true;
	}
	return false;
}

bool val_eq(const rl_val *a, const rl_val *b, bool ci)
{
	double x, y;
	if (a->kind == RV_NUM || b->kind == RV_NUM) {
		if (a->kind == RV_BOOL || b->kind == RV_BOOL)
			return false;
		return rl_val_num(a, &x) && rl_val_num(b, &y) && x == y;
	}
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case RV_NIL: return true;
	case RV_BOOL: return a->b == b->b;
	case RV_STR: return bytes_eq(a->s, b->s, ci);
	case RV_TREE: return agate_value_equal(a->t, b->t);
	default: return false;
	}
}
