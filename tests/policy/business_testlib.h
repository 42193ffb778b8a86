/* business_testlib.h - replaying business calls against the default pack
 * for the business tests (business_test.c, conduct_test.c): the pack and
 * frame loaded once per suite, calls replayed in one session of an agent
 * with history, as `agatectl test` does, and macros that name the rule a
 * call must meet. Include it once per test program. */
#ifndef AGATE_TESTS_BUSINESS_TESTLIB_H
#define AGATE_TESTS_BUSINESS_TESTLIB_H

#include "tests/policy/rules_testlib.h"

#include "policy/drift/drift.h"

#ifndef AGATE_SOURCE_PACKS
#error "AGATE_SOURCE_PACKS must name the source packs folder"
#endif

static agate_ruleset *pack;
static agate_frame *frame;

static void setup(void)
{
	const char *paths[] = { AGATE_SOURCE_PACKS "/default" };
	agate_diags *d = agate_diags_new();
	int rc = agate_rules_load(paths, 1, &pack, d);
	if (rc)
		dump_diags(d);
	cr_assert_eq(rc, 0);
	agate_diags_free(d);
	cr_assert_eq(agate_frame_load(AGATE_SOURCE_FRAMES, &frame, NULL), 0);
}

static void teardown(void)
{
	agate_ruleset_unref(pack);
	agate_frame_free(frame);
}

typedef struct call {
	const char *tool, *args, *text, *task, *trigger;
} call;

/* Replay calls in one session of agent (purpose), one second apart, as
 * `agatectl test` does; the result is the first call not allowed (its
 * rule in *rule), or allow. */
static inline agate_enforcement run(const char *agent, const char *purpose, const call *calls,
			     size_t n, const char **rule)
{
	agate_identity_spec s = { .agent = agent, .purpose = purpose, .uid = -1 };
	agate_identity *id = NULL;
	cr_assert_eq(agate_identity_new(frame, &s, &id), 0);
	agate_history *h = agate_history_new(1024);
	agate_arena *a = agate_arena_new(8u << 20);
	cr_assert(h && a);
	agate_enforcement out = AGATE_ENFORCE_ALLOW;
	static char rbuf[128];
	rbuf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		agate_action act = mkact(a, calls[i].tool, calls[i].args);
		act.agent = (agate_str){ agent, strlen(agent) };
		act.now_ms = 1700000000000 + (int64_t)i * 1000;
		if (calls[i].text)
			act.text = (agate_str){ calls[i].text, strlen(calls[i].text) };
		char ctx[8192];
		snprintf(ctx, sizeof(ctx), "{%s%s%s%s%s%s%s}",
			 calls[i].task ? "\"task\": \"" : "", calls[i].task ? calls[i].task : "",
			 calls[i].task ? "\"" : "", calls[i].task && calls[i].trigger ? ", " : "",
			 calls[i].trigger ? "\"trigger\": \"" : "",
			 calls[i].trigger ? calls[i].trigger : "", calls[i].trigger ? "\"" : "");
		act.context = tj(a, ctx);
		agate_eval_env env = { .history = h, .identity = id };
		agate_rules_result r = eval_env(pack, &act, &env, a);
		cr_assert(!(r.reason && strstr(r.reason, "evaluation error")), "%s: %s",
			  calls[i].tool, r.reason);
		agate_history_record(h, pack, &act, agate_enforcement_verdict(r.enforcement));
		if (r.enforcement != AGATE_ENFORCE_ALLOW) {
			out = r.enforcement;
			snprintf(rbuf, sizeof(rbuf), "%s", r.rule ? r.rule : "");
			break;
		}
		agate_arena_reset(a);
	}
	if (rule)
		*rule = rbuf;
	agate_arena_free(a);
	agate_history_free(h);
	agate_identity_free(id);
	return out;
}

static inline agate_enforcement one(const char *agent, const char *purpose, call c, const char **rule)
{
	return run(agent, purpose, &c, 1, rule);
}

static const char *last_rule;

static inline agate_enforcement chk(const char *agent, const char *purpose, call c)
{
	return one(agent, purpose, c, &last_rule);
}

#define BLOCKS(rule, agent, purpose, ...)                                                 \
	do {                                                                                 \
		agate_enforcement g_ = chk(agent, purpose, (call){ __VA_ARGS__ });               \
		cr_expect_eq(g_, AGATE_ENFORCE_BLOCK, "want block by %s, got %d (%s)", rule, g_, \
			     last_rule);                                                         \
		cr_expect_str_eq(last_rule, rule);                                               \
	} while (0)
#define REVIEWS(rule, agent, purpose, ...)                                                \
	do {                                                                                 \
		agate_enforcement g_ = chk(agent, purpose, (call){ __VA_ARGS__ });               \
		cr_expect_eq(g_, AGATE_ENFORCE_REVIEW, "want review by %s, got %d (%s)", rule,   \
			     g_, last_rule);                                                     \
		cr_expect_str_eq(last_rule, rule);                                               \
	} while (0)
#define ALLOWS(agent, purpose, ...)                                                       \
	do {                                                                                 \
		agate_enforcement g_ = chk(agent, purpose, (call){ __VA_ARGS__ });               \
		cr_expect_eq(g_, AGATE_ENFORCE_ALLOW, "want allow, got %d (%s)", g_, last_rule); \
	} while (0)

#endif
