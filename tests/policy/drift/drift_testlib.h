/* drift_testlib.h - what the drift cascade's tests share (drift_test.c,
 * drift_roles_test.c): the shipped frames loaded once per suite, an arena,
 * actions and identities built in it, one assessment with the default
 * configuration, a vote by its component's name, and the words the
 * splitter gives. Include it once per test program. */
#ifndef AGATE_TESTS_DRIFT_TESTLIB_H
#define AGATE_TESTS_DRIFT_TESTLIB_H

#include <criterion/criterion.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/drift/drift.h"
#include "policy/drift/drift_int.h" /* identity_find_tool's probe count, the bounds */
#include "policy/drift/lexicon.h"

static agate_frame *frame;
static agate_arena *arena;

static inline void setup(void)
{
	agate_diags *d = agate_diags_new();
	cr_assert_not_null(d);
	int rc = agate_frame_load(AGATE_SOURCE_FRAMES, &frame, d);
	if (rc) {
		for (size_t i = 0; i < agate_diags_count(d); i++) {
			char buf[512];
			agate_diag_format(agate_diags_at(d, i), buf, sizeof(buf));
			cr_log_error("%s", buf);
		}
	}
	cr_assert_eq(rc, 0, "frame load: %d", rc);
	cr_assert_eq(agate_diags_errors(d), 0);
	agate_diags_free(d);
	arena = agate_arena_new(8u << 20);
	cr_assert_not_null(arena);
}

static inline void teardown(void)
{
	agate_frame_free(frame);
	agate_arena_free(arena);
}


/* ---- building actions --------------------------------------------------- */

static inline agate_value sv(const char *s)
{
	return (agate_value){ .type = AGATE_STR, .as.str = { s, strlen(s) } };
}

/* map from key, value string pairs, NULL-terminated */
static inline agate_value *smap(const char *k, ...)
{
	agate_member *m = agate_arena_zalloc(arena, 16 * sizeof(*m));
	cr_assert_not_null(m);
	uint32_t n = 0;
	va_list ap;
	va_start(ap, k);
	for (const char *key = k; key && n < 16; key = va_arg(ap, const char *)) {
		const char *val = va_arg(ap, const char *);
		m[n].key = (agate_str){ key, strlen(key) };
		m[n].value = sv(val);
		n++;
	}
	va_end(ap);
	agate_value *v = agate_arena_zalloc(arena, sizeof(*v));
	cr_assert_not_null(v);
	v->type = AGATE_MAP;
	v->as.map.items = m;
	v->as.map.len = n;
	return v;
}

static inline agate_value *empty_map(void)
{
	agate_value *v = agate_arena_zalloc(arena, sizeof(*v));
	v->type = AGATE_MAP;
	return v;
}

static inline agate_action action(const char *tool, agate_value *args, const char *task,
			   const char *trigger)
{
	agate_action a = { 0 };
	a.tool = (agate_str){ tool, strlen(tool) };
	a.args = args ? args : empty_map();
	if (task && trigger)
		a.context = smap("task", task, "trigger", trigger, NULL);
	else if (task)
		a.context = smap("task", task, NULL);
	else if (trigger)
		a.context = smap("trigger", trigger, NULL);
	return a;
}

static inline agate_identity *ident(const char *role, const char *purpose,
			     const char *const *tools, size_t ntools)
{
	agate_identity_spec s = { .agent = "a", .role = role, .purpose = purpose,
				  .tools = tools, .ntools = ntools, .uid = -1 };
	agate_identity *id = NULL;
	cr_assert_eq(agate_identity_new(frame, &s, &id), 0);
	return id;
}

#define FIN "helps the account holder check balances, review transactions and pay their own bills"
#define HR "answers employee questions about leave, benefits and payroll, and updates employee records"

static inline const agate_drift_vote *find_vote(const agate_drift_result *r, const char *c)
{
	for (unsigned i = 0; i < r->nvotes; i++)
		if (!strcmp(r->votes[i].component, c))
			return &r->votes[i];
	return NULL;
}

static inline agate_drift_result assess(const agate_identity *id, const agate_action *a,
				 agate_drift_state *st, bool commit)
{
	agate_drift_config cfg = agate_drift_config_default();
	agate_drift_result r;
	cr_assert_eq(agate_drift_assess(frame, id, &cfg, a, st, commit, arena, &r), 0);
	return r;
}

/* ---- words and lexicon ------------------------------------------------------- */


#define RES "looks up and summarizes academic articles for researchers"

struct words {
	char buf[512];
};

static inline bool collect(void *ctx, const char *w, size_t n, uint64_t h, size_t off, size_t len)
{
	struct words *ws = ctx;
	(void)h; (void)off; (void)len;
	if (ws->buf[0])
		strcat(ws->buf, " ");
	strncat(ws->buf, w, n);
	return true;
}

#endif
