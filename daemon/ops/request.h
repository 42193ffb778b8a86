/* request.h - one request, from its frame to its reply, and what every
 * op uses to answer it: the pool of finished requests, the msgpack and
 * reply builders, the audit row and the refusal.
 */
#ifndef AGATE_DAEMON_OPS_REQUEST_H
#define AGATE_DAEMON_OPS_REQUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <msgpack.h>

#include "daemon/daemon.h"
#include "policy/base/value.h"

/* One request, from its frame to its reply. It sits in its connection's
 * queue so replies leave in request order; a request whose connection
 * went away (conn NULL) lives on until nothing waits for it. conn.c
 * makes it; the ops read uid and pid here and never look into conn. */
struct agated_req {
	agated_req *next;
	agated_conn *conn;
	agated *d;
	uint32_t uid;           /* the peer's credentials, from its connection */
	int32_t pid;
	uint64_t id;
	uint64_t t0;            /* uv_hrtime when the frame was complete */
	msgpack_sbuffer out;    /* reply frame, header included, once packed */
	bool packed;
	unsigned waits;         /* audit rows, holds, reloads still pending */
	bool is_check;
	bool audit_bad;         /* a row failed: the reply is audit_unavailable */
	bool reload_force;
	agated_hold *hold;      /* while held for review */
	uint64_t hold_hr;       /* uv_hrtime when the hold began */
	uint64_t held_ns;       /* how long it was held: not part of its latency */
	uint64_t ready_hr;      /* uv_hrtime when its reply was ready (0: not yet) */
	msgpack_sbuffer rest;   /* check: reply members after id/ok/verdict/reason */
	uint32_t nrest;
	uint64_t audit_id;
	char *agent, *session, *tool; /* check: for the review decision row */
	uint64_t generation;
	char *digest;
	char *reload_label;     /* reload: the label asked for (--label), or NULL */
	char *rules_label;      /* check held for review: its rule set's label, or NULL */
	agated_req *reload_next; /* waiters of one reload */
	size_t charged;         /* bytes counted against its connection (conn.c) */
};

/* The pool. */

/* A zeroed request for d, reusing a finished one when there is one; its
 * out/rest buffers may hold memory (size 0). NULL when out of memory. */
agated_req *agated_req_take(agated *d);
/* Done with r: kept for reuse (agated_req_take) or freed. */
void agated_req_free(agated_req *r);
/* A request's reply is ready or it stopped waiting: send what can be sent,
 * or free it when its connection is gone. */
void agated_req_progress(agated_req *r);
/* Note when r's reply became ready (packed, nothing left to wait for),
 * once: its latency ends there, not when the replies before it on its
 * connection have left. */
void agated_req_mark_ready(agated_req *r);
/* r's time inside the daemon: from its frame to its reply being ready,
 * less the time it was held for review (stats' latency_ns.total). */
uint64_t agated_req_latency_ns(const agated_req *r);
/* shutdown: free the kept requests */
void agated_reqs_free_all(agated *d);
/* The bytes r holds now: itself, its reply buffers and its strings. */
size_t agated_req_bytes(const agated_req *r);
/* Make sure sb can take n bytes without growing (msgpack's own first
 * step is 8 KiB, sixteen times a check's reply). Best effort: when out of
 * memory the writes that follow fail as they would have. */
void agated_sbuf_reserve(msgpack_sbuffer *sb, size_t n);

/* msgpack helpers */
size_t agated_pk_map_begin(msgpack_sbuffer *sb);
void agated_pk_map_end(msgpack_sbuffer *sb, size_t off, uint32_t n);
size_t agated_pk_array_begin(msgpack_sbuffer *sb);
void agated_pk_array_end(msgpack_sbuffer *sb, size_t off, uint32_t n);
void agated_pk_kstr(msgpack_packer *pk, const char *k, const char *v);
void agated_pk_ku64(msgpack_packer *pk, const char *k, uint64_t v);
void agated_pk_ki64(msgpack_packer *pk, const char *k, int64_t v);
void agated_pk_kdbl(msgpack_packer *pk, const char *k, double v);
void agated_pk_kbool(msgpack_packer *pk, const char *k, bool v);
void agated_pk_key(msgpack_packer *pk, const char *k);

/* Begin a reply: 4 header bytes, then a map whose count is patched by
 * agated_reply_end. Returns the map's offset in out. */
void agated_reply_begin(msgpack_sbuffer *out, msgpack_packer *pk);
void agated_reply_end(agated_req *r, uint32_t nmembers);
void agated_reply_error(agated_req *r, const char *code, const char *message);
/* an error reply (verdict block) in place of whatever r->out held */
void reply_error_pack(agated_req *r, const char *code, const char *message);
int64_t agated_wall_ms(void);

/* A row of r failed: its reply must be audit_unavailable. */
static inline bool audit_failed(agated_req *r)
{
	return r->audit_bad;
}

/* Fill the fields every row shares and submit. In sync mode the request
 * waits for the row's callback. Returns 0 or the submit error. */
int audit_submit(agated *d, agated_req *r, agate_audit_record *rec,
		 uint64_t *audit_id);
/* Submit a row no request waits for (a reload by signal, watch or at
 * start-up): time filled, and generation, digest and label from the
 * policy in force unless rec names a generation. A row that cannot be
 * written is logged as an error. Returns 0 and *audit_id (may be NULL),
 * or the submit error. */
int agated_audit_detached(agated *d, agate_audit_record *rec, uint64_t *audit_id);
/* The audit log is healthy again (called on each tick): ends an episode
 * of refused rows with one line counting them. */
void agated_audit_trouble_check(agated *d);
/* audit a refused or administrative request */
void agated_audit_simple(agated *d, agated_req *r, const char *op,
			 const char *verdict, const char *error,
			 const char *reason, const char *agent,
			 const char *session, const char *tool);
/* Refuse a request: count it, audit it (verdict block), answer an error. */
void refuse(agated_req *r, const char *op, const agate_value *req,
	    const char *code, const char *message);
/* Optional string member: absent -> def; present but not a string -> false. */
static inline bool opt_str(const agate_value *req, const char *key,
			   agate_str *out, agate_str def)
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

#endif
