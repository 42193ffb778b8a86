/* dispatch.c - a frame becomes a request: decode it, check the
 * envelope (id, v, op), and hand it to its op, or refuse it when the
 * connections' memory is spent; frames too large, cut short, left
 * unfinished or with no room to be read are answered and audited here
 * too.
 */
#include "daemon/ops/ops.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "daemon/log.h"
#include "daemon/ops/ops_int.h"
#include "schema/protocol.h"
#include "schema/wire.h"

/* Every op of protocol v1, and whether it is for administrators: the
 * caller's uid is checked here, once, before an admin op runs. */
struct op {
	const char *name;
	agated_op_fn *run;
	bool admin;
};

static const struct op ops[] = {
	{ AGATE_OP_CHECK, agated_op_check, false },
	{ AGATE_OP_REGISTER, agated_op_register, false },
	{ AGATE_OP_PING, agated_op_ping, false },
	{ AGATE_OP_STATS, agated_op_stats, false },
	{ AGATE_OP_RELOAD, agated_op_reload, true },
	{ AGATE_OP_APPROVE, agated_op_approve, true },
	{ AGATE_OP_DENY, agated_op_deny, true },
	{ AGATE_OP_PENDING, agated_op_pending, true },
	{ AGATE_OP_RESUME, agated_op_resume, true },
	{ AGATE_OP_SESSIONS, agated_op_sessions, true },
};

static const struct op *find_op(const char *name)
{
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (!strcmp(name, ops[i].name))
			return &ops[i];
	return NULL;
}

/* Decode the frame and check its envelope; then run its op, or, when
 * refuse_code is set, refuse it with that code (the reply still carries
 * the request's id, so a pipelining client can tell which one it was). */
static void handle(agated_req *r, const char *buf, size_t len,
		   const char *refuse_code, const char *refuse_msg)
{
	agated *d = r->d;
	agate_value *req = NULL;
	const agate_value *idv, *vv, *opv;
	const struct op *o;
	char err[160], msg[256];
	const char *op;
	int e;

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
	if (refuse_code) {
		refuse(r, op, req, refuse_code, refuse_msg);
		return;
	}
	o = find_op(op);
	if (!o) {
		snprintf(msg, sizeof(msg), "unknown op '%.64s'", op);
		refuse(r, op, req, AGATE_ERR_UNKNOWN_OP, msg);
		return;
	}
	if (o->admin && !agated_config_is_admin(d->cfg, r->uid, d->self_uid)) {
		snprintf(msg, sizeof(msg), "op '%s' is for administrators", op);
		agated_warn("admin: refused op %s from uid=%u pid=%d", op, r->uid, r->pid);
		refuse(r, op, req, AGATE_ERR_FORBIDDEN, msg);
		return;
	}
	o->run(r, req);
}

void agated_handle_frame(agated_req *r, const char *buf, size_t len)
{
	handle(r, buf, len, NULL, NULL);
}

void agated_handle_refused(agated_req *r, const char *buf, size_t len,
			   const char *code, const char *message)
{
	handle(r, buf, len, code, message);
}

void agated_handle_too_large(agated_req *r, uint32_t len)
{
	char msg[160];

	snprintf(msg, sizeof(msg), "frame of %u bytes exceeds the limit of %u bytes",
		 len, r->d->cfg->max_frame);
	agated_warn("conn: uid=%u pid=%d: %s; closing", r->uid, r->pid, msg);
	refuse(r, "frame", NULL, AGATE_ERR_TOO_LARGE, msg);
}

void agated_handle_truncated(agated_req *r, size_t have, size_t want)
{
	char msg[160];

	if (have < AGATE_FRAME_HEADER)
		snprintf(msg, sizeof(msg), "connection closed inside a frame header (%zu of 4 bytes)",
			 have);
	else
		snprintf(msg, sizeof(msg), "truncated frame: connection closed after %zu of %zu bytes",
			 have - AGATE_FRAME_HEADER, want);
	refuse(r, "frame", NULL, AGATE_ERR_BAD_REQUEST, msg);
}

void agated_handle_no_room(agated_req *r, uint32_t len, const char *why)
{
	char msg[200];

	snprintf(msg, sizeof(msg), "no room for a frame of %u bytes: %s", len, why);
	agated_warn("conn: uid=%u pid=%d: %s; closing", r->uid, r->pid, msg);
	refuse(r, "frame", NULL, AGATE_ERR_OVERLOADED, msg);
}

void agated_handle_stalled(agated_req *r, size_t have, size_t want, unsigned secs)
{
	char msg[200];

	if (have < AGATE_FRAME_HEADER)
		snprintf(msg, sizeof(msg), "frame not completed within read-timeout (%u s): "
			 "%zu of 4 header bytes", secs, have);
	else
		snprintf(msg, sizeof(msg), "frame not completed within read-timeout (%u s): "
			 "%zu of %zu bytes", secs, have - AGATE_FRAME_HEADER, want);
	refuse(r, "frame", NULL, AGATE_ERR_BAD_REQUEST, msg);
}
