/* decide.c - one decision: cascade, rules, combination (see decide.h).
 *
 * Order matters: the cascade runs first so that rules can read drift.*;
 * nothing is committed (history, session drift) until both have
 * answered, so a failed decision leaves the session as it was.
 */
#include "policy/decide.h"

#include <errno.h>
#include <string.h>
#include <time.h>

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void fail_closed(agate_verdict *out)
{
	out->verdict = AGATE_VERDICT_BLOCK;
	out->enforcement = AGATE_ENFORCE_BLOCK;
	out->rule = NULL;
	out->reason = "internal error";
	out->advice = NULL;
	out->severity = 4;
}

int agate_decide(const agate_decision_input *in, const agate_action *act,
		 agate_arena *arena, agate_verdict *out)
{
	if (!out)
		return -EINVAL;
	uint64_t t0 = now_ns();
	memset(out, 0, sizeof(*out));
	fail_closed(out); /* until proven otherwise */
	int rc = 0;
	if (!in || !act || !arena || !in->rules) {
		rc = -EINVAL;
		goto fail;
	}
	/* without a configuration, the frame's: the defaults with its
	 * lexicon files' `set` lines */
	agate_drift_config cfg = in->drift_config ? *in->drift_config
			       : in->frame        ? agate_frame_drift_config(in->frame)
						  : agate_drift_config_default();

	/* The cascade previews (commit false): the session average moves
	 * only once the whole decision has succeeded. A NULL identity is
	 * the empty identity: only provenance and role override can vote. */
	if (in->frame && cfg.enabled) {
		/* sentences only for blocking votes and a veto unless the
		 * caller asked for an explanation (see agate_drift_assess_ex) */
		rc = agate_drift_assess_ex(in->frame, in->identity, &cfg, act,
					   in->drift_state, false,
					   in->explain ? AGATE_DRIFT_EXPLAIN : 0u, arena,
					   &out->drift);
		if (rc)
			goto fail;
		out->drift_ran = true;
	}

	agate_eval_env env = {
		.history = in->history,
		.identity = in->identity,
		.drift = out->drift_ran ? &out->drift : NULL,
		.explain = in->explain,
		.explain_cap = in->explain_cap,
	};
	rc = agate_rules_eval(in->rules, act, &env, arena, &out->rules);
	if (rc)
		goto fail;

	const agate_rules_result *r = &out->rules;
	if (r->enforcement != AGATE_ENFORCE_ALLOW) {
		/* block, stop, review and reflect stand whatever the cascade said */
		out->enforcement = r->enforcement;
		out->verdict = agate_enforcement_verdict(r->enforcement);
		out->rule = r->rule;
		out->reason = r->reason ? r->reason : "blocked by the rules";
		out->advice = r->enforcement == AGATE_ENFORCE_REFLECT ? r->advice : NULL;
		out->severity = r->severity;
	} else if (out->drift_ran && out->drift.veto) {
		out->enforcement = AGATE_ENFORCE_BLOCK;
		out->verdict = AGATE_VERDICT_BLOCK;
		out->rule = "drift";
		out->reason = out->drift.reason ? out->drift.reason : "drift cascade veto";
		out->advice = NULL;
		out->severity = out->drift.hard_veto ? 3 : 2; /* high, medium */
	} else {
		out->enforcement = AGATE_ENFORCE_ALLOW;
		out->verdict = AGATE_VERDICT_ALLOW;
		out->rule = r->rule;
		out->reason = r->reason ? r->reason
			      : r->matched ? "allowed by the rules"
					   : "no rule matched (default allow)";
		out->advice = NULL;
		out->severity = r->severity;
	}

	if (in->commit) {
		if (in->history) {
			rc = agate_history_record(in->history, in->rules, act, out->verdict);
			if (rc)
				goto fail;
		}
		if (out->drift_ran && in->drift_state) {
			in->drift_state->session_drift = out->drift.session_drift;
			in->drift_state->actions++;
		}
	}
	out->eval_ns = now_ns() - t0;
	return 0;
fail:
	fail_closed(out);
	out->eval_ns = now_ns() - t0;
	return rc;
}
