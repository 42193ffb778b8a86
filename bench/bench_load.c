/* bench_load.c - load generator for a running agated, through libagate.
 *
 *   bench_load --socket PATH [--clients N] [--seconds S] [--requests K]
 *              [--warmup K] [--rules N] [--sessions N]
 *              [--reload-every MS [--reload-pid PID]] [--pipeline D]
 *
 * Each client is a thread with its own libagate connection that sends one
 * check, waits for the verdict, and sends the next (closed loop, no
 * pipelining), so a round trip is what an agent waits before each tool
 * call. Checks say hold:false: a call a rule sends to review is answered
 * at once with verdict review (the shipped packs review some generated
 * actions), so the figures time the gate and never an operator's wait.
 * Every round trip is timed with CLOCK_MONOTONIC and kept; the
 * percentiles are over all samples of all clients.
 *
 * --rules N draws tool names from the generated set of N rules so that the
 * daemon's index is exercised as in bench_eval. --sessions N spreads the
 * checks over N session names (every one is created in the daemon).
 * --reload-every MS makes one more thread ask for a reload (admin op
 * "reload", or SIGHUP to --reload-pid) every MS milliseconds while the load
 * runs; the longest round trip seen is then the longest stall.
 * --pipeline D lets each client keep D checks in flight (send D, then read
 * D replies), to show what batching on one connection buys.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client/agate.h"
#include "common.h"

#define NSPECS 512
#define MAX_CLIENTS 256

typedef struct load_cfg {
	const char *socket;
	unsigned clients;
	double seconds;
	size_t requests; /* per client, upper bound */
	size_t warmup;   /* per client, not timed */
	unsigned nrules;
	unsigned sessions;
	unsigned reload_ms;
	pid_t reload_pid;
	unsigned pipeline; /* requests in flight per client; 1 = closed loop */
} load_cfg;

typedef struct client_state {
	const load_cfg *cfg;
	unsigned index;
	pthread_t thread;
	bool joined;
	bench_samples samples;
	unsigned long verdicts[3];
	unsigned long errors;
	char first_error[160];
	int setup_rc;
} client_state;

static atomic_int go;      /* 0 wait, 1 run, 2 stop */
static atomic_uint ready;

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* Pipelined variant: send `pipeline` checks, then read their replies in
 * order. Each sample is one request's time from its send to its reply, so
 * it includes waiting behind the requests ahead of it. */
static void run_pipelined(client_state *cs, agate_client *cl,
			  const bench_action_spec *specs, const char *agent,
			  agate_arena *reply)
{
	const load_cfg *cfg = cs->cfg;
	unsigned depth = cfg->pipeline > 256 ? 256 : cfg->pipeline;
	uint64_t sent_at[256];
	agate_arena *req = agate_arena_new((size_t)4 << 20);
	char session[48];
	size_t total = cfg->warmup + cfg->requests, i = 0;
	const agate_value no_hold = { .type = AGATE_BOOL, .as.boolean = false };
	if (!req)
		return;
	while (i < total && atomic_load(&go) == 1) {
		unsigned n = 0;
		for (; n < depth && i + n < total; n++) {
			const bench_action_spec *sp = &specs[(i + n) % NSPECS];
			snprintf(session, sizeof session, "bench-s%u", cs->index);
			agate_value *m = bench_map(req, 8);
			bench_put_str(m, req, "op", "check");
			bench_put_str(m, req, "agent", agent);
			bench_put_str(m, req, "session", session);
			bench_put_str(m, req, "tool", sp->tool);
			bench_put_value(m, req, "args", sp->args);
			if (sp->text)
				bench_put_str(m, req, "text", sp->text);
			bench_put_value(m, req, "hold", &no_hold);
			sent_at[n] = bench_now_ns();
			if (agate_client_send(cl, m, NULL) < 0)
				break;
		}
		for (unsigned k = 0; k < n; k++) {
			agate_value *r = NULL;
			int rc = agate_client_recv(cl, reply, &r);
			uint64_t t1 = bench_now_ns();
			const agate_value *ok = r ? agate_value_get(r, "ok", 2) : NULL;
			const agate_value *v = r ? agate_value_get(r, "verdict", 7) : NULL;
			if (rc < 0 || !ok || ok->type != AGATE_BOOL || !ok->as.boolean || !v ||
			    v->type != AGATE_STR) {
				if (cs->errors++ == 0)
					snprintf(cs->first_error, sizeof cs->first_error, "%s: %s",
						 agate_client_error(cl), agate_client_message(cl));
				if (rc < 0)
					break;
			} else {
				cs->verdicts[v->as.str.ptr[0] == 'a' ? 0 : v->as.str.ptr[0] == 'r' ? 2 : 1]++;
			}
			if (i + k >= cfg->warmup)
				bench_samples_add(&cs->samples, t1 - sent_at[k]);
			agate_arena_reset(reply);
		}
		agate_arena_reset(req);
		i += n ? n : 1;
	}
	agate_arena_free(req);
}

static void *client_main(void *arg)
{
	client_state *cs = arg;
	const load_cfg *cfg = cs->cfg;
	agate_client *cl = NULL;
	agate_arena *inputs = agate_arena_new((size_t)16 << 20);
	agate_arena *reply = agate_arena_new((size_t)1 << 20);
	static __thread bench_action_spec specs[NSPECS];
	char agent[32];

	cs->setup_rc = -ENOMEM;
	if (!inputs || !reply)
		goto ready_out;
	cs->setup_rc = agate_client_new(cfg->socket, 10000, &cl);
	if (cs->setup_rc < 0)
		goto ready_out;
	/* the daemon may still be starting: retry for up to 5 s */
	for (int k = 0; k < 50; k++) {
		cs->setup_rc = agate_client_connect(cl);
		if (cs->setup_rc == 0)
			break;
		sleep_ms(100);
	}
	if (cs->setup_rc < 0)
		goto ready_out;
	bench_make_actions(inputs, cfg->nrules, specs, NSPECS, 1000 + cs->index);
	snprintf(agent, sizeof agent, "bench-agent-%u", cs->index % 8);

ready_out:
	atomic_fetch_add(&ready, 1);
	while (atomic_load(&go) == 0)
		sleep_ms(1);
	if (cs->setup_rc < 0)
		goto out;

	char session[48];
	size_t total = cfg->warmup + cfg->requests;
	if (cfg->pipeline > 1) {
		run_pipelined(cs, cl, specs, agent, reply);
		goto out;
	}
	for (size_t i = 0; i < total && atomic_load(&go) == 1; i++) {
		const bench_action_spec *sp = &specs[i % NSPECS];
		unsigned sidx = cfg->sessions
			? (unsigned)((i * cfg->clients + cs->index) % cfg->sessions)
			: cs->index;
		snprintf(session, sizeof session, "bench-s%u", sidx);
		agate_check_request rq = {
			.agent = agent, .session = session, .tool = sp->tool,
			.args = sp->args, .text = sp->text, .no_hold = true,
		};
		agate_check_reply r;
		uint64_t t0 = bench_now_ns();
		int rc = agate_client_check(cl, &rq, reply, &r);
		uint64_t t1 = bench_now_ns();
		if (rc < 0 || r.error) {
			if (cs->errors++ == 0)
				snprintf(cs->first_error, sizeof cs->first_error, "%s: %s",
					 r.error ? r.error : "?", r.message ? r.message : strerror(-rc));
		} else if ((unsigned)r.verdict <= 2) {
			cs->verdicts[r.verdict]++;
		}
		agate_arena_reset(reply);
		if (i >= cfg->warmup && !bench_samples_add(&cs->samples, t1 - t0))
			break;
	}
out:
	agate_client_free(cl);
	agate_arena_free(inputs);
	agate_arena_free(reply);
	return NULL;
}

typedef struct reload_state {
	const load_cfg *cfg;
	pthread_t thread;
	unsigned long ok, failed;
	bench_samples took; /* how long each reload request took */
	char first_error[160];
} reload_state;

static void *reload_main(void *arg)
{
	reload_state *rl = arg;
	const load_cfg *cfg = rl->cfg;
	agate_client *cl = NULL;
	agate_arena *a = agate_arena_new((size_t)1 << 20);
	agate_arena *req = agate_arena_new(4096);
	if (!a || !req || agate_client_new(cfg->socket, 30000, &cl) < 0)
		goto out;
	agate_value *m = bench_map(req, 1);
	bench_put_str(m, req, "op", "reload");
	while (atomic_load(&go) == 0)
		sleep_ms(1);
	while (atomic_load(&go) == 1) {
		sleep_ms(cfg->reload_ms);
		if (atomic_load(&go) != 1)
			break;
		uint64_t t0 = bench_now_ns();
		int rc;
		if (cfg->reload_pid > 0) {
			rc = kill(cfg->reload_pid, SIGHUP) < 0 ? -errno : 0;
		} else {
			agate_value *r = NULL;
			rc = agate_client_call(cl, m, a, &r);
		}
		bench_samples_add(&rl->took, bench_now_ns() - t0);
		if (rc < 0) {
			if (rl->failed++ == 0)
				snprintf(rl->first_error, sizeof rl->first_error, "%s: %s",
					 agate_client_error(cl), agate_client_message(cl));
		} else {
			rl->ok++;
		}
		agate_arena_reset(a);
	}
out:
	agate_client_free(cl);
	agate_arena_free(a);
	agate_arena_free(req);
	return NULL;
}

static void usage(void)
{
	fprintf(stderr, "usage: bench_load --socket PATH [--clients N] [--seconds S]\n"
			"       [--requests K] [--warmup K] [--rules N] [--sessions N]\n"
			"       [--reload-every MS [--reload-pid PID]] [--pipeline D]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	load_cfg cfg = { .clients = 1, .seconds = 10, .requests = 1000000, .warmup = 2000 };
	for (int i = 1; i + 1 < argc; i += 2) {
		const char *a = argv[i], *v = argv[i + 1];
		if (!strcmp(a, "--socket"))
			cfg.socket = v;
		else if (!strcmp(a, "--clients"))
			cfg.clients = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--seconds"))
			cfg.seconds = strtod(v, NULL);
		else if (!strcmp(a, "--requests"))
			cfg.requests = strtoull(v, NULL, 10);
		else if (!strcmp(a, "--warmup"))
			cfg.warmup = strtoull(v, NULL, 10);
		else if (!strcmp(a, "--rules"))
			cfg.nrules = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--sessions"))
			cfg.sessions = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--reload-every"))
			cfg.reload_ms = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--pipeline"))
			cfg.pipeline = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--reload-pid"))
			cfg.reload_pid = (pid_t)strtol(v, NULL, 10);
		else
			usage();
	}
	if (!cfg.socket || cfg.clients == 0 || cfg.clients > MAX_CLIENTS || cfg.seconds <= 0)
		usage();
	if (cfg.seconds > 600)
		cfg.seconds = 600; /* every loop is bounded in time */

	signal(SIGPIPE, SIG_IGN);
	client_state *cs = calloc(cfg.clients, sizeof *cs);
	reload_state rl = { .cfg = &cfg };
	if (!cs || bench_samples_init(&rl.took, 100000) < 0)
		return 1;
	/* at most 8M samples in all, whatever the request bound says */
	size_t per = cfg.requests;
	if (per > ((size_t)8 << 20) / cfg.clients)
		per = ((size_t)8 << 20) / cfg.clients;
	for (unsigned i = 0; i < cfg.clients; i++) {
		cs[i].cfg = &cfg;
		cs[i].index = i;
		if (bench_samples_init(&cs[i].samples, per) < 0)
			return 1;
		if (pthread_create(&cs[i].thread, NULL, client_main, &cs[i]) != 0) {
			perror("pthread_create");
			return 1;
		}
	}
	while (atomic_load(&ready) < cfg.clients)
		sleep_ms(1);
	for (unsigned i = 0; i < cfg.clients; i++)
		if (cs[i].setup_rc < 0) {
			fprintf(stderr, "bench_load: client %u: %s\n", i, strerror(-cs[i].setup_rc));
			atomic_store(&go, 2);
			return 1;
		}
	bool reloading = cfg.reload_ms > 0;
	if (reloading && pthread_create(&rl.thread, NULL, reload_main, &rl) != 0)
		return 1;

	uint64_t start = bench_now_ns();
	atomic_store(&go, 1);
	/* The clients stop on their request bound or when told; the wall time
	 * is taken when the last client returns. */
	uint64_t limit = (uint64_t)(cfg.seconds * 1e9);
	for (;;) {
		sleep_ms(20);
		if (bench_now_ns() - start >= limit)
			break;
		bool all_done = true;
		for (unsigned i = 0; i < cfg.clients; i++) {
			if (!cs[i].joined && pthread_tryjoin_np(cs[i].thread, NULL) == 0)
				cs[i].joined = true;
			if (!cs[i].joined)
				all_done = false;
		}
		if (all_done)
			break;
	}
	atomic_store(&go, 2);
	for (unsigned i = 0; i < cfg.clients; i++)
		if (!cs[i].joined)
			pthread_join(cs[i].thread, NULL);
	uint64_t wall = bench_now_ns() - start;
	if (reloading)
		pthread_join(rl.thread, NULL);

	bench_samples all;
	size_t total = 0;
	for (unsigned i = 0; i < cfg.clients; i++)
		total += cs[i].samples.n;
	if (bench_samples_init(&all, total) < 0)
		return 1;
	unsigned long v[3] = { 0 }, errors = 0;
	const char *first_error = NULL;
	for (unsigned i = 0; i < cfg.clients; i++) {
		bench_samples_merge(&all, &cs[i].samples);
		for (int k = 0; k < 3; k++)
			v[k] += cs[i].verdicts[k];
		errors += cs[i].errors;
		if (cs[i].errors && !first_error)
			first_error = cs[i].first_error;
	}
	/* throughput counts the timed checks over the whole run's wall time,
	 * warm-up included in neither */
	double secs = (double)wall / 1e9;
	printf("clients %u\n", cfg.clients);
	printf("checks %zu\n", all.n);
	printf("seconds %.3f\n", secs);
	printf("checks_per_s %.0f\n", secs > 0 ? (double)all.n / secs : 0.0);
	printf("rtt_us_p50 %.1f\n", (double)bench_samples_pct(&all, 50) / 1e3);
	printf("rtt_us_p90 %.1f\n", (double)bench_samples_pct(&all, 90) / 1e3);
	printf("rtt_us_p99 %.1f\n", (double)bench_samples_pct(&all, 99) / 1e3);
	printf("rtt_us_p999 %.1f\n", (double)bench_samples_pct(&all, 99.9) / 1e3);
	printf("rtt_us_max %.1f\n", (double)bench_samples_max(&all) / 1e3);
	printf("verdict_allow %lu\nverdict_block %lu\nverdict_review %lu\n", v[0], v[1], v[2]);
	printf("errors %lu\n", errors);
	if (first_error)
		printf("first_error %s\n", first_error);
	if (reloading) {
		printf("reloads_ok %lu\nreloads_failed %lu\n", rl.ok, rl.failed);
		printf("reload_call_us_p50 %.1f\n", (double)bench_samples_pct(&rl.took, 50) / 1e3);
		printf("reload_call_us_max %.1f\n", (double)bench_samples_max(&rl.took) / 1e3);
		if (rl.failed)
			printf("reload_first_error %s\n", rl.first_error);
	}
	bench_samples_free(&all);
	for (unsigned i = 0; i < cfg.clients; i++)
		bench_samples_free(&cs[i].samples);
	bench_samples_free(&rl.took);
	free(cs);
	return errors ? 3 : 0;
}
