/* server.c - agated's loop: the listening socket, signals, the periodic
 * sweep, reloads and the orderly shutdown.
 *
 * Socket hygiene: before binding we connect to an existing socket file;
 * if something answers another daemon runs and we refuse to start,
 * otherwise the stale file is removed. The socket is created under umask
 * 0117 (mode 0660): its owner and group decide who may ask. Accepting is
 * done by hand on a polled descriptor so that we can stop while the
 * process is out of descriptors and try again a second later.
 */
#include "daemon/server.h"

#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "daemon/conn.h"
#include "daemon/log.h"
#include "daemon/notify.h"
#include "daemon/ops/ops.h"
#include "daemon/ops/request.h"
#include "daemon/watch.h"
#include "daemon/fleet.h"
#include "schema/protocol.h"
#include "schema/wire.h"

#define TICK_MS 250u
#define ACCEPT_BURST 64
#define ACCEPT_RETRY_MS 1000u
#define SHUTDOWN_GRACE_MS 5000u
/* Connection memory given back since the last trim that makes another
 * worth its cost (a walk over malloc's free lists). */
#define TRIM_STEP (8u * 1024u * 1024u)
#define MMAP_THRESHOLD (128 * 1024)
/* freed heap kept for reuse before glibc gives it back by itself */
#define TRIM_THRESHOLD (8 * 1024 * 1024)

/* ---- listening socket ----------------------------------------------- */

static int socket_addr(const char *path, struct sockaddr_un *sa)
{
	memset(sa, 0, sizeof(*sa));
	sa->sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sa->sun_path))
		return -ENAMETOOLONG;
	strcpy(sa->sun_path, path);
	return 0;
}

/* Remove a stale socket file, or refuse when a live daemon answers. */
static int clear_stale(const char *path, struct sockaddr_un *sa)
{
	struct stat st;
	int fd, e;

	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : -errno;
	if (!S_ISSOCK(st.st_mode)) {
		agated_error("%s exists and is not a socket; not touching it", path);
		return -EEXIST;
	}
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	e = connect(fd, (struct sockaddr *)sa, sizeof(*sa));
	close(fd);
	if (e == 0) {
		agated_error("another agated is listening on %s", path);
		return -EADDRINUSE;
	}
	if (errno != ECONNREFUSED && errno != ENOENT) {
		e = -errno;
		agated_error("cannot probe %s: %s", path, strerror(errno));
		return e;
	}
	agated_info("removing stale socket %s", path);
	if (unlink(path) != 0 && errno != ENOENT)
		return -errno;
	return 0;
}

static int listen_socket(const char *path)
{
	struct sockaddr_un sa;
	mode_t old;
	int fd, e;

	if ((e = socket_addr(path, &sa)))
		return e;
	if ((e = clear_stale(path, &sa)))
		return e;
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	old = umask(0117);
	e = bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (e != 0 || listen(fd, 256) != 0) {
		e = -errno;
		close(fd);
		return e;
	}
	return fd;
}

static void on_listen(uv_poll_t *p, int status, int events);

/* A listening socket handed over by the service manager (systemd socket
 * activation: LISTEN_PID is us, LISTEN_FDS >= 1, the socket is fd 3).
 * Returns the fd, or -1 when there is none. */
static int inherited_socket(void)
{
	const char *pid = getenv("LISTEN_PID"), *fds = getenv("LISTEN_FDS");
	int fd = 3, flags;

	if (!pid || !fds || strtol(pid, NULL, 10) != (long)getpid() ||
	    strtol(fds, NULL, 10) < 1)
		return -1;
	unsetenv("LISTEN_PID");
	unsetenv("LISTEN_FDS");
	unsetenv("LISTEN_FDNAMES");
	flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0 ||
	    fcntl(fd, F_SETFD, FD_CLOEXEC) < 0)
		return -1;
	return fd;
}

static void accept_resume(uv_timer_t *t)
{
	agated *d = t->data;

	if (d->stopping || d->listen_active || !d->listen_open)
		return;
	if (uv_poll_start(&d->listen_poll, UV_READABLE, on_listen) == 0) {
		d->listen_active = true;
		agated_info("accepting connections again");
	}
}

static void on_listen(uv_poll_t *p, int status, int events)
{
	agated *d = p->data;

	(void)events;
	if (status < 0) {
		agated_warn("listen: %s", uv_strerror(status));
		return;
	}
	for (int i = 0; i < ACCEPT_BURST && !d->stopping; i++) {
		int fd = accept4(d->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

		if (fd >= 0) {
			(void)agated_conn_accept(d, fd);
			continue;
		}
		if (errno == EINTR || errno == ECONNABORTED)
			continue;
		if (errno == EAGAIN || errno == EWOULDBLOCK)
			break;
		if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS ||
		    errno == ENOMEM) {
			/* the pending connection stays in the backlog; we look
			 * again once descriptors may have been freed */
			agated_warn("listen: out of descriptors (%s); pausing accept for %u ms",
				    strerror(errno), ACCEPT_RETRY_MS);
			uv_poll_stop(&d->listen_poll);
			d->listen_active = false;
			uv_timer_start(&d->accept_retry, accept_resume, ACCEPT_RETRY_MS, 0);
			break;
		}
		agated_warn("listen: accept: %s", strerror(errno));
		break;
	}
}

/* ---- handles -------------------------------------------------------- */

static void on_handle_closed(uv_handle_t *h)
{
	agated *d = h->data;

	d->handles_open--;
}

static void close_handle(agated *d, uv_handle_t *h)
{
	if (!uv_is_closing(h)) {
		h->data = d;
		uv_close(h, on_handle_closed);
	}
}

static void close_listener(agated *d)
{
	if (!d->listen_open)
		return;
	d->listen_open = false;
	d->listen_active = false;
	close_handle(d, (uv_handle_t *)&d->listen_poll);
	close(d->listen_fd);
	d->listen_fd = -1;
	if (!d->listen_inherited && unlink(d->cfg->socket_path) != 0 && errno != ENOENT)
		agated_warn("cannot remove %s: %s", d->cfg->socket_path, strerror(errno));
}

/* ---- shutdown ------------------------------------------------------- */

static void on_audit_closed(void *ud)
{
	agated *d = ud;

	d->audit = NULL;
	agated_info("audit log drained and closed");
	agated_conns_drain(d, SHUTDOWN_GRACE_MS);
	close_handle(d, (uv_handle_t *)&d->tick);
	close_handle(d, (uv_handle_t *)&d->sig_term);
	close_handle(d, (uv_handle_t *)&d->sig_int);
	close_handle(d, (uv_handle_t *)&d->sig_hup);
	uv_timer_stop(&d->accept_retry);
	close_handle(d, (uv_handle_t *)&d->accept_retry);
}

/* a start that failed once the log was open: the log is all there is */
static void on_audit_closed_at_start(void *ud)
{
	agated *d = ud;

	d->audit = NULL;
}

static void finish_shutdown(agated *d)
{
	/* held calls end as block, each with its row, before the log closes */
	agated_holds_cancel_all(d, "daemon shutting down");
	agated_conn_shutdown_all(d);
	if (d->audit)
		agate_audit_close(d->audit, on_audit_closed, d);
}

static void begin_shutdown(agated *d, const char *why)
{
	if (d->stopping)
		return;
	d->stopping = true;
	agated_info("%s: shutting down", why);
	agated_watch_stop(d->watch);
	d->watch = NULL;
	uv_timer_stop(&d->accept_retry);
	close_listener(d);
	/* a reload in progress still answers its waiters and audits */
	if (!d->reloading)
		finish_shutdown(d);
}

static void request_reload(agated *d, agated_req *req, bool force, const char *who);

static void on_signal(uv_signal_t *s, int signum)
{
	agated *d = s->data;

	if (signum == SIGHUP) {
		if (!d->stopping) {
			agated_info("SIGHUP: reloading");
			request_reload(d, NULL, false, "signal");
		}
		return;
	}
	begin_shutdown(d, signum == SIGTERM ? "SIGTERM" : "SIGINT");
}

/* Memory freed by closed connections goes back to the system: glibc keeps
 * freed heap memory for reuse, so after many peers that never read
 * (each holding up to its budget in small blocks) the process would stay
 * at its peak. Large buffers are mmapped (set at start) and go back when
 * freed; the small blocks go back here, once enough was released. */
static void memory_trim(agated *d)
{
	if (d->conn_mem_high - d->conn_mem < TRIM_STEP)
		return;
#ifdef __GLIBC__
	malloc_trim(0);
#endif
	d->conn_mem_high = d->conn_mem;
}

static void memory_setup(void)
{
#ifdef __GLIBC__
	/* a fixed threshold: glibc would raise it after each large free,
	 * and then keep large buffers on the heap after they are freed */
	mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
	/* A fixed mmap threshold also fixes the trim threshold at 128 KiB:
	 * every async commit, freeing its batch of rows at once, then gave
	 * the top of the heap back and the next checks faulted it in again
	 * (a third of a page fault per check). memory_trim still gives
	 * everything back after a peak of connections. */
	mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD);
#endif
}

static void on_tick(uv_timer_t *t)
{
	agated *d = t->data;

	agated_holds_sweep(d);
	agated_conn_sweep(d);
	agated_audit_trouble_check(d);
	agated_fleet_tick(d);
	memory_trim(d);
	if (++d->ticks % 40 == 0)
		agated_sessions_expire(d->sessions, (int64_t)uv_now(d->loop));
}

/* ---- reload --------------------------------------------------------- */

typedef struct reload_work {
	uv_work_t w;
	agated *d;
	uint64_t generation;
	char *label;        /* the label asked for, or the configured one */
	const char *who;    /* "admin", "signal" or "watch" */
	agated_snapshot *snap;
	agate_diags *diags;
	agated_fleet_reload fleet; /* a bundle's folder, or the local rules */
	int rc;
} reload_work;

static void reload_run(uv_work_t *w)
{
	reload_work *rw = (reload_work *)w;
	agated_config *cfg = rw->d->cfg;

	/* only the configuration (never changed after start) is read here */
	rw->diags = agate_diags_new();
	if (!rw->diags) {
		rw->rc = -ENOMEM;
		return;
	}
	rw->rc = agated_fleet_load_policy(cfg, rw->fleet.dir, rw->generation, &rw->snap,
					  rw->diags);
	if (rw->rc == 0 && (rw->rc = agated_snapshot_set_version(rw->snap, rw->generation,
								 rw->label)) < 0) {
		agated_snapshot_unref(rw->snap);
		rw->snap = NULL;
	}
}

static void start_reload(agated *d);

static void answer_reload(agated *d, agated_req *r, bool ok, const char *msg,
			  agate_diags *diags, size_t dropped)
{
	msgpack_packer pk;
	char line[512];

	if (r->waits)
		r->waits--;
	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", ok);
	agated_pk_ku64(&pk, "generation", agated_snapshot_generation(d->snap));
	agated_pk_kstr(&pk, "digest", agated_snapshot_digest(d->snap));
	agated_pk_ku64(&pk, "rules", agated_snapshot_rule_count(d->snap));
	agated_pk_kstr(&pk, "label", agated_snapshot_label(d->snap));
	if (ok) {
		agated_pk_ku64(&pk, "dropped", dropped);
		agated_reply_end(r, 7);
	} else {
		size_t n = diags ? agate_diags_count(diags) : 0, off;
		uint32_t k = 0;

		agated_stats_error(d->stats, AGATE_ERR_RELOAD);
		agated_pk_kstr(&pk, "error", AGATE_ERR_RELOAD);
		agated_pk_kstr(&pk, "message", msg);
		agated_pk_key(&pk, "errors");
		off = agated_pk_array_begin(&r->out);
		for (size_t i = 0; i < n && k < 1000; i++) {
			const agate_diag *dg = agate_diags_at(diags, i);
			if (dg->level != AGATE_DIAG_ERROR)
				continue;
			agate_diag_format(dg, line, sizeof(line));
			agate_wire_pack_cstr(&pk, line);
			k++;
		}
		agated_pk_array_end(&r->out, off, k);
		agated_pk_kstr(&pk, "verdict", "block");
		agated_reply_end(r, 10);
	}
	agated_req_progress(r);
}

/* An attempt that never ran (it could not start, or agated stops): its
 * row, then its requests answered. */
static void reload_not_run(agated *d, agated_req *waiters, const char *who, const char *msg)
{
	agated_reload_attempt at = {
		.who = waiters ? "admin" : who, .asker = waiters, .outcome = "not-started",
		.generation = agated_snapshot_generation(d->snap),
		.digest = agated_snapshot_digest(d->snap), .label = agated_snapshot_label(d->snap),
		.previous = agated_snapshot_generation(d->snap), .message = msg,
	};
	agated_req *r, *next;

	for (r = waiters; r; r = r->reload_next)
		at.requests++;
	(void)agated_audit_reload(d, &at, NULL);
	for (r = waiters; r; r = next) {
		next = r->reload_next;
		r->reload_next = NULL;
		answer_reload(d, r, false, msg, NULL, 0);
	}
}

static void reload_done(uv_work_t *w, int status)
{
	reload_work *rw = (reload_work *)w;
	agated *d = rw->d;
	agated_req *waiters = d->reload_waiters, *r, *next;
	agated_reload_attempt at = {
		.who = rw->who, .asker = waiters, .generation = agated_snapshot_generation(d->snap),
		.digest = agated_snapshot_digest(d->snap), .label = agated_snapshot_label(d->snap),
		.previous = agated_snapshot_generation(d->snap),
		.bundle_digest = agated_fleet_reload_digest(&rw->fleet),
		.bundle_revision = rw->fleet.revision,
	};
	bool ok = false;
	size_t dropped = 0;
	char msg[256];

	d->reload_waiters = NULL;
	for (r = waiters; r; r = r->reload_next) {
		at.force = at.force || r->reload_force;
		at.requests++;
	}
	if (rw->snap) {
		at.built = agated_snapshot_digest(rw->snap);
		at.rules = agated_snapshot_rule_count(rw->snap);
	}
	if (status < 0 || rw->rc) {
		size_t nerr = rw->diags ? agate_diags_errors(rw->diags) : 0;
		at.errors = nerr;
		snprintf(msg, sizeof(msg), "reload failed with %zu error%s; generation %llu stays in force",
			 nerr, nerr == 1 ? "" : "s",
			 (unsigned long long)agated_snapshot_generation(d->snap));
		for (size_t i = 0; rw->diags && i < agate_diags_count(rw->diags); i++) {
			char line[512];
			agate_diag_format(agate_diags_at(rw->diags, i), line, sizeof(line));
			agated_warn("reload: %s", line);
		}
		if (rw->rc == -ENOMEM || status < 0)
			snprintf(msg, sizeof(msg), "reload failed: %s",
				 status < 0 ? uv_strerror(status) : strerror(-rw->rc));
		at.outcome = "failed";
	} else if (!at.force && !agated_snapshot_guard_ok(d->snap, rw->snap)) {
		dropped = agated_snapshot_dropped(d->snap, rw->snap);
		snprintf(msg, sizeof(msg),
			 "reload refused: it would drop %zu of %zu active rules; use force",
			 dropped, agated_snapshot_rule_count(d->snap));
		at.outcome = "refused";
	} else {
		dropped = agated_snapshot_dropped(d->snap, rw->snap);
		ok = true;
		snprintf(msg, sizeof(msg), "generation %llu in force: %zu rules, digest %.16s%s%s",
			 (unsigned long long)rw->generation, agated_snapshot_rule_count(rw->snap),
			 agated_snapshot_digest(rw->snap), rw->label ? ", label " : "",
			 rw->label ? rw->label : "");
		at.outcome = "loaded";
		at.generation = rw->generation;
		at.digest = agated_snapshot_digest(rw->snap);
		at.label = rw->label;
		at.built = NULL;
	}
	at.dropped = dropped;
	at.message = msg;
	/* the row first, naming the digest of what was built, then the swap:
	 * no verdict of the new generation can precede its reload row */
	(void)agated_audit_reload(d, &at, NULL);
	if (ok) {
		agated_snapshot *old = d->snap;
		d->snap = rw->snap;
		rw->snap = NULL;
		agated_snapshot_unref(old);
	}
	if (ok)
		d->reloads_ok++;
	else
		d->reloads_failed++;
	if (ok)
		agated_info("reload (%s): %s", rw->who, msg);
	else
		agated_warn("reload (%s): %s", rw->who, msg);
	for (r = waiters; r; r = next) {
		next = r->reload_next;
		r->reload_next = NULL;
		answer_reload(d, r, ok, msg, rw->diags, dropped);
	}
	agated_fleet_reload_end(d, &rw->fleet, ok, msg);
	agated_snapshot_unref(rw->snap);
	agate_diags_free(rw->diags);
	free(rw->label);
	free(rw);
	d->reloading = false;
	if (d->stopping) {
		if (d->reload_queued)
			reload_not_run(d, d->reload_queued, "admin", "daemon shutting down");
		d->reload_queued = NULL;
		finish_shutdown(d);
		return;
	}
	if (d->reload_again || d->reload_queued) {
		d->reload_waiters = d->reload_queued;
		d->reload_queued = NULL;
		d->reload_again = false;
		start_reload(d);
	}
}

/* The label of the next attempt: the first one its requests name, else
 * the configured one. NULL when none (or out of memory: the attempt
 * then goes without, which its row shows). */
static char *attempt_label(agated *d)
{
	const char *label = d->cfg->rules_label;

	for (agated_req *r = d->reload_waiters; r; r = r->reload_next)
		if (r->reload_label)
			label = r->reload_label;
	return label ? strdup(label) : NULL;
}

static void start_reload(agated *d)
{
	reload_work *rw = calloc(1, sizeof(*rw));
	const char *who = d->reload_waiters ? "admin" : d->reload_cause ? d->reload_cause : "signal";
	int e = -ENOMEM;

	d->reload_cause = NULL;
	if (rw) {
		rw->d = d;
		rw->who = who;
		rw->generation = agated_snapshot_generation(d->snap) + 1;
		rw->label = attempt_label(d);
		agated_fleet_reload_begin(d, &rw->fleet);
		e = uv_queue_work(d->loop, &rw->w, reload_run, reload_done);
	}
	if (e) {
		if (rw) {
			free(rw->label);
			agated_fleet_reload_end(d, &rw->fleet, false, "reload could not start");
		}
		free(rw);
		agated_error("reload: cannot start: %s", uv_strerror(e));
		reload_not_run(d, d->reload_waiters, who, "reload could not start");
		d->reload_waiters = NULL;
		return;
	}
	d->reloading = true;
}

/* Ask for a reload; req NULL for SIGHUP or the watch (who names which).
 * req is answered when it ends. */
static void request_reload(agated *d, agated_req *req, bool force, const char *who)
{
	if (req) {
		req->waits++;
		req->reload_force = force;
		if (d->reloading) {
			req->reload_next = d->reload_queued;
			d->reload_queued = req;
		} else {
			req->reload_next = d->reload_waiters;
			d->reload_waiters = req;
		}
	} else if (!d->reload_cause) {
		d->reload_cause = who;
	}
	if (d->reloading) {
		/* the running build may have read the files before this
		 * request was made: build again once it ends */
		d->reload_again = true;
		return;
	}
	start_reload(d);
}

static void agated_reload(agated *d, agated_req *req, bool force)
{
	request_reload(d, req, force, "signal");
}

/* the rule watch saw a change settle (watch.c) */
static void on_rules_changed(void *ud)
{
	agated *d = ud;

	if (d->stopping)
		return;
	agated_info("watch: rule or frame files changed: reloading");
	request_reload(d, NULL, false, "watch");
}

/* The start-up attempt: generation above every one the audit log has
 * seen, and its row, the first of this run. */
static int record_startup(agated *d)
{
	agated_reload_attempt at = { .who = "start-up", .outcome = "loaded" };
	char msg[256];
	int e;

	at.generation = agate_audit_stored_generation(d->audit) + 1;
	if ((e = agated_snapshot_set_version(d->snap, at.generation, d->cfg->rules_label)))
		return e;
	at.digest = agated_snapshot_digest(d->snap);
	at.label = d->cfg->rules_label;
	at.rules = agated_snapshot_rule_count(d->snap);
	at.bundle_digest = d->bundle_dir ? d->bundle_digest : NULL;
	at.bundle_revision = d->bundle_rev;
	snprintf(msg, sizeof msg, "generation %llu in force: %zu rules, digest %.16s%s%s",
		 (unsigned long long)at.generation, at.rules, at.digest,
		 at.label ? ", label " : "", at.label ? at.label : "");
	at.message = msg;
	agated_info("policy %s", msg);
	return agated_audit_reload(d, &at, NULL);
}

/* ---- run ------------------------------------------------------------ */

static int init_handles(agated *d)
{
	int e;

	if ((e = uv_timer_init(d->loop, &d->tick)))
		return e;
	d->tick.data = d;
	d->handles_open++;
	if ((e = uv_timer_init(d->loop, &d->accept_retry)))
		return e;
	d->accept_retry.data = d;
	d->handles_open++;
	uv_signal_t *sigs[] = { &d->sig_term, &d->sig_int, &d->sig_hup };
	int nums[] = { SIGTERM, SIGINT, SIGHUP };
	for (int i = 0; i < 3; i++) {
		if ((e = uv_signal_init(d->loop, sigs[i])))
			return e;
		sigs[i]->data = d;
		d->handles_open++;
		if ((e = uv_signal_start(sigs[i], on_signal, nums[i])))
			return e;
	}
	return uv_timer_start(&d->tick, on_tick, TICK_MS, TICK_MS);
}

/* The stores the loop owns: sessions, stats, reviews, the scratch arena
 * and the review webhook; 0, or -1 with the reason logged. */
static int open_stores(agated *d)
{
	const agated_config *cfg = d->cfg;
	agated_sessions_config scfg = { 0 };
	char err[512] = "";

	scfg.max_sessions = cfg->max_sessions;
	scfg.max_per_uid = cfg->max_sessions_per_uid;
	scfg.idle_ms = (uint64_t)cfg->session_idle_s * 1000u;
	d->sessions = agated_sessions_new(&scfg);
	d->stats = agated_stats_new();
	d->reviews = agated_reviews_new(cfg->max_reviews);
	/* decoding a frame may take several times its size in values */
	d->scratch = agate_arena_new((size_t)cfg->max_frame * 8u + (1u << 20));
	d->hist_scratch = agate_arena_new(AGATE_HISTORY_SCRATCH);
	if (!d->sessions || !d->stats || !d->reviews || !d->scratch || !d->hist_scratch) {
		agated_error("out of memory");
		return -1;
	}
	if (cfg->review_webhook &&
	    agated_notify_new(cfg->review_webhook, cfg->socket_path,
			      cfg->review_timeout_s, &d->notify, err, sizeof(err))) {
		agated_error("%s; not starting", err);
		return -1;
	}
	return 0;
}

/* The audit log, as the settings describe it; 0, or -1 with the reason
 * logged. */
static int open_audit_log(agated *d)
{
	const agated_config *cfg = d->cfg;
	agate_audit_config acfg = { 0 };
	char err[512] = "";
	int e;

	acfg.db_path = cfg->db_path;
	acfg.mode = cfg->audit_mode;
	acfg.queue_max = cfg->audit_queue_max;
	acfg.flush_ms = cfg->audit_flush_ms;
	acfg.window = cfg->audit_window;
	acfg.group = cfg->audit_group;
	acfg.socket_path = cfg->socket_path;
	acfg.retain_ms = (uint64_t)cfg->audit_retain_days * 86400000u;
	acfg.max_bytes = cfg->audit_max_size;
	/* the writer formats what the loop thread's scratch arena formatted */
	acfg.format_limit = (size_t)cfg->max_frame * 8u + (1u << 20);
	e = agate_audit_open(d->loop, &acfg, &d->audit, err, sizeof(err));
	if (e) {
		agated_error("cannot open the audit log %s: %s", cfg->db_path,
			     err[0] ? err : strerror(-e));
		return -1;
	}
	return 0;
}

int agated_run(agated_config *cfg)
{
	agated *d;
	uv_loop_t loop;
	agate_diags *diags = agate_diags_new();
	char err[512] = "";
	sigset_t sigs;
	int e, rc = 1, load_err;

	d = calloc(1, sizeof(*d));
	if (!d || !diags) {
		agated_error("out of memory");
		free(d);
		agate_diags_free(diags);
		return 1;
	}
	d->cfg = cfg;
	d->up.flush = agated_conn_flush;
	d->up.reload = agated_reload;
	d->listen_fd = -1;
	d->self_uid = (uint32_t)geteuid();
	d->start_ms = agated_wall_ms();
	d->start_hr = uv_hrtime();
	d->drift_cfg = agate_drift_config_default();
	d->drift_cfg.enabled = cfg->drift_enabled;
	signal(SIGPIPE, SIG_IGN);
	memory_setup();
	/* until the loop watches them, termination signals wait: a SIGTERM
	 * during start-up must still end in an orderly stop; threads started
	 * meanwhile (audit writer, thread pool) inherit the mask and so
	 * never take them */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);

	/* a policy that does not load stops the start (fail closed), once
	 * its attempt has its reload row: that needs the socket (no other
	 * agated writes the log) and the log, never a listening loop */
	load_err = agated_fleet_load_first(d, diags);
	if (load_err) {
		for (size_t i = 0; i < agate_diags_count(diags); i++) {
			char line[512];
			agate_diag_format(agate_diags_at(diags, i), line, sizeof(line));
			agated_error("%s", line);
		}
		agated_error("cannot load the policy (%s); not starting", strerror(-load_err));
	}

	if (open_stores(d))
		goto out_free;
	if ((e = uv_loop_init(&loop))) {
		agated_error("uv_loop_init: %s", uv_strerror(e));
		goto out_free;
	}
	d->loop = &loop;

	/* the socket first: a second daemon must not touch the database */
	d->listen_fd = inherited_socket();
	d->listen_inherited = d->listen_fd >= 0;
	if (d->listen_fd >= 0)
		agated_info("using the listening socket passed by the service manager");
	else
		d->listen_fd = listen_socket(cfg->socket_path);
	if (d->listen_fd < 0) {
		agated_error("cannot listen on %s: %s", cfg->socket_path,
			     strerror(-d->listen_fd));
		goto out_loop;
	}
	if (open_audit_log(d)) {
		close(d->listen_fd);
		unlink(cfg->socket_path);
		goto out_loop;
	}
	if (load_err) {
		(void)agated_audit_startup_failed(d, load_err, diags, NULL);
		goto out_audit;
	}
	if ((e = record_startup(d)) == -ENOMEM) {
		agated_error("out of memory");
		goto out_audit;
	}
	if (agated_fleet_start(d) < 0)
		goto out_audit;
	if ((e = uv_poll_init(d->loop, &d->listen_poll, d->listen_fd)) ||
	    (d->listen_poll.data = d, d->handles_open++, 0) ||
	    (e = uv_poll_start(&d->listen_poll, UV_READABLE, on_listen))) {
		agated_error("cannot poll the socket: %s", uv_strerror(e));
		goto out_loop;
	}
	d->listen_open = d->listen_active = true;
	if ((e = init_handles(d))) {
		agated_error("cannot set up the loop: %s", uv_strerror(e));
		goto out_loop;
	}
	if (cfg->watch_rules &&
	    (e = agated_watch_start(d->loop, cfg, on_rules_changed, d, &d->watch, err, sizeof(err)))) {
		agated_error("cannot watch the rule files: %s", err);
		goto out_loop;
	}
	pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
	agated_info("listening on %s (audit %s, max frame %u bytes)", cfg->socket_path,
		    cfg->audit_mode == AGATE_AUDIT_SYNC ? "sync" : "async", cfg->max_frame);
	printf("agated: listening on %s\n", cfg->socket_path);
	fflush(stdout);
	d->exit_code = 0;
	uv_run(d->loop, UV_RUN_DEFAULT);
	rc = d->exit_code;
	e = uv_loop_close(d->loop);
	if (e) {
		agated_error("loop did not close cleanly: %s", uv_strerror(e));
		rc = 1;
	} else {
		agated_info("stopped");
	}
	goto out_free;
out_audit:
	/* the start ends with the log open: what was queued is written */
	close(d->listen_fd);
	if (!d->listen_inherited)
		unlink(cfg->socket_path);
	agate_audit_close(d->audit, on_audit_closed_at_start, d);
	uv_run(d->loop, UV_RUN_DEFAULT);
out_loop:
	/* only reached before the loop ran */
	rc = 1;
	if (uv_loop_close(d->loop))
		agated_error("loop did not close cleanly after a failed start");
out_free:
	agated_fleet_stop(d);
	agated_snapshot_unref(d->snap);
	agated_sessions_free(d->sessions);
	agated_stats_free(d->stats);
	agated_reviews_free(d->reviews);
	agated_notify_free(d->notify);
	agate_arena_free(d->scratch);
	agate_arena_free(d->hist_scratch);
	agated_reqs_free_all(d);
	agated_bindings_free(d);
	free(d->uids);
	agate_diags_free(diags);
	free(d);
	return rc;
}
