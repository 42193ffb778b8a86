/* sink_pg.h - the PostgreSQL audit sink: ships the rows the SQLite sink
 * committed to a central PostgreSQL (schema/pgaudit.h), asynchronously.
 *
 * The local log stays the source of truth and the buffer. Each sink is one
 * thread with its own SQLite connection on the audit database and its own
 * PostgreSQL connection; it never touches the writer, the queue or the
 * loop thread, so no verdict ever waits for it, however slow or absent
 * the central server is. It reads the rows above its cursor in batches
 * (COPY, one transaction each, idempotent on host and id), then moves the
 * cursor, kept in the local database's meta table under the key
 * `ship_cursor:<user@host:port/dbname>`; after an outage of any length it
 * resumes there. A central store that holds less than the cursor says
 * (restored from an older backup, or emptied) is shipped to again from
 * its own head. Failures are retried with a growing pause (up to 2 s)
 * and counted in the stats.
 *
 * Threads: start, stats and stop are called from one thread (the loop);
 * stats may be read at any time while the sink runs.
 */
#ifndef AGATE_DAEMON_SINK_PG_H
#define AGATE_DAEMON_SINK_PG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct agated_pgsink agated_pgsink;

typedef struct agated_pgsink_stats {
	char target[160];        /* user@host:port/dbname once connected */
	bool connected;
	uint64_t cursor;         /* last id known to be shipped */
	uint64_t local_head;     /* last id in the local log, when last read */
	uint64_t backlog;        /* local_head - cursor */
	uint64_t shipped;        /* rows sent since start (resent ones too) */
	uint64_t inserted;       /* of them, new centrally */
	uint64_t batches, failures, reconnects;
	int64_t lag_ms;          /* age of the oldest row not yet shipped (0: none) */
	int64_t last_delay_ms;   /* last batch: commit time - its last row's time */
	char last_error[256];    /* "" while healthy */
} agated_pgsink_stats;

/* Check a sink setting's value ("postgresql:CONNINFO", CONNINFO as
 * libpq reads it: key=value pairs or a postgresql:// URI). 0, or -EINVAL
 * with the reason in err. */
int agated_pgsink_check(const char *spec, char *err, size_t errcap);

/* The host id to ship under: configured, else /etc/machine-id, else the
 * host name. Writes into out (at least 256 bytes); 0 or -ENOENT. */
int agated_pgsink_default_host(char *out, size_t cap);

/* Start shipping db_path's rows to spec's database as host. Copies its
 * arguments. Returns 0 and *out, or a negative errno (the thread could
 * not start) with err set; a central database that is down is not an
 * error here: the sink keeps trying. */
__attribute__((warn_unused_result))
int agated_pgsink_start(const char *db_path, const char *spec, const char *host,
			agated_pgsink **out, char *err, size_t errcap);

void agated_pgsink_get_stats(agated_pgsink *s, agated_pgsink_stats *st);

/* Ask the thread to stop, join it (a batch under way finishes or fails
 * first) and free s. NULL is fine. */
void agated_pgsink_stop(agated_pgsink *s);

#endif
