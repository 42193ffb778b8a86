/* bench_audit.c - the audit writer alone: how many rows per second it
 * commits to a fresh database in sync mode (a record's done callback runs
 * only once its row is committed), fed from the loop thread in bursts as
 * the daemon feeds it.
 *
 *   bench_audit [--rows N] [--window W] [--db PATH] [--seconds S]
 *
 * Up to W records are outstanding at once (submitted, callback not yet
 * run); the figure is N / (time from the first submit to the last
 * callback).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uv.h>

#include "common.h"
#include "daemon/audit.h"

typedef struct audit_bench {
	uint64_t done, failed;
	bool closed;
} audit_bench;

static void on_done(void *ud, int status, uint64_t audit_id)
{
	audit_bench *b = ud;
	(void)audit_id;
	b->done++;
	if (status < 0)
		b->failed++;
}

static void on_closed(void *ud)
{
	((audit_bench *)ud)->closed = true;
}

int main(int argc, char **argv)
{
	uint64_t rows = 200000, window = 8192;
	double seconds = 60;
	const char *db = NULL;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--rows"))
			rows = strtoull(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--window"))
			window = strtoull(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--db"))
			db = argv[i + 1];
		else if (!strcmp(argv[i], "--seconds"))
			seconds = strtod(argv[i + 1], NULL);
	}
	char tmpl[] = "/tmp/agate-bench-audit-XXXXXX", dbpath[4096];
	char *dir = NULL;
	if (!db) {
		if (!(dir = mkdtemp(tmpl))) {
			perror("mkdtemp");
			return 1;
		}
		snprintf(dbpath, sizeof dbpath, "%s/audit.db", dir);
		db = dbpath;
	}

	uv_loop_t loop;
	uv_loop_init(&loop);
	agate_audit_config cfg = {
		.db_path = db, .mode = AGATE_AUDIT_SYNC,
		.queue_max = 65536, .flush_ms = 50, .batch_max = 4096,
	};
	agate_audit *au = NULL;
	char err[256] = "";
	int rc = agate_audit_open(&loop, &cfg, &au, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "bench_audit: open %s: %s (%s)\n", db, strerror(-rc), err);
		return 1;
	}

	audit_bench b = { 0 };
	char args[160], scores[320], session[32];
	uint64_t submitted = 0, eagain = 0, start = bench_now_ns();
	uint64_t limit = (uint64_t)(seconds * 1e9);
	while (b.done < rows && bench_now_ns() - start < limit) {
		while (submitted < rows && submitted - b.done < window) {
			snprintf(session, sizeof session, "s%llu", (unsigned long long)(submitted % 1000));
			snprintf(args, sizeof args,
				 "{\"command\":\"git status --short && make -j2 test\",\"cwd\":\"/home/dev/p%llu\"}",
				 (unsigned long long)(submitted % 97));
			snprintf(scores, sizeof scores,
				 "{\"drift\":0.%03llu,\"session\":0.118,\"resonance\":0.74,\"provenance\":0.05,"
				 "\"votes\":[{\"component\":\"drift\",\"block\":false}]}",
				 (unsigned long long)(submitted % 1000));
			agate_audit_record rec = {
				.time_ms = 1700000000000 + (int64_t)submitted, .op = "check",
				.request_id = submitted + 1, .agent = "code-agent", .session = session,
				.peer_uid = 1000, .peer_pid = 4242, .tool = "bash", .args_json = args,
				.verdict = submitted % 5 ? "allow" : "block",
				.enforcement = submitted % 5 ? "allow" : "block",
				.rule = submitted % 5 ? NULL : "no_recursive_delete_system",
				.reason = submitted % 5 ? "no rule matched; default allow"
							: "recursive delete of a system path",
				.scores_json = scores, .trace = "candidates=3 matched=0",
				.generation = 1,
				.ruleset_digest = "5d41402abc4b2a76b9719d911017c592aa0f7f1c6f8b4e1a1b2c3d4e5f607182",
				.eval_ns = 900,
			};
			uint64_t id;
			rc = agate_audit_submit(au, &rec, on_done, &b, &id);
			if (rc == -EAGAIN) {
				eagain++;
				break;
			}
			if (rc < 0) {
				fprintf(stderr, "bench_audit: submit: %s\n", strerror(-rc));
				goto close;
			}
			submitted++;
		}
		uv_run(&loop, UV_RUN_ONCE);
	}
close:;
	uint64_t wall = bench_now_ns() - start;
	agate_audit_stats st;
	agate_audit_get_stats(au, &st);
	agate_audit_close(au, on_closed, &b);
	for (int i = 0; i < 100000 && !b.closed; i++)
		uv_run(&loop, UV_RUN_ONCE);
	uv_loop_close(&loop);

	double secs = (double)wall / 1e9;
	printf("audit_rows %llu\n", (unsigned long long)b.done);
	printf("audit_failed %llu\n", (unsigned long long)b.failed);
	printf("audit_seconds %.3f\n", secs);
	printf("audit_rows_per_s %.0f\n", secs > 0 ? (double)b.done / secs : 0.0);
	printf("audit_batches %llu\n", (unsigned long long)st.batches);
	printf("audit_rows_per_batch %.1f\n", st.batches ? (double)st.written / (double)st.batches : 0.0);
	printf("audit_queue_full %llu\n", (unsigned long long)eagain);
	if (dir) {
		char p[4200];
		const char *sfx[] = { "", "-wal", "-shm" };
		for (int i = 0; i < 3; i++) {
			snprintf(p, sizeof p, "%s%s", dbpath, sfx[i]);
			unlink(p);
		}
		rmdir(dir);
	}
	return b.done == rows && b.failed == 0 ? 0 : 1;
}
