/* notify.h - the review webhook: a JSON POST to an operator's URL each
 * time a call waits for review, so that someone looks at it.
 *
 * The loop thread only copies the body into a bounded queue
 * (agated_notify_review never blocks and never fails a check); one
 * thread of our own drains it with libcurl, one POST at a time, each
 * bounded by a timeout. A webhook that fails (cannot connect, times out,
 * answers outside 2xx) or a queue that overflows is logged once when it
 * starts and once when it ends, with the count in between, never once per
 * call. A notification is a courtesy: the review itself is unchanged
 * whether it arrives or not.
 *
 * The body (Content-Type: application/json):
 *   {"event":"review","review_id":17,"held":true,"agent":"fin",
 *    "session":"s9","tool":"bank_transfer","args":{...},"rule":"big",
 *    "reason":"...","uid":1000,"pid":4242,"timeout_s":300,
 *    "approve":"agatectl approve 17","deny":"agatectl deny 17"}
 * args is the call's arguments as a JSON object, or a string when they
 * were cut (AGATED_HOLD_ARGS_MAX); approve and deny name --socket when
 * the daemon's socket is not the default one.
 */
#ifndef AGATE_DAEMON_NOTIFY_H
#define AGATE_DAEMON_NOTIFY_H

#include <stddef.h>
#include <stdint.h>

#include "daemon/review.h"

#define AGATED_NOTIFY_QUEUE 256   /* bodies waiting to be posted */
#define AGATED_NOTIFY_TIMEOUT_S 5 /* one POST, connect included */

typedef struct agated_notify agated_notify;

/* Whether url is one we can post to (http:// or https://, no spaces or
 * control characters, at most 2048 bytes). NULL: fine; else why not. */
const char *agated_notify_url_problem(const char *url);

/* Start the poster for url (copied). socket_path (copied; NULL: the
 * default) goes into the ready-made commands. Returns 0, or a negative
 * errno with the reason in err. */
int agated_notify_new(const char *url, const char *socket_path, unsigned timeout_s,
		      agated_notify **out, char *err, size_t errcap);
/* Stop the thread (a POST under way ends within its timeout) and drop
 * what was not posted. NULL is fine. */
void agated_notify_free(agated_notify *n);

/* Queue the notification of review h (held: its caller waits). Copies
 * what it needs; h may go at once. Loop thread. */
void agated_notify_review(agated_notify *n, const agated_hold *h, bool held);

/* Counters for stats: posted (2xx), failed, dropped (queue full). */
void agated_notify_counts(agated_notify *n, uint64_t *posted, uint64_t *failed,
			  uint64_t *dropped);

#endif
