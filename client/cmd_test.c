/* cmd_test.c - `agatectl test`: replay labelled cases through the policy
 * library in-process and report how well the gate separates them.
 *
 * Each case is replayed as the daemon would see a well-behaved agent: a
 * fresh session (history and drift state), the identity built from the
 * case's agent and purpose, and each step decided in order with commit,
 * stopping at the first step that is not allowed (an agent obeying the
 * gate would not go on). The case counts as blocked when some step was
 * not allowed; a review counts as blocked, as nobody approves in a replay.
 *
 * A case or a step may state the verdict it expects ("expect"); the run
 * fails (exit 1) when one is not met, or when the overall figures miss
 * --min-f1 or --max-fpr, so that a CI job can gate on it. Bad lines are
 * reported as file:line and skipped; the figures are still printed, and
 * the exit status is then 3.
 */
#include "agatectl.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "client/json.h"
#include "client/test_gate.h"
#include "policy/decide.h"
#include "policy/base/diag.h"
#include "policy/drift/drift.h"
#include "policy/eval/eval.h"
#include "policy/lang/rules.h"
#include "schema/protocol.h"

#ifndef AGATE_SOURCE_PACKS
#define AGATE_SOURCE_PACKS "/usr/share/agate/packs"
#endif
#ifndef AGATE_SOURCE_FRAMES
#define AGATE_SOURCE_FRAMES "/usr/share/agate/frames"
#endif

#define CASE_ARENA_LIMIT ((size_t)64 * 1024 * 1024)
#define HISTORY_MAX 1024
/* replays run on a fixed clock so history windows give the same answer
 * on every run: steps are a second apart */
#define REPLAY_EPOCH_MS INT64_C(1700000000000)
#define REPLAY_STEP_MS 1000

typedef struct counts {
	unsigned long tp, fp, tn, fn;
} counts;

typedef struct group {
	char *name;
	counts c[2]; /* [0] as run; [1] without the cascade (--compare-drift) */
} group;

typedef struct groups {
	group *items;
	size_t len, cap;
} groups;

typedef struct test_ctx {
	agatectl_opts *o;
	const agate_ruleset *rs;
	const agate_frame *frame;
	agate_drift_config dcfg;
	bool explain, json, compare, by_category;
	bool explain_all; /* --explain-all: traces not cut at 4 KiB */
	counts total[2];
	groups by_source, by_cat;
	json_t *cases; /* --json --explain */
	unsigned long ncases, nsteps, bad;
	agate_arena *arena;
	/* the identity of the previous case, reused while agent, purpose
	 * and tools stay the same (data sets repeat them) */
	char *id_key;
	agate_identity *identity;
	agatectl_gate gate; /* expectations and thresholds */
} test_ctx;

static void test_usage(FILE *f)
{
	fprintf(f,
		"usage: agatectl test [--rules PATH ...] [--frames PATH] [--no-drift]\n"
		"                     [--compare-drift] [--explain | --explain-all] [--json]\n"
		"                     [--by source|category] [--min-f1 X] [--max-fpr X]\n"
		"                     CASES.jsonl...\n"
		"\n"
		"Replay labelled agent runs through the policy in-process (no daemon)\n"
		"and print TP/FP/TN/FN, precision, recall, F1 and false-positive rate,\n"
		"overall and per source. One case per line:\n"
		"  {\"id\", \"source\", \"label\": 0|1, \"category\", \"agent\", \"purpose\",\n"
		"   \"tools\": [..] (optional), \"expect\" (optional),\n"
		"   \"steps\": [{\"tool\", \"args\", \"text\", \"context\", \"expect\" (optional)}]}\n"
		"A case is blocked when some step's verdict is not allow. \"expect\" is\n"
		"allow, block or review: the verdict of the case (of its first step not\n"
		"allowed, else allow) or of the step.\n"
		"\n"
		"  --rules PATH     rule file or folder, repeatable (default: the shipped\n"
		"                   default pack, %s/default)\n"
		"  --frames PATH    drift lexicons (default: $AGATE_FRAMES, else %s)\n"
		"  --no-drift       rules only, no identity drift cascade\n"
		"  --compare-drift  figures with and without the cascade side by side\n"
		"  --explain        each case: id, label, verdict, deciding rule, trace\n"
		"                   (cut at 4 KiB, then every rule considered, by file)\n"
		"  --explain-all    the same with the checks of every rule (up to 256 KiB)\n"
		"  --json           everything as one JSON object\n"
		"  --by source|category  also break the figures down by category\n"
		"  --min-f1 X       fail when the overall F1 is below X (0 to 1)\n"
		"  --max-fpr X      fail when the overall false-positive rate is above X\n"
		"\n"
		"exit status: 0 when every expectation was met and the figures meet\n"
		"--min-f1/--max-fpr; 1 when not (the failures are listed); 3 when a\n"
		"file could not be read or a line was bad (reported as file:line and\n"
		"skipped; the figures of the good lines are still printed).\n",
		AGATE_SOURCE_PACKS, AGATE_SOURCE_FRAMES);
}

/* ---- counting ----------------------------------------------------------- */

static void count(counts *c, int label, bool blocked)
{
	if (label && blocked)
		c->tp++;
	else if (label)
		c->fn++;
	else if (blocked)
		c->fp++;
	else
		c->tn++;
}

static group *group_get(groups *g, const char *name)
{
	for (size_t i = 0; i < g->len; i++)
		if (strcmp(g->items[i].name, name) == 0)
			return &g->items[i];
	if (g->len == g->cap) {
		size_t ncap = g->cap ? g->cap * 2 : 16;
		group *n = realloc(g->items, ncap * sizeof(*n));
		if (!n)
			return NULL;
		g->items = n;
		g->cap = ncap;
	}
	group *it = &g->items[g->len];
	memset(it, 0, sizeof(*it));
	it->name = strdup(name);
	if (!it->name)
		return NULL;
	g->len++;
	return it;
}

static void groups_free(groups *g)
{
	for (size_t i = 0; i < g->len; i++)
		free(g->items[i].name);
	free(g->items);
}

static int group_cmp(const void *a, const void *b)
{
	return strcmp(((const group *)a)->name, ((const group *)b)->name);
}

static double ratio(unsigned long a, unsigned long b)
{
	return b ? (double)a / (double)b : NAN;
}

struct figures {
	double precision, recall, f1, fpr;
};

static struct figures figures_of(const counts *c)
{
	struct figures f;
	f.precision = ratio(c->tp, c->tp + c->fp);
	f.recall = ratio(c->tp, c->tp + c->fn);
	f.f1 = (isnan(f.precision) || isnan(f.recall) || f.precision + f.recall == 0)
		       ? (c->tp == 0 && (c->fp || c->fn) ? 0 : NAN)
		       : 2 * f.precision * f.recall / (f.precision + f.recall);
	f.fpr = ratio(c->fp, c->fp + c->tn);
	return f;
}

/* ---- one case ----------------------------------------------------------- */

static const char *jstr(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

struct outcome {
	bool blocked;
	unsigned step;       /* 1-based step that was not allowed; 0: none */
	agate_verdict v;     /* of that step, or of the last step */
	/* every step's verdict (-1: not decided) and deciding rule, in the
	 * arena: what step expectations are checked against */
	int *got;
	const char **rule;
};

static int bad_line(test_ctx *t, const char *file, unsigned long line,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int bad_line(test_ctx *t, const char *file, unsigned long line,
		    const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s:%lu: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	t->bad++;
	return -EINVAL;
}

/* Build (or reuse) the identity for this case. */
static int case_identity(test_ctx *t, const char *agent, const char *purpose,
			 const json_t *tools_j, agate_identity **out)
{
	const char *tools[256];
	size_t ntools = 0;
	char *key;
	size_t keylen;
	FILE *kf;
	int r;

	*out = NULL;
	if (!t->frame)
		return 0; /* an identity is an imprint in a frame */
	kf = open_memstream(&key, &keylen);
	if (!kf)
		return -ENOMEM;
	fprintf(kf, "%s%c%s%c", agent ? agent : "", 0, purpose ? purpose : "", 0);
	if (json_is_array(tools_j)) {
		size_t i;
		const json_t *it;
		json_array_foreach(tools_j, i, it) {
			if (json_is_string(it) && ntools < 256) {
				tools[ntools++] = json_string_value(it);
				fprintf(kf, "%s%c", json_string_value(it), 0);
			}
		}
	}
	fclose(kf);
	if (t->id_key && t->identity && strcmp(t->id_key, key) == 0 &&
	    memcmp(t->id_key, key, keylen) == 0) {
		free(key);
		*out = t->identity;
		return 0;
	}
	agate_identity_free(t->identity);
	t->identity = NULL;
	free(t->id_key);
	t->id_key = key;

	/* an agent the rule files define keeps its role and uid; the case's
	 * declaration (as a register would) supplies purpose and tools */
	agate_identity_spec spec = { .agent = agent, .purpose = purpose,
				     .uid = -1 };
	const agate_identity_spec *known =
		agent ? agate_ruleset_agent(t->rs, agent, strlen(agent)) : NULL;
	if (known) {
		spec = *known;
		if (purpose)
			spec.purpose = purpose;
	}
	if (ntools) {
		spec.tools = tools;
		spec.ntools = ntools;
	}
	r = agate_identity_new(t->frame, &spec, &t->identity);
	if (r)
		return r;
	*out = t->identity;
	return 0;
}

/* Replay the steps. The run stops at the first step not allowed, unless a
 * later step states an expectation: then it goes on up to that step, as an
 * agent that tries again would (history and previous.* see the refused
 * calls), and after a `stop` every later step is blocked by the stopping
 * rule, as agated does. oc describes the first step not allowed. */
static int replay(test_ctx *t, const char *session, const char *agent,
		  const agate_value *steps, unsigned upto,
		  const agate_identity *identity, bool with_drift, struct outcome *oc)
{
	agate_history *h = agate_history_new(HISTORY_MAX);
	agate_drift_state ds = { 0 };
	agate_value empty = { .type = AGATE_MAP };
	agate_verdict later;
	const char *stopped_by = NULL;
	uint32_t n = steps->as.array.len;
	int r = 0;

	memset(oc, 0, sizeof(*oc));
	oc->got = agate_arena_alloc(t->arena, (n + 1) * sizeof(*oc->got));
	oc->rule = agate_arena_alloc(t->arena, (n + 1) * sizeof(*oc->rule));
	if (!h || !oc->got || !oc->rule) {
		agate_history_free(h);
		return -ENOMEM;
	}
	for (uint32_t i = 0; i < n; i++) {
		oc->got[i] = -1;
		oc->rule[i] = NULL;
	}
	for (uint32_t i = 0; i < n && (!oc->blocked || i < upto); i++) {
		const agate_value *st = &steps->as.array.items[i];
		if (stopped_by) {
			oc->got[i] = AGATE_VERDICT_BLOCK;
			oc->rule[i] = stopped_by;
			continue;
		}
		const agate_value *tool = agate_value_get(st, "tool", 4);
		const agate_value *args = agate_value_get(st, "args", 4);
		const agate_value *text = agate_value_get(st, "text", 4);
		const agate_value *ctx = agate_value_get(st, "context", 7);
		agate_action act = { 0 };
		agate_decision_input in = { 0 };

		act.agent = (agate_str){ agent ? agent : "", agent ? strlen(agent) : 0 };
		act.session = (agate_str){ session, strlen(session) };
		act.tool = tool->as.str;
		if (text && text->type == AGATE_STR)
			act.text = text->as.str;
		act.args = args && args->type == AGATE_MAP ? args : &empty;
		act.context = ctx && ctx->type == AGATE_MAP ? ctx : NULL;
		act.now_ms = REPLAY_EPOCH_MS + (int64_t)i * REPLAY_STEP_MS;

		in.rules = t->rs;
		in.frame = with_drift ? t->frame : NULL;
		in.identity = identity;
		in.drift_config = &t->dcfg;
		in.history = h;
		in.drift_state = &ds;
		in.commit = true;
		in.explain = t->explain;
		in.explain_cap = t->explain_all ? AGATE_EXPLAIN_CAP_ALL : 0;

		agate_verdict *v = oc->blocked ? &later : &oc->v;
		r = agate_decide(&in, &act, t->arena, v);
		t->nsteps++;
		if (r == -ENOMEM)
			break;
		/* a failed decision is a block: the verdict already says so */
		bool allowed = v->verdict == AGATE_VERDICT_ALLOW && !r;
		oc->got[i] = allowed ? AGATE_VERDICT_ALLOW
				     : r ? AGATE_VERDICT_BLOCK : (int)v->verdict;
		oc->rule[i] = v->rule;
		if (!allowed && v->enforcement == AGATE_ENFORCE_STOP)
			stopped_by = v->rule ? v->rule : "stop";
		if (!allowed && !oc->blocked) {
			oc->blocked = true;
			oc->step = i + 1;
		}
		r = 0;
	}
	agate_history_free(h);
	return r == -ENOMEM ? r : 0;
}

/* The case's expectation (case_expect, -1: none) and its steps' against
 * what the run got. */
static int check_expectations(test_ctx *t, const char *id, int case_expect,
			      const agate_value *steps, const struct outcome *oc)
{
	unsigned n = steps->as.array.len;
	int r = 0;
	if (case_expect >= 0)
		r = agatectl_gate_check(&t->gate, id, 0, oc->step, n,
					(agate_verdict_kind)case_expect,
					oc->blocked ? (int)oc->v.verdict : AGATE_VERDICT_ALLOW,
					oc->blocked ? oc->v.rule : NULL);
	for (unsigned i = 0; i < n && r == 0; i++) {
		int want = agatectl_gate_step_expect(&steps->as.array.items[i]);
		if (want >= 0)
			r = agatectl_gate_check(&t->gate, id, i + 1, i + 1, n,
						(agate_verdict_kind)want, oc->got[i],
						oc->rule[i]);
	}
	return r;
}

static void explain_text(const test_ctx *t, const char *id, int label,
			 const struct outcome *oc, unsigned nsteps)
{
	const agate_verdict *v = &oc->v;
	const char *outcome = label ? (oc->blocked ? "TP" : "FN")
				    : (oc->blocked ? "FP" : "TN");
	printf("%s  %s  label=%d  verdict=%s", outcome, id, label,
	       oc->blocked ? (v->verdict == AGATE_VERDICT_REVIEW ? "REVIEW" : "BLOCK")
			   : "ALLOW");
	if (oc->blocked) {
		printf("  step=%u/%u", oc->step, nsteps);
		printf("  rule=%s", v->rule ? v->rule : "-");
		if (v->reason) {
			fputs("  reason=", stdout);
			agatectl_put_quoted(stdout, v->reason);
		}
	}
	putchar('\n');
	if (v->rules.trace && *v->rules.trace) {
		const char *p = v->rules.trace;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			printf("    %.*s\n", (int)n, p);
			p += n + (nl ? 1 : 0);
		}
	}
	if (v->drift_ran) {
		const agate_drift_result *d = &v->drift;
		printf("    drift=%.3f session=%.3f resonance=%.3f provenance=%.3f axis=%s%s\n",
		       d->drift, d->session_drift, d->resonance, d->provenance,
		       d->top_axis ? d->top_axis : "-", d->veto ? "  VETO" : "");
		for (unsigned i = 0; i < d->nvotes && i < AGATE_DRIFT_MAX_VOTES; i++) {
			const agate_drift_vote *vo = &d->votes[i];
			printf("      %-10s %.3f (threshold %.3f) -> %s%s%s\n",
			       vo->component ? vo->component : "?", vo->score,
			       vo->threshold,
			       vo->abstain ? "abstains" : vo->block ? "votes BLOCK" : "votes allow",
			       vo->why ? ": " : "", vo->why ? vo->why : "");
		}
	}
	(void)t;
}

static json_t *jnum(double d)
{
	return isnan(d) ? json_null() : json_real(d);
}

static json_t *explain_json(const char *id, const char *source,
			    const char *category, int label,
			    const struct outcome *oc)
{
	const agate_verdict *v = &oc->v;
	json_t *j = json_object();
	if (!j)
		return NULL;
	json_object_set_new(j, "id", json_string(id));
	json_object_set_new(j, "source", json_string(source));
	if (category)
		json_object_set_new(j, "category", json_string(category));
	json_object_set_new(j, "label", json_integer(label));
	json_object_set_new(j, "blocked", json_boolean(oc->blocked));
	json_object_set_new(j, "outcome",
			    json_string(label ? (oc->blocked ? "TP" : "FN")
					      : (oc->blocked ? "FP" : "TN")));
	json_object_set_new(j, "verdict",
			    json_string(agate_verdict_name(oc->blocked ? v->verdict
								      : AGATE_VERDICT_ALLOW)));
	json_object_set_new(j, "step", json_integer(oc->step));
	json_object_set_new(j, "rule", v->rule && oc->blocked ? json_string(v->rule)
							      : json_null());
	json_object_set_new(j, "reason", v->reason && oc->blocked
						 ? json_string(v->reason) : json_null());
	json_object_set_new(j, "trace", v->rules.trace ? json_string(v->rules.trace)
						       : json_null());
	if (v->drift_ran) {
		json_t *d = json_pack("{s:o, s:o, s:o, s:o, s:b, s:b}", "drift",
				      jnum(v->drift.drift), "session",
				      jnum(v->drift.session_drift), "resonance",
				      jnum(v->drift.resonance), "provenance",
				      jnum(v->drift.provenance), "veto", v->drift.veto,
				      "hard_veto", v->drift.hard_veto);
		json_t *votes = d ? json_array() : NULL;
		for (unsigned i = 0; votes && i < v->drift.nvotes && i < AGATE_DRIFT_MAX_VOTES; i++) {
			const agate_drift_vote *vo = &v->drift.votes[i];
			json_array_append_new(
				votes, json_pack("{s:s, s:o, s:o, s:b, s:b, s:s?}", "component",
						 vo->component ? vo->component : "?", "score",
						 jnum(vo->score), "threshold", jnum(vo->threshold),
						 "block", vo->block, "abstain", vo->abstain, "why",
						 vo->why));
		}
		if (votes)
			json_object_set_new(d, "votes", votes);
		if (d)
			json_object_set_new(j, "drift", d);
	}
	return j;
}

/* Decode one line and replay it; 0, -EINVAL for a bad line (reported),
 * -ENOMEM. */
static int run_case(test_ctx *t, const char *file, unsigned long lineno,
		    const char *line, size_t len)
{
	json_error_t je;
	json_t *j = json_loadb(line, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
	agate_value steps;
	agate_identity *identity = NULL;
	struct outcome oc[2];
	char idbuf[64];
	int r = -EINVAL, label;

	if (!j)
		return bad_line(t, file, lineno, "bad JSON at column %d: %s",
				je.column, je.text);
	if (!json_is_object(j)) {
		bad_line(t, file, lineno, "a case must be a JSON object");
		goto out;
	}
	const json_t *lj = json_object_get(j, "label");
	if (json_is_integer(lj) && (json_integer_value(lj) == 0 ||
				    json_integer_value(lj) == 1))
		label = (int)json_integer_value(lj);
	else if (json_is_boolean(lj))
		label = json_is_true(lj);
	else {
		bad_line(t, file, lineno, "\"label\" must be 0 or 1");
		goto out;
	}
	const char *id = jstr(j, "id");
	if (!id) {
		const json_t *idj = json_object_get(j, "id");
		if (json_is_integer(idj))
			snprintf(idbuf, sizeof(idbuf), "%lld",
				 (long long)json_integer_value(idj));
		else
			snprintf(idbuf, sizeof(idbuf), "%s:%lu", file, lineno);
		id = idbuf;
	}
	int case_expect = -1;
	const json_t *ej = json_object_get(j, "expect");
	if (ej && !json_is_null(ej)) {
		case_expect = json_is_string(ej)
				      ? agatectl_gate_verdict(json_string_value(ej),
							      json_string_length(ej))
				      : -1;
		if (case_expect < 0) {
			bad_line(t, file, lineno, "\"expect\" must be allow, block or review");
			goto out;
		}
	}
	const char *source = jstr(j, "source");
	const char *category = jstr(j, "category");
	const char *agent = jstr(j, "agent");
	const char *purpose = jstr(j, "purpose");
	if (!source)
		source = "-";
	const json_t *sj = json_object_get(j, "steps");
	if (!json_is_array(sj) || json_array_size(sj) == 0) {
		bad_line(t, file, lineno, "\"steps\" must be a non-empty array");
		goto out;
	}
	agate_arena_reset(t->arena);
	r = agatectl_json_to_value(sj, t->arena, &steps);
	if (r) {
		bad_line(t, file, lineno, "steps too large or too deep");
		goto out;
	}
	unsigned upto = 0; /* steps up to the last that states an expectation */
	for (uint32_t i = 0; i < steps.as.array.len; i++) {
		const agate_value *st = &steps.as.array.items[i];
		const agate_value *tool = agate_value_get(st, "tool", 4);
		const agate_value *args = agate_value_get(st, "args", 4);
		const agate_value *ctx = agate_value_get(st, "context", 7);
		if (st->type != AGATE_MAP || !tool || tool->type != AGATE_STR ||
		    tool->as.str.len == 0) {
			r = bad_line(t, file, lineno, "step %u has no \"tool\"", i + 1);
			goto out;
		}
		int se = agatectl_gate_step_expect(st);
		if (se == -2) {
			r = bad_line(t, file, lineno,
				     "step %u: \"expect\" must be allow, block or review", i + 1);
			goto out;
		}
		if (se >= 0)
			upto = i + 1;
		if ((args && args->type != AGATE_MAP && args->type != AGATE_NIL) ||
		    (ctx && ctx->type != AGATE_MAP && ctx->type != AGATE_NIL)) {
			r = bad_line(t, file, lineno,
				     "step %u: \"args\" and \"context\" must be objects",
				     i + 1);
			goto out;
		}
	}
	r = case_identity(t, agent, purpose, json_object_get(j, "tools"), &identity);
	if (r) {
		agatectl_err("%s:%lu: cannot build the identity: %s", file, lineno,
			     strerror(-r));
		goto out;
	}
	r = replay(t, id, agent, &steps, upto, identity, t->frame != NULL, &oc[0]);
	if (!r && t->compare)
		r = replay(t, id, agent, &steps, upto, identity, false, &oc[1]);
	/* expectations hold for the run as run (with the cascade) */
	if (!r)
		r = check_expectations(t, id, case_expect, &steps, &oc[0]);
	if (r) {
		agatectl_err("%s:%lu: %s", file, lineno, strerror(-r));
		goto out;
	}
	t->ncases++;
	group *gs = group_get(&t->by_source, source);
	group *gc = category && t->by_category ? group_get(&t->by_cat, category) : NULL;
	for (int k = 0; k < (t->compare ? 2 : 1); k++) {
		count(&t->total[k], label, oc[k].blocked);
		if (gs)
			count(&gs->c[k], label, oc[k].blocked);
		if (gc)
			count(&gc->c[k], label, oc[k].blocked);
	}
	if (t->explain) {
		if (t->json) {
			json_t *cj = explain_json(id, source, category, label, &oc[0]);
			if (cj)
				json_array_append_new(t->cases, cj);
		} else {
			explain_text(t, id, label, &oc[0],
				     (unsigned)steps.as.array.len);
		}
	}
	r = 0;
out:
	json_decref(j);
	return r;
}

static int run_file(test_ctx *t, const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned long lineno = 0;
	int r = 0;

	if (!f) {
		agatectl_err("%s: %s", path, strerror(errno));
		t->bad++;
		return 0;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		/* blank lines and # comments are skipped */
		size_t s = 0;
		while (s < (size_t)n && (line[s] == ' ' || line[s] == '\t' ||
					 line[s] == '\r' || line[s] == '\n'))
			s++;
		if (s == (size_t)n || line[s] == '#')
			continue;
		r = run_case(t, path, lineno, line + s, (size_t)n - s);
		if (r == -ENOMEM)
			break;
		r = 0;
	}
	if (ferror(f)) {
		agatectl_err("%s: read error: %s", path, strerror(errno));
		t->bad++;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return r;
}

/* ---- reporting ---------------------------------------------------------- */

static void put_fig(double d)
{
	if (isnan(d))
		printf(" %9s", "-");
	else
		printf(" %9.3f", d);
}

static void row(const char *name, const counts *c)
{
	struct figures f = figures_of(c);
	unsigned long n = c->tp + c->fp + c->tn + c->fn;
	printf("%-28.28s %7lu %6lu %6lu %6lu %6lu", name, n, c->tp, c->fp, c->tn, c->fn);
	put_fig(f.precision);
	put_fig(f.recall);
	put_fig(f.f1);
	put_fig(f.fpr);
	putchar('\n');
}

static void row2(const char *name, const counts *with, const counts *without)
{
	struct figures a = figures_of(without), b = figures_of(with);
	unsigned long n = with->tp + with->fp + with->tn + with->fn;
	printf("%-28.28s %7lu", name, n);
	put_fig(a.precision);
	put_fig(a.recall);
	put_fig(a.f1);
	put_fig(a.fpr);
	printf("  |");
	put_fig(b.precision);
	put_fig(b.recall);
	put_fig(b.f1);
	put_fig(b.fpr);
	putchar('\n');
}

static void table(const char *title, groups *g, const counts *total, int k,
		  bool compare)
{
	if (g->len > 1) /* qsort with NULL items is undefined, even for 0 */
		qsort(g->items, g->len, sizeof(*g->items), group_cmp);
	if (compare) {
		printf("\n%-28s %7s  %-38s  |  %s\n", "", "", "rules only", "rules + drift cascade");
		printf("%-28s %7s %9s %9s %9s %9s  | %9s %9s %9s %9s\n", title, "cases",
		       "precision", "recall", "F1", "FPR", "precision", "recall", "F1",
		       "FPR");
		for (size_t i = 0; i < g->len; i++)
			row2(g->items[i].name, &g->items[i].c[0], &g->items[i].c[1]);
		if (total)
			row2("overall", &total[0], &total[1]);
		return;
	}
	printf("\n%-28s %7s %6s %6s %6s %6s %9s %9s %9s %9s\n", title, "cases", "TP",
	       "FP", "TN", "FN", "precision", "recall", "F1", "FPR");
	for (size_t i = 0; i < g->len; i++)
		row(g->items[i].name, &g->items[i].c[k]);
	if (total)
		row("overall", &total[k]);
}

static json_t *counts_json(const counts *c)
{
	struct figures f = figures_of(c);
	return json_pack("{s:I, s:I, s:I, s:I, s:I, s:o, s:o, s:o, s:o}", "cases",
			 (json_int_t)(c->tp + c->fp + c->tn + c->fn), "tp",
			 (json_int_t)c->tp, "fp", (json_int_t)c->fp, "tn",
			 (json_int_t)c->tn, "fn", (json_int_t)c->fn, "precision",
			 jnum(f.precision), "recall", jnum(f.recall), "f1", jnum(f.f1),
			 "fpr", jnum(f.fpr));
}

static json_t *figures_json(test_ctx *t, int k)
{
	json_t *o = json_object(), *bs = json_object(), *bc = NULL;
	if (!o || !bs)
		return o;
	json_object_set_new(o, "overall", counts_json(&t->total[k]));
	for (size_t i = 0; i < t->by_source.len; i++)
		json_object_set_new(bs, t->by_source.items[i].name,
				    counts_json(&t->by_source.items[i].c[k]));
	json_object_set_new(o, "by_source", bs);
	if (t->by_category) {
		bc = json_object();
		for (size_t i = 0; bc && i < t->by_cat.len; i++)
			json_object_set_new(bc, t->by_cat.items[i].name,
					    counts_json(&t->by_cat.items[i].c[k]));
		if (bc)
			json_object_set_new(o, "by_category", bc);
	}
	return o;
}

/* ---- main --------------------------------------------------------------- */

/* What the command line asks for and what it loaded: the steps of
 * agatectl_test_main fill it in turn, and test_cmd_free undoes them. */
typedef struct test_cmd {
	test_ctx t;
	const char **rules; /* --rules, in order */
	size_t nrules;
	const char *frames;
	bool no_drift, frames_given;
	int first_file; /* argv index of the first cases file */
	agate_ruleset *rs;
	agate_frame *frame;
	agate_diags *diags;
	double secs; /* the replay's wall time */
} test_cmd;

/* parse_options' answer when the command goes on */
#define TEST_GO_ON (-1)

static void test_cmd_free(test_cmd *tc)
{
	test_ctx *t = &tc->t;
	json_decref(t->cases);
	groups_free(&t->by_source);
	groups_free(&t->by_cat);
	agate_identity_free(t->identity);
	free(t->id_key);
	agate_arena_free(t->arena);
	agatectl_gate_free(&t->gate);
	agate_frame_free(tc->frame);
	agate_ruleset_unref(tc->rs);
	agate_diags_free(tc->diags);
	free(tc->rules);
}

/* The options, then at least one cases file; TEST_GO_ON, else the exit
 * code. */
static int parse_options(test_cmd *tc, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "frames", required_argument, NULL, 'f' },
		{ "no-drift", no_argument, NULL, 'n' },
		{ "compare-drift", no_argument, NULL, 'c' },
		{ "explain", no_argument, NULL, 'e' },
		{ "explain-all", no_argument, NULL, 'E' },
		{ "json", no_argument, NULL, 'j' },
		{ "by", required_argument, NULL, 'b' },
		{ "min-f1", required_argument, NULL, 'F' },
		{ "max-fpr", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	test_ctx *t = &tc->t;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r':
			tc->rules[tc->nrules++] = optarg;
			break;
		case 'f':
			tc->frames = optarg;
			tc->frames_given = true;
			break;
		case 'n':
			tc->no_drift = true;
			break;
		case 'c':
			t->compare = true;
			break;
		case 'e':
			t->explain = true;
			break;
		case 'E':
			t->explain = t->explain_all = true;
			break;
		case 'j':
			t->json = true;
			break;
		case 'b':
			if (strcmp(optarg, "category") == 0)
				t->by_category = true;
			else if (strcmp(optarg, "source") != 0) {
				agatectl_err("--by wants source or category, not '%s'", optarg);
				return AGATE_EXIT_ERROR;
			}
			break;
		case 'F':
		case 'P':
			if (agatectl_gate_fraction(optarg, ch == 'F' ? &t->gate.min_f1
								     : &t->gate.max_fpr) < 0) {
				agatectl_err("--%s wants a number from 0 to 1, not '%s'",
					     ch == 'F' ? "min-f1" : "max-fpr", optarg);
				return AGATE_EXIT_ERROR;
			}
			break;
		case 'h':
			test_usage(stdout);
			return 0;
		default:
			test_usage(stderr);
			return AGATE_EXIT_ERROR;
		}
	}
	if (optind >= argc) {
		agatectl_err("test: name at least one cases file (JSON Lines)");
		test_usage(stderr);
		return AGATE_EXIT_ERROR;
	}
	if (tc->no_drift && t->compare) {
		agatectl_err("--compare-drift runs both ways; drop --no-drift");
		return AGATE_EXIT_ERROR;
	}
	if (tc->nrules == 0)
		tc->rules[tc->nrules++] = AGATE_SOURCE_PACKS "/default";
	tc->first_file = optind;
	return TEST_GO_ON;
}

/* The rule set, or its errors on stderr. */
static int load_rules(test_cmd *tc)
{
	tc->diags = agate_diags_new();
	if (!tc->diags) {
		agatectl_err("out of memory");
		return -1;
	}
	int r = agate_rules_load(tc->rules, tc->nrules, &tc->rs, tc->diags);
	if (r) {
		char buf[1024];
		for (size_t i = 0; i < agate_diags_count(tc->diags); i++) {
			const agate_diag *d = agate_diags_at(tc->diags, i);
			if (d->level != AGATE_DIAG_ERROR)
				continue;
			agate_diag_format(d, buf, sizeof(buf));
			fprintf(stderr, "%s\n", buf);
		}
		agatectl_err("test: the rules did not load (%s)",
			     r == -EINVAL ? "errors above" : strerror(-r));
		return -1;
	}
	return 0;
}

/* The drift frame unless --no-drift. A missing default frame means rules
 * only, with a note; a frame asked for (--frames, --compare-drift) must
 * load. */
static int load_frame(test_cmd *tc)
{
	if (tc->no_drift)
		return 0;
	if (!tc->frames) {
		const char *env = getenv("AGATE_FRAMES");
		tc->frames = env && *env ? env : AGATE_SOURCE_FRAMES;
	}
	agate_diags *fd = agate_diags_new();
	int r = fd ? agate_frame_load(tc->frames, &tc->frame, fd) : -ENOMEM;
	if (r) {
		char buf[1024];
		for (size_t i = 0; fd && i < agate_diags_count(fd); i++) {
			agate_diag_format(agate_diags_at(fd, i), buf, sizeof(buf));
			fprintf(stderr, "%s\n", buf);
		}
		if (tc->frames_given || tc->t.compare) {
			agatectl_err("test: the frame at %s did not load", tc->frames);
			agate_diags_free(fd);
			return -1;
		}
		agatectl_err("note: no drift frame at %s; running rules only",
			     tc->frames);
		tc->frame = NULL;
	}
	agate_diags_free(fd);
	return 0;
}

/* Replay every cases file, timing the whole. */
static int run_files(test_cmd *tc, int argc, char **argv)
{
	test_ctx *t = &tc->t;
	struct timespec t0, t1;

	t->rs = tc->rs;
	t->frame = tc->frame;
	/* the frame's numbers: the defaults with its `set` lines */
	t->dcfg = agate_frame_drift_config(t->frame);
	t->arena = agate_arena_new(CASE_ARENA_LIMIT);
	t->cases = t->json && t->explain ? json_array() : NULL;
	if (!t->arena || (t->json && t->explain && !t->cases)) {
		agatectl_err("out of memory");
		return -1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int i = tc->first_file; i < argc; i++) {
		if (run_file(t, argv[i]) == -ENOMEM) {
			agatectl_err("out of memory");
			return -1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	tc->secs = (double)(t1.tv_sec - t0.tv_sec) +
		   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	return 0;
}

/* --json: the run, the figures and, with --explain, each case. */
static void report_json(test_cmd *tc)
{
	test_ctx *t = &tc->t;
	json_t *top = json_object();
	json_t *rl = json_array();
	for (size_t i = 0; rl && i < tc->nrules; i++)
		json_array_append_new(rl, json_string(tc->rules[i]));
	json_object_set_new(top, "rules", rl);
	json_object_set_new(top, "rule_count",
			    json_integer((json_int_t)agate_ruleset_rule_count(tc->rs)));
	json_object_set_new(top, "digest", json_string(agate_ruleset_digest(tc->rs)));
	json_object_set_new(top, "drift", json_boolean(tc->frame != NULL));
	json_object_set_new(top, "cases", json_integer((json_int_t)t->ncases));
	json_object_set_new(top, "steps", json_integer((json_int_t)t->nsteps));
	json_object_set_new(top, "bad_lines", json_integer((json_int_t)t->bad));
	json_object_set_new(top, "seconds", json_real(round(tc->secs * 1e6) / 1e6));
	if (t->compare) {
		json_object_set_new(top, "with_drift", figures_json(t, 0));
		json_object_set_new(top, "without_drift", figures_json(t, 1));
	} else {
		json_t *fj = figures_json(t, 0);
		json_object_update(top, fj);
		json_decref(fj);
	}
	if (t->cases) {
		json_object_set(top, "results", t->cases);
	}
	struct figures f = figures_of(&t->total[0]);
	json_object_set_new(top, "gate", agatectl_gate_json(&t->gate, f.f1, f.fpr));
	json_dumpf(top, stdout, JSON_INDENT(2));
	fputc('\n', stdout);
	json_decref(top);
}

/* For people: one summary line, then the tables. */
static void report_text(test_cmd *tc)
{
	test_ctx *t = &tc->t;
	printf("%s%lu cases, %lu steps in %.2f s; %zu rules (%.12s); drift cascade %s\n",
	       t->explain ? "\n" : "", t->ncases, t->nsteps, tc->secs,
	       agate_ruleset_rule_count(tc->rs), agate_ruleset_digest(tc->rs),
	       tc->frame ? (t->compare ? "compared" : "on") : "off");
	if (t->compare) {
		/* c[0] is the run with the cascade, c[1] without;
		 * row2 prints rules only on the left */
		table("source", &t->by_source, t->total, 0, true);
		if (t->by_category)
			table("category", &t->by_cat, NULL, 0, true);
	} else {
		table("source", &t->by_source, t->total, 0, false);
		if (t->by_category)
			table("category", &t->by_cat, NULL, 0, false);
	}
	struct figures f = figures_of(&t->total[0]);
	agatectl_gate_print(&t->gate, f.f1, f.fpr, stdout);
	if (t->bad)
		printf("\n%lu bad line%s or file%s skipped (see stderr)\n", t->bad,
		       t->bad == 1 ? "" : "s", t->bad == 1 ? "" : "s");
}

int agatectl_test_main(agatectl_opts *o, int argc, char **argv)
{
	test_cmd tc;
	int ret;

	memset(&tc, 0, sizeof(tc));
	agatectl_gate_init(&tc.t.gate);
	tc.t.o = o;
	tc.t.json = o->json;
	tc.rules = calloc((size_t)argc + 1, sizeof(*tc.rules));
	if (!tc.rules) {
		agatectl_err("out of memory");
		return AGATE_EXIT_ERROR;
	}
	ret = parse_options(&tc, argc, argv);
	if (ret == TEST_GO_ON) {
		ret = AGATE_EXIT_ERROR;
		if (load_rules(&tc) == 0 && load_frame(&tc) == 0 &&
		    run_files(&tc, argc, argv) == 0) {
			if (tc.t.json)
				report_json(&tc);
			else
				report_text(&tc);
			struct figures f = figures_of(&tc.t.total[0]);
			size_t failed = agatectl_gate_failures(&tc.t.gate, f.f1, f.fpr);
			if (failed)
				agatectl_err("test: %zu check%s failed (%zu of %lu expectations)",
					     failed, failed == 1 ? "" : "s", tc.t.gate.nfails,
					     tc.t.gate.nexpect);
			ret = tc.t.bad ? AGATE_EXIT_ERROR : failed ? 1 : 0;
		}
	}
	test_cmd_free(&tc);
	return ret;
}
