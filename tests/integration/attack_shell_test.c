/* attack_shell_test.c - shell nesting, replayed against a real agated on
 * the default pack as the attack was written (issue 18, item 2): rm -rf /
 * behind 33 or more wrappers (sudo, nice, env, nohup, timeout 5, or
 * mixed), ((rm -rf /) ) and sh -c '((rm -rf /))' were allowed. Each must
 * now be blocked, whether the analysis reads it through or refuses it as
 * past its limits; ordinary lines of the same shapes stay allowed.
 * docs/security.md says how it is stopped. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 24);
	agt_init(&d, NULL); /* no rules written: the default pack */
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(attack_shell, .init = setup, .fini = teardown, .timeout = 300);

/* One check of `command` for the bash tool, in a session of its own (a
 * stop must not decide the next one); returns the verdict and, through
 * *reason, why. */
static const char *verdict(int fd, uint64_t id, const char *command, const char **reason)
{
	const agate_value *rep = agt_check_alone(&d, arena, fd, id, "nester", command);

	if (reason)
		*reason = agt_str(rep, "reason");
	return agt_str(rep, "verdict");
}

/* prefix n times, then core, then suffix n times (caller frees) */
static char *nest(const char *prefix, size_t n, const char *core, const char *suffix)
{
	size_t lp = strlen(prefix), lc = strlen(core), ls = strlen(suffix);
	char *b = malloc(n * (lp + ls) + lc + 1), *o = b;

	cr_assert_not_null(b);
	for (size_t i = 0; i < n; i++, o += lp)
		memcpy(o, prefix, lp);
	memcpy(o, core, lc);
	o += lc;
	for (size_t i = 0; i < n; i++, o += ls)
		memcpy(o, suffix, ls);
	*o = '\0';
	return b;
}

Test(attack_shell, rm_behind_33_or_more_wrappers_is_blocked)
{
	static const char *const wrappers[] = {
		"sudo ", "nice ", "env ", "nohup ", "timeout 5 ",
		"sudo nice env nohup timeout 5 ", /* mixed */
	};
	static const size_t counts[] = { 1, 32, 33, 34, 100, 1000 };
	uint64_t id = 1;
	int fd;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	for (size_t w = 0; w < sizeof(wrappers) / sizeof(wrappers[0]); w++)
		for (size_t k = 0; k < sizeof(counts) / sizeof(counts[0]); k++) {
			char *line = nest(wrappers[w], counts[k], "rm -rf /", "");
			const char *why = NULL;
			const char *v = verdict(fd, id++, line, &why);
			cr_expect_str_eq(v, "block", "%zu x '%s': %s (%s)", counts[k], wrappers[w],
					 v, why);
			free(line);
			agate_arena_reset(arena);
		}
	/* the same wrappers around a harmless command change nothing */
	char *line = nest("sudo nice env nohup timeout 5 ", 200, "ls -la", "");
	cr_expect_str_eq(verdict(fd, id++, line, NULL), "allow");
	free(line);
	close(fd);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE agent='nester' "
				"AND verdict='allow'"), 1);
}

Test(attack_shell, double_parens_and_nested_subshells_are_blocked)
{
	static const char *const attacks[] = {
		"((rm -rf /) )",
		"sh -c '((rm -rf /))'",
		"((rm -rf /))",
		"bash -c \"((rm -rf /) )\"",
		"echo $((rm -rf /) )",
		"echo $(( $(rm -rf /) ))",
		"echo ${x:-$(rm -rf /)}",
		"cat <( case a in a) rm -rf /;; esac )",
	};
	uint64_t id = 100;
	int fd;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	for (size_t i = 0; i < sizeof(attacks) / sizeof(attacks[0]); i++) {
		const char *why = NULL;
		const char *v = verdict(fd, id++, attacks[i], &why);
		cr_expect_str_eq(v, "block", "%s: %s (%s)", attacks[i], v, why);
		agate_arena_reset(arena);
	}
	/* subshells at any depth, bare and inside sh -c: read through up to
	 * the limit, blocked as too deep beyond it, never allowed */
	static const size_t depths[] = { 1, 32, 33, 100, 1000 };
	for (size_t k = 0; k < sizeof(depths) / sizeof(depths[0]); k++) {
		static const char *const forms[][2] = { { "(", ")" }, { "((", "))" } };
		for (size_t f = 0; f < 2 * sizeof(forms) / sizeof(forms[0]); f++) {
			char *inner = nest(forms[f / 2][0], depths[k], "rm -rf /", forms[f / 2][1]);
			size_t n = strlen(inner) + 16;
			char *line = malloc(n);
			cr_assert_not_null(line);
			snprintf(line, n, f % 2 ? "sh -c '%s'" : "%s", inner);
			const char *why = NULL;
			const char *v = verdict(fd, id++, line, &why);
			cr_expect_str_eq(v, "block", "%zu x %s%s: %s (%s)", depths[k],
					 f % 2 ? "sh -c " : "", forms[f / 2][0], v, why);
			free(line);
			free(inner);
			agate_arena_reset(arena);
		}
	}
	/* ordinary arithmetic stays allowed */
	cr_expect_str_eq(verdict(fd, id++, "for ((i = 0; i < 3; i++)); do echo $((i * 2)); done",
				 NULL), "allow");
	cr_expect_str_eq(verdict(fd, id++, "(( 2 > 1 )) && echo yes", NULL), "allow");
	close(fd);
}
