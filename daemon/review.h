/* review.h - calls held for an operator (enforcement `review`).
 *
 * A plain bounded list keyed by the check's audit id; the daemon decides
 * what approve, deny and timeouts do. Loop thread only.
 */
#ifndef AGATE_DAEMON_REVIEW_H
#define AGATE_DAEMON_REVIEW_H

#include <stddef.h>
#include <stdint.h>

typedef struct agated_hold {
	struct agated_hold *prev, *next;
	uint64_t audit_id;     /* of the check's own audit row */
	uint64_t request_id;
	char *agent, *session, *tool, *rule, *reason;
	int64_t since_ms;      /* monotonic */
	int64_t peer_uid;
	int64_t peer_pid;
	uint64_t generation;
	void *ud;              /* the daemon's held request */
} agated_hold;

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
/* Oldest first. */
agated_hold *agated_reviews_first(agated_reviews *rv);
size_t agated_reviews_count(const agated_reviews *rv);

#endif
