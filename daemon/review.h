/* review.h - calls waiting for an operator (enforcement `review`), and
 * the grants an approval of an unheld one leaves behind.
 *
 * A review is held (its client waits for the reply: ud is the held
 * request) or unheld (the client asked with hold:false and was answered
 * `review` at once: ud is NULL). Both sit in one bounded list keyed by
 * the check's audit id, so max-reviews, `pending` and the timeout cover
 * both. Approving an unheld review turns it into a grant: that exact call
 * (agent, session, tool and the digest of its arguments and text) is
 * allowed once, until the grant expires. Grants sit in a second bounded
 * list. The daemon decides what approve, deny and timeouts do. Loop
 * thread only.
 */
#ifndef AGATE_DAEMON_REVIEW_H
#define AGATE_DAEMON_REVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "policy/base/value.h"

#define AGATED_DIGEST_LEN 32 /* SHA-256 */

typedef struct agated_hold {
	struct agated_hold *prev, *next;
	uint64_t audit_id;     /* of the check's own audit row */
	uint64_t request_id;
	char *agent, *session, *tool, *rule, *reason;
	int64_t since_ms;      /* monotonic */
	int64_t peer_uid;
	int64_t peer_pid;
	uint64_t generation;
	char *args;            /* the call's arguments as JSON, cut at AGATED_HOLD_ARGS_MAX; NULL none */
	void *ud;              /* the daemon's held request; NULL: unheld */
	unsigned char digest[AGATED_DIGEST_LEN]; /* unheld: agated_call_digest */
} agated_hold;

/* An approved unheld review: the call it may allow once. */
typedef struct agated_grant {
	struct agated_grant *next;
	char *agent, *session, *tool;
	unsigned char digest[AGATED_DIGEST_LEN];
	int64_t expires_ms;        /* monotonic */
	uint64_t review_audit_id;  /* the check that was sent to review */
	uint64_t approve_audit_id; /* the approval's row */
	int64_t by_uid;            /* who approved */
} agated_grant;

typedef struct agated_reviews agated_reviews;

agated_reviews *agated_reviews_new(size_t max); /* NULL on ENOMEM */
/* Frees every hold still listed (their ud is the caller's concern). */
void agated_reviews_free(agated_reviews *rv);

/* Add a hold; strings are copied. Returns it, or NULL when the list is
 * full or memory runs out (the caller then blocks the call). */
agated_hold *agated_reviews_add(agated_reviews *rv, uint64_t audit_id,
				uint64_t request_id, const char *agent,
				const char *session, const char *tool,
				const char *rule, const char *reason,
				int64_t since_ms, int64_t uid, int64_t pid,
				uint64_t generation, void *ud);
agated_hold *agated_reviews_find(agated_reviews *rv, uint64_t audit_id);
/* Unlink and free h. */
void agated_reviews_remove(agated_reviews *rv, agated_hold *h);
/* Keep (a copy of) the call's arguments as JSON for `pending` and the
 * webhook, cut to AGATED_HOLD_ARGS_MAX bytes on a character boundary with
 * "..." appended (a review list must not cost max-reviews times
 * max-frame). Returns 0, or -ENOMEM (h keeps no arguments). */
#define AGATED_HOLD_ARGS_MAX 2048
int agated_hold_set_args(agated_hold *h, const char *json);

/* How reviews ended, remembered for the last AGATED_REVIEWS_ENDED of them
 * so that a late approve or deny can say why the call no longer waits
 * instead of only "not found". how is copied (cut to 95 bytes);
 * decision_id is the ending's audit row (0 none). */
#define AGATED_REVIEWS_ENDED 256
void agated_reviews_note_end(agated_reviews *rv, uint64_t audit_id, const char *how,
			     uint64_t decision_id);
/* How review audit_id ended, or NULL when it is not remembered. */
const char *agated_reviews_ended(const agated_reviews *rv, uint64_t audit_id,
				 uint64_t *decision_id);
/* Oldest first. */
agated_hold *agated_reviews_first(agated_reviews *rv);
/* Held and unheld reviews. */
size_t agated_reviews_count(const agated_reviews *rv);

/* SHA-256 over agent, session and tool (each with its length), a
 * canonical form of args (map keys sorted bytewise at every depth, each
 * value tagged with its type; NULL is the empty map) and text (absent
 * when text.ptr is NULL, which differs from ""). Two checks of the same
 * call give the same digest whatever the order of their map keys.
 * Returns 0, or -ENOMEM. */
int agated_call_digest(agate_str agent, agate_str session, agate_str tool,
		       const agate_value *args, agate_str text,
		       unsigned char out[AGATED_DIGEST_LEN]);

/* A grant for the unheld review h (strings copied; h is untouched), or
 * NULL when memory runs out. The caller owns it until it is added. */
agated_grant *agated_grant_new(const agated_hold *h, int64_t expires_ms,
			       uint64_t approve_audit_id, int64_t by_uid);
void agated_grant_free(agated_grant *g);
/* Add g (the list owns it). -ENOSPC when max grants are listed: the
 * caller keeps g. Expired grants are dropped first. */
int agated_reviews_add_grant(agated_reviews *rv, agated_grant *g, size_t max,
			     int64_t now_ms);
/* The unexpired grant for this exact call, unlinked: the caller owns it
 * (agated_grant_free). NULL when there is none. A grant is used once. */
agated_grant *agated_reviews_take_grant(agated_reviews *rv, const char *agent,
					const char *session, const char *tool,
					const unsigned char digest[AGATED_DIGEST_LEN],
					int64_t now_ms);
/* Drop expired grants; returns how many were dropped. */
size_t agated_reviews_expire_grants(agated_reviews *rv, int64_t now_ms);
size_t agated_reviews_grant_count(agated_reviews *rv);

#endif
