/* agate.h - libagate, the C client of agated.
 *
 * #include <agate/agate.h>, cflags and libs from `pkg-config agate`.
 * An agent asks the gate before every tool call:
 *
 *   agate_client *c;
 *   if (agate_client_new(agate_client_default_socket(), 0, &c) < 0)
 *       abort();                       // out of memory only
 *   agate_arena *arena = agate_arena_new(1 << 20);
 *   agate_args a;
 *   agate_args_init(&a, arena);
 *   agate_args_str(&a, "command", "rm -rf /");
 *   agate_check_request rq = { .agent = "code-agent", .session = "s1",
 *                              .tool = "bash", .args = agate_args_done(&a) };
 *   agate_check_reply r;
 *   agate_client_check(c, &rq, arena, &r);
 *   if (r.verdict != AGATE_CHECK_ALLOW)
 *       refuse(r.reason);              // includes every error path
 *   agate_arena_reset(arena);          // frees r's strings
 *
 * FAIL CLOSED. agate_client_check never reports allow unless the daemon
 * answered allow in a well-formed reply. When the socket cannot be
 * reached, an operation times out, or the reply is malformed, the reply is
 * a block whose `error` is "unreachable", "timeout" or "protocol" (or the
 * daemon's own code, such as "overloaded", when it refused the request).
 *
 * Connections are made on demand: the first request connects, and a
 * request after a lost connection reconnects. There is no global state;
 * a client is thread-compatible (use one client per thread, or lock).
 * SIGPIPE is never raised (MSG_NOSIGNAL).
 *
 * Memory: replies are decoded into an agate_arena the caller passes; every
 * pointer in a reply lives until the caller resets or frees that arena.
 *
 * Return values: 0 or a negative errno. The error codes used:
 *   -ECONNREFUSED / -ENOENT / -EACCES ... the socket could not be reached
 *   -ETIMEDOUT  an operation passed the client's timeout
 *   -EPIPE      the connection was lost (closed by the daemon)
 *   -EPROTO     the reply was malformed, out of order or too large
 *   -EREMOTEIO  the daemon answered ok:false (agate_client_call only)
 *   -ENOMEM     out of memory, or the reply arena's limit was reached
 *   -EINVAL     bad arguments
 * After any error except -EREMOTEIO, -EINVAL and -ENOMEM from the caller's
 * arena the connection is closed and pipelined requests still waiting are
 * lost; the next request reconnects.
 */
#ifndef AGATE_CLIENT_AGATE_H
#define AGATE_CLIENT_AGATE_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AGATE_CLIENT_DEFAULT_TIMEOUT_MS 5000
#define AGATE_CLIENT_DEFAULT_SOCKET "/run/agate/agated.sock"
/* agate_client_set_reply_timeout: the default, below */
#define AGATE_CLIENT_REPLY_FROM_DAEMON INT_MIN
/* agated's default review-timeout, assumed when a daemon does not say */
#define AGATE_CLIENT_DEFAULT_REVIEW_TIMEOUT_S 300

typedef struct agate_client agate_client;

/* New client for the socket at path (copied). timeout_ms bounds each
 * connect, send and receive (0: AGATE_CLIENT_DEFAULT_TIMEOUT_MS; negative:
 * wait forever). Does not connect yet. Returns 0 and *out (the caller owns
 * it: agate_client_free), -EINVAL (path NULL, empty or longer than a Unix
 * socket path can be) or -ENOMEM. */
__attribute__((warn_unused_result))
int agate_client_new(const char *path, int timeout_ms, agate_client **out);
/* Closes the connection and frees the client; NULL is fine. */
void agate_client_free(agate_client *c);

/* The path to use when the caller has none: $AGATE_SOCKET when set and
 * non-empty, else ./agate-run/agated.sock when it exists, else
 * AGATE_CLIENT_DEFAULT_SOCKET. The string is static or the environment's;
 * do not free it. */
const char *agate_client_default_socket(void);

void agate_client_set_timeout(agate_client *c, int timeout_ms);
/* How long a receive waits for its reply. A check that a rule sends to
 * review is held by the daemon until an operator decides or the daemon's
 * review-timeout (300 s by default) blocks it. The default,
 * AGATE_CLIENT_REPLY_FROM_DAEMON: a check that may be held (no_hold
 * unset) waits the daemon's review-timeout, which agate_client_check asks
 * with a ping once per connection (`review_timeout_s`), plus the timeout;
 * every other reply waits the timeout. 0: every reply waits the timeout;
 * a positive value: that many ms; negative: forever. */
void agate_client_set_reply_timeout(agate_client *c, int timeout_ms);
/* Largest reply frame accepted (default: AGATE_FRAME_MAX_DEFAULT). */
void agate_client_set_max_frame(agate_client *c, size_t max_frame);

/* Connect now (otherwise the first request does). 0 when connected or
 * already connected; a negative errno otherwise. */
int agate_client_connect(agate_client *c);
/* Close the connection; requests still waiting for replies are dropped. */
void agate_client_close(agate_client *c);
bool agate_client_connected(const agate_client *c);
/* Requests sent on this connection whose replies were not received yet. */
size_t agate_client_pending(const agate_client *c);

/* Machine code and human text of the last failure on this client
 * ("unreachable", "timeout", "protocol", or the daemon's code such as
 * "forbidden"); "" when the last operation succeeded. Owned by the client,
 * valid until its next operation. */
const char *agate_client_error(const agate_client *c);
const char *agate_client_message(const agate_client *c);

/* ---- raw requests and pipelining --------------------------------------
 *
 * A request is a map holding "op" and the op's keys (schema/protocol.h,
 * docs/protocol.md). The library adds "v" and "id" (any "v" or "id" in the
 * map is ignored) and returns the id it used. Replies come back in the
 * order the requests were sent: send N requests, then receive N replies.
 * While a send waits for the socket to accept bytes it also reads replies
 * that have arrived, so pipelining deep never deadlocks. */

/* Frame and send one request. 0 and *id_out (may be NULL), or a negative
 * errno; the caller keeps ownership of request. */
__attribute__((warn_unused_result))
int agate_client_send(agate_client *c, const agate_value *request,
		      uint64_t *id_out);

/* Receive the reply to the oldest request still waiting, decoded into
 * arena: 0 and *reply (a map, whatever its "ok"), or a negative errno
 * (-EINVAL when nothing is waiting). A reply whose id is not the expected
 * one is -EPROTO. */
__attribute__((warn_unused_result))
int agate_client_recv(agate_client *c, agate_arena *arena,
		      agate_value **reply);

/* Send, then receive the reply. Returns 0 when the reply says ok:true,
 * -EREMOTEIO with *reply set when it says ok:false (agate_client_error
 * gives its code), or a negative errno with *reply NULL. When the
 * connection was reused and found closed before any reply byte came, the
 * request is sent once more on a fresh connection. */
__attribute__((warn_unused_result))
int agate_client_call(agate_client *c, const agate_value *request,
		      agate_arena *arena, agate_value **reply);

/* ---- check ------------------------------------------------------------ */

typedef enum agate_check_verdict {
	AGATE_CHECK_ALLOW = 0,
	AGATE_CHECK_BLOCK = 1,
	AGATE_CHECK_REVIEW = 2,
} agate_check_verdict;

typedef struct agate_check_request {
	const char *agent;   /* NULL: not sent */
	const char *session; /* NULL: not sent */
	const char *tool;    /* required */
	const agate_value *args;    /* map; NULL sends an empty map */
	const char *text;    /* NULL: not sent */
	const agate_value *context; /* map; NULL: not sent */
	bool explain;        /* ask for the full trace */
	bool no_hold;        /* send hold:false: a call a rule sends to review
				is answered at once with verdict review and an
				approval_id, instead of being held (see below) */
	bool explain_all;    /* the full trace, not cut at 4 KiB (implies explain) */
} agate_check_request;

typedef struct agate_check_reply {
	agate_check_verdict verdict;
	const char *enforcement; /* "allow", "block", "stop", "review", "reflect" */
	const char *rule;        /* deciding rule, or NULL */
	const char *reason;      /* never NULL */
	const char *advice;      /* NULL unless the daemon sent one */
	const char *trace;       /* NULL unless the daemon sent one */
	uint64_t audit_id;       /* 0 when absent */
	uint64_t approval_id;    /* review not held (no_hold): the id an
				    operator approves (`agatectl approve ID`)
				    to allow this exact call once; else 0 */
	uint64_t eval_ns;
	const agate_value *scores; /* map or NULL */
	const char *error;   /* NULL for a verdict from the daemon; else the
				failure code ("unreachable", "timeout",
				"protocol", or the daemon's code) */
	const char *message; /* for people, when error is set; else NULL */
	const agate_value *raw; /* the whole reply map, or NULL */
} agate_check_reply;

/* Ask for a verdict. *out is ALWAYS filled: with the daemon's verdict when
 * 0 is returned, and with a block carrying error/message otherwise (a
 * negative errno, or -EREMOTEIO when the daemon refused the request).
 * Strings live in arena, or are static. Reconnects as agate_client_call.
 *
 * A call a rule sends to review is held by the daemon until an operator
 * decides, and then answered allow or block; by default the client waits
 * as long as the daemon holds it (agate_client_set_reply_timeout). With no_hold the answer comes at once:
 * verdict AGATE_CHECK_REVIEW, which the caller must treat as a refusal,
 * and approval_id. An operator's approval of that id lets the same call
 * (agent, session, tool, args and text) through once, within the
 * daemon's grant-ttl: the retry is answered allow. */
int agate_client_check(agate_client *c, const agate_check_request *req,
		       agate_arena *arena, agate_check_reply *out);

/* Fill *out with a fail-closed block for code/message (static strings or
 * strings outliving the reply). For callers that build replies
 * themselves. */
void agate_check_reply_fail(agate_check_reply *out, const char *code,
			    const char *message);

/* "allow", "block", "review" */
const char *agate_check_verdict_name(agate_check_verdict v);

/* ---- building a check's arguments --------------------------------------
 *
 * args is a map of any values; the builder makes one in an arena without
 * member arrays written by hand:
 *
 *   agate_args a;
 *   agate_args_init(&a, arena);
 *   agate_args_str(&a, "url", url);
 *   agate_args_int(&a, "retries", 3);
 *   agate_args_bool(&a, "follow", true);
 *   agate_args_map(&a, "headers");        // nested: a map ...
 *       agate_args_str(&a, "accept", "text/html");
 *   agate_args_end(&a);
 *   agate_args_array(&a, "tags");         // ... or an array, whose items
 *       agate_args_str(&a, NULL, "web");  //     take a NULL key
 *   agate_args_end(&a);
 *   rq.args = agate_args_done(&a);
 *
 * Keys and strings are copied into the arena. Errors are sticky: after a
 * failure (arena full: -ENOMEM; a key missing in a map or given in an
 * array, NULL string, unbalanced end: -EINVAL) every later call does
 * nothing, and agate_args_done returns a value that is not a map, which
 * agate_client_check answers with a fail-closed block. So a guarded call
 * needs no error check until the verdict. */

#define AGATE_ARGS_DEPTH_MAX 16

typedef struct agate_args {
	agate_arena *arena;
	agate_value root;
	agate_value *open[AGATE_ARGS_DEPTH_MAX]; /* open[0] is &root */
	uint32_t cap[AGATE_ARGS_DEPTH_MAX];      /* items room of each */
	unsigned depth;
	int err;                                 /* 0 or a negative errno */
} agate_args;

/* Start an empty map in arena (the caller keeps ownership of both). */
void agate_args_init(agate_args *a, agate_arena *arena);
/* Add key: value to the map being built, or an item (key NULL) to the
 * array being built. Each returns a->err (0 while all is well). */
int agate_args_str(agate_args *a, const char *key, const char *value);
int agate_args_strn(agate_args *a, const char *key, const char *value, size_t len);
int agate_args_int(agate_args *a, const char *key, int64_t value);
int agate_args_double(agate_args *a, const char *key, double value);
int agate_args_bool(agate_args *a, const char *key, bool value);
int agate_args_nil(agate_args *a, const char *key);
/* Open a nested map or array under key; agate_args_end closes it. */
int agate_args_map(agate_args *a, const char *key);
int agate_args_array(agate_args *a, const char *key);
int agate_args_end(agate_args *a);
/* The map built: its root is in *a (do not copy an agate_args), the rest
 * in the arena, so it lives while both do. When anything failed, or a nested
 * map or array is still open, a non-map value that agate_client_check
 * refuses (a block with error "internal"). Never NULL. */
const agate_value *agate_args_done(const agate_args *a);

/* ---- register --------------------------------------------------------- */

typedef struct agate_register_request {
	const char *agent;   /* required */
	const char *session; /* NULL: not sent */
	const char *purpose; /* free text: who the agent is and what it is for */
	const char *role;    /* NULL: not sent */
	const char *const *tools; /* NULL: not sent */
	size_t ntools;
	const agate_value *scope; /* map or NULL */
} agate_register_request;

/* Declare an identity for the drift cascade. 0 when the daemon accepted
 * it; -EREMOTEIO when it refused (agate_client_error/message say why); a
 * negative errno for a transport failure. */
__attribute__((warn_unused_result))
int agate_client_register(agate_client *c, const agate_register_request *req,
			  agate_arena *arena);

#ifdef __cplusplus
}
#endif

#endif
