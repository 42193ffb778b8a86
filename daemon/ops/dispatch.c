/* dispatch.c - a frame becomes a request: decode it, check the
 * envelope (id, v, op), and hand it to its op; frames too large or cut
 * short are answered and audited here too.
 */
#include "daemon/ops/ops.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "daemon/conn.h"
#include "daemon/log.h"
#include "daemon/ops/ops_int.h"
#include "schema/protocol.h"
#include "schema/wire.h"

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
