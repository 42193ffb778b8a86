/* bench_client.c - what libagate costs per check, as an agent pays it.
 *
 *   bench_client --socket PATH [--checks N] [--warmup N]
 *
 * One client, one check at a time, each built with agate_args the way a
 * guarded call builds it (a command, a number, a nested map) and decoded
 * into an arena that is reset after each check. Prints
 *   client_c_us_per_check      mean round trip as the caller sees it
 *   client_c_us_p50, _p99      its percentiles
 *   client_c_cpu_us_per_check  this process's own CPU time per check
 *                              (user + system): what the library adds
 *   client_c_checks, client_c_errors
 * The Python client's twin is bench/client_py.py.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench/common.h"
#include "client/agate/agate.h"

static uint64_t cpu_ns(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000ull +
	       (uint64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000ull;
}

/* One guarded check; 0 when the daemon allowed it. */
static int one_check(agate_client *c, agate_arena *arena, unsigned i)
{
	agate_check_reply r;
	agate_args a;
	char cmd[64];

	snprintf(cmd, sizeof(cmd), "ls -la /tmp/bench-%u", i % 64);
	agate_args_init(&a, arena);
	agate_args_str(&a, "command", cmd);
	agate_args_int(&a, "timeout_s", 30);
	agate_args_map(&a, "env");
	agate_args_str(&a, "PATH", "/usr/bin:/bin");
	agate_args_end(&a);
	agate_check_request rq = { .agent = "bench-agent", .session = "bench",
				   .tool = "bash", .args = agate_args_done(&a) };
	agate_client_check(c, &rq, arena, &r);
	agate_arena_reset(arena);
	return r.verdict == AGATE_CHECK_ALLOW ? 0 : -1;
}

int main(int argc, char **argv)
{
	const char *sock = NULL;
	unsigned checks = 20000, warmup = 500, errors = 0;
	agate_client *c;
	agate_arena *arena;
	bench_samples s;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--socket") && i + 1 < argc)
			sock = argv[++i];
		else if (!strcmp(argv[i], "--checks") && i + 1 < argc)
			checks = (unsigned)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--warmup") && i + 1 < argc)
			warmup = (unsigned)strtoul(argv[++i], NULL, 10);
		else {
			fprintf(stderr, "usage: bench_client --socket PATH [--checks N] [--warmup N]\n");
			return 2;
		}
	}
	if (!sock || checks == 0) {
		fprintf(stderr, "bench_client: --socket and a positive --checks are needed\n");
		return 2;
	}
	arena = agate_arena_new(1u << 20);
	if (!arena || agate_client_new(sock, 0, &c) < 0 || bench_samples_init(&s, checks) < 0) {
		fprintf(stderr, "bench_client: out of memory\n");
		return 1;
	}
	for (unsigned i = 0; i < warmup; i++)
		if (one_check(c, arena, i) < 0) {
			fprintf(stderr, "bench_client: not allowed: %s\n", agate_client_message(c));
			return 1;
		}
	uint64_t cpu0 = cpu_ns(), t0 = bench_now_ns();
	for (unsigned i = 0; i < checks; i++) {
		uint64_t t = bench_now_ns();
		if (one_check(c, arena, i) < 0)
			errors++;
		bench_samples_add(&s, bench_now_ns() - t);
	}
	uint64_t wall = bench_now_ns() - t0, cpu = cpu_ns() - cpu0;
	printf("client_c_us_per_check %.1f\n", (double)wall / checks / 1000.0);
	printf("client_c_us_p50 %.1f\n", (double)bench_samples_pct(&s, 50) / 1000.0);
	printf("client_c_us_p99 %.1f\n", (double)bench_samples_pct(&s, 99) / 1000.0);
	printf("client_c_cpu_us_per_check %.2f\n", (double)cpu / checks / 1000.0);
	printf("client_c_checks %u\n", checks);
	printf("client_c_errors %u\n", errors);
	bench_samples_free(&s);
	agate_client_free(c);
	agate_arena_free(arena);
	return errors ? 1 : 0;
}
