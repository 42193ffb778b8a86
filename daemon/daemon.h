/* daemon.h - the daemon's state, struct agated, shared by the loop
 * (server.c), the connections (conn.c) and the ops (ops/). Only daemon/
 * includes it.
 *
 * Everything here is used on the loop thread, except the configuration,
 * which a reload reads on a worker (it never changes after start).
 */
#ifndef AGATE_DAEMON_DAEMON_H
#define AGATE_DAEMON_DAEMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uv.h>

#include "daemon/audit.h"
#include "daemon/config.h"
#include "daemon/review.h"
#include "daemon/session.h"
#include "daemon/snapshot.h"
#include "daemon/stats.h"
#include "policy/base/arena.h"
#include "policy/drift/drift.h"

typedef struct agated agated;
typedef struct agated_conn agated_conn;   /* conn.c */
typedef struct agated_req agated_req;     /* ops/request.h */

/* The two calls the ops make back up into the loop, set by agated_run.
 * The ops sit below conn.c and server.c, so they never name them. */
typedef struct agated_upcalls {
	/* a reply on c is ready: send what can be sent, in order */
	void (*flush)(agated_conn *c);
	/* reload the policy; req (NULL for SIGHUP) is answered when the
	 * reload ends */
	void (*reload)(agated *d, agated_req *req, bool force);
} agated_upcalls;

struct agated {
	uv_loop_t *loop;
	agated_config *cfg;
	agated_upcalls up;
	uint32_t self_uid;
	int listen_fd;
	uv_poll_t listen_poll;
	bool listen_open, listen_active;
	bool listen_inherited;     /* socket activation: not ours to unlink */
	uv_timer_t accept_retry;
	uv_timer_t tick;
	unsigned ticks;            /* on_tick runs so far: slower chores run every Nth */
	uv_timer_t grace;          /* shutdown: how long we wait for slow readers (conn.c) */
	bool grace_active;
	uv_signal_t sig_term, sig_int, sig_hup;
	agate_audit *audit;
	/* central audit sinks shipping the local log (sink_pg.h) */
	struct agated_pgsink **pgsinks;
	size_t npgsinks;
	/* signed rule bundles (bundle.h, fleet.h): the fetch thread, the
	 * bundle in force (dir NULL: the local rules) and the one a reload
	 * is to try next */
	struct agated_bundles *bundles;
	char *bundle_dir;
	uint64_t bundle_rev;
	char bundle_digest[65];
	char *bundle_cand_dir;
	uint64_t bundle_cand_rev;
	char bundle_cand_digest[65];
	agated_snapshot *snap;
	agated_sessions *sessions;
	agated_stats *stats;
	agated_reviews *reviews;
	struct agated_notify *notify; /* the review webhook; NULL when none */
	struct agated_bindings *bindings;
	agate_arena *scratch;     /* one request at a time; reset after each */
	agate_arena *hist_scratch; /* every session's history record works here */
	agate_drift_config drift_cfg;
	agated_conn *conns;
	size_t nconns;
	/* Per uid with connections: how many, and the bytes they hold
	 * (conn.c). A row whose uid has no connection left is reused. */
	struct agated_uid_use { uint32_t uid; uint32_t n; size_t mem; } *uids;
	size_t nuids;
	size_t conn_mem;           /* bytes all connections hold (conn.c) */
	size_t conn_mem_high;      /* conn_mem's peak since memory was last trimmed */
	bool reloading;
	bool reload_again;         /* another reload was asked for meanwhile */
	agated_req *reload_waiters;   /* served by the running reload */
	agated_req *reload_queued;    /* served by the next one */
	uint64_t reloads_ok, reloads_failed;
	/* who asked for the next reload when no admin request did: "signal"
	 * or "watch" (server.c) */
	const char *reload_cause;
	struct agated_watch *watch; /* the rule watch (watch.c), or NULL */
	int64_t start_ms;          /* wall clock */
	uint64_t start_hr;
	bool stopping;
	int handles_open;
	int exit_code;
	uint64_t conns_total, conns_refused, conns_reclaimed;
	/* The audit log refusing rows: logged when it starts and when it
	 * ends, with the count between (ops/request.c), not per request. */
	int audit_trouble;         /* the negative errno in force, 0 none */
	uint64_t audit_trouble_refused;
	uint64_t audit_trouble_since; /* uv_now */
	/* finished requests kept with their buffers for the next ones */
	agated_req *free_reqs;
	size_t nfree_reqs;
};

#endif
