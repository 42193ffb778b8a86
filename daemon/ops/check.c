/* check.c - the check op: read the action, decide it with the policy
 * snapshot and the session, audit it, answer it, or hold it for review
 * (or, with hold:false, answer `review` at once and keep the review open
 * for an approval that grants the exact call once); and the holds
 * themselves, which end by an admin's decision, a timeout, a disconnect
 * or the shutdown.
 */
#include "daemon/ops/ops_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/log.h"
#include "daemon/notify.h"
#include "daemon/ops/ops.h"
#include "policy/decide.h"
#include "policy/base/json.h"
#include "schema/protocol.h"
#include "schema/wire.h"

static char *dup_str(agate_str s)
{
	char *p = malloc(s.len + 1);

	if (p) {
		if (s.len)
			memcpy(p, s.ptr, s.len);
		p[s.len] = '\0';
	}
	return p;
}

/* ---- scores --------------------------------------------------------- */

static agate_value *vmap(agate_arena *a, uint32_t cap)
{
	agate_value *v = agate_arena_zalloc(a, sizeof(*v));

	if (!v)
		return NULL;
	v->type = AGATE_MAP;
	v->as.map.items = cap ? agate_arena_zalloc(a, cap * sizeof(agate_member)) : NULL;
	if (cap && !v->as.map.items)
		return NULL;
	return v;
}

static agate_value *vput(agate_value *m, const char *k)
{
	agate_member *mb = &m->as.map.items[m->as.map.len++];

	mb->key.ptr = k;
	mb->key.len = strlen(k);
	return &mb->value;
}

static void vnum(agate_value *m, const char *k, double x)
{
	agate_value *v = vput(m, k);

	v->type = AGATE_FLOAT;
	v->as.real = x;
}

static void vbool(agate_value *m, const char *k, bool b)
{
	agate_value *v = vput(m, k);

	v->type = AGATE_BOOL;
	v->as.boolean = b;
}

static void vstr(agate_value *m, const char *k, const char *s)
{
	agate_value *v = vput(m, k);

	if (!s) {
		v->type = AGATE_NIL;
		return;
	}
	v->type = AGATE_STR;
	v->as.str.ptr = s;
	v->as.str.len = strlen(s);
}

/* The cascade's numbers as one value: packed into the reply and written
 * as JSON into the audit row, so both say the same. */
static agate_value *scores_value(agate_arena *a, const agate_verdict *v)
{
	agate_value *m = vmap(a, 10), *votes;
	unsigned n = v->drift_ran ? v->drift.nvotes : 0;

	if (!m)
		return NULL;
	if (n > AGATE_DRIFT_MAX_VOTES)
		n = AGATE_DRIFT_MAX_VOTES;
	vbool(m, "cascade", v->drift_ran);
	vnum(m, "drift", v->drift_ran ? v->drift.drift : 0);
	vnum(m, "session_drift", v->drift_ran ? v->drift.session_drift : 0);
	vnum(m, "resonance", v->drift_ran ? v->drift.resonance : 0);
	vnum(m, "provenance", v->drift_ran ? v->drift.provenance : 0);
	vbool(m, "veto", v->drift_ran && v->drift.veto);
	vbool(m, "hard_veto", v->drift_ran && v->drift.hard_veto);
	vstr(m, "axis", v->drift_ran ? v->drift.top_axis : NULL);
	votes = vput(m, "votes");
	votes->type = AGATE_ARRAY;
	votes->as.array.len = 0;
	votes->as.array.items = n ? agate_arena_zalloc(a, n * sizeof(agate_value)) : NULL;
	if (n && !votes->as.array.items)
		return NULL;
	for (unsigned i = 0; i < n; i++) {
		const agate_drift_vote *dv = &v->drift.votes[i];
		agate_value *e = &votes->as.array.items[i];
		agate_value *vm = vmap(a, 6);
		if (!vm)
			return NULL;
		vstr(vm, "component", dv->component ? dv->component : "");
		vnum(vm, "score", dv->score);
		vnum(vm, "threshold", dv->threshold);
		vbool(vm, "block", dv->block);
		vbool(vm, "abstain", dv->abstain);
		vstr(vm, "why", dv->why ? dv->why : "");
		*e = *vm;
		votes->as.array.len++;
	}
	return m;
}

/* ---- check ---------------------------------------------------------- */

static void pack_check_reply(agated_req *r, const char *verdict, const char *reason,
			     uint64_t decision_id, int64_t decided_by)
{
	msgpack_packer pk;
	uint32_t n = 4;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_kstr(&pk, "verdict", verdict);
	agated_pk_kstr(&pk, "reason", reason ? reason : "");
	if (decision_id) {
		agated_pk_ku64(&pk, "decision_audit_id", decision_id);
		agated_pk_ki64(&pk, "decided_by", decided_by);
		n += 2;
	}
	if (r->rest.data && r->rest.size)
		msgpack_sbuffer_write(&r->out, r->rest.data, r->rest.size);
	agated_reply_end(r, n + r->nrest);
}

/* One check on its way through the steps of agated_op_check. */
struct check {
	agated_req *r;
	agated *d;
	agated_snapshot *snap;     /* held for the whole check */
	const agate_value *req;
	agate_str agent, session, tool, text;
	const agate_value *args, *context;
	bool explain;
	bool explain_all;          /* explain_all:true: the whole trace, up to AGATE_EXPLAIN_CAP_ALL */
	bool no_hold;              /* hold:false: answer a review at once */
	bool have_digest;          /* digest is the call's (reviews only) */
	unsigned char digest[AGATED_DIGEST_LEN];
	agate_action act;
	agate_verdict v;
	agate_value *scores;
	const char *args_json;     /* reviews: in the scratch arena; NULL when it ran out */
	uint64_t audit_id;
};

/* The optional `hold` flag. false: refused. */
static bool read_hold_flag(struct check *k)
{
	const agate_value *hold = agate_value_get(k->req, "hold", 4);

	if (!hold || hold->type == AGATE_NIL)
		return true;
	if (hold->type != AGATE_BOOL) {
		refuse(k->r, "check", k->req, AGATE_ERR_BAD_REQUEST, "hold must be a boolean");
		return false;
	}
	k->no_hold = !hold->as.boolean;
	return true;
}

/* Read and check the request's members, and that its agent is not bound
 * to another uid. false: refused (answered and audited). */
static bool read_check_request(struct check *k)
{
	agated_req *r = k->r;
	const agate_value *req = k->req, *explain_v;
	int64_t bound;
	char msg[256];

	if (!opt_str(req, "agent", &k->agent, AGATE_STR_LIT("")) ||
	    !opt_str(req, "session", &k->session, AGATE_STR_LIT(""))) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
		       "agent and session must be strings");
		return false;
	}
	if (!agate_value_get(req, "tool", 4)) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "missing tool");
		return false;
	}
	if (!opt_str(req, "tool", &k->tool, AGATE_STR_LIT("")) || k->tool.len == 0) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
		       "tool must be a non-empty string");
		return false;
	}
	if (!opt_str(req, "text", &k->text, (agate_str){ NULL, 0 })) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "text must be a string");
		return false;
	}
	k->args = agate_value_get(req, "args", 4);
	if (k->args && k->args->type == AGATE_NIL)
		k->args = NULL;
	if (k->args && k->args->type != AGATE_MAP) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "args must be a map");
		return false;
	}
	k->context = agate_value_get(req, "context", 7);
	if (k->context && k->context->type == AGATE_NIL)
		k->context = NULL;
	if (k->context && k->context->type != AGATE_MAP) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "context must be a map");
		return false;
	}
	explain_v = agate_value_get(req, "explain", 7);
	if (explain_v && explain_v->type != AGATE_NIL) {
		if (explain_v->type != AGATE_BOOL) {
			refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
			       "explain must be a boolean");
			return false;
		}
		k->explain = explain_v->as.boolean;
	}
	explain_v = agate_value_get(req, "explain_all", 11);
	if (explain_v && explain_v->type != AGATE_NIL) {
		if (explain_v->type != AGATE_BOOL) {
			refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
			       "explain_all must be a boolean");
			return false;
		}
		k->explain_all = explain_v->as.boolean;
		k->explain = k->explain || k->explain_all;
	}
	if (!read_hold_flag(k))
		return false;
	bound = bound_uid(k->d, k->snap, k->agent);
	if (bound >= 0 && bound != (int64_t)r->uid) {
		snprintf(msg, sizeof(msg), "agent '%.64s' is bound to another uid",
			 k->agent.ptr);
		refuse(r, "check", req, AGATE_ERR_FORBIDDEN, msg);
		return false;
	}
	return true;
}

/* The policy's verdict for a session that is not stopped: rules, then
 * the drift cascade with the session's identity and history. false: out
 * of memory for the identity (refused). */
static bool decide_in_session(struct check *k, agated_session *s)
{
	agated *d = k->d;
	agate_verdict *v = &k->v;
	agate_decision_input in = { 0 };
	const agate_identity *identity = NULL;
	int e;

	/* a registration first, then the rule files' agent, then the name */
	if (!agated_session_spec(s))
		identity = agated_snapshot_identity(k->snap, k->agent.ptr, k->agent.len);
	if (!identity) {
		e = agated_session_identity(s, agated_snapshot_frame(k->snap),
					    agated_snapshot_generation(k->snap),
					    &identity);
		if (e) {
			refuse(k->r, "check", k->req, AGATE_ERR_INTERNAL,
			       "out of memory for the identity");
			return false;
		}
	}
	in.rules = agated_snapshot_rules(k->snap);
	in.frame = d->drift_cfg.enabled ? agated_snapshot_frame(k->snap) : NULL;
	in.identity = identity;
	in.drift_config = NULL; /* the snapshot frame's numbers (its `set` lines) */
	in.history = agated_session_history(s);
	in.drift_state = agated_session_drift(s);
	in.history_scratch = d->hist_scratch;
	in.commit = true;
	in.explain = k->explain;
	in.explain_cap = k->explain_all ? AGATE_EXPLAIN_CAP_ALL : 0;
	e = agate_decide(&in, &k->act, d->scratch, v);
	if (e) {
		/* agate_decide left a block; say why in the log */
		agated_warn("check: decision failed for request %llu: %s",
			    (unsigned long long)k->r->id, strerror(-e));
		v->verdict = AGATE_VERDICT_BLOCK;
		if (v->enforcement == AGATE_ENFORCE_ALLOW)
			v->enforcement = AGATE_ENFORCE_BLOCK;
		if (!v->reason)
			v->reason = "internal error";
	}
	if (v->enforcement == AGATE_ENFORCE_STOP) {
		(void)agated_session_stop(s, v->rule, v->reason);
		if (!k->agent.len && !k->session.len)
			agated_warn("check: the anonymous session (calls naming no agent and no "
				    "session, of every uid) stopped by rule %s: all of them are "
				    "blocked until `agatectl resume --anonymous`",
				    v->rule ? v->rule : "(none)");
		else
			agated_info("check: session agent='%.64s' session='%.64s' stopped by rule %s",
				    k->agent.ptr, k->session.ptr, v->rule ? v->rule : "(none)");
	}
	agated_session_touch(d->sessions, s);
	return true;
}

/* A review of a call an operator approved earlier (an unheld review
 * turned into a grant) is allowed, once: the grant is used up here and
 * the check's own audit row names it. Only a review is turned; a block
 * stays a block. */
static void use_grant(struct check *k)
{
	agated *d = k->d;
	agate_verdict *v = &k->v;
	agated_grant *g;

	if (agated_call_digest(k->agent, k->session, k->tool, k->act.args, k->text,
			       k->digest))
		return; /* out of memory: no grant, and no unheld review */
	k->have_digest = true;
	g = agated_reviews_take_grant(d->reviews, k->agent.ptr, k->session.ptr, k->tool.ptr,
				      k->digest, (int64_t)uv_now(d->loop));
	if (!g)
		return;
	v->verdict = AGATE_VERDICT_ALLOW;
	v->reason = agate_arena_printf(d->scratch,
				       "approved by uid %lld: grant from the review of audit_id %llu "
				       "(approval audit_id %llu), used once",
				       (long long)g->by_uid,
				       (unsigned long long)g->review_audit_id,
				       (unsigned long long)g->approve_audit_id);
	if (!v->reason)
		v->reason = "approved by an operator: grant used once";
	agated_info("review: grant from audit_id=%llu used by agent='%.64s' tool='%.64s'",
		    (unsigned long long)g->review_audit_id, k->agent.ptr, k->tool.ptr);
	agated_grant_free(g);
}

/* The action as the policy sees it, then the verdict: a stopped session
 * blocks, anything else is decided; a review beyond max-reviews blocks.
 * false: refused. */
static bool decide_check(struct check *k)
{
	static const agate_value empty_map = { .type = AGATE_MAP };
	agated *d = k->d;
	agate_verdict *v = &k->v;
	agated_session *s;

	k->act.agent = k->agent;
	k->act.session = k->session;
	k->act.tool = k->tool;
	k->act.text = k->text;
	k->act.args = k->args ? k->args : &empty_map;
	k->act.context = k->context;
	k->act.now_ms = agated_wall_ms();
	k->act.peer_uid = k->r->uid;
	k->act.peer_pid = k->r->pid;

	int e;
	s = agated_sessions_open(d->sessions, k->agent.ptr, k->agent.len, k->session.ptr,
				 k->session.len, k->r->uid, (int64_t)uv_now(d->loop), &e);
	if (!s) {
		refuse(k->r, "check", k->req, agated_sessions_error_code(e),
		       agated_sessions_strerror(e));
		return false;
	}
	memset(v, 0, sizeof(*v));
	if (agated_session_stopped(s)) {
		v->verdict = AGATE_VERDICT_BLOCK;
		v->enforcement = AGATE_ENFORCE_STOP;
		v->rule = agated_session_stop_rule(s);
		v->reason = agate_arena_printf(d->scratch, "session stopped: %s%s",
					       agated_session_stop_reason(s),
					       k->agent.len || k->session.len ? ""
					       : " (the anonymous session, shared by every call "
						 "naming no agent and no session; an operator "
						 "lifts it with `agatectl resume --anonymous`)");
		if (!v->reason)
			v->reason = "session stopped";
	} else if (!decide_in_session(k, s)) {
		return false;
	}
	/* the verdict follows the enforcement; never trust a mismatch */
	if (agate_enforcement_verdict(v->enforcement) != AGATE_VERDICT_ALLOW &&
	    v->verdict == AGATE_VERDICT_ALLOW)
		v->verdict = agate_enforcement_verdict(v->enforcement);
	if (v->verdict == AGATE_VERDICT_REVIEW)
		use_grant(k);
	if (v->verdict == AGATE_VERDICT_REVIEW &&
	    agated_reviews_count(d->reviews) >= d->cfg->max_reviews) {
		v->verdict = AGATE_VERDICT_BLOCK;
		v->reason = "too many calls held for review";
	}
	return true;
}

/* Write the check's audit row. false: it could not be submitted, and r
 * already holds the error reply (never a verdict without its row). */
static bool record_check(struct check *k)
{
	agated *d = k->d;
	agated_req *r = k->r;
	const agate_verdict *v = &k->v;
	agate_audit_record rec = { 0 };
	int e;

	k->scores = scores_value(d->scratch, v);
	rec.op = "check";
	rec.agent = k->agent.ptr;
	rec.session = k->session.ptr;
	rec.tool = k->tool.ptr;
	/* the writer thread writes args and scores as JSON */
	rec.args_value = k->act.args;
	rec.verdict = agate_verdict_name(v->verdict);
	rec.enforcement = agate_enforcement_name(v->enforcement);
	rec.rule = v->rule;
	rec.reason = v->reason;
	rec.scores_value = k->scores;
	rec.trace = v->rules.trace;
	rec.peer_uid = r->uid;
	rec.peer_pid = r->pid;
	rec.generation = agated_snapshot_generation(k->snap);
	rec.ruleset_digest = agated_snapshot_digest(k->snap);
	rec.rules_label = agated_snapshot_label(k->snap);
	rec.shadow = v->rules.shadow_matched;
	rec.eval_ns = v->eval_ns;
	e = audit_submit(d, r, &rec, &k->audit_id);
	if (e) {
		const char *code = e == -EAGAIN ? AGATE_ERR_OVERLOADED : AGATE_ERR_AUDIT;
		agated_stats_error(d->stats, code);
		reply_error_pack(r, code, e == -EAGAIN ? "audit queue full; try again"
						      : "the verdict could not be recorded");
		return false;
	}
	agated_stats_verdict(d->stats, v->verdict, v->rule);
	agated_stats_shadow(d->stats, v->rules.shadow_matched, v->verdict);
	agated_stats_eval_ns(d->stats, v->eval_ns);
	r->is_check = true;
	r->audit_id = k->audit_id;
	r->generation = agated_snapshot_generation(k->snap);
	return true;
}

/* The reply's members after id, ok, verdict and reason, kept in r->rest
 * so that a held check is answered with them later. */
static void pack_check_rest(struct check *k)
{
	agated_req *r = k->r;
	const agate_verdict *v = &k->v;
	msgpack_packer pk;

	r->rest.size = 0;
	agated_sbuf_reserve(&r->rest, 512); /* the members take about 400 bytes */
	msgpack_packer_init(&pk, &r->rest, msgpack_sbuffer_write);
	agated_pk_kstr(&pk, "enforcement", agate_enforcement_name(v->enforcement));
	agated_pk_kstr(&pk, "rule", v->rule);
	agated_pk_kstr(&pk, "advice", v->advice);
	agated_pk_key(&pk, "scores");
	/* the largest member (the cascade's votes): written in place */
	if (agate_wire_pack_value_sb(&r->rest, k->scores))
		msgpack_pack_nil(&pk);
	agated_pk_ku64(&pk, "audit_id", k->audit_id);
	agated_pk_ku64(&pk, "eval_ns", v->eval_ns);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(k->snap));
	r->nrest = 7;
	if (k->explain) {
		agated_pk_kstr(&pk, "trace", v->rules.trace ? v->rules.trace : "");
		r->nrest++;
	}
	if (v->rules.shadow) {
		agated_pk_kstr(&pk, "shadow", v->rules.shadow);
		r->nrest++;
	}
	if (v->rules.shadow_matched) {
		agated_pk_kstr(&pk, "shadow_matched", v->rules.shadow_matched);
		r->nrest++;
	}
}

/* The arguments as JSON, for a review (the row's own are written by the
 * audit writer). */
static const char *check_args_json(struct check *k)
{
	if (!k->args_json)
		k->args_json = agate_json_encode(k->d->scratch, k->act.args);
	return k->args_json;
}

/* A review verdict: hold r until an admin decides, it times out or its
 * peer goes. true: held (answered later by agated_hold_resolve). */
static bool hold_for_review(struct check *k)
{
	agated *d = k->d;
	agated_req *r = k->r;
	const agate_verdict *v = &k->v;
	agated_hold *h;

	if (v->verdict != AGATE_VERDICT_REVIEW || audit_failed(r))
		return false;
	h = agated_reviews_add(d->reviews, k->audit_id, r->id, k->agent.ptr,
			       k->session.ptr, k->tool.ptr, v->rule, v->reason,
			       (int64_t)uv_now(d->loop), r->uid, r->pid,
			       agated_snapshot_generation(k->snap), r);
	r->agent = dup_str(k->agent);
	r->session = dup_str(k->session);
	r->tool = dup_str(k->tool);
	r->digest = strdup(agated_snapshot_digest(k->snap));
	if (agated_snapshot_label(k->snap))
		r->rules_label = strdup(agated_snapshot_label(k->snap)); /* NULL: the decision row goes without */
	if (h && r->agent && r->session && r->tool && r->digest &&
	    agated_hold_set_args(h, check_args_json(k)) == 0) {
		r->hold = h;
		r->hold_hr = uv_hrtime();
		r->waits++;
		agated_notify_review(d->notify, h, true);
		agated_info("review: holding audit_id=%llu agent='%.64s' tool='%.64s' rule=%s",
			    (unsigned long long)k->audit_id, k->agent.ptr, k->tool.ptr,
			    v->rule ? v->rule : "(none)");
		return true;
	}
	if (h)
		agated_reviews_remove(d->reviews, h);
	return false;
}

/* A review the client asked not to hold: keep it open for an approval
 * (under the check's audit id, which the reply names as approval_id)
 * and answer `review` now. false: it could not be kept (r unanswered). */
static bool answer_unheld_review(struct check *k)
{
	agated *d = k->d;
	agated_req *r = k->r;
	const agate_verdict *v = &k->v;
	msgpack_packer pk;
	agated_hold *h;

	if (!k->have_digest || audit_failed(r))
		return false;
	h = agated_reviews_add(d->reviews, k->audit_id, r->id, k->agent.ptr,
			       k->session.ptr, k->tool.ptr, v->rule, v->reason,
			       (int64_t)uv_now(d->loop), r->uid, r->pid,
			       agated_snapshot_generation(k->snap), NULL);
	if (!h)
		return false;
	if (agated_hold_set_args(h, check_args_json(k))) {
		agated_reviews_remove(d->reviews, h);
		return false;
	}
	memcpy(h->digest, k->digest, sizeof(h->digest));
	agated_notify_review(d->notify, h, false);
	msgpack_packer_init(&pk, &r->rest, msgpack_sbuffer_write);
	agated_pk_ku64(&pk, "approval_id", k->audit_id);
	r->nrest++;
	pack_check_reply(r, "review", v->reason, 0, 0);
	agated_info("review: audit_id=%llu agent='%.64s' tool='%.64s' rule=%s not held "
		    "(hold:false); an approval grants the call once",
		    (unsigned long long)k->audit_id, k->agent.ptr, k->tool.ptr,
		    v->rule ? v->rule : "(none)");
	return true;
}

/* check: read, decide, record, answer (or hold for review). Any step
 * that fails has answered r itself, with verdict block. */
void agated_op_check(agated_req *r, const agate_value *req)
{
	struct check k = { .r = r, .d = r->d, .req = req };

	k.snap = agated_snapshot_ref(r->d->snap);
	if (read_check_request(&k) && decide_check(&k) && record_check(&k)) {
		pack_check_rest(&k);
		if (k.v.verdict == AGATE_VERDICT_REVIEW && k.no_hold) {
			if (!answer_unheld_review(&k))
				pack_check_reply(r, "block",
						 audit_failed(r) ? k.v.reason
						 : "review needed but the call could not be kept for approval",
						 0, 0);
		} else if (!hold_for_review(&k))
			pack_check_reply(r, k.v.verdict == AGATE_VERDICT_REVIEW
						    ? "block" /* could not hold it */
						    : agate_verdict_name(k.v.verdict),
					 k.v.verdict == AGATE_VERDICT_REVIEW && !audit_failed(r)
						 ? "review needed but the call could not be held"
						 : k.v.reason,
					 0, 0);
	}
	agated_snapshot_unref(k.snap);
}

static const char *const hold_end_ops[] = {
	[AGATED_HOLD_APPROVED] = "approve",
	[AGATED_HOLD_DENIED] = "deny",
	[AGATED_HOLD_TIMED_OUT] = "review_timeout",
	[AGATED_HOLD_CALLER_GONE] = "review_abandoned",
};

uint64_t agated_hold_resolve(agated *d, agated_hold *h, agated_hold_end how,
			     int64_t by_uid, const char *why)
{
	agated_req *r = h->ud;
	agate_audit_record rec = { 0 };
	bool allow = how == AGATED_HOLD_APPROVED;
	uint64_t review_id = h->audit_id;
	char trace[96], ended[128];
	uint64_t id = 0;
	int e;

	snprintf(trace, sizeof(trace), "decision on held call audit_id %llu",
		 (unsigned long long)h->audit_id);
	rec.op = hold_end_ops[how];
	rec.agent = h->agent;
	rec.session = h->session;
	rec.tool = h->tool;
	rec.verdict = allow ? "allow" : "block";
	rec.enforcement = "review";
	rec.rule = h->rule;
	rec.reason = why;
	rec.trace = trace;
	rec.peer_uid = by_uid;
	rec.peer_pid = -1;
	rec.generation = h->generation;
	rec.ruleset_digest = r->digest;
	rec.rules_label = r->rules_label;
	/* the record points into h: submit (which copies) before freeing it */
	e = audit_submit(d, r, &rec, &id);
	r->hold = NULL;
	agated_reviews_remove(d->reviews, h);
	/* the time an operator took is the review's, not the decision's */
	r->held_ns = uv_hrtime() - r->hold_hr;
	agated_stats_review_wait_ns(d->stats, r->held_ns);
	snprintf(ended, sizeof(ended), "%s%s", allow || how == AGATED_HOLD_DENIED ? ""
					       : "blocked: ", why);
	agated_reviews_note_end(d->reviews, review_id, ended, e ? 0 : id);
	if (e) {
		agated_stats_error(d->stats, AGATE_ERR_AUDIT);
		reply_error_pack(r, e == -EAGAIN ? AGATE_ERR_OVERLOADED : AGATE_ERR_AUDIT,
				 "the decision could not be recorded");
	} else {
		agated_stats_verdict(d->stats, allow ? AGATE_VERDICT_ALLOW
						     : AGATE_VERDICT_BLOCK, NULL);
		pack_check_reply(r, allow ? "allow" : "block", why, id, by_uid);
	}
	agated_info("review: audit_id=%llu %s (%s)", (unsigned long long)r->audit_id,
		    allow ? "approved" : "blocked", why);
	if (r->waits)
		r->waits--;
	agated_req_progress(r);
	return e ? 0 : id;
}

void agated_holds_sweep(agated *d)
{
	int64_t now = (int64_t)uv_now(d->loop);
	int64_t limit = (int64_t)d->cfg->review_timeout_s * 1000;
	agated_hold *h = agated_reviews_first(d->reviews), *next;
	char why[96];

	snprintf(why, sizeof(why), "review timed out after %u s", d->cfg->review_timeout_s);
	for (; h; h = next) {
		next = h->next;
		if (now - h->since_ms < limit)
			continue;
		if (h->ud) {
			agated_hold_resolve(d, h, AGATED_HOLD_TIMED_OUT, -1, why);
		} else { /* unheld: nobody waits; its check row already says review */
			agated_reviews_note_end(d->reviews, h->audit_id,
						"forgotten: nobody decided within review-timeout", 0);
			agated_reviews_remove(d->reviews, h);
		}
	}
	agated_reviews_expire_grants(d->reviews, now);
}

void agated_holds_cancel_all(agated *d, const char *why)
{
	agated_hold *h;

	while ((h = agated_reviews_first(d->reviews))) {
		if (h->ud)
			agated_hold_resolve(d, h, AGATED_HOLD_TIMED_OUT, -1, why);
		else
			agated_reviews_remove(d->reviews, h);
	}
}
