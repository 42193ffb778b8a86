/* harness.h - start a real agated on a temporary socket and database,
 * talk to it with raw frames, read its audit database afterwards.
 *
 * The daemon is $AGATED (set by meson); packs and frames come from
 * $AGATE_PACKS and $AGATE_FRAMES. Each daemon gets its own mkdtemp
 * folder holding the socket, the database, rule files and its log.
 */
#ifndef AGATE_TESTS_HARNESS_H
#define AGATE_TESTS_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <msgpack.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

typedef struct agt_daemon {
	pid_t pid;
	char dir[256];
	char sock[300];
	char db[300];
	char rules[300];  /* rule file written by agt_write_rules */
	char log[300];
} agt_daemon;

/* Make the folder; write rules_text (NULL: none) into dir/test.rules. */
void agt_init(agt_daemon *d, const char *rules_text);
/* (Re)write the test rule file atomically (rename), for reloads. */
void agt_write_rules(agt_daemon *d, const char *rules_text);
/* Start agated with --socket, --db, --rules (dir/test.rules, or the
 * default pack when no rules were written), --frames unless `extra`
 * holds one, then the NULL-terminated extra arguments; wait until its
 * loop answers a ping (20 s), which is after the audit log opened.
 * Aborts the test on failure. */
void agt_start(agt_daemon *d, const char *const *extra);
/* SIGTERM and wait; returns the exit status (or -1 on a signal). */
int agt_stop(agt_daemon *d);
/* Remove the folder. */
void agt_cleanup(agt_daemon *d);
/* Last lines of the daemon's log, for failure messages. */
const char *agt_log_tail(agt_daemon *d);

/* The program a test needs, from the environment meson sets (AGATECTL,
 * AGATE_HOOK, ...); skips the test when it was not built. */
const char *agt_program(const char *env_name);
/* The first cap - 1 bytes of a file, NUL-terminated ("" when unreadable). */
void agt_slurp(const char *path, char *buf, size_t cap);

int agt_connect(const char *sock);      /* blocking fd, aborts on failure */
void agt_send_all(int fd, const void *buf, size_t len);
/* Send payload with its 4-byte header. */
void agt_send_frame(int fd, const void *payload, size_t len);
/* Read one reply frame and decode it into arena. Returns 0, -EPIPE on
 * EOF before a whole frame, or another negative errno. */
int agt_recv(int fd, agate_arena *arena, agate_value **out);

/* Request building: a packer over an sbuffer, map of n members begun
 * with v and id already in (n counts them). */
typedef struct agt_req {
	msgpack_sbuffer sb;
	msgpack_packer pk;
} agt_req;
void agt_req_begin(agt_req *r, uint32_t n, uint64_t id, const char *op);
void agt_kstr(agt_req *r, const char *k, const char *v);
void agt_kint(agt_req *r, const char *k, int64_t v);
void agt_kbool(agt_req *r, const char *k, bool v);
/* "args": {"command": cmd} */
void agt_kargs_cmd(agt_req *r, const char *cmd);
void agt_req_send(agt_req *r, int fd);  /* sends and frees */
/* A whole check (6 members) on fd. */
void agt_send_check(int fd, uint64_t id, const char *agent, const char *session,
		    const char *tool, const char *command);

/* Reply fields: NULL / -1 / false when absent or another type. */
const char *agt_str(const agate_value *m, const char *key);
int64_t agt_int(const agate_value *m, const char *key);
bool agt_bool(const agate_value *m, const char *key);

/* One round trip on a fresh connection; aborts on a transport failure. */
agate_value *agt_call(agt_daemon *d, agate_arena *a, agt_req *r);
/* One check of `command` for the bash tool by agent on fd, in a session
 * of its own ("<agent>-<id>": a stop must not decide the next check); the
 * reply, which must say ok (the test aborts otherwise). */
const agate_value *agt_check_alone(agt_daemon *d, agate_arena *a, int fd, uint64_t id,
				   const char *agent, const char *command);

/* Audit database, read with sqlite3 (call after agt_stop or while the
 * daemon runs: WAL readers do not block it). */
int64_t agt_db_int(agt_daemon *d, const char *sql);
/* first column of the first row, copied into buf ("" when none) */
const char *agt_db_text(agt_daemon *d, const char *sql, char *buf, size_t cap);

/* Run fn(arg) in a child that has switched to uid/gid (nobody by
 * default); returns the child's exit status. */
int agt_as_uid(uid_t uid, gid_t gid, int (*fn)(void *), void *arg);

#endif
