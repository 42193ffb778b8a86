/* server.h - agated's loop: the listening socket, connections, requests
 * and their ordered replies. Shared by server.c (listener, signals,
 * reload, shutdown), conn.c (framing, flow control, ordered writes),
 * handlers.c (the ops) and admin.c (admin ops); nothing outside daemon/
 * includes it.
 *
 * Everything here runs on the loop thread, except the body of a reload,
 * which builds a snapshot on a worker and touches nothing else.
 */
#ifndef AGATE_DAEMON_SERVER_H
#define AGATE_DAEMON_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <msgpack.h>
#include <uv.h>

#include "audit.h"
#include "config.h"
#include "review.h"
#include "session.h"
#include "snapshot.h"
#include "stats.h"
#include "policy/base/arena.h"
#include "policy/drift/drift.h"
#include "policy/base/value.h"

typedef struct agated agated;
typedef struct agated_conn agated_conn;
typedef struct agated_req agated_req;

/* One request, from its frame to its reply. It sits in its connection's
 * queue so replies leave in request order; a request whose connection
 * went away (conn NULL) lives on until nothing waits for it. */
struct agated_req {
	agated_req *next;
	agated_conn *conn;
	agated *d;
	uint64_t id;
	uint64_t t0;            /* uv_hrtime when the frame was complete */
	msgpack_sbuffer out;    /* reply frame, header included, once packed */
	bool packed;
	unsigned waits;         /* audit rows, holds, reloads still pending */
	bool is_check;
	bool audit_bad;         /* a row failed: the reply is audit_unavailable */
	bool reload_force;
	agated_hold *hold;      /* while held for review */
	msgpack_sbuffer rest;   /* check: reply members after id/ok/verdict/reason */
	uint32_t nrest;
	uint64_t audit_id;
	char *agent, *session, *tool; /* check: for the review decision row */
	uint64_t generation;
	char *digest;
	agated_req *reload_next; /* waiters of one reload */
};

struct agated_conn {
	uv_pipe_t pipe;
	agated *d;
	agated_conn *prev, *next;
	uint32_t uid;
	int32_t pid;
	char *rbuf;
	size_t rlen, rcap;
	agated_req *qhead, *qtail;
	size_t nq;
	size_t write_bytes;       /* bytes handed to uv_write, not yet written */
	int64_t partial_since;    /* uv_now when an unfinished frame began; 0 none */
	int64_t last_active;
	bool paused;              /* reading stopped for flow control */
	bool closing;
	bool close_after_flush;   /* answer what is queued, then close */
	bool shut;                /* uv_shutdown issued */
	/* Replies ready to go out, in order: gathered so that replies made
	 * together leave in one write, sent with uv_try_write, and handed
	 * to uv_write only when the socket is full. */
	char *obuf;
	size_t olen, ocap;
	bool writing;             /* a uv_write is in flight (write_bytes) */
};

struct agated {
	uv_loop_t *loop;
	agated_config *cfg;
	uint32_t self_uid;
	int listen_fd;
	uv_poll_t listen_poll;
	bool listen_open, listen_active;
	bool listen_inherited;     /* socket activation: not ours to unlink */
	uv_timer_t accept_retry;
	uv_timer_t tick;
	uv_timer_t grace;          /* shutdown: how long we wait for slow readers */
	bool grace_active;
	uv_signal_t sig_term, sig_int, sig_hup;
	agate_audit *audit;
	agated_snapshot *snap;
	agated_sessions *sessions;
	agated_stats *stats;
	agated_reviews *reviews;
	struct agated_bindings *bindings;
	agate_arena *scratch;     /* one request at a time; reset after each */
	agate_drift_config drift_cfg;
	agated_conn *conns;
	size_t nconns;
	struct { uint32_t uid; uint32_t n; } *uid_counts;
	size_t nuid_counts;
	bool reloading;
	bool reload_again;         /* another reload was asked for meanwhile */
	agated_req *reload_waiters;   /* served by the running reload */
	agated_req *reload_queued;    /* served by the next one */
	uint64_t reloads_ok, reloads_failed;
	int64_t start_ms;          /* wall clock */
	uint64_t start_hr;
	bool stopping;
	int handles_open;
	int exit_code;
	uint64_t conns_total, conns_refused;
	/* finished requests kept with their buffers for the next ones */
	agated_req *free_reqs;
	size_t nfree_reqs;
};

/* server.c */
int agated_run(agated_config *cfg);
/* Ask for a reload; req NULL for SIGHUP. req is answered when it ends. */
void agated_reload(agated *d, agated_req *req, bool force);
int64_t agated_wall_ms(void);

/* conn.c */
int agated_conn_accept(agated *d, int fd);
void agated_conn_flush(agated_conn *c);
void agated_conn_close(agated_conn *c);
void agated_conn_shutdown_all(agated *d);
/* called by the tick timer: read and idle timeouts */
void agated_conn_sweep(agated *d);
/* server.c: the last connection closed during shutdown */
void agated_conns_gone(agated *d);
/* A request's reply is ready or it stopped waiting: send what can be sent,
 * or free it when its connection is gone. */
void agated_req_progress(agated_req *r);
/* Done with r: kept for reuse (agated_req_take) or freed. */
void agated_req_free(agated_req *r);
/* A zeroed request for d, reusing a finished one when there is one; its
 * out/rest buffers may hold memory (size 0). NULL when out of memory. */
agated_req *agated_req_take(agated *d);
/* shutdown: free the kept requests */
void agated_reqs_free_all(agated *d);

/* handlers.c */
void agated_handle_frame(agated_conn *c, const char *buf, size_t len);
/* a frame header announced more than max-frame: answer and audit */
void agated_handle_too_large(agated_conn *c, uint32_t len);
/* the peer closed in the middle of a frame */
void agated_handle_truncated(agated_conn *c, size_t have, size_t want);
/* Begin a reply: 4 header bytes, then a map whose count is patched by
 * agated_reply_end. Returns the map's offset in out. */
void agated_reply_begin(msgpack_sbuffer *out, msgpack_packer *pk);
void agated_reply_end(agated_req *r, uint32_t nmembers);
void agated_reply_error(agated_req *r, const char *code, const char *message);
void agated_holds_sweep(agated *d);
/* resolve a held check: allow (approved), or block; by is the deciding
 * uid, or -1 for a timeout. Returns the decision's audit id (0 none). */
uint64_t agated_hold_resolve(agated *d, agated_hold *h, bool allow,
			     int64_t by_uid, const char *why);
void agated_holds_cancel_all(agated *d, const char *why);
/* audit a refused or administrative request */
void agated_audit_simple(agated *d, agated_req *r, const char *op,
			 const char *verdict, const char *error,
			 const char *reason, const char *agent,
			 const char *session, const char *tool);

/* admin.c */
bool agated_admin_op(const char *op);
void agated_handle_admin(agated_req *r, const char *op, const agate_value *request);
void agated_bindings_free(agated *d);

/* msgpack helpers shared by handlers.c and admin.c */
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

#endif
