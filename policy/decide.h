/* decide.h - one decision: the drift cascade, then the rules, combined.
 *
 * The single function the daemon, agatectl test and the benchmarks call,
 * so that they cannot disagree. The cascade runs first (rules may read its
 * scores); a cascade veto blocks an action the rules would allow, and its
 * votes are in the verdict either way.
 */
#ifndef AGATE_POLICY_DECIDE_H
#define AGATE_POLICY_DECIDE_H

#include "policy/base/action.h"
#include "policy/base/arena.h"
#include "policy/drift/drift.h"
#include "policy/eval/eval.h"
#include "policy/lang/rules.h"

typedef struct agate_decision_input {
	const agate_ruleset *rules;       /* required */
	const agate_frame *frame;         /* NULL: no cascade */
	const agate_identity *identity;   /* NULL: the empty identity */
	const agate_drift_config *drift_config; /* NULL: the frame's (agate_frame_drift_config) */
	agate_history *history;           /* NULL: no history; recorded into when commit */
	agate_drift_state *drift_state;   /* NULL: no session drift; updated when commit */
	agate_arena *history_scratch;     /* the record's work space, shared by every
					     history (agate_history_record_parsed);
					     NULL: each history keeps its own */
	bool commit;                      /* record the action into history and state */
	bool explain;
	size_t explain_cap;               /* agate_eval_env.explain_cap (0: the default) */
	agate_rule_tally *tally;          /* agate_eval_env.tally (NULL: none) */
} agate_decision_input;

typedef struct agate_verdict {
	agate_verdict_kind verdict;
	agate_enforcement enforcement;
	const char *rule;    /* deciding rule, "drift" for a cascade veto, or NULL */
	const char *reason;
	const char *advice;  /* NULL unless reflect */
	int severity;
	bool drift_ran;
	agate_drift_result drift;
	agate_rules_result rules;
	uint64_t eval_ns;    /* measured by agate_decide with CLOCK_MONOTONIC */
} agate_verdict;

/* The action is judged as given, except that a generic tool name
 * (`api_call`, `action`, `execute_action`, `tool_call`, ...) whose text
 * starts with `API_CALL:name(` is judged as the tool `name`, as harnesses
 * that replay agents spell a call (the arguments stay where they are:
 * rules read `key=value` text with param()). History records that name.
 *
 * Returns 0 with *out filled (strings in the arena or owned by the rule
 * set), or a negative errno; on error *out is a block with reason
 * "internal error" so a caller that ignores the code still fails closed. */
__attribute__((warn_unused_result))
int agate_decide(const agate_decision_input *in, const agate_action *given,
		 agate_arena *arena, agate_verdict *out);

#endif
