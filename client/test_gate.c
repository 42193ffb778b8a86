/* test_gate.c - expectations and thresholds of `agatectl test` (see
 * test_gate.h). */
#include "client/test_gate.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void agatectl_gate_init(agatectl_gate *g)
{
	memset(g, 0, sizeof(*g));
	g->min_f1 = NAN;
	g->max_fpr = NAN;
}

void agatectl_gate_free(agatectl_gate *g)
{
	for (size_t i = 0; i < g->nfails; i++) {
		free(g->fails[i].id);
		free(g->fails[i].rule);
	}
	free(g->fails);
	g->fails = NULL;
	g->nfails = g->capfails = 0;
}

int agatectl_gate_verdict(const char *s, size_t n)
{
	static const agate_verdict_kind kinds[] = { AGATE_VERDICT_ALLOW, AGATE_VERDICT_BLOCK,
						    AGATE_VERDICT_REVIEW };
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const char *name = agate_verdict_name(kinds[i]);
		if (strlen(name) == n && memcmp(name, s, n) == 0)
			return (int)kinds[i];
	}
	return -1;
}

int agatectl_gate_step_expect(const agate_value *step)
{
	const agate_value *e = agate_value_get(step, "expect", 6);
	if (!e || e->type == AGATE_NIL)
		return -1;
	if (e->type != AGATE_STR)
		return -2;
	int k = agatectl_gate_verdict(e->as.str.ptr, e->as.str.len);
	return k < 0 ? -2 : k;
}

int agatectl_gate_fraction(const char *s, double *out)
{
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	if (errno || end == s || *end || !(d >= 0 && d <= 1))
		return -EINVAL;
	*out = d;
	return 0;
}

int agatectl_gate_check(agatectl_gate *g, const char *id, unsigned step, unsigned at,
			unsigned nsteps, agate_verdict_kind want, int got,
			const char *rule)
{
	g->nexpect++;
	if (got == (int)want)
		return 0;
	if (g->nfails == g->capfails) {
		size_t cap = g->capfails ? g->capfails * 2 : 16;
		agatectl_gate_failure *f = realloc(g->fails, cap * sizeof(*f));
		if (!f)
			return -ENOMEM;
		g->fails = f;
		g->capfails = cap;
	}
	agatectl_gate_failure *f = &g->fails[g->nfails];
	*f = (agatectl_gate_failure){ .id = strdup(id), .step = step, .at = at,
				      .nsteps = nsteps, .expected = want, .got = got,
				      .rule = rule ? strdup(rule) : NULL };
	if (!f->id || (rule && !f->rule)) {
		free(f->id);
		free(f->rule);
		return -ENOMEM;
	}
	g->nfails++;
	return 0;
}

/* One threshold on an overall figure. An undefined figure (no unsafe
 * cases for F1, no safe ones for the FPR) cannot show that it meets a
 * threshold, so it misses it. */
typedef struct threshold {
	const char *option, *figure;
	double limit, value;
	bool asked, ok;
} threshold;

static void thresholds(const agatectl_gate *g, double f1, double fpr, threshold th[2])
{
	th[0] = (threshold){ "--min-f1", "F1", g->min_f1, f1, !isnan(g->min_f1),
			     !isnan(f1) && f1 >= g->min_f1 };
	th[1] = (threshold){ "--max-fpr", "FPR", g->max_fpr, fpr, !isnan(g->max_fpr),
			     !isnan(fpr) && fpr <= g->max_fpr };
}

size_t agatectl_gate_failures(const agatectl_gate *g, double f1, double fpr)
{
	threshold th[2];
	size_t n = g->nfails;
	thresholds(g, f1, fpr, th);
	for (int i = 0; i < 2; i++)
		n += th[i].asked && !th[i].ok;
	return n;
}

static const char *got_name(int got)
{
	return got < 0 ? "not decided" : agate_verdict_name((agate_verdict_kind)got);
}

void agatectl_gate_print(const agatectl_gate *g, double f1, double fpr, FILE *out)
{
	threshold th[2];
	thresholds(g, f1, fpr, th);
	if (g->nexpect)
		fprintf(out, "\nexpectations: %lu checked, %zu failed\n", g->nexpect,
			g->nfails);
	for (size_t i = 0; i < g->nfails; i++) {
		const agatectl_gate_failure *f = &g->fails[i];
		fprintf(out, "FAIL  %s  ", f->id);
		if (f->step)
			fprintf(out, "step %u/%u: ", f->step, f->nsteps);
		fprintf(out, "expected %s, got %s", agate_verdict_name(f->expected),
			got_name(f->got));
		if (!f->step && f->at)
			fprintf(out, " at step %u/%u", f->at, f->nsteps);
		if (f->rule && f->got != AGATE_VERDICT_ALLOW)
			fprintf(out, " (rule %s)", f->rule);
		fputc('\n', out);
	}
	for (int i = 0; i < 2; i++) {
		if (!th[i].asked)
			continue;
		if (isnan(th[i].value))
			fprintf(out, "%s %s %.3f: %s is undefined with these cases\n",
				th[i].ok ? "ok  " : "FAIL", th[i].option, th[i].limit,
				th[i].figure);
		else
			fprintf(out, "%s %s %.3f: %s is %.3f\n", th[i].ok ? "ok  " : "FAIL",
				th[i].option, th[i].limit, th[i].figure, th[i].value);
	}
}

static json_t *failure_json(const agatectl_gate_failure *f)
{
	return json_pack("{s:s, s:o, s:I, s:s, s:o, s:o}", "id", f->id, "step",
			 f->step ? json_integer(f->step) : json_null(), "at_step",
			 (json_int_t)f->at, "expected", agate_verdict_name(f->expected),
			 "got", f->got < 0 ? json_null() : json_string(got_name(f->got)),
			 "rule", f->rule ? json_string(f->rule) : json_null());
}

json_t *agatectl_gate_json(const agatectl_gate *g, double f1, double fpr)
{
	threshold th[2];
	thresholds(g, f1, fpr, th);
	json_t *fails = json_array(), *ths = json_array();
	for (size_t i = 0; fails && i < g->nfails; i++)
		json_array_append_new(fails, failure_json(&g->fails[i]));
	for (int i = 0; ths && i < 2; i++)
		if (th[i].asked)
			json_array_append_new(
				ths, json_pack("{s:s, s:f, s:o, s:b}", "option", th[i].option + 2,
					       "limit", th[i].limit, "value",
					       isnan(th[i].value) ? json_null()
								  : json_real(th[i].value),
					       "ok", th[i].ok));
	if (!fails || !ths) {
		json_decref(fails);
		json_decref(ths);
		return NULL;
	}
	return json_pack("{s:b, s:I, s:o, s:o}", "passed",
			 agatectl_gate_failures(g, f1, fpr) == 0, "expectations",
			 (json_int_t)g->nexpect, "failures", fails, "thresholds", ths);
}
