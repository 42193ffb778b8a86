/* packs_evasion_test.c - 59-evasion.rules in the default pack: what the
 * line only decides when it runs (decoded text fed to a shell, a program
 * word that is a filename pattern), invisible characters, and commands
 * sent in shapes the shell rules do not read; with the ordinary commands
 * that look like them and must pass. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/base/value.h"
#include "policy/eval/eval.h"
#include "policy/lang/rules.h"

#ifndef AGATE_SOURCE_PACKS
#error "AGATE_SOURCE_PACKS must name the source packs folder"
#endif

static agate_ruleset *def;
static agate_arena *arena;

static void setup(void)
{
	const char *p[] = { AGATE_SOURCE_PACKS "/default" };
	agate_diags *d = agate_diags_new();

	cr_assert_not_null(d);
	cr_assert_eq(agate_rules_load(p, 1, &def, d), 0);
	agate_diags_free(d);
	arena = agate_arena_new(16u << 20);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_ruleset_unref(def);
	agate_arena_free(arena);
}

TestSuite(evasion_pack, .init = setup, .fini = teardown);

/* the verdict on tool(args), args given as one member key=val, or as a
 * ready value */
static agate_rules_result run_value(const char *tool, const char *key, agate_value val)
{
	agate_member *m = agate_arena_zalloc(arena, sizeof(*m));
	agate_value *args = agate_arena_zalloc(arena, sizeof(*args));
	agate_action act;
	agate_eval_env env;
	agate_rules_result r;

	cr_assert(m && args);
	m->key = (agate_str){ key, strlen(key) };
	m->value = val;
	args->type = AGATE_MAP;
	args->as.map.items = m;
	args->as.map.len = 1;
	memset(&act, 0, sizeof(act));
	act.agent = AGATE_STR_LIT("bot");
	act.session = AGATE_STR_LIT("s1");
	act.tool = (agate_str){ tool, strlen(tool) };
	act.args = args;
	act.now_ms = 1000;
	memset(&env, 0, sizeof(env));
	memset(&r, 0, sizeof(r));
	cr_assert_eq(agate_rules_eval(def, &act, &env, arena, &r), 0);
	return r;
}

static agate_rules_result run(const char *tool, const char *key, const char *cmd)
{
	agate_value v = { .type = AGATE_STR };
	v.as.str = (agate_str){ cmd, strlen(cmd) };
	return run_value(tool, key, v);
}

static bool rule_is(agate_rules_result r, const char *name)
{
	return r.rule && strcmp(r.rule, name) == 0;
}

#define VERDICT(cmd, want, rname) do { \
	agate_rules_result r_ = run("bash", "command", (cmd)); \
	cr_expect_eq(r_.enforcement, (want), "%s: got %d", (cmd), (int)r_.enforcement); \
	cr_expect(rule_is(r_, (rname)), "%s: rule %s", (cmd), r_.rule ? r_.rule : "none"); \
	} while (0)
#define ALLOWS(cmd) cr_expect_eq(run("bash", "command", (cmd)).enforcement, \
				 AGATE_ENFORCE_ALLOW, "should allow: %s", (cmd))

Test(evasion_pack, decoded_text_run_by_a_shell)
{
	VERDICT("echo cm0gLXJmIC8= | base64 -d | sh", AGATE_ENFORCE_BLOCK,
		"decoded_text_run_by_shell");
	VERDICT("echo 726d202d7266202f | xxd -r -p | bash", AGATE_ENFORCE_BLOCK,
		"decoded_text_run_by_shell");
	VERDICT("eval \"$(echo cm0gLXJmIC8= | base64 --decode)\"", AGATE_ENFORCE_BLOCK,
		"decoded_text_run_by_shell");
	VERDICT("$(echo cm0= | base64 -d) -rf /", AGATE_ENFORCE_BLOCK,
		"decoded_text_run_by_shell");
	VERDICT("echo '/ fr- mr' | rev | sh", AGATE_ENFORCE_BLOCK, "decoded_text_run_by_shell");
	ALLOWS("base64 -d image.b64 > image.png");
	ALLOWS("echo hello | base64");
	ALLOWS("x=$(echo aGk= | base64 -d); echo \"$x\" > out.txt");
	ALLOWS("mv \"$f\" \"$(echo \"$f\" | tr ' ' '_')\"");
}

Test(evasion_pack, program_chosen_by_a_pattern)
{
	VERDICT("/\?\?\?/r? -rf /tmp/x", AGATE_ENFORCE_BLOCK, "program_chosen_by_pattern");
	VERDICT("/usr/bin/py* -c 'print(1)'", AGATE_ENFORCE_BLOCK, "program_chosen_by_pattern");
	ALLOWS("[ -f setup.py ] && echo yes");
	ALLOWS("ls src/*.py");
	ALLOWS("ls -d !(*.pyc)");
}

Test(evasion_pack, invisible_characters)
{
	VERDICT("r\xe2\x80\x8bm -rf build", AGATE_ENFORCE_REVIEW, "invisible_characters_in_command");
	VERDICT("echo ok \xe2\x80\xae", AGATE_ENFORCE_REVIEW, "invisible_characters_in_command");
	ALLOWS("echo caf\xc3\xa9");
	ALLOWS("echo '\xe2\x9c\x93 done'");
}

Test(evasion_pack, command_in_unread_shape)
{
	agate_rules_result r = run("bash", "cmdline", "rm -rf /");
	cr_expect_eq(r.enforcement, AGATE_ENFORCE_REVIEW);
	cr_expect(rule_is(r, "command_in_unread_shape"));
	cr_expect_eq(run("bash", "cmd", "git status").enforcement, AGATE_ENFORCE_ALLOW);
	cr_expect_eq(run("bash", "script", "ls -la").enforcement, AGATE_ENFORCE_ALLOW);
	{
		/* ["bash", "-lc", "rm -rf /"] */
		agate_value *items = agate_arena_zalloc(arena, 3 * sizeof(*items));
		const char *w[] = { "bash", "-lc", "rm -rf /" };
		agate_value list = { .type = AGATE_ARRAY };
		cr_assert_not_null(items);
		for (int k = 0; k < 3; k++) {
			items[k].type = AGATE_STR;
			items[k].as.str = (agate_str){ w[k], strlen(w[k]) };
		}
		list.as.array.items = items;
		list.as.array.len = 3;
		r = run_value("bash", "command", list);
		cr_expect_eq(r.enforcement, AGATE_ENFORCE_REVIEW);
		cr_expect(rule_is(r, "command_in_unread_shape"));
	}
}
