#include <criterion/criterion.h>
#include <string.h>

#include "policy/base/value.h"

static agate_value str(const char *s)
{
	return (agate_value){ .type = AGATE_STR, .as.str = { s, strlen(s) } };
}

Test(value, get_and_path)
{
	agate_value inner_items[2] = { str("a"), str("b") };
	agate_member inner[1] = { { AGATE_STR_LIT("list"),
		{ .type = AGATE_ARRAY, .as.array = { inner_items, 2 } } } };
	agate_member top[2] = {
		{ AGATE_STR_LIT("command"), str("ls -la") },
		{ AGATE_STR_LIT("opts"), { .type = AGATE_MAP, .as.map = { inner, 1 } } },
	};
	agate_value root = { .type = AGATE_MAP, .as.map = { top, 2 } };

	const agate_value *v = agate_value_get(&root, "command", 7);
	cr_assert_not_null(v);
	cr_assert_eq(v->type, AGATE_STR);
	cr_assert_null(agate_value_get(&root, "comman", 6));
	v = agate_value_path(&root, "opts.list.1", 11);
	cr_assert_not_null(v);
	cr_assert_eq(v->as.str.len, 1);
	cr_assert_eq(v->as.str.ptr[0], 'b');
	cr_assert_null(agate_value_path(&root, "opts.list.2", 11));
	cr_assert_null(agate_value_path(&root, "opts.list.x", 11));
	cr_assert_null(agate_value_path(&root, "command.x", 9));
	cr_assert_eq(agate_value_path(&root, "", 0), &root);
}

Test(value, equality_is_numeric_across_types)
{
	agate_value i = { .type = AGATE_INT, .as.integer = 10 };
	agate_value f = { .type = AGATE_FLOAT, .as.real = 10.0 };
	agate_value g = { .type = AGATE_FLOAT, .as.real = 10.5 };
	agate_value s = str("10");
	cr_assert(agate_value_equal(&i, &f));
	cr_assert_not(agate_value_equal(&i, &g));
	cr_assert_not(agate_value_equal(&i, &s));
	agate_value a = str("abc"), b = str("abc"), c = str("abd");
	cr_assert(agate_value_equal(&a, &b));
	cr_assert_not(agate_value_equal(&a, &c));
	cr_assert(agate_str_eq(a.as.str, "abc"));
	cr_assert_not(agate_str_eq(a.as.str, "ab"));
}
