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
 * committed within flush_ms, or as soon as half the window waits.
 *
 * What a crash can lose: in sync mode nothing acknowledged; in async mode
 * at most `window` acknowledged rows, by construction: the rows
 * acknowledged and not yet committed never exceed the window, and a
 * record that would exceed it is not acknowledged until its row is
 * committed, as in sync mode (its reply waits; nothing is refused for
 * it, so a client that pipelines sees latency, not errors).
 *
 * Audit ids are never handed out twice, crash or not: an id is handed out
 * only below a reservation the store has committed (meta id_reserved),
 * raised ahead of need with the batches; after a crash ids continue
 * above it, and the first row written is a gap row naming the ids
 * skipped (schema/auditdb.h). A clean close lowers the reservation to
 * the last id written, so a clean restart leaves no gap.
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

#define AGATE_AUDIT_WINDOW 4096

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
	/* async: most rows acknowledged and not yet committed, i.e. the
	 * most a SIGKILL can lose; default 4096 (AGATE_AUDIT_WINDOW) */
	size_t window;
	/* Who may read the database (agate_audit_open only): its files get
	 * group `group` (a name or a number; NULL: agated's own group) and
	 * mode 0640, or 0600 when that group is also the group of the
	 * socket at socket_path (the agents', who may ask but not read). */
	const char *group;
	const char *socket_path;
	/* Added by the audit module: true = synchronous=FULL, a commit
	 * survives power loss (one fsync per batch); false (default) =
	 * synchronous=NORMAL in WAL, a commit survives any crash of agated
	 * but the last batches may be lost with the machine. */
	bool durable;
	/* Retention (0: keep forever, the default). The writer prunes the
	 * oldest rows that are older than retain_ms, and the oldest rows
	 * while the database's used pages exceed max_bytes, in steps of at
	 * most AGATE_AUDIT_RETAIN_BATCH rows per transaction taken between
	 * two commits of verdict rows, each leaving a checkpoint row as
	 * `agatectl audit prune` does (docs/audit.md, Retention). */
	uint64_t retain_ms;
	uint64_t max_bytes;
	/* The hook for "only after the rows were shipped": when set, the
	 * highest id a central sink has acknowledged (0: none yet), called
	 * on the writer thread; retention never prunes above it. No sink
	 * provides it yet, so agated leaves it NULL (docs/audit.md). */
	uint64_t (*shipped_id)(void *ud);
	void *shipped_ud;
	/* Most bytes the writer spends formatting one record's value trees
	 * as JSON (args_value, scores_value); a tree whose text does not fit
	 * is written as NULL, as the loop thread's scratch arena did. 0:
	 * 64 MiB. */
	size_t format_limit;
} agate_audit_config;

/* Most rows one retention step removes in one transaction. */
#define AGATE_AUDIT_RETAIN_BATCH 1000

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
	const char *shadow;      /* shadow rules that matched, "rule:verdict,...", or NULL */
	const char *rules_label; /* the operator's label of the rule set, or NULL */
	/* Value trees the writer thread writes as JSON (agate_json_encode)
	 * into args_json and scores_json when those are NULL: submit copies
	 * them, so formatting costs the loop thread nothing. */
	const struct agate_value *args_value;
	const struct agate_value *scores_value;
} agate_audit_record;

typedef struct agate_audit agate_audit;

/* status 0: recorded (sync) or queued (async); negative errno: the row
 * could not be written and the verdict must not be sent as allow. */
typedef void (*agate_audit_done_cb)(void *ud, int status, uint64_t audit_id);

/* Open (creating or migrating) the database and start the writer thread.
 * Returns 0 and *out, or a negative errno with a message in err (a newer
 * schema than this build knows is -EPROTO; an unknown group -EINVAL; a
 * database file that cannot be given its group and mode -EPERM). Ids
 * are reserved and any gap row written before it returns; when that
 * fails it still returns 0, with the writer failing (and retrying) and
 * every submit refused -EIO until it succeeds. */
__attribute__((warn_unused_result))
int agate_audit_open(uv_loop_t *loop, const agate_audit_config *cfg,
		     agate_audit **out, char *err, size_t errcap);

/* Queue one record. The audit id is assigned now (monotonic, the row's
 * id, never one handed out before) and returned in *audit_id. done is
 * called later on the loop thread: in sync mode once the row is
 * committed; in async mode at once while fewer than `window` rows are
 * acknowledged and unwritten, else once the row is committed. done may be
 * NULL in async mode: the record is then acknowledged on acceptance, and
 * refused with -EBUSY when the window is full (submit it again with a
 * done callback and wait for it). Returns 0, -EBUSY (above), -EAGAIN when
 * the queue is full or the reserved ids are used up (answer overloaded),
 * -EIO while the writer is failing (answer block with error
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
	/* the database as the writer last measured it (about once a second) */
	bool have_db;            /* the sink reports size and age */
	uint64_t db_bytes;       /* the database file (pages x page size) */
	uint64_t db_free_bytes;  /* of it, free pages */
	bool have_oldest;
	int64_t oldest_ms;       /* time of the oldest row kept */
	/* retention */
	uint64_t retention_pruned; /* rows removed since agated started */
	uint64_t retention_steps;  /* transactions that removed rows */
	char retention_error[256]; /* the last step's failure, "" when fine */
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

/* The id the next accepted record will get: at open the last id + 1
 * after a clean stop, or above the ids reserved (and the gap row) after
 * a crash. */
uint64_t agate_audit_next_id(agate_audit *a);

/* The highest rule-set generation the store held at open (0 when it
 * holds none, or its sink cannot say). */
uint64_t agate_audit_stored_generation(agate_audit *a);

#endif
