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
