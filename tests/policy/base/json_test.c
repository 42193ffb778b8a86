#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/json.h"

static agate_value str(const char *s, size_t n)
{
	return (agate_value){ .type = AGATE_STR, .as.str = { s, n } };
}

Test(json, writes_nested_values)
{
	agate_value items[4] = {
		{ .type = AGATE_INT, .as.integer = -42 },
		{ .type = AGATE_BOOL, .as.boolean = true },
		{ .type = AGATE_NIL },
		{ .type = AGATE_FLOAT, .as.real = 1.5 },
	};
	agate_member m[2] = {
		{ AGATE_STR_LIT("cmd"), str("rm \"x\"\n", 7) },
		{ AGATE_STR_LIT("list"), { .type = AGATE_ARRAY, .as.array = { items, 4 } } },
	};
	agate_value root = { .type = AGATE_MAP, .as.map = { m, 2 } };
	agate_arena *a = agate_arena_new(4096);
	char *s = agate_json_encode(a, &root);
	cr_assert_str_eq(s, "{\"cmd\":\"rm \\\"x\\\"\\n\",\"list\":[-42,true,null,1.5]}");
	agate_arena_free(a);
}

Test(json, invalid_utf8_and_controls_stay_valid_json)
{
	char buf[64];
	agate_value v = str("a\xff" "b\x01\xc3\xa9", 6);
	agate_json_write(buf, sizeof(buf), &v);
	cr_assert_str_eq(buf, "\"a\xEF\xBF\xBD" "b\\u0001\xc3\xa9\"");
	agate_value nan = { .type = AGATE_FLOAT, .as.real = NAN };
	agate_json_write(buf, sizeof(buf), &nan);
	cr_assert_str_eq(buf, "\"NaN\"", "NaN is kept, not written as null");
	agate_value inf = { .type = AGATE_FLOAT, .as.real = -INFINITY };
	agate_json_write(buf, sizeof(buf), &inf);
	cr_assert_str_eq(buf, "-1e999");
	inf.as.real = INFINITY;
	agate_json_write(buf, sizeof(buf), &inf);
	cr_assert_str_eq(buf, "1e999");
}

Test(json, truncates_like_snprintf)
{
	char buf[5];
	agate_value v = str("abcdefgh", 8);
	size_t need = agate_json_write(buf, sizeof(buf), &v);
	cr_assert_eq(need, 10);
	cr_assert_str_eq(buf, "\"abc");
	cr_assert_eq(agate_json_write(NULL, 0, &v), 10);
}

/* ---- numbers: the fast formatter against snprintf ---------------------- */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t rng(void)
{
	/* xorshift64*: reproducible, so a failure names the same value */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static double from_bits(uint64_t b)
{
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

/* agate_json_write of d must be what %.17g gives, and read back to the
 * same bits; returns false (after saying which) when not. */
static bool same_as_printf(double d)
{
	char got[64], want[64];
	agate_value v = { .type = AGATE_FLOAT, .as.real = d };
	size_t n = agate_json_write(got, sizeof got, &v);
	snprintf(want, sizeof want, "%.17g", d);
	if (n != strlen(got) || strcmp(got, want) != 0) {
		cr_log_error("%a: wrote %s, %%.17g gives %s", d, got, want);
		return false;
	}
	double back = strtod(got, NULL);
	if (memcmp(&back, &d, sizeof d) != 0) {
		cr_log_error("%a: %s does not read back", d, got);
		return false;
	}
	return true;
}

Test(json, numbers_are_written_as_printf_writes_them)
{
	static const double edges[] = {
		0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 0.25, 1e-4, 9.9999999999999991e-05,
		1.0000000000000001e-04, 1e-5, 1e16, 1e17, 9.9999999999999984e16,
		99999999999999992.0, 1e15, 123456789012345678.0, 0.3, 2.0 / 3.0,
		1e308, -1e308, 1.7976931348623157e308, 4.9406564584124654e-324,
		2.2250738585072014e-308, 2.2250738585072009e-308, 9007199254740993.0,
		9007199254740992.0, 4503599627370495.5, 2251799813685247.75,
		1125899906842623.875, 0.99999999999999989, 9.9999999999999982,
		99.999999999999986, 0.00099999999999999989, 1234.5, 42.0,
	};
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		cr_assert(same_as_printf(edges[i]));
		cr_assert(same_as_printf(-edges[i]));
	}
	/* random bit patterns (every exponent), values in [0, 1) as scores
	 * are, integers, and halves of large integers (ties at the 17th
	 * digit), 250,000 of each */
	for (int i = 0; i < 250000; i++) {
		uint64_t b = rng();
		double d = from_bits(b);
		if (!isnan(d) && !isinf(d))
			cr_assert(same_as_printf(d));
		cr_assert(same_as_printf((double)(b >> 11) / 9007199254740992.0));
		cr_assert(same_as_printf((double)(int64_t)(rng() % 2000000001) - 1e9));
		uint64_t big = (1ULL << 52) | (rng() & ((1ULL << 52) - 1));
		cr_assert(same_as_printf((double)big / (double)(1ULL << (1 + rng() % 12))));
		/* a few decimal digits, as the cascade's rounded scores */
		cr_assert(same_as_printf((double)(rng() % 100000) / 1000.0));
	}
}

Test(json, integers_are_written_as_printf_writes_them)
{
	static const int64_t edges[] = { 0, 1, -1, 9, 10, -10, 99, 100, INT64_MAX, INT64_MIN,
					 INT64_MIN + 1, 4294967296, -4294967296 };
	char got[32], want[32];
	for (size_t i = 0; i < sizeof edges / sizeof edges[0] + 200000; i++) {
		int64_t x = i < sizeof edges / sizeof edges[0] ? edges[i]
			    : (int64_t)(rng() >> (rng() % 64));
		if (i % 2 && x != INT64_MIN)
			x = -x;
		agate_value v = { .type = AGATE_INT, .as.integer = x };
		agate_json_write(got, sizeof got, &v);
		snprintf(want, sizeof want, "%" PRId64, x);
		cr_assert_str_eq(got, want);
	}
}

Test(json, plain_runs_and_escapes_alternate)
{
	char buf[64];
	agate_value v = str("ab\\cd\"ef\x7f\tg\xc3\xa9h", 14);
	agate_json_write(buf, sizeof(buf), &v);
	cr_assert_str_eq(buf, "\"ab\\\\cd\\\"ef\\u007f\\tg\xc3\xa9h\"");
	/* a run cut by the buffer's end is cut like snprintf */
	char small[6];
	cr_assert_eq(agate_json_write(small, sizeof(small), &v), strlen(buf));
	cr_assert_str_eq(small, "\"ab\\\\");
}

Test(json, every_ascii_byte_is_written_or_escaped_as_rfc8259_says)
{
	for (int c = 0; c < 0x80; c++) {
		char in[1] = { (char)c }, got[16], want[16];
		agate_value v = str(in, 1);
		agate_json_write(got, sizeof got, &v);
		if (c == '"' || c == '\\')
			snprintf(want, sizeof want, "\"\\%c\"", c);
		else if (c == '\n' || c == '\r' || c == '\t')
			snprintf(want, sizeof want, "\"\\%c\"", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
		else if (c < 0x20 || c == 0x7F)
			snprintf(want, sizeof want, "\"\\u%04x\"", c);
		else
			snprintf(want, sizeof want, "\"%c\"", c);
		cr_assert_str_eq(got, want, "byte 0x%02x", c);
	}
}
