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

/* The history expressions are evaluated one after the other in one
 * context, whose caches (the parsed line, memo slots, subject bigrams) are
 * kept from one expression to the next, so a line read by several is
 * parsed once. A line the rules parsed already for this decision is not
 * parsed at all: the context borrows that parse (c->lent, expr.c
 * fill_slot), whose commands and per-command caches live in the
 * decision's arena and so outlive every reset of the scratch. The caches
 * are dropped when the scratch holds more than a quarter of its limit;
 * and an expression that fails after others filled the scratch, or after
 * a line was borrowed, is evaluated again from an empty scratch borrowing
 * nothing, so that every answer is the one a fresh scratch gives (as when
 * each expression had its own). */
static void settle(rl_ctx *c, agate_arena *scratch, int rc)
{
	c->err = NULL;
	if (rc < 0 || agate_arena_used(scratch) > RL_HIST_SCRATCH / 4) {
		agate_arena_reset(scratch);
		rl_ctx_forget(c);
	}
}

/* Must an expression that failed with rc be evaluated again? When the
 * scratch held something before it (dirty), or when it borrowed a line
 * and ran out of memory: what it then caches goes to the decision's
 * arena, which may be full where a fresh scratch is not. (A borrowed
 * line's own error is the one its parse gives anywhere.) */
static bool again(const rl_ctx *c, bool dirty, int rc)
{
	return rc < 0 && (dirty || (rc == -ENOMEM && c->borrowed));
}

/* count()/seen() column: does expr hold? (an error counts as holding: the
 * rules built on counts and seen() block, so this fails closed) */
static bool answer_bit(rl_ctx *c, agate_arena *scratch, const rl_node *expr)
{
	const agate_eval_parsed *lent = c->lent;
	bool v = false;
	int rc = 0;
	for (int attempt = 0; attempt < 2; attempt++) {
		bool dirty = agate_arena_used(scratch) > 0;
		v = false;
		rc = rl_eval_bool(c, expr, &v);
		bool retry = again(c, dirty, rc);
		settle(c, scratch, rc);
		if (!retry)
			break;
		c->lent = NULL; /* the second attempt borrows nothing */
	}
	c->lent = lent;
	return rc < 0 ? true : v;
}

/* sum() column: the operand's number when `where` holds (unknown: taken),
 * HUGE_VAL when it cannot be evaluated or is not a plain number, 0 when
 * not taken or nil */
static double answer_val(rl_ctx *c, agate_arena *scratch, const rl_node *where,
			 const rl_node *expr)
{
	const agate_eval_parsed *lent = c->lent;
	double d = 0;
	for (int attempt = 0; attempt < 2; attempt++) {
		bool dirty = agate_arena_used(scratch) > 0, take = true;
		int rc = 0;
		rl_val v;
		d = 0;
		if (where && (rc = rl_eval_bool(c, where, &take)) < 0)
			take = true;
		if (take) {
			int vrc = rl_eval_val(c, expr, &v);
			if (vrc < 0) {
				d = HUGE_VAL;
				if (rc == 0 || vrc == -ENOMEM)
					rc = vrc;
			} else if (v.kind != RV_NIL && !rl_val_num(&v, &d)) {
				d = HUGE_VAL; /* present, not a plain number: may be large */
			}
		}
		bool retry = again(c, dirty, rc);
		settle(c, scratch, rc);
		if (!retry)
			break;
		c->lent = NULL; /* the second attempt borrows nothing */
	}
	c->lent = lent;
	return d;
}

/* Answer every history expression of rs for act into e, borrowing the
 * rules' parses from lent (NULL: none). */
static void answer_columns(const agate_ruleset *rs, const agate_action *act,
			   const agate_eval_parsed *lent, agate_arena *scratch, rl_hist_entry *e)
{
	rl_ctx c;
	rl_ctx_init(&c, rs, act, NULL, scratch);
	c.recording = true;
	if (lent && lent->rs == rs && lent->act == act)
		c.lent = lent;
	for (uint32_t k = 0; k < e->nbits; k++)
		if (answer_bit(&c, scratch, rs->hbits[k].expr))
			e->bits[k / 64] |= 1ULL << (k % 64);
	for (uint32_t k = 0; k < e->nvals; k++) {
		double d = answer_val(&c, scratch, rs->hvals[k].where, rs->hvals[k].expr);
		if (d != 0)
			e->vals[k] = d;
	}
	agate_arena_reset(scratch);
	rl_ctx_forget(&c);
}

int agate_history_record(agate_history *h, const agate_ruleset *rs,
			 const agate_action *act, agate_verdict_kind verdict)
{
	return agate_history_record_parsed(h, rs, act, verdict, NULL, NULL);
}

int agate_history_record_parsed(agate_history *h, const agate_ruleset *rs,
				const agate_action *act, agate_verdict_kind verdict,
				const agate_eval_parsed *parsed, agate_arena *given)
{
	rl_hist_entry e;
	int rc = rl_hist_append(h, rs, act, verdict, &e);
	if (rc <= 0)
		return rc; /* an error, or nothing to keep but previous.* */
	agate_arena *scratch = given ? given : rl_hist_scratch(h);
	if (!scratch) {
		rl_hist_discard(&e);
		return -ENOMEM;
	}
	answer_columns(rs, act, parsed, scratch, &e);
	agate_arena_reset(scratch);
	/* a session keeps a small scratch, not the largest one a long line
	 * needed: memory per session stays bounded */
	if (!given && agate_arena_held(scratch) > RL_HIST_SCRATCH_KEEP)
		rl_hist_scratch_drop(h);
	return rl_hist_commit(h, &e);
}
