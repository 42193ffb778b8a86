/* bare_role_testlib.h - judging one call of an agent known only by a
 * role name (no purpose), with the message that caused it
 * (context.trigger) and, where given, the user's request (context.task),
 * against the default pack, as role-scoped agents send them; HELD,
 * BLOCKS, REVIEWS and ALLOWS name the rule a call must meet. For the
 * pack tests of role-scoped families (packs_biz_families_test.c,
 * packs_jailbreak_test.c). Include it once per test program. */
#ifndef AGATE_TESTS_BARE_ROLE_TESTLIB_H
#define AGATE_TESTS_BARE_ROLE_TESTLIB_H

#include "packs_testlib.h"
#include "tests/policy/rules_testlib.h"

static agate_ruleset *pack;
static agate_frame *frame;

static inline void setup(void)
{
	const char *p[] = { AGATE_SOURCE_PACKS "/default" };

	pack = pk_load(p, 1);
	cr_assert_eq(agate_frame_load(AGATE_SOURCE_FRAMES, &frame, NULL), 0);
}

static inline void teardown(void)
{
	agate_ruleset_unref(pack);
	agate_frame_free(frame);
}


static inline agate_value str_value(const char *s)
{
	return (agate_value){ .type = AGATE_STR, .as.str = { s, strlen(s) } };
}

/* {"task": task, "trigger": trigger}, either may be NULL */
static inline const agate_value *context_of(agate_arena *a, const char *task, const char *trigger)
{
	agate_member *m = agate_arena_zalloc(a, 2 * sizeof(*m));
	agate_value *v = agate_arena_zalloc(a, sizeof(*v));
	uint32_t n = 0;

	cr_assert(m && v);
	if (task)
		m[n++] = (agate_member){ .key = { "task", 4 }, .value = str_value(task) };
	if (trigger)
		m[n++] = (agate_member){ .key = { "trigger", 7 }, .value = str_value(trigger) };
	v->type = AGATE_MAP;
	v->as.map.items = m;
	v->as.map.len = n;
	return v;
}

static char last_rule[128];

/* The pack's answer to one call of agent (a role name, no purpose) of
 * tool with args (JSON), after task and trigger; the deciding rule in
 * last_rule. */
static inline agate_enforcement judge(const char *agent, const char *tool, const char *args,
			       const char *task, const char *trigger)
{
	agate_identity_spec s = { .agent = agent, .uid = -1 };
	agate_identity *id = NULL;
	agate_arena *a = agate_arena_new(8u << 20);

	cr_assert_not_null(a);
	cr_assert_eq(agate_identity_new(frame, &s, &id), 0);
	agate_action act = mkact(a, tool, args);
	act.agent = (agate_str){ agent, strlen(agent) };
	act.context = context_of(a, task, trigger);
	agate_eval_env env = { .identity = id };
	agate_rules_result r = eval_env(pack, &act, &env, a);
	cr_assert(!(r.reason && strstr(r.reason, "evaluation error")), "%s: %s", tool, r.reason);
	snprintf(last_rule, sizeof(last_rule), "%s", r.rule ? r.rule : "");
	agate_arena_free(a);
	agate_identity_free(id);
	return r.enforcement;
}

#define HELD(rule, ...)                                                                      \
	do {                                                                                 \
		agate_enforcement g_ = judge(__VA_ARGS__);                                   \
		cr_expect(g_ != AGATE_ENFORCE_ALLOW, "want %s to hold it, got allow", rule); \
		cr_expect_str_eq(last_rule, rule);                                           \
	} while (0)
#define BLOCKS(rule, ...)                                                                    \
	do {                                                                                 \
		agate_enforcement g_ = judge(__VA_ARGS__);                                   \
		cr_expect_eq(g_, AGATE_ENFORCE_BLOCK, "want block by %s, got %d (%s)", rule, \
			     g_, last_rule);                                                 \
		cr_expect_str_eq(last_rule, rule);                                           \
	} while (0)
#define REVIEWS(rule, ...)                                                                    \
	do {                                                                                  \
		agate_enforcement g_ = judge(__VA_ARGS__);                                    \
		cr_expect_eq(g_, AGATE_ENFORCE_REVIEW, "want review by %s, got %d (%s)", rule, \
			     g_, last_rule);                                                  \
		cr_expect_str_eq(last_rule, rule);                                            \
	} while (0)
#define ALLOWS(...)                                                                         \
	do {                                                                                \
		agate_enforcement g_ = judge(__VA_ARGS__);                                  \
		cr_expect_eq(g_, AGATE_ENFORCE_ALLOW, "want allow, got %d (%s)", g_, last_rule); \
	} while (0)

#endif
