/* audit.h - the audit writer: one thread that owns the database, fed by a
 * bounded queue from the loop thread, committing in batches (group commit).
 *
 * The loop thread never touches the disk: agate_audit_submit copies the
 * record into the queue and returns at once; the writer commits batches
 * and reports each record's outcome back on the loop thread (uv_async),
 * in submission order.
 *
 * Modes: in sync mode a record's done callback runs only after its row is
 * committed to the WAL (the daemon sends the verdict then); in async mode
 * the callback runs at once on acceptance into the queue and the row is
 * committed within flush_ms.
 *
 * Writing goes through a sink (open, append batch, sync, close) so another
 * store can be added without touching the decision path.
 */
#ifndef AGATE_DAEMON_AUDIT_H
#define AGATE_DAEMON_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uv.h>

typedef enum agate_audit_mode {
	AGATE_AUDIT_SYNC = 0,
	AGATE_AUDIT_ASYNC = 1,
} agate_audit_mode;

typedef struct agate_audit_config {
	const char *db_path;
	agate_audit_mode mode;
	size_t queue_max;     /* records waiting; default 65536 */
	unsigned flush_ms;    /* async: longest a record waits; default 50 */
	size_t batch_max;     /* rows per transaction; default 4096 */
	/* Added by the audit module: true = synchronous=FULL, a commit
	 * survives power loss (one fsync per batch); false (default) =
	 * synchronous=NORMAL in WAL, a commit survives any crash of agated
	 * but the last batches may be lost with the machine. */
	bool durable;
} agate_audit_config;

/* One row. Every string may be NULL. The writer copies it on submit. */
typedef struct agate_audit_record {
	int64_t time_ms;        /* wall clock */
	const char *op;         /* "check", "register", ... */
	uint64_t request_id;
	const char *agent;
	const char *session;
	int64_t peer_uid;       /* -1 when unknown */
	int64_t peer_pid;
	const char *tool;
	const char *args_json;  /* arguments as JSON text */
	const char *verdict;    /* "allow", "block", "review"; for a refused request "block" */
	const char *enforcement;
	const char *rule;
	const char *reason;
	const char *scores_json;/* drift scores and votes as JSON, or NULL */
	const char *trace;      /* short explanation */
	const char *error;      /* error code when the request was refused */
	uint64_t generation;    /* rule set generation */
	const char *ruleset_digest;
	uint64_t eval_ns;
} agate_audit_record;

typedef struct agate_audit agate_audit;

/* status 0: recorded (sync) or queued (async); negative errno: the row
 * could not be written and the verdict must not be sent as allow. */
typedef void (*agate_audit_done_cb)(void *ud, int status, uint64_t audit_id);

/* Open (creating or migrating) the database and start the writer thread.
 * Returns 0 and *out, or a negative errno with a message in err (a newer
 * schema than this build knows is -EPROTO). */
__attribute__((warn_unused_result))
int agate_audit_open(uv_loop_t *loop, const agate_audit_config *cfg,
		     agate_audit **out, char *err, size_t errcap);

/* Queue one record. The audit id is assigned now (monotonic, the row's
 * id) and returned in *audit_id. done is called later on the loop thread
 * (may be NULL). Returns 0, -EAGAIN when the queue is full (answer
 * overloaded), -EIO while the writer is failing (answer block with error
 * audit_unavailable), -ESHUTDOWN after close began. */
__attribute__((warn_unused_result))
int agate_audit_submit(agate_audit *a, const agate_audit_record *rec,
		       agate_audit_done_cb done, void *ud, uint64_t *audit_id);

typedef struct agate_audit_stats {
	uint64_t submitted, written, failed;
	size_t queue_depth, queue_max;
	bool failing;            /* last write failed; checks are being blocked */
	char last_error[256];
	uint64_t batches;
} agate_audit_stats;

void agate_audit_get_stats(agate_audit *a, agate_audit_stats *st);

/* Stop accepting, write everything queued, deliver every callback, join
 * the thread and close the database, then call closed_cb on the loop
 * thread (after which a may not be used and is freed). */
void agate_audit_close(agate_audit *a, void (*closed_cb)(void *ud), void *ud);

/* ---- additions (audit module) ---- */

struct agate_sink;

/* Like agate_audit_open, but writing through sink (daemon/sink.h) instead
 * of the SQLite database at cfg->db_path (which is then ignored). The
 * writer owns sink from the call on, also when this fails. Tests use it
 * to inject failures; another store plugs in here. */
__attribute__((warn_unused_result))
int agate_audit_open_sink(uv_loop_t *loop, const agate_audit_config *cfg,
			  struct agate_sink *sink, agate_audit **out,
			  char *err, size_t errcap);

/* The id the next accepted record will get (max(id)+1 at open). */
uint64_t agate_audit_next_id(agate_audit *a);

#endif
