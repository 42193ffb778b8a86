/* reload_test.c - hot reload: valid, invalid (every error file:line:col,
 * nothing changes), the drop-half guard and force, SIGHUP, and 100
 * reloads alternating valid and invalid sets while clients check at full
 * speed: every request answered, none failed by the reload, each verdict
 * the one its generation's rules give, in the reply and in the audit row. */
#include <criterion/criterion.h>

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

/* generation parity tells the set: A (odd) blocks the probe, B allows it */
static const char *set_a =
	"default allow\n"
	"rule @probe_policy\n"
	"  trigger lookup_record\n"
	"  enforce block \"set A blocks the probe\"\n"
	"end\n"
	"rule @keep\n"
	"  trigger ls\n"
	"  enforce allow \"fine\"\n"
	"end\n";
static const char *set_b =
	"default allow\n"
	"rule @probe_policy\n"
	"  trigger lookup_record\n"
	"  enforce allow \"set B allows the probe\"\n"
	"end\n"
	"rule @keep\n"
	"  trigger ls\n"
	"  enforce allow \"fine\"\n"
	"end\n";
static const char *set_bad =
	"default allow\n"
	"rule @probe_policy\n"
	"  trigger lookup_record\n"
	"  enforce blok \"typo\"\n"
	"end\n"
	"rule @keep\n"
	"  trigger\n"
	"end\n";
static const char *set_more =
	"default allow\n"
	"rule @other\n"
	"  trigger x\n"
	"  enforce block \"x\"\n"
	"end\n"
	"rule @keep\n"
	"  trigger ls\n"
	"  enforce allow \"fine\"\n"
	"end\n";

static agt_daemon d;

static void setup(void)
{
	agt_init(&d, set_a);
}

static void teardown(void)
{
	agt_cleanup(&d);
}

TestSuite(reload, .init = setup, .fini = teardown, .timeout = 300);

static agate_value *reload(int fd, agate_arena *a, uint64_t id, bool force)
{
	agt_req r;
	agate_value *rep = NULL;

	agt_req_begin(&r, force ? 4 : 3, id, "reload");
	if (force)
		agt_kbool(&r, "force", true);
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, a, &rep), 0);
	return rep;
}

Test(reload, valid_invalid_guard_force_sighup)
{
	agate_arena *a = agate_arena_new(1u << 20);
	agate_value *rep;
	const agate_value *errs;
	int fd;
	agt_req r;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);

	agt_write_rules(&d, set_b);
	rep = reload(fd, a, 1, false);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "generation"), 2);
	cr_assert_eq(agt_int(rep, "rules"), 2);
	cr_assert_not_null(agt_str(rep, "digest"));

	agt_write_rules(&d, set_bad);
	rep = reload(fd, a, 2, false);
	cr_assert_not(agt_bool(rep, "ok"));
	cr_assert_str_eq(agt_str(rep, "error"), "reload_failed");
	cr_assert_eq(agt_int(rep, "generation"), 2, "nothing changed");
	errs = agate_value_get(rep, "errors", 6);
	cr_assert(errs && errs->type == AGATE_ARRAY);
	cr_assert_geq(errs->as.array.len, 2, "every error is reported");
	cr_assert(strstr(errs->as.array.items[0].as.str.ptr, "test.rules:4:"),
		  "%s", errs->as.array.items[0].as.str.ptr);

	/* a set that drops both active rules (more than half) needs force */
	agt_write_rules(&d, "default allow\nrule @other\n  trigger x\n  enforce block \"x\"\nend\n");
	rep = reload(fd, a, 3, false);
	cr_assert_not(agt_bool(rep, "ok"));
	cr_assert(strstr(agt_str(rep, "message"), "force"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "generation"), 2);
	rep = reload(fd, a, 4, true);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "generation"), 3);

	/* SIGHUP reloads too */
	agt_write_rules(&d, set_more);
	kill(d.pid, SIGHUP);
	for (int i = 0; i < 200; i++) {
		agt_req_begin(&r, 3, 5, "ping");
		agt_req_send(&r, fd);
		cr_assert_eq(agt_recv(fd, a, &rep), 0);
		if (agt_int(rep, "generation") == 4)
			break;
		usleep(20000);
	}
	cr_assert_eq(agt_int(rep, "generation"), 4, "SIGHUP made generation 4");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	/* every attempt has its row: start-up, two admin loads, SIGHUP */
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='reload' AND verdict='allow'"), 4);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='reload' AND error='reload_failed'"), 2);
	agate_arena_free(a);
}

#define CLIENTS 2
#define BATCH 32

struct client {
	pthread_t t;
	int fd;
	unsigned idx;
	atomic_bool *stop;
	uint64_t sent, answered, errors, wrong, bad_order;
	uint64_t max_gen;
};

static void *client_run(void *arg)
{
	struct client *c = arg;
	agate_arena *a = agate_arena_new(1u << 20);
	uint64_t id = 1;
	char session[32];

	snprintf(session, sizeof(session), "load-%u", c->idx);
	while (!atomic_load(c->stop)) {
		for (int i = 0; i < BATCH; i++)
			agt_send_check(c->fd, id + (uint64_t)i, "loader", session,
				       "lookup_record", "record 42");
		c->sent += BATCH;
		for (int i = 0; i < BATCH; i++) {
			agate_value *rep = NULL;
			int64_t gen;
			const char *verdict;
			if (agt_recv(c->fd, a, &rep) != 0) {
				c->errors++;
				goto out;
			}
			c->answered++;
			if (agt_int(rep, "id") != (int64_t)(id + (uint64_t)i))
				c->bad_order++;
			if (!agt_bool(rep, "ok")) {
				c->errors++;
				continue;
			}
			gen = agt_int(rep, "generation");
			verdict = agt_str(rep, "verdict");
			if (gen > (int64_t)c->max_gen)
				c->max_gen = (uint64_t)gen;
			if (!verdict || strcmp(verdict, gen % 2 ? "block" : "allow") != 0)
				c->wrong++;
		}
		id += BATCH;
		agate_arena_reset(a);
	}
out:
	agate_arena_free(a);
	return NULL;
}

Test(reload, hundred_reloads_under_load)
{
	agate_arena *a = agate_arena_new(1u << 20);
	struct client cl[CLIENTS];
	atomic_bool stop = false;
	agate_value *rep;
	int fd, valid = 0, invalid = 0;
	int64_t gen = 1;

	agt_start(&d, NULL);
	memset(cl, 0, sizeof(cl));
	for (unsigned i = 0; i < CLIENTS; i++) {
		cl[i].fd = agt_connect(d.sock);
		cl[i].idx = i;
		cl[i].stop = &stop;
		cr_assert_eq(pthread_create(&cl[i].t, NULL, client_run, &cl[i]), 0);
	}
	fd = agt_connect(d.sock);
	for (int i = 0; i < 100; i++) {
		bool good = i % 2 == 0;
		/* valid reloads alternate B (even generations) and A (odd) */
		agt_write_rules(&d, good ? (gen % 2 ? set_b : set_a) : set_bad);
		rep = reload(fd, a, (uint64_t)i + 1, false);
		if (good) {
			cr_assert(agt_bool(rep, "ok"), "reload %d: %s", i, agt_str(rep, "message"));
			cr_assert_eq(agt_int(rep, "generation"), gen + 1);
			gen++;
			valid++;
		} else {
			cr_assert_not(agt_bool(rep, "ok"));
			cr_assert_eq(agt_int(rep, "generation"), gen);
			invalid++;
		}
		agate_arena_reset(a);
		usleep(2000);
	}
	atomic_store(&stop, true);
	for (unsigned i = 0; i < CLIENTS; i++) {
		pthread_join(cl[i].t, NULL);
		close(cl[i].fd);
		cr_assert_eq(cl[i].errors, 0, "client %u: %llu errors", i,
			     (unsigned long long)cl[i].errors);
		cr_assert_eq(cl[i].answered, cl[i].sent, "every request answered");
		cr_assert_eq(cl[i].bad_order, 0);
		cr_assert_eq(cl[i].wrong, 0, "client %u: %llu verdicts disagree with their generation",
			     i, (unsigned long long)cl[i].wrong);
		cr_assert_gt(cl[i].sent, 100, "the client ran during the reloads");
	}
	close(fd);
	cr_assert_eq(valid, 50);
	cr_assert_eq(invalid, 50);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d,
		"SELECT count(*) FROM verdicts WHERE op='check' AND tool='lookup_record' AND "
		"((generation % 2 = 1 AND verdict <> 'block') OR (generation % 2 = 0 AND verdict <> 'allow'))"), 0,
		"each audit row's verdict matches its generation");
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check' AND error IS NOT NULL"), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check'"),
		     (int64_t)(cl[0].sent + cl[1].sent));
	cr_assert_geq(agt_db_int(&d, "SELECT count(DISTINCT generation) FROM verdicts WHERE op='check'"), 5,
		      "checks ran under many generations");
	agate_arena_free(a);
}
