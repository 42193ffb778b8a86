/* path_test.c - lexical path normalisation and prefix tests. */
#include <criterion/criterion.h>
#include <string.h>

#include "policy/base/path.h"

static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1 << 20);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_arena_free(arena);
}

TestSuite(path, .init = setup, .fini = teardown);

static const char *norm(const char *p, const char *cwd)
{
	char *r = agate_path_normalize(arena, p, strlen(p), cwd);
	cr_assert_not_null(r, "normalize(%s) failed", p);
	return r;
}

Test(path, collapses_separators_and_dots)
{
	cr_expect_str_eq(norm("/etc//passwd", NULL), "/etc/passwd");
	cr_expect_str_eq(norm("/etc/./passwd", NULL), "/etc/passwd");
	cr_expect_str_eq(norm("///", NULL), "/");
	cr_expect_str_eq(norm("/./.", NULL), "/");
	cr_expect_str_eq(norm("a//b/./c", NULL), "a/b/c");
}

Test(path, dotdot_is_lexical_and_never_above_root)
{
	cr_expect_str_eq(norm("/tmp/../etc/shadow", NULL), "/etc/shadow");
	cr_expect_str_eq(norm("/../../etc", NULL), "/etc");
	cr_expect_str_eq(norm("/..", NULL), "/");
	cr_expect_str_eq(norm("/a/b/../../..", NULL), "/");
	cr_expect_str_eq(norm("a/../..", NULL), "..");
	cr_expect_str_eq(norm("../x", NULL), "../x");
	cr_expect_str_eq(norm("a/..", NULL), ".");
	cr_expect_str_eq(norm("../../x/..", NULL), "../..");
}

Test(path, trailing_slash_dropped)
{
	cr_expect_str_eq(norm("/etc/", NULL), "/etc");
	cr_expect_str_eq(norm("build/", NULL), "build");
	cr_expect_str_eq(norm("./", NULL), ".");
	cr_expect_str_eq(norm("/", NULL), "/");
}

Test(path, empty_stays_empty)
{
	cr_expect_str_eq(norm("", NULL), "");
	cr_expect_str_eq(norm("", "/etc"), "");
}

Test(path, joins_relative_onto_absolute_cwd)
{
	cr_expect_str_eq(norm("*", "/"), "/*");
	cr_expect_str_eq(norm("passwd", "/etc"), "/etc/passwd");
	cr_expect_str_eq(norm("../etc/shadow", "/tmp"), "/etc/shadow");
	cr_expect_str_eq(norm("./build", "/home/u/p"), "/home/u/p/build");
	cr_expect_str_eq(norm(".", "/usr/lib"), "/usr/lib");
	/* an absolute path ignores cwd */
	cr_expect_str_eq(norm("/var/log", "/etc"), "/var/log");
	/* a relative cwd is no anchor */
	cr_expect_str_eq(norm("x/y", "build"), "x/y");
}

Test(path, home_is_kept_as_tilde)
{
	cr_expect_str_eq(norm("~", NULL), "~");
	cr_expect_str_eq(norm("~/.ssh//id_rsa", NULL), "~/.ssh/id_rsa");
	cr_expect_str_eq(norm("$HOME/.aws/credentials", NULL), "~/.aws/credentials");
	cr_expect_str_eq(norm("${HOME}", NULL), "~");
	cr_expect_str_eq(norm("~root/.ssh", NULL), "~root/.ssh");
	cr_expect_str_eq(norm(".ssh/id_rsa", "~"), "~/.ssh/id_rsa");
	/* $HOMEDIR is another variable, not home */
	cr_expect_str_eq(norm("$HOMEDIR/x", NULL), "$HOMEDIR/x");
}

Test(path, under_respects_component_boundaries)
{
	cr_expect(agate_path_under("/etc/passwd", "/etc"));
	cr_expect(agate_path_under("/etc", "/etc"));
	cr_expect(agate_path_under("/etc/ssh/sshd_config", "/etc"));
	cr_expect_not(agate_path_under("/etcetera", "/etc"));
	cr_expect_not(agate_path_under("/et", "/etc"));
	cr_expect_not(agate_path_under("etc/passwd", "/etc"));
	cr_expect(agate_path_under("/anything", "/"));
	cr_expect(agate_path_under("/", "/"));
	cr_expect_not(agate_path_under("relative", "/"));
	cr_expect(agate_path_under("~/.ssh/id_rsa", "~/.ssh"));
	cr_expect_not(agate_path_under("~/.sshx", "~/.ssh"));
	/* a hand-written trailing slash on dir is tolerated */
	cr_expect(agate_path_under("/usr/bin/ls", "/usr/"));
	cr_expect_not(agate_path_under(NULL, "/etc"));
	cr_expect_not(agate_path_under("/etc", ""));
}

Test(path, normalised_then_under_defeats_dot_tricks)
{
	const char *p = norm("/tmp/x/../../etc/./shadow", NULL);
	cr_expect(agate_path_under(p, "/etc"));
	p = norm("../../../../etc/passwd", "/home/u/project");
	cr_expect_str_eq(p, "/etc/passwd");
}

Test(path, arena_exhaustion_gives_null)
{
	agate_arena *tiny = agate_arena_new(16);
	char big[256];
	cr_assert_not_null(tiny);
	memset(big, 'a', sizeof(big));
	cr_expect_null(agate_path_normalize(tiny, big, sizeof(big), "/etc"));
	agate_arena_free(tiny);
}
