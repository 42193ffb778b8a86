/* bench_same.c - the agate half of the side-by-side comparison with
 * Cedar: the policy of bench/cedar/policy.rules (the same rules as
 * policy.cedar) evaluated in-process with agate_decide on the requests of
 * bench/cedar/requests.txt.
 *
 *   bench_same --dir bench/cedar [--frames DIR] [--rounds N] [--seconds S]
 *
 * The figure is rules only (no drift cascade), since the Cedar policy has
 * no counterpart to it; with --frames the same requests are timed once
 * more with the cascade, reported apart. Each call is timed alone with
 * CLOCK_MONOTONIC; the median is over all calls of all rounds. The
 * decisions are printed so bench/run can compare them with Cedar's.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "policy/decide.h"

#define MAX_REQ 256
#define MAX_AGENTS 64

typedef struct req {
	char expect[8];
	agate_action act;
	const agate_identity *id;
} req;

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t cap = 0, n = 0;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			if (cap > ((size_t)16 << 20)) {
				free(buf);
				fclose(f);
				return NULL;
			}
			char *nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		size_t k = fread(buf + n, 1, 4096, f);
		n += k;
		if (k < 4096)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static bool all_digits(const char *s)
{
	if (*s == '-')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Parse requests.txt: expected<TAB>agent<TAB>tool<TAB>k=v... per line. */
static size_t parse_requests(char *text, agate_arena *a, req *out, size_t max)
{
	size_t n = 0;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line && n < max;
	     line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		char *fields[32];
		size_t nf = 0;
		for (char *p = line; nf < 32;) {
			fields[nf++] = p;
			char *tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (nf < 3)
			continue;
		req *r = &out[n++];
		snprintf(r->expect, sizeof r->expect, "%s", fields[0]);
		agate_value *args = bench_map(a, nf - 3);
		for (size_t i = 3; i < nf; i++) {
			char *eq = strchr(fields[i], '=');
			if (!eq)
				continue;
			*eq = '\0';
			if (all_digits(eq + 1))
				bench_put_int(args, a, fields[i], strtoll(eq + 1, NULL, 10));
			else
				bench_put_str(args, a, fields[i], eq + 1);
		}
		r->act = (agate_action){
			.agent = bench_str(a, fields[1]),
			.session = bench_str(a, "same"),
			.tool = bench_str(a, fields[2]),
			.args = args,
			.now_ms = 1700000000000,
		};
	}
	return n;
}

static const char *decision(const agate_verdict *v)
{
	return v->verdict == AGATE_VERDICT_ALLOW ? "allow" : "deny";
}

/* Median ns per call over rounds x n calls; fills decisions on round 0. */
static int time_calls(agate_decision_input *in, req *rq, size_t n, unsigned rounds,
		      double seconds, agate_arena *arena, const char **dec,
		      uint64_t *p50, uint64_t *p99, size_t *calls)
{
	bench_samples s;
	if (bench_samples_init(&s, (size_t)rounds * n) < 0)
		return -ENOMEM;
	uint64_t start = bench_now_ns(), limit = (uint64_t)(seconds * 1e9);
	for (unsigned k = 0; k < rounds + 200; k++) {
		for (size_t i = 0; i < n; i++) {
			agate_verdict v;
			in->identity = rq[i].id;
			uint64_t t0 = bench_now_ns();
			int rc = agate_decide(in, &rq[i].act, arena, &v);
			uint64_t t1 = bench_now_ns();
			if (k == 0 && dec)
				dec[i] = rc < 0 ? "error" : decision(&v);
			if (k >= 200) /* the first 200 rounds warm up */
				bench_samples_add(&s, t1 - t0);
			agate_arena_reset(arena);
		}
		if (k >= 200 && bench_now_ns() - start > limit)
			break;
	}
	*calls = s.n;
	*p50 = bench_samples_pct(&s, 50);
	*p99 = bench_samples_pct(&s, 99);
	bench_samples_free(&s);
	return 0;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *frames = NULL;
	unsigned rounds = 20000;
	double seconds = 20;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--dir"))
			dir = argv[i + 1];
		else if (!strcmp(argv[i], "--frames"))
			frames = argv[i + 1];
		else if (!strcmp(argv[i], "--rounds"))
			rounds = (unsigned)strtoul(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--seconds"))
			seconds = strtod(argv[i + 1], NULL);
	}
	if (!dir) {
		fprintf(stderr, "usage: bench_same --dir bench/cedar [--frames DIR] [--rounds N]\n");
		return 2;
	}

	int ret = 1;
	char path[4096], *text = NULL;
	agate_diags *diags = agate_diags_new();
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	agate_identity *ids[MAX_AGENTS] = { 0 };
	size_t nids = 0;
	agate_arena *inputs = agate_arena_new((size_t)4 << 20);
	agate_arena *arena = agate_arena_new((size_t)1 << 20);
	static req rq[MAX_REQ];
	const char *dec[MAX_REQ], *dec_cascade[MAX_REQ];
	if (!diags || !inputs || !arena)
		goto out;

	snprintf(path, sizeof path, "%s/policy.rules", dir);
	const char *paths[] = { path };
	if (agate_rules_load(paths, 1, &rs, diags) < 0) {
		char line[512];
		for (size_t i = 0; i < agate_diags_count(diags); i++) {
			agate_diag_format(agate_diags_at(diags, i), line, sizeof line);
			fprintf(stderr, "%s\n", line);
		}
		goto out;
	}
	if (frames) {
		agate_diags *fd = agate_diags_new();
		if (!fd || agate_frame_load(frames, &frame, fd) < 0)
			frame = NULL;
		agate_diags_free(fd);
	}
	size_t len;
	snprintf(path, sizeof path, "%s/requests.txt", dir);
	if (!(text = read_all(path, &len))) {
		perror(path);
		goto out;
	}
	size_t n = parse_requests(text, inputs, rq, MAX_REQ);
	/* one identity per agent the rule file declares, as agated builds them */
	for (size_t i = 0; i < agate_ruleset_agent_count(rs) && nids < MAX_AGENTS; i++) {
		if (agate_identity_new(frame, agate_ruleset_agent_at(rs, i), &ids[nids]) < 0)
			goto out;
		nids++;
	}
	for (size_t i = 0; i < n; i++) {
		rq[i].id = NULL;
		for (size_t k = 0; k < nids; k++)
			if (!strcmp(agate_identity_agent(ids[k]), rq[i].act.agent.ptr))
				rq[i].id = ids[k];
	}

	agate_drift_config dcfg = agate_drift_config_default();
	agate_decision_input in = { .rules = rs, .drift_config = &dcfg };
	uint64_t p50, p99;
	size_t calls;
	if (time_calls(&in, rq, n, rounds, seconds, arena, dec, &p50, &p99, &calls) < 0)
		goto out;
	unsigned mismatches = 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(dec[i], rq[i].expect) != 0) {
			mismatches++;
			fprintf(stderr, "agate: request %zu (%s %s): got %s, expected %s\n", i + 1,
				rq[i].act.agent.ptr, rq[i].act.tool.ptr, dec[i], rq[i].expect);
		}
	printf("agate_requests %zu\n", n);
	printf("agate_calls %zu\n", calls);
	printf("agate_eval_ns_p50_same %llu\n", (unsigned long long)p50);
	printf("agate_eval_ns_p99_same %llu\n", (unsigned long long)p99);
	printf("agate_expect_mismatches %u\n", mismatches);
	printf("agate_decisions ");
	for (size_t i = 0; i < n; i++)
		printf("%s%s", i ? "," : "", dec[i]);
	printf("\n");
	if (frame) {
		in.frame = frame;
		if (time_calls(&in, rq, n, rounds / 4 + 1, seconds, arena, dec_cascade, &p50,
			       &p99, &calls) < 0)
			goto out;
		unsigned changed = 0;
		for (size_t i = 0; i < n; i++)
			changed += strcmp(dec[i], dec_cascade[i]) != 0;
		printf("agate_eval_ns_p50_same_cascade %llu\n", (unsigned long long)p50);
		printf("agate_cascade_changed %u\n", changed);
	}
	ret = 0;
out:
	for (size_t k = 0; k < nids; k++)
		agate_identity_free(ids[k]);
	agate_frame_free(frame);
	agate_ruleset_unref(rs);
	agate_diags_free(diags);
	agate_arena_free(inputs);
	agate_arena_free(arena);
	free(text);
	return ret;
}
