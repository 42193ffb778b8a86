/* bench_eval.c - in-process cost of one decision (agate_decide: the drift
 * cascade, then the rules) against a generated rule set plus the shipped
 * packs, on a deterministic mix of realistic actions.
 *
 *   bench_eval --rules N [--pack PATH]... [--frames DIR] [--iters K]
 *              [--seconds S] [--no-cascade]
 *   bench_eval --write-rules DIR --rules N [--no-review]
 *              (only write the rule file, for a daemon to load)
 *   bench_eval --rules N --fixed K ...         (no timing: run exactly K
 *              checks in bench_eval_loop, for callgrind --toggle-collect)
 *
 * Every check is timed alone with CLOCK_MONOTONIC and every sample is kept;
 * the figures printed are percentiles over all of them.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "policy/decide.h"
#include "policy/eval/eval.h"

#define NACTIONS 1024
#define NSESSIONS 16
#define MAX_PACKS 16

typedef struct bench_ctx {
	agate_decision_input in;
	agate_action acts[NACTIONS];
	agate_history *hist[NSESSIONS];
	agate_drift_state state[NSESSIONS];
	agate_arena *req;
	unsigned verdicts[3];
	unsigned long candidates;
	unsigned errors;
} bench_ctx;

static void usage(void)
{
	fprintf(stderr, "usage: bench_eval --rules N [--pack PATH]... [--frames DIR]\n"
			"       [--iters K] [--seconds S] [--no-cascade] [--fixed K]\n"
			"       bench_eval --write-rules DIR --rules N\n");
	exit(2);
}

static inline void one_check(bench_ctx *c, size_t i)
{
	size_t s = i % NSESSIONS;
	agate_action *act = &c->acts[i % NACTIONS];
	agate_verdict v;
	c->in.history = c->hist[s];
	c->in.drift_state = &c->state[s];
	if (agate_decide(&c->in, act, c->req, &v) < 0)
		c->errors++;
	c->verdicts[v.verdict <= 2 ? v.verdict : 1]++;
	c->candidates += v.rules.candidates;
	agate_arena_reset(c->req);
}

/* The loop callgrind measures (--toggle-collect=bench_eval_loop): nothing
 * but decisions, so instructions / k is the cost of one check. */
__attribute__((noinline)) void bench_eval_loop(bench_ctx *c, size_t from, size_t k);
__attribute__((noinline)) void bench_eval_loop(bench_ctx *c, size_t from, size_t k)
{
	for (size_t i = from; i < from + k; i++)
		one_check(c, i);
}

int main(int argc, char **argv)
{
	unsigned nrules = 0;
	const char *packs[MAX_PACKS];
	size_t npacks = 0;
	const char *frames = NULL, *write_dir = NULL;
	size_t iters = 200000, fixed = 0;
	double seconds = 10.0;
	bool cascade = true, with_review = true;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--no-cascade")) {
			cascade = false;
			continue;
		}
		if (!strcmp(a, "--no-review")) {
			with_review = false;
			continue;
		}
		if (!v)
			usage();
		i++;
		if (!strcmp(a, "--rules"))
			nrules = (unsigned)strtoul(v, NULL, 10);
		else if (!strcmp(a, "--pack") && npacks < MAX_PACKS - 1)
			packs[npacks++] = v;
		else if (!strcmp(a, "--frames"))
			frames = v;
		else if (!strcmp(a, "--iters"))
			iters = strtoull(v, NULL, 10);
		else if (!strcmp(a, "--seconds"))
			seconds = strtod(v, NULL);
		else if (!strcmp(a, "--fixed"))
			fixed = strtoull(v, NULL, 10);
		else if (!strcmp(a, "--write-rules"))
			write_dir = v;
		else
			usage();
	}
	if (write_dir) {
		int rc = bench_write_rules(write_dir, nrules, with_review);
		if (rc < 0) {
			fprintf(stderr, "bench_eval: writing rules: %s\n", strerror(-rc));
			return 1;
		}
		return 0;
	}

	int ret = 1;
	char tmpl[] = "/tmp/agate-bench-eval-XXXXXX";
	char *dir = NULL;
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	agate_identity *id = NULL;
	agate_arena *inputs = NULL;
	agate_diags *diags = agate_diags_new();
	bench_samples samples = { 0 };
	bench_ctx *c = calloc(1, sizeof *c);
	if (!c || !diags)
		goto out;

	if (nrules > 0) {
		dir = mkdtemp(tmpl);
		if (!dir || bench_write_rules(dir, nrules, true) < 0) {
			perror("bench_eval: generated rules");
			goto out;
		}
		packs[npacks++] = dir;
	}
	if (npacks == 0)
		usage();
	uint64_t t0 = bench_now_ns();
	int rc = agate_rules_load(packs, npacks, &rs, diags);
	uint64_t load_ns = bench_now_ns() - t0;
	if (rc < 0) {
		char line[512];
		for (size_t i = 0; i < agate_diags_count(diags) && i < 20; i++) {
			agate_diag_format(agate_diags_at(diags, i), line, sizeof line);
			fprintf(stderr, "%s\n", line);
		}
		fprintf(stderr, "bench_eval: rule load failed: %s\n", strerror(-rc));
		goto out;
	}
	/* the frame is loaded even without the cascade: identities are
	 * imprinted against it, and rules read agent.role from them */
	if (frames) {
		agate_diags *fd = agate_diags_new();
		rc = fd ? agate_frame_load(frames, &frame, fd) : -ENOMEM;
		agate_diags_free(fd);
		if (rc < 0) {
			fprintf(stderr, "bench_eval: frame load failed (%s): cascade off\n", strerror(-rc));
			frame = NULL;
		}
	}
	static const char *const tools[] = { "bash", "read_file", "write_file", "git", "http_request" };
	agate_identity_spec spec = {
		.agent = "code-agent",
		.role = "developer",
		.purpose = "writes and tests code in the project repository, runs the build "
			   "and the test suite, reads documentation",
		.tools = tools, .ntools = 5, .uid = -1,
	};
	if (frame && agate_identity_new(frame, &spec, &id) < 0) {
		fprintf(stderr, "bench_eval: identity: out of memory\n");
		goto out;
	}

	inputs = agate_arena_new((size_t)64 << 20);
	c->req = agate_arena_new((size_t)1 << 20);
	if (!inputs || !c->req)
		goto out;
	static bench_action_spec specs[NACTIONS];
	bench_make_actions(inputs, nrules, specs, NACTIONS, 42);
	for (size_t i = 0; i < NACTIONS; i++) {
		agate_action *a = &c->acts[i];
		char sess[32];
		snprintf(sess, sizeof sess, "s%zu", i % NSESSIONS);
		a->agent = bench_str(inputs, "code-agent");
		a->session = bench_str(inputs, sess);
		a->tool = bench_str(inputs, specs[i].tool);
		a->text = specs[i].text ? bench_str(inputs, specs[i].text) : (agate_str){ NULL, 0 };
		a->args = specs[i].args;
		a->context = NULL;
		a->now_ms = 1700000000000 + (int64_t)i * 250;
	}
	for (size_t s = 0; s < NSESSIONS; s++)
		if (!(c->hist[s] = agate_history_new(256)))
			goto out;
	agate_drift_config dcfg = agate_drift_config_default();
	c->in = (agate_decision_input){
		.rules = rs, .frame = cascade ? frame : NULL, .identity = id,
		.drift_config = &dcfg,
		.commit = true, .explain = false,
	};

	/* warm caches, branch predictors and the sessions' histories (not in
	 * bench_eval_loop, so callgrind does not count it) */
	for (size_t i = 0; i < 4096; i++)
		one_check(c, i);
	memset(c->verdicts, 0, sizeof c->verdicts);
	c->candidates = 0;

	if (fixed) {
		bench_eval_loop(c, 4096, fixed);
		printf("fixed_checks %zu\n", fixed);
		ret = 0;
		goto out;
	}

	if (bench_samples_init(&samples, iters) < 0)
		goto out;
	uint64_t start = bench_now_ns(), limit = (uint64_t)(seconds * 1e9);
	for (size_t i = 0; i < iters; i++) {
		uint64_t a = bench_now_ns();
		one_check(c, 4096 + i);
		uint64_t b = bench_now_ns();
		bench_samples_add(&samples, b - a);
		if ((i & 1023) == 0 && b - start > limit)
			break;
	}
	uint64_t wall = bench_now_ns() - start;
	size_t n = samples.n;
	printf("rules_loaded %zu\n", agate_ruleset_rule_count(rs));
	printf("load_ms %.1f\n", (double)load_ns / 1e6);
	printf("cascade %d\n", c->in.frame != NULL);
	printf("checks %zu\n", n);
	printf("eval_ns_p50 %llu\n", (unsigned long long)bench_samples_pct(&samples, 50));
	printf("eval_ns_p90 %llu\n", (unsigned long long)bench_samples_pct(&samples, 90));
	printf("eval_ns_p99 %llu\n", (unsigned long long)bench_samples_pct(&samples, 99));
	printf("eval_ns_max %llu\n", (unsigned long long)bench_samples_max(&samples));
	printf("eval_ns_mean %.0f\n", (double)wall / (double)(n ? n : 1));
	printf("verdict_allow %u\nverdict_block %u\nverdict_review %u\n",
	       c->verdicts[0], c->verdicts[1], c->verdicts[2]);
	printf("candidates_mean %.2f\n", (double)c->candidates / (double)(n ? n : 1));
	printf("decide_errors %u\n", c->errors);
	ret = 0;
out:
	bench_samples_free(&samples);
	if (c) {
		for (size_t s = 0; s < NSESSIONS; s++)
			agate_history_free(c->hist[s]);
		agate_arena_free(c->req);
	}
	free(c);
	agate_arena_free(inputs);
	agate_identity_free(id);
	agate_frame_free(frame);
	agate_ruleset_unref(rs);
	agate_diags_free(diags);
	if (dir) {
		char p[4200];
		snprintf(p, sizeof p, "%s/generated.rules", dir);
		unlink(p);
		rmdir(dir);
	}
	return ret;
}
