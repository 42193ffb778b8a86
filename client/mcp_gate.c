/* mcp_gate.c - agate-mcp's questions to agated, off the poll loop (see
 * mcp.h).
 *
 * A call that a rule sends to review is held by agated until a person
 * decides, and replies on one connection come back in request order, so
 * a held call must not stand in front of the others. Each question is a
 * job for a small pool of worker threads, each with its own connection
 * (libagate clients are one per thread); a finished job goes on a done
 * list and a byte on a pipe wakes the poll loop. Workers are started as
 * jobs need them, up to MAX_WORKERS, and stay for the next ones.
 *
 * The identity is registered by whichever worker comes first after it
 * changed, one registration at a time, so no check of this session
 * overtakes the registration it should be judged with; the poll loop
 * only swaps the identity under a lock no one holds across I/O.
 *
 * Ownership: a job owns its tool, args and context until it is done;
 * the gate is freed by the last of the poll loop and the workers to
 * let go of it (a worker waiting on a held call may outlive
 * mcp_gate_free).
 */
#include "client/mcp.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client/agate.h"
#include "client/json.h"
#include "policy/base/arena.h"
#include "policy/base/value.h"

#define MAX_WORKERS 16
#define MAX_QUEUED 1024
#define ARENA_MAX (64u * 1024 * 1024)
#define MSG_MAX 2048
#define PING_EVERY_MS 1000 /* how often a check first asks whether agated restarted */

typedef struct job {
	struct job *next;
	bool is_register;
	uint64_t key;
	char *tool;
	json_t *args, *context;
	bool no_hold;
	mcp_verdict v;
} job;

struct mcp_gate {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	job *todo, *todo_tail, *done, *done_tail;
	size_t ntodo, workers, idle;
	int refs;
	bool closing;
	int wake[2];
	char *socket, *agent, *session;
	int timeout_ms, hold_timeout_ms;

	pthread_mutex_t id_mu;  /* the identity: set by the loop, copied by workers */
	char *purpose;
	char **tools;
	size_t ntools;
	uint64_t id_version;
	pthread_mutex_t reg_mu; /* one registration at a time, and: */
	uint64_t reg_version;   /* the identity the daemon has */
	int64_t started_ms;     /* when that daemon started (ping), 0 unknown */
	int64_t pinged_ms;      /* when we last asked (monotonic) */
};

static void job_free(job *j)
{
	if (!j)
		return;
	free(j->tool);
	json_decref(j->args);
	json_decref(j->context);
	free(j->v.message);
	free(j);
}

static void free_tools(char **tools, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tools[i]);
	free(tools);
}

static void destroy(mcp_gate *g)
{
	job *j, *next;

	for (j = g->todo; j; j = next) {
		next = j->next;
		job_free(j);
	}
	for (j = g->done; j; j = next) {
		next = j->next;
		job_free(j);
	}
	if (g->wake[0] >= 0)
		close(g->wake[0]);
	if (g->wake[1] >= 0)
		close(g->wake[1]);
	pthread_mutex_destroy(&g->mu);
	pthread_mutex_destroy(&g->id_mu);
	pthread_mutex_destroy(&g->reg_mu);
	pthread_cond_destroy(&g->cv);
	free(g->socket);
	free(g->agent);
	free(g->session);
	free(g->purpose);
	free_tools(g->tools, g->ntools);
	free(g);
}

/* Drop one reference; the last frees. Called with g->mu held; returns
 * with it released. */
static void unref_locked(mcp_gate *g)
{
	bool last = --g->refs == 0;

	pthread_mutex_unlock(&g->mu);
	if (last)
		destroy(g);
}

int mcp_gate_new(const mcp_gate_config *cfg, mcp_gate **out)
{
	mcp_gate *g = calloc(1, sizeof(*g));

	*out = NULL;
	if (!g)
		return -ENOMEM;
	g->wake[0] = g->wake[1] = -1;
	pthread_mutex_init(&g->mu, NULL);
	pthread_mutex_init(&g->id_mu, NULL);
	pthread_mutex_init(&g->reg_mu, NULL);
	pthread_cond_init(&g->cv, NULL);
	g->refs = 1;
	g->timeout_ms = cfg->timeout_ms;
	g->hold_timeout_ms = cfg->hold_timeout_ms;
	g->socket = strdup(cfg->socket);
	g->agent = strdup(cfg->agent);
	g->session = strdup(cfg->session);
	if (!g->socket || !g->agent || !g->session) {
		destroy(g);
		return -ENOMEM;
	}
	if (pipe2(g->wake, O_CLOEXEC | O_NONBLOCK)) {
		int e = -errno;
		destroy(g);
		return e;
	}
	*out = g;
	return 0;
}

void mcp_gate_free(mcp_gate *g)
{
	job *j, *next;

	if (!g)
		return;
	pthread_mutex_lock(&g->mu);
	g->closing = true;
	for (j = g->todo; j; j = next) {
		next = j->next;
		job_free(j);
	}
	g->todo = g->todo_tail = NULL;
	g->ntodo = 0;
	pthread_cond_broadcast(&g->cv);
	unref_locked(g);
}

int mcp_gate_fd(const mcp_gate *g)
{
	return g->wake[0];
}

/* ---- one job -------------------------------------------------------------- */

static void fail(job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(job *j, const char *fmt, ...)
{
	char msg[MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	j->v.allow = false;
	free(j->v.message);
	j->v.message = strdup(msg); /* NULL (out of memory) still refuses */
}

/* The identity as it is now, copied into a: its version, or 0 when there
 * is none (or no memory: then nothing is registered). */
static uint64_t identity_copy(mcp_gate *g, agate_arena *a, agate_register_request *rq)
{
	uint64_t v = 0;

	pthread_mutex_lock(&g->id_mu);
	if (g->purpose) {
		const char **tools = agate_arena_alloc(a, (g->ntools + 1) * sizeof(*tools));
		rq->purpose = agate_arena_strndup(a, g->purpose, strlen(g->purpose));
		for (size_t i = 0; tools && i < g->ntools; i++)
			if (!(tools[i] = agate_arena_strndup(a, g->tools[i], strlen(g->tools[i]))))
				tools = NULL;
		rq->tools = tools;
		rq->ntools = g->ntools;
		if (rq->purpose && tools)
			v = g->id_version;
	}
	pthread_mutex_unlock(&g->id_mu);
	return v;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A restarted agated has forgotten every session: at most once a second,
 * ping it, and when its start time changed, register again. Called with
 * reg_mu held; a failed ping changes nothing (the check will fail). */
static void notice_restart(mcp_gate *g, agate_client *cl, agate_arena *a)
{
	agate_member mb = { .key = AGATE_STR_LIT("op"),
			    .value = { .type = AGATE_STR, .as.str = AGATE_STR_LIT("ping") } };
	agate_value ping = { .type = AGATE_MAP, .as.map = { .items = &mb, .len = 1 } };
	agate_value *reply = NULL;
	const agate_value *st;
	int64_t now = now_ms();

	if (now - g->pinged_ms < PING_EVERY_MS)
		return;
	g->pinged_ms = now;
	agate_client_set_reply_timeout(cl, 0);
	if (agate_client_call(cl, &ping, a, &reply))
		return;
	st = agate_value_get(reply, "started_ms", 10);
	if (!st || st->type != AGATE_INT)
		return;
	if (g->started_ms && st->as.integer != g->started_ms)
		g->reg_version = 0;
	g->started_ms = st->as.integer;
}

/* Register the identity when it changed since it was last registered,
 * or agated restarted since (one registration at a time: the checks
 * behind it wait for it). true
 * when the daemon has an identity as recent as the one read here, or
 * there is none. The loop never waits on this: it only takes id_mu. */
static bool ensure_registered(mcp_gate *g, agate_client *cl, agate_arena *a, char *err,
			      size_t errcap)
{
	agate_register_request rq = { .agent = g->agent, .session = g->session };
	uint64_t v;
	bool ok;

	pthread_mutex_lock(&g->reg_mu);
	v = identity_copy(g, a, &rq);
	if (v)
		notice_restart(g, cl, a);
	if (v && v > g->reg_version) {
		agate_client_set_reply_timeout(cl, 0);
		if (agate_client_register(cl, &rq, a) == 0)
			g->reg_version = v;
		else
			snprintf(err, errcap, "%s: %s", agate_client_error(cl),
				 agate_client_message(cl));
	}
	ok = !v || g->reg_version >= v;
	pthread_mutex_unlock(&g->reg_mu);
	return ok;
}

/* " (rule R; audit id N)" */
static void rule_note(char *buf, size_t cap, const agate_check_reply *r)
{
	if (r->rule)
		snprintf(buf, cap, " (rule %s; audit id %llu)", r->rule,
			 (unsigned long long)r->audit_id);
	else
		snprintf(buf, cap, " (audit id %llu)", (unsigned long long)r->audit_id);
}

static void run_check(mcp_gate *g, agate_client *cl, agate_arena *a, job *j)
{
	agate_value args, context;
	agate_check_reply r;
	char err[512] = "", note[300];

	if (!cl) {
		fail(j, "agate-mcp: cannot use the socket path '%s', so the call is blocked",
		     g->socket);
		return;
	}
	if (!ensure_registered(g, cl, a, err, sizeof(err))) {
		fail(j, "agate could not register this server's identity, so the call is "
		     "blocked (%s)", err);
		return;
	}
	if (agatectl_json_to_value(j->args, a, &args) ||
	    agatectl_json_to_value(j->context, a, &context)) {
		fail(j, "agate-mcp: the arguments are nested too deep or too large, so the "
		     "call is blocked");
		return;
	}
	agate_check_request rq = { .agent = g->agent, .session = g->session, .tool = j->tool,
				   .args = &args, .context = &context, .no_hold = j->no_hold };
	agate_client_set_reply_timeout(cl, j->no_hold ? 0 : g->hold_timeout_ms);
	agate_client_check(cl, &rq, a, &r);
	j->v.audit_id = r.audit_id;
	if (r.error) {
		fail(j, "agate could not check this call, so it is blocked (%s: %s)", r.error,
		     r.message ? r.message : "");
		return;
	}
	rule_note(note, sizeof(note), &r);
	switch (r.verdict) {
	case AGATE_CHECK_ALLOW:
		j->v.allow = true;
		return;
	case AGATE_CHECK_BLOCK:
		fail(j, "agate blocked this call: %s%s", r.reason, note);
		return;
	case AGATE_CHECK_REVIEW:
		fail(j, "agate sent this call to review: %s%s", r.reason, note);
		return;
	}
	fail(j, "agate-mcp: unknown verdict, so the call is blocked");
}

/* ---- the workers ---------------------------------------------------------- */

static void *worker(void *arg)
{
	mcp_gate *g = arg;
	agate_arena *a = agate_arena_new(ARENA_MAX);
	agate_client *cl = NULL;
	char err[512];
	job *j;

	if (a && agate_client_new(g->socket, g->timeout_ms, &cl))
		cl = NULL;
	pthread_mutex_lock(&g->mu);
	for (;;) {
		while (!g->todo && !g->closing) {
			g->idle++;
			pthread_cond_wait(&g->cv, &g->mu);
			g->idle--;
		}
		if (g->closing)
			break;
		j = g->todo;
		g->todo = j->next;
		if (!g->todo)
			g->todo_tail = NULL;
		g->ntodo--;
		pthread_mutex_unlock(&g->mu);

		if (!a)
			fail(j, "agate-mcp: out of memory, so the call is blocked");
		else if (j->is_register)
			(void)(cl && ensure_registered(g, cl, a, err, sizeof(err)));
		else
			run_check(g, cl, a, j);
		if (a)
			agate_arena_reset(a);

		pthread_mutex_lock(&g->mu);
		if (j->is_register || g->closing) {
			job_free(j);
			continue;
		}
		j->next = NULL;
		if (g->done_tail)
			g->done_tail->next = j;
		else
			g->done = j;
		g->done_tail = j;
		(void)!write(g->wake[1], "", 1); /* full: the loop has wake-ups enough */
	}
	g->workers--;
	agate_client_free(cl);
	agate_arena_free(a);
	unref_locked(g);
	return NULL;
}

/* Queue j and start a worker when none is free. Takes j. */
static int enqueue(mcp_gate *g, job *j)
{
	pthread_attr_t attr;
	pthread_t t;
	int e = 0;

	pthread_mutex_lock(&g->mu);
	if (g->ntodo >= MAX_QUEUED) {
		pthread_mutex_unlock(&g->mu);
		job_free(j);
		return -EBUSY;
	}
	j->next = NULL;
	if (g->todo_tail)
		g->todo_tail->next = j;
	else
		g->todo = j;
	g->todo_tail = j;
	g->ntodo++;
	if (g->ntodo > g->idle && g->workers < MAX_WORKERS) {
		pthread_attr_init(&attr);
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
		g->refs++;
		g->workers++;
		if (pthread_create(&t, &attr, worker, g)) {
			g->refs--;
			g->workers--;
			e = g->workers ? 0 : -EAGAIN; /* the others will get to it */
		}
		pthread_attr_destroy(&attr);
	}
	if (e) { /* no worker at all: take it back */
		g->todo = g->todo_tail = NULL;
		g->ntodo = 0;
		pthread_mutex_unlock(&g->mu);
		job_free(j);
		return e;
	}
	pthread_cond_signal(&g->cv);
	pthread_mutex_unlock(&g->mu);
	return 0;
}

int mcp_gate_identity(mcp_gate *g, const char *purpose, const char *const *tools,
		      size_t ntools)
{
	char *p = strdup(purpose), **t = calloc(ntools ? ntools : 1, sizeof(*t));
	job *j = calloc(1, sizeof(*j));

	for (size_t i = 0; t && i < ntools; i++)
		if (!(t[i] = strdup(tools[i]))) {
			free_tools(t, i);
			t = NULL;
		}
	if (!p || !t || !j) {
		free(p);
		free_tools(t, t ? ntools : 0);
		free(j);
		return -ENOMEM;
	}
	pthread_mutex_lock(&g->id_mu);
	free(g->purpose);
	free_tools(g->tools, g->ntools);
	g->purpose = p;
	g->tools = t;
	g->ntools = ntools;
	g->id_version++;
	pthread_mutex_unlock(&g->id_mu);
	j->is_register = true;
	(void)enqueue(g, j); /* if it cannot run now, the next check registers */
	return 0;
}

int mcp_gate_ask(mcp_gate *g, uint64_t key, const char *tool, json_t *args, json_t *context,
		 bool no_hold)
{
	job *j = calloc(1, sizeof(*j));

	if (!j || !(j->tool = strdup(tool))) {
		free(j);
		json_decref(args);
		json_decref(context);
		return -ENOMEM;
	}
	j->key = key;
	j->args = args;
	j->context = context;
	j->no_hold = no_hold;
	j->v.key = key;
	return enqueue(g, j);
}

bool mcp_gate_next(mcp_gate *g, mcp_verdict *out)
{
	char buf[256];
	job *j;

	while (read(g->wake[0], buf, sizeof(buf)) > 0)
		;
	pthread_mutex_lock(&g->mu);
	j = g->done;
	if (j) {
		g->done = j->next;
		if (!g->done)
			g->done_tail = NULL;
	}
	pthread_mutex_unlock(&g->mu);
	if (!j)
		return false;
	*out = j->v;
	j->v.message = NULL;
	job_free(j);
	return true;
}
