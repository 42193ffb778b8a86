/* pgaudit_int.h - what the files of schema/pgaudit_* share: the local
 * column list they read and write, and error helpers. The one public
 * header is schema/pgaudit.h. */
#ifndef AGATE_SCHEMA_PGAUDIT_INT_H
#define AGATE_SCHEMA_PGAUDIT_INT_H

#include <stddef.h>

#include <libpq-fe.h>

/* The columns of the local table (schema/audit.sql, version 5) in the
 * order shipped: the first 21 enter the canonical encoding, then
 * prev_hash and hash, then shadow and rules_label (local schema 5, central
 * schema 2), which enter the encoding after eval_ns when either is set
 * (encoding 2, schema/auditdb.h). The central table has the same names
 * after host_id. */
#define PGA_LOCAL_COLS "id, kind, time_ms, op, request_id, agent, session, peer_uid, " \
	"peer_pid, tool, args_json, verdict, enforcement, rule, reason, "              \
	"scores_json, trace, error, generation, ruleset_digest, eval_ns, "             \
	"prev_hash, hash, shadow, rules_label"
#define PGA_NCOLS 25
#define PGA_COL_PREV 21
#define PGA_COL_HASH 22
#define PGA_COL_SHADOW 23
#define PGA_COL_LABEL 24

/* 0 when the central schema is the version this build reads and writes;
 * -EPROTO with a message saying what to do when it is older or newer,
 * -EIO when it cannot be read (not agate's database, no right). */
int pga_check_version(PGconn *pg, char *err, size_t cap);

void pga_err(char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void pga_pq_err(PGconn *pg, char *err, size_t cap, const char *what);
int pga_exec(PGconn *pg, const char *sql, char *err, size_t cap);

#endif
