/* record.c - agate_history_record: answer the rule set's history
 * expressions (count()/seen() conditions, sum() operands) for a decided
 * call, and hand the answers to the ring.
 *
 * A file of its own so that history.c, which the evaluator reads for
 * count(), sum(), seen() and previous.*, is a ring that evaluates
 * nothing: the evaluator uses history.c, record.c uses both.
 */
#include <errno.h>
#include <math.h>

#include "policy/eval/eval_int.h"

/* Answer every history expression of rs for act into e. */
static void answer_columns(const agate_ruleset *rs, const agate_action *act,
			   agate_arena *scratch, rl_hist_entry *e)
{
	rl_ctx c;
	rl_ctx_init(&c, rs, act, NULL, scratch);
	c.recording = true;
	for (uint32_t k = 0; k < e->nbits; k++) {
		bool v = false;
		/* an expression that cannot be evaluated counts as holding: the
		 * rules built on counts and seen() block, so this fails closed */
		if (rl_eval_bool(&c, rs->hbits[k].expr, &v) < 0)
			v = true;
		if (v)
			e->bits[k / 64] |= 1ULL << (k % 64);
		c.err = NULL;
		agate_arena_reset(scratch);
		rl_ctx_forget(&c);
	}
	for (uint32_t k = 0; k < e->nvals; k++) {
		bool take = true;
		double d = 0;
		rl_val v;
		if (rs->hvals[k].where && rl_eval_bool(&c, rs->hvals[k].where, &take) < 0)
			take = true; /* unknown: counted, as for bits */
		if (take) {
			if (rl_eval_val(&c, rs->hvals[k].expr, &v) < 0)
				d = HUGE_VAL;
			else if (v.kind != RV_NIL && !rl_val_num(&v, &d))
				d = HUGE_VAL; /* present, not a plain number: may be large */
		}
		if (d != 0)
			e->vals[k] = d;
		c.err = NULL;
		agate_arena_reset(scratch);
		rl_ctx_forget(&c);
	}
}

int agate_history_record(agate_history *h, const agate_ruleset *rs,
			 const agate_action *act, agate_verdict_kind verdict)
{
	rl_hist_entry e;
	int rc = rl_hist_append(h, rs, act, verdict, &e);
	if (rc <= 0)
		return rc; /* an error, or nothing to keep but previous.* */
	agate_arena *scratch = rl_hist_scratch(h);
	if (!scratch) {
		rl_hist_discard(&e);
		return -ENOMEM;
	}
	answer_columns(rs, act, scratch, &e);
	agate_arena_reset(scratch);
	/* a session keeps a small scratch, not the largest one a long line
	 * needed: memory per session stays bounded */
	if (agate_arena_held(scratch) > RL_HIST_SCRATCH_KEEP)
		rl_hist_scratch_drop(h);
	return rl_hist_commit(h, &e);
}
