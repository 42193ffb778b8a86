/* shell_testlib.h - what the shell parser's tests share: an arena made
 * and freed around each test (the suites' .init and .fini), a line parsed
 * into its commands (the test fails when the parser refuses it), and a
 * word compared with a literal. Header only: each test program is one
 * file.
 */
#ifndef AGATE_TESTS_SHELL_TESTLIB_H
#define AGATE_TESTS_SHELL_TESTLIB_H

#include <criterion/criterion.h>
#include <string.h>

#include "policy/shell/shell.h"

static agate_arena *arena;

static inline void setup(void)
{
	arena = agate_arena_new(1 << 22);
	cr_assert_not_null(arena);
}

static inline void teardown(void)
{
	agate_arena_free(arena);
}

typedef struct parsed {
	const agate_shell_cmd *c;
	size_t n;
} parsed;

/* the commands of line, at most 256 */
static inline parsed parse(const char *line)
{
	parsed p = { NULL, 0 };
	int rc = agate_shell_parse(line, strlen(line), arena, 256, &p.c, &p.n);
	cr_assert_eq(rc, 0, "parse(%s) = %d", line, rc);
	return p;
}

static inline bool eq(agate_str s, const char *lit)
{
	return s.ptr && s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

#endif
