/* pgaudit_int.h - what the files of schema/pgaudit_* share: the local
 * column list they read and write, and error helpers. The one public
 * header is schema/pgaudit.h. */
#ifndef AGATE_SCHEMA_PGAUDIT_INT_H
#define AGATE_SCHEMA_PGAUDIT_INT_H

#include <stddef.h>

#include <libpq-fe.h>

/* The columns of the local table (schema/audit.sql), in table order: the
 * first 21 enter the canonical encoding, then prev_hash and hash. The
 * central table has the same names after host_id. */
#define PGA_LOCAL_COLS "id, kind, time_ms, op, request_id, agent, session, peer_uid, " \
	"peer_pid, tool, args_json, verdict, enforcement, rule, reason, "              \
	"scores_json, trace, error, generation, ruleset_digest, eval_ns, "             \
	"prev_hash, hash"
#define PGA_NCOLS 23

void pga_err(char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void pga_pq_err(PGconn *pg, char *err, size_t cap, const char *what);
int pga_exec(PGconn *pg, const char *sql, char *err, size_t cap);

#endif
