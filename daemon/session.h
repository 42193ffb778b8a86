/* session.h - per-session state: history, running drift, declared
 * identity, stopped flag; keyed by (agent, session).
 *
 * The table is bounded in count and memory, in all and per uid, and
 * nothing is ever evicted to make room: a session may hold a stop, the
 * history that counts depend on, a registered identity or a running
 * drift, and forgetting any of them would loosen the gate. Sessions idle
 * for longer than idle_ms are forgotten (a stopped one never is); when a
 * limit is reached, new sessions are refused (the caller answers
 * `overloaded`), first for the uid that holds its whole share, so one
 * uid cannot starve the others. Loop thread only.
 */
#ifndef AGATE_DAEMON_SESSION_H
#define AGATE_DAEMON_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/drift/drift.h"
#include "policy/eval/eval.h"

typedef struct agated_session agated_session;
typedef struct agated_sessions agated_sessions;

typedef struct agated_sessions_config {
	size_t max_sessions;   /* default 100000 */
	uint64_t idle_ms;      /* default 1 h */
	size_t history_max;    /* entries per session, default 256 */
	size_t bytes_max;      /* memory of all sessions, default 512 MiB */
	size_t max_per_uid;    /* sessions one uid may create, default max/4 */
	size_t bytes_per_uid;  /* their memory, default bytes_max/4 */
	size_t name_max;       /* bytes of an agent or session name, default 1024 */
} agated_sessions_config;

/* The creator of a session opened without one (tests, internal use). */
#define AGATED_SESSION_NO_UID UINT32_MAX

/* cfg may be NULL for the defaults; zero fields take their default. */
agated_sessions *agated_sessions_new(const agated_sessions_config *cfg);
void agated_sessions_free(agated_sessions *ss);

/* The session (agent, session), created when create is true and it does
 * not exist (as agated_sessions_open with no uid); marks it used at
 * now_ms. Returns NULL when it does not exist (create false) or cannot be
 * created. The pointer stays valid until the next call that may forget
 * sessions (open, get with create, expire). */
agated_session *agated_sessions_get(agated_sessions *ss, const char *agent,
				    size_t alen, const char *session,
				    size_t slen, int64_t now_ms, bool create);
/* The session (agent, session), created for uid when it does not exist.
 * NULL with *err set when it cannot be: -ENAMETOOLONG (a name over
 * name_max bytes), -EDQUOT (uid holds its whole share), -EAGAIN (the
 * table is full of sessions that are not idle), -ENOMEM. Refusals are
 * counted (agated_sessions_refused). */
agated_session *agated_sessions_open(agated_sessions *ss, const char *agent,
				     size_t alen, const char *session, size_t slen,
				     uint32_t uid, int64_t now_ms, int *err);
/* Forget sessions idle since before now_ms - idle_ms. Returns how many. */
size_t agated_sessions_expire(agated_sessions *ss, int64_t now_ms);
size_t agated_sessions_count(const agated_sessions *ss);
size_t agated_sessions_bytes(const agated_sessions *ss);
/* The wire error code (bad_request, overloaded, internal) and the
 * message for an error of agated_sessions_open. */
const char *agated_sessions_error_code(int err);
const char *agated_sessions_strerror(int err);
uint64_t agated_sessions_expired(const agated_sessions *ss); /* for idleness */
uint64_t agated_sessions_refused(const agated_sessions *ss); /* opens refused */
/* Most recently used first; NULL at the end. */
agated_session *agated_sessions_first(agated_sessions *ss);
agated_session *agated_session_next(agated_session *s);

const char *agated_session_agent(const agated_session *s);
const char *agated_session_name(const agated_session *s);
int64_t agated_session_last_used(const agated_session *s);
uint64_t agated_session_actions(const agated_session *s);
agate_history *agated_session_history(agated_session *s);
agate_drift_state *agated_session_drift(agated_session *s);
/* Call after the session's history changed, so the memory bound holds. */
void agated_session_touch(agated_sessions *ss, agated_session *s);

/* Stop: later checks of the session are blocked with this rule and
 * reason (copied). Returns 0 or -ENOMEM (the session is stopped anyway,
 * with a placeholder reason). */
int agated_session_stop(agated_session *s, const char *rule, const char *reason);
bool agated_session_stopped(const agated_session *s);
const char *agated_session_stop_rule(const agated_session *s);   /* NULL if none */
const char *agated_session_stop_reason(const agated_session *s);
void agated_session_resume(agated_session *s);

/* Declare the identity the session's actions are compared with. spec is
 * copied (strings, tools, scope). Returns 0 or -ENOMEM (the previous
 * declaration stays). */
int agated_session_register(agated_session *s, const agate_identity_spec *spec);
/* The declared spec, or NULL when the session never registered. */
const agate_identity_spec *agated_session_spec(const agated_session *s);
/* The imprint of the declared spec in frame (of the session's agent name
 * alone when it never registered), built on first use and again whenever
 * generation changes (a reload may bring a new frame); its bytes count
 * towards the session's. *out is NULL when frame is NULL. Returns 0 or
 * -ENOMEM. */
int agated_session_identity(agated_session *s, const agate_frame *frame,
			    uint64_t generation, const agate_identity **out);

#endif
