/* audit.c - the audit writer thread: a bounded queue filled by the loop
 * thread, drained by one thread that owns the sink, committing everything
 * that waits in one transaction (group commit), and reporting outcomes
 * back to the loop thread through a uv_async_t.
 *
 * Life of a record (an entry): submit copies it into one allocation,
 * gives it the next id and appends it to the write queue. In async mode
 * its acknowledgement (status 0) goes onto the done list at once; in sync
 * mode when its batch commits, or with -EIO when a commit fails (the row
 * is then kept, re-labelled as the block the client got, and written
 * when the store recovers). An entry is freed when it is both written (or
 * dropped at shutdown) and acknowledged: two references.
 *
 * Locking: one mutex guards the queue, the done list, the counters and
 * the state flags. The writer holds it only to take a batch and to settle
 * it, never during I/O; the loop thread holds it only to link entries.
 *
 * Ids: submit hands out ids only up to id_limit, the reservation the
 * store has committed. The writer raises it with the batch that finds
 * it less than one queue ahead of next_id, to two queues ahead; since
 * no more than a queue of ids is ever unwritten, submit does not reach
 * the limit while commits succeed. At open, a reservation above the
 * last row means the last run handed out ids it never wrote: the first
 * commit carries a gap row for them (gap_pending).
 */
#include "daemon/audit.h"

#include <errno.h>
#include <grp.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "daemon/audit_tree.h"
#include "daemon/log.h"
#include "daemon/sink.h"
#include "policy/base/json.h"
#include "schema/protocol.h"

#define DEFAULT_QUEUE_MAX 65536
#define DEFAULT_FLUSH_MS 50
#define DEFAULT_BATCH_MAX 4096
#define BACKOFF_MIN_MS 20
#define BACKOFF_MAX_MS 2000
#define CLOSE_ATTEMPTS 4 /* tries left once close began while failing */
#define DEFAULT_FORMAT_LIMIT ((size_t)64 << 20)
#define FORMAT_BUF_MIN 16384

typedef struct entry entry;
struct entry {
	entry *next;       /* write queue */
	entry *done_next;  /* done list */
	agate_audit_done_cb cb;
	void *ud;
	int status;
	int refs;          /* write side + ack side */
	bool acked;
	bool early;        /* async: acknowledged before its row was written */
	uint64_t queued_ns;
	/* copies (in data) of the trees the writer formats as JSON; its
	 * text then goes to fmt and the row points there */
	const agate_value *args_tree, *scores_tree;
	char *fmt;
	agate_auditdb_row row; /* strings point into data (or fmt) */
	char data[];
};

struct agate_audit {
	uv_loop_t *loop;
	uv_async_t async;
	/* The writer is woken once per loop iteration, after the callbacks
	 * that submitted (check: after I/O; prepare: before the loop sleeps,
	 * for timers), so every record of one pass goes into one commit
	 * instead of the first one alone. */
	uv_prepare_t prep;
	uv_check_t chk;
	bool deferred_wake;  /* prep and chk run; else submit wakes at once */
	bool kick;           /* loop thread: a record waits for the writer */
	int handles;         /* loop handles not yet closed */
	uv_thread_t thread;
	uv_mutex_t mu;
	uv_cond_t cond;
	uv_sem_t opened, go;
	agate_sink *sink;
	agate_audit_mode mode;
	size_t queue_max, batch_max;
	size_t window;       /* async: most rows acknowledged, unwritten */
	size_t flush_count;  /* async: rows waiting that start a commit */
	size_t id_bound;     /* most ids ever unwritten at once */
	unsigned flush_ms;
	agate_auditdb_row *rows; /* writer's batch buffer, batch_max rows */
	entry **ents;        /* writer: the entries of rows, same index (gap: NULL) */
	char *fbuf;          /* writer: one entry's trees as JSON, NUL after each */
	size_t fcap, format_limit;
	/* writer only: the gap row and its arguments */
	agate_auditdb_row gap;
	char gap_args[64];
	/* writer only: upkeep between commits (measure, retention) */
	uint64_t retain_ms, max_bytes;
	uint64_t (*shipped_id)(void *ud);
	void *shipped_ud;
	uint64_t upkeep_due_ns;  /* next measure / retention step */
	bool upkeep_on;          /* the sink can measure or prune */

	/* guarded by mu */
	entry *qhead, *qtail;
	size_t qlen;       /* not yet written */
	size_t early;      /* of them, acknowledged already (async): <= window */
	size_t held;       /* of them, async ones whose reply waits for the commit */
	size_t inflight;   /* allocated entries */
	entry *dhead, *dtail;
	/* What the writer sleeps for, so that submit signals only a writer
	 * that waits for this record: WAKE_NONE while it writes (it looks
	 * at the queue again before sleeping), WAKE_ANY while the queue is
	 * empty, WAKE_FULL while an async batch gathers (only a full batch
	 * or close ends that wait early). */
	enum { WAKE_NONE, WAKE_ANY, WAKE_FULL } wake_on;
	uint64_t next_id;
	uint64_t id_limit;   /* highest id the store has reserved */
	bool gap_pending;    /* the gap row waits for a commit */
	bool dropped;        /* ids were handed out that will never be written */
	bool closing, failing, thread_done, go_ok;
	uint64_t submitted, written, failed, batches;
	char last_error[256];
	agate_auditdb_info info;  /* as upkeep last measured it */
	bool have_info;
	uint64_t retention_pruned, retention_steps;
	char retention_error[256];

	/* loop thread only */
	bool close_started, joined;
	void (*closed_cb)(void *);
	void *closed_ud;

	int open_rc;
	char open_err[256];
	uint64_t stored_generation; /* set by the writer before `opened` */
};

/* ---- entries ------------------------------------------------------------ */

static size_t slen(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

static const char *scopy(char **p, const char *s)
{
	size_t n;
	char *d = *p;

	if (!s)
		return NULL;
	n = strlen(s) + 1;
	memcpy(d, s, n);
	*p += n;
	return d;
}

/* A tree to copy into the entry when the record asks for JSON of it:
 * adds its sizes to *nodes and *bytes; false: nothing to copy. */
static bool tree_wanted(const char *json, const agate_value *v, size_t *nodes, size_t *bytes)
{
	size_t n, b;

	if (json || !v || !agated_tree_size(v, &n, &b))
		return false;
	if (*nodes > SIZE_MAX / 2 - n || *bytes > SIZE_MAX / 2 - b)
		return false;
	*nodes += n;
	*bytes += b;
	return true;
}

static entry *entry_new(const agate_audit_record *r)
{
	size_t n = slen(r->op) + slen(r->agent) + slen(r->session) + slen(r->tool) +
		   slen(r->args_json) + slen(r->verdict) + slen(r->enforcement) +
		   slen(r->rule) + slen(r->reason) + slen(r->scores_json) +
		   slen(r->trace) + slen(r->error) + slen(r->ruleset_digest) +
		   slen(r->shadow) + slen(r->rules_label);
	size_t nodes = 0, bytes = 0, lead;
	bool args_tree = tree_wanted(r->args_json, r->args_value, &nodes, &bytes);
	bool scores_tree = tree_wanted(r->scores_json, r->scores_value, &nodes, &bytes);
	entry *e;
	char *p, *tn, *tb;

	/* the trees' structs first, 8-byte aligned, then every string */
	lead = nodes ? (8 - offsetof(entry, data) % 8) % 8 : 0;
	if (n > SIZE_MAX / 4 || nodes + bytes > SIZE_MAX / 4)
		return NULL;
	e = malloc(sizeof *e + lead + nodes + bytes + n);
	if (!e)
		return NULL;
	memset(e, 0, sizeof *e);
	tn = e->data + lead;
	tb = tn + nodes;
	if (args_tree)
		e->args_tree = agated_tree_copy(r->args_value, &tn, &tb);
	if (scores_tree)
		e->scores_tree = agated_tree_copy(r->scores_value, &tn, &tb);
	p = tb;
	e->row.kind = "verdict";
	e->row.time_ms = r->time_ms;
	e->row.op = scopy(&p, r->op);
	e->row.request_id = r->request_id;
	e->row.agent = scopy(&p, r->agent);
	e->row.session = scopy(&p, r->session);
	e->row.peer_uid = r->peer_uid;
	e->row.peer_pid = r->peer_pid;
	e->row.tool = scopy(&p, r->tool);
	e->row.args_json = scopy(&p, r->args_json);
	e->row.verdict = scopy(&p, r->verdict);
	e->row.enforcement = scopy(&p, r->enforcement);
	e->row.rule = scopy(&p, r->rule);
	e->row.reason = scopy(&p, r->reason);
	e->row.scores_json = scopy(&p, r->scores_json);
	e->row.trace = scopy(&p, r->trace);
	e->row.error = scopy(&p, r->error);
	e->row.generation = r->generation;
	e->row.ruleset_digest = scopy(&p, r->ruleset_digest);
	e->row.eval_ns = r->eval_ns;
	e->row.shadow = scopy(&p, r->shadow);
	e->row.rules_label = scopy(&p, r->rules_label);
	e->refs = 2;
	return e;
}

/* Drop one reference; mu held. */
static void entry_unref(agate_audit *a, entry *e)
{
	if (--e->refs == 0) {
		a->inflight--;
		free(e->fmt);
		free(e);
	}
}

/* Queue e's acknowledgement for the loop thread; mu held. */
static void ack(agate_audit *a, entry *e, int status)
{
	e->acked = true;
	e->status = status;
	e->done_next = NULL;
	if (a->dtail)
		a->dtail->done_next = e;
	else
		a->dhead = e;
	a->dtail = e;
}

/* ---- writer thread ------------------------------------------------------ */

static void timed_wait(agate_audit *a, uint64_t ns)
{
	/* uv_cond_timedwait may wake early: callers recheck their state. */
	(void)uv_cond_timedwait(&a->cond, &a->mu, ns);
}

/* A commit failed: every record waiting in sync mode is answered -EIO now
 * (the client gets a block) rather than held for an unknown time; its row
 * stays queued and is rewritten to say what the client received. mu held. */
static void fail_waiting(agate_audit *a)
{
	for (entry *e = a->qhead; e; e = e->next) {
		if (e->acked)
			continue;
		if (e->row.verdict && strcmp(e->row.verdict, "block") != 0)
			e->row.trace = "audit write failed: the client was answered block instead of the verdict in this row";
		e->row.verdict = "block";
		e->row.error = AGATE_ERR_AUDIT;
		a->failed++;
		ack(a, e, -EIO);
	}
}

/* Shutdown while the store keeps failing: give up on what is left. */
static void drop_all(agate_audit *a)
{
	size_t n = 0;

	a->dropped = a->qhead != NULL || a->gap_pending;
	a->gap_pending = false;
	while (a->qhead) {
		entry *e = a->qhead;

		a->qhead = e->next;
		if (!e->acked) {
			a->failed++;
			ack(a, e, -EIO);
		} else if (a->mode == AGATE_AUDIT_ASYNC) {
			a->failed++;
		}
		if (e->early)
			a->early--;
		a->qlen--;
		n++;
		entry_unref(a, e);
	}
	a->qtail = NULL;
	if (n)
		agated_error("audit: shutting down with the store failing; %zu records not written (%s)",
			     n, a->last_error);
}

/* The reservation is less than one queue ahead of the ids handed out;
 * mu held. Not work once closing: nothing is handed out any more. */
static bool reserve_low(const agate_audit *a)
{
	return !a->closing && a->id_limit < a->next_id - 1 + a->id_bound;
}

static bool has_work(const agate_audit *a)
{
	return a->qhead || a->gap_pending || reserve_low(a);
}

/* Take the next batch into a->rows: the gap row first when it waits,
 * then queued entries; *nent = the entries among them, *reserve_to =
 * the reservation to commit with them (0: none). mu held. */
static size_t take_batch(agate_audit *a, size_t *nent, uint64_t *reserve_to)
{
	size_t k = 0;

	if (a->gap_pending) {
		a->ents[k] = NULL;
		a->rows[k++] = a->gap;
	}
	*nent = 0;
	/* The loop thread only appends at the tail, so the first entries
	 * stay put while mu is released. */
	for (entry *e = a->qhead; e && k < a->batch_max; e = e->next) {
		a->ents[k] = e;
		a->rows[k++] = e->row;
		(*nent)++;
	}
	*reserve_to = reserve_low(a) ? a->next_id - 1 + 2 * a->id_bound : 0;
	return k;
}

/* Write v as JSON at a->fbuf + at, growing the buffer up to format_limit:
 * one pass of agate_json_write when the text fits (agate_json_encode
 * measures first, then writes: every number formatted twice). Returns
 * the text's length, or SIZE_MAX when it does not fit the limit (the
 * row then says NULL, as when the loop thread's arena ran out). */
static size_t tree_json(agate_audit *a, size_t at, const agate_value *v, const char *what,
			uint64_t id)
{
	size_t n = agate_json_write(a->fbuf + at, a->fcap - at, v);

	if (n < a->fcap - at)
		return n;
	if (n >= a->format_limit - at) {
		agated_warn("audit: row %" PRIu64 ": %s too large to write as JSON; written as NULL",
			    id, what);
		return SIZE_MAX;
	}
	size_t cap = a->fcap * 2 > at + n + 1 ? a->fcap * 2 : at + n + 1;
	char *nb = realloc(a->fbuf, cap);

	if (!nb) {
		agated_warn("audit: row %" PRIu64 ": out of memory for its %s as JSON; "
			    "written as NULL", id, what);
		return SIZE_MAX;
	}
	a->fbuf = nb;
	a->fcap = cap;
	return agate_json_write(a->fbuf + at, a->fcap - at, v);
}

/* The batch's rows whose arguments or scores came as trees get their
 * JSON text, made here on the writer thread, once per entry (a retried
 * batch keeps it). Without mu: only the writer reads or writes an
 * entry's row and trees once it is queued. */
static void format_batch(agate_audit *a, size_t k)
{
	for (size_t i = 0; i < k; i++) {
		entry *e = a->ents[i];
		size_t na = SIZE_MAX, ns = SIZE_MAX, len;

		if (!e || (!e->args_tree && !e->scores_tree))
			continue;
		if (e->args_tree)
			na = tree_json(a, 0, e->args_tree, "arguments", e->row.id);
		if (e->scores_tree)
			ns = tree_json(a, na == SIZE_MAX ? 0 : na + 1, e->scores_tree, "scores",
				       e->row.id);
		e->args_tree = e->scores_tree = NULL;
		len = (na == SIZE_MAX ? 0 : na + 1) + (ns == SIZE_MAX ? 0 : ns + 1);
		if (!len)
			continue;
		if (!(e->fmt = malloc(len))) {
			agated_warn("audit: row %" PRIu64 ": out of memory for its JSON; "
				    "arguments and scores written as NULL", e->row.id);
			continue;
		}
		memcpy(e->fmt, a->fbuf, len);
		if (na != SIZE_MAX)
			e->row.args_json = e->fmt;
		if (ns != SIZE_MAX)
			e->row.scores_json = e->fmt + (na == SIZE_MAX ? 0 : na + 1);
		a->rows[i].args_json = e->row.args_json;
		a->rows[i].scores_json = e->row.scores_json;
	}
	/* a buffer grown for one huge row is not kept */
	if (a->fcap > 64 * FORMAT_BUF_MIN) {
		char *nb = realloc(a->fbuf, FORMAT_BUF_MIN);

		if (nb) {
			a->fbuf = nb;
			a->fcap = FORMAT_BUF_MIN;
		}
	}
}

/* A commit of k rows succeeded: the entries among them leave the queue,
 * sync ones are acknowledged. Returns whether the loop thread must be
 * told. mu held. */
static bool settle_written(agate_audit *a, size_t k, size_t nent, uint64_t reserve_to)
{
	bool signal = false;

	for (size_t i = 0; i < nent; i++) {
		entry *e = a->qhead;

		a->qhead = e->next;
		a->qlen--;
		a->written++;
		if (e->early)
			a->early--;
		else if (a->mode == AGATE_AUDIT_ASYNC && a->held)
			a->held--;
		if (!e->acked) {
			ack(a, e, 0);
			signal = true;
		}
		entry_unref(a, e);
	}
	if (!a->qhead)
		a->qtail = NULL;
	a->gap_pending = false;
	if (reserve_to > a->id_limit)
		a->id_limit = reserve_to;
	if (k)
		a->batches++;
	if (a->failing) {
		a->failing = false;
		agated_warn("audit: writes recovered; blocking on audit errors ended");
	}
	return signal;
}

/* async: let a batch gather, until its first record is flush_ms old or
 * flush_count wait (so the window never fills while a commit runs in
 * time), or a record beyond the window waits for its commit (its reply
 * is held until then: gathering longer would only delay it). mu held. */
static void gather(agate_audit *a)
{
	if (a->mode != AGATE_AUDIT_ASYNC || !a->qhead)
		return;
	a->wake_on = WAKE_FULL;
	while (!a->closing && a->qhead && a->qlen < a->flush_count && !a->held) {
		uint64_t due = a->qhead->queued_ns + (uint64_t)a->flush_ms * 1000000u;
		uint64_t now = uv_hrtime();

		if (now >= due)
			break;
		timed_wait(a, due - now);
	}
	a->wake_on = WAKE_NONE;
}

static int64_t wall_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

/* Open the sink and place next_id above every id it may have handed out
 * before; then commit the gap row (if any) and the first reservation.
 * That commit failing leaves the writer failing, to retry in its loop. */
static void writer_open(agate_audit *a)
{
	uint64_t last_id = 0, reserved = 0, reserve_to;
	char err[256] = "";
	int rc;

	a->open_rc = a->sink->ops->open(a->sink, &last_id, &reserved, a->open_err,
					sizeof a->open_err);
	if (a->open_rc < 0)
		return;
	if (a->sink->ops->generation)
		a->stored_generation = a->sink->ops->generation(a->sink);
	if (reserved < last_id)
		reserved = last_id;
	a->id_limit = reserved;
	a->next_id = reserved + 1;
	if (reserved > last_id) {
		agate_auditdb_gap_row(&a->gap, last_id + 1, reserved, wall_ms(), a->gap_args,
				      sizeof a->gap_args);
		a->gap_pending = true;
		a->next_id = reserved + 2;
		agated_warn("audit: the last run stopped without a clean shutdown; audit ids %" PRIu64
			    "..%" PRIu64 " are skipped (gap row %" PRIu64 ")", last_id + 1, reserved,
			    reserved + 1);
	}
	reserve_to = a->next_id - 1 + 2 * a->id_bound;
	a->rows[0] = a->gap;
	rc = a->sink->ops->append(a->sink, a->rows, a->gap_pending ? 1 : 0, reserve_to,
				  err, sizeof err);
	if (rc == 0) {
		a->gap_pending = false;
		a->id_limit = reserve_to;
		return;
	}
	a->failing = true;
	snprintf(a->last_error, sizeof a->last_error, "%s", err[0] ? err : strerror(-rc));
	agated_error("audit: cannot reserve audit ids, checks are blocked until it succeeds: %s",
		     a->last_error);
}

/* ---- upkeep: size, age and retention, between commits ------------------- */

#define UPKEEP_EVERY_NS 1000000000ull /* measure (and look for old rows) each second */

/* What one retention step should remove, from the last measure: rows
 * over the size bound first (oldest first, as many as the excess comes
 * to at the average row size), else rows past the age bound. Returns
 * false when nothing is due. */
static bool retention_plan(const agate_audit *a, const agate_auditdb_info *in,
			   agate_auditdb_prune_opts *o)
{
	uint64_t used = in->size_bytes - (in->free_bytes < in->size_bytes ? in->free_bytes : 0);
	int64_t now = wall_ms();

	memset(o, 0, sizeof *o);
	o->op = "retention";
	o->now_ms = now;
	o->max_rows = AGATE_AUDIT_RETAIN_BATCH;
	if (a->shipped_id && (o->max_id = a->shipped_id(a->shipped_ud)) == 0)
		return false; /* nothing shipped yet: nothing may go */
	if (a->max_bytes && used > a->max_bytes && in->last_id > in->first_id) {
		uint64_t rows = in->last_id - in->first_id + 1;
		uint64_t per_row = used / rows ? used / rows : 1;
		uint64_t want = (used - a->max_bytes) / per_row + 1;

		o->before_ms = INT64_MAX;
		o->why = "retention (audit-max-size): pruned";
		if (want < o->max_rows)
			o->max_rows = want;
		return true;
	}
	if (a->retain_ms && in->has_oldest && in->oldest_ms < now - (int64_t)a->retain_ms) {
		o->before_ms = now - (int64_t)a->retain_ms;
		o->why = "retention (audit-retain-days): pruned";
		return true;
	}
	return false;
}

/* One upkeep pass: measure the store and take at most one retention step
 * (one bounded transaction); when that step left old rows behind the next
 * pass is due at once, after the next commit of verdict rows, so that
 * retention catches up in small steps and never holds the queue for
 * long. mu held on entry and exit, released for the I/O. */
static void upkeep(agate_audit *a)
{
	agate_auditdb_info in;
	agate_auditdb_prune_opts o;
	agate_auditdb_prune_result res = { 0 };
	char err[256] = "";
	bool have = false, stepped = false;
	int rc = 0;

	a->upkeep_due_ns = uv_hrtime() + UPKEEP_EVERY_NS;
	if (a->failing)
		return; /* the commits come first; their retries measure too */
	uv_mutex_unlock(&a->mu);
	if (a->sink->ops->info)
		have = a->sink->ops->info(a->sink, &in) == 0;
	if (have && a->sink->ops->prune && retention_plan(a, &in, &o)) {
		stepped = true;
		rc = a->sink->ops->prune(a->sink, &o, &res, err, sizeof err);
		if (rc == 0 && res.deleted > 0 && a->sink->ops->info)
			have = a->sink->ops->info(a->sink, &in) == 0;
	}
	uv_mutex_lock(&a->mu);
	a->have_info = have;
	if (have)
		a->info = in;
	if (!stepped)
		return;
	if (rc < 0) {
		if (strcmp(a->retention_error, err) != 0)
			agated_warn("audit: retention step failed, retrying in a second: %s",
				    err[0] ? err : strerror(-rc));
		snprintf(a->retention_error, sizeof a->retention_error, "%s",
			 err[0] ? err : strerror(-rc));
		return;
	}
	a->retention_error[0] = '\0';
	if (res.deleted > 0) {
		a->retention_pruned += res.deleted;
		a->retention_steps++;
		a->upkeep_due_ns = uv_hrtime(); /* more may wait: go on after the next commit */
	}
}

static bool upkeep_due(const agate_audit *a)
{
	return a->upkeep_on && !a->closing && uv_hrtime() >= a->upkeep_due_ns;
}

/* Sleep until a record comes, close begins or upkeep is due. mu held. */
static void writer_wait(agate_audit *a)
{
	a->wake_on = WAKE_ANY;
	while (!has_work(a) && !a->closing && !upkeep_due(a)) {
		uint64_t now = uv_hrtime();

		if (a->upkeep_on && now < a->upkeep_due_ns)
			timed_wait(a, a->upkeep_due_ns - now);
		else if (!a->upkeep_on)
			uv_cond_wait(&a->cond, &a->mu);
	}
	a->wake_on = WAKE_NONE;
}

static void writer(void *arg)
{
	agate_audit *a = arg;
	char err[256];
	unsigned backoff = BACKOFF_MIN_MS;
	int close_attempts = 0;

	writer_open(a);
	/* measured at once, then every second: stats have the size at start */
	a->upkeep_on = a->open_rc == 0 && (a->sink->ops->info || a->sink->ops->prune);
	a->upkeep_due_ns = 0;
	uv_sem_post(&a->opened);
	uv_sem_wait(&a->go);
	if (!a->go_ok)
		goto out;

	uv_mutex_lock(&a->mu);
	for (;;) {
		size_t k, nent;
		uint64_t reserve_to;
		int rc;
		bool signal;

		writer_wait(a);
		if (!has_work(a)) {
			if (a->closing)
				break; /* closing and drained */
			upkeep(a);
			continue;
		}
		gather(a);
		/* Group commit: everything that queued while the last commit
		 * ran goes into this one. */
		k = take_batch(a, &nent, &reserve_to);
		uv_mutex_unlock(&a->mu);
		format_batch(a, k);

		err[0] = '\0';
		rc = a->sink->ops->append(a->sink, a->rows, k, reserve_to, err, sizeof err);

		uv_mutex_lock(&a->mu);
		signal = false;
		if (rc == 0) {
			signal = settle_written(a, k, nent, reserve_to);
			backoff = BACKOFF_MIN_MS;
			if (upkeep_due(a)) {
				/* the waiting clients first, then one step */
				if (signal) {
					uv_mutex_unlock(&a->mu);
					uv_async_send(&a->async);
					uv_mutex_lock(&a->mu);
					signal = false;
				}
				upkeep(a);
			}
		} else {
			if (!a->failing || strcmp(a->last_error, err) != 0)
				agated_error("audit: write failed, checks are blocked until it succeeds: %s (%s)",
					     err, strerror(-rc));
			a->failing = true;
			snprintf(a->last_error, sizeof a->last_error, "%s", err[0] ? err : strerror(-rc));
			if (a->mode == AGATE_AUDIT_SYNC && a->qhead) {
				fail_waiting(a);
				signal = true;
			}
			if (a->closing && ++close_attempts >= CLOSE_ATTEMPTS) {
				drop_all(a);
				signal = true;
			} else {
				uv_mutex_unlock(&a->mu);
				if (signal)
					uv_async_send(&a->async);
				signal = false;
				uv_mutex_lock(&a->mu);
				timed_wait(a, (uint64_t)backoff * 1000000u);
				backoff = backoff * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : backoff * 2;
			}
		}
		if (signal) {
			uv_mutex_unlock(&a->mu);
			uv_async_send(&a->async);
			uv_mutex_lock(&a->mu);
		}
		if (rc == 0 && a->sink->ops->after) {
			/* the replies are on their way: the store's deferred
			 * work (a checkpoint's copy and fsyncs) delays none */
			uv_mutex_unlock(&a->mu);
			a->sink->ops->after(a->sink);
			uv_mutex_lock(&a->mu);
		}
	}
	uv_mutex_unlock(&a->mu);

	/* Every id handed out is written: the next start needs no gap. */
	err[0] = '\0';
	if (!a->dropped && a->sink->ops->release &&
	    a->sink->ops->release(a->sink, err, sizeof err) < 0)
		agated_warn("audit: releasing the reserved ids: %s (the next start records a gap)",
			    err);
	err[0] = '\0';
	if (a->sink->ops->sync && a->sink->ops->sync(a->sink, err, sizeof err) < 0)
		agated_warn("audit: final sync: %s", err);
out:
	a->sink->ops->close(a->sink);
	a->sink = NULL;
	if (a->go_ok) {
		uv_mutex_lock(&a->mu);
		a->thread_done = true;
		uv_mutex_unlock(&a->mu);
		uv_async_send(&a->async);
	}
}

/* ---- loop thread -------------------------------------------------------- */

static void on_closed(uv_handle_t *h)
{
	agate_audit *a = h->data;
	void (*cb)(void *) = a->closed_cb;
	void *ud = a->closed_ud;

	if (--a->handles > 0)
		return;
	uv_mutex_destroy(&a->mu);
	uv_cond_destroy(&a->cond);
	uv_sem_destroy(&a->opened);
	uv_sem_destroy(&a->go);
	free(a->rows);
	free(a->ents);
	free(a->fbuf);
	free(a);
	if (cb)
		cb(ud);
}

/* Deliver every acknowledgement waiting; returns whether the writer has
 * finished. Callbacks run without the lock: they may submit again. */
static bool deliver(agate_audit *a)
{
	entry *list, *e, *next;
	bool done;

	uv_mutex_lock(&a->mu);
	list = a->dhead;
	a->dhead = a->dtail = NULL;
	done = a->thread_done;
	uv_mutex_unlock(&a->mu);
	for (e = list; e; e = e->done_next)
		if (e->cb)
			e->cb(e->ud, e->status, e->row.id);
	if (list) {
		uv_mutex_lock(&a->mu);
		for (e = list; e; e = next) {
			next = e->done_next;
			entry_unref(a, e);
		}
		uv_mutex_unlock(&a->mu);
	}
	return done;
}

static void on_async(uv_async_t *h)
{
	agate_audit *a = h->data;

	if (!deliver(a) || !a->close_started || a->joined)
		return;
	uv_thread_join(&a->thread);
	a->joined = true;
	/* Acks the writer queued just before it finished. */
	deliver(a);
	if (a->deferred_wake) {
		uv_close((uv_handle_t *)&a->prep, on_closed);
		uv_close((uv_handle_t *)&a->chk, on_closed);
	}
	uv_close((uv_handle_t *)&a->async, on_closed);
}

static void kick_writer(agate_audit *a)
{
	if (a->kick) {
		a->kick = false;
		uv_cond_signal(&a->cond);
	}
}

static void on_prepare(uv_prepare_t *h)
{
	kick_writer(h->data);
}

static void on_check(uv_check_t *h)
{
	kick_writer(h->data);
}

static void cfg_defaults(agate_audit *a, const agate_audit_config *cfg)
{
	a->mode = cfg->mode;
	a->queue_max = cfg->queue_max ? cfg->queue_max : DEFAULT_QUEUE_MAX;
	a->flush_ms = cfg->flush_ms ? cfg->flush_ms : DEFAULT_FLUSH_MS;
	a->batch_max = cfg->batch_max ? cfg->batch_max : DEFAULT_BATCH_MAX;
	a->window = cfg->window ? cfg->window : AGATE_AUDIT_WINDOW;
	/* half the window starts a commit: the other half takes what
	 * arrives while it runs */
	a->flush_count = a->window / 2 ? a->window / 2 : 1;
	if (a->flush_count > a->batch_max)
		a->flush_count = a->batch_max;
	/* unwritten ids: every entry in flight, in either mode (in async
	 * mode the entries past the window wait in the queue too) */
	a->id_bound = a->queue_max;
	a->retain_ms = cfg->retain_ms;
	a->max_bytes = cfg->max_bytes;
	a->shipped_id = cfg->shipped_id;
	a->shipped_ud = cfg->shipped_ud;
}

int agate_audit_open_sink(uv_loop_t *loop, const agate_audit_config *cfg,
			  agate_sink *sink, agate_audit **out, char *err, size_t errcap)
{
	agate_audit *a = NULL;
	int rc;

	if (!loop || !cfg || !sink || !out || (cfg->mode != AGATE_AUDIT_SYNC &&
					       cfg->mode != AGATE_AUDIT_ASYNC)) {
		if (sink)
			sink->ops->close(sink);
		snprintf(err, errcap, "audit: invalid arguments");
		return -EINVAL;
	}
	a = calloc(1, sizeof *a);
	if (!a) {
		sink->ops->close(sink);
		snprintf(err, errcap, "audit: out of memory");
		return -ENOMEM;
	}
	a->loop = loop;
	a->sink = sink;
	cfg_defaults(a, cfg);
	a->rows = calloc(a->batch_max, sizeof *a->rows);
	a->ents = calloc(a->batch_max, sizeof *a->ents);
	a->format_limit = cfg->format_limit ? cfg->format_limit : DEFAULT_FORMAT_LIMIT;
	a->fcap = FORMAT_BUF_MIN;
	a->fbuf = malloc(a->fcap);
	if (!a->rows || !a->ents || !a->fbuf) {
		sink->ops->close(sink);
		free(a->rows);
		free(a->ents);
		free(a->fbuf);
		free(a);
		snprintf(err, errcap, "audit: out of memory");
		return -ENOMEM;
	}
	if ((rc = uv_mutex_init(&a->mu)) < 0)
		goto fail_mutex;
	if ((rc = uv_cond_init(&a->cond)) < 0)
		goto fail_cond;
	if ((rc = uv_sem_init(&a->opened, 0)) < 0)
		goto fail_sem1;
	if ((rc = uv_sem_init(&a->go, 0)) < 0)
		goto fail_sem2;
	if ((rc = uv_thread_create(&a->thread, writer, a)) < 0)
		goto fail_thread;
	/* The writer opens its own connection and reserves the first ids;
	 * wait for the outcome so a bad path or a newer schema fails
	 * agated's start. */
	uv_sem_wait(&a->opened);
	if (a->open_rc < 0) {
		rc = a->open_rc;
		snprintf(err, errcap, "%s", a->open_err);
		goto fail_open;
	}
	if ((rc = uv_async_init(loop, &a->async, on_async)) < 0) {
		snprintf(err, errcap, "audit: %s", uv_strerror(rc));
		goto fail_open;
	}
	a->async.data = a;
	a->handles = 1;
	/* Without these two handles (they cannot fail in libuv today),
	 * submit wakes the writer itself. */
	if (uv_prepare_init(loop, &a->prep) == 0 && uv_check_init(loop, &a->chk) == 0 &&
	    uv_prepare_start(&a->prep, on_prepare) == 0 &&
	    uv_check_start(&a->chk, on_check) == 0) {
		a->prep.data = a->chk.data = a;
		uv_unref((uv_handle_t *)&a->prep);
		uv_unref((uv_handle_t *)&a->chk);
		a->deferred_wake = true;
		a->handles = 3;
	}
	a->go_ok = true;
	uv_sem_post(&a->go);
	*out = a;
	return 0;

fail_open:
	a->go_ok = false;
	uv_sem_post(&a->go);
	uv_thread_join(&a->thread); /* closes the sink */
	sink = NULL;
fail_thread:
	uv_sem_destroy(&a->go);
fail_sem2:
	uv_sem_destroy(&a->opened);
fail_sem1:
	uv_cond_destroy(&a->cond);
fail_cond:
	uv_mutex_destroy(&a->mu);
fail_mutex:
	if (sink)
		sink->ops->close(sink);
	if (rc != a->open_rc || rc == 0)
		snprintf(err, errcap, "audit: %s", uv_strerror(rc));
	free(a->rows);
	free(a->ents);
	free(a->fbuf);
	free(a);
	return rc;
}

/* The group and mode of the database files. The right to ask is not the
 * right to read: the socket's group (the agents') never gets to read the
 * log, even when it is the group asked for. */
static int file_access(const agate_audit_config *cfg, agate_auditdb_access *acc,
		       char *err, size_t errcap)
{
	struct stat st;

	acc->gid = (unsigned)getegid();
	acc->group_read = true;
	if (cfg->group) {
		struct group gr, *found = NULL;
		char buf[16384], *end;
		unsigned long n;

		if (getgrnam_r(cfg->group, &gr, buf, sizeof buf, &found) == 0 && found) {
			acc->gid = (unsigned)gr.gr_gid;
		} else {
			errno = 0;
			n = strtoul(cfg->group, &end, 10);
			if (!*cfg->group || *end || errno || n >= (unsigned long)(gid_t)-1) {
				snprintf(err, errcap, "audit-group: no group named '%s'", cfg->group);
				return -EINVAL;
			}
			acc->gid = (unsigned)n;
		}
	}
	if (cfg->socket_path && stat(cfg->socket_path, &st) == 0 &&
	    st.st_gid == (gid_t)acc->gid && (st.st_mode & 0060)) {
		acc->group_read = false;
		if (cfg->group)
			agated_warn("audit: audit-group %s is the socket's group: agents could read the "
				    "log, so it is readable by agated's user only; name a group agents "
				    "are not in", cfg->group);
		else
			agated_info("audit: the log is readable by agated's user only (set audit-group "
				    "for auditors)");
	}
	return 0;
}

int agate_audit_open(uv_loop_t *loop, const agate_audit_config *cfg,
		     agate_audit **out, char *err, size_t errcap)
{
	agate_sink *sink;
	agate_auditdb_access acc;
	int rc;

	if (!cfg || !cfg->db_path) {
		snprintf(err, errcap, "audit: no database path");
		return -EINVAL;
	}
	if ((rc = file_access(cfg, &acc, err, errcap)) < 0)
		return rc;
	sink = agate_sink_sqlite_new(cfg->db_path, cfg->durable ? AGATE_AUDITDB_SYNC_FULL : 0);
	if (!sink) {
		snprintf(err, errcap, "audit: out of memory");
		return -ENOMEM;
	}
	agate_sink_sqlite_set_access(sink, &acc);
	return agate_audit_open_sink(loop, cfg, sink, out, err, errcap);
}

/* Whether a record may be accepted now: 0, or what submit returns. mu
 * held. A record nobody waits for (no done) is acknowledged on
 * acceptance, so in async mode it cannot pass the window (-EBUSY: the
 * caller submits it again with a done callback, to wait for its commit). */
static int admit(const agate_audit *a, bool waitable)
{
	if (a->failing)
		return -EIO;
	if (a->inflight >= a->queue_max)
		return -EAGAIN;
	if (a->mode == AGATE_AUDIT_ASYNC && !waitable && a->early >= a->window)
		return -EBUSY;
	/* never an id the store has not reserved */
	if (a->next_id > a->id_limit)
		return -EAGAIN;
	return 0;
}

int agate_audit_submit(agate_audit *a, const agate_audit_record *rec,
		       agate_audit_done_cb done, void *ud, uint64_t *audit_id)
{
	entry *e;
	int rc = 0;
	bool async_ack = false, wake = false;

	if (!a || !rec)
		return -EINVAL;
	if (a->close_started)
		return -ESHUTDOWN;
	uv_mutex_lock(&a->mu);
	rc = admit(a, done != NULL);
	uv_mutex_unlock(&a->mu);
	if (rc < 0)
		return rc;
	/* Copy outside the lock; the writer may be settling a batch. */
	e = entry_new(rec);
	if (!e)
		return -ENOMEM;
	e->cb = done;
	e->ud = ud;
	e->queued_ns = uv_hrtime();

	uv_mutex_lock(&a->mu);
	rc = admit(a, done != NULL);
	if (rc == 0) {
		e->row.id = a->next_id++;
		if (a->qtail)
			a->qtail->next = e;
		else
			a->qhead = e;
		a->qtail = e;
		a->qlen++;
		a->inflight++;
		a->submitted++;
		if (a->mode == AGATE_AUDIT_ASYNC) {
			if (!done) {
				/* nobody to tell: acknowledged now, one
				 * reference (the write side) */
				e->acked = true;
				e->early = true;
				e->refs = 1;
				a->early++;
			} else if (a->early < a->window) {
				ack(a, e, 0);
				e->early = true;
				a->early++;
				async_ack = true;
			} else {
				/* never more acknowledged and unwritten
				 * than the window: this record waits for its
				 * commit, as in sync mode, and the writer
				 * commits without gathering (gather) */
				a->held++;
			}
		}
		if (audit_id)
			*audit_id = e->row.id;
		wake = a->wake_on == WAKE_ANY ||
		       (a->wake_on == WAKE_FULL && (a->qlen >= a->flush_count || !e->acked));
	}
	uv_mutex_unlock(&a->mu);
	if (rc < 0) {
		free(e);
		return rc;
	}
	/* After the unlock: the woken writer does not block on mu at once;
	 * or at the end of this loop iteration, with the records that come
	 * after this one (on_check, on_prepare). */
	if (wake) {
		if (a->deferred_wake)
			a->kick = true;
		else
			uv_cond_signal(&a->cond);
	}
	if (async_ack)
		uv_async_send(&a->async);
	return 0;
}

void agate_audit_get_stats(agate_audit *a, agate_audit_stats *st)
{
	memset(st, 0, sizeof *st);
	if (!a)
		return;
	uv_mutex_lock(&a->mu);
	st->submitted = a->submitted;
	st->written = a->written;
	st->failed = a->failed;
	st->queue_depth = a->qlen;
	st->queue_max = a->queue_max;
	st->failing = a->failing;
	snprintf(st->last_error, sizeof st->last_error, "%s", a->failing ? a->last_error : "");
	st->batches = a->batches;
	st->have_db = a->have_info;
	st->db_bytes = a->info.size_bytes;
	st->db_free_bytes = a->info.free_bytes;
	st->have_oldest = a->have_info && a->info.has_oldest;
	st->oldest_ms = a->info.oldest_ms;
	st->retention_pruned = a->retention_pruned;
	st->retention_steps = a->retention_steps;
	snprintf(st->retention_error, sizeof st->retention_error, "%s", a->retention_error);
	uv_mutex_unlock(&a->mu);
}

uint64_t agate_audit_next_id(agate_audit *a)
{
	uint64_t id;

	uv_mutex_lock(&a->mu);
	id = a->next_id;
	uv_mutex_unlock(&a->mu);
	return id;
}

uint64_t agate_audit_stored_generation(agate_audit *a)
{
	/* written by the writer before it posted `opened`, read only after */
	return a->stored_generation;
}

void agate_audit_close(agate_audit *a, void (*closed_cb)(void *ud), void *ud)
{
	if (!a || a->close_started)
		return;
	a->close_started = true;
	a->closed_cb = closed_cb;
	a->closed_ud = ud;
	uv_mutex_lock(&a->mu);
	a->closing = true;
	uv_cond_signal(&a->cond);
	uv_mutex_unlock(&a->mu);
	/* The writer's final uv_async_send finishes the close in on_async. */
}
