/* dispatch.c - the ops of protocol v1 that any peer may use (check,
 * register, ping, stats), the refusal path for malformed requests, and
 * review holds.
 *
 * Fail closed everywhere: any error on the way to a verdict ends as an
 * error reply carrying verdict "block", and every request that reaches
 * the decision path leaves an audit row, refused ones included.
 */
#include "daemon/server.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/log.h"
#include "policy/decide.h"
#include "policy/base/json.h"
#include "schema/protocol.h"
#include "schema/wire.h"

#define BIND_MAX 65536u
#define BIND_BUCKETS 4096u

/* ---- msgpack helpers ------------------------------------------------ */

static void put_be32(char *p, uint32_t n)
{
	agate_wire_put_frame_len((unsigned char *)p, n);
}

size_t agated_pk_map_begin(msgpack_sbuffer *sb)
{
	static const char h[5] = { (char)0xdf, 0, 0, 0, 0 };
	size_t off = sb->size;

	msgpack_sbuffer_write(sb, h, sizeof(h));
	return off;
}

void agated_pk_map_end(msgpack_sbuffer *sb, size_t off, uint32_t n)
{
	if (sb->data && sb->size >= off + 5)
		put_be32(sb->data + off + 1, n);
}

size_t agated_pk_array_begin(msgpack_sbuffer *sb)
{
	static const char h[5] = { (char)0xdd, 0, 0, 0, 0 };
	size_t off = sb->size;

	msgpack_sbuffer_write(sb, h, sizeof(h));
	return off;
}

void agated_pk_array_end(msgpack_sbuffer *sb, size_t off, uint32_t n)
{
	agated_pk_map_end(sb, off, n);
}

void agated_pk_key(msgpack_packer *pk, const char *k)
{
	agate_wire_pack_cstr(pk, k);
}

void agated_pk_kstr(msgpack_packer *pk, const char *k, const char *v)
{
	agate_wire_pack_cstr(pk, k);
	agate_wire_pack_cstr(pk, v);
}

void agated_pk_ku64(msgpack_packer *pk, const char *k, uint64_t v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_uint64(pk, v);
}

void agated_pk_ki64(msgpack_packer *pk, const char *k, int64_t v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_int64(pk, v);
}

void agated_pk_kdbl(msgpack_packer *pk, const char *k, double v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_double(pk, v);
}

void agated_pk_kbool(msgpack_packer *pk, const char *k, bool v)
{
	agate_wire_pack_cstr(pk, k);
	if (v)
		msgpack_pack_true(pk);
	else
		msgpack_pack_false(pk);
}

void agated_reply_begin(msgpack_sbuffer *out, msgpack_packer *pk)
{
	static const char hdr[AGATE_FRAME_HEADER] = { 0 };

	/* keep the buffer's memory: requests are reused */
	out->size = 0;
	msgpack_packer_init(pk, out, msgpack_sbuffer_write);
	msgpack_sbuffer_write(out, hdr, sizeof(hdr));
	agated_pk_map_begin(out);
}

static void reply_error_pack(agated_req *r, const char *code, const char *message)
{
	msgpack_packer pk;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", false);
	agated_pk_kstr(&pk, "error", code);
	agated_pk_kstr(&pk, "message", message);
	/* a client that reads only the verdict still fails closed */
	agated_pk_kstr(&pk, "verdict", "block");
	agated_pk_map_end(&r->out, AGATE_FRAME_HEADER, 5);
	put_be32(r->out.data, (uint32_t)(r->out.size - AGATE_FRAME_HEADER));
	r->packed = true;
}

static bool audit_failed(agated_req *r);

void agated_reply_end(agated_req *r, uint32_t nmembers)
{
	if (!r->out.data) {
		reply_error_pack(r, AGATE_ERR_INTERNAL, "out of memory");
		return;
	}
	agated_pk_map_end(&r->out, AGATE_FRAME_HEADER, nmembers);
	put_be32(r->out.data, (uint32_t)(r->out.size - AGATE_FRAME_HEADER));
	r->packed = true;
	if (audit_failed(r))
		reply_error_pack(r, AGATE_ERR_AUDIT, "the verdict could not be recorded");
}

void agated_reply_error(agated_req *r, const char *code, const char *message)
{
	reply_error_pack(r, code, message);
}

int64_t agated_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- audit ---------------------------------------------------------- */

/* r->waits counts the rows a sync-mode reply waits for; a failed row
 * turns the reply into audit_unavailable (never an allow without a row). */
struct audit_ctx {
	agated_req *r;
};

static bool audit_failed(agated_req *r)
{
	return r->audit_bad;
}

static void on_audit_done(void *ud, int status, uint64_t audit_id)
{
	agated_req *r = ud;

	(void)audit_id;
	if (r->waits)
		r->waits--;
	if (status < 0) {
		agated_warn("audit: row for request %llu failed: %s",
			    (unsigned long long)r->id, strerror(-status));
		agated_stats_error(r->d->stats, AGATE_ERR_AUDIT);
		if (r->hold) {
			agated_reviews_remove(r->d->reviews, r->hold);
			r->hold = NULL;
			if (r->waits)
				r->waits--;
		}
		r->audit_bad = true;
		reply_error_pack(r, AGATE_ERR_AUDIT, "the verdict could not be recorded");
	}
	agated_req_progress(r);
}

/* Fill the fields every row shares and submit. In sync mode the request
 * waits for the row's callback. Returns 0 or the submit error. */
static int audit_submit(agated *d, agated_req *r, agate_audit_record *rec,
			uint64_t *audit_id)
{
	bool sync = d->cfg->audit_mode == AGATE_AUDIT_SYNC;
	uint64_t id = 0;
	int e;

	rec->time_ms = agated_wall_ms();
	rec->request_id = r->id;
	if (r->conn && rec->peer_uid == 0 && rec->peer_pid == 0) {
		rec->peer_uid = r->conn->uid;
		rec->peer_pid = r->conn->pid;
	}
	if (!rec->ruleset_digest && d->snap) {
		rec->generation = agated_snapshot_generation(d->snap);
		rec->ruleset_digest = agated_snapshot_digest(d->snap);
	}
	if (!d->audit)
		return -ESHUTDOWN;
	if (sync)
		r->waits++;
	e = agate_audit_submit(d->audit, rec, sync ? on_audit_done : NULL,
			       sync ? r : NULL, &id);
	if (e) {
		if (sync)
			r->waits--;
		agated_warn("audit: cannot submit row for request %llu: %s",
			    (unsigned long long)r->id, strerror(-e));
	}
	if (audit_id)
		*audit_id = id;
	return e;
}

static const char *str_or_null(const agate_value *v)
{
	return v && v->type == AGATE_STR ? v->as.str.ptr : NULL;
}

void agated_audit_simple(agated *d, agated_req *r, const char *op,
			 const char *verdict, const char *error,
			 const char *reason, const char *agent,
			 const char *session, const char *tool)
{
	agate_audit_record rec = { 0 };

	rec.op = op;
	rec.agent = agent;
	rec.session = session;
	rec.tool = tool;
	rec.verdict = verdict;
	rec.error = error;
	rec.reason = reason;
	rec.peer_uid = -1;
	rec.peer_pid = -1;
	if (r->conn) {
		rec.peer_uid = r->conn->uid;
		rec.peer_pid = r->conn->pid;
	}
	(void)audit_submit(d, r, &rec, NULL);
}

/* Refuse a request: count it, audit it (verdict block), answer an error. */
static void refuse(agated_req *r, const char *op, const agate_value *req,
		   const char *code, const char *message)
{
	agated *d = r->d;
	agate_audit_record rec = { 0 };
	const agate_value *args = req ? agate_value_get(req, "args", 4) : NULL;

	agated_stats_error(d->stats, code);
	rec.op = op ? op : "invalid";
	if (req) {
		rec.agent = str_or_null(agate_value_get(req, "agent", 5));
		rec.session = str_or_null(agate_value_get(req, "session", 7));
		rec.tool = str_or_null(agate_value_get(req, "tool", 4));
	}
	rec.args_json = args ? agate_json_encode(d->scratch, args) : NULL;
	rec.verdict = "block";
	rec.error = code;
	rec.reason = message;
	rec.peer_uid = r->conn ? (int64_t)r->conn->uid : -1;
	rec.peer_pid = r->conn ? (int64_t)r->conn->pid : -1;
	(void)audit_submit(d, r, &rec, NULL);
	agated_debug("request %llu refused: %s: %s", (unsigned long long)r->id,
		     code, message);
	reply_error_pack(r, code, message);
}

/* ---- agent to uid bindings (from register) --------------------------- */

struct binding {
	struct binding *next;
	uint32_t uid;
	char name[];
};

struct agated_bindings {
	struct binding *b[BIND_BUCKETS];
	size_t count;
};

static uint32_t bind_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h & (BIND_BUCKETS - 1);
}

static struct binding *binding_find(agated *d, const char *name, size_t n)
{
	if (!d->bindings)
		return NULL;
	for (struct binding *b = d->bindings->b[bind_hash(name, n)]; b; b = b->next)
		if (strlen(b->name) == n && !memcmp(b->name, name, n))
			return b;
	return NULL;
}

static int binding_add(agated *d, const char *name, size_t n, uint32_t uid)
{
	struct binding *b;
	uint32_t h;

	if (!d->bindings && !(d->bindings = calloc(1, sizeof(*d->bindings))))
		return -ENOMEM;
	if (d->bindings->count >= BIND_MAX)
		return -ENOSPC;
	b = malloc(sizeof(*b) + n + 1);
	if (!b)
		return -ENOMEM;
	b->uid = uid;
	memcpy(b->name, name, n);
	b->name[n] = '\0';
	h = bind_hash(name, n);
	b->next = d->bindings->b[h];
	d->bindings->b[h] = b;
	d->bindings->count++;
	return 0;
}

void agated_bindings_free(agated *d)
{
	if (!d->bindings)
		return;
	for (size_t i = 0; i < BIND_BUCKETS; i++) {
		struct binding *b = d->bindings->b[i], *n;
		for (; b; b = n) {
			n = b->next;
			free(b);
		}
	}
	free(d->bindings);
	d->bindings = NULL;
}

/* The uid an agent is bound to (rule files first, then register), -1 none. */
static int64_t bound_uid(agated *d, const agated_snapshot *snap, agate_str agent)
{
	int64_t u;
	struct binding *b;

	if (!agent.len)
		return -1;
	u = agated_snapshot_agent_uid(snap, agent.ptr, agent.len);
	if (u >= 0)
		return u;
	b = binding_find(d, agent.ptr, agent.len);
	return b ? (int64_t)b->uid : -1;
}

/* ---- request fields ------------------------------------------------- */

/* Optional string member: absent -> def; present but not a string -> false. */
static bool opt_str(const agate_value *req, const char *key, agate_str *out,
		    agate_str def)
{
	const agate_value *v = agate_value_get(req, key, strlen(key));

	if (!v || v->type == AGATE_NIL) {
		*out = def;
		return true;
	}
	if (v->type != AGATE_STR)
		return false;
	*out = v->as.str;
	return true;
}

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

static void handle_check(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	agated_conn *c = r->conn;
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
	if (bound >= 0 && bound != (int64_t)c->uid) {
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
	act.peer_uid = c->uid;
	act.peer_pid = c->pid;

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
	rec.peer_uid = c->uid;
	rec.peer_pid = c->pid;
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
			v.rule, v.reason, (int64_t)uv_now(d->loop), c->uid, c->pid,
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

/* ---- register ------------------------------------------------------- */

static void handle_register(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	agated_conn *c = r->conn;
	agated_snapshot *snap = agated_snapshot_ref(d->snap);
	agate_str agent, session, purpose, role;
	const agate_value *tools_v, *scope;
	agate_identity_spec spec = { 0 };
	const char **tools = NULL;
	agated_session *s;
	agate_audit_record rec = { 0 };
	msgpack_packer pk;
	int64_t bound;
	char msg[256];
	int e;

	if (!opt_str(req, "agent", &agent, AGATE_STR_LIT("")) || agent.len == 0) {
		refuse(r, "register", req, AGATE_ERR_BAD_REQUEST,
		       "agent must be a non-empty string");
		goto out;
	}
	if (!opt_str(req, "session", &session, AGATE_STR_LIT("")) ||
	    !opt_str(req, "purpose", &purpose, AGATE_STR_LIT("")) ||
	    !opt_str(req, "role", &role, AGATE_STR_LIT(""))) {
		refuse(r, "register", req, AGATE_ERR_BAD_REQUEST,
		       "session, purpose and role must be strings");
		goto out;
	}
	if (!agate_value_get(req, "purpose", 7)) {
		refuse(r, "register", req, AGATE_ERR_BAD_REQUEST, "missing purpose");
		goto out;
	}
	tools_v = agate_value_get(req, "tools", 5);
	if (tools_v && tools_v->type != AGATE_NIL) {
		if (tools_v->type != AGATE_ARRAY) {
			refuse(r, "register", req, AGATE_ERR_BAD_REQUEST,
			       "tools must be a list of strings");
			goto out;
		}
		tools = agate_arena_alloc(d->scratch,
					  (tools_v->as.array.len + 1) * sizeof(*tools));
		if (!tools) {
			refuse(r, "register", req, AGATE_ERR_BAD_REQUEST, "too many tools");
			goto out;
		}
		for (uint32_t i = 0; i < tools_v->as.array.len; i++) {
			if (tools_v->as.array.items[i].type != AGATE_STR) {
				refuse(r, "register", req, AGATE_ERR_BAD_REQUEST,
				       "tools must be a list of strings");
				goto out;
			}
			tools[i] = tools_v->as.array.items[i].as.str.ptr;
		}
		spec.tools = tools;
		spec.ntools = tools_v->as.array.len;
	}
	scope = agate_value_get(req, "scope", 5);
	if (scope && scope->type == AGATE_NIL)
		scope = NULL;
	if (scope && scope->type != AGATE_MAP) {
		refuse(r, "register", req, AGATE_ERR_BAD_REQUEST, "scope must be a map");
		goto out;
	}
	bound = bound_uid(d, snap, agent);
	if (bound >= 0 && bound != (int64_t)c->uid) {
		snprintf(msg, sizeof(msg), "agent '%.64s' is bound to another uid",
			 agent.ptr);
		refuse(r, "register", req, AGATE_ERR_FORBIDDEN, msg);
		goto out;
	}
	if (bound < 0) {
		/* the first uid to register an agent owns its name */
		e = binding_add(d, agent.ptr, agent.len, c->uid);
		if (e) {
			refuse(r, "register", req, AGATE_ERR_OVERLOADED,
			       "too many registered agents");
			goto out;
		}
		bound = c->uid;
	}
	spec.agent = agent.ptr;
	spec.role = role.len ? role.ptr : NULL;
	spec.purpose = purpose.ptr;
	spec.scope = scope;
	spec.uid = bound;
	s = agated_sessions_get(d->sessions, agent.ptr, agent.len, session.ptr,
				session.len, (int64_t)uv_now(d->loop), true);
	if (!s || agated_session_register(s, &spec)) {
		refuse(r, "register", req, AGATE_ERR_INTERNAL,
		       "out of memory for the session");
		goto out;
	}
	agated_session_touch(d->sessions, s);
	rec.op = "register";
	rec.agent = agent.ptr;
	rec.session = session.ptr;
	rec.args_json = agate_json_encode(d->scratch, req);
	rec.verdict = "allow";
	rec.reason = "identity declared";
	rec.peer_uid = c->uid;
	rec.peer_pid = c->pid;
	e = audit_submit(d, r, &rec, &r->audit_id);
	if (e) {
		const char *code = e == -EAGAIN ? AGATE_ERR_OVERLOADED : AGATE_ERR_AUDIT;
		agated_stats_error(d->stats, code);
		reply_error_pack(r, code, "the registration could not be recorded");
		goto out;
	}
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_kstr(&pk, "agent", agent.ptr);
	agated_pk_kstr(&pk, "session", session.ptr);
	agated_pk_ki64(&pk, "uid", bound);
	agated_pk_ku64(&pk, "tools", spec.ntools);
	agated_pk_ku64(&pk, "audit_id", r->audit_id);
	agated_reply_end(r, 7);
out:
	agated_snapshot_unref(snap);
}

/* ---- ping, stats ---------------------------------------------------- */

static void handle_ping(agated_req *r)
{
	msgpack_packer pk;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "v", AGATE_PROTOCOL_VERSION);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(r->d->snap));
	agated_pk_ki64(&pk, "time_ms", agated_wall_ms());
	agated_reply_end(r, 5);
}

static void pack_hist(msgpack_packer *pk, const char *k, const agated_hist *h)
{
	agated_pk_key(pk, k);
	msgpack_pack_map(pk, 7);
	agated_pk_ku64(pk, "count", h->count);
	agated_pk_ku64(pk, "p50", agated_hist_percentile(h, 0.50));
	agated_pk_ku64(pk, "p90", agated_hist_percentile(h, 0.90));
	agated_pk_ku64(pk, "p99", agated_hist_percentile(h, 0.99));
	agated_pk_ku64(pk, "p999", agated_hist_percentile(h, 0.999));
	agated_pk_ku64(pk, "max", h->max);
	agated_pk_ku64(pk, "mean", h->count ? h->sum / h->count : 0);
}

/* The same figures as Prometheus text exposition, for a scraper that a
 * tiny adapter (agatectl stats --prometheus, a textfile collector) feeds. */
static char *prometheus_text(agated *d, const agate_audit_stats *as)
{
	static const char *const vnames[] = { "allow", "block", "review" };
	static const double qs[] = { 0.5, 0.9, 0.99, 0.999 };
	char *buf = NULL;
	size_t len = 0, cursor = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *name;
	uint64_t n;

	if (!f)
		return NULL;
	fprintf(f, "# TYPE agate_uptime_seconds gauge\nagate_uptime_seconds %llu\n",
		(unsigned long long)((uv_hrtime() - d->start_hr) / 1000000000ull));
	fprintf(f, "# TYPE agate_generation gauge\nagate_generation %llu\n",
		(unsigned long long)agated_snapshot_generation(d->snap));
	fprintf(f, "# TYPE agate_rules gauge\nagate_rules %zu\n",
		agated_snapshot_rule_count(d->snap));
	fprintf(f, "# TYPE agate_checks_total counter\nagate_checks_total %llu\n",
		(unsigned long long)agated_stats_checks(d->stats));
	fprintf(f, "# TYPE agate_verdicts_total counter\n");
	for (int i = 0; i < 3; i++)
		fprintf(f, "agate_verdicts_total{verdict=\"%s\"} %llu\n", vnames[i],
			(unsigned long long)agated_stats_verdicts(d->stats, (agate_verdict_kind)i));
	fprintf(f, "# TYPE agate_errors_total counter\n");
	for (size_t i = 0; agated_stats_error_at(d->stats, i, &name, &n); i++)
		fprintf(f, "agate_errors_total{code=\"%s\"} %llu\n", name, (unsigned long long)n);
	fprintf(f, "# TYPE agate_rule_hits_total counter\n");
	while (agated_stats_rule_next(d->stats, &cursor, &name, &n)) {
		fputs("agate_rule_hits_total{rule=\"", f);
		for (const char *p = name; *p; p++) {
			if (*p == '"' || *p == '\\')
				fputc('\\', f);
			if (*p != '\n')
				fputc(*p, f);
		}
		fprintf(f, "\"} %llu\n", (unsigned long long)n);
	}
	for (int k = 0; k < 2; k++) {
		const agated_hist *h = k ? agated_stats_total_hist(d->stats)
					 : agated_stats_eval_hist(d->stats);
		const char *m = k ? "agate_request_seconds" : "agate_eval_seconds";
		fprintf(f, "# TYPE %s summary\n", m);
		for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++)
			fprintf(f, "%s{quantile=\"%g\"} %.9f\n", m, qs[i],
				(double)agated_hist_percentile(h, qs[i]) / 1e9);
		fprintf(f, "%s_sum %.9f\n%s_count %llu\n", m, (double)h->sum / 1e9, m,
			(unsigned long long)h->count);
	}
	fprintf(f, "# TYPE agate_connections gauge\nagate_connections %zu\n", d->nconns);
	fprintf(f, "# TYPE agate_sessions gauge\nagate_sessions %zu\n",
		agated_sessions_count(d->sessions));
	fprintf(f, "# TYPE agate_pending_reviews gauge\nagate_pending_reviews %zu\n",
		agated_reviews_count(d->reviews));
	fprintf(f, "# TYPE agate_audit_queue_depth gauge\nagate_audit_queue_depth %zu\n",
		as->queue_depth);
	fprintf(f, "# TYPE agate_audit_failing gauge\nagate_audit_failing %d\n",
		as->failing ? 1 : 0);
	fprintf(f, "# TYPE agate_audit_written_total counter\nagate_audit_written_total %llu\n",
		(unsigned long long)as->written);
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void handle_stats(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
	msgpack_packer pk;
	agate_audit_stats as;
	size_t off, cursor = 0, i;
	uint32_t n = 0;
	const char *name;
	uint64_t cnt;
	const agate_value *fmt;

	memset(&as, 0, sizeof(as));
	if (d->audit)
		agate_audit_get_stats(d->audit, &as);
	fmt = agate_value_get(req, "format", 6);
	if (fmt && fmt->type == AGATE_STR && agate_str_eq(fmt->as.str, "prometheus")) {
		char *text = prometheus_text(d, &as);
		if (!text) {
			agated_reply_error(r, AGATE_ERR_INTERNAL, "out of memory");
			return;
		}
		agated_reply_begin(&r->out, &pk);
		agated_pk_ku64(&pk, "id", r->id);
		agated_pk_kbool(&pk, "ok", true);
		agated_pk_kstr(&pk, "text", text);
		free(text);
		agated_reply_end(r, 3);
		return;
	}
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", true);
	agated_pk_ku64(&pk, "uptime_s", (uv_hrtime() - d->start_hr) / 1000000000ull);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(d->snap));
	agated_pk_kstr(&pk, "digest", agated_snapshot_digest(d->snap));
	agated_pk_ku64(&pk, "rules", agated_snapshot_rule_count(d->snap));
	agated_pk_ku64(&pk, "checks", agated_stats_checks(d->stats));
	agated_pk_key(&pk, "verdicts");
	msgpack_pack_map(&pk, 3);
	agated_pk_ku64(&pk, "allow", agated_stats_verdicts(d->stats, AGATE_VERDICT_ALLOW));
	agated_pk_ku64(&pk, "block", agated_stats_verdicts(d->stats, AGATE_VERDICT_BLOCK));
	agated_pk_ku64(&pk, "review", agated_stats_verdicts(d->stats, AGATE_VERDICT_REVIEW));
	agated_pk_key(&pk, "errors");
	off = agated_pk_map_begin(&r->out);
	for (i = 0; agated_stats_error_at(d->stats, i, &name, &cnt); i++) {
		agated_pk_ku64(&pk, name, cnt);
		n++;
	}
	agated_pk_map_end(&r->out, off, n);
	agated_pk_key(&pk, "rule_hits");
	off = agated_pk_map_begin(&r->out);
	n = 0;
	while (agated_stats_rule_next(d->stats, &cursor, &name, &cnt)) {
		agated_pk_ku64(&pk, name, cnt);
		n++;
	}
	agated_pk_map_end(&r->out, off, n);
	agated_pk_key(&pk, "latency_ns");
	msgpack_pack_map(&pk, 2);
	pack_hist(&pk, "eval", agated_stats_eval_hist(d->stats));
	pack_hist(&pk, "total", agated_stats_total_hist(d->stats));
	agated_pk_ku64(&pk, "connections", d->nconns);
	agated_pk_ku64(&pk, "connections_total", d->conns_total);
	agated_pk_ku64(&pk, "connections_refused", d->conns_refused);
	agated_pk_ku64(&pk, "sessions", agated_sessions_count(d->sessions));
	agated_pk_ku64(&pk, "sessions_evicted", agated_sessions_evicted(d->sessions));
	agated_pk_ku64(&pk, "pending_reviews", agated_reviews_count(d->reviews));
	agated_pk_ku64(&pk, "reloads", d->reloads_ok);
	agated_pk_ku64(&pk, "reloads_failed", d->reloads_failed);
	agated_pk_key(&pk, "audit");
	msgpack_pack_map(&pk, 8);
	agated_pk_ku64(&pk, "queue_depth", as.queue_depth);
	agated_pk_ku64(&pk, "queue_max", as.queue_max);
	agated_pk_kbool(&pk, "failing", as.failing);
	agated_pk_kstr(&pk, "last_error", as.last_error);
	agated_pk_ku64(&pk, "submitted", as.submitted);
	agated_pk_ku64(&pk, "written", as.written);
	agated_pk_ku64(&pk, "failed", as.failed);
	agated_pk_ku64(&pk, "batches", as.batches);
	agated_pk_kstr(&pk, "audit_mode",
		       d->cfg->audit_mode == AGATE_AUDIT_SYNC ? "sync" : "async");
	agated_reply_end(r, 21);
}

/* ---- dispatch ------------------------------------------------------- */

static agated_req *req_new(agated_conn *c)
{
	agated_req *r = agated_req_take(c->d);

	if (!r)
		return NULL;
	r->conn = c;
	r->t0 = uv_hrtime();
	if (c->qtail)
		c->qtail->next = r;
	else
		c->qhead = r;
	c->qtail = r;
	c->nq++;
	return r;
}

void agated_handle_frame(agated_conn *c, const char *buf, size_t len)
{
	agated *d = c->d;
	agated_req *r = req_new(c);
	agate_value *req = NULL;
	const agate_value *idv, *vv, *opv;
	char err[160], msg[256];
	const char *op;
	int e;

	if (!r) {
		agated_error("out of memory for a request; closing uid=%u", c->uid);
		agated_conn_close(c);
		return;
	}
	e = agate_wire_decode(buf, len, d->cfg->max_depth, d->scratch, &req, err,
			      sizeof(err));
	if (e) {
		snprintf(msg, sizeof(msg), "malformed frame: %s",
			 e == -ENOMEM ? "too complex to decode" : err);
		refuse(r, NULL, NULL, AGATE_ERR_BAD_REQUEST, msg);
		return;
	}
	if (req->type != AGATE_MAP) {
		refuse(r, NULL, NULL, AGATE_ERR_BAD_REQUEST, "request is not a map");
		return;
	}
	idv = agate_value_get(req, "id", 2);
	if (idv && idv->type == AGATE_INT && idv->as.integer >= 0)
		r->id = (uint64_t)idv->as.integer;
	opv = agate_value_get(req, "op", 2);
	op = opv && opv->type == AGATE_STR ? opv->as.str.ptr : NULL;
	if (!idv) {
		refuse(r, op, req, AGATE_ERR_BAD_REQUEST, "missing id");
		return;
	}
	if (idv->type != AGATE_INT || idv->as.integer < 0) {
		refuse(r, op, req, AGATE_ERR_BAD_REQUEST, "id must be an unsigned integer");
		return;
	}
	vv = agate_value_get(req, "v", 1);
	if (!vv) {
		refuse(r, op, req, AGATE_ERR_BAD_REQUEST, "missing v");
		return;
	}
	if (vv->type != AGATE_INT) {
		refuse(r, op, req, AGATE_ERR_BAD_REQUEST, "v must be an integer");
		return;
	}
	if (vv->as.integer != AGATE_PROTOCOL_VERSION) {
		snprintf(msg, sizeof(msg), "protocol version %lld is not supported (this daemon speaks %d)",
			 (long long)vv->as.integer, AGATE_PROTOCOL_VERSION);
		refuse(r, op, req, AGATE_ERR_UNSUPPORTED_VERSION, msg);
		return;
	}
	if (!opv) {
		refuse(r, NULL, req, AGATE_ERR_BAD_REQUEST, "missing op");
		return;
	}
	if (!op) {
		refuse(r, NULL, req, AGATE_ERR_BAD_REQUEST, "op must be a string");
		return;
	}
	if (d->stopping) {
		refuse(r, op, req, AGATE_ERR_OVERLOADED, "daemon is shutting down");
		return;
	}
	if (!strcmp(op, AGATE_OP_CHECK))
		handle_check(r, req);
	else if (!strcmp(op, AGATE_OP_REGISTER))
		handle_register(r, req);
	else if (!strcmp(op, AGATE_OP_PING))
		handle_ping(r);
	else if (!strcmp(op, AGATE_OP_STATS))
		handle_stats(r, req);
	else if (agated_admin_op(op)) {
		if (!agated_config_is_admin(d->cfg, c->uid, d->self_uid)) {
			snprintf(msg, sizeof(msg), "op '%s' is for administrators", op);
			agated_warn("admin: refused op %s from uid=%u pid=%d", op, c->uid, c->pid);
			refuse(r, op, req, AGATE_ERR_FORBIDDEN, msg);
			return;
		}
		agated_handle_admin(r, op, req);
	} else {
		snprintf(msg, sizeof(msg), "unknown op '%.64s'", op);
		refuse(r, op, req, AGATE_ERR_UNKNOWN_OP, msg);
	}
}

void agated_handle_too_large(agated_conn *c, uint32_t len)
{
	agated_req *r = req_new(c);
	char msg[160];

	if (!r) {
		agated_conn_close(c);
		return;
	}
	snprintf(msg, sizeof(msg), "frame of %u bytes exceeds the limit of %u bytes",
		 len, c->d->cfg->max_frame);
	agated_warn("conn: uid=%u pid=%d: %s; closing", c->uid, c->pid, msg);
	refuse(r, "frame", NULL, AGATE_ERR_TOO_LARGE, msg);
}

void agated_handle_truncated(agated_conn *c, size_t have, size_t want)
{
	agated_req *r = req_new(c);
	char msg[160];

	if (!r)
		return;
	if (have < AGATE_FRAME_HEADER)
		snprintf(msg, sizeof(msg), "connection closed inside a frame header (%zu of 4 bytes)",
			 have);
	else
		snprintf(msg, sizeof(msg), "truncated frame: connection closed after %zu of %zu bytes",
			 have - AGATE_FRAME_HEADER, want);
	refuse(r, "frame", NULL, AGATE_ERR_BAD_REQUEST, msg);
}
