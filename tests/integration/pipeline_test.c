/* pipeline_test.c - 10,000 checks pipelined on one connection are all
 * answered, in order, with exactly one audit row each. */
#include <criterion/criterion.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#define N 10000

static const char *rules =
	"default allow\n"
	"rule @no_curl\n"
	"  trigger curl\n"
	"  enforce block \"no network fetches\"\n"
	"end\n";

struct writer {
	int fd;
};

static void *write_all(void *arg)
{
	struct writer *w = arg;

	for (int i = 0; i < N; i++)
		agt_send_check(w->fd, (uint64_t)i + 1, "pipe-agent", "pipe",
			       i % 2 ? "curl" : "ls", i % 2 ? "curl http://x" : "ls -l");
	return NULL;
}

static void run_pipeline(const char *mode)
{
	agt_daemon d;
	agate_arena *arena = agate_arena_new(1u << 20);
	const char *extra[] = { "--audit", mode, NULL };
	struct writer w;
	pthread_t t;
	uint64_t last_audit = 0;
	char sql[256];

	agt_init(&d, rules);
	agt_start(&d, extra);
	w.fd = agt_connect(d.sock);
	cr_assert_eq(pthread_create(&t, NULL, write_all, &w), 0);
	for (int i = 0; i < N; i++) {
		agate_value *rep = NULL;
		int e = agt_recv(w.fd, arena, &rep);
		cr_assert_eq(e, 0, "reply %d: %d\n%s", i, e, agt_log_tail(&d));
		cr_assert_eq(agt_int(rep, "id"), i + 1, "replies come in request order");
		cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
		cr_assert_str_eq(agt_str(rep, "verdict"), i % 2 ? "block" : "allow");
		cr_assert_gt((uint64_t)agt_int(rep, "audit_id"), last_audit);
		last_audit = (uint64_t)agt_int(rep, "audit_id");
		agate_arena_reset(arena);
	}
	pthread_join(t, NULL);
	close(w.fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM verdicts WHERE kind='verdict' AND op='check' AND session='pipe'");
	cr_assert_eq(agt_db_int(&d, sql), N, "exactly one row per check");
	cr_assert_eq(agt_db_int(&d, "SELECT count(DISTINCT request_id) FROM verdicts WHERE session='pipe'"), N);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE session='pipe' AND tool='curl' AND verdict='block'"), N / 2);
	agt_cleanup(&d);
	agate_arena_free(arena);
}

Test(pipeline, ten_thousand_in_order_sync, .timeout = 300)
{
	run_pipeline("sync");
}

Test(pipeline, ten_thousand_in_order_async, .timeout = 300)
{
	run_pipeline("async");
}

/* Sync mode: a verdict never leaves before its row. Checked through the
 * database, not the clock: the moment each reply arrives, the row named
 * by its audit_id is read from another connection, with the verdict the
 * reply carries and the arguments as the writer thread wrote them. Some
 * checks are sent one at a time, others 16 to a burst, so that both a
 * commit of its own and a shared commit are seen. */
Test(pipeline, sync_reply_never_precedes_its_row, .timeout = 120)
{
	agt_daemon d;
	agate_arena *arena = agate_arena_new(1u << 20);
	const char *extra[] = { "--audit", "sync", NULL };
	char sql[256], buf[256], want[128];
	uint64_t id = 0;
	int fd;

	agt_init(&d, rules);
	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	for (int round = 0; round < 40; round++) {
		int burst = round % 2 ? 16 : 1;

		for (int k = 0; k < burst; k++) {
			id++;
			snprintf(want, sizeof want, "%s %llu", id % 3 ? "ls -l" : "curl http://x",
				 (unsigned long long)id);
			agt_send_check(fd, id, "sync-agent", "sync", id % 3 ? "ls" : "curl", want);
		}
		for (int k = 0; k < burst; k++) {
			agate_value *rep = NULL;
			uint64_t rid = id - (uint64_t)burst + (uint64_t)k + 1;
			int64_t aid;

			cr_assert_eq(agt_recv(fd, arena, &rep), 0, "%s", agt_log_tail(&d));
			cr_assert_eq((uint64_t)agt_int(rep, "id"), rid, "replies in request order");
			aid = agt_int(rep, "audit_id");
			cr_assert_gt(aid, 0);
			snprintf(sql, sizeof sql, "SELECT verdict || ' ' || args_json FROM verdicts "
				 "WHERE id = %lld AND request_id = %llu", (long long)aid,
				 (unsigned long long)rid);
			snprintf(want, sizeof want, "%s {\"command\":\"%s %llu\"}",
				 agt_str(rep, "verdict"), rid % 3 ? "ls -l" : "curl http://x",
				 (unsigned long long)rid);
			cr_assert_str_eq(agt_db_text(&d, sql, buf, sizeof buf), want,
					 "the row of request %llu was not committed when its reply came",
					 (unsigned long long)rid);
			agate_arena_reset(arena);
		}
	}
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	agt_cleanup(&d);
	agate_arena_free(arena);
}
