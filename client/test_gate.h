/* test_gate.h - what makes `agatectl test` pass or fail, so that a CI job
 * can gate on it: the verdicts cases and steps expect ("expect": allow,
 * block or review) and thresholds on the overall figures (--min-f1,
 * --max-fpr). cmd_test.c replays the cases and hands each expectation
 * here; this module keeps the ones not met and reports them.
 *
 * A gate is embedded by its caller: agatectl_gate_init, then any number
 * of agatectl_gate_check, then the reports, then agatectl_gate_free
 * (which frees what the gate copied; the caller's strings stay its own).
 */
#ifndef AGATE_CLIENT_TEST_GATE_H
#define AGATE_CLIENT_TEST_GATE_H

#include <stdio.h>

#include <jansson.h>

#include "policy/base/action.h"
#include "policy/base/value.h"

/* an expectation that was not met; step 0: the case's own */
typedef struct agatectl_gate_failure {
	char *id;
	unsigned step, nsteps;
	unsigned at;   /* a case's: the step that decided what it got (0: none) */
	agate_verdict_kind expected;
	int got;       /* agate_verdict_kind, or -1: the step was not decided */
	char *rule;    /* the rule that decided what it got, or NULL */
} agatectl_gate_failure;

typedef struct agatectl_gate {
	unsigned long nexpect; /* expectations checked */
	agatectl_gate_failure *fails;
	size_t nfails, capfails;
	double min_f1, max_fpr; /* NAN: not asked */
} agatectl_gate;

void agatectl_gate_init(agatectl_gate *g);
void agatectl_gate_free(agatectl_gate *g);

/* "allow", "block" or "review" as a verdict; -1 for anything else */
int agatectl_gate_verdict(const char *s, size_t n);
/* a step's "expect" as a verdict; -1 without one, -2 when it is not a
 * verdict */
int agatectl_gate_step_expect(const agate_value *step);
/* a number from 0 to 1 (a threshold) into *out; -EINVAL otherwise */
int agatectl_gate_fraction(const char *s, double *out);

/* One expectation checked: want against got (-1: not decided), rule the
 * one that decided got (copied when kept). step 0 is the case's own, at
 * the step that decided it. Returns 0, or -ENOMEM (nothing kept). */
int agatectl_gate_check(agatectl_gate *g, const char *id, unsigned step, unsigned at,
			unsigned nsteps, agate_verdict_kind want, int got,
			const char *rule);

/* How many checks failed: expectations not met, and thresholds missed by
 * the overall f1 and fpr (NAN: undefined, which misses). */
size_t agatectl_gate_failures(const agatectl_gate *g, double f1, double fpr);
/* the expectations' tally, each failure, each threshold asked for */
void agatectl_gate_print(const agatectl_gate *g, double f1, double fpr, FILE *out);
/* {"passed", "expectations", "failures": [..], "thresholds": [..]}; NULL
 * when out of memory */
json_t *agatectl_gate_json(const agatectl_gate *g, double f1, double fpr);

#endif
