/* packs_testlib.h - helpers shared by the tests of the shipped rule packs:
 * load packs (every diagnostic printed, none tolerated), build a declared
 * identity, and evaluate a call whose arguments hold one string. Header
 * only, like rules_testlib.h: each test program is one file.
 */
#ifndef AGATE_TESTS_PACKS_TESTLIB_H
#define AGATE_TESTS_PACKS_TESTLIB_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/base/value.h"
#include "policy/drift/drift.h"
#include "policy/eval/eval.h"
#include "policy/lang/rules.h"

#ifndef AGATE_SOURCE_PACKS
#error "AGATE_SOURCE_PACKS must name the source packs folder"
#endif

/* The rule files of paths, compiled; the test fails on any error. */
static inline agate_ruleset *pk_load(const char *const *paths, size_t n)
{
	agate_ruleset *rs = NULL;
	agate_diags *d = agate_diags_new();
	int rc;

	cr_assert_not_null(d);
	rc = agate_rules_load(paths, n, &rs, d);
	for (size_t i = 0; rc && i < agate_diags_count(d); i++) {
		char buf[512];
		agate_diag_format(agate_diags_at(d, i), buf, sizeof(buf));
		fprintf(stderr, "%s\n", buf);
	}
	cr_assert_eq(rc, 0, "pack failed to load (%d)", rc);
	cr_assert_eq(agate_diags_errors(d), 0);
	agate_diags_free(d);
	return rs;
}

/* The identity of agent "bot" declared with role and purpose. */
static inline agate_identity *pk_identity(const agate_frame *f, const char *role,
					  const char *purpose)
{
	agate_identity_spec s = { .agent = "bot", .role = role, .purpose = purpose,
				  .uid = -1 };
	agate_identity *id = NULL;

	cr_assert_eq(agate_identity_new(f, &s, &id), 0);
	return id;
}

/* The rules' result for agent's call of tool with args {key: val}, judged
 * with identity id (NULL: none); everything it needs is in arena. */
static inline agate_rules_result pk_eval_value(agate_ruleset *rs, const agate_identity *id,
					       agate_arena *arena, const char *agent,
					       const char *tool, const char *key, agate_value val)
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
	act.agent = (agate_str){ agent, strlen(agent) };
	act.session = AGATE_STR_LIT("s1");
	act.tool = (agate_str){ tool, strlen(tool) };
	act.args = args;
	act.now_ms = 1000;
	memset(&env, 0, sizeof(env));
	env.identity = id;
	memset(&r, 0, sizeof(r));
	cr_assert_eq(agate_rules_eval(rs, &act, &env, arena, &r), 0);
	return r;
}

/* The same with a string value. */
static inline agate_rules_result pk_eval(agate_ruleset *rs, const agate_identity *id,
					 agate_arena *arena, const char *agent,
					 const char *tool, const char *key, const char *val)
{
	agate_value v = { .type = AGATE_STR };

	v.as.str = (agate_str){ val, strlen(val) };
	return pk_eval_value(rs, id, arena, agent, tool, key, v);
}

/* The same with a string value, and a context whose task and trigger are
 * given (NULL: absent): what the user asked and what the agent read. */
static inline agate_rules_result pk_eval_ctx(agate_ruleset *rs, const agate_identity *id,
					     agate_arena *arena, const char *tool, const char *key,
					     const char *val, const char *task, const char *trigger)
{
	agate_member *m = agate_arena_zalloc(arena, 2 * sizeof(*m));
	agate_value *args = agate_arena_zalloc(arena, sizeof(*args));
	agate_value *ctx = agate_arena_zalloc(arena, sizeof(*ctx));
	agate_action act;
	agate_eval_env env;
	agate_rules_result r;
	size_t n = 0;

	cr_assert(m && args && ctx);
	args->type = AGATE_MAP;
	if (key) {
		agate_member *a = agate_arena_zalloc(arena, sizeof(*a));
		cr_assert_not_null(a);
		a->key = (agate_str){ key, strlen(key) };
		a->value.type = AGATE_STR;
		a->value.as.str = (agate_str){ val, strlen(val) };
		args->as.map.items = a;
		args->as.map.len = 1;
	}
	if (task) {
		m[n].key = AGATE_STR_LIT("task");
		m[n].value.type = AGATE_STR;
		m[n].value.as.str = (agate_str){ task, strlen(task) };
		n++;
	}
	if (trigger) {
		m[n].key = AGATE_STR_LIT("trigger");
		m[n].value.type = AGATE_STR;
		m[n].value.as.str = (agate_str){ trigger, strlen(trigger) };
		n++;
	}
	ctx->type = AGATE_MAP;
	ctx->as.map.items = m;
	ctx->as.map.len = n;
	memset(&act, 0, sizeof(act));
	act.agent = AGATE_STR_LIT("bot");
	act.session = AGATE_STR_LIT("s1");
	act.tool = (agate_str){ tool, strlen(tool) };
	act.args = args;
	act.context = ctx;
	act.now_ms = 1000;
	memset(&env, 0, sizeof(env));
	env.identity = id;
	memset(&r, 0, sizeof(r));
	cr_assert_eq(agate_rules_eval(rs, &act, &env, arena, &r), 0);
	return r;
}

/* Refused outright (a review is not). */
static inline bool pk_refused(agate_enforcement e)
{
	return e == AGATE_ENFORCE_BLOCK || e == AGATE_ENFORCE_STOP || e == AGATE_ENFORCE_REFLECT;
}

#endif
