/* Tests for the args builder of libagate (client/agate/agate.h, "building
 * a check's arguments"): nested maps and arrays, growth, copies, and
 * sticky errors that end in a fail-closed check. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "client/agate/agate.h"

static const agate_value *at(const agate_value *root, const char *path)
{
	return agate_value_path(root, path, strlen(path));
}

Test(agate_args, builds_nested_maps_and_arrays)
{
	agate_arena *arena = agate_arena_new(1 << 20);
	agate_args a;
	char buf[16] = "copied";

	agate_args_init(&a, arena);
	cr_assert_eq(agate_args_str(&a, "command", buf), 0);
	agate_args_int(&a, "retries", -3);
	agate_args_double(&a, "ratio", 0.5);
	agate_args_bool(&a, "follow", true);
	agate_args_nil(&a, "proxy");
	agate_args_map(&a, "headers");
	agate_args_str(&a, "accept", "text/html");
	agate_args_array(&a, "langs");
	agate_args_str(&a, NULL, "en");
	agate_args_strn(&a, NULL, "fr-CA", 2);
	agate_args_end(&a);
	agate_args_end(&a);
	cr_assert_eq(agate_args_array(&a, "big"), 0);
	for (int i = 0; i < 100; i++)
		agate_args_int(&a, NULL, i);
	cr_assert_eq(agate_args_end(&a), 0);
	strcpy(buf, "changed");

	const agate_value *v = agate_args_done(&a);
	cr_assert_eq(v->type, AGATE_MAP);
	cr_assert_eq(v->as.map.len, 7);
	cr_assert(agate_str_eq(at(v, "command")->as.str, "copied"), "strings are copied");
	cr_assert_eq(at(v, "retries")->as.integer, -3);
	cr_assert_eq(at(v, "ratio")->as.real, 0.5);
	cr_assert(at(v, "follow")->as.boolean);
	cr_assert_eq(at(v, "proxy")->type, AGATE_NIL);
	cr_assert(agate_str_eq(at(v, "headers.accept")->as.str, "text/html"));
	cr_assert(agate_str_eq(at(v, "headers.langs.1")->as.str, "fr"));
	cr_assert_eq(at(v, "big")->as.array.len, 100);
	cr_assert_eq(at(v, "big.99")->as.integer, 99, "items survive the growth");
	agate_arena_free(arena);
}

static void expect_failed(agate_args *a, int err)
{
	agate_client *c;
	agate_check_reply r;
	agate_arena *arena = a->arena;

	cr_assert_eq(a->err, err);
	cr_assert_neq(agate_args_done(a)->type, AGATE_MAP);
	/* a later call changes nothing */
	cr_assert_eq(agate_args_str(a, "x", "y"), err);
	cr_assert_eq(agate_client_new("/nonexistent/agated.sock", 100, &c), 0);
	agate_check_request rq = { .tool = "bash", .args = agate_args_done(a) };
	cr_assert_lt(agate_client_check(c, &rq, arena, &r), 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(r.error, "internal", "refused before any connection");
	agate_client_free(c);
}

Test(agate_args, errors_stick_and_the_check_blocks)
{
	agate_arena *arena = agate_arena_new(1 << 20);
	agate_args a;

	agate_args_init(&a, arena);
	agate_args_array(&a, "list");
	cr_assert_eq(agate_args_str(&a, "key", "in an array"), -EINVAL);
	expect_failed(&a, -EINVAL);

	agate_args_init(&a, arena);
	cr_assert_eq(agate_args_int(&a, NULL, 1), -EINVAL, "a map member needs a key");
	expect_failed(&a, -EINVAL);

	agate_args_init(&a, arena);
	cr_assert_eq(agate_args_end(&a), -EINVAL, "nothing open");
	expect_failed(&a, -EINVAL);

	agate_args_init(&a, arena);
	cr_assert_eq(agate_args_str(&a, "k", NULL), -EINVAL);
	expect_failed(&a, -EINVAL);

	agate_args_init(&a, arena);
	agate_args_map(&a, "open");
	cr_assert_eq(a.err, 0);
	cr_assert_neq(agate_args_done(&a)->type, AGATE_MAP, "a map still open");

	agate_args_init(&a, arena);
	for (int i = 0; i < AGATE_ARGS_DEPTH_MAX - 1; i++)
		cr_assert_eq(agate_args_array(&a, i ? NULL : "deep"), 0);
	cr_assert_eq(agate_args_array(&a, NULL), -EINVAL, "deeper than the stack");
	expect_failed(&a, -EINVAL);
	agate_arena_free(arena);
}

Test(agate_args, a_full_arena_is_enomem)
{
	agate_arena *small = agate_arena_new(512);
	agate_args a;
	char big[1024];

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	agate_args_init(&a, small);
	cr_assert_eq(agate_args_str(&a, "blob", big), -ENOMEM);
	expect_failed(&a, -ENOMEM);
	agate_arena_free(small);
}
