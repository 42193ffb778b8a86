/* admin.c - the operator's ops: reload, approve, deny, pending, resume,
 * sessions. dispatch.c runs them only for an admin peer (its op table
 * marks them); every op that changes something leaves an audit row. A
 * reload is the loop's work: it is asked for through d->up.reload.
 */
#include "daemon/ops/ops_int.h"

#include <stdio.h>
#include <string.h>

#include "daemon/log.h"
#include "daemon/ops/ops.h"
#include "schema/protocol.h"

#define LIST_MAX 1000u

static void fail(agated_req *r, const char *op, const char *code, const char *msg)
{
	agated_stats_error(r->d->stats, code);
	agated_audit_simple(r->d, r, op, "block", code, msg, NULL, NULL, NULL);
	agated_reply_error(r, code, msg);
}

static bool get_u64(const agate_value *req, const char *key, uint64_t *out)
{
	const agate_value *v = agate_value_get(req, key, strlen(key));

	if (!v || v->type != AGATE_INT || v->as.integer < 0)
		return false;
	*out = (uint64_t)v->as.integer;
	return true;
}

/* The reply to approve/deny of an unheld review (its client was answered
 * `review` at once and may retry). */
static void reply_unheld(agated_req *r, uint64_t audit_id, uint64_t decision,
			 bool allow)
{
	msgpack_packer pk;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "audit_id", audit_id);
	agated_pk_ku64(&pk, "decision_audit_id", decision);
	agated_pk_kstr(&pk, "verdict", allow ? "allow" : "block");
	agated_pk_kbool(&pk, "held", false);
	if (allow)
		agated_pk_ku64(&pk, "expires_in", r->d->cfg->grant_ttl_s);
	agated_reply_end(r, allow ? 7 : 6);
}

/* Approve or deny an unheld review h. Approval leaves a grant: the same
 * call (agent, session, tool, arguments and text) is allowed once within
 * grant-ttl. Either way the decision is an audit row and h is gone. */
static void decide_unheld(agated_req *r, const char *op, agated_hold *h,
			  bool allow, const char *why)
{
	agated *d = r->d;
	int64_t now = (int64_t)uv_now(d->loop);
	uint64_t review_id = h->audit_id, decision = 0;
	agate_audit_record rec = { 0 };
	agated_grant *g = NULL;
	char trace[160];

	if (allow) {
		agated_reviews_expire_grants(d->reviews, now);
		if (agated_reviews_grant_count(d->reviews) >= d->cfg->max_grants) {
			fail(r, op, AGATE_ERR_OVERLOADED,
			     "too many approvals not used yet (max-grants); try again later");
			return;
		}
		g = agated_grant_new(h, now + (int64_t)d->cfg->grant_ttl_s * 1000, 0, r->uid);
		if (!g) {
			fail(r, op, AGATE_ERR_INTERNAL, "out of memory for the grant");
			return;
		}
		snprintf(trace, sizeof(trace),
			 "grant for the unheld call of audit_id %llu: allowed once within %u s",
			 (unsigned long long)review_id, d->cfg->grant_ttl_s);
	} else {
		snprintf(trace, sizeof(trace), "decision on unheld call audit_id %llu",
			 (unsigned long long)review_id);
	}
	rec.op = op;
	rec.agent = h->agent;
	rec.session = h->session;
	rec.tool = h->tool;
	rec.verdict = allow ? "allow" : "block";
	rec.enforcement = "review";
	rec.rule = h->rule;
	rec.reason = why;
	rec.trace = trace;
	if (audit_submit(d, r, &rec, &decision)) {
		agated_grant_free(g);
		agated_stats_error(d->stats, AGATE_ERR_AUDIT);
		reply_error_pack(r, AGATE_ERR_AUDIT, "the decision could not be recorded");
		return;
	}
	if (g) {
		g->approve_audit_id = decision;
		if (agated_reviews_add_grant(d->reviews, g, d->cfg->max_grants, now))
			agated_grant_free(g); /* cannot happen: checked above */
	}
	agated_reviews_note_end(d->reviews, review_id, why, decision);
	agated_reviews_remove(d->reviews, h);
	agated_info("review: unheld audit_id=%llu %s (%s)", (unsigned long long)review_id,
		    allow ? "approved: granted once" : "denied", why);
	reply_unheld(r, review_id, decision, allow);
}

/* approve/deny of a call that waits no more (or never did): refused,
 * saying how it ended when that is remembered. Not audited: it changes
 * nothing, and a typo in an id must not write rows. */
static void refuse_ended(agated_req *r, const char *op, uint64_t audit_id)
{
	uint64_t decision = 0;
	const char *how = agated_reviews_ended(r->d->reviews, audit_id, &decision);
	char msg[256], dec[48] = "";

	if (how && decision)
		snprintf(dec, sizeof(dec), " (decision audit_id %llu)",
			 (unsigned long long)decision);
	if (how)
		snprintf(msg, sizeof(msg), "cannot %s audit_id %llu: the call no longer waits "
			 "for review: %s%s", op, (unsigned long long)audit_id, how, dec);
	else
		snprintf(msg, sizeof(msg), "cannot %s audit_id %llu: no call waits for review "
			 "under that id", op, (unsigned long long)audit_id);
	agated_stats_error(r->d->stats, AGATE_ERR_NOT_FOUND);
	agated_reply_error(r, AGATE_ERR_NOT_FOUND, msg);
}

static void handle_decide(agated_req *r, const char *op, const agate_value *req,
			  bool allow)
{
	agated *d = r->d;
	agated_hold *h;
	uint64_t audit_id, decision;
	msgpack_packer pk;
	char why[160];
	const agate_value *note = agate_value_get(req, "reason", 6);

	if (!get_u64(req, "audit_id", &audit_id)) {
		fail(r, op, AGATE_ERR_BAD_REQUEST, "audit_id must be an unsigned integer");
		return;
	}
	h = agated_reviews_find(d->reviews, audit_id);
	if (!h) {
		refuse_ended(r, op, audit_id);
		return;
	}
	snprintf(why, sizeof(why), "%s by uid %u%s%.100s", allow ? "approved" : "denied",
		 r->uid,
		 note && note->type == AGATE_STR && note->as.str.len ? ": " : "",
		 note && note->type == AGATE_STR ? note->as.str.ptr : "");
	if (!h->ud) {
		decide_unheld(r, op, h, allow, why);
		return;
	}
	decision = agated_hold_resolve(d, h, allow ? AGATED_HOLD_APPROVED : AGATED_HOLD_DENIED,
				       r->uid, why);
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "audit_id", audit_id);
	agated_pk_ku64(&pk, "decision_audit_id", decision);
	agated_pk_kstr(&pk, "verdict", allow && decision ? "allow" : "block");
	agated_reply_end(r, 5);
}

void agated_op_approve(agated_req *r, const agate_value *req)
{
	handle_decide(r, AGATE_OP_APPROVE, req, true);
}

void agated_op_deny(agated_req *r, const agate_value *req)
{
	handle_decide(r, AGATE_OP_DENY, req, false);
}

/* What the approver approves: the call's arguments as JSON, cut at
 * PENDING_ARGS_MAX bytes (on a character boundary, "..." added) so that
 * a list of LIST_MAX stays within a client's 1 MiB reply limit. */
#define PENDING_ARGS_MAX 512u
static void pack_args(msgpack_packer *pk, const char *args)
{
	size_t n = args ? strlen(args) : 0, keep = n;

	if (!args) {
		agated_pk_kstr(pk, "args", "{}");
		return;
	}
	if (n <= PENDING_ARGS_MAX) {
		agated_pk_kstr(pk, "args", args);
		return;
	}
	keep = PENDING_ARGS_MAX - 3;
	while (keep > 0 && ((unsigned char)args[keep] & 0xC0) == 0x80)
		keep--;
	agated_pk_key(pk, "args");
	msgpack_pack_str(pk, keep + 3);
	msgpack_pack_str_body(pk, args, keep);
	msgpack_pack_str_body(pk, "...", 3);
}

void agated_op_pending(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	int64_t now = (int64_t)uv_now(d->loop);
	msgpack_packer pk;
	size_t off;
	uint32_t n = 0;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "total", agated_reviews_count(d->reviews));
	agated_pk_ku64(&pk, "grants", agated_reviews_grant_count(d->reviews));
	agated_pk_key(&pk, "pending");
	off = agated_pk_array_begin(&r->out);
	for (agated_hold *h = agated_reviews_first(d->reviews); h && n < LIST_MAX;
	     h = h->next, n++) {
		msgpack_pack_map(&pk, 12);
		agated_pk_ku64(&pk, "audit_id", h->audit_id);
		agated_pk_kbool(&pk, "held", h->ud != NULL);
		agated_pk_kstr(&pk, "agent", h->agent);
		agated_pk_kstr(&pk, "session", h->session);
		agated_pk_kstr(&pk, "tool", h->tool);
		pack_args(&pk, h->args);
		agated_pk_kstr(&pk, "rule", h->rule);
		agated_pk_kstr(&pk, "reason", h->reason);
		agated_pk_kdbl(&pk, "age", (double)(now - h->since_ms) / 1000.0);
		agated_pk_ki64(&pk, "timeout_in",
			       (int64_t)d->cfg->review_timeout_s - (now - h->since_ms) / 1000);
		agated_pk_ki64(&pk, "uid", h->peer_uid);
		agated_pk_ki64(&pk, "pid", h->peer_pid);
	}
	agated_pk_array_end(&r->out, off, n);
	agated_reply_end(r, 5);
}

void agated_op_resume(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	const agate_value *a = agate_value_get(req, "agent", 5);
	const agate_value *s = agate_value_get(req, "session", 7);
	agated_session *sess;
	msgpack_packer pk;
	char why[200];

	if (!a || a->type != AGATE_STR || (s && s->type != AGATE_STR)) {
		fail(r, AGATE_OP_RESUME, AGATE_ERR_BAD_REQUEST,
		     "agent (and session) must be strings");
		return;
	}
	sess = agated_sessions_get(d->sessions, a->as.str.ptr, a->as.str.len,
				   s ? s->as.str.ptr : "", s ? s->as.str.len : 0,
				   (int64_t)uv_now(d->loop), false);
	if (!sess || !agated_session_stopped(sess)) {
		agated_stats_error(d->stats, AGATE_ERR_NOT_FOUND);
		agated_reply_error(r, AGATE_ERR_NOT_FOUND,
				   !a->as.str.len && (!s || !s->as.str.len)
				   ? "the anonymous session (no agent, no session) is not stopped"
				   : "no stopped session by that name");
		return;
	}
	snprintf(why, sizeof(why), "resumed by uid %u (was: %.150s)", r->uid,
		 agated_session_stop_reason(sess));
	agated_session_resume(sess);
	agated_info("admin: %s for agent='%.64s' session='%.64s'", why,
		    a->as.str.ptr, s ? s->as.str.ptr : "");
	agated_audit_simple(d, r, AGATE_OP_RESUME, "allow", NULL, why,
			    a->as.str.ptr, s ? s->as.str.ptr : "", NULL);
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_kbool(&pk, "resumed", true);
	agated_reply_end(r, 3);
}

void agated_op_sessions(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	int64_t now = (int64_t)uv_now(d->loop);
	uint64_t limit = LIST_MAX;
	msgpack_packer pk;
	size_t off;
	uint32_t n = 0;

	if (agate_value_get(req, "limit", 5) && !get_u64(req, "limit", &limit)) {
		agated_reply_error(r, AGATE_ERR_BAD_REQUEST, "limit must be an unsigned integer");
		return;
	}
	if (limit > LIST_MAX)
		limit = LIST_MAX;
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "total", agated_sessions_count(d->sessions));
	agated_pk_key(&pk, "sessions");
	off = agated_pk_array_begin(&r->out);
	for (agated_session *s = agated_sessions_first(d->sessions); s && n < limit;
	     s = agated_session_next(s), n++) {
		msgpack_pack_map(&pk, 8);
		agated_pk_kstr(&pk, "agent", agated_session_agent(s));
		agated_pk_kstr(&pk, "session", agated_session_name(s));
		agated_pk_ku64(&pk, "actions", agated_session_actions(s));
		agated_pk_kbool(&pk, "stopped", agated_session_stopped(s));
		agated_pk_kstr(&pk, "stop_rule", agated_session_stop_rule(s));
		agated_pk_kbool(&pk, "registered", agated_session_spec(s) != NULL);
		agated_pk_kdbl(&pk, "session_drift", agated_session_drift(s)->session_drift);
		agated_pk_kdbl(&pk, "idle", (double)(now - agated_session_last_used(s)) / 1000.0);
	}
	agated_pk_array_end(&r->out, off, n);
	agated_reply_end(r, 4);
}

void agated_op_reload(agated_req *r, const agate_value *req)
{
	const agate_value *force = agate_value_get(req, "force", 5);
	agate_str label;

	if (force && force->type != AGATE_BOOL && force->type != AGATE_NIL) {
		fail(r, AGATE_OP_RELOAD, AGATE_ERR_BAD_REQUEST, "force must be a boolean");
		return;
	}
	if (!opt_str(req, "label", &label, (agate_str){ 0 })) {
		fail(r, AGATE_OP_RELOAD, AGATE_ERR_BAD_REQUEST, "label must be a string");
		return;
	}
	if (label.ptr) {
		r->reload_label = strndup(label.ptr, label.len);
		if (!r->reload_label) {
			fail(r, AGATE_OP_RELOAD, AGATE_ERR_INTERNAL, "out of memory");
			return;
		}
		if (strlen(r->reload_label) != label.len ||
		    !agated_config_label_ok(r->reload_label)) {
			fail(r, AGATE_OP_RELOAD, AGATE_ERR_BAD_REQUEST,
			     "label must be 1 to 200 printable characters");
			return;
		}
	}
	agated_info("admin: reload asked by uid=%u", r->uid);
	r->d->up.reload(r->d, r, force && force->type == AGATE_BOOL && force->as.boolean);
}
