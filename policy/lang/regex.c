/* regex.c - regexes of `matches`: compiled with PCRE2 (JIT when it can),
 * and read at load for a literal prefilter, so that most subjects are
 * answered without running the regex at all. The analysis is the
 * largest single piece of the compiler and needs nothing else of it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

/* ---- regex literal prefilter -------------------------------------------- */

/* From the pattern text, a small set of strings one of which every match
 * must contain. The analysis understands a conservative subset of PCRE2
 * (literals, escapes, classes, groups, alternation, quantifiers, anchors,
 * lookarounds, inline flags); anything else (extended mode, backslash
 * forms it does not know, verbs, conditionals, Unicode caseless) gives up,
 * and the regex then always runs. Giving up is always safe; claiming a
 * literal that a match could lack is not, so every rule below only
 * weakens. */
#define LIT_MAX 16 /* strings per set */
#define LIT_LEN 24 /* bytes per string */

typedef struct litset {
	uint8_t n; /* 0: no information */
	uint8_t len[LIT_MAX];
	char s[LIT_MAX][LIT_LEN];
} litset;

typedef struct reinfo {
	bool exact; /* e holds every string the node can match */
	litset e;
	litset r;   /* when !exact: every match contains one of these */
} reinfo;

typedef struct reparse {
	const char *p;
	size_t pos, len;
	bool ci, fail;
	int depth;
} reparse;

static unsigned lit_score(const litset *a)
{
	if (!a->n)
		return 0;
	unsigned m = LIT_LEN;
	for (unsigned i = 0; i < a->n; i++)
		if (a->len[i] < m)
			m = a->len[i];
	return m;
}

/* the mean length of a's strings, in sixteenths */
static unsigned lit_mean16(const litset *a)
{
	unsigned sum = 0;
	for (unsigned i = 0; i < a->n; i++)
		sum += a->len[i];
	return a->n ? sum * 16 / a->n : 0;
}

/* the set a subject is least likely to hold: the longer shortest string,
 * then the longer strings on the whole (a list of verbs such as "cut",
 * "stop", "skip" is in more texts than one of "overtime", "sick pay"
 * whose shortest is as short), then fewer strings */
static const litset *lit_better(const litset *a, const litset *b)
{
	unsigned sa = lit_score(a), sb = lit_score(b);
	if (sa != sb)
		return sa > sb ? a : b;
	unsigned ma = lit_mean16(a), mb = lit_mean16(b);
	if (ma != mb)
		return ma > mb ? a : b;
	return a->n && (!b->n || a->n <= b->n) ? a : b;
}

static bool lit_add(litset *o, const char *s, unsigned len)
{
	for (unsigned i = 0; i < o->n; i++)
		if (o->len[i] == len && !memcmp(o->s[i], s, len))
			return true;
	if (o->n == LIT_MAX || len > LIT_LEN)
		return false;
	memcpy(o->s[o->n], s, len);
	o->len[o->n++] = (uint8_t)len;
	return true;
}

static bool lit_product(const litset *a, const litset *b, litset *o)
{
	litset t = { 0 };
	for (unsigned i = 0; i < a->n; i++) {
		for (unsigned j = 0; j < b->n; j++) {
			char buf[2 * LIT_LEN];
			unsigned l = a->len[i] + b->len[j];
			if (l > LIT_LEN)
				return false;
			memcpy(buf, a->s[i], a->len[i]);
			memcpy(buf + a->len[i], b->s[j], b->len[j]);
			if (!lit_add(&t, buf, l))
				return false;
		}
	}
	*o = t;
	return true;
}

static bool lit_union(const litset *a, const litset *b, litset *o)
{
	litset t = *a;
	for (unsigned j = 0; j < b->n; j++)
		if (!lit_add(&t, b->s[j], b->len[j]))
			return false;
	*o = t;
	return true;
}

/* a[0..al) holds b[0..bl) (bl > 0) */
static bool lit_holds(const char *a, unsigned al, const char *b, unsigned bl)
{
	for (unsigned k = 0; k + bl <= al; k++) {
		if (a[k] != b[0])
			continue;
		unsigned m = 1;
		while (m < bl && a[k + m] == b[m])
			m++;
		if (m == bl)
			return true;
	}
	return false;
}

/* Every match holds one of a's strings or one of b's: o := a set of at
 * most LIT_MAX strings that says as much, when the union is too large.
 * A string holding another of the set is dropped (a match holding it
 * holds the other); then, while too many are left, the substring (3
 * bytes or more) that the most of them hold replaces them, the longer
 * on a tie. Each step only weakens. False when nothing fits (letter
 * pairs would fit more sets, but a prefilter of pairs lets nearly every
 * subject through and costs more than it saves). */
static bool lit_union_cover(const litset *a, const litset *b, litset *o)
{
	enum { N = 2 * LIT_MAX };
	char s[N][LIT_LEN];
	unsigned len[N], n = 0;
	bool gone[N] = { false };
	const litset *src[2] = { a, b };
	for (int h = 0; h < 2; h++)
		for (unsigned i = 0; i < src[h]->n; i++) {
			memcpy(s[n], src[h]->s[i], src[h]->len[i]);
			len[n++] = src[h]->len[i];
		}
	unsigned left = n;
	for (unsigned i = 0; i < n; i++)
		for (unsigned j = 0; j < n && !gone[i]; j++)
			if (j != i && !gone[j] && lit_holds(s[i], len[i], s[j], len[j]) &&
			    (len[j] < len[i] || j < i)) {
				gone[i] = true; /* i holds j (or equals it: keep the first) */
				left--;
			}
	while (left > LIT_MAX) {
		unsigned bc = 0, bl = 0, bi = 0, bk = 0;
		for (unsigned i = 0; i < n; i++) {
			if (gone[i])
				continue;
			/* (substrings of up to 8 bytes: the choice is as good
			 * in practice and bounds the work at load) */
			for (unsigned l = len[i] < 8 ? len[i] : 8; l >= 3; l--)
				for (unsigned k = 0; k + l <= len[i]; k++) {
					bool seen = false; /* counted from an earlier string */
					for (unsigned j = 0; j < i && !seen; j++)
						seen = !gone[j] && lit_holds(s[j], len[j], s[i] + k, l);
					if (seen)
						continue;
					unsigned cnt = 0;
					for (unsigned j = 0; j < n; j++)
						cnt += !gone[j] && lit_holds(s[j], len[j], s[i] + k, l);
					if (cnt > bc || (cnt == bc && l > bl)) {
						bc = cnt, bl = l, bi = i, bk = k;
					}
				}
		}
		if (bc < 2)
			return false;
		char sub[LIT_LEN];
		memcpy(sub, s[bi] + bk, bl);
		for (unsigned j = 0; j < n; j++)
			if (!gone[j] && lit_holds(s[j], len[j], sub, bl)) {
				gone[j] = true;
				left--;
			}
		memcpy(s[bi], sub, bl); /* bi held sub: its slot takes it */
		len[bi] = bl;
		gone[bi] = false;
		left++;
	}
	litset t = { 0 };
	for (unsigned i = 0; i < n; i++)
		if (!gone[i] && !lit_add(&t, s[i], len[i]))
			return false;
	*o = t;
	return true;
}

static const litset *req_of(const reinfo *x)
{
	return x->exact ? &x->e : &x->r;
}

static void ri_any(reinfo *x)
{
	memset(x, 0, sizeof(*x));
}

static void ri_empty(reinfo *x)
{
	memset(x, 0, sizeof(*x));
	x->exact = true;
	x->e.n = 1; /* the empty string */
}

static void ri_char(reinfo *x, char ch)
{
	ri_empty(x);
	x->e.s[0][0] = ch;
	x->e.len[0] = 1;
}

static void re_alt(reparse *rp, reinfo *out);

static bool re_peek(const reparse *rp, char ch)
{
	return rp->pos < rp->len && rp->p[rp->pos] == ch;
}

/* [...]: a few literal characters are exact, anything wider is "any" */
static void re_class(reparse *rp, reinfo *out)
{
	bool neg = false, wide = false;
	char set[8];
	unsigned n = 0;
	if (re_peek(rp, '^')) {
		neg = true;
		rp->pos++;
	}
	bool first = true;
	while (rp->pos < rp->len) {
		char ch = rp->p[rp->pos];
		if (ch == ']' && !first)
			break;
		first = false;
		rp->pos++;
		int lo;
		if (ch == '[' && rp->pos < rp->len && (rp->p[rp->pos] == ':' ||
		    rp->p[rp->pos] == '.' || rp->p[rp->pos] == '=')) {
			char term = rp->p[rp->pos];
			const char *e = NULL;
			for (size_t k = rp->pos + 1; k + 1 < rp->len; k++)
				if (rp->p[k] == term && rp->p[k + 1] == ']') {
					e = rp->p + k;
					break;
				}
			if (!e) {
				rp->fail = true;
				return;
			}
			rp->pos = (size_t)(e - rp->p) + 2;
			wide = true;
			continue;
		}
		if (ch == '\\') {
			if (rp->pos >= rp->len) {
				rp->fail = true;
				return;
			}
			char e = rp->p[rp->pos++];
			if (e == 'n') lo = '\n';
			else if (e == 't') lo = '\t';
			else if (e == 'r') lo = '\r';
			else if (e == 'f') lo = '\f';
			else if (strchr("dDwWsShHvVpPN", e)) {
				if (e == 'p' || e == 'P') {
					rp->fail = true;
					return;
				}
				wide = true;
				continue;
			} else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
				   (e >= '0' && e <= '9')) {
				rp->fail = true; /* \x.., \b (backspace), octal ...: give up */
				return;
			} else {
				lo = (unsigned char)e;
			}
		} else {
			lo = (unsigned char)ch;
		}
		int hi = lo;
		if (rp->pos + 1 < rp->len && rp->p[rp->pos] == '-' && rp->p[rp->pos + 1] != ']') {
			char h = rp->p[rp->pos + 1];
			if (h == '\\' || h == '[') {
				rp->fail = true;
				return;
			}
			hi = (unsigned char)h;
			rp->pos += 2;
		}
		if (hi < lo) {
			rp->fail = true;
			return;
		}
		if (hi - lo >= 8 || lo >= 0x80 || hi >= 0x80) {
			wide = true;
			continue;
		}
		for (int c = lo; c <= hi && !wide; c++) {
			char cc = (char)c;
			if (memchr(set, cc, n))
				continue;
			if (n == sizeof(set))
				wide = true;
			else
				set[n++] = cc;
		}
	}
	if (!re_peek(rp, ']')) {
		rp->fail = true;
		return;
	}
	rp->pos++;
	if (neg || wide || !n) {
		ri_any(out);
		return;
	}
	memset(out, 0, sizeof(*out));
	out->exact = true;
	for (unsigned i = 0; i < n; i++)
		lit_add(&out->e, &set[i], 1);
}

static void re_atom(reparse *rp, reinfo *out)
{
	char ch = rp->p[rp->pos++];
	switch (ch) {
	case '.':
		ri_any(out);
		return;
	case '^':
	case '$':
		ri_empty(out);
		return;
	case '[':
		re_class(rp, out);
		return;
	case '(': {
		bool look = false;
		if (re_peek(rp, '*')) {
			rp->fail = true; /* verbs */
			return;
		}
		if (re_peek(rp, '?')) {
			rp->pos++;
			char k = rp->pos < rp->len ? rp->p[rp->pos] : 0;
			if (k == ':' || k == '>') {
				rp->pos++;
			} else if (k == '=' || k == '!') {
				rp->pos++;
				look = true;
			} else if (k == '<' && rp->pos + 1 < rp->len &&
				   (rp->p[rp->pos + 1] == '=' || rp->p[rp->pos + 1] == '!')) {
				rp->pos += 2;
				look = true;
			} else if (k == '<' || k == '\'' || (k == 'P' && rp->pos + 1 < rp->len &&
							    rp->p[rp->pos + 1] == '<')) {
				char term = k == '\'' ? '\'' : '>';
				rp->pos += k == 'P' ? 2 : 1;
				while (rp->pos < rp->len && rp->p[rp->pos] != term) {
					char c = rp->p[rp->pos++];
					if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
					      (c >= '0' && c <= '9'))) {
						rp->fail = true;
						return;
					}
				}
				if (!re_peek(rp, term)) {
					rp->fail = true;
					return;
				}
				rp->pos++;
			} else {
				/* inline flags (?imsn-imsn) or (?imsn-imsn:...) */
				bool on = true;
				while (rp->pos < rp->len && rp->p[rp->pos] != ')' && rp->p[rp->pos] != ':') {
					char f = rp->p[rp->pos++];
					if (f == '-')
						on = false;
					else if (f == 'i')
						rp->ci = rp->ci || on;
					else if (f != 'm' && f != 's' && f != 'n' && f != 'U' && f != 'J') {
						rp->fail = true; /* x, ^, conditionals, callouts ... */
						return;
					}
				}
				if (rp->pos >= rp->len) {
					rp->fail = true;
					return;
				}
				if (rp->p[rp->pos++] == ')') {
					ri_empty(out);
					return;
				}
			}
		}
		if (++rp->depth > 64) {
			rp->fail = true;
			return;
		}
		re_alt(rp, out);
		rp->depth--;
		if (!re_peek(rp, ')')) {
			rp->fail = true;
			return;
		}
		rp->pos++;
		if (look)
			ri_empty(out); /* consumes nothing */
		return;
	}
	case '\\': {
		if (rp->pos >= rp->len) {
			rp->fail = true;
			return;
		}
		char e = rp->p[rp->pos++];
		if (strchr("bBAzZG", e)) {
			ri_empty(out);
		} else if (strchr("dDwWsShHvVNRX", e) || (e >= '1' && e <= '9')) {
			ri_any(out);
			while (e >= '1' && e <= '9' && rp->pos < rp->len && rp->p[rp->pos] >= '0' &&
			       rp->p[rp->pos] <= '9')
				rp->pos++;
		} else if (e == 'n') {
			ri_char(out, '\n');
		} else if (e == 't') {
			ri_char(out, '\t');
		} else if (e == 'r') {
			ri_char(out, '\r');
		} else if (e == 'f') {
			ri_char(out, '\f');
		} else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || e == '0') {
			rp->fail = true; /* \x \p \Q \k \g \K \c octal ...: give up */
		} else {
			ri_char(out, e);
		}
		return;
	}
	default:
		if ((unsigned char)ch >= 0x80 && rp->ci) {
			/* which bytes a caseless match takes here is PCRE2's
			 * business: some byte, and the rest of the pattern may
			 * still tell its literals */
			ri_any(out);
			return;
		}
		ri_char(out, ch);
		return;
	}
}

/* a quantifier after an atom, if any */
static void re_quant(reparse *rp, reinfo *x)
{
	if (rp->pos >= rp->len)
		return;
	char q = rp->p[rp->pos];
	unsigned lo, hi;
	if (q == '*') {
		lo = 0, hi = 2;
		rp->pos++;
	} else if (q == '+') {
		lo = 1, hi = 2;
		rp->pos++;
	} else if (q == '?') {
		lo = 0, hi = 1;
		rp->pos++;
	} else if (q == '{') {
		size_t k = rp->pos + 1;
		unsigned a = 0, b;
		bool da = false, db = false, comma = false;
		while (k < rp->len && rp->p[k] >= '0' && rp->p[k] <= '9' && a < 100000)
			a = a * 10 + (unsigned)(rp->p[k++] - '0'), da = true;
		b = a;
		if (k < rp->len && rp->p[k] == ',') {
			comma = true;
			k++;
			b = 0;
			while (k < rp->len && rp->p[k] >= '0' && rp->p[k] <= '9' && b < 100000)
				b = b * 10 + (unsigned)(rp->p[k++] - '0'), db = true;
		}
		if (k >= rp->len || rp->p[k] != '}' || !da) {
			if (!da && comma)
				rp->fail = true; /* {,m}: literal or quantifier by version */
			return; /* a literal '{' follows */
		}
		rp->pos = k + 1;
		lo = a;
		hi = comma && !db ? 2 : (b > 1 ? 2 : b);
		if (lo > 1)
			lo = 1;
	} else {
		return;
	}
	if (rp->pos < rp->len && (rp->p[rp->pos] == '?' || rp->p[rp->pos] == '+'))
		rp->pos++; /* lazy / possessive */
	if (lo == 1 && hi == 1)
		return;
	if (lo >= 1) { /* at least one copy */
		litset r = *req_of(x);
		ri_any(x);
		x->r = r;
		return;
	}
	if (hi == 1 && x->exact) { /* optional */
		litset e0 = { 0 };
		e0.n = 1;
		litset u;
		if (lit_union(&x->e, &e0, &u)) {
			x->e = u;
			return;
		}
	}
	ri_any(x);
}

static void re_seq(reparse *rp, reinfo *out)
{
	litset run = { 0 }, best = { 0 };
	run.n = 1; /* "" */
	bool all_exact = true;
	while (rp->pos < rp->len && !rp->fail) {
		char ch = rp->p[rp->pos];
		if (ch == '|' || ch == ')')
			break;
		if (ch == '*' || ch == '+' || ch == '?') {
			rp->fail = true;
			return;
		}
		reinfo it;
		re_atom(rp, &it);
		if (rp->fail)
			return;
		re_quant(rp, &it);
		if (rp->fail)
			return;
		if (it.exact) {
			litset p;
			if (lit_product(&run, &it.e, &p)) {
				run = p;
			} else {
				best = *lit_better(&best, &run);
				run = it.e;
				all_exact = false;
			}
		} else {
			best = *lit_better(&best, &run);
			best = *lit_better(&best, &it.r);
			memset(&run, 0, sizeof(run));
			run.n = 1;
			all_exact = false;
		}
	}
	memset(out, 0, sizeof(*out));
	if (all_exact) {
		out->exact = true;
		out->e = run;
	} else {
		out->r = *lit_better(&best, &run);
	}
}

static void re_alt(reparse *rp, reinfo *out)
{
	re_seq(rp, out);
	while (!rp->fail && re_peek(rp, '|')) {
		rp->pos++;
		reinfo b;
		re_seq(rp, &b);
		if (rp->fail)
			return;
		litset u;
		if (out->exact && b.exact && lit_union(&out->e, &b.e, &u)) {
			out->e = u;
			continue;
		}
		const litset *ra = req_of(out), *rb = req_of(&b);
		bool ok = lit_score(ra) > 0 && lit_score(rb) > 0 &&
			  (lit_union(ra, rb, &u) || lit_union_cover(ra, rb, &u));
		ri_any(out);
		if (ok)
			out->r = u;
	}
}

/* Fill re->lit from the pattern; leaves nlit 0 when nothing useful. */
static void re_literals(cst *c, rl_re *re, const char *src, size_t len, const char *flags)
{
	reparse rp = { .p = src, .len = len };
	bool utf = false;
	for (const char *f = flags; f && *f; f++) {
		if (*f == 'i')
			rp.ci = true;
		else if (*f == 'x')
			return;
		else if (*f == 'u')
			utf = true;
	}
	reinfo top;
	re_alt(&rp, &top);
	if (rp.fail || rp.pos != len || (utf && rp.ci))
		return;
	const litset *r = req_of(&top);
	if (lit_score(r) < 2)
		return;
	char **lit = rl_alloc(c->rs->pool, r->n * sizeof(char *));
	uint8_t *ll = rl_alloc(c->rs->pool, r->n);
	uint64_t (*bg)[4] = rl_alloc(c->rs->pool, r->n * sizeof(*bg));
	if (!lit || !ll || !bg) {
		c->b->oom = true;
		return;
	}
	for (unsigned i = 0; i < r->n; i++) {
		lit[i] = rl_strndup(c->rs->pool, r->s[i], r->len[i]);
		if (!lit[i]) {
			c->b->oom = true;
			return;
		}
		if (rp.ci)
			for (unsigned k = 0; k < r->len[i]; k++)
				if (lit[i][k] >= 'A' && lit[i][k] <= 'Z')
					lit[i][k] = (char)(lit[i][k] + 32);
		ll[i] = r->len[i];
		char low[LIT_LEN];
		for (unsigned k = 0; k < r->len[i]; k++)
			low[k] = (char)(lit[i][k] >= 'A' && lit[i][k] <= 'Z' ? lit[i][k] + 32 : lit[i][k]);
		rl_bigrams(low, r->len[i], bg[i]);
		/* the literal's least common-looking bigram stands for it */
		unsigned best = 0, bw = 0;
		for (unsigned k = 0; k + 1 < r->len[i]; k++) {
			unsigned w = 0;
			for (unsigned m = k; m <= k + 1; m++) {
				unsigned char ch = (unsigned char)low[m];
				w += (ch >= 'a' && ch <= 'z') || ch == ' ' ? 1 : ch == '/' || ch == '.' ? 2 : 3;
			}
			if (w > bw) {
				bw = w;
				best = k;
			}
		}
		rl_bigrams(low + best, 2, re->rep);
	}
	uint32_t *keys = rl_alloc(c->rs->pool, r->n * sizeof(uint32_t));
	if (!keys) {
		c->b->oom = true;
		return;
	}
	for (unsigned i = 0; i < r->n; i++) {
		int krc = litscan_key(c, lit[i], r->len[i], &keys[i]);
		if (krc == -ENOMEM) {
			c->b->oom = true;
			return;
		}
		if (krc < 0)
			return; /* no prefilter rather than a wrong one */
	}
	/* the keys grouped by 64-bit word of the answer (a regex's new keys
	 * are numbered in a row, so a wide alternation is a word or two) */
	uint32_t *kw = rl_alloc(c->rs->pool, r->n * sizeof(uint32_t));
	uint64_t *km = rl_alloc(c->rs->pool, r->n * sizeof(uint64_t));
	if (!kw || !km) {
		c->b->oom = true;
		return;
	}
	unsigned nkw = 0;
	for (unsigned i = 0; i < r->n; i++) {
		unsigned g = 0;
		while (g < nkw && kw[g] != keys[i] >> 6)
			g++;
		if (g == nkw) {
			kw[nkw] = keys[i] >> 6;
			km[nkw++] = 0;
		}
		km[g] |= 1ull << (keys[i] & 63);
	}
	re->nkw = (uint8_t)nkw;
	re->kw_word = kw;
	re->kw_mask = km;
	re->lit_key = keys;
	re->lit_bg = (const uint64_t (*)[4])bg;
	re->lit = (const char *const *)lit;
	re->lit_len = ll;
	re->lit_ci = rp.ci;
	re->nlit = r->n;
}

/* PCRE2 options of flags; false at an unknown flag (*bad) */
static bool re_options(const char *flags, uint32_t *opts, char *bad)
{
	*opts = 0;
	for (const char *f = flags; f && *f; f++) {
		switch (*f) {
		case 'i': *opts |= PCRE2_CASELESS; break;
		case 'm': *opts |= PCRE2_MULTILINE; break;
		case 's': *opts |= PCRE2_DOTALL; break;
		case 'x': *opts |= PCRE2_EXTENDED; break;
		case 'u': *opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP; break;
		default:
			*bad = *f;
			return false;
		}
	}
	return true;
}

static rl_re *re_register(cst *c, pcre2_code *code, const char *src, size_t len,
			  const char *flags);

rl_re *compile_re(cst *c, const rl_node *at, const char *src, size_t len,
			 const char *flags)
{
	uint32_t opts;
	char bad = 0;
	if (!re_options(flags, &opts, &bad)) {
		rl_error(c->b, at->file, at->line, at->col,
			 "unknown regex flag '%c' (expected i, m, s, x or u)", bad);
		return NULL;
	}
	int err = 0;
	PCRE2_SIZE off = 0;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)src, len, opts, &err, &off, NULL);
	if (!code) {
		PCRE2_UCHAR msg[160];
		pcre2_get_error_message(err, msg, sizeof(msg));
		rl_error(c->b, at->file, at->line, at->col, "invalid regex: %s at offset %zu",
			 (const char *)msg, (size_t)off);
		return NULL;
	}
	return re_register(c, code, src, len, flags);
}

rl_re *compile_re_quiet(cst *c, const char *src, size_t len, const char *flags)
{
	uint32_t opts;
	char bad = 0;
	int err = 0;
	PCRE2_SIZE off = 0;
	if (!re_options(flags, &opts, &bad))
		return NULL;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)src, len, opts, &err, &off, NULL);
	return code ? re_register(c, code, src, len, flags) : NULL;
}

/* code as one of the rule set's regexes, with its prefilter; NULL and
 * c->b->oom when out of memory (code is freed) */
static rl_re *re_register(cst *c, pcre2_code *code, const char *src, size_t len,
			  const char *flags)
{
	rl_re *re = rl_alloc(c->rs->pool, sizeof(*re));
	if (!re || (c->rs->nres == c->rs->capres && ({
		size_t nc = c->rs->capres ? c->rs->capres * 2 : 16;
		rl_re **nr = realloc(c->rs->res, nc * sizeof(*nr));
		if (nr) {
			c->rs->res = nr;
			c->rs->capres = nc;
		}
		!nr;
	}))) {
		pcre2_code_free(code);
		c->b->oom = true;
		return NULL;
	}
	re->code = code;
	re->src = src;
	re->len = (uint32_t)len;
	snprintf(re->flags, sizeof(re->flags), "%s", flags ? flags : "");
	/* JIT is an optimisation: without it (unsupported CPU, no executable
	 * memory) the interpreter gives the same answers */
	re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	re_literals(c, re, src, len, flags);
	c->rs->res[c->rs->nres++] = re;
	return re;
}

/* the node's rep: set when every alternative has a literal prefilter */
void regex_rep(cst *c, rl_node *r)
{
	uint64_t *rep = NULL;
	if (!r->u.re.n)
		return;
	for (uint32_t i = 0; i < r->u.re.n; i++)
		if (!r->u.re.res[i].nlit)
			return;
	if (!(rep = rl_alloc(c->rs->pool, 4 * sizeof(uint64_t)))) {
		c->b->oom = true;
		return;
	}
	for (uint32_t i = 0; i < r->u.re.n; i++)
		for (int k = 0; k < 4; k++)
			rep[k] |= r->u.re.res[i].rep[k];
	r->u.re.rep = rep;
}

/* rhs of `matches`: a regex literal, a string, or a list of strings */
