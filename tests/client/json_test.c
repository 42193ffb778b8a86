/* Tests for client/json.h: JSON text <-> value trees. */
#include <criterion/criterion.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/json.h"
#include "policy/base/json.h"

static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1 << 22);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_arena_free(arena);
}

static agate_value *parse(const char *text)
{
	agate_value *v = NULL;
	char err[128] = "";
	int r = agatectl_json_parse(text, strlen(text), arena, &v, err, sizeof(err));
	cr_assert_eq(r, 0, "parse of %s failed: %s", text, err);
	return v;
}

/* text -> value -> text -> value must give an equal value */
static void round_trip(const char *text)
{
	agate_value *a = parse(text);
	char *again = agate_json_encode(arena, a);
	cr_assert_not_null(again);
	agate_value *b = parse(again);
	cr_assert(agate_value_equal(a, b), "round trip changed %s into %s", text, again);
}

TestSuite(client_json, .init = setup, .fini = teardown);

Test(client_json, scalars_map_to_value_types)
{
	cr_assert_eq(parse("null")->type, AGATE_NIL);
	agate_value *t = parse("true");
	cr_assert_eq(t->type, AGATE_BOOL);
	cr_assert(t->as.boolean);
	agate_value *i = parse("-9223372036854775808");
	cr_assert_eq(i->type, AGATE_INT);
	cr_assert_eq(i->as.integer, INT64_MIN);
	agate_value *f = parse("2.5e3");
	cr_assert_eq(f->type, AGATE_FLOAT);
	cr_assert_float_eq(f->as.real, 2500.0, 1e-9);
	agate_value *one = parse("1.0");
	cr_assert_eq(one->type, AGATE_FLOAT, "a number with a fraction stays a float");
	agate_value *s = parse("\"rm -rf /\"");
	cr_assert_eq(s->type, AGATE_STR);
	cr_assert_eq(s->as.str.len, 8);
	cr_assert_str_eq(s->as.str.ptr, "rm -rf /");
}

Test(client_json, nested_maps_keep_order_and_paths_work)
{
	agate_value *v = parse("{\"z\": 1, \"a\": {\"list\": [10, {\"deep\": \"x\"}]}, \"m\": []}");
	cr_assert_eq(v->type, AGATE_MAP);
	cr_assert_eq(v->as.map.len, 3);
	cr_assert(agate_str_eq(v->as.map.items[0].key, "z"));
	cr_assert(agate_str_eq(v->as.map.items[1].key, "a"));
	cr_assert(agate_str_eq(v->as.map.items[2].key, "m"));
	const agate_value *deep = agate_value_path(v, "a.list.1.deep", 13);
	cr_assert_not_null(deep);
	cr_assert_str_eq(deep->as.str.ptr, "x");
	const agate_value *m = agate_value_get(v, "m", 1);
	cr_assert_eq(m->type, AGATE_ARRAY);
	cr_assert_eq(m->as.array.len, 0);
}

Test(client_json, unicode_escapes_and_nul)
{
	agate_value *v = parse("\"caf\\u00e9 \\ud83d\\ude00 a\\u0000b\"");
	/* é is 2 bytes, the emoji 4 (from a surrogate pair), NUL 1 */
	const char want[] = "caf\xc3\xa9 \xf0\x9f\x98\x80 a\0b";
	cr_assert_eq(v->as.str.len, sizeof(want) - 1);
	cr_assert_eq(memcmp(v->as.str.ptr, want, sizeof(want) - 1), 0);
	cr_assert_eq(v->as.str.ptr[v->as.str.len], '\0', "strings are NUL-terminated");
	round_trip("\"caf\\u00e9 \\ud83d\\ude00 a\\u0000b\"");
	round_trip("{\"\xe6\x97\xa5\xe6\x9c\xac\": \"\\t\\n\\\"\\\\\"}");
}

Test(client_json, round_trips)
{
	round_trip("{\"tool\":\"bash\",\"args\":{\"command\":\"ls -la\",\"n\":3,"
		   "\"f\":0.1,\"neg\":-7,\"ok\":false,\"nil\":null,"
		   "\"list\":[1,\"two\",[3,[4]],{\"five\":5}]}}");
	round_trip("[]");
	round_trip("{}");
	round_trip("1e300");
	round_trip("-0.000001");
	round_trip("9223372036854775807");
}

Test(client_json, invalid_text_reports_line_and_column)
{
	agate_value *v = NULL;
	char err[128] = "";
	const char *bad = "{\"a\": 1,\n \"b\": }";
	int r = agatectl_json_parse(bad, strlen(bad), arena, &v, err, sizeof(err));
	cr_assert_eq(r, -EINVAL);
	cr_assert_null(v);
	cr_assert_not_null(strstr(err, "line 2"), "error was: %s", err);

	r = agatectl_json_parse("\"\xff\"", 3, arena, &v, err, sizeof(err));
	cr_assert_eq(r, -EINVAL, "invalid UTF-8 is refused");
	r = agatectl_json_parse("123456789012345678901234567890", 30, arena, &v,
				err, sizeof(err));
	cr_assert_eq(r, -EINVAL, "an integer beyond 64 bits is refused");
}

Test(client_json, a_key_given_twice_is_refused_at_any_depth)
{
	agate_value *v = NULL;
	char err[128] = "";
	const char *top = "{\"command\": \"ls\", \"command\": \"rm -rf /\"}";
	int r = agatectl_json_parse(top, strlen(top), arena, &v, err, sizeof(err));
	cr_assert_eq(r, -EINVAL);
	cr_assert_null(v);
	cr_assert_not_null(strstr(err, "duplicate"), "error was: %s", err);
	const char *deep = "{\"a\": [{\"b\": {\"c\": 1, \"c\": 2}}]}";
	r = agatectl_json_parse(deep, strlen(deep), arena, &v, err, sizeof(err));
	cr_assert_eq(r, -EINVAL, "a duplicate inside an array of maps is refused");
	const char *ok = "{\"c\": 1, \"C\": 2, \"d\": {\"c\": 3}}";
	r = agatectl_json_parse(ok, strlen(ok), arena, &v, err, sizeof(err));
	cr_assert_eq(r, 0, "keys that differ in case or live in other maps are fine: %s", err);
}

Test(client_json, deep_nesting_is_bounded)
{
	size_t depth = 300;
	char *text = malloc(depth * 2 + 1);
	cr_assert_not_null(text);
	memset(text, '[', depth);
	memset(text + depth, ']', depth);
	text[depth * 2] = '\0';
	agate_value *v = NULL;
	char err[128];
	int r = agatectl_json_parse(text, depth * 2, arena, &v, err, sizeof(err));
	cr_assert_eq(r, -EINVAL, "nesting past the limit must be refused, not recursed");
	free(text);
}

Test(client_json, arena_limit_gives_enomem)
{
	agate_arena *small = agate_arena_new(64);
	agate_value *v = NULL;
	char err[128];
	const char *text = "[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\","
			   "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"]";
	int r = agatectl_json_parse(text, strlen(text), small, &v, err, sizeof(err));
	cr_assert_eq(r, -ENOMEM);
	agate_arena_free(small);
}

Test(client_json, from_value_and_print)
{
	agate_value *v = parse("{\"a\":[1,2.5,\"x\"],\"b\":{\"c\":null}}");
	json_t *j = agatectl_json_from_value(v);
	cr_assert_not_null(j);
	cr_assert(json_is_object(j));
	cr_assert_eq(json_integer_value(json_array_get(json_object_get(j, "a"), 0)), 1);
	cr_assert(json_is_null(json_object_get(json_object_get(j, "b"), "c")));
	json_decref(j);

	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert_not_null(f);
	cr_assert_eq(agatectl_json_print(f, v, false), 0);
	fclose(f);
	cr_assert_str_eq(buf, "{\"a\":[1,2.5,\"x\"],\"b\":{\"c\":null}}\n");
	free(buf);

	/* a binary value or invalid UTF-8 still prints as valid JSON */
	agate_value bin = { .type = AGATE_STR, .as.str = { "a\xff", 2 } };
	j = agatectl_json_from_value(&bin);
	cr_assert_not_null(j, "invalid UTF-8 must not make the output fail");
	cr_assert(json_is_string(j));
	json_decref(j);
}
