/* pgaudit.h - the central audit store in PostgreSQL: its schema, shipping
 * rows into it from a host's SQLite log, and verifying every host's chain
 * there. Shared by agated's shipper (daemon/sink_pg.c) and by
 * `agatectl audit verify|query --pg`. docs/fleet.md describes it for
 * people.
 *
 * Schema (owned and migrated by agate, in the PostgreSQL schema `agate`):
 *   agate.schema_version(version, applied_at)  one row per migration run
 *   agate.verdicts   every column of the local table (schema/audit.sql,
 *                    version 5: shadow and rules_label since central
 *                    version 2), hash chain included, plus host_id and
 *                    received_at;
 *                    partitioned by range of time_ms, one partition per
 *                    calendar month (UTC), made by the shipper as rows for
 *                    a new month arrive; primary key (host_id, id,
 *                    time_ms) (a partitioned table's keys must hold the
 *                    partition column; a row shipped twice has the same
 *                    time, so the key makes shipping idempotent)
 *   agate.hosts      what each host reported with its last shipment: the
 *                    id and hash of the last row shipped (the chain head
 *                    the central copy must end on), the head of its local
 *                    log, how often its reported head went back
 * Migrations run under an advisory lock, so many hosts starting at once
 * apply each one once. A newer central schema than this build knows is
 * refused (-EPROTO). A role that may not upgrade an older one (the hosts'
 * restricted role) gets a message saying to migrate it as the owner;
 * verify and query refuse any other version than this build's (-EPROTO)
 * rather than call rows edited for columns they cannot read.
 *
 * Values: unsigned 64-bit ids are stored in bigint with the same bits, as
 * locally. The central copy hashes the same canonical encoding as the
 * local one (schema/auditdb.h), from the typed columns.
 *
 * Threads: a PGconn is used by one thread at a time. Errors: 0 or a
 * negative errno, and a one-line message in err (which may be NULL).
 */
#ifndef AGATE_SCHEMA_PGAUDIT_H
#define AGATE_SCHEMA_PGAUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "schema/auditdb.h"

#define AGATE_PGAUDIT_SCHEMA_VERSION 2
#define AGATE_PGAUDIT_HOST_MAX 255

/* Create or upgrade the central schema (`agatectl audit migrate --pg`,
 * and every shipper at connect). -EPROTO when it is newer than this
 * build, -EIO on any database error (err says who must upgrade an older
 * schema when this role could not). */
__attribute__((warn_unused_result))
int agate_pgaudit_migrate(PGconn *pg, char *err, size_t errcap);

/* The highest id stored centrally for host (0 when none). */
__attribute__((warn_unused_result))
int agate_pgaudit_central_head(PGconn *pg, const char *host, uint64_t *id,
			       char *err, size_t errcap);

/* What one shipment did. */
typedef struct agate_pgaudit_shipment {
	uint64_t rows_read;     /* rows read from the local log */
	uint64_t rows_inserted; /* of them, new centrally (the rest were there) */
	uint64_t last_id;       /* id of the last row shipped (0: none) */
	int64_t last_time_ms;   /* its time */
} agate_pgaudit_shipment;

/* Ship the rows of the local log (an open SQLite connection on the audit
 * database) with id above after_id, at most max_rows, oldest first, in
 * one PostgreSQL transaction: COPY into a temporary table, insert what is
 * not there yet, and record the host's report (last id and hash shipped,
 * local_head_id). All or nothing: on failure nothing is stored centrally.
 * A batch of no rows only updates the host's report (a heartbeat). */
__attribute__((warn_unused_result))
int agate_pgaudit_ship(PGconn *pg, sqlite3 *local, const char *host, uint64_t after_id,
		       size_t max_rows, uint64_t local_head_id, agate_pgaudit_shipment *out,
		       char *err, size_t errcap);

/* One fault the central verify found. */
typedef enum agate_pgaudit_fault {
	AGATE_PGAUDIT_EDITED = 1,  /* content does not match its hash */
	AGATE_PGAUDIT_MISSING,     /* ids missing (no gap row explains them) */
	AGATE_PGAUDIT_UNLINKED,    /* does not link to the row before (forged,
				      reordered, or the row before replaced) */
	AGATE_PGAUDIT_DUPLICATE,   /* two rows with one id (a forked chain:
				      the host's log was cut back and rewritten) */
	AGATE_PGAUDIT_REPORT,      /* differs from what the host reported */
} agate_pgaudit_fault;

typedef struct agate_pgaudit_host_result {
	char host[AGATE_PGAUDIT_HOST_MAX + 1];
	uint64_t rows, first_id, last_id;
	uint64_t gaps, gap_ids;        /* restarts after an unclean stop */
	uint64_t reported_id;          /* the host's last shipped id */
	uint64_t local_head_id;        /* the head of its local log, as reported */
	uint64_t regressions;          /* times its reported head went back */
	uint64_t faults;
	char head[AGATE_AUDITDB_HEX_LEN + 1];
} agate_pgaudit_host_result;

/* Called for each fault, with the host and the row id it concerns. */
typedef void (*agate_pgaudit_fault_cb)(void *ud, const char *host, uint64_t id,
				       agate_pgaudit_fault kind, const char *message);
/* Called once per host walked. */
typedef void (*agate_pgaudit_host_cb)(void *ud, const agate_pgaudit_host_result *r);

/* Walk the chain of host (NULL: every host in agate.hosts or with rows)
 * in one repeatable-read transaction, recomputing every hash, and compare
 * its end with the host's report. Reports up to max_faults faults per
 * host (0: 20). *faults gets the total. Returns 0 when the walk ran (the
 * faults say whether it is intact), or a negative errno. */
__attribute__((warn_unused_result))
int agate_pgaudit_verify(PGconn *pg, const char *host, unsigned max_faults,
			 agate_pgaudit_fault_cb on_fault, agate_pgaudit_host_cb on_host,
			 void *ud, uint64_t *faults, char *err, size_t errcap);

/* Rows matching f (NULL: all) of host (NULL: every host), in the formats
 * of agate_auditdb_query (table, jsonl, csv), each row with its host.
 * Ordered by time, then host and id (newest first when f asks). */
__attribute__((warn_unused_result))
int agate_pgaudit_query(PGconn *pg, const char *host, const agate_auditdb_filter *f,
			agate_auditdb_format fmt, FILE *out, uint64_t *count,
			char *err, size_t errcap);

#endif
