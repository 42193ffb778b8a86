/* ops.h - the ops of protocol v1, as the loop sees them: conn.c hands
 * each complete frame (or a framing fault) to dispatch.c with a request
 * it has made and queued, and ends the hold of a request whose peer went
 * away; server.c sweeps and ends review holds and frees the agent
 * bindings. The ops call back up only through d->up.
 *
 * Fail closed everywhere: any error on the way to a verdict ends as an
 * error reply carrying verdict "block", and every request that reaches
 * the decision path leaves an audit row, refused ones included.
 */
#ifndef AGATE_DAEMON_OPS_OPS_H
#define AGATE_DAEMON_OPS_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "daemon/daemon.h"
#include "policy/base/diag.h"

/* dispatch.c: r is a new request, queued on its connection by conn.c */
void agated_handle_frame(agated_req *r, const char *buf, size_t len);
/* a frame header announced more than max-frame: answer and audit */
void agated_handle_too_large(agated_req *r, uint32_t len);
/* the peer closed in the middle of a frame */
void agated_handle_truncated(agated_req *r, size_t have, size_t want);
/* a whole frame that is not run: answered and audited with code (e.g.
 * overloaded when the connections' memory budget is spent) */
void agated_handle_refused(agated_req *r, const char *buf, size_t len,
			   const char *code, const char *message);
/* a frame header announced more than the memory budget can buffer now:
 * answered overloaded and audited (conn.c then closes, as for too_large) */
void agated_handle_no_room(agated_req *r, uint32_t len, const char *why);
/* the peer began a frame and did not finish it within read-timeout
 * (secs): audited, since every attempt leaves a row (conn.c then closes) */
void agated_handle_stalled(agated_req *r, size_t have, size_t want, unsigned secs);

/* check.c: review holds */
void agated_holds_sweep(agated *d);
/* How a held check ends; each is its own op in the decision's audit
 * row: approve, deny, review_timeout (the timeout and the shutdown),
 * review_abandoned (its caller went away: nobody could act on an
 * answer, so it is blocked at once). */
typedef enum agated_hold_end {
	AGATED_HOLD_APPROVED,
	AGATED_HOLD_DENIED,
	AGATED_HOLD_TIMED_OUT,
	AGATED_HOLD_CALLER_GONE,
} agated_hold_end;
/* Resolve a held check: allow when approved, else block; by is the
 * deciding uid, or -1 (timeout, caller gone). why is the row's reason.
 * Returns the decision's audit id (0 none). */
uint64_t agated_hold_resolve(agated *d, agated_hold *h, agated_hold_end how,
			     int64_t by_uid, const char *why);
void agated_holds_cancel_all(agated *d, const char *why);

/* reload_row.c: one reload attempt, as its audit row says it */
typedef struct agated_reload_attempt {
	const char *who;        /* "admin", "signal", "watch", "bundle" or "start-up" */
	agated_req *asker;      /* the first admin request it serves, or NULL;
				   in sync mode its reply waits for the row */
	size_t requests;        /* admin requests it serves */
	bool force;
	const char *outcome;    /* "loaded", "failed", "refused" or "not-started" */
	/* the rule set in force after the attempt: the new one when it
	 * loaded, else the one that stays (the row's generation, digest and
	 * label columns, as in every other row) */
	uint64_t generation;
	const char *digest;
	const char *label;      /* the operator's label, or NULL */
	uint64_t previous;      /* the generation in force before it (0: none) */
	const char *built;      /* digest of what a failed or refused attempt
				   built (args_json), NULL when nothing compiled */
	size_t rules, dropped, errors;
	const char *message;    /* for people */
	/* the signed bundle the attempt is about, its digest "" when it was
	 * refused before one could be read, NULL for the local rules: the
	 * row's tool is then "bundle" (docs/fleet.md) */
	const char *bundle_digest;
	uint64_t bundle_revision;   /* 0 when refused before it was read */
	/* a failed start-up's: the rule paths and the label it tried
	 * (files NULL: not listed) */
	const char *const *files;
	size_t nfiles;
	const char *tried_label;
} agated_reload_attempt;
/* Write the attempt's row. Returns 0 and *audit_id (may be NULL), or the
 * submit error (logged). Borrows everything in at. */
int agated_audit_reload(agated *d, const agated_reload_attempt *at, uint64_t *audit_id);
/* The row of a start-up whose policy did not load (err, with diags'
 * errors; diags may be NULL): outcome failed, generation 0 (no rule set
 * in force), the first error in the reason, the configured rule paths and
 * label in args_json. Call it once the audit log is open and the socket
 * is taken (no other agated writes this log); the row is committed when
 * the log is closed. As agated_audit_reload. */
int agated_audit_startup_failed(agated *d, int err, const agate_diags *diags,
				uint64_t *audit_id);

/* register.c */
void agated_bindings_free(agated *d);

#endif
