#include <criterion/criterion.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/json_read.h"
#include "schema/protocol.h"

static agate_arena *arena;
static char err[256];

static void setup(void)
{
	arena = agate_arena_new(64u << 20);
	cr_assert(arena);
	err[0] = '\0';
}

static void teardown(void)
{
	agate_arena_free(arena);
}

TestSuite(json_read, .init = setup, .fini = teardown);

static agate_value *read_ok(const char *text, size_t len)
{
	agate_value *v = NULL;
	int rc = agate_json_read(text, len, arena, &v, err, sizeof err, NULL);
	cr_assert_eq(rc, 0, "%.*s: %s", (int)(len > 80 ? 80 : len), text, err);
	cr_assert(v);
	return v;
}

static agate_value *read_str(const char *text)
{
	return read_ok(text, strlen(text));
}

/* the reason it was refused for */
static const char *refused_n(const char *text, size_t len)
{
	agate_value *v = (agate_value *)1;
	int rc = agate_json_read(text, len, arena, &v, err, sizeof err, NULL);
	cr_assert_eq(rc, -EINVAL, "%.*s was read", (int)(len > 80 ? 80 : len), text);
	cr_assert_null(v);
	cr_assert(err[0], "a refusal says why");
	return err;
}

static const char *refused(const char *text)
{
	return refused_n(text, strlen(text));
}

#define expect_refused(text, why)                                                     \
	do {                                                                          \
		const char *e_ = refused(text);                                       \
		cr_expect(strstr(e_, why), "%s: %s (wanted %s)", text, e_, why);      \
	} while (0)

Test(json_read, reads_every_type_in_order)
{
	agate_value *v = read_str(" {\"s\": \"a\\\"b\", \"i\": -42, \"f\": 1.5, \"t\": true,"
				  " \"n\": null, \"a\": [1, \"x\", false, {}], \"o\": {\"k\": []}}\n");
	cr_assert_eq(v->type, AGATE_MAP);
	cr_assert_eq(v->as.map.len, 7);
	const char *keys[] = { "s", "i", "f", "t", "n", "a", "o" };
	for (int i = 0; i < 7; i++)
		cr_expect(agate_str_eq(v->as.map.items[i].key, keys[i]), "member %d", i);
	const agate_value *s = agate_value_get(v, "s", 1);
	cr_expect(agate_str_eq(s->as.str, "a\"b"));
	cr_expect_eq(s->as.str.ptr[s->as.str.len], '\0');
	cr_expect_eq(agate_value_get(v, "i", 1)->type, AGATE_INT);
	cr_expect_eq(agate_value_get(v, "i", 1)->as.integer, -42);
	cr_expect_eq(agate_value_get(v, "f", 1)->type, AGATE_FLOAT);
	cr_expect_eq(agate_value_get(v, "f", 1)->as.real, 1.5);
	cr_expect_eq(agate_value_get(v, "t", 1)->type, AGATE_BOOL);
	cr_expect(agate_value_get(v, "t", 1)->as.boolean);
	cr_expect_eq(agate_value_get(v, "n", 1)->type, AGATE_NIL);
	const agate_value *a = agate_value_get(v, "a", 1);
	cr_assert_eq(a->type, AGATE_ARRAY);
	cr_assert_eq(a->as.array.len, 4);
	cr_expect_eq(a->as.array.items[0].as.integer, 1);
	cr_expect(agate_str_eq(a->as.array.items[1].as.str, "x"));
	cr_expect_eq(a->as.array.items[2].type, AGATE_BOOL);
	cr_expect_eq(a->as.array.items[3].type, AGATE_MAP);
	cr_expect_eq(a->as.array.items[3].as.map.len, 0);
	const agate_value *o = agate_value_path(v, "o.k", 3);
	cr_assert(o);
	cr_expect_eq(o->type, AGATE_ARRAY);
	cr_expect_eq(o->as.array.len, 0);
}

Test(json_read, reads_scalars_at_the_top)
{
	cr_expect_eq(read_str("\"hi\"")->type, AGATE_STR);
	cr_expect_eq(read_str("[]")->type, AGATE_ARRAY);
	cr_expect_eq(read_str(" 7 ")->as.integer, 7);
	cr_expect_eq(read_str("false")->type, AGATE_BOOL);
	cr_expect_eq(read_str("null")->type, AGATE_NIL);
}

Test(json_read, numbers_are_typed_as_the_wire_decoder_types_them)
{
	agate_value *v = read_str("9223372036854775807");
	cr_expect_eq(v->type, AGATE_INT);
	cr_expect_eq(v->as.integer, INT64_MAX);
	v = read_str("-9223372036854775808");
	cr_expect_eq(v->type, AGATE_INT);
	cr_expect_eq(v->as.integer, INT64_MIN);
	/* above int64, as msgpack's uint64 becomes */
	v = read_str("18446744073709551615");
	cr_expect_eq(v->type, AGATE_FLOAT);
	cr_expect_eq(v->as.real, 18446744073709551615.0);
	v = read_str("-0");
	cr_expect_eq(v->type, AGATE_INT);
	cr_expect_eq(v->as.integer, 0);
	v = read_str("1e3");
	cr_expect_eq(v->type, AGATE_FLOAT);
	cr_expect_eq(v->as.real, 1000.0);
	v = read_str("-2.5E-1");
	cr_expect_eq(v->as.real, -0.25);
	v = read_str("0.0");
	cr_expect_eq(v->type, AGATE_FLOAT);
	cr_expect_eq(v->as.real, 0.0);
}

Test(json_read, escapes_become_utf8)
{
	agate_value *v = read_str("\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\\\"");
	cr_assert_eq(v->type, AGATE_STR);
	const char want[] = "\xc3\xa9\xf0\x9f\x98\x80/\b\f\n\r\t\\";
	cr_assert_eq(v->as.str.len, sizeof want - 1);
	cr_expect(memcmp(v->as.str.ptr, want, sizeof want - 1) == 0);
	/* raw UTF-8 is kept as it is; U+0000 is held, its length counted */
	v = read_str("\"\xe2\x82\xac a\\u0000b\"");
	cr_assert_eq(v->as.str.len, 7);
	cr_expect(memcmp(v->as.str.ptr, "\xe2\x82\xac a\0b", 7) == 0);
}

Test(json_read, a_repeated_key_is_refused_with_its_name)
{
	expect_refused("{\"amount\": 5, \"amount\": 500000}", "duplicate key \"amount\"");
	/* at any depth */
	expect_refused("[{\"a\": {\"x\": 1, \"y\": 2, \"x\": 3}}]", "duplicate key \"x\"");
	/* the same key spelled with an escape is the same key */
	expect_refused("{\"amount\": 5, \"\\u0061mount\": 6}", "duplicate key \"amount\"");
	/* the same names in sibling objects are not repeats */
	read_str("[{\"a\": 1}, {\"a\": 2}]");
}

/* An object of n keys "k0".."k<n-1>", and key "k<dup>" once more at the
 * end when dup >= 0. */
static char *many_keys(int n, int dup, size_t *len)
{
	size_t cap = (size_t)n * 24 + 64, o = 0;
	char *s = malloc(cap);
	cr_assert(s);
	s[o++] = '{';
	for (int i = 0; i < n; i++)
		o += (size_t)snprintf(s + o, cap - o, "%s\"k%d\": %d", i ? ", " : "", i, i);
	if (dup >= 0)
		o += (size_t)snprintf(s + o, cap - o, ", \"k%d\": 0", dup);
	s[o++] = '}';
	*len = o;
	return s;
}

Test(json_read, a_repeated_key_among_many_is_found)
{
	size_t len;
	char *s = many_keys(5000, 1234, &len);
	const char *why = refused_n(s, len);
	cr_expect(strstr(why, "duplicate key \"k1234\""), "%s", why);
	free(s);
	s = many_keys(5000, -1, &len);
	agate_value *v = read_ok(s, len);
	cr_expect_eq(v->as.map.len, 5000);
	free(s);
}

/* {"a": [{"a": [ ... ]}]} of depth levels, objects and arrays in turn */
static char *nested(unsigned depth, size_t *len)
{
	char *s = malloc(6 * (size_t)depth + 1);
	size_t o = 0;
	cr_assert(s);
	for (unsigned i = 0; i < depth; i++) {
		const char *open = i % 2 ? "[" : "{\"a\":";
		memcpy(s + o, open, strlen(open));
		o += strlen(open);
	}
	for (unsigned i = depth; i-- > 0;)
		s[o++] = i % 2 ? ']' : '}';
	*len = o;
	return s;
}

Test(json_read, nesting_is_bounded_as_frames_are)
{
	cr_assert_eq(AGATE_JSON_READ_DEPTH, AGATE_DEPTH_MAX_DEFAULT);
	/* [[[...]]] of the bound: read; one more: refused */
	size_t len;
	char *s = malloc(2 * AGATE_JSON_READ_DEPTH + 2);
	cr_assert(s);
	for (unsigned i = 0; i <= AGATE_JSON_READ_DEPTH; i++) {
		s[i] = '[';
		s[2 * AGATE_JSON_READ_DEPTH + 1 - i] = ']';
	}
	read_ok(s + 1, 2 * AGATE_JSON_READ_DEPTH);
	const char *why = refused_n(s, 2 * AGATE_JSON_READ_DEPTH + 2);
	cr_expect(strstr(why, "nesting deeper than 32"), "%s", why);
	free(s);
	/* objects count as arrays do; far deeper text is refused, not walked */
	char *deep = nested(AGATE_JSON_READ_DEPTH, &len);
	read_ok(deep, len);
	free(deep);
	deep = nested(AGATE_JSON_READ_DEPTH + 1, &len);
	cr_expect(strstr(refused_n(deep, len), "nesting deeper than 32"), "%s", err);
	free(deep);
	deep = nested(40000, &len);
	why = refused_n(deep, len);
	cr_expect(strstr(why, "nesting deeper than"), "%s", why);
	free(deep);
}

Test(json_read, invalid_utf8_is_refused)
{
	expect_refused("\"a\xff\"", "invalid UTF-8");
	expect_refused("\"\xc0\xaf\"", "invalid UTF-8");        /* overlong '/' */
	expect_refused("\"\xed\xa0\x80\"", "invalid UTF-8");    /* an encoded surrogate */
	expect_refused("\"\xf4\x90\x80\x80\"", "invalid UTF-8"); /* past U+10FFFF */
	expect_refused("\"\xe2\x82\"", "invalid UTF-8");        /* cut short */
	expect_refused("{\"k\xff\": 1}", "invalid UTF-8");      /* in a key too */
}

Test(json_read, lone_surrogates_and_bad_escapes_are_refused)
{
	expect_refused("\"\\ud83d\"", "lone surrogate \\uD83D");
	expect_refused("\"\\ude00x\"", "lone surrogate \\uDE00");
	expect_refused("\"\\ud83d\\u0041\"", "lone surrogate");
	expect_refused("\"\\ud83d\\ud83d\"", "lone surrogate");
	expect_refused("\"\\x41\"", "bad escape");
	expect_refused("\"\\u12g4\"", "bad \\u escape");
	expect_refused("\"\\u12\"", "bad \\u escape");
	expect_refused("\"tab\there\"", "control character");
}

Test(json_read, trailing_data_is_refused)
{
	expect_refused("{\"a\": 1} x", "trailing data");
	expect_refused("{\"a\": 1}{\"a\": 2}", "trailing data");
	expect_refused("1 2", "trailing data");
	expect_refused("truex", "trailing data");
	expect_refused("[1,]", "unexpected character");
	expect_refused("{\"a\": 1,}", "expected a key");
	expect_refused("{'a': 1}", "expected a key");
	expect_refused("{\"a\" 1}", "expected ':'");
	expect_refused("[1 2]", "expected ',' or ']'");
	expect_refused("nul", "unexpected word");
	expect_refused("\xef\xbb\xbf{}", "unexpected character"); /* a BOM */
}

Test(json_read, unterminated_text_is_refused)
{
	expect_refused("\"abc", "unterminated string");
	expect_refused("\"abc\\", "unterminated string");
	expect_refused("{\"a\": 1", "unterminated object");
	expect_refused("{\"a\"", "expected ':'");
	expect_refused("{\"a\":", "unexpected end of text");
	expect_refused("[1, 2", "unterminated array");
	expect_refused("[", "unexpected end of text");
}

Test(json_read, numbers_it_cannot_hold_are_refused)
{
	expect_refused("1e999", "number out of range");
	expect_refused("-1e999", "number out of range");
	expect_refused("1e-999", "number out of range");
	expect_refused("99999999999999999999999", "integer out of range");
	expect_refused("18446744073709551616", "integer out of range");
	expect_refused("-9223372036854775809", "integer out of range");
	expect_refused("{\"amount\": 100000000000000000000000000000}", "integer out of range");
	char longnum[200];
	memset(longnum, '1', sizeof longnum - 1);
	longnum[1] = '.';
	longnum[sizeof longnum - 1] = '\0';
	expect_refused(longnum, "number longer than");
	expect_refused("01", "leading zero");
	expect_refused("1.", "bad number");
	expect_refused("1e+", "bad number");
	expect_refused("-", "bad number");
	expect_refused("+1", "unexpected character");
	expect_refused(".5", "unexpected character");
	expect_refused("NaN", "unexpected character");
	/* tiny but not zero is held */
	cr_expect_gt(read_str("1e-300")->as.real, 0.0);
	cr_expect_eq(read_str("0e-999")->as.real, 0.0);
}

Test(json_read, empty_and_oversized_text_is_refused)
{
	cr_expect(strstr(refused_n("", 0), "empty"), "%s", err);
	expect_refused(" \n\t ", "empty");
	size_t n = AGATE_JSON_READ_MAX + 1;
	char *big = malloc(n);
	cr_assert(big);
	big[0] = '"';
	memset(big + 1, 'a', n - 2);
	big[n - 1] = '"';
	cr_expect(strstr(refused_n(big, n), "longer than"), "%s", err);
	/* at the bound it is read */
	big[n - 2] = '"';
	agate_value *v = read_ok(big, n - 1);
	cr_expect_eq(v->as.str.len, n - 3);
	free(big);
}

Test(json_read, an_exhausted_arena_is_reported)
{
	agate_arena *small = agate_arena_new(256);
	cr_assert(small);
	size_t len;
	char *s = many_keys(100, -1, &len);
	agate_value *v = NULL;
	cr_expect_eq(agate_json_read(s, len, small, &v, err, sizeof err, NULL), -ENOMEM);
	cr_expect_null(v);
	cr_expect(err[0]);
	free(s);
	agate_arena_free(small);
}

/* Steps for text s: the reader's own count of work. */
static size_t steps_of(const char *s, size_t len)
{
	size_t steps = 0;
	agate_value *v = NULL;
	agate_arena_reset(arena);
	cr_assert_eq(agate_json_read(s, len, arena, &v, err, sizeof err, &steps), 0, "%s", err);
	return steps;
}

/* n copies of a call's arguments in an array: objects, escapes, numbers */
static char *calls(int n, size_t *len)
{
	static const char one[] = "{\"to\": \"acct-\\u00e9\", \"amount\": 12.5, \"memo\": "
				  "\"a \\\"b\\\"\", \"tags\": [1, 2, {\"x\": null}], \"ok\": true}";
	size_t cap = (size_t)n * (sizeof one + 2) + 2, o = 0;
	char *s = malloc(cap);
	cr_assert(s);
	s[o++] = '[';
	for (int i = 0; i < n; i++) {
		if (i)
			s[o++] = ',';
		memcpy(s + o, one, sizeof one - 1);
		o += sizeof one - 1;
	}
	s[o++] = ']';
	*len = o;
	return s;
}

Test(json_read, cost_grows_linearly_with_the_text)
{
	size_t small_len, large_len;
	char *small = calls(200, &small_len), *large = calls(1600, &large_len);
	size_t a = steps_of(small, small_len), b = steps_of(large, large_len);
	cr_expect_leq(a, 6 * small_len, "%zu steps for %zu bytes", a, small_len);
	cr_expect_leq(b, 6 * large_len, "%zu steps for %zu bytes", b, large_len);
	/* eight times the text, eight times the steps (within a few) */
	cr_expect_leq(b, 8 * a + 64, "%zu then %zu", a, b);
	free(small);
	free(large);

	/* one object of many keys: hashed, not compared pairwise */
	char *k1 = many_keys(2000, -1, &small_len), *k2 = many_keys(16000, -1, &large_len);
	a = steps_of(k1, small_len);
	b = steps_of(k2, large_len);
	cr_expect_leq(a, 8 * small_len, "%zu steps for %zu bytes", a, small_len);
	cr_expect_leq(b, 8 * large_len, "%zu steps for %zu bytes", b, large_len);
	cr_expect_leq((double)b / (double)large_len, 1.1 * (double)a / (double)small_len,
		      "%zu for %zu bytes, %zu for %zu", a, small_len, b, large_len);
	free(k1);
	free(k2);
}
