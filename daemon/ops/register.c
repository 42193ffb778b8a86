/* register.c - the register op, and the agent bindings it makes: the
 * first uid to register an agent name owns it (rule files may bind it
 * first), and check refuses the name from any other uid.
 */
#include "daemon/ops/ops_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/ops/ops.h"
#include "policy/base/json.h"
#include "schema/protocol.h"

#define BIND_MAX 65536u
#define BIND_BUCKETS 4096u

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
int64_t bound_uid(agated *d, const agated_snapshot *snap, agate_str agent)
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

/* ---- register ------------------------------------------------------- */

void agated_op_register(agated_req *r, const agate_value *req)
{
	agated *d = r->d;
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
	if (bound >= 0 && bound != (int64_t)r->uid) {
		snprintf(msg, sizeof(msg), "agent '%.64s' is bound to another uid",
			 agent.ptr);
		refuse(r, "register", req, AGATE_ERR_FORBIDDEN, msg);
		goto out;
	}
	if (bound < 0) {
		/* the first uid to register an agent owns its name */
		e = binding_add(d, agent.ptr, agent.len, r->uid);
		if (e) {
			refuse(r, "register", req, AGATE_ERR_OVERLOADED,
			       "too many registered agents");
			goto out;
		}
		bound = r->uid;
	}
	spec.agent = agent.ptr;
	spec.role = role.len ? role.ptr : NULL;
	spec.purpose = purpose.ptr;
	spec.scope = scope;
	spec.uid = bound;
	s = agated_sessions_open(d->sessions, agent.ptr, agent.len, session.ptr,
				 session.len, r->uid, (int64_t)uv_now(d->loop), &e);
	if (!s) {
		refuse(r, "register", req, agated_sessions_error_code(e),
		       agated_sessions_strerror(e));
		goto out;
	}
	if (agated_session_register(s, &spec)) {
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
	rec.peer_uid = r->uid;
	rec.peer_pid = r->pid;
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

