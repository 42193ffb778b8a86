/* json.c - JSON writing (see json.h). One routine measures and writes, so
 * the measured length and the written text cannot disagree. */
#include "policy/base/json.h"
#include "policy/base/text.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct out {
	char *buf;
	size_t cap; /* bytes usable for text (buffer size minus the NUL) */
	size_t len; /* bytes the full text needs so far */
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->len < o->cap) {
		size_t room = o->cap - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void putc1(struct out *o, char c)
{
	put(o, &c, 1);
}

/* The bytes a JSON string holds as they are: printable ASCII but the
 * quote and the backslash. */
#define PLAIN16(a) 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char plain[256] = {
	[0x20] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* ' ' .. '/', no '"' */
	PLAIN16(0x30), PLAIN16(0x40),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,           /* 0x50 .. 0x5F, no '\\' */
	PLAIN16(0x60),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,           /* 0x70 .. 0x7E, no DEL */
};
#undef PLAIN16

static void put_str(struct out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	putc1(o, '"');
	size_t i = 0;
	while (i < n) {
		/* a run of bytes written as they are, with one put: most of a
		 * row's text is plain ASCII */
		size_t run = i;
		while (run < n && plain[p[run]])
			run++;
		if (run > i) {
			put(o, s + i, run - i);
			i = run;
			continue;
		}
		unsigned char c = p[i];
		if (c >= 0x80) {
			size_t k = rl_utf8_seq(p + i, n - i);
			if (k == 0) {
				put(o, "\xEF\xBF\xBD", 3);
				i++;
			} else {
				put(o, s + i, k);
				i += k;
			}
			continue;
		}
		switch (c) {
		case '"':
			put(o, "\\\"", 2);
			break;
		case '\\':
			put(o, "\\\\", 2);
			break;
		case '\n':
			put(o, "\\n", 2);
			break;
		case '\r':
			put(o, "\\r", 2);
			break;
		case '\t':
			put(o, "\\t", 2);
			break;
		default:
			if (c < 0x20 || c == 0x7F) {
				char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
				put(o, esc, 6);
			} else {
				putc1(o, (char)c);
			}
		}
		i++;
	}
	putc1(o, '"');
}

/* ---- numbers ---------------------------------------------------------
 * The audit row's numbers used to go through snprintf, whose %.17g was the
 * writer thread's largest single cost. The text must stay byte for byte
 * what %.17g gives (rows are hashed over their stored text, and tools
 * read it), so fmt_g17 computes exactly that, correctly rounded, with
 * 128-bit integers, for the doubles %.17g writes without an exponent
 * (1e-4 <= |d| < 1e17) and zero; it declines everything else (returns
 * 0), which then goes to snprintf. tests/policy/base/json_test.c compares
 * the two over millions of doubles. */

/* Decimal digits of v, written at out; returns their count (1..20). */
static size_t fmt_u64(char *out, uint64_t v)
{
	char tmp[20];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

/* What "%" PRId64 writes; out holds at least 21 bytes. */
static size_t fmt_int(char *out, int64_t v)
{
	if (v >= 0)
		return fmt_u64(out, (uint64_t)v);
	out[0] = '-';
	return 1 + fmt_u64(out + 1, (uint64_t)0 - (uint64_t)v);
}

#if defined(__SIZEOF_INT128__)
typedef unsigned __int128 u128;

#define E16 10000000000000000ULL
#define E17 100000000000000000ULL

/* floor(y) and round-half-even(y) of y = m * 10^k * 2^e, k in 0..20 (the
 * product fits: m < 2^53, 10^20 < 2^67, and e >= -127 here). */
static void scaled(uint64_t m, int k, int e, u128 *floor_out, u128 *round_out)
{
	static const uint64_t pow10[20] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
		10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
		100000000000ULL, 1000000000000ULL, 10000000000000ULL,
		100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
		100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
	};
	u128 n = (u128)m * (k < 20 ? pow10[k] : pow10[19]);
	if (k == 20)
		n *= 10;
	if (e >= 0) {
		*floor_out = *round_out = n << e;
		return;
	}
	int s = -e;
	u128 q = n >> s;
	u128 r = n - (q << s);
	u128 half = (u128)1 << (s - 1);
	*floor_out = q;
	*round_out = q + (r > half || (r == half && (q & 1)));
}

/* The text of snprintf("%.17g", d) for d = 0 or 1e-4 <= |d| < 1e17, else
 * 0 (the caller falls back to snprintf). out holds at least 32 bytes. */
static size_t fmt_g17(char *out, double d)
{
	uint64_t bits;
	memcpy(&bits, &d, sizeof bits);
	size_t len = 0;
	if (bits >> 63)
		out[len++] = '-';
	int be = (int)((bits >> 52) & 0x7FF);
	uint64_t frac = bits & ((1ULL << 52) - 1);
	if (be == 0 && frac == 0) {
		out[len++] = '0';
		return len;
	}
	if (be == 0 || be == 0x7FF)
		return 0; /* subnormal, infinity, NaN */
	uint64_t m = frac | (1ULL << 52);
	int e = be - 1075; /* |d| = m * 2^e */
	if (e < -80 || e > 4)
		return 0; /* |d| < 2^-28 or |d| >= 2^57: outside the range */
	/* E = floor(log10 |d|): estimated from the binary exponent (off by
	 * at most one), then fixed by the unrounded 17-digit scaling, which
	 * lies in [10^16, 10^17) exactly when E is right. */
	int E = ((e + 52) * 78913) >> 18;
	u128 fl, q;
	for (int tries = 0;; tries++) {
		if (E < -4 || E > 16 || tries > 2)
			return 0;
		scaled(m, 16 - E, e, &fl, &q);
		if (fl < E16)
			E--;
		else if (fl >= E17)
			E++;
		else
			break;
	}
	if (q == E17) { /* rounding carried into the next power of ten */
		q = E16;
		E++;
		if (E > 16)
			return 0;
	}
	char dig[17];
	fmt_u64(dig, (uint64_t)q); /* exactly 17 digits */
	/* %.17g without '#': fixed notation with 16 - E decimals, trailing
	 * zeros and then a bare point dropped */
	int last = 16;
	while (last > (E >= 0 ? E : -1) && dig[last] == '0')
		last--;
	if (E >= 0) {
		memcpy(out + len, dig, (size_t)E + 1);
		len += (size_t)E + 1;
		if (last > E) {
			out[len++] = '.';
			memcpy(out + len, dig + E + 1, (size_t)(last - E));
			len += (size_t)(last - E);
		}
	} else {
		out[len++] = '0';
		out[len++] = '.';
		for (int i = 0; i < -E - 1; i++)
			out[len++] = '0';
		memcpy(out + len, dig, (size_t)last + 1);
		len += (size_t)last + 1;
	}
	return len;
}
#else
static size_t fmt_g17(char *out, double d)
{
	(void)out;
	(void)d;
	return 0; /* no 128-bit integers: always snprintf */
}
#endif

static void put_value(struct out *o, const agate_value *v)
{
	char num[64];
	int n;
	if (!v) {
		put(o, "null", 4);
		return;
	}
	switch (v->type) {
	case AGATE_NIL:
		put(o, "null", 4);
		break;
	case AGATE_BOOL:
		if (v->as.boolean)
			put(o, "true", 4);
		else
			put(o, "false", 5);
		break;
	case AGATE_INT:
		n = (int)fmt_int(num, v->as.integer);
		put(o, num, (size_t)n);
		break;
	case AGATE_FLOAT:
		/* JSON has no NaN or infinity. An infinity is written as a
		 * number beyond any double, which every JSON reader reads back
		 * as infinity (or the largest double); NaN as the string "NaN".
		 * Neither becomes null: an auditor must see that a request
		 * carried them. */
		if (isnan(v->as.real)) {
			put(o, "\"NaN\"", 5);
			break;
		}
		if (isinf(v->as.real)) {
			if (v->as.real < 0)
				put(o, "-1e999", 6);
			else
				put(o, "1e999", 5);
			break;
		}
		/* %.17g round-trips a double exactly; fmt_g17 writes the
		 * same text without printf for the values rows hold */
		n = (int)fmt_g17(num, v->as.real);
		if (n == 0)
			n = snprintf(num, sizeof(num), "%.17g", v->as.real);
		put(o, num, (size_t)n);
		break;
	case AGATE_STR:
		put_str(o, v->as.str.ptr, v->as.str.len);
		break;
	case AGATE_BIN: {
		static const char hex[] = "0123456789abcdef";
		putc1(o, '"');
		for (size_t i = 0; i < v->as.str.len; i++) {
			unsigned char c = (unsigned char)v->as.str.ptr[i];
			char pair[2] = { hex[c >> 4], hex[c & 15] };
			put(o, pair, 2);
		}
		putc1(o, '"');
		break;
	}
	case AGATE_ARRAY:
		putc1(o, '[');
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			if (i)
				putc1(o, ',');
			put_value(o, &v->as.array.items[i]);
		}
		putc1(o, ']');
		break;
	case AGATE_MAP:
		putc1(o, '{');
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			if (i)
				putc1(o, ',');
			put_str(o, m->key.ptr, m->key.len);
			putc1(o, ':');
			put_value(o, &m->value);
		}
		putc1(o, '}');
		break;
	default:
		put(o, "null", 4);
	}
}

static size_t finish(struct out *o, size_t cap)
{
	if (cap)
		o->buf[o->len < o->cap ? o->len : o->cap] = '\0';
	return o->len;
}

size_t agate_json_write(char *buf, size_t cap, const agate_value *v)
{
	struct out o = { buf, cap ? cap - 1 : 0, 0 };
	put_value(&o, v);
	return finish(&o, cap);
}

size_t agate_json_write_str(char *buf, size_t cap, const char *s, size_t n)
{
	struct out o = { buf, cap ? cap - 1 : 0, 0 };
	put_str(&o, s, n);
	return finish(&o, cap);
}

char *agate_json_encode(agate_arena *a, const agate_value *v)
{
	size_t need = agate_json_write(NULL, 0, v);
	char *buf = agate_arena_alloc(a, need + 1);
	if (!buf)
		return NULL;
	agate_json_write(buf, need + 1, v);
	return buf;
}
