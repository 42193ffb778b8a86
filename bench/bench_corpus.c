/* bench_corpus.c - the cost of a decision on what agents really send:
 * the roles corpus (business tool calls with their triggers and tasks)
 * and generated coding-agent shell lines, shell scripts and Python
 * snippets (corpus.h), against the shipped packs and frames.
 *
 *   bench_corpus --pack PATH... [--frames DIR] [--corpus FILE.jsonl]...
 *                [--generate N] [--seed S] [--no-cascade]
 *                [--seconds S] [--rounds R]   timed: every check alone
 *                [--stages]                   also time each analyser alone
 *                [--fixed R]                  R rounds in bench_corpus_loop,
 *                                             untimed (callgrind)
 *                [--verdicts]                 one line per input, fresh
 *                                             sessions, then exit
 *                [--scores]                   with --verdicts: each line also
 *                                             gives the cascade's figures and
 *                                             votes (exact, %a), so that a
 *                                             change to its internals can be
 *                                             shown to leave them unchanged
 *                [--kind roles|shell_line|shell_script|python]
 *                                             only the inputs of one kind
 *                [--tally R]                  R rounds, untimed, then one line
 *                                             per rule reached: how often its
 *                                             trigger held, its checks ran
 *                                             (its needs were met), it
 *                                             matched, and its ns per check
 *                                             (agate_eval_env.tally), most
 *                                             costly first, then exit
 *                [--slowest N]                the N inputs whose fastest
 *                                             timed check was slowest (the
 *                                             minimum over the rounds is
 *                                             what preemption cannot inflate)
 *
 * Each round decides every input once, in order, each in its own session
 * (the roles cases) or in sessions of 20 (generated), with history and
 * drift state kept across rounds as agated keeps them. Every check is
 * timed alone with CLOCK_MONOTONIC; percentiles are over all samples.
 * --stages times, per input, the cascade alone (agate_drift_assess_ex),
 * the rules alone (agate_rules_eval, shell and Python reading included)
 * and the history record, plus the shell parser and the Python reader by
 * themselves on the input's command text or code.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "corpus.h"
#include "policy/code/code.h"
#include "policy/decide.h"
#include "policy/eval/eval.h"
#include "policy/shell/shell.h"

#define MAX_PACKS 16
#define MAX_FILES 16
#define MAX_ITEMS 65536
#define MAX_SAMPLES (1u << 23)
#define ROUND_MS INT64_C(100000000) /* each round later than the last */

typedef struct ctx {
	corpus c;
	agate_decision_input in;
	agate_history **hist;
	agate_drift_state *state;
	agate_arena *req;
	unsigned verdicts[3];
	unsigned errors;
} ctx;

static void usage(void)
{
	fprintf(stderr, "usage: bench_corpus --pack PATH... [--frames DIR] [--corpus FILE]...\n"
			"       [--generate N] [--seed S] [--no-cascade] [--seconds S]\n"
			"       [--rounds R] [--stages] [--fixed R] [--verdicts [--scores]] [--kind K]\n"
			"       [--tally R] [--slowest N]\n");
	exit(2);
}

static inline void one_check(ctx *x, size_t i, size_t round, agate_verdict *v)
{
	const corpus_item *it = &x->c.items[i];
	agate_action act = it->act;
	act.now_ms += (int64_t)round * ROUND_MS;
	x->in.identity = it->identity;
	x->in.history = x->hist[it->session];
	x->in.drift_state = &x->state[it->session];
	if (agate_decide(&x->in, &act, x->req, v) < 0)
		x->errors++;
	x->verdicts[v->verdict <= 2 ? v->verdict : 1]++;
}

__attribute__((noinline)) static void run_rounds(ctx *x, size_t from, size_t rounds)
{
	agate_verdict v;
	for (size_t r = from; r < from + rounds; r++)
		for (size_t i = 0; i < x->c.n; i++) {
			one_check(x, i, r, &v);
			agate_arena_reset(x->req);
		}
}

/* What callgrind counts (--toggle-collect=bench_corpus_loop): the
 * measured rounds only; the warm-up calls run_rounds directly, so that
 * it is not counted. */
__attribute__((noinline)) void bench_corpus_loop(ctx *x, size_t from, size_t rounds);
__attribute__((noinline)) void bench_corpus_loop(ctx *x, size_t from, size_t rounds)
{
	run_rounds(x, from, rounds);
}

static void pct(const char *name, bench_samples *s)
{
	if (!s->n)
		return;
	printf("%s_p50 %llu\n", name, (unsigned long long)bench_samples_pct(s, 50));
	printf("%s_p99 %llu\n", name, (unsigned long long)bench_samples_pct(s, 99));
	printf("%s_max %llu\n", name, (unsigned long long)bench_samples_max(s));
}

/* R rounds with every rule's tally kept, printed most costly first */
static int print_tally(ctx *x, const agate_ruleset *rs, size_t rounds)
{
	size_t n = agate_ruleset_rule_count(rs);
	agate_rule_tally *t = calloc(n ? n : 1, sizeof *t);
	size_t *order = calloc(n ? n : 1, sizeof *order);
	if (!t || !order) {
		free(t);
		free(order);
		return -ENOMEM;
	}
	x->in.tally = t;
	run_rounds(x, 2, rounds);
	x->in.tally = NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (t[i].reached)
			order[k++] = i;
	for (size_t i = 1; i < k; i++) /* insertion sort: a few hundred rules */
		for (size_t j = i; j > 0 && t[order[j]].ns > t[order[j - 1]].ns; j--) {
			size_t o = order[j];
			order[j] = order[j - 1];
			order[j - 1] = o;
		}
	double checks = (double)(rounds * x->c.n);
	printf("tally_checks %.0f\n", checks);
	printf("# rule reached evaluated matched ns_per_check (per check of the run)\n");
	for (size_t i = 0; i < k; i++) {
		const agate_rule_tally *r = &t[order[i]];
		printf("tally %s %.3f %.3f %.4f %.1f\n", agate_ruleset_rule_name(rs, order[i]),
		       (double)r->reached / checks, (double)r->evaluated / checks,
		       (double)r->matched / checks, (double)r->ns / checks);
	}
	free(t);
	free(order);
	return 0;
}

/* The analysers one by one, on the same inputs as the decisions. */
enum { ST_CASCADE, ST_RULES, ST_RECORD, ST_SHELL, ST_CODE, ST_N };
static const char *const stage_names[ST_N] = { "cascade", "rules", "record", "shell", "code" };

static void stages_once(ctx *x, size_t i, size_t round, bench_samples *st)
{
	const corpus_item *it = &x->c.items[i];
	agate_action act = it->act;
	act.now_ms += (int64_t)round * ROUND_MS;
	agate_drift_result dr;
	agate_rules_result rr;
	bool ran = false;
	agate_drift_config cfg = *x->in.drift_config;
	uint64_t t0 = bench_now_ns(), t1 = t0;
	if (x->in.frame) {
		if (agate_drift_assess_ex(x->in.frame, it->identity, &cfg, &act,
					  &x->state[it->session], false, 0, x->req, &dr) == 0)
			ran = true;
		t1 = bench_now_ns();
		bench_samples_add(&st[ST_CASCADE], t1 - t0);
	}
	agate_eval_env env = { .history = x->hist[it->session], .identity = it->identity,
			       .drift = ran ? &dr : NULL };
	int rc = agate_rules_eval(x->in.rules, &act, &env, x->req, &rr);
	uint64_t t2 = bench_now_ns();
	bench_samples_add(&st[ST_RULES], t2 - t1);
	agate_verdict_kind vk = rc ? AGATE_VERDICT_BLOCK : agate_enforcement_verdict(rr.enforcement);
	if (agate_history_record_parsed(x->hist[it->session], x->in.rules, &act, vk,
					rc ? NULL : rr.parsed, NULL) < 0)
		x->errors++;
	bench_samples_add(&st[ST_RECORD], bench_now_ns() - t2);
	agate_arena_reset(x->req);

	const agate_shell_cmd *cmds;
	size_t nc;
	if (it->shell.len) {
		t0 = bench_now_ns();
		(void)agate_shell_parse(it->shell.ptr, it->shell.len, x->req, 256, &cmds, &nc);
		bench_samples_add(&st[ST_SHELL], bench_now_ns() - t0);
		agate_arena_reset(x->req);
	}
	if (it->python.len) {
		t0 = bench_now_ns();
		(void)agate_code_python(it->python.ptr, it->python.len, x->req, 1024, &cmds, &nc);
		bench_samples_add(&st[ST_CODE], bench_now_ns() - t0);
		agate_arena_reset(x->req);
	}
}

static void print_scores(const agate_verdict *v)
{
	const agate_drift_result *d = &v->drift;
	if (!v->drift_ran) {
		printf(" | no cascade");
		return;
	}
	printf(" | %a %a %a %a %a %s %d%d %u %u %u", d->drift, d->session_drift, d->resonance,
	       d->provenance, d->axes_max, d->top_axis ? d->top_axis : "-", d->hard_veto,
	       d->veto, d->voters, d->words_read, d->values_read);
	for (unsigned k = 0; k < d->nvotes && k < AGATE_DRIFT_MAX_VOTES; k++)
		printf(" %s:%a/%a:%d%d", d->votes[k].component, d->votes[k].score,
		       d->votes[k].threshold, d->votes[k].block, d->votes[k].abstain);
}

static void print_verdicts(ctx *x, bool scores)
{
	agate_verdict v;
	for (size_t i = 0; i < x->c.n; i++) {
		one_check(x, i, 0, &v);
		printf("%s %s %s %s", x->c.items[i].id, agate_verdict_name(v.verdict),
		       v.rule ? v.rule : "-", v.reason ? v.reason : "-");
		if (scores)
			print_scores(&v);
		printf("\n");
		agate_arena_reset(x->req);
	}
}

int main(int argc, char **argv)
{
	const char *packs[MAX_PACKS], *files[MAX_FILES], *frames = NULL;
	size_t npacks = 0, nfiles = 0, ngen = 0, rounds = 1000, fixed = 0, tally = 0;
	uint64_t seed = 42;
	double seconds = 10;
	bool cascade = true, stages = false, verdicts = false, scores = false;
	const char *only_kind = NULL;
	size_t slowest = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--no-cascade")) {
			cascade = false;
			continue;
		}
		if (!strcmp(a, "--stages")) {
			stages = true;
			continue;
		}
		if (!strcmp(a, "--verdicts")) {
			verdicts = true;
			continue;
		}
		if (!strcmp(a, "--scores")) {
			scores = true;
			continue;
		}
		if (!v)
			usage();
		i++;
		if (!strcmp(a, "--pack") && npacks < MAX_PACKS)
			packs[npacks++] = v;
		else if (!strcmp(a, "--corpus") && nfiles < MAX_FILES)
			files[nfiles++] = v;
		else if (!strcmp(a, "--frames"))
			frames = v;
		else if (!strcmp(a, "--generate"))
			ngen = strtoul(v, NULL, 10);
		else if (!strcmp(a, "--seed"))
			seed = strtoull(v, NULL, 10);
		else if (!strcmp(a, "--seconds"))
			seconds = strtod(v, NULL);
		else if (!strcmp(a, "--rounds"))
			rounds = strtoul(v, NULL, 10);
		else if (!strcmp(a, "--fixed"))
			fixed = strtoul(v, NULL, 10);
		else if (!strcmp(a, "--kind"))
			only_kind = v;
		else if (!strcmp(a, "--tally"))
			tally = strtoul(v, NULL, 10);
		else if (!strcmp(a, "--slowest"))
			slowest = strtoul(v, NULL, 10);
		else
			usage();
	}
	if (!npacks)
		usage();

	int ret = 1;
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	agate_arena *inputs = NULL;
	agate_diags *diags = agate_diags_new();
	bench_samples all = { 0 }, kind[CORPUS_KINDS] = { 0 }, st[ST_N] = { 0 };
	ctx *x = calloc(1, sizeof *x);
	if (!x || !diags || corpus_init(&x->c, MAX_ITEMS) < 0)
		goto out;
	if (agate_rules_load(packs, npacks, &rs, diags) < 0) {
		char line[512];
		for (size_t i = 0; i < agate_diags_count(diags) && i < 20; i++) {
			agate_diag_format(agate_diags_at(diags, i), line, sizeof line);
			fprintf(stderr, "%s\n", line);
		}
		fprintf(stderr, "bench_corpus: rule load failed\n");
		goto out;
	}
	if (frames) {
		agate_diags *fd = agate_diags_new();
		if (!fd || agate_frame_load(frames, &frame, fd) < 0) {
			fprintf(stderr, "bench_corpus: frame load failed\n");
			agate_diags_free(fd);
			goto out;
		}
		agate_diags_free(fd);
	}
	inputs = agate_arena_new((size_t)256 << 20);
	x->req = agate_arena_new((size_t)16 << 20);
	if (!inputs || !x->req)
		goto out;
	for (size_t f = 0; f < nfiles; f++)
		if (corpus_load_jsonl(&x->c, files[f], rs, frame, inputs) < 0)
			goto out;
	if (ngen && corpus_generate(&x->c, ngen, seed, frame, inputs) < 0)
		goto out;
	if (only_kind) { /* keep one kind, in order (sessions stay as they were) */
		size_t k = 0;
		for (size_t i = 0; i < x->c.n; i++)
			if (!strcmp(corpus_kind_name(x->c.items[i].kind), only_kind))
				x->c.items[k++] = x->c.items[i];
		x->c.n = k;
	}
	if (!x->c.n) {
		fprintf(stderr, "bench_corpus: no inputs\n");
		goto out;
	}
	x->hist = calloc(x->c.nsessions, sizeof *x->hist);
	x->state = calloc(x->c.nsessions, sizeof *x->state);
	if (!x->hist || !x->state)
		goto out;
	for (unsigned s = 0; s < x->c.nsessions; s++)
		if (!(x->hist[s] = agate_history_new(256)))
			goto out;
	agate_drift_config dcfg = frame ? agate_frame_drift_config(frame) : agate_drift_config_default();
	x->in = (agate_decision_input){ .rules = rs, .frame = cascade ? frame : NULL,
					.drift_config = &dcfg, .commit = true };

	if (verdicts) {
		print_verdicts(x, scores);
		ret = 0;
		goto out;
	}
	run_rounds(x, 0, 2); /* warm-up: caches and sessions (not counted) */
	memset(x->verdicts, 0, sizeof x->verdicts);
	if (tally) {
		ret = print_tally(x, rs, tally) < 0;
		goto out;
	}
	if (fixed) {
		bench_corpus_loop(x, 2, fixed);
		printf("fixed_checks %zu\n", fixed * x->c.n);
		ret = 0;
		goto out;
	}

	if (bench_samples_init(&all, MAX_SAMPLES) < 0)
		goto out;
	for (int k = 0; k < CORPUS_KINDS; k++)
		if (bench_samples_init(&kind[k], MAX_SAMPLES / 2) < 0)
			goto out;
	for (int k = 0; k < ST_N && stages; k++)
		if (bench_samples_init(&st[k], MAX_SAMPLES / 4) < 0)
			goto out;
	size_t bytes[CORPUS_KINDS] = { 0 }, count[CORPUS_KINDS] = { 0 };
	for (size_t i = 0; i < x->c.n; i++) {
		const corpus_item *it = &x->c.items[i];
		count[it->kind]++;
		bytes[it->kind] += it->shell.len + it->python.len;
	}
	uint64_t *fastest = calloc(x->c.n, sizeof *fastest);
	if (!fastest)
		goto out;
	uint64_t start = bench_now_ns(), limit = (uint64_t)(seconds * 1e9);
	size_t r;
	agate_verdict v;
	for (r = 2; r < rounds + 2; r++) {
		for (size_t i = 0; i < x->c.n; i++) {
			uint64_t a = bench_now_ns();
			one_check(x, i, r, &v);
			uint64_t b = bench_now_ns();
			agate_arena_reset(x->req);
			bench_samples_add(&all, b - a);
			bench_samples_add(&kind[x->c.items[i].kind], b - a);
			if (!fastest[i] || b - a < fastest[i])
				fastest[i] = b - a;
		}
		if (bench_now_ns() - start > limit)
			break;
	}
	size_t timed_rounds = r - 1;
	if (stages) {
		start = bench_now_ns();
		for (size_t sr = 0; sr < rounds; sr++) {
			for (size_t i = 0; i < x->c.n; i++)
				stages_once(x, i, r + 1 + sr, st);
			if (bench_now_ns() - start > limit)
				break;
		}
	}
	printf("rules_loaded %zu\n", agate_ruleset_rule_count(rs));
	printf("cascade %d\n", x->in.frame != NULL);
	printf("inputs %zu\n", x->c.n);
	for (int k = 0; k < CORPUS_KINDS; k++) {
		printf("inputs_%s %zu\n", corpus_kind_name(k), count[k]);
		if (count[k] && k != CORPUS_ROLES)
			printf("bytes_mean_%s %zu\n", corpus_kind_name(k), bytes[k] / count[k]);
	}
	printf("rounds %zu\n", timed_rounds > 2 ? timed_rounds - 2 : timed_rounds);
	printf("checks %zu\n", all.n);
	pct("eval_ns", &all);
	for (int k = 0; k < CORPUS_KINDS; k++) {
		char name[64];
		snprintf(name, sizeof name, "eval_ns_%s", corpus_kind_name(k));
		pct(name, &kind[k]);
	}
	for (int k = 0; k < ST_N && stages; k++) {
		char name[64];
		snprintf(name, sizeof name, "stage_ns_%s", stage_names[k]);
		pct(name, &st[k]);
	}
	for (size_t k = 0; k < slowest && k < x->c.n; k++) { /* selection: N is small */
		size_t m = k;
		for (size_t i = k; i < x->c.n; i++)
			if (fastest[i] > fastest[m])
				m = i;
		printf("slowest %s %llu ns %zu bytes\n", x->c.items[m].id,
		       (unsigned long long)fastest[m],
		       x->c.items[m].shell.len + x->c.items[m].python.len);
		uint64_t t = fastest[m];
		fastest[m] = fastest[k];
		fastest[k] = t;
		corpus_item ti = x->c.items[m];
		x->c.items[m] = x->c.items[k];
		x->c.items[k] = ti;
	}
	free(fastest);
	printf("verdict_allow %u\nverdict_block %u\nverdict_review %u\n", x->verdicts[0],
	       x->verdicts[1], x->verdicts[2]);
	printf("decide_errors %u\n", x->errors);
	ret = 0;
out:
	bench_samples_free(&all);
	for (int k = 0; k < CORPUS_KINDS; k++)
		bench_samples_free(&kind[k]);
	for (int k = 0; k < ST_N; k++)
		bench_samples_free(&st[k]);
	if (x) {
		for (unsigned s = 0; x->hist && s < x->c.nsessions; s++)
			agate_history_free(x->hist[s]);
		free(x->hist);
		free(x->state);
		agate_arena_free(x->req);
		corpus_free(&x->c);
	}
	free(x);
	agate_arena_free(inputs);
	agate_frame_free(frame);
	agate_ruleset_unref(rs);
	agate_diags_free(diags);
	return ret;
}
