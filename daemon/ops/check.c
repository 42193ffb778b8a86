/* check.c - the check op: read the action, decide it with the policy
 * snapshot and the session, audit it, answer it, or hold it for review;
 * and the holds themselves, which end by an admin's decision, a timeout,
 * a disconnect or the shutdown.
 */
#include "daemon/ops/ops_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/log.h"
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
		agate_value *vm = vmap(a, 5);
		if (!vm)
			return NULL;
		vstr(vm, "component", dv->component ? dv->component : "");
		vnum(vm, "score", dv->score);
		vnum(vm, "threshold", dv->threshold);
		vbool(vm, "block", dv->block);
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

void agated_op_check(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	agated_snapshot *snap = agated_snapshot_ref(d->snap);
	agate_str agent, session, tool, text;
	const agate_value *args, *context, *explain_v;
	agate_action act = { 0 };
	agate_verdict v;
	agate_audit_record rec = { 0 };
	agated_session *s;
	const agate_identity *identity = NULL;
	agate_value *scores;
	static const agate_value empty_map = { .type = AGATE_MAP };
	bool explain = false, held = false;
	int64_t bound;
	uint64_t audit_id = 0;
	msgpack_packer pk;
	char msg[256];
	int e;

	if (!opt_str(req, "agent", &agent, AGATE_STR_LIT("")) ||
	    !opt_str(req, "session", &session, AGATE_STR_LIT(""))) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
		       "agent and session must be strings");
		goto out;
	}
	if (!agate_value_get(req, "tool", 4)) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "missing tool");
		goto out;
	}
	if (!opt_str(req, "tool", &tool, AGATE_STR_LIT("")) || tool.len == 0) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
		       "tool must be a non-empty string");
		goto out;
	}
	if (!opt_str(req, "text", &text, (agate_str){ NULL, 0 })) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "text must be a string");
		goto out;
	}
	args = agate_value_get(req, "args", 4);
	if (args && args->type == AGATE_NIL)
		args = NULL;
	if (args && args->type != AGATE_MAP) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "args must be a map");
		goto out;
	}
	context = agate_value_get(req, "context", 7);
	if (context && context->type == AGATE_NIL)
		context = NULL;
	if (context && context->type != AGATE_MAP) {
		refuse(r, "check", req, AGATE_ERR_BAD_REQUEST, "context must be a map");
		goto out;
	}
	explain_v = agate_value_get(req, "explain", 7);
	if (explain_v && explain_v->type != AGATE_NIL) {
		if (explain_v->type != AGATE_BOOL) {
			refuse(r, "check", req, AGATE_ERR_BAD_REQUEST,
			       "explain must be a boolean");
			goto out;
		}
		explain = explain_v->as.boolean;
	}
	bound = bound_uid(d, snap, agent);
	if (bound >= 0 && bound != (int64_t)r->uid) {
		snprintf(msg, sizeof(msg), "agent '%.64s' is bound to another uid",
			 agent.ptr);
		refuse(r, "check", req, AGATE_ERR_FORBIDDEN, msg);
		goto out;
	}

	act.agent = agent;
	act.session = session;
	act.tool = tool;
	act.text = text;
	act.args = args ? args : &empty_map;
	act.context = context;
	act.now_ms = agated_wall_ms();
	act.peer_uid = r->uid;
	act.peer_pid = r->pid;

	s = agated_sessions_get(d->sessions, agent.ptr, agent.len, session.ptr,
				session.len, (int64_t)uv_now(d->loop), true);
	if (!s) {
		refuse(r, "check", req, AGATE_ERR_INTERNAL, "out of memory for the session");
		goto out;
	}
	memset(&v, 0, sizeof(v));
	if (agated_session_stopped(s)) {
		v.verdict = AGATE_VERDICT_BLOCK;
		v.enforcement = AGATE_ENFORCE_STOP;
		v.rule = agated_session_stop_rule(s);
		v.reason = agate_arena_printf(d->scratch, "session stopped: %s",
					      agated_session_stop_reason(s));
		if (!v.reason)
			v.reason = "session stopped";
	} else {
		agate_decision_input in = { 0 };

		if (agated_session_spec(s)) {
			e = agated_session_identity(s, agated_snapshot_frame(snap),
						    agated_snapshot_generation(snap),
						    &identity);
			if (e) {
				refuse(r, "check", req, AGATE_ERR_INTERNAL,
				       "out of memory for the identity");
				goto out;
			}
		} else {
			identity = agated_snapshot_identity(snap, agent.ptr, agent.len);
		}
		in.rules = agated_snapshot_rules(snap);
		in.frame = d->drift_cfg.enabled ? agated_snapshot_frame(snap) : NULL;
		in.identity = identity;
		in.drift_config = &d->drift_cfg;
		in.history = agated_session_history(s);
		in.drift_state = agated_session_drift(s);
		in.commit = true;
		in.explain = explain;
		e = agate_decide(&in, &act, d->scratch, &v);
		if (e) {
			/* agate_decide left a block; say why in the log */
			agated_warn("check: decision failed for request %llu: %s",
				    (unsigned long long)r->id, strerror(-e));
			v.verdict = AGATE_VERDICT_BLOCK;
			if (v.enforcement == AGATE_ENFORCE_ALLOW)
				v.enforcement = AGATE_ENFORCE_BLOCK;
			if (!v.reason)
				v.reason = "internal error";
		}
		if (v.enforcement == AGATE_ENFORCE_STOP) {
			(void)agated_session_stop(s, v.rule, v.reason);
			agated_info("check: session agent='%.64s' session='%.64s' stopped by rule %s",
				    agent.ptr, session.ptr, v.rule ? v.rule : "(none)");
		}
		agated_session_touch(d->sessions, s);
	}
	/* the verdict follows the enforcement; never trust a mismatch */
	if (agate_enforcement_verdict(v.enforcement) != AGATE_VERDICT_ALLOW &&
	    v.verdict == AGATE_VERDICT_ALLOW)
		v.verdict = agate_enforcement_verdict(v.enforcement);
	if (v.verdict == AGATE_VERDICT_REVIEW &&
	    agated_reviews_count(d->reviews) >= d->cfg->max_reviews) {
		v.verdict = AGATE_VERDICT_BLOCK;
		v.reason = "too many calls held for review";
	}

	scores = scores_value(d->scratch, &v);
	rec.op = "check";
	rec.agent = agent.ptr;
	rec.session = session.ptr;
	rec.tool = tool.ptr;
	rec.args_json = agate_json_encode(d->scratch, act.args);
	rec.verdict = agate_verdict_name(v.verdict);
	rec.enforcement = agate_enforcement_name(v.enforcement);
	rec.rule = v.rule;
	rec.reason = v.reason;
	rec.scores_json = scores ? agate_json_encode(d->scratch, scores) : NULL;
	rec.trace = v.rules.trace;
	rec.peer_uid = r->uid;
	rec.peer_pid = r->pid;
	rec.generation = agated_snapshot_generation(snap);
	rec.ruleset_digest = agated_snapshot_digest(snap);
	rec.eval_ns = v.eval_ns;
	e = audit_submit(d, r, &rec, &audit_id);
	if (e) {
		const char *code = e == -EAGAIN ? AGATE_ERR_OVERLOADED : AGATE_ERR_AUDIT;
		agated_stats_error(d->stats, code);
		reply_error_pack(r, code, e == -EAGAIN ? "audit queue full; try again"
						      : "the verdict could not be recorded");
		goto out;
	}
	agated_stats_verdict(d->stats, v.verdict, v.rule);
	agated_stats_eval_ns(d->stats, v.eval_ns);
	r->is_check = true;
	r->audit_id = audit_id;
	r->generation = agated_snapshot_generation(snap);

	/* members after id, ok, verdict, reason */
	r->rest.size = 0;
	msgpack_packer_init(&pk, &r->rest, msgpack_sbuffer_write);
	agated_pk_kstr(&pk, "enforcement", agate_enforcement_name(v.enforcement));
	agated_pk_kstr(&pk, "rule", v.rule);
	agated_pk_kstr(&pk, "advice", v.advice);
	agated_pk_key(&pk, "scores");
	if (agate_wire_pack_value(&pk, scores))
		msgpack_pack_nil(&pk);
	agated_pk_ku64(&pk, "audit_id", audit_id);
	agated_pk_ku64(&pk, "eval_ns", v.eval_ns);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(snap));
	r->nrest = 7;
	if (explain) {
		agated_pk_kstr(&pk, "trace", v.rules.trace ? v.rules.trace : "");
		r->nrest++;
	}
	if (v.rules.shadow) {
		agated_pk_kstr(&pk, "shadow", v.rules.shadow);
		r->nrest++;
	}

	if (v.verdict == AGATE_VERDICT_REVIEW && !audit_failed(r)) {
		agated_hold *h = agated_reviews_add(
			d->reviews, audit_id, r->id, agent.ptr, session.ptr, tool.ptr,
			v.rule, v.reason, (int64_t)uv_now(d->loop), r->uid, r->pid,
			agated_snapshot_generation(snap), r);
		r->agent = dup_str(agent);
		r->session = dup_str(session);
		r->tool = dup_str(tool);
		r->digest = strdup(agated_snapshot_digest(snap));
		if (h && r->agent && r->session && r->tool && r->digest) {
			r->hold = h;
			r->waits++;
			held = true;
			agated_info("review: holding audit_id=%llu agent='%.64s' tool='%.64s' rule=%s",
				    (unsigned long long)audit_id, agent.ptr, tool.ptr,
				    v.rule ? v.rule : "(none)");
		} else if (h) {
			agated_reviews_remove(d->reviews, h);
		}
	}
	if (!held)
		pack_check_reply(r, v.verdict == AGATE_VERDICT_REVIEW
					    ? "block" /* could not hold it */
					    : agate_verdict_name(v.verdict),
				 v.verdict == AGATE_VERDICT_REVIEW && !audit_failed(r)
					 ? "review needed but the call could not be held"
					 : v.reason,
				 0, 0);
out:
	agated_snapshot_unref(snap);
}

uint64_t agated_hold_resolve(agated *d, agated_hold *h, bool allow,
			     int64_t by_uid, const char *why)
{
	agated_req *r = h->ud;
	agate_audit_record rec = { 0 };
	char trace[96];
	uint64_t id = 0;
	int e;

	snprintf(trace, sizeof(trace), "decision on held call audit_id %llu",
		 (unsigned long long)h->audit_id);
	rec.op = allow ? "approve" : by_uid >= 0 ? "deny" : "review_timeout";
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
	/* the record points into h: submit (which copies) before freeing it */
	e = audit_submit(d, r, &rec, &id);
	r->hold = NULL;
	agated_reviews_remove(d->reviews, h);
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
		if (now - h->since_ms >= limit)
			agated_hold_resolve(d, h, false, -1, why);
	}
}

void agated_holds_cancel_all(agated *d, const char *why)
{
	agated_hold *h;

	while ((h = agated_reviews_first(d->reviews)))
		agated_hold_resolve(d, h, false, -1, why);
}
