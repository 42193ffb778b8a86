/* json_read.c - the strict JSON reader (see json_read.h).
 *
 * One recursive-descent reader runs twice over the same text: first it
 * only checks (and counts the items of every container, in the order
 * containers open), then it builds, allocating each container once at
 * its exact size. So a bump arena wastes nothing on growth, and no error
 * but a repeated key or the arena's end can come after allocation began.
 */
#include "policy/base/json_read.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/json.h"
#include "policy/base/text.h"

struct reader {
	const unsigned char *s;
	size_t n, pos;
	agate_arena *a;
	uint32_t *counts; /* items of each container, in opening order */
	size_t next;      /* index in counts of the next container to open */
	bool build;       /* second pass: allocate and fill */
	size_t steps;
	char *err;
	size_t errcap;
};

__attribute__((format(printf, 2, 3)))
static int fail(struct reader *r, const char *fmt, ...)
{
	if (r->err && r->errcap) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(r->err, r->errcap, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

static int fail_at(struct reader *r, const char *what)
{
	return fail(r, "%s at byte %zu", what, r->pos);
}

static int no_memory(struct reader *r)
{
	fail(r, "too large for the memory of one decision");
	return -ENOMEM;
}

static bool blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static void skip_blanks(struct reader *r)
{
	while (r->pos < r->n && blank(r->s[r->pos]))
		r->pos++;
}

static int value(struct reader *r, unsigned depth, agate_value *out);

/* ---- strings ----------------------------------------------------------- */

/* The UTF-8 bytes of cp written at dst (when not NULL); their count. */
static size_t put_utf8(char *dst, uint32_t cp)
{
	unsigned char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | (cp >> 18));
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (dst)
		memcpy(dst, b, n);
	return n;
}

/* The four hex digits at s[i..i+4) as a number; false when they are not. */
static bool hex4(const unsigned char *s, size_t n, size_t i, uint32_t *out)
{
	uint32_t v = 0;
	if (i + 4 > n)
		return false;
	for (size_t k = i; k < i + 4; k++) {
		unsigned char c = s[k];
		uint32_t d;
		if (digit(c))
			d = (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (uint32_t)(c - 'A' + 10);
		else
			return false;
		v = v << 4 | d;
	}
	*out = v;
	return true;
}

/* The \u escape at s[i] (s[i] == '\\', s[i+1] == 'u'), with the low half
 * that must follow a high surrogate: the code point and the bytes used. */
static int unicode_escape(struct reader *r, size_t i, uint32_t *cp, size_t *used)
{
	uint32_t hi, lo;
	r->pos = i;
	if (!hex4(r->s, r->n, i + 2, &hi))
		return fail_at(r, "bad \\u escape");
	if (hi >= 0xDC00 && hi <= 0xDFFF)
		return fail(r, "lone surrogate \\u%04X at byte %zu", hi, i);
	if (hi < 0xD800 || hi > 0xDBFF) {
		*cp = hi;
		*used = 6;
		return 0;
	}
	if (i + 7 < r->n && r->s[i + 6] == '\\' && r->s[i + 7] == 'u' &&
	    hex4(r->s, r->n, i + 8, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
		*cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
		*used = 12;
		return 0;
	}
	return fail(r, "lone surrogate \\u%04X at byte %zu", hi, i);
}

/* The escape at s[i] (a backslash): its code point and the bytes used. */
static int escape(struct reader *r, size_t i, uint32_t *cp, size_t *used)
{
	static const char from[] = "\"\\/bfnrt";
	static const char to[] = "\"\\/\b\f\n\r\t";
	if (i + 1 >= r->n) {
		r->pos = i;
		return fail_at(r, "unterminated string");
	}
	unsigned char c = r->s[i + 1];
	if (c == 'u')
		return unicode_escape(r, i, cp, used);
	const char *hit = c ? strchr(from, c) : NULL;
	if (!hit) {
		r->pos = i;
		return fail_at(r, "bad escape");
	}
	*cp = (unsigned char)to[hit - from];
	*used = 2;
	return 0;
}

/* Where the string opened at s[i - 1] ends (its closing quote), in text
 * the first pass has checked. */
static size_t string_end(const struct reader *r, size_t i)
{
	while (r->s[i] != '"')
		i += r->s[i] == '\\' ? 2 : 1;
	return i;
}

/* The string at pos (a quote): checked; decoded into the arena when
 * building. */
static int string(struct reader *r, agate_str *out)
{
	size_t i = r->pos + 1, o = 0;
	char *dst = NULL;
	if (r->build) {
		size_t end = string_end(r, i);
		r->steps += end - i;
		dst = agate_arena_alloc(r->a, end - i + 1);
		if (!dst)
			return no_memory(r);
	}
	for (;;) {
		if (i >= r->n) {
			r->pos = i;
			return fail_at(r, "unterminated string");
		}
		unsigned char c = r->s[i];
		if (c == '"')
			break;
		if (c == '\\') {
			uint32_t cp = 0;
			size_t used = 0;
			int rc = escape(r, i, &cp, &used);
			if (rc)
				return rc;
			o += put_utf8(dst ? dst + o : NULL, cp);
			i += used;
			continue;
		}
		size_t k = c < 0x80 ? 1 : rl_utf8_seq(r->s + i, r->n - i);
		if (c < 0x20 || k == 0) {
			r->pos = i;
			return fail_at(r, c < 0x20 ? "control character in a string"
						  : "invalid UTF-8 in a string");
		}
		if (dst)
			memcpy(dst + o, r->s + i, k);
		o += k;
		i += k;
	}
	if (dst)
		dst[o] = '\0';
	out->ptr = dst ? dst : "";
	out->len = o;
	r->pos = i + 1;
	return 0;
}

/* ---- numbers ----------------------------------------------------------- */

/* An integer's digits s[from..to) (after any '-'), as the wire decoder
 * holds it: int64, or a float above INT64_MAX up to UINT64_MAX. */
static int integer(struct reader *r, size_t from, size_t to, bool neg, agate_value *out)
{
	uint64_t mag = 0;
	for (size_t i = from; i < to; i++) {
		uint64_t d = (uint64_t)(r->s[i] - '0');
		if (mag > (UINT64_MAX - d) / 10) {
			r->pos = from;
			return fail_at(r, "integer out of range");
		}
		mag = mag * 10 + d;
	}
	if (neg && mag > (uint64_t)INT64_MAX + 1) {
		r->pos = from;
		return fail_at(r, "integer out of range");
	}
	if (neg) {
		out->type = AGATE_INT;
		out->as.integer = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
	} else if (mag <= (uint64_t)INT64_MAX) {
		out->type = AGATE_INT;
		out->as.integer = (int64_t)mag;
	} else {
		out->type = AGATE_FLOAT;
		out->as.real = (double)mag;
	}
	return 0;
}

/* s[i..) past a run of digits; *nonzero set when one of them is not 0 */
static size_t digits(const struct reader *r, size_t i, bool *nonzero)
{
	while (i < r->n && digit(r->s[i])) {
		if (r->s[i] != '0')
			*nonzero = true;
		i++;
	}
	return i;
}

/* A number with a fraction or an exponent, s[start..end): a double, and
 * refused when the double is not what the text says (inf, or zero for a
 * text that is not). */
static int real(struct reader *r, size_t start, size_t end, bool nonzero, agate_value *out)
{
	char buf[AGATE_JSON_NUMBER_MAX + 1];
	size_t len = end - start;
	memcpy(buf, r->s + start, len);
	buf[len] = '\0';
	char *stop = NULL;
	double d = strtod(buf, &stop);
	r->pos = start;
	/* strtod reads the locale's decimal point: a text it stops short in
	 * is refused, not misread */
	if (stop != buf + len)
		return fail_at(r, "number not read");
	if (isinf(d) || (d == 0 && nonzero))
		return fail_at(r, "number out of range");
	out->type = AGATE_FLOAT;
	out->as.real = d;
	r->pos = end;
	return 0;
}

static int number(struct reader *r, agate_value *out)
{
	size_t start = r->pos, i = start;
	bool neg = false, nonzero = false, plain = true;
	if (r->s[i] == '-') {
		neg = true;
		i++;
	}
	size_t int_from = i;
	if (i >= r->n || !digit(r->s[i]))
		return fail_at(r, "bad number");
	if (r->s[i] == '0' && i + 1 < r->n && digit(r->s[i + 1]))
		return fail_at(r, "leading zero in a number");
	i = digits(r, i, &nonzero);
	size_t int_to = i;
	if (i < r->n && r->s[i] == '.') {
		plain = false;
		size_t from = ++i;
		i = digits(r, i, &nonzero);
		if (i == from)
			return fail_at(r, "bad number");
	}
	if (i < r->n && (r->s[i] == 'e' || r->s[i] == 'E')) {
		bool ignored = false;
		plain = false;
		i++;
		if (i < r->n && (r->s[i] == '+' || r->s[i] == '-'))
			i++;
		size_t from = i;
		i = digits(r, i, &ignored);
		if (i == from)
			return fail_at(r, "bad number");
	}
	if (i - start > AGATE_JSON_NUMBER_MAX)
		return fail(r, "number longer than %u bytes at byte %zu", AGATE_JSON_NUMBER_MAX,
			    start);
	if (!plain)
		return real(r, start, i, nonzero, out);
	int rc = integer(r, int_from, int_to, neg, out);
	r->pos = i;
	return rc;
}

/* ---- repeated keys ----------------------------------------------------- */

#define PAIRWISE_MAX 16u

static bool same_key(struct reader *r, const agate_member *x, const agate_member *y)
{
	r->steps++;
	if (x->key.len != y->key.len)
		return false;
	r->steps += x->key.len;
	return memcmp(x->key.ptr, y->key.ptr, x->key.len) == 0;
}

static int fail_duplicate(struct reader *r, agate_str key)
{
	char lit[256]; /* 40 bytes, each at worst a 6-byte escape */
	size_t cut = rl_utf8_cut(key.ptr, key.len, 40);
	agate_json_write_str(lit, sizeof lit, key.ptr, cut);
	return fail(r, "duplicate key %s%s", lit, cut < key.len ? "..." : "");
}

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

/* Repeats among many keys: open addressing in a table twice their
 * number. Probes and bytes compared are bounded by a budget linear in
 * the object; keys made to collide past it are refused, not searched. */
static int unique_hashed(struct reader *r, const agate_member *m, uint32_t k)
{
	size_t size = 32;
	while (size < 2 * (size_t)k)
		size *= 2;
	uint32_t *slot = agate_arena_zalloc(r->a, size * sizeof *slot);
	if (!slot)
		return no_memory(r);
	size_t budget = 16 * (size_t)k, spent = 0;
	for (uint32_t i = 0; i < k; i++) {
		budget += 2 * m[i].key.len;
		r->steps += m[i].key.len;
		size_t at = mix(rl_hash(m[i].key.ptr, m[i].key.len)) & (size - 1);
		while (slot[at]) {
			size_t before = r->steps;
			if (same_key(r, &m[slot[at] - 1], &m[i]))
				return fail_duplicate(r, m[i].key);
			spent += r->steps - before;
			if (spent > budget)
				return fail(r, "keys of one object that collide past what the "
					       "reader checks");
			at = (at + 1) & (size - 1);
		}
		slot[at] = i + 1;
	}
	return 0;
}

static int unique_keys(struct reader *r, const agate_member *m, uint32_t k)
{
	if (k > PAIRWISE_MAX)
		return unique_hashed(r, m, k);
	for (uint32_t i = 1; i < k; i++)
		for (uint32_t j = 0; j < i; j++)
			if (same_key(r, &m[j], &m[i]))
				return fail_duplicate(r, m[i].key);
	return 0;
}

/* ---- containers -------------------------------------------------------- */

/* The next container's item count: counted by the first pass, read back
 * by the second. */
static size_t open_container(struct reader *r, unsigned depth, int *rc)
{
	*rc = 0;
	if (depth > AGATE_JSON_READ_DEPTH)
		*rc = fail(r, "nesting deeper than %u at byte %zu", AGATE_JSON_READ_DEPTH, r->pos);
	r->pos++;
	return r->next++;
}

/* After an item: true at the closing byte (consumed), false after a
 * comma; an error for anything else. */
static int item_end(struct reader *r, unsigned char close, bool *closed)
{
	skip_blanks(r);
	if (r->pos < r->n && r->s[r->pos] == ',') {
		r->pos++;
		*closed = false;
		return 0;
	}
	if (r->pos < r->n && r->s[r->pos] == close) {
		r->pos++;
		*closed = true;
		return 0;
	}
	if (r->pos >= r->n)
		return fail_at(r, close == '}' ? "unterminated object" : "unterminated array");
	return fail_at(r, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
}

static int member(struct reader *r, unsigned depth, agate_member *m)
{
	skip_blanks(r);
	if (r->pos >= r->n)
		return fail_at(r, "unterminated object");
	if (r->s[r->pos] != '"')
		return fail_at(r, "expected a key");
	int rc = string(r, &m->key);
	if (rc)
		return rc;
	skip_blanks(r);
	if (r->pos >= r->n || r->s[r->pos] != ':')
		return fail_at(r, "expected ':'");
	r->pos++;
	return value(r, depth, &m->value);
}

/* An object (map) or an array, its opening byte read: counted in the
 * first passes, built at its counted size in the last. */
static int container(struct reader *r, unsigned depth, bool map, agate_value *out)
{
	int rc;
	size_t idx = open_container(r, depth, &rc);
	if (rc)
		return rc;
	size_t size = map ? sizeof(agate_member) : sizeof(agate_value);
	char *items = NULL;
	agate_member mscratch;
	agate_value vscratch;
	uint32_t k = 0;
	if (r->build && r->counts[idx]) {
		items = agate_arena_alloc(r->a, r->counts[idx] * size);
		if (!items)
			return no_memory(r);
	}
	char close = map ? '}' : ']';
	skip_blanks(r);
	bool closed = r->pos < r->n && r->s[r->pos] == close;
	if (closed)
		r->pos++;
	while (!closed) {
		if (r->build && k == r->counts[idx])
			return fail_at(r, "text changed between passes");
		if (map)
			rc = member(r, depth, items ? (agate_member *)(void *)(items + k * size) : &mscratch);
		else
			rc = value(r, depth, items ? (agate_value *)(void *)(items + k * size) : &vscratch);
		if (!rc)
			rc = item_end(r, close, &closed);
		if (rc)
			return rc;
		k++;
	}
	if (!r->build) {
		r->counts[idx] = k;
		return 0;
	}
	if (!map) {
		out->type = AGATE_ARRAY;
		out->as.array.items = (agate_value *)(void *)items;
		out->as.array.len = k;
		return 0;
	}
	out->type = AGATE_MAP;
	out->as.map.items = (agate_member *)(void *)items;
	out->as.map.len = k;
	return unique_keys(r, out->as.map.items, k);
}

/* ---- values ------------------------------------------------------------ */

static int word(struct reader *r, const char *w, agate_value *out, agate_value v)
{
	size_t n = strlen(w);
	if (r->n - r->pos < n || memcmp(r->s + r->pos, w, n) != 0)
		return fail_at(r, "unexpected word");
	r->pos += n;
	*out = v;
	return 0;
}

/* depth: of the container the value is in (0 at the top) */
static int value(struct reader *r, unsigned depth, agate_value *out)
{
	skip_blanks(r);
	if (r->pos >= r->n)
		return fail_at(r, "unexpected end of text");
	unsigned char c = r->s[r->pos];
	switch (c) {
	case '{':
		return container(r, depth + 1, true, out);
	case '[':
		return container(r, depth + 1, false, out);
	case '"':
		out->type = AGATE_STR;
		return string(r, &out->as.str);
	case 't':
		return word(r, "true", out, (agate_value){ .type = AGATE_BOOL, .as.boolean = true });
	case 'f':
		return word(r, "false", out, (agate_value){ .type = AGATE_BOOL, .as.boolean = false });
	case 'n':
		return word(r, "null", out, (agate_value){ .type = AGATE_NIL });
	default:
		if (c == '-' || digit(c))
			return number(r, out);
		return fail_at(r, "unexpected character");
	}
}

/* One pass over the whole text: a single value and blanks around it. */
static int pass(struct reader *r, agate_value *out)
{
	r->pos = 0;
	r->next = 0;
	int rc = value(r, 0, out);
	if (rc)
		return rc;
	skip_blanks(r);
	if (r->pos < r->n)
		return fail_at(r, "trailing data after the value");
	r->steps += r->n;
	return 0;
}

int agate_json_read(const char *text, size_t len, agate_arena *arena,
		    agate_value **out, char *err, size_t errcap, size_t *steps)
{
	struct reader r = { .s = (const unsigned char *)text, .n = len, .a = arena,
			    .err = err, .errcap = errcap };
	int rc;
	if (err && errcap)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!out || !arena || (!text && len)) {
		rc = fail(&r, "no text");
		goto done;
	}
	if (len > AGATE_JSON_READ_MAX) {
		rc = fail(&r, "text longer than %u bytes", AGATE_JSON_READ_MAX);
		goto done;
	}
	skip_blanks(&r);
	if (r.pos == len) {
		rc = fail(&r, "empty text");
		goto done;
	}
	/* an upper bound on the containers: every bracket, quoted or not */
	size_t brackets = 0;
	for (size_t i = 0; i < len; i++)
		brackets += r.s[i] == '{' || r.s[i] == '[';
	r.steps += len;
	if (brackets && !(r.counts = agate_arena_alloc(arena, brackets * sizeof *r.counts))) {
		rc = no_memory(&r);
		goto done;
	}
	agate_value scratch;
	rc = pass(&r, &scratch);
	if (rc)
		goto done;
	agate_value *v = agate_arena_zalloc(arena, sizeof *v);
	if (!v) {
		rc = no_memory(&r);
		goto done;
	}
	r.build = true;
	rc = pass(&r, v);
	if (!rc)
		*out = v;
done:
	if (steps)
		*steps = r.steps;
	return rc;
}
