/* sink.h - where the audit writer puts rows.
 *
 * The writer thread (daemon/audit.c) owns one sink and is the only thread
 * that calls it after agate_sink_*_new. A sink stores rows durably in id
 * order; it never sees the loop thread, sockets or verdict logic, so a
 * sink for another store (a server database, a log shipper) is one more
 * implementation of these four operations, chosen where agated opens the
 * audit log, without touching the decision path.
 *
 * Contract of the operations (each returns 0 or a negative errno and
 * writes a one-line reason into err on failure):
 *   open    connect/create/migrate the store; *last_id = the highest id
 *           already stored (0 when empty) and *reserved = the highest id
 *           reserved (never below *last_id): the writer hands out no id
 *           at or below it again, so no audit id is ever reused, and
 *           writes a gap row when it lies above *last_id.
 *   append  store rows[0..n) (ids strictly increasing) all or nothing,
 *           and in the same commit raise the reservation to reserve_to
 *           when that is higher (n may be 0 for a reservation alone).
 *           On failure nothing of the batch is stored and the writer
 *           calls append again later with the same rows (plus newer
 *           ones); the sink must accept that. May fill the rows' hash
 *           fields. -ENOSPC, -EBUSY, -ENOENT, -EIO name the usual causes.
 *   release a clean stop: every id handed out is stored, so lower the
 *           reservation to the last id (optional, may be NULL: the next
 *           start then writes a gap row for the ids reserved).
 *   sync    make every appended row survive what the store promises
 *           (e.g. checkpoint the WAL); called at close.
 *   close   release everything and free the sink; safe after a failed
 *           open.
 *   after   (optional, may be NULL) called by the writer after a
 *           successful append, once the records waiting for it were
 *           answered: work the store deferred out of append so that no
 *           reply waits for it (the SQLite sink's checkpoints).
 *   generation  (optional, may be NULL: 0) right after a successful open,
 *           the highest rule-set generation any stored row names, so
 *           that agated continues above it (generations only grow over
 *           the life of a store).
 */
#ifndef AGATE_DAEMON_SINK_H
#define AGATE_DAEMON_SINK_H

#include <stddef.h>
#include <stdint.h>

#include "schema/auditdb.h"

typedef struct agate_sink agate_sink;

typedef struct agate_sink_ops {
	const char *name;
	int (*open)(agate_sink *s, uint64_t *last_id, uint64_t *reserved,
		    char *err, size_t errcap);
	int (*append)(agate_sink *s, agate_auditdb_row *rows, size_t n,
		      uint64_t reserve_to, char *err, size_t errcap);
	int (*release)(agate_sink *s, char *err, size_t errcap);
	int (*sync)(agate_sink *s, char *err, size_t errcap);
	void (*close)(agate_sink *s);
	/* Optional (NULL: the store keeps every row and says nothing of its
	 * size). prune removes the oldest rows as o says, in one
	 * transaction, leaving a checkpoint row (agate_auditdb_prune_step);
	 * info measures the store (agate_auditdb_info_get). Both run on the
	 * writer thread between appends. */
	int (*prune)(agate_sink *s, const agate_auditdb_prune_opts *o,
		     agate_auditdb_prune_result *res, char *err, size_t errcap);
	int (*info)(agate_sink *s, agate_auditdb_info *out);
	uint64_t (*generation)(agate_sink *s);
	void (*after)(agate_sink *s);
} agate_sink_ops;

/* Every implementation starts with this header. */
struct agate_sink {
	const agate_sink_ops *ops;
};

/* The SQLite sink on the database at path (copied), opened with
 * agate_auditdb flags (AGATE_AUDITDB_SYNC_FULL). No I/O happens until
 * open. When the file is removed or replaced while agated runs, append
 * fails once with -ENOENT; the next append creates a new database whose
 * first row is a checkpoint continuing the old chain (docs/audit.md).
 * Returns NULL when out of memory; the caller owns the sink until it
 * hands it to the writer. */
agate_sink *agate_sink_sqlite_new(const char *path, unsigned flags);

/* Before open: the group and mode of the database and its -wal and -shm
 * (agate_auditdb_open_as); without it they keep what they have and a new
 * database is 0600. */
void agate_sink_sqlite_set_access(agate_sink *s, const agate_auditdb_access *acc);

/* The database of an open SQLite sink (for tests; NULL before open). */
agate_auditdb *agate_sink_sqlite_db(agate_sink *s);

#endif
